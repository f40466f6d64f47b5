// Scoring coded events against gold sentences (`strabo eval events`).
//
// Event type, per sentence: the gold events and the predicted events of a
// sentence are compared as multisets of PLOVER types; a predicted type
// matches one gold event of that type (true positive), an unmatched
// prediction is a false positive, an unmatched gold event a false negative.
// Precision, recall and F1 are micro-averaged over all sentences, and given
// per type.
//
// Actors, on matched pairs: within a sentence and type, gold and predicted
// events are paired greedily by how well their actors agree. For each pair
// where the gold gives an actor code (PLOVER JSON), the source (target)
// agrees when the predicted actor's PLOVER code is one of the gold codes
// (UNO and EUR count as IGO, since the gold codes every IGO as IGO); where
// the gold gives a sector, when the sectors are equal; where the gold gives
// only the actor's words (UP XML), when the predicted actor's text shares a
// word of three letters or more with them.
//
// Mode, per sentence: as for types, with "TYPE mode" as the class, for the
// gold events the gold gives a mode of the current manual; a predicted mode
// of a type the gold codes without a mode in that sentence is not counted
// (the gold does not say).
//
// Place, on matched pairs where the gold names the event's location (PLOVER
// JSON eventLoc.name): it agrees when one of the coded event's places is
// called so, by its GeoNames name or by the words that mention it in the
// sentence (case, diacritics and punctuation folded as the gazetteer folds
// them: "Goražde" = "Gorazde"); a pair whose event has no place disagrees.
//
// Arrests: the class of gold events with CAMEO code 173x or COERCE mode
// arrest, against coded events with COERCE mode arrest or CAMEO 173x.
//
// ACLED sub-event type of the most confident event: a gold sentence's ACLED
// types are the ones its records give (the "acled" field of PLOVER JSON,
// GoldEvent::acled); when no record of the sentence gives one, the types its
// gold events map to through strabo's own CAMEO table
// (data/events/cameo_plover.tsv; GoldAcled), so that mapped type is only as
// right as the table. A sentence with an ACLED type is right when the coded
// event with the highest confidence (counted statuses only) carries one of
// the sentence's gold ACLED types.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "events/cameo_map.h"
#include "events/eval/gold.h"
#include "strabo/document.h"

namespace strabo::events {

// A predicted event as the scorer sees it.
struct PredictedEvent {
  std::string type;
  std::string mode, cameo, acled;      // as coded; empty when none
  float confidence = 0;
  std::string status;                  // "asserted", ...
  std::string trigger;                 // the trigger's text
  // Where the trigger is ("t" or "b" for title or body, and its offset):
  // records with the same type and trigger are one event coded once per
  // actor of a coordination (codebook 6.1), scored as one event.
  std::string trigger_at;
  std::string source_code, source_sector, source_text;
  std::string target_code, target_sector, target_text;
  bool has_source = false, has_target = false;
  // The event's places, each by its GeoNames name and by the words that
  // mention it in the sentence (folded as geo::FoldKey folds).
  std::vector<std::string> place_keys;
  std::string place;  // the first place's name, for --dump; empty when none
};

// The PLOVER actor code of an Actor: its country, else the code its sector
// implies for an international actor (IGO, NGO; IMG for an armed group
// without a country), else "".
std::string PloverCode(const Actor& actor);

// The events of `doc` (an analysed gold sentence) as the scorer sees them.
std::vector<PredictedEvent> PredictedEvents(const Document& doc);

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Agreement on matched pairs: `agree` of `compared` pairs where the gold has
// that information.
struct Agreement {
  size_t compared = 0, agree = 0;
  double Rate() const { return compared ? double(agree) / double(compared) : 0; }
};

// How the sentence's events were matched, for --dump.
struct SentenceScore {
  std::vector<std::string> gold_types, predicted_types;  // in order
  std::vector<bool> gold_matched, predicted_matched;
  Counts counts;
  std::vector<std::string> gold_acled;  // the sentence's gold ACLED types (GoldAcled)
  int most_confident = -1;              // index into the predictions, -1 when none
};

// Whether a gold (coded) event is an arrest: COERCE mode arrest or CAMEO 173x.
bool IsArrest(const GoldEvent& e);
bool IsArrest(const PredictedEvent& e);

// The ACLED sub-event type of a gold event: the one the gold gives
// (GoldEvent::acled), else the one it maps to through `table`: the one value
// every candidate row has, where the candidates are the rows of the gold's
// CAMEO code and its children ("14" is 140 ... 1454; "18/19/20" each of the
// three), or, without a CAMEO code, the rows of the gold's PLOVER type (and
// mode, when it has one). "" when the rows disagree or one has none.
std::string GoldAcled(const GoldEvent& e, const CameoMap& table);

// The prediction with the highest confidence (the first of equals), or -1.
int MostConfident(const std::vector<PredictedEvent>& predicted);

// ACLED sub-event agreement of the most confident event.
struct AcledScore {
  size_t sentences = 0;  // gold sentences with an ACLED type
  size_t right = 0;      // ... whose most confident event has one of them
  size_t no_event = 0;   // ... where nothing was coded
  size_t given = 0;      // ... whose types the gold gives (GoldEvent::acled), not the table
};

class EventScorer {
 public:
  // `table` (may be null: no ACLED measure) maps gold CAMEO codes and
  // PLOVER types to ACLED sub-event types; it must outlive the scorer.
  explicit EventScorer(const CameoMap* table = nullptr) : table_(table) {}

  // Scores one sentence. Gold events without a PLOVER type are not scored.
  SentenceScore Add(const GoldSentence& gold, const std::vector<PredictedEvent>& predicted);

  const Counts& total() const { return total_; }
  const std::map<std::string, Counts>& by_type() const { return by_type_; }
  // Keyed "TYPE mode" ("COERCE arrest").
  const std::map<std::string, Counts>& by_mode() const { return by_mode_; }
  const Counts& arrest() const { return arrest_; }
  const AcledScore& acled() const { return acled_; }
  // Per gold ACLED type: sentences, and right.
  const std::map<std::string, AcledScore>& acled_by_type() const { return acled_by_type_; }
  const Agreement& source_code() const { return source_code_; }
  const Agreement& target_code() const { return target_code_; }
  const Agreement& source_sector() const { return source_sector_; }
  const Agreement& target_sector() const { return target_sector_; }
  const Agreement& source_text() const { return source_text_; }
  const Agreement& target_text() const { return target_text_; }
  const Agreement& place() const { return place_; }
  // Of place().compared, the pairs whose event has no place.
  size_t place_missing() const { return place_missing_; }
  size_t sentences() const { return sentences_; }

 private:
  const CameoMap* table_;
  Counts total_;
  std::map<std::string, Counts> by_type_, by_mode_;
  Counts arrest_;
  AcledScore acled_;
  std::map<std::string, AcledScore> acled_by_type_;
  Agreement source_code_, target_code_, source_sector_, target_sector_, source_text_,
      target_text_, place_;
  size_t place_missing_ = 0;
  size_t sentences_ = 0;
};

// Whether two texts share a word of three letters or more (folded).
bool TextsOverlap(std::string_view a, std::string_view b);

}  // namespace strabo::events

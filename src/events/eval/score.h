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
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "events/eval/gold.h"
#include "strabo/document.h"

namespace strabo::events {

// A predicted event as the scorer sees it.
struct PredictedEvent {
  std::string type;
  std::string status;                  // "asserted", ...
  std::string trigger;                 // the trigger's text
  // Where the trigger is ("t" or "b" for title or body, and its offset):
  // records with the same type and trigger are one event coded once per
  // actor of a coordination (codebook 6.1), scored as one event.
  std::string trigger_at;
  std::string source_code, source_sector, source_text;
  std::string target_code, target_sector, target_text;
  bool has_source = false, has_target = false;
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
};

class EventScorer {
 public:
  // Scores one sentence. Gold events without a PLOVER type are not scored.
  SentenceScore Add(const GoldSentence& gold, const std::vector<PredictedEvent>& predicted);

  const Counts& total() const { return total_; }
  const std::map<std::string, Counts>& by_type() const { return by_type_; }
  const Agreement& source_code() const { return source_code_; }
  const Agreement& target_code() const { return target_code_; }
  const Agreement& source_sector() const { return source_sector_; }
  const Agreement& target_sector() const { return target_sector_; }
  const Agreement& source_text() const { return source_text_; }
  const Agreement& target_text() const { return target_text_; }
  size_t sentences() const { return sentences_; }

 private:
  Counts total_;
  std::map<std::string, Counts> by_type_;
  Agreement source_code_, target_code_, source_sector_, target_sector_, source_text_,
      target_text_;
  size_t sentences_ = 0;
};

// Whether two texts share a word of three letters or more (folded).
bool TextsOverlap(std::string_view a, std::string_view b);

}  // namespace strabo::events

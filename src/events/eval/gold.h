// Gold event records for `strabo eval events`: readers for the two formats
// strabo is measured on.
//
//   PLOVER JSON   the PLOVER gold standard records (a JSON array of records
//                 with id, event, eventText, text, date, source/target lists
//                 of {actorText, code, sector}); "DOCUMENT" records are skipped.
//                 strabo's extension: a record with "event": "NONE" states that
//                 its sentence reports no event (PLOVER has no such record);
//                 the sentence is scored with no gold event, so whatever is
//                 coded on it is a false positive. Mixed with event records of
//                 the same sentence it adds nothing.
//                 An optional "acled" field (strabo's extension, used by
//                 data/eval/acled/) gives the ACLED sub-event type of the
//                 sentence the record is from; the scorer takes it in
//                 preference to mapping the record's CAMEO code or PLOVER type
//                 (score.h). A value that is not an ACLED sub-event type is
//                 dropped with a note. PLOVER's "eventLoc" {"name": ...},
//                 where a record has it, is the event's place (scored as
//                 "event place", score.h).
//   UP XML        UniversalPetrarch validation files (<Sentence> elements with
//                 <EventText>/<EventCoding> pairs joined by eid, <Text>, and a
//                 <Parse> in CoNLL-U).
//
// Records that report the same sentence are grouped into one GoldSentence:
// the scorer compares the events of a sentence as a whole. Older PLOVER type
// names are read as the current ones (DEMAND → REQUEST, DISAPPROVE and
// INVESTIGATE → ACCUSE, FIGHT → ASSAULT); everything else the reader has to
// interpret or cannot use (a misspelt type, a type PLOVER dropped, a non-ISO
// country code) is reported in GoldSet::notes, never silently fixed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strabo/status.h"

namespace strabo::events {

struct GoldActor {
  std::string text;    // the words of the sentence that name the actor
  std::string code;    // PLOVER actor code (ISO3, IGO, ...) or empty
  std::string sector;  // first sector code or empty
};

struct GoldEvent {
  std::string id;        // record id (PLOVER JSON) or "sentence id/eid" (UP XML)
  std::string type;      // current PLOVER type; empty when the gold type is not one
  std::string raw_type;  // as the gold wrote it
  std::string mode;      // a mode of `type` in the current manual, or empty
  std::string raw_mode;  // as the gold wrote it
  std::string cameo;     // CAMEO code where the gold gives one (UP XML: "14", "18/19/20")
  std::string acled;     // ACLED sub-event type the gold gives (PLOVER JSON "acled"), or empty
  std::string event_text;
  std::string place;  // the event's location as the gold names it (PLOVER JSON eventLoc.name), or empty
  std::vector<GoldActor> sources;
  std::vector<GoldActor> targets;
};

// A token of a gold parse (UP XML has one per sentence).
struct GoldToken {
  std::string form;
  std::string lemma;
  std::string upos;
};

struct GoldSentence {
  std::string id;
  std::string text;
  std::string date;   // ISO, or empty
  std::string lang;   // "en", "es"
  bool evaluate = true;  // UP XML's evaluate="false" sentences are not scored
  std::vector<GoldEvent> events;
  std::vector<GoldToken> parse;
};

struct GoldSet {
  std::string origin;
  std::string format;  // "plover-json" or "up-xml"
  std::vector<GoldSentence> sentences;
  size_t skipped_records = 0;      // DOCUMENT records, records without text
  std::vector<std::string> notes;  // what the reader had to interpret, one line each
};

// Reads a gold file, detecting the format from its content.
Result<GoldSet> ReadGold(const std::string& path);
Result<GoldSet> ReadPloverJson(std::string_view bytes, const std::string& origin);
Result<GoldSet> ReadUpXml(std::string_view bytes, const std::string& origin);

}  // namespace strabo::events

// The event coder: who did what to whom, where, when, how many, and how sure.
//
// EventCoder reads every annotation earlier stages left on a Document (the
// tokens with their lemmas and dependency parse, entities, places, times) and
// codes the events its sentences report, as doc/codebook.md specifies:
//
//   1. triggers: TriggerLexicon::FindCandidates per sentence; of the senses of
//      one word the first whose constraints hold is the trigger (codebook 3.17);
//   2. roles: the trigger's frame read from the parse (active, passive,
//      participle, Spanish reflexive passive, noun modifiers, light verbs,
//      control, conjunctions, relative clauses), each argument phrase coded
//      by the actor lexicons (codebook 6), pronouns resolved to the last
//      fitting actor mention;
//   3. status, speaker, count, place and date (codebook 5, 7-10);
//   4. per sentence: contents of verbal events folded into them (a threat's
//      mode), status conversions (a planned cooperation is AGREE), triggers of
//      one act merged, discards;
//   5. per document: roles and places filled from an earlier mention of the
//      same operation, events of one real event given one story id, events
//      without any known actor dropped, confidences and ids.
//
// The coder is immutable after construction and safe to share between
// threads; Code() keeps its state on the stack.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "events/lexicon.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::events {

class EventCoder {
 public:
  // `iso3` maps ISO 3166-1 alpha-2 codes (the places stage's) to the alpha-3
  // codes actors carry ("MA" → "MAR").
  EventCoder(std::shared_ptr<const EventLexicon> lexicon,
             std::unordered_map<std::string, std::string> iso3);

  // Loads data/events and the country table (data/geo/countryInfo.txt) from
  // the resource search path; fails with the file and the reason.
  static Result<std::unique_ptr<EventCoder>> Load(const std::string& resource_dir);

  // Codes the events of `doc` and appends them to doc.events. Events already
  // in doc.events (a title's, flagged in_title) take part in the document
  // pass: they can share a story with the body's events.
  void Code(Document& doc) const;

  const EventLexicon& lexicon() const { return *lexicon_; }
  // The alpha-3 code of an alpha-2 country code, "" when unknown.
  std::string_view Iso3(std::string_view iso2) const;

 private:
  std::shared_ptr<const EventLexicon> lexicon_;
  std::unordered_map<std::string, std::string> iso3_;
};

// Reads GeoNames' countryInfo.txt (ISO, ISO3, ... columns): alpha-2 → alpha-3.
// Kosovo's XK is given PLOVER's KOS.
Result<std::unordered_map<std::string, std::string>> ReadCountryCodes(const std::string& path);

}  // namespace strabo::events

// Lexicon recall: for a gold event, is there a trigger lexicon entry for the
// words the gold marks as reporting it? A check of the trigger lexicon on
// its own, independent of the coder (`strabo eval events --lexicon-recall`).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "events/eval/gold.h"
#include "events/status_cues.h"
#include "events/triggers.h"
#include "strabo/document.h"

namespace strabo::events {

enum class Coverage : unsigned char {
  kRightType,  // an entry for one of the event words has the gold type
  kRule,       // the gold type follows from an entry's type and a status cue by a
               // codebook rule: a future cooperative act is AGREE, a future
               // retreat CONCEDE, a threatened attack THREATEN, a refusal REJECT,
               // a demand ("must", "urged") REQUEST
  kOtherType,  // entries exist, none with the gold type
  kNone,       // no event word has an entry
};

struct CoverageResult {
  Coverage coverage = Coverage::kNone;
  std::vector<std::string> types;  // the types the entries found give
  std::vector<std::string> words;  // the event words located in the sentence
};

// Locates the words of `event.event_text` among `tokens` (one sentence) and
// looks each up in `triggers` (and, for the codebook rules, in `cues`)
// by its lemma (the token's, or LemmaCandidates of its form), checking
// multiword patterns against the sentence. An event text that is not
// in the sentence is looked up word by word without patterns.
CoverageResult TriggerCoverage(const TriggerLexicon& triggers, const CueLexicon& cues,
                               const GoldEvent& event, std::span<const Token> tokens);

// Tokens for a gold sentence: from its gold parse when it has one (forms,
// lemmas and UPOS as the gold gives them), laid out in *text with one space
// between forms.
std::vector<Token> TokensFromParse(const std::vector<GoldToken>& parse, std::string* text);

}  // namespace strabo::events

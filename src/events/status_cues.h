// Status cues (data/events/status_cues.<lang>.tsv): the words around a
// trigger that decide whether the event happened (negated, planned,
// attempted, hypothetical, called-for, aggregate), who said it (report), and
// who did it when the trigger is a noun (light verbs). How the coder applies
// them is the codebook's "Status" and "Speaker" sections.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/lexicon_file.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::events {

enum class Cue : unsigned char {
  kNegated, kPlanned, kAttempted, kHypothetical, kCalledFor, kAggregate,
  kReport,         // a speech verb or source phrase: its subject is the speaker
  kLight,          // a light verb: its subject is the source of its noun trigger
  kLightPassive,   // its subject is the target ("received praise", "sufrió un ataque")
};
std::string_view ToString(Cue cue);

// Where the trigger stands relative to the cue word.
enum class CueScope : unsigned char {
  kXcomp,  // the trigger is the cue verb's infinitival complement: "plans to attack"
  kCcomp,  // ... its clausal complement: "said that police arrested"
  kObj,    // ... its object: "preparing an attack", "carried out an attack"
  kNmod,   // ... completes the cue noun (nmod or acl): "the threat of an attack",
           // "efforts to dismantle the cells"
  kHead,   // the trigger modifies the cue noun: "an assassination attempt"
  kMod,    // the cue modifies the trigger: "not", "would", "attempted coup"
  kMark,   // the cue introduces the trigger's clause: "if", "without"
  kObl,    // the cue heads an oblique of the trigger: "since 2002", "según la policía"
};

struct CueEntry {
  std::string lemma;                 // word key
  Upos upos = Upos::kX;
  std::vector<std::string> pattern;  // word keys with "*" gaps; empty for one word
  Cue cue = Cue::kNegated;
  CueScope scope = CueScope::kMod;
  std::string example;
  int line = 0;
};

class CueLexicon {
 public:
  static constexpr std::string_view kKind = "status-cues";
  static constexpr int kVersion = 1;
  static const std::vector<std::string_view>& Columns();

  static Result<CueLexicon> FromFile(const LexiconFile& file, std::string_view lang);
  static Result<CueLexicon> Load(const std::string& path, std::string_view lang);

  const std::vector<CueEntry>& entries() const { return entries_; }
  // The cues of (lemma, upos) in file order; Upos::kX matches every part of speech.
  std::vector<const CueEntry*> Lookup(std::string_view lemma, Upos upos) const;

 private:
  std::vector<CueEntry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> by_lemma_;
};

}  // namespace strabo::events

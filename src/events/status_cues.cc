#include "events/status_cues.h"

#include "events/word_key.h"
#include "util/text.h"

namespace strabo::events {
namespace {

Result<Cue> ParseCue(std::string_view s) {
  if (s == "negated") return Cue::kNegated;
  if (s == "planned") return Cue::kPlanned;
  if (s == "attempted") return Cue::kAttempted;
  if (s == "hypothetical") return Cue::kHypothetical;
  if (s == "called-for") return Cue::kCalledFor;
  if (s == "aggregate") return Cue::kAggregate;
  if (s == "report") return Cue::kReport;
  if (s == "light") return Cue::kLight;
  if (s == "light-passive") return Cue::kLightPassive;
  return Status::InvalidInput("cue '" + std::string(s) +
                              "' (negated planned attempted hypothetical called-for aggregate "
                              "report light light-passive)");
}

Result<CueScope> ParseScope(std::string_view s) {
  if (s == "xcomp") return CueScope::kXcomp;
  if (s == "ccomp") return CueScope::kCcomp;
  if (s == "obj") return CueScope::kObj;
  if (s == "nmod") return CueScope::kNmod;
  if (s == "head") return CueScope::kHead;
  if (s == "mod") return CueScope::kMod;
  if (s == "mark") return CueScope::kMark;
  if (s == "obl") return CueScope::kObl;
  return Status::InvalidInput("scope '" + std::string(s) +
                              "' (xcomp ccomp obj nmod head mod mark obl)");
}

}  // namespace

std::string_view ToString(Cue cue) {
  switch (cue) {
    case Cue::kNegated: return "negated";
    case Cue::kPlanned: return "planned";
    case Cue::kAttempted: return "attempted";
    case Cue::kHypothetical: return "hypothetical";
    case Cue::kCalledFor: return "called-for";
    case Cue::kAggregate: return "aggregate";
    case Cue::kReport: return "report";
    case Cue::kLight: return "light";
    case Cue::kLightPassive: return "light-passive";
  }
  return "";
}

const std::vector<std::string_view>& CueLexicon::Columns() {
  static const std::vector<std::string_view> columns = {"lemma", "upos", "pattern", "cue", "scope",
                                                        "example"};
  return columns;
}

Result<CueLexicon> CueLexicon::Load(const std::string& path, std::string_view lang) {
  return LoadTable<CueLexicon>(path, lang);
}

Result<CueLexicon> CueLexicon::FromFile(const LexiconFile& file, std::string_view lang) {
  STRABO_RETURN_IF_ERROR(CheckLanguage(file, lang));
  CueLexicon lex;
  for (const LexiconRow& row : file.rows()) {
    CueEntry e;
    e.line = row.line;
    if (FoldCase(row.Get(0)) != row.Get(0) || row.Get(0).empty())
      return file.RowError(row, "lemma must be one lower-case word");
    e.lemma = WordKey(row.Get(0));
    const auto upos = ParseUpos(row.Get(1));
    if (!upos) return file.RowError(row, "upos '" + std::string(row.Get(1)) + "' is not a UD tag");
    e.upos = *upos;
    bool have_head = false;
    for (std::string_view w : SplitList(row.Get(2), ' ')) {
      if (w.empty()) return file.RowError(row, "pattern has a double space");
      const std::string key = w == "*" ? "*" : WordKey(w);
      have_head |= key == e.lemma;
      e.pattern.push_back(key);
    }
    if (!e.pattern.empty() && !have_head)
      return file.RowError(row, "the pattern does not contain the lemma");
    auto cue = ParseCue(row.Get(3));
    if (!cue.ok()) return file.RowError(row, cue.status().message());
    e.cue = *cue;
    auto scope = ParseScope(row.Get(4));
    if (!scope.ok()) return file.RowError(row, scope.status().message());
    e.scope = *scope;
    e.example = std::string(row.Get(5));
    lex.by_lemma_[e.lemma].push_back(lex.entries_.size());
    lex.entries_.push_back(std::move(e));
  }
  return lex;
}

std::vector<const CueEntry*> CueLexicon::Lookup(std::string_view lemma, Upos upos) const {
  std::vector<const CueEntry*> out;
  const auto it = by_lemma_.find(WordKey(lemma));
  if (it == by_lemma_.end()) return out;
  for (size_t i : it->second)
    if (upos == Upos::kX || entries_[i].upos == upos) out.push_back(&entries_[i]);
  return out;
}

}  // namespace strabo::events

#include "events/triggers.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "events/inflect.h"
#include "events/plover.h"
#include "events/word_classes.h"
#include "events/word_key.h"
#include "util/text.h"

namespace strabo::events {
namespace {

Result<Slot> ParseSlot(std::string_view text) {
  Slot slot;
  const size_t colon = text.find(':');
  const std::string_view name = text.substr(0, colon);
  const std::string_view prep = colon == std::string_view::npos ? "" : text.substr(colon + 1);
  using K = Slot::Kind;
  if (name == "subj") slot.kind = K::kSubj;
  else if (name == "obj") slot.kind = K::kObj;
  else if (name == "iobj") slot.kind = K::kIobj;
  else if (name == "obl") slot.kind = K::kObl;
  else if (name == "nmod") slot.kind = K::kNmod;
  else if (name == "poss") slot.kind = K::kPoss;
  else if (name == "compound") slot.kind = K::kCompound;
  else if (name == "amod") slot.kind = K::kAmod;
  else if (name == "self") slot.kind = K::kSelf;
  else if (name == "head") slot.kind = K::kHead;
  else if (name == "speaker") slot.kind = K::kSpeaker;
  else
    return Status::InvalidInput("unknown slot '" + std::string(text) +
                                "' (subj, obj, iobj, obl:P, nmod:P, poss, compound, amod, self, "
                                "head)");
  const bool wants_prep = slot.kind == K::kObl || slot.kind == K::kNmod;
  if (wants_prep != !prep.empty())
    return Status::InvalidInput(wants_prep ? "slot '" + std::string(text) +
                                                 "' needs a preposition (obl:against)"
                                           : "slot '" + std::string(text) + "' takes no ':'");
  slot.prep = WordKey(prep);
  return slot;
}

Result<Frame> ParseFrame(std::string_view text) {
  Frame frame;
  if (text.empty()) return Status::InvalidInput("a trigger needs a frame (src=... and/or tgt=...)");
  for (std::string_view item : SplitList(text, ' ')) {
    const size_t eq = item.find('=');
    if (eq == std::string_view::npos)
      return Status::InvalidInput("frame item '" + std::string(item) + "' is not role=slots");
    const std::string_view role = item.substr(0, eq);
    std::vector<Slot>* slots = role == "src" ? &frame.source : role == "tgt" ? &frame.target : nullptr;
    if (!slots) return Status::InvalidInput("frame role '" + std::string(role) + "' (src or tgt)");
    if (!slots->empty()) return Status::InvalidInput("frame role '" + std::string(role) + "' twice");
    for (std::string_view s : SplitList(item.substr(eq + 1), '|')) {
      auto slot = ParseSlot(s);
      if (!slot.ok()) return slot.status();
      slots->push_back(std::move(slot.value()));
    }
    if (slots->empty()) return Status::InvalidInput("frame role '" + std::string(role) + "' has no slot");
  }
  return frame;
}

Result<Constraint> ParseConstraint(std::string_view text, const WordClasses& classes) {
  Constraint c;
  using K = Constraint::Kind;
  if (text == "refl" || text == "!refl" || text == "intrans") {
    c.kind = text == "refl" ? K::kReflexive : text == "!refl" ? K::kNotReflexive : K::kIntransitive;
    return c;
  }
  const std::string what = "constraint '" + std::string(text) + "'";
  const size_t eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0)
    return Status::InvalidInput(what + " is not refl, !refl, intrans or name=value");
  const bool negated = text[eq - 1] == '!';
  const std::string_view name = text.substr(0, negated ? eq - 1 : eq);
  const std::string_view value = text.substr(eq + 1);
  if (value.empty()) return Status::InvalidInput(what + " has no value");
  if (name == "need") {
    if (negated || (value != "src" && value != "tgt"))
      return Status::InvalidInput(what + ": need=src or need=tgt");
    c.kind = K::kNeed;
    c.source = value == "src";
    return c;
  }
  if (name == "srcsec") {
    if (negated) return Status::InvalidInput(what + ": srcsec takes no '!'");
    c.kind = K::kSourceSector;
    for (std::string_view sector : SplitList(value, '|')) {
      if (!IsSectorCode(sector))
        return Status::InvalidInput(what + ": '" + std::string(sector) + "' is not a sector code");
      c.words.emplace_back(sector);
    }
    return c;
  }
  if (name == "src" || name == "tgt") {
    c.kind = negated ? K::kRoleIsNot : K::kRoleIs;
    c.source = name == "src";
  } else if (name == "dep") {
    c.kind = negated ? K::kDepIsNot : K::kDepIs;
  } else if (name == "gov") {
    c.kind = negated ? K::kGovIsNot : K::kGovIs;
  } else if (name == "prep") {
    c.kind = negated ? K::kPrepIsNot : K::kPrepIs;
  } else {
    return Status::InvalidInput("unknown " + what +
                                " (refl, !refl, intrans, need=, srcsec=, src=, tgt=, dep=, gov=, "
                                "prep=; != for not)");
  }
  for (std::string_view item : SplitList(value, '|')) {
    if (item.empty()) return Status::InvalidInput(what + " has an empty item");
    if (item.front() == '@') {
      const std::string cls(item.substr(1));
      if (cls != "ACTOR" && cls != "NUM" && !classes.HasClass(cls))
        return Status::InvalidInput(what + ": no word class " + cls + " in the classes file");
      c.classes.push_back(cls);
    } else {
      c.words.push_back(WordKey(item));
    }
  }
  return c;
}

Result<std::optional<Upos>> ParseTriggerUpos(std::string_view text) {
  if (text == "VERB") return std::optional<Upos>(Upos::kVerb);
  if (text == "NOUN") return std::optional<Upos>(Upos::kNoun);
  if (text == "ADJ") return std::optional<Upos>(Upos::kAdj);
  return Status::InvalidInput("upos '" + std::string(text) + "': VERB, NOUN or ADJ");
}

}  // namespace

const std::vector<std::string_view>& TriggerLexicon::Columns() {
  static const std::vector<std::string_view> columns = {
      "lemma", "upos", "pattern", "type", "mode", "cameo", "acled", "frame", "constraints",
      "example"};
  return columns;
}

Result<TriggerLexicon> TriggerLexicon::Load(const std::string& path, std::string_view lang,
                                            const CameoMap& cameo, const WordClasses& classes) {
  return LoadTable<TriggerLexicon>(path, lang, cameo, classes);
}

Result<TriggerLexicon> TriggerLexicon::FromFile(const LexiconFile& file, std::string_view lang,
                                                const CameoMap& cameo,
                                                const WordClasses& classes) {
  STRABO_RETURN_IF_ERROR(CheckLanguage(file, lang));
  TriggerLexicon lex;
  lex.lang_ = std::string(lang);
  for (const LexiconRow& row : file.rows()) {
    TriggerEntry e;
    e.line = row.line;
    const std::string_view lemma = row.Get(0);
    if (FoldCase(lemma) != lemma || lemma.find(' ') != std::string_view::npos)
      return file.RowError(row, "lemma '" + std::string(lemma) +
                                    "' must be one lower-case word (put phrases in 'pattern')");
    e.lemma = WordKey(lemma);
    auto upos = ParseTriggerUpos(row.Get(1));
    if (!upos.ok()) return file.RowError(row, upos.status().message());
    e.upos = **upos;

    if (!row.Get(2).empty()) {
      bool have_head = false;
      for (std::string_view w : SplitList(row.Get(2), ' ')) {
        if (w.empty()) return file.RowError(row, "pattern has a double space");
        if (w == "*") {
          if (e.pattern.empty() || e.pattern.back() == "*")
            return file.RowError(row, "a pattern cannot start with '*' or repeat it");
        } else if (!have_head && WordKey(w) == e.lemma) {
          e.head = e.pattern.size();
          have_head = true;
        }
        e.pattern.push_back(w == "*" ? std::string("*") : WordKey(w));
      }
      if (e.pattern.back() == "*") return file.RowError(row, "a pattern cannot end with '*'");
      if (!have_head)
        return file.RowError(row, "the pattern does not contain the lemma '" + e.lemma + "'");
      if (e.pattern.size() < 2) return file.RowError(row, "a one-word pattern: write '-'");
    }

    e.type = std::string(row.Get(3));
    e.mode = std::string(row.Get(4));
    e.cameo = std::string(row.Get(5));
    e.acled = std::string(row.Get(6));
    if (!IsPloverType(e.type))
      return file.RowError(row, "'" + e.type + "' is not a PLOVER type");
    if (!e.cameo.empty()) {
      const CameoEntry* code = cameo.Find(e.cameo);
      if (!code)
        return file.RowError(row, "CAMEO code '" + e.cameo + "' is not in the CAMEO map");
      if (code->type != e.type)
        return file.RowError(row, "type " + e.type + " disagrees with the CAMEO map, which codes " +
                                      e.cameo + " as " + (code->type.empty() ? "-" : code->type));
    }
    if (!e.mode.empty() && !IsPloverMode(e.type, e.mode))
      return file.RowError(row, "'" + e.mode + "' is not a PLOVER mode of " + e.type);
    if (!e.acled.empty() && AcledEventType(e.acled).empty())
      return file.RowError(row, "'" + e.acled + "' is not an ACLED sub-event type");

    auto frame = ParseFrame(row.Get(7));
    if (!frame.ok()) return file.RowError(row, frame.status().message());
    e.frame = std::move(frame.value());
    for (std::string_view c : SplitList(row.Get(8), ' ')) {
      auto constraint = ParseConstraint(c, classes);
      if (!constraint.ok()) return file.RowError(row, constraint.status().message());
      e.constraints.push_back(std::move(constraint.value()));
    }
    e.example = std::string(row.Get(9));
    lex.by_lemma_[e.lemma].push_back(lex.entries_.size());
    lex.entries_.push_back(std::move(e));
  }
  return lex;
}

bool Constraint::Matches(const std::vector<std::string>& keys, const WordClasses& word_classes,
                         bool is_actor, bool is_number, bool is_people) const {
  for (const std::string& cls : classes) {
    if (cls == "ACTOR") {
      if (is_actor) return true;
    } else if (cls == "NUM") {
      if (is_number) return true;
    } else if ((cls == "HUMAN" && is_people) || word_classes.ContainsAny(cls, keys)) {
      return true;
    }
  }
  for (const std::string& w : words)
    if (std::find(keys.begin(), keys.end(), w) != keys.end()) return true;
  return false;
}

std::vector<const TriggerEntry*> TriggerLexicon::Lookup(std::string_view lemma, Upos upos) const {
  std::vector<const TriggerEntry*> out;
  const auto it = by_lemma_.find(WordKey(lemma));
  if (it == by_lemma_.end()) return out;
  for (size_t i : it->second)
    if (upos == Upos::kX || entries_[i].upos == upos) out.push_back(&entries_[i]);
  return out;
}

std::vector<std::string> TokenKeys(std::string_view lang, const Token& token) {
  std::vector<std::string> keys;
  const std::string form = WordKey(token.form);
  if (!token.lemma.empty()) {
    keys.push_back(WordKey(token.lemma));
    if (form != keys.front()) {
      keys.push_back(form);
      return keys;
    }
    // A lemma equal to its form is often a word the tagger did not know
    // (headline capitals, clitics): add the guesses too.
  }
  for (std::string& k : LemmaCandidates(lang, form))
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  return keys;
}

namespace {

bool HasKey(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Matches pattern[pi...] forward (step +1) or backward (step -1) from token
// ti. `keys` gives each token's keys.
bool MatchFrom(const std::vector<std::string>& pattern, long pi, long step, long ti,
               const std::vector<std::vector<std::string>>& keys, size_t max_gap,
               std::vector<size_t>* covered) {
  const long n = static_cast<long>(keys.size());
  if (pi < 0 || pi >= static_cast<long>(pattern.size())) return true;
  if (pattern[pi] == "*") {
    for (size_t gap = 0; gap <= max_gap; ++gap) {
      const long t = ti + step * static_cast<long>(gap);
      if (t < 0 || t >= n) break;
      const size_t before = covered->size();
      if (MatchFrom(pattern, pi + step, step, t, keys, max_gap, covered)) return true;
      covered->resize(before);
    }
    return false;
  }
  if (ti < 0 || ti >= n || !HasKey(keys[ti], pattern[pi])) return false;
  covered->push_back(static_cast<size_t>(ti));
  return MatchFrom(pattern, pi + step, step, ti + step, keys, max_gap, covered);
}

}  // namespace

bool MatchKeyPattern(const std::vector<std::string>& pattern, size_t pattern_head,
                     const std::vector<std::vector<std::string>>& keys, size_t head,
                     std::vector<size_t>* covered) {
  covered->clear();
  if (pattern.empty()) {
    covered->push_back(head);
    return true;
  }
  const size_t max_gap = TriggerLexicon::kMaxGap;
  std::vector<size_t> left, right;
  const long h = static_cast<long>(pattern_head);
  if (!MatchFrom(pattern, h - 1, -1, static_cast<long>(head) - 1, keys, max_gap, &left))
    return false;
  if (!MatchFrom(pattern, h + 1, +1, static_cast<long>(head) + 1, keys, max_gap, &right))
    return false;
  covered->assign(left.rbegin(), left.rend());
  covered->push_back(head);
  covered->insert(covered->end(), right.begin(), right.end());
  return true;
}

bool TriggerLexicon::MatchPattern(const TriggerEntry& entry, std::span<const Token> tokens,
                                  size_t head, std::vector<size_t>* covered) const {
  std::vector<size_t> scratch;
  if (!covered) covered = &scratch;
  if (head >= tokens.size()) return false;
  std::vector<std::vector<std::string>> keys;
  keys.reserve(tokens.size());
  for (const Token& t : tokens) keys.push_back(entry.multiword() ? TokenKeys(lang_, t)
                                                                 : std::vector<std::string>());
  return MatchKeyPattern(entry.pattern, entry.head, keys, head, covered);
}

std::vector<TriggerMatch> TriggerLexicon::FindCandidates(std::span<const Token> tokens) const {
  std::vector<std::vector<std::string>> keys;
  keys.reserve(tokens.size());
  for (const Token& t : tokens) keys.push_back(TokenKeys(lang_, t));
  std::vector<TriggerMatch> out;
  std::vector<size_t> covered;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::vector<size_t> seen;  // entries already matched at this token (several keys)
    for (const std::string& key : keys[i]) {
      const auto it = by_lemma_.find(key);
      if (it == by_lemma_.end()) continue;
      for (size_t e : it->second) {
        const TriggerEntry& entry = entries_[e];
        if (tokens[i].upos != Upos::kX && entry.upos != tokens[i].upos) continue;
        if (std::find(seen.begin(), seen.end(), e) != seen.end()) continue;
        if (!MatchKeyPattern(entry.pattern, entry.head, keys, i, &covered)) continue;
        seen.push_back(e);
        out.push_back(TriggerMatch{&entry, i, covered});
      }
    }
  }
  return out;
}

}  // namespace strabo::events

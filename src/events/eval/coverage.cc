#include "events/eval/coverage.h"

#include <algorithm>

#include "events/word_key.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::events {
namespace {

std::vector<std::string> EventWords(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  size_t pos = 0;
  auto flush = [&] {
    if (!word.empty()) out.push_back(WordKey(word));
    word.clear();
  };
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, &pos);
    if (IsLetter(cp) || IsMark(cp) || IsDigit(cp) || cp == '-')
      word.append(text.substr(start, pos - start));
    else
      flush();
  }
  flush();
  return out;
}

}  // namespace

std::vector<Token> TokensFromParse(const std::vector<GoldToken>& parse, std::string* text) {
  std::vector<Token> tokens;
  text->clear();
  for (const GoldToken& g : parse) {
    if (!text->empty()) text->push_back(' ');
    Token t;
    t.span.begin = static_cast<uint32_t>(text->size());
    text->append(g.form);
    t.span.end = static_cast<uint32_t>(text->size());
    t.form = g.form;
    t.lemma = g.lemma == "_" ? "" : g.lemma;
    t.upos = ParseUpos(g.upos).value_or(Upos::kX);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

CoverageResult TriggerCoverage(const TriggerLexicon& triggers, const CueLexicon& cues,
                               const GoldEvent& event, std::span<const Token> tokens) {
  CoverageResult result;
  const auto words = EventWords(event.event_text);
  // Locate each event word in the sentence, in order.
  std::vector<size_t> located;
  size_t from = 0;
  for (const std::string& w : words) {
    for (size_t i = from; i < tokens.size(); ++i) {
      if (WordKey(tokens[i].form) == w) {
        located.push_back(i);
        from = i + 1;
        break;
      }
    }
  }
  auto note = [&](const TriggerEntry* e) {
    if (std::find(result.types.begin(), result.types.end(), e->type) == result.types.end())
      result.types.push_back(e->type);
  };
  for (size_t i : located) {
    result.words.push_back(tokens[i].form);
    for (const std::string& key : TokenKeys(triggers.lang(), tokens[i]))
      for (const TriggerEntry* e : triggers.Lookup(key, Upos::kX))
        if (triggers.MatchPattern(*e, tokens, i, nullptr)) note(e);
  }
  if (located.empty()) {
    // The event words are not in the sentence as written: look each up alone.
    for (const std::string& w : words) {
      Token t;
      t.form = w;
      for (const std::string& key : TokenKeys(triggers.lang(), t))
        for (const TriggerEntry* e : triggers.Lookup(key, Upos::kX))
          if (!e->multiword()) note(e);
    }
  }
  auto found = [&](std::initializer_list<std::string_view> types) {
    for (std::string_view t : types)
      if (std::find(result.types.begin(), result.types.end(), t) != result.types.end()) return true;
    return false;
  };
  // The status cues among the event words (and the tokens they were found at).
  std::vector<Cue> cue_kinds;
  auto add_cues = [&](const Token& t) {
    for (const std::string& key : TokenKeys(triggers.lang(), t))
      for (const CueEntry* c : cues.Lookup(key, Upos::kX)) cue_kinds.push_back(c->cue);
  };
  for (size_t i : located) add_cues(tokens[i]);
  if (located.empty())
    for (const std::string& w : words) {
      Token t;
      t.form = w;
      add_cues(t);
    }
  auto cued = [&](std::initializer_list<Cue> kinds) {
    for (Cue k : kinds)
      if (std::find(cue_kinds.begin(), cue_kinds.end(), k) != cue_kinds.end()) return true;
    return false;
  };
  const bool future = cued({Cue::kPlanned, Cue::kHypothetical});
  bool rule = false;
  if (event.type == "AGREE")
    rule = future && found({"CONSULT", "SUPPORT", "COOPERATE", "AID"});
  else if (event.type == "CONCEDE")
    rule = future && found({"RETREAT"});
  else if (event.type == "THREATEN")
    rule = future && found({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"});
  else if (event.type == "REJECT")
    rule = cued({Cue::kNegated}) && !result.types.empty();
  else if (event.type == "REQUEST")
    rule = cued({Cue::kCalledFor}) && !result.types.empty();

  if (result.types.empty())
    result.coverage = Coverage::kNone;
  else if (std::find(result.types.begin(), result.types.end(), event.type) != result.types.end())
    result.coverage = Coverage::kRightType;
  else if (rule)
    result.coverage = Coverage::kRule;
  else
    result.coverage = Coverage::kOtherType;
  return result;
}

}  // namespace strabo::events

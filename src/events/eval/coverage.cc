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

CoverageResult TriggerCoverage(const TriggerLexicon& triggers, const GoldEvent& event,
                               std::span<const Token> tokens) {
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
  if (result.types.empty())
    result.coverage = Coverage::kNone;
  else if (std::find(result.types.begin(), result.types.end(), event.type) != result.types.end())
    result.coverage = Coverage::kRightType;
  else
    result.coverage = Coverage::kOtherType;
  return result;
}

}  // namespace strabo::events

#include "entities/corpus.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <unordered_set>

#include "util/file.h"
#include "util/lines.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::ner {
namespace {

bool StartsLetter(std::string_view word) {
  size_t pos = 0;
  return !word.empty() && IsLetter(DecodeUtf8(word, &pos));
}

bool IsConnective(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "of", "the", "and", "for", "on", "in", "at", "to", "'s", "&", "de", "del", "la", "el",
      "y", "von", "van", "der", "den", "al", "bin", "da", "di", "du", "le", "des", "a"};
  return kWords.count(lower) > 0;
}

bool IsCapitalisedPronoun(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "Me", "Him",
      "Her", "Us", "Them", "My", "His", "Its", "Our", "Their", "Your", "Who", "What", "Which",
      "There", "Here", "One", "Everyone", "Someone", "Anyone", "All", "Both", "Each", "Mine",
      "Yours", "Hers", "Ours", "Theirs", "Myself", "Himself", "Herself", "Itself", "Today"};
  return kWords.count(word) > 0;
}

// A raw labelled span before type mapping.
struct RawSpan {
  uint32_t begin, end;
  std::string type;
};

std::vector<RawSpan> DecodeTags(const std::vector<std::string>& tags) {
  std::vector<RawSpan> spans;
  bool open = false;
  RawSpan cur{};
  auto close = [&](uint32_t end) {
    if (open) {
      cur.end = end;
      spans.push_back(cur);
    }
    open = false;
  };
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag == "O" || tag.size() < 3 || tag[1] != '-') {
      close(i);
      continue;
    }
    const char p = tag[0];
    const std::string type = tag.substr(2);
    const bool starts = p == 'B' || p == 'S' || p == 'U' || !open || cur.type != type;
    if (starts) {
      close(i);
      open = true;
      cur = RawSpan{i, i, type};
    }
    if (p == 'E' || p == 'L' || p == 'S' || p == 'U') close(i + 1);
  }
  close(static_cast<uint32_t>(tags.size()));
  return spans;
}

std::optional<EntityType> MapConllType(std::string_view type) {
  if (type == "PER" || type == "PERSON") return EntityType::kPer;
  if (type == "ORG" || type == "ORGANIZATION") return EntityType::kOrg;
  if (type == "LOC" || type == "LOCATION" || type == "GPE") return EntityType::kLoc;
  if (type == "MISC") return EntityType::kMisc;
  return std::nullopt;
}

bool IsLowerCaseType(std::string_view type) {
  for (char c : type)
    if (c >= 'A' && c <= 'Z') return false;
  return !type.empty();
}

void SetSpan(NerSentence& s, uint32_t begin, uint32_t end, EntityType type) {
  if (end == begin + 1) {
    s.allowed[begin] = 1u << MakeTag(type, kU);
  } else {
    s.allowed[begin] = 1u << MakeTag(type, kB);
    for (uint32_t i = begin + 1; i + 1 < end; ++i) s.allowed[i] = 1u << MakeTag(type, kI);
    s.allowed[end - 1] = 1u << MakeTag(type, kL);
  }
  s.gold.push_back({begin, end, type});
}

// Lets the words marked `open` also take the tags of `types` that keep a
// name inside a run of open words (B needs an open right neighbour, L an
// open left one, I both).
void AllowNamesInRuns(const std::vector<bool>& open, std::initializer_list<EntityType> types,
                      std::vector<TagMask>* allowed) {
  const size_t n = open.size();
  for (size_t i = 0; i < n; ++i) {
    if (!open[i]) continue;
    const bool left = i > 0 && open[i - 1], right = i + 1 < n && open[i + 1];
    for (EntityType t : types) {
      (*allowed)[i] |= 1u << MakeTag(t, kU);
      if (right) (*allowed)[i] |= 1u << MakeTag(t, kB);
      if (left) (*allowed)[i] |= 1u << MakeTag(t, kL);
      if (left && right) (*allowed)[i] |= 1u << MakeTag(t, kI);
    }
  }
}

struct PendingSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
  uint32_t doc = 0;
};

}  // namespace

GumDecision MapGumMention(const std::vector<std::string>& words, uint32_t begin, uint32_t end,
                          std::string_view gum_type,
                          const std::unordered_set<std::string>* lower_vocab,
                          const std::unordered_set<std::string>* titles) {
  GumDecision d;
  while (end - begin > 1 && FoldCase(words[begin]) == "the") ++begin;
  // "President Barack Obama", "Mr. Tedeschi": the name follows the title.
  if (titles && gum_type == "person") {
    for (bool more = true; more && end - begin > 1;) {
      more = false;
      for (uint32_t len : {2u, 1u}) {
        if (end - begin <= len) continue;
        std::string key = FoldCase(words[begin]);
        if (len == 2) {
          key.push_back(' ');
          key.append(FoldCase(words[begin + 1]));
        }
        if (titles->count(key) && StartsUpper(words[begin + len])) {
          begin += len;
          more = true;
          break;
        }
      }
    }
  }
  d.begin = begin;
  // A capital only counts as evidence of a name when the word is not a plain
  // word capitalised because it starts the sentence.
  auto capitalised = [&](uint32_t i) {
    if (!StartsUpper(words[i])) return false;
    if (i == 0 && lower_vocab && lower_vocab->count(FoldCase(words[i]))) return false;
    return true;
  };
  bool any_cap = false;
  for (uint32_t i = begin; i < end; ++i) {
    const std::string& w = words[i];
    if (capitalised(i)) {
      any_cap = true;
      continue;
    }
    if (!StartsLetter(w) && i > begin && i + 1 < end) continue;  // "-", "'s", digits inside
    if (IsConnective(FoldCase(w)) && i > begin && i + 1 < end) continue;
    if (IsAsciiNumber(w) && i > begin) continue;                     // "World War 2"
    return d;  // a lower-case content word: not a name
  }
  if (!any_cap) return d;
  if (end - begin == 1 && IsCapitalisedPronoun(words[begin])) return d;
  if (gum_type == "person") d.type = EntityType::kPer;
  else if (gum_type == "place") d.type = EntityType::kLoc;
  else if (gum_type == "organization") d.type = EntityType::kOrg;
  else if (gum_type == "event") d.type = EntityType::kMisc;
  else if (gum_type == "time" || gum_type == "quantity") return d;  // dates are not names
  else {
    d.masked = true;
    return d;
  }
  d.keep = true;
  return d;
}

namespace {

// "O", or a prefix of IOB1/IOB2/IOBES and a type ("B-LOC", "I-person").
bool LooksLikeEntityTag(std::string_view tag) {
  if (tag == "O") return true;
  return tag.size() > 2 && tag[1] == '-' && std::string_view("BIESLU").find(tag[0]) != std::string_view::npos;
}

}  // namespace

Result<NerCorpus> ParseNerCorpus(std::string_view text, const std::string& origin,
                                 const std::unordered_set<std::string>* misc_words,
                                 const std::unordered_set<std::string>* titles) {
  NerCorpus corpus;
  corpus.origin = origin;
  std::vector<PendingSentence> pending;
  PendingSentence cur;
  uint32_t doc = 0;
  bool doc_has_tokens = false;
  auto flush = [&] {
    if (!cur.words.empty()) {
      cur.doc = doc;
      pending.push_back(std::move(cur));
      doc_has_tokens = true;
    }
    cur = PendingSentence();
  };
  auto new_doc = [&] {
    flush();
    if (doc_has_tokens) ++doc;
    doc_has_tokens = false;
  };

  Status error;
  ForEachLine(text, [&](std::string_view line, size_t line_no) {
    if (!error.ok()) return;
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      flush();
      return;
    }
    // "# text = ..." is a comment; "#Ghazni B-LOC" a hashtag token.
    if (line[0] == '#' && (line.size() == 1 || line[1] == ' ' || line[1] == '\t')) {
      if (line.find("newdoc") != std::string_view::npos) new_doc();
      return;
    }
    const auto cols = SplitFields(line, line.find('\t') != std::string_view::npos ? '\t' : ' ', false);
    if (cols.empty()) return;
    if (cols[0] == "-DOCSTART-") {
      new_doc();
      return;
    }
    std::string_view word, tag;
    if (cols.size() >= 3 && IsAsciiNumber(cols[0]) && !LooksLikeEntityTag(cols.back())) {
      word = cols[1];
      tag = cols[2];
    } else if (cols.size() >= 2) {
      word = cols[0];
      tag = cols.back();
    } else {
      error = Status::InvalidInput(origin + ":" + std::to_string(line_no) +
                                   ": expected a word and a tag, found one column");
      return;
    }
    if (!IsValidUtf8(word)) {
      error = Status::InvalidInput(origin + ":" + std::to_string(line_no) + ": invalid UTF-8");
      return;
    }
    cur.words.emplace_back(word);
    cur.tags.emplace_back(tag);
  });
  if (!error.ok()) return error;
  flush();
  if (pending.empty())
    return Status::InvalidInput(origin + ": no tokens found (expected one 'WORD TAG' per line)");

  // Corpus-wide facts: GUM types, MISC, and which words occur in lower case.
  std::unordered_set<std::string> lower_vocab;
  for (const PendingSentence& p : pending) {
    for (size_t i = 0; i < p.words.size(); ++i) {
      if (i > 0 && StartsLetter(p.words[i]) && !StartsUpper(p.words[i])) lower_vocab.insert(FoldCase(p.words[i]));
      const std::string& t = p.tags[i];
      if (t.size() > 2 && t[1] == '-') {
        const std::string_view type = std::string_view(t).substr(2);
        if (type == "MISC" || type == "event") corpus.has_misc = true;
        if (IsLowerCaseType(type)) corpus.gum = true;
      }
    }
  }

  // Pseudo-documents for a corpus without document breaks.
  if (pending.back().doc == 0 && pending.size() > kPseudoDocumentSentences)
    for (size_t i = 0; i < pending.size(); ++i) pending[i].doc = static_cast<uint32_t>(i / kPseudoDocumentSentences);
  corpus.documents = pending.back().doc + 1;

  for (PendingSentence& p : pending) {
    NerSentence s;
    s.doc = p.doc;
    s.allowed.assign(p.words.size(), 1u);  // O
    for (const RawSpan& span : DecodeTags(p.tags)) {
      if (corpus.gum && IsLowerCaseType(span.type)) {
        const GumDecision d = MapGumMention(p.words, span.begin, span.end, span.type, &lower_vocab, titles);
        if (d.keep) {
          SetSpan(s, d.begin, span.end, d.type);
        } else if (d.masked) {
          // Names of other kinds (works, products) are MISC or nothing in
          // CoNLL terms.
          std::vector<bool> open(s.allowed.size(), false);
          for (uint32_t i = d.begin; i < span.end; ++i) open[i] = true, s.allowed[i] = 1u;
          AllowNamesInRuns(open, {EntityType::kMisc}, &s.allowed);
          ++corpus.dropped_mentions;
        } else if (span.type != "time" && span.type != "quantity") {
          // Not a name, but names may be nested inside ("the Santorum
          // cocktail"): capitalised words there are left unconstrained.
          std::vector<bool> open(s.allowed.size(), false);
          for (uint32_t i = span.begin; i < span.end; ++i)
            open[i] = i > 0 && StartsUpper(p.words[i]) && !IsCapitalisedPronoun(p.words[i]);
          AllowNamesInRuns(open, {EntityType::kPer, EntityType::kOrg, EntityType::kLoc, EntityType::kMisc},
                           &s.allowed);
          ++corpus.dropped_mentions;
        }
        continue;
      }
      if (auto type = MapConllType(span.type)) SetSpan(s, span.begin, span.end, *type);
    }
    if (!corpus.has_misc) {
      // Only a capitalised word (not just sentence-initial) can be an
      // unannotated MISC name; lower-case words stay O, or the model would
      // learn that anything may be MISC.
      // A listed nationality or religion is MISC by the CoNLL guidelines.
      // A MISC name may only span a run of such words.
      const size_t n = s.allowed.size();
      std::vector<bool> open(n, false);
      for (size_t i = 0; i < n; ++i) {
        if (s.allowed[i] != 1u || !StartsUpper(p.words[i])) continue;
        if (misc_words && misc_words->count(FoldCase(p.words[i]))) {
          SetSpan(s, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), EntityType::kMisc);
          continue;
        }
        if (i == 0 && lower_vocab.count(FoldCase(p.words[i]))) continue;
        open[i] = true;
      }
      AllowNamesInRuns(open, {EntityType::kMisc}, &s.allowed);
    }
    std::sort(s.gold.begin(), s.gold.end(),
              [](const TokenSpan& a, const TokenSpan& b) { return a.begin < b.begin; });
    corpus.tokens += p.words.size();
    s.words = std::move(p.words);
    corpus.sentences.push_back(std::move(s));
  }
  return corpus;
}

Result<NerCorpus> ReadNerCorpus(const std::string& path,
                                const std::unordered_set<std::string>* misc_words,
                                const std::unordered_set<std::string>* titles) {
  // "FILE@K/N" or "FILE@-K/N": a document selection.
  std::string file = path;
  bool select = false, invert = false;
  uint32_t k = 0, n = 0;
  const size_t at = path.rfind('@');
  if (at != std::string::npos) {
    std::string_view sel = std::string_view(path).substr(at + 1);
    invert = !sel.empty() && sel[0] == '-';
    if (invert) sel.remove_prefix(1);
    const size_t slash = sel.find('/');
    if (slash != std::string_view::npos && IsAsciiNumber(sel.substr(0, slash)) && IsAsciiNumber(sel.substr(slash + 1)) &&
        slash <= 6 && sel.size() - slash <= 7) {
      k = static_cast<uint32_t>(std::stoul(std::string(sel.substr(0, slash))));
      n = static_cast<uint32_t>(std::stoul(std::string(sel.substr(slash + 1))));
      if (n == 0 || k >= n)
        return Status::InvalidInput(path + ": a document selection FILE@K/N needs 0 <= K < N");
      select = true;
      file = path.substr(0, at);
    }
  }
  auto text = ReadFile(file);
  if (!text.ok()) return text.status();
  auto corpus = ParseNerCorpus(*text, path, misc_words, titles);
  if (!corpus.ok() || !select) return corpus;
  // Keep the selected documents, renumbered from 0.
  std::vector<NerSentence> kept;
  uint32_t last = UINT32_MAX, docs = 0;
  corpus->tokens = 0;
  for (NerSentence& s : corpus->sentences) {
    if ((s.doc % n == k) == invert) continue;
    if (s.doc != last) last = s.doc, ++docs;
    s.doc = docs - 1;
    corpus->tokens += s.words.size();
    kept.push_back(std::move(s));
  }
  if (kept.empty()) return Status::InvalidInput(path + ": the document selection keeps no sentence");
  corpus->sentences = std::move(kept);
  corpus->documents = docs;
  return corpus;
}

}  // namespace strabo::ner

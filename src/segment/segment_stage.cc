#include "segment/segment_stage.h"

#include <optional>
#include <string>
#include <vector>

#include "segment/abbreviations.h"
#include "segment/clitics.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo {
namespace {

enum class Kind : unsigned char { kWord, kNumber, kPunct, kUrl };

struct RawToken {
  uint32_t begin, end;
  Kind kind;
  bool abbreviation = false;  // a word whose final period is part of it
  bool dotted = false;        // an acronym with inner periods: "U.S.", "EE.UU."
};

bool IsWordChar(char32_t cp) { return IsLetter(cp) || IsMark(cp) || IsDigit(cp); }

// Hyphens that join words; en and em dashes separate them.
bool IsJoiningHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

bool IsClosingPunct(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == ')' || cp == ']' ||
         cp == 0xBB || cp == 0x203A;
}

bool IsTerminal(std::string_view token) {
  if (token.empty()) return false;
  // A run of terminal marks: ".", "!", "?", "...", "?!", "…".
  size_t pos = 0;
  while (pos < token.size()) {
    const char32_t cp = DecodeUtf8(token, &pos);
    if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026) return false;
  }
  return true;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::string_view lang) : text_(text), lang_(lang) {}

  // Tokenizes text[begin, end).
  std::vector<RawToken> Run(size_t begin, size_t end) {
    end_ = end;
    tokens_.clear();
    size_t pos = begin;
    while (pos < end_) {
      size_t next = pos;
      const char32_t cp = At(&next);
      if (IsSpace(cp)) {
        pos = next;
        continue;
      }
      if (size_t url_end = UrlEnd(pos)) {
        Emit(pos, url_end, Kind::kUrl);
        pos = url_end;
      } else if (IsWordChar(cp)) {
        pos = ScanWord(pos);
      } else if ((cp == '@' || cp == '#') && next < end_ && IsLetterAt(next)) {
        size_t p = next;
        while (p < end_) {
          size_t q = p;
          const char32_t c = At(&q);
          if (!IsWordChar(c) && c != '_') break;
          p = q;
        }
        Emit(pos, p, Kind::kWord);
        pos = p;
      } else {
        pos = ScanPunct(pos, cp, next);
      }
    }
    return tokens_;
  }

 private:
  char32_t At(size_t* pos) const {
    if (*pos >= end_) return 0;
    return DecodeUtf8(text_.substr(0, end_), pos);
  }
  char32_t Peek(size_t pos) const { return At(&pos); }
  bool IsLetterAt(size_t pos) const {
    const char32_t cp = Peek(pos);
    return IsLetter(cp) || IsDigit(cp);
  }
  void Emit(size_t b, size_t e, Kind kind, bool abbreviation = false, bool dotted = false) {
    tokens_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind, abbreviation, dotted});
  }

  size_t UrlEnd(size_t pos) const {
    const std::string_view rest = text_.substr(pos, std::min<size_t>(end_ - pos, 8));
    const bool url = rest.starts_with("http://") || rest.starts_with("https://") ||
                     rest.starts_with("www.");
    if (!url) return 0;
    size_t p = pos;
    while (p < end_) {
      size_t q = p;
      if (IsSpace(At(&q))) break;
      p = q;
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    while (p > pos && std::string_view(".,;:!?)\"'”»").find(text_[p - 1]) != std::string_view::npos) --p;
    return p;
  }

  // Scans one word or number starting at `start`; may emit several tokens
  // (clitics, contractions are split later). Returns the end position.
  size_t ScanWord(size_t start) {
    size_t p = start;
    bool has_letter = false, all_digits = true;
    char32_t prev = 0;
    size_t part_start = start;  // where the part after the last joining hyphen begins
    while (p < end_) {
      size_t q = p;
      const char32_t cp = At(&q);
      if (IsWordChar(cp)) {
        if (!IsDigit(cp)) has_letter = true, all_digits = false;
        prev = cp;
        p = q;
        continue;
      }
      size_t r = q;
      const char32_t after = At(&r);
      if (IsJoiningHyphen(cp) && IsWordChar(after)) {
        if (IsDigit(prev) && IsDigit(after)) break;  // "2015-2018" is a range
        all_digits = false;
        prev = cp;
        p = q;
        part_start = q;
        continue;
      }
      if (IsApostrophe(cp) && IsLetter(after) && IsLetter(prev)) {
        all_digits = false;
        prev = cp;
        p = q;
        continue;
      }
      // Digit group and decimal separators: "2,000", "3.500", "1.234,5", "10:30", "12/03/2024".
      if ((cp == ',' || cp == '.' || cp == ':' || cp == '/') && IsDigit(prev) && IsDigit(after)) {
        prev = cp;
        p = q;
        continue;
      }
      break;
    }
    const size_t core_end = p;
    const Kind kind = (all_digits || !has_letter) ? Kind::kNumber : Kind::kWord;

    // A short word joined by a period to a number is one token: the minute
    // of play of Spanish agency copy ("( m.73 )"), "No.1". Its period ends
    // no sentence.
    if (kind == Kind::kWord && core_end - start <= 3 && Peek(core_end) == '.' &&
        core_end + 1 < end_ && IsDigit(Peek(core_end + 1))) {
      size_t q = core_end + 1;  // past the digits (At moves its argument past a code point)
      while (q < end_) {
        size_t next = q;
        if (!IsDigit(At(&next))) break;
        q = next;
      }
      if (q >= end_ || !IsWordChar(Peek(q))) {
        Emit(start, q, Kind::kWord);
        return q;
      }
    }

    // Acronyms with inner periods: "U.S.", "EE.UU.", "a.m.", "e.g.", also
    // as the last part of a hyphenated word: "Kenya-U.S." is one token, not
    // "Kenya-U" and a sentence that starts with "S.".
    if (kind == Kind::kWord && core_end - part_start <= 3 && Peek(core_end) == '.' &&
        IsLetterAfterDot(core_end)) {
      size_t q = core_end;
      while (q < end_ && text_[q] == '.' && IsLetterAfterDot(q)) {
        size_t r = q + 1;
        size_t letters = 0;
        while (r < end_ && IsLetter(Peek(r))) {
          At(&r);
          ++letters;
        }
        if (letters > 3) break;
        q = r;
      }
      if (q > core_end) {
        if (q < end_ && text_[q] == '.') ++q;
        Emit(start, q, Kind::kWord, text_[q - 1] == '.', true);
        return q;
      }
    }

    // A final period that belongs to the word.
    if (kind == Kind::kWord && core_end < end_ && text_[core_end] == '.' && !IsEllipsisAt(core_end)) {
      const std::string_view word = text_.substr(start, core_end - start);
      bool attach = false;
      if (CountCodePoints(word) == 1 && IsUpper(Peek(start))) {
        attach = true;  // an initial: "J. Smith"
      } else {
        switch (LookupAbbreviation(word, lang_)) {
          case AbbreviationKind::kTitle:
          case AbbreviationKind::kGeneral:
            attach = true;
            break;
          case AbbreviationKind::kNumeral:
            attach = NextNonSpaceIsDigit(core_end + 1);
            break;
          case AbbreviationKind::kNone:
            break;
        }
      }
      if (attach) {
        Emit(start, core_end + 1, Kind::kWord, true);
        return core_end + 1;
      }
    }

    EmitWordWithClitics(start, core_end, kind);
    return core_end;
  }

  bool IsLetterAfterDot(size_t dot) const { return dot + 1 < end_ && IsLetter(Peek(dot + 1)); }
  bool IsEllipsisAt(size_t pos) const { return pos + 1 < end_ && text_[pos + 1] == '.'; }
  bool NextNonSpaceIsDigit(size_t pos) const {
    while (pos < end_) {
      size_t q = pos;
      const char32_t cp = At(&q);
      if (!IsSpace(cp)) return IsDigit(cp);
      pos = q;
    }
    return false;
  }

  // English clitics: "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" become tokens.
  void EmitWordWithClitics(size_t start, size_t end, Kind kind) {
    if (kind == Kind::kWord && lang_ != "es") {
      const std::string_view word = text_.substr(start, end - start);
      // Find the last apostrophe.
      size_t apos = std::string_view::npos, apos_len = 0;
      for (size_t i = 0; i < word.size();) {
        size_t q = i;
        const char32_t cp = DecodeUtf8(word, &q);
        if (IsApostrophe(cp)) apos = i, apos_len = q - i;
        i = q;
      }
      if (apos != std::string_view::npos && apos > 0) {
        std::string suffix(word.substr(apos + apos_len));
        for (char& c : suffix) c = static_cast<char>(c | 0x20);
        const bool nt = suffix == "t" && (word[apos - 1] == 'n' || word[apos - 1] == 'N') && apos > 1;
        const bool clitic = suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" ||
                            suffix == "d" || suffix == "m";
        if (nt) {
          Emit(start, start + apos - 1, kind);
          Emit(start + apos - 1, end, kind);
          return;
        }
        if (clitic) {
          Emit(start, start + apos, kind);
          Emit(start + apos, end, kind);
          return;
        }
      }
    }
    Emit(start, end, kind);
  }

  size_t ScanPunct(size_t start, char32_t cp, size_t next) {
    size_t p = next;
    if (cp == '.' || cp == '!' || cp == '?') {
      // "...", "?!", "!!!" stay together.
      while (p < end_ && (text_[p] == '.' || text_[p] == '!' || text_[p] == '?')) ++p;
    } else if (IsDash(cp) || cp == '*' || cp == '=' || cp == '_') {
      while (p < end_) {
        size_t q = p;
        if (At(&q) != cp) break;
        p = q;
      }
    }
    Emit(start, p, Kind::kPunct);
    return p;
  }

  std::string_view text_;
  std::string_view lang_;
  size_t end_ = 0;
  std::vector<RawToken> tokens_;
};

bool StartsLower(std::string_view text) {
  size_t pos = 0;
  return !text.empty() && IsLower(DecodeUtf8(text, &pos));
}

// Decides where sentences end among the tokens of one paragraph. Returns, for
// each token, whether a sentence ends after it.
std::vector<bool> FindSentenceEnds(std::string_view text, const std::vector<RawToken>& tokens) {
  std::vector<bool> ends(tokens.size(), false);
  if (tokens.empty()) return ends;
  auto surface = [&](size_t i) { return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const RawToken& t = tokens[i];
    const std::string_view s = surface(i);
    size_t last = i;  // the token after which the sentence would end
    bool candidate = false;
    if (t.kind == Kind::kPunct && IsTerminal(s)) {
      candidate = true;
      // Closing quotes and brackets glued to the mark belong to this sentence.
      while (last + 1 < tokens.size() && tokens[last + 1].begin == tokens[last].end) {
        size_t pos = 0;
        const std::string_view next = surface(last + 1);
        if (!IsClosingPunct(DecodeUtf8(next, &pos)) || pos != next.size()) break;
        ++last;
      }
    } else if (t.abbreviation) {
      // "Gen." never ends a sentence; "U.S." or "Inc." does when the next
      // word clearly opens a new one.
      const std::string_view word = s.substr(0, s.size() - 1);
      const bool initial = CountCodePoints(word) == 1;
      const bool title = LookupAbbreviation(word, "") == AbbreviationKind::kTitle;
      if (!initial && !title && i + 1 < tokens.size()) {
        const std::string_view next = surface(i + 1);
        candidate = !StartsLower(next) && IsCommonSentenceStarter(next);
      }
    }
    if (!candidate || last + 1 >= tokens.size()) continue;
    const std::string_view next = surface(last + 1);
    if (StartsLower(next)) continue;  // "p.m. yesterday", "etc. and"
    // No sentence opens with a comma or a semicolon: "Charleston, W. Va., said".
    if (next == "," || next == ";" || next == ":") continue;
    ends[last] = true;
    i = last;
  }
  ends.back() = true;
  return ends;
}

// Spanish contractions: "del" = de + el, "al" = a + el. Returns the two
// words in the case of the surface, or nothing when `surface` is not one.
struct Contraction {
  std::string_view first, second;
};
std::optional<Contraction> SplitContraction(std::string_view surface, std::string_view next_surface) {
  std::string lower(surface);
  for (char& c : lower) c = static_cast<char>(c | 0x20);
  if (lower != "del" && lower != "al") return std::nullopt;
  // "Al Qaeda", "Al Jazeera": a capitalised "Al" before a name is part of it.
  if (surface[0] == 'A' && !next_surface.empty()) {
    size_t pos = 0;
    if (IsUpper(DecodeUtf8(next_surface, &pos))) return std::nullopt;
  }
  const bool capital = surface[0] == 'D' || surface[0] == 'A';
  const bool all_caps = surface[1] >= 'A' && surface[1] <= 'Z';
  if (lower == "del")
    return Contraction{all_caps ? "DE" : capital ? "De" : "de", all_caps ? "EL" : "el"};
  return Contraction{capital ? "A" : "a", all_caps ? "EL" : "el"};
}

class SegmentStage : public Stage {
 public:
  std::string_view name() const override { return "segment"; }

  Status Process(Document& doc) const override {
    doc.sentences.clear();
    doc.tokens.clear();
    for (const Paragraph& p : doc.paragraphs) {
      if (p.skipped) continue;
      SegmentParagraph(doc, p.span, p.lang);
    }
    return Status::Ok();
  }
};

}  // namespace

void SegmentParagraph(Document& doc, Span span, std::string_view lang) {
  const std::string_view text = doc.text;
  Tokenizer tokenizer(text, lang);
  const std::vector<RawToken> raw = tokenizer.Run(span.begin, span.end);
  if (raw.empty()) return;
  const std::vector<bool> ends = FindSentenceEnds(text, raw);

  Sentence sentence;
  sentence.lang = std::string(lang);
  sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
  sentence.span.begin = raw.front().begin;
  uint32_t in_sentence = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    const RawToken& r = raw[i];
    const std::string_view surface = text.substr(r.begin, r.end - r.begin);
    const bool space_after = i + 1 < raw.size() ? raw[i + 1].begin > r.end : true;
    const std::string_view next_surface =
        i + 1 < raw.size() ? text.substr(raw[i + 1].begin, raw[i + 1].end - raw[i + 1].begin)
                           : std::string_view();
    const std::optional<Contraction> contraction =
        lang == "es" && r.kind == Kind::kWord ? SplitContraction(surface, next_surface) : std::nullopt;
    if (contraction) {
      Token a, b;
      a.span = b.span = Span{r.begin, r.end};
      a.form = std::string(contraction->first);
      b.form = std::string(contraction->second);
      a.part = 0, b.part = 1;
      a.parts = b.parts = 2;
      a.space_after = false;
      b.space_after = space_after;
      doc.tokens.push_back(std::move(a));
      doc.tokens.push_back(std::move(b));
    } else if (std::vector<std::string> words =
                   lang == "es" && r.kind == Kind::kWord ? SplitSpanishClitics(ToNfc(surface))
                                                         : std::vector<std::string>();
               !words.empty()) {
      // A verb with enclitic pronouns: one word per part, sharing the span.
      for (size_t k = 0; k < words.size(); ++k) {
        Token t;
        t.span = Span{r.begin, r.end};
        t.form = std::move(words[k]);
        t.part = static_cast<uint8_t>(k);
        t.parts = static_cast<uint8_t>(words.size());
        t.space_after = k + 1 == words.size() ? space_after : false;
        doc.tokens.push_back(std::move(t));
      }
    } else {
      Token t;
      t.span = Span{r.begin, r.end};
      t.form = ToNfc(surface);
      t.space_after = space_after;
      doc.tokens.push_back(std::move(t));
    }
    ++in_sentence;
    if (ends[i] || in_sentence >= kMaxSentenceTokens) {
      sentence.span.end = r.end;
      sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back(sentence);
      sentence.first_token = sentence.end_token;
      if (i + 1 < raw.size()) sentence.span.begin = raw[i + 1].begin;
      in_sentence = 0;
    }
  }
}

std::unique_ptr<Stage> NewSegmentStage(const StageOptions&) {
  return std::make_unique<SegmentStage>();
}

}  // namespace strabo

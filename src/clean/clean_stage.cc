#include "clean/clean_stage.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "clean/boilerplate.h"
#include "clean/language.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo {
namespace {

struct Line {
  Span span;  // trimmed of surrounding white space; empty for a blank line
};

// Splits `text` into lines at \n (a \r before it is part of the break) and
// the Unicode line and paragraph separators.
std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0, pos = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    // Trim white space, including non-ASCII spaces such as NBSP.
    while (b < e) {
      size_t p = b;
      if (!IsSpace(DecodeUtf8(text, &p))) break;
      b = p;
    }
    while (e > b) {
      size_t back = e - 1;
      while (back > b && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
      size_t p = back;
      if (!IsSpace(DecodeUtf8(text, &p))) break;
      e = back;
    }
    lines.push_back({Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}});
  };
  while (pos < text.size()) {
    const size_t here = pos;
    const char32_t cp = DecodeUtf8(text, &pos);
    if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
      emit(here);
      start = pos;
    }
  }
  emit(text.size());
  return lines;
}

char32_t LastCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  size_t back = s.size() - 1;
  while (back > 0 && (static_cast<unsigned char>(s[back]) & 0xC0) == 0x80) --back;
  return DecodeUtf8(s, &back);
}

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &pos);
}

bool EndsSentence(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '"' || cp == 0x201D ||
         cp == 0x2026 || cp == ')' || cp == 0xBB;
}

// Hard-wrapped prose: most lines are of similar, moderate length.
bool LooksHardWrapped(std::string_view text, const std::vector<Line>& lines) {
  size_t nonblank = 0, wrapped = 0;
  for (const Line& line : lines) {
    if (line.span.empty()) continue;
    ++nonblank;
    const size_t len = CountCodePoints(text.substr(line.span.begin, line.span.size()));
    if (len >= 40 && len <= 100) ++wrapped;
  }
  return nonblank >= 3 && wrapped * 10 >= nonblank * 7;
}

class CleanStage : public Stage {
 public:
  explicit CleanStage(const StageOptions& options) : forced_lang_(options.lang) {
    if (forced_lang_ == "auto") forced_lang_.clear();
  }

  std::string_view name() const override { return "clean"; }

  Status Process(Document& doc) const override {
    FindParagraphs(doc);
    AssignLanguages(doc);
    return Status::Ok();
  }

 private:
  void FindParagraphs(Document& doc) const {
    const std::string_view text = doc.text;
    const std::vector<Line> lines = SplitLines(text);
    const bool hard_wrapped = LooksHardWrapped(text, lines);

    doc.paragraphs.clear();
    doc.skipped.clear();
    bool open = false;        // the last paragraph can still grow
    std::string_view previous;
    for (const Line& line : lines) {
      if (line.span.empty()) {
        open = false;
        continue;
      }
      const std::string_view content = text.substr(line.span.begin, line.span.size());
      if (auto reason = ClassifyLine(content)) {
        doc.skipped.push_back({line.span, *reason});
        doc.paragraphs.push_back({line.span, "und", true});
        open = false;
        continue;
      }
      const bool continues = open && !EndsSentence(LastCodePoint(previous)) &&
                             (IsLower(FirstCodePoint(content)) || hard_wrapped);
      if (continues) {
        doc.paragraphs.back().span.end = line.span.end;
      } else {
        doc.paragraphs.push_back({line.span, "und", false});
      }
      open = true;
      previous = content;
    }
  }

  void AssignLanguages(Document& doc) const {
    if (!forced_lang_.empty()) {
      for (Paragraph& p : doc.paragraphs) p.lang = forced_lang_;
      doc.lang = forced_lang_;
      return;
    }
    // Each paragraph on its own evidence; the document's language is the one
    // with most reliably identified prose. A paragraph too short to identify
    // reliably (a headline, a dateline) takes the document's language.
    std::vector<LanguageGuess> guesses(doc.paragraphs.size());
    std::map<std::string, size_t> bytes_by_lang;
    for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
      const Paragraph& p = doc.paragraphs[i];
      guesses[i] = DetectLanguage(Prefix(doc.Text(p.span)), doc.lang_hint);
      if (!p.skipped && guesses[i].reliable && guesses[i].code != "und")
        bytes_by_lang[guesses[i].code] += p.span.size();
    }
    doc.lang = !doc.lang_hint.empty() ? doc.lang_hint : "und";
    size_t best = 0;
    for (const auto& [lang, bytes] : bytes_by_lang)
      if (bytes > best) best = bytes, doc.lang = lang;
    // Nothing identified reliably and no hint (a one-sentence snippet, an
    // ACLED-style note): the best guess for the longest paragraph beats no
    // language, which would leave the text unanalysed.
    if (best == 0 && doc.lang_hint.empty()) {
      size_t longest = 0;
      for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const Paragraph& p = doc.paragraphs[i];
        if (!p.skipped && guesses[i].code != "und" && p.span.size() > longest) {
          longest = p.span.size();
          doc.lang = guesses[i].code;
        }
      }
    }
    // A short text placed in no language strabo codes: its function words
    // decide (VoteEnglishOrSpanish), for every paragraph.
    constexpr size_t kShortText = 300;
    if (doc.lang_hint.empty() && doc.text.size() <= kShortText && doc.lang != "en" &&
        doc.lang != "es") {
      const std::string vote = VoteEnglishOrSpanish(doc.text);
      if (!vote.empty()) {
        doc.lang = vote;
        for (Paragraph& p : doc.paragraphs) p.lang = vote;
        return;
      }
    }
    for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
      const LanguageGuess& g = guesses[i];
      doc.paragraphs[i].lang =
          g.reliable && g.code != "und" && !TakesDocumentLanguage(doc, doc.paragraphs[i], g)
              ? g.code
              : doc.lang;
    }
  }

  // Whether a paragraph that the identifier placed reliably in another
  // language than its document's is still in the document's language. CLD2
  // calls short lines and lines full of names reliable in languages they
  // are not: in Spanish agency copy a dateline ("Barcelona , 23 may ( EFE )")
  // was Catalan, a tennis result English, a sentence of names
  // ("representantes de Tailandia , China , Corea del Sur ...") English. So
  // a paragraph whose function words vote for the document's language
  // (VoteEnglishOrSpanish) takes it, and so does one of fewer than
  // kOwnLanguageBytes bytes whose function words vote for neither; a short
  // paragraph they place in the other language keeps its own (the founding
  // article's Spanish headline in an English article).
  static bool TakesDocumentLanguage(const Document& doc, const Paragraph& p,
                                    const LanguageGuess& guess) {
    constexpr size_t kOwnLanguageBytes = 160;
    if (guess.code == doc.lang || doc.lang == "und") return false;
    const std::string vote = VoteEnglishOrSpanish(doc.Text(p.span));
    return vote == doc.lang || (vote.empty() && p.span.size() < kOwnLanguageBytes);
  }

  // At most the first kMaxIdentifyBytes of a paragraph (cut at a code point
  // boundary): enough to identify its language, and it bounds the cost.
  static std::string_view Prefix(std::string_view text) {
    constexpr size_t kMaxIdentifyBytes = 2048;
    if (text.size() <= kMaxIdentifyBytes) return text;
    size_t cut = kMaxIdentifyBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
  }

  std::string forced_lang_;
};

}  // namespace

std::unique_ptr<Stage> NewCleanStage(const StageOptions& options) {
  return std::make_unique<CleanStage>(options);
}

}  // namespace strabo

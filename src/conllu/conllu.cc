#include "conllu/conllu.h"

#include <charconv>

#include "util/file.h"

namespace strabo {
namespace {

bool ParseInt(std::string_view s, int* out) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Splits a row into exactly ten columns; false when it has another count.
bool SplitColumns(std::string_view line, std::string_view (&cols)[10]) {
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (n == 10) return false;
      cols[n++] = line.substr(start, i - start);
      start = i + 1;
    }
  }
  return n == 10;
}

std::string Str(std::string_view s) { return std::string(s); }

}  // namespace

bool NoSpaceAfter(std::string_view misc) {
  size_t start = 0;
  while (start <= misc.size()) {
    size_t end = misc.find('|', start);
    if (end == std::string_view::npos) end = misc.size();
    if (misc.substr(start, end - start) == "SpaceAfter=No") return true;
    start = end + 1;
  }
  return false;
}

bool ConlluReader::Next(ConlluSentence* sentence, Status* status) {
  *sentence = ConlluSentence();
  *status = Status::Ok();
  bool any = false;
  auto fail = [&](const std::string& why) {
    if (status->ok()) *status = Status::InvalidInput(origin_ + ":" + std::to_string(line_) + ": " + why);
  };
  while (pos_ < text_.size()) {
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view line = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++line_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (any) break;
      continue;
    }
    if (!any) sentence->line = line_;
    any = true;
    if (line[0] == '#') {
      sentence->comments.emplace_back(line);
      continue;
    }
    if (!status->ok()) continue;  // skip the rest of a broken sentence
    std::string_view cols[10];
    if (!SplitColumns(line, cols)) {
      fail("expected 10 tab-separated columns");
      continue;
    }
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node (enhanced graphs)
    if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluRange r;
      if (!ParseInt(id.substr(0, dash), &r.first) || !ParseInt(id.substr(dash + 1), &r.last) ||
          r.first != static_cast<int>(sentence->words.size()) + 1 || r.last < r.first ||
          r.last - r.first > 8) {
        fail("bad multi-word token range '" + Str(id) + "'");
        continue;
      }
      r.form = Str(cols[1]);
      r.misc = Str(cols[9]);
      sentence->ranges.push_back(std::move(r));
      continue;
    }
    int n = 0;
    if (!ParseInt(id, &n) || n != static_cast<int>(sentence->words.size()) + 1) {
      fail("word ID '" + Str(id) + "' out of sequence (expected " +
           std::to_string(sentence->words.size() + 1) + ")");
      continue;
    }
    if (cols[1].empty()) {
      fail("empty FORM");
      continue;
    }
    ConlluWord w;
    w.form = Str(cols[1]);
    w.lemma = Str(cols[2]);
    w.upos = Str(cols[3]);
    w.xpos = Str(cols[4]);
    w.feats = Str(cols[5]);
    if (!forms_only_ && cols[6] != "_" && (!ParseInt(cols[6], &w.head) || w.head < 0)) {
      fail("bad HEAD '" + Str(cols[6]) + "'");
      continue;
    }
    w.deprel = Str(cols[7]);
    w.deps = Str(cols[8]);
    w.misc = Str(cols[9]);
    sentence->words.push_back(std::move(w));
  }
  if (!any) return false;
  if (status->ok()) {
    // Whole-sentence checks are reported at the sentence's first line.
    auto fail_sentence = [&](const std::string& why) {
      if (status->ok())
        *status = Status::InvalidInput(origin_ + ":" + std::to_string(sentence->line) + ": " + why);
    };
    const int n = static_cast<int>(sentence->words.size());
    if (n == 0) fail_sentence("sentence has no words");
    for (const ConlluWord& w : sentence->words)
      if (w.head > n) fail_sentence("HEAD " + std::to_string(w.head) + " is past the end of the sentence");
    for (const ConlluRange& r : sentence->ranges)
      if (r.last > n) fail_sentence("multi-word token runs past the end of the sentence");
  }
  return true;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path, int* bad_sentences,
                                                   std::string* first_error) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  ConlluReader reader(*data, path);
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  Status status;
  int bad = 0;
  while (reader.Next(&s, &status)) {
    if (!status.ok()) {
      if (bad++ == 0 && first_error) *first_error = status.message();
      continue;
    }
    out.push_back(std::move(s));
  }
  if (bad_sentences) *bad_sentences = bad;
  return out;
}

void AppendConllu(const ConlluSentence& s, std::string* out) {
  for (const std::string& c : s.comments) out->append(c).push_back('\n');
  size_t next_range = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (next_range < s.ranges.size() && s.ranges[next_range].first == id) {
      const ConlluRange& r = s.ranges[next_range++];
      out->append(std::to_string(r.first)).push_back('-');
      out->append(std::to_string(r.last)).push_back('\t');
      out->append(r.form).append("\t_\t_\t_\t_\t_\t_\t_\t").append(r.misc).push_back('\n');
    }
    const ConlluWord& w = s.words[i];
    auto col = [&](const std::string& v) { out->append(v.empty() ? "_" : v).push_back('\t'); };
    out->append(std::to_string(id)).push_back('\t');
    col(w.form);
    col(w.lemma);
    col(w.upos);
    col(w.xpos);
    col(w.feats);
    out->append(w.head < 0 ? "_" : std::to_string(w.head)).push_back('\t');
    col(w.deprel);
    col(w.deps);
    out->append(w.misc.empty() ? "_" : w.misc).push_back('\n');
  }
  out->push_back('\n');
}

namespace {

// Calls f(first_word, last_word, surface, misc) for each surface token.
template <typename F>
void ForEachSurfaceToken(const ConlluSentence& s, F&& f) {
  size_t next_range = 0;
  for (size_t i = 0; i < s.words.size();) {
    const int id = static_cast<int>(i) + 1;
    if (next_range < s.ranges.size() && s.ranges[next_range].first == id) {
      const ConlluRange& r = s.ranges[next_range++];
      f(i, static_cast<size_t>(r.last - 1), std::string_view(r.form), std::string_view(r.misc));
      i = static_cast<size_t>(r.last);
    } else {
      f(i, i, std::string_view(s.words[i].form), std::string_view(s.words[i].misc));
      ++i;
    }
  }
}

}  // namespace

std::string SentenceText(const ConlluSentence& s) {
  std::string text;
  ForEachSurfaceToken(s, [&](size_t, size_t last, std::string_view form, std::string_view misc) {
    text.append(form);
    if (last + 1 < s.words.size() && !NoSpaceAfter(misc)) text.push_back(' ');
  });
  return text;
}

Document DocumentFromConllu(const std::vector<ConlluSentence>& sentences, const std::string& lang) {
  Document doc;
  doc.lang = lang;
  for (const ConlluSentence& s : sentences) {
    Sentence sent;
    sent.lang = lang;
    sent.first_token = static_cast<uint32_t>(doc.tokens.size());
    sent.span.begin = sent.span.end = static_cast<uint32_t>(doc.text.size());
    ForEachSurfaceToken(s, [&](size_t first, size_t last, std::string_view form, std::string_view misc) {
      const Span span{static_cast<uint32_t>(doc.text.size()),
                      static_cast<uint32_t>(doc.text.size() + form.size())};
      doc.text.append(form);
      const bool space = !NoSpaceAfter(misc);
      const size_t parts = last - first + 1;
      for (size_t w = first; w <= last; ++w) {
        Token t;
        t.span = span;
        t.form = s.words[w].form;
        t.part = static_cast<uint8_t>(w - first);
        t.parts = static_cast<uint8_t>(parts);
        t.space_after = w == last ? space : false;
        doc.tokens.push_back(std::move(t));
      }
      sent.span.end = span.end;
      if (space) doc.text.push_back(' ');
    });
    sent.end_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sent);
    doc.text.push_back('\n');
  }
  Paragraph p;
  p.span = Span{0, static_cast<uint32_t>(doc.text.size())};
  p.lang = lang;
  doc.paragraphs.push_back(p);
  return doc;
}

void CopyAnalysis(const Document& doc, size_t index, ConlluSentence* s) {
  const Sentence& sent = doc.sentences[index];
  for (uint32_t i = 0; i < sent.num_tokens() && i < s->words.size(); ++i) {
    const Token& t = doc.tokens[sent.first_token + i];
    ConlluWord& w = s->words[i];
    w.lemma = t.lemma.empty() ? "_" : t.lemma;
    w.upos = std::string(ToString(t.upos));
    w.feats = t.feats.empty() ? "_" : t.feats;
    w.head = t.head;
    w.deprel = t.deprel.empty() ? "_" : t.deprel;
  }
}

ConlluSentence SentenceFromDocument(const Document& doc, size_t index) {
  const Sentence& sent = doc.sentences[index];
  ConlluSentence s;
  std::string text;
  for (uint32_t i = sent.first_token; i < sent.end_token;) {
    const Token& t = doc.tokens[i];
    const uint32_t n = t.part == 0 ? t.parts : 1;
    const bool last_token = i + n >= sent.end_token;
    const Token& tail = doc.tokens[std::min(i + n, sent.end_token) - 1];
    const std::string misc = !tail.space_after && !last_token ? "SpaceAfter=No" : "_";
    text.append(doc.Text(t.span));
    if (!last_token && tail.space_after) text.push_back(' ');
    if (n > 1) {
      ConlluRange r;
      r.first = static_cast<int>(i - sent.first_token) + 1;
      r.last = r.first + static_cast<int>(n) - 1;
      r.form = std::string(doc.Text(t.span));
      r.misc = misc;
      s.ranges.push_back(std::move(r));
    }
    for (uint32_t k = 0; k < n; ++k) {
      ConlluWord w;
      w.form = doc.tokens[i + k].form;
      if (n == 1) w.misc = misc;
      s.words.push_back(std::move(w));
    }
    i += n;
  }
  s.comments.push_back("# text = " + text);
  CopyAnalysis(doc, index, &s);
  return s;
}

}  // namespace strabo

namespace strabo {

ConlluScores ScoreConllu(const std::vector<ConlluSentence>& gold, const std::vector<ConlluSentence>& system,
                         std::string (*reduce_feats)(std::string_view)) {
  ConlluScores sc;
  size_t upos = 0, lemma = 0, feats = 0, uas = 0, las = 0, las_universal = 0;
  auto universal = [](std::string_view rel) { return rel.substr(0, rel.find(':')); };
  for (size_t k = 0; k < gold.size() && k < system.size(); ++k) {
    const ConlluSentence& g = gold[k];
    const ConlluSentence& s = system[k];
    bool same = g.words.size() == s.words.size();
    for (size_t i = 0; same && i < g.words.size(); ++i) same = g.words[i].form == s.words[i].form;
    if (!same) {
      ++sc.mismatched;
      continue;
    }
    ++sc.sentences;
    for (size_t i = 0; i < g.words.size(); ++i) {
      const ConlluWord& a = g.words[i];
      const ConlluWord& b = s.words[i];
      upos += a.upos == b.upos;
      lemma += a.lemma == b.lemma;
      feats += reduce_feats ? reduce_feats(a.feats) == reduce_feats(b.feats) : a.feats == b.feats;
      if (a.head == b.head) {
        ++uas;
        las += a.deprel == b.deprel;
        las_universal += universal(a.deprel) == universal(b.deprel);
      }
    }
    sc.words += g.words.size();
  }
  sc.mismatched += gold.size() > system.size() ? gold.size() - system.size() : system.size() - gold.size();
  const double n = sc.words ? static_cast<double>(sc.words) : 1.0;
  sc.upos = 100.0 * upos / n;
  sc.lemma = 100.0 * lemma / n;
  sc.feats = 100.0 * feats / n;
  sc.uas = 100.0 * uas / n;
  sc.las = 100.0 * las / n;
  sc.las_universal = 100.0 * las_universal / n;
  return sc;
}

}  // namespace strabo

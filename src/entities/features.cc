#include "entities/features.h"

#include <algorithm>
#include <string>

#include "entities/labels.h"
#include "util/hash.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::ner {
namespace {

// Template ids. Never renumber: they are hashed into trained models.
enum Templ : uint32_t {
  kBias = 1, kWord, kForm, kShape, kPrefix, kSuffix, kWordM1, kWordP1, kWordM2, kWordP2,
  kShapeM1, kShapeP1, kShortTri, kBigramL, kBigramR, kFirst, kCapsWord, kGaz, kGazShape,
  kGazM1, kGazP1, kCapsGaz, kPrev, kPrev2, kPrevWord, kPrevShape, kCapsShape,
  kWordM1Shape, kShapeWordP1, kQuoted, kCluster, kClusterM1, kClusterP1, kClusterShape,
  kBigramM2M1, kBigramP1P2, kSuffixM1, kSuffixP1, kLastEntity, kBagOfWords, kLastEntityShape,
  // Feature version 2.
  kCase, kCaseShape, kCaseM1, kCaseP1, kMemory, kMemoryShape,
};

constexpr size_t kBagWindow = 6;

constexpr uint64_t kBoundary = 0x5b626f756e645dULL;  // outside the sentence

uint64_t H(std::string_view s) { return Hash64(s, 0x4e4552); }

}  // namespace

uint16_t CaseCode(uint32_t lower, uint32_t capitalised, bool listed_lower, bool listed_capitalised) {
  const uint32_t n = lower + capitalised;
  int bucket = 0;
  if (n >= 2) {
    const double share = static_cast<double>(capitalised) / n;
    bucket = share < 0.05 ? 1 : share < 0.5 ? 2 : share < 0.95 ? 3 : 4;
  }
  const int listed = (listed_lower ? 1 : 0) | (listed_capitalised ? 2 : 0);
  if (bucket == 0 && listed == 0) return 0;
  return static_cast<uint16_t>(1 + 4 * bucket + listed);
}

uint64_t DocumentMemory::KeyOf(std::string_view word) { return H(FoldCase(word)); }

void DocumentMemory::Record(const SentenceFeatures& sf, std::span<const int> tags) {
  for (size_t i = 0; i < sf.info_.size() && i < tags.size(); ++i) {
    const SentenceFeatures::WordInfo& w = sf.info_[i];
    if (w.cap != 1 && w.cap != 2) continue;
    if (tags[i] > 0) {
      seen_[w.lower] |= static_cast<uint8_t>(1u << static_cast<int>(TagType(tags[i])));
    } else if (i > 0 && !sf.caps_sentence_) {
      seen_[w.lower] |= kOutside;  // capitalised mid-sentence, yet no name
    }
  }
}

void SentenceFeatures::Prepare(std::span<const std::string_view> words, const Gazetteer& gazetteer,
                               const WordClusters* clusters, const WordClusters* casing,
                               const DocumentMemory* memory) {
  const size_t n = words.size();
  info_.assign(n, WordInfo());
  word_hashes_.resize(n);
  size_t letters_words = 0, caps_words = 0;
  std::string shape, short_shape, scratch;
  std::vector<size_t> cp_starts;
  for (size_t i = 0; i < n; ++i) {
    // Words with ASCII apostrophes and quotes, as the training corpora write
    // them: "O’Brien" is "O'Brien" (the quotation marks below keep their
    // direction, read from the words as written).
    const std::string_view w = FoldTypography(words[i], &scratch);
    WordInfo& info = info_[i];
    const std::string lower = FoldCase(w);
    info.lower = H(lower);
    info.form = H(w);
    if (clusters) info.cluster = clusters->Find(w);
    if (casing) info.casing = casing->Find(lower);
    if (memory) info.memory = memory->Find(info.lower);
    word_hashes_[i] = Gazetteer::WordHash(lower);

    shape.clear();
    short_shape.clear();
    bool has_upper = false, has_lower = false, has_digit = false, first_upper = false;
    char last = 0;
    int run = 0;
    size_t pos = 0;
    while (pos < w.size()) {
      const char32_t cp = DecodeUtf8(w, &pos);
      char c;
      if (IsUpper(cp)) c = 'X', has_upper = true;
      else if (IsLetter(cp) || IsMark(cp)) c = 'x', has_lower = true;
      else if (IsDigit(cp)) c = 'd', has_digit = true;
      else c = cp < 128 ? static_cast<char>(cp) : '*';
      if (shape.empty()) first_upper = c == 'X';
      run = c == last ? run + 1 : 1;
      if (run <= 4) shape.push_back(c);
      if (run == 1) short_shape.push_back(c);
      last = c;
    }
    info.shape = H(shape);
    info.short_shape = H(short_shape);
    if (has_upper && !has_lower) info.cap = 2;
    else if (first_upper) info.cap = 1;
    else if (has_digit && !has_lower) info.cap = 3;
    if (has_upper || has_lower) {
      ++letters_words;
      if (has_upper && !has_lower) ++caps_words;
    }

    // Affixes over code points of the folded word.
    cp_starts.clear();
    for (size_t p = 0; p < lower.size();) {
      cp_starts.push_back(p);
      DecodeUtf8(lower, &p);
    }
    const size_t cps = cp_starts.size();
    for (size_t k = 1; k <= 4; ++k) {
      if (k > cps) {
        info.prefix[k - 1] = info.suffix[k - 1] = 0;
        continue;
      }
      const size_t pre_end = k < cps ? cp_starts[k] : lower.size();
      info.prefix[k - 1] = H(std::string_view(lower).substr(0, pre_end));
      info.suffix[k - 1] = H(std::string_view(lower).substr(cp_starts[cps - k]));
    }
  }
  // Inside quotation marks: titles of works, events, slogans (MISC).
  bool open_quote = false;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = words[i];
    const bool quote = w == "\"" || w == "\u00ab" || w == "\u00bb" || w == "\u201c" || w == "\u201d" || w == "``" || w == "''";
    if (quote) {
      open_quote = w == "\u00ab" || w == "\u201c" || w == "``" ? true
                   : w == "\u00bb" || w == "\u201d" || w == "''" ? false
                                                           : !open_quote;
      continue;
    }
    info_[i].quoted = open_quote;
  }
  caps_sentence_ = letters_words >= 3 && caps_words * 10 >= letters_words * 8;
  // Gazetteer matching sees hyphenated words as their parts, so that
  // "Inezgane-Ait Melloul" finds "Inezgane" and "Ait Melloul"; a word takes
  // the codes of its first part that has any for each list.
  part_hashes_.clear();
  part_word_.clear();
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = words[i];
    size_t start = 0;
    const size_t first = part_hashes_.size();
    for (size_t k = 1; k + 1 < w.size(); ++k) {
      if (w[k] != '-' || k == start) continue;
      part_hashes_.push_back(Gazetteer::WordHashOf(w.substr(start, k - start)));
      part_word_.push_back(static_cast<uint32_t>(i));
      start = k + 1;
    }
    if (part_hashes_.size() == first) {
      part_hashes_.push_back(word_hashes_[i]);
    } else {
      part_hashes_.push_back(Gazetteer::WordHashOf(w.substr(start)));
    }
    part_word_.push_back(static_cast<uint32_t>(i));
  }
  std::vector<uint32_t> codes;
  gazetteer.Match(part_hashes_, &codes);
  for (size_t p = 0; p < codes.size(); ++p) {
    uint32_t& g = info_[part_word_[p]].gaz;
    for (int l = 0; l < Gazetteer::kNumLists; ++l) {
      const uint32_t field = 0xFu << (4 * l);
      if (!(g & field)) g |= codes[p] & field;
    }
  }
}

void SentenceFeatures::Static(size_t i, FeatureBuilder* fb) const {
  const WordInfo& w = info_[i];
  const WordInfo* m1 = i > 0 ? &info_[i - 1] : nullptr;
  const WordInfo* m2 = i > 1 ? &info_[i - 2] : nullptr;
  const WordInfo* p1 = i + 1 < info_.size() ? &info_[i + 1] : nullptr;
  const WordInfo* p2 = i + 2 < info_.size() ? &info_[i + 2] : nullptr;
  const uint64_t caps = caps_sentence_ ? 1 : 0;

  fb->AddFlag(kBias);
  fb->AddIds(kWord, w.lower);
  if (!caps_sentence_) fb->AddIds(kForm, w.form);
  fb->AddIds(kShape, w.shape, caps);
  for (int k = 0; k < 4; ++k) {
    if (w.prefix[k]) fb->AddIds(kPrefix, k, w.prefix[k]);
    if (w.suffix[k]) fb->AddIds(kSuffix, k, w.suffix[k]);
  }
  fb->AddIds(kWordM1, m1 ? m1->lower : kBoundary);
  fb->AddIds(kWordP1, p1 ? p1->lower : kBoundary);
  fb->AddIds(kWordM2, m2 ? m2->lower : kBoundary);
  fb->AddIds(kWordP2, p2 ? p2->lower : kBoundary);
  fb->AddIds(kShapeM1, m1 ? m1->shape : kBoundary, caps);
  fb->AddIds(kShapeP1, p1 ? p1->shape : kBoundary, caps);
  fb->AddIds(kShortTri, m1 ? m1->short_shape : kBoundary, w.short_shape,
             p1 ? p1->short_shape : kBoundary);
  fb->AddIds(kBigramL, m1 ? m1->lower : kBoundary, w.lower);
  fb->AddIds(kBigramR, w.lower, p1 ? p1->lower : kBoundary);
  if (i == 0) fb->AddIds(kFirst, w.short_shape);
  fb->AddIds(kWordM1Shape, m1 ? m1->lower : kBoundary, w.short_shape);
  fb->AddIds(kShapeWordP1, w.short_shape, p1 ? p1->lower : kBoundary);
  if (w.quoted) fb->AddIds(kQuoted, w.short_shape);
  fb->AddIds(kBigramM2M1, m2 ? m2->lower : kBoundary, m1 ? m1->lower : kBoundary);
  fb->AddIds(kBigramP1P2, p1 ? p1->lower : kBoundary, p2 ? p2->lower : kBoundary);
  // Words around a capitalised word, regardless of position: the topic
  // decides whether "Barcelona" is the city or the club.
  if (w.cap == 1 || w.cap == 2) {
    const size_t lo = i > kBagWindow ? i - kBagWindow : 0;
    const size_t hi = std::min(info_.size(), i + kBagWindow + 1);
    for (size_t k = lo; k < hi; ++k)
      if (k + 1 < i || k > i + 1) fb->AddIds(kBagOfWords, info_[k].lower);
  }
  if (m1 && m1->suffix[2]) fb->AddIds(kSuffixM1, m1->suffix[2]);
  if (p1 && p1->suffix[2]) fb->AddIds(kSuffixP1, p1->suffix[2]);
  if (w.cluster != WordClusters::kNone) {
    fb->AddIds(kCluster, w.cluster);
    fb->AddIds(kClusterShape, w.cluster, w.cap);
  }
  if (m1 && m1->cluster != WordClusters::kNone) fb->AddIds(kClusterM1, m1->cluster);
  if (p1 && p1->cluster != WordClusters::kNone) fb->AddIds(kClusterP1, p1->cluster);
  // The word's usual case against how it is written here: a capitalised
  // word that raw text writes in lower case is a sentence-initial or
  // headline word, not a name; one never seen anywhere is a name or a typo.
  {
    const uint64_t pos = caps_sentence_ ? 2 : i == 0 ? 1 : 0;
    const uint64_t code = w.casing == WordClusters::kNone ? 0 : w.casing + 1;
    if (code) fb->AddIds(kCase, code);
    fb->AddIds(kCaseShape, code, w.cap, pos);
    if (w.cap == 1 || w.cap == 2) {
      if (m1) fb->AddIds(kCaseM1, m1->casing == WordClusters::kNone ? 0 : m1->casing + 1, m1->cap);
      if (p1) fb->AddIds(kCaseP1, p1->casing == WordClusters::kNone ? 0 : p1->casing + 1, p1->cap);
    }
  }
  if (w.memory && (w.cap == 1 || w.cap == 2)) {
    fb->AddIds(kMemory, w.memory);
    fb->AddIds(kMemoryShape, w.memory, caps_sentence_ ? 9 : w.cap, i == 0);
  }
  if (caps_sentence_) {
    fb->AddIds(kCapsWord, w.lower);
    fb->AddIds(kCapsShape, w.short_shape);
  }
  for (int t = 0; t < Gazetteer::kNumLists; ++t) {
    const uint64_t code = (w.gaz >> (4 * t)) & 0xF;
    if (!code) continue;
    fb->AddIds(kGaz, t, code);
    fb->AddIds(kGazShape, t, code, caps_sentence_ ? 9 : w.cap);
  }
  if (m1) fb->AddIds(kGazM1, m1->gaz, w.gaz != 0);
  if (p1) fb->AddIds(kGazP1, p1->gaz, w.gaz != 0);
  if (caps_sentence_ && w.gaz) fb->AddIds(kCapsGaz, w.gaz);
}

void SentenceFeatures::Dynamic(size_t i, int prev, int prev2, int last_type, FeatureBuilder* fb) const {
  const WordInfo& w = info_[i];
  if (last_type >= 0) {
    const uint64_t t = static_cast<uint64_t>(last_type + 1);
    fb->AddIds(kLastEntity, t, i > 0 ? info_[i - 1].lower : kBoundary);
    fb->AddIds(kLastEntityShape, t, w.cap);
  }
  const uint64_t p = static_cast<uint64_t>(prev + 1), p2 = static_cast<uint64_t>(prev2 + 1);
  fb->AddIds(kPrev, p);
  fb->AddIds(kPrev2, p2, p);
  fb->AddIds(kPrevWord, p, w.lower);
  fb->AddIds(kPrevShape, p, w.short_shape);
}

}  // namespace strabo::ner

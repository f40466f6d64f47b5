// Span-level evaluation of the entity recogniser: a predicted entity counts
// only when its words and its type both match a gold entity exactly (the
// CoNLL measure). Precision, recall and F1 per type and overall.
#pragma once

#include <string>
#include <vector>

#include "entities/corpus.h"
#include "entities/tagger.h"

namespace strabo::ner {

struct Counts {
  uint64_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? 100.0 * tp / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? 100.0 * tp / (tp + fn) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct NerScores {
  Counts by_type[kNumTypes];
  Counts all;
  bool misc_scored = true;  // false for corpora without MISC annotation

  // Adds one sentence. Without MISC annotation, predicted MISC is ignored.
  void Add(const std::vector<TokenSpan>& gold, const std::vector<TokenSpan>& predicted);
  // A table: one line per type and "all", with P, R, F1 and counts.
  std::string Table() const;
};

// The tagger's entities for every sentence of `corpus`, with the document
// memory (features.h) and the document decisions of resolve.h applied per
// document when `document_level` (the memory only when `memory` too;
// `countries_as_places` as in resolve.h).
std::vector<std::vector<TokenSpan>> PredictCorpus(const NerTagger& tagger, const NerCorpus& corpus,
                                                  bool document_level, bool memory = true,
                                                  bool countries_as_places = false);

NerScores Evaluate(const NerTagger& tagger, const NerCorpus& corpus, bool document_level, bool memory = true);

}  // namespace strabo::ner

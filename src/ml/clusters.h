// Word clusters induced from unlabelled text, a feature that lets the
// recogniser generalise from the few names in its gold data to words it has
// only seen in raw news ("Groupon" clusters with other company names).
//
// Method: the exchange algorithm for a class bigram model (Kneser & Ney
// 1993; Martin, Liermann & Ney 1998). Words seen at least `min_count` times
// (case kept) start in clusters by frequency rank; each pass moves every word
// to the cluster that most raises the likelihood of the text under
//   P(w_i | w_{i-1}) = P(c_i | c_{i-1}) P(w_i | c_i),
// i.e. maximises Σ N(c,d) log N(c,d) − Σ N(c·) log N(c·) − Σ N(·d) log N(·d).
// Deterministic. Serialised as a container section (doc/formats/ner-model.md).
// Shared by the trained stages (src/ml): the entity model and the parser each
// store a table in their own file, so that every model stays self-contained.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ml/features.h"
#include "strabo/status.h"

namespace strabo {

class WordClusters {
 public:
  static constexpr uint16_t kNone = 0xFFFF;

  struct Options {
    int clusters = 256;
    int min_count = 3;
    int iterations = 12;
    std::function<void(const std::string&)> log;
  };

  // Induces clusters from sentences of tokens.
  static WordClusters Induce(const std::vector<std::vector<std::string>>& sentences,
                             const Options& options);

  // A table of given codes (< num_codes) rather than induced clusters: the
  // same lookup and file layout serve other word classes (the case profile
  // of features.h, keyed by folded words).
  static WordClusters FromCodes(int num_codes, const std::vector<std::pair<std::string, uint16_t>>& codes);

  // The cluster of a word as written, or kNone.
  uint16_t Find(std::string_view word) const;
  size_t size() const { return ids_.size(); }
  int num_clusters() const { return num_clusters_; }

  std::string Serialize() const;
  static Result<WordClusters> Deserialize(std::string_view bytes, const std::string& origin);

 private:
  static uint64_t Key(std::string_view word);
  void Set(std::string_view word, uint16_t cluster);

  int num_clusters_ = 0;
  FeatureMap map_;             // word key → row
  std::vector<uint16_t> ids_;  // row → cluster
};

}  // namespace strabo

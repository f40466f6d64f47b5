// The trained entity recogniser for one language: a greedy left-to-right
// BILOU tagger over a sparse averaged-perceptron model, with gazetteer and
// alias tables, all loaded from one container file (kind "ner",
// doc/formats/ner-model.md).
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/aliases.h"
#include "entities/features.h"
#include "entities/gazetteer.h"
#include "entities/labels.h"
#include "entities/resolve.h"
#include "ml/linear_model.h"
#include "strabo/status.h"
#include "util/container.h"

namespace strabo::ner {

inline constexpr std::string_view kNerKind = "ner";
inline constexpr uint32_t kNerKindVersion = 1;

// Greedy decoding with BILOU constraints: at each word the best tag that may
// follow the previous one (and, at the last word, may end a sentence).
// `score(features, scores)` is LinearModel::Score or PerceptronTrainer::Score.
// `score(features, scores)` sets scores[0, kNumTags).
template <typename ScoreFn>
void GreedyDecode(const SentenceFeatures& sf, ScoreFn&& score, std::vector<int>* tags) {
  const size_t n = sf.size();
  tags->assign(n, 0);
  FeatureBuilder fb;
  float s[kNumTags], d[kNumTags];
  int prev = -1, prev2 = -1, last_type = -1;
  for (size_t i = 0; i < n; ++i) {
    fb.Clear();
    sf.Static(i, &fb);
    score(fb.features(), s);
    fb.Clear();
    if (prev > 0 && (TagPosition(prev) == kL || TagPosition(prev) == kU))
      last_type = static_cast<int>(TagType(prev));
    sf.Dynamic(i, prev, prev2, last_type, &fb);
    score(fb.features(), d);
    int best = -1;
    for (int t = 0; t < kNumTags; ++t) {
      if (!ValidTransition(prev, t) || (i + 1 == n && !ValidEnd(t))) continue;
      if (best < 0 || s[t] + d[t] > s[best] + d[best]) best = t;
    }
    (*tags)[i] = best;
    prev2 = prev;
    prev = best;
  }
}

// Entity spans of a valid BILOU tag sequence.
std::vector<TokenSpan> SpansOf(std::span<const int> tags);

class NerTagger {
 public:
  static Result<NerTagger> Open(const std::string& path);
  static Result<NerTagger> FromBytes(std::string_view bytes, const std::string& origin);

  // Finds the entities of one sentence (surface words). `memory` (may be
  // null) holds what the tagger said earlier in the same article; the
  // sentence's own tags are added to it.
  std::vector<TokenSpan> Tag(std::span<const std::string_view> words, DocumentMemory* memory = nullptr) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }
  const AliasTable& aliases() const { return aliases_; }
  const WordClusters* clusters() const { return clusters_.size() ? &clusters_ : nullptr; }
  const WordClusters* casing() const { return casing_.size() ? &casing_ : nullptr; }
  const LinearModel& model() const { return model_; }
  const std::map<std::string, std::string>& settings() const { return settings_; }
  const std::string& lang() const { return lang_; }
  // Whether a name alone in quotation marks includes the marks (rule 4 of
  // resolve.h): CoNLL-2002 Spanish (es.ner's training data) writes [" La vida
  // es silbar "]; the English corpora leave the marks outside.
  bool QuotesInTitles() const { return lang_ == "es"; }
  // Whether the resolver's English rules apply (rule 1's English list and
  // rules 7 to 12 of resolve.h: titles outside names, organisations by their
  // head word, headlines in title case, wire formats, events, companies by
  // their context): CoNLL-2003 English writes "Prime Minister [Justin
  // Trudeau]"; CoNLL-2002 Spanish keeps "Doña Sofía" whole and names
  // organisations head first.
  bool EnglishRules() const { return lang_ == "en"; }
  // The resolver's options for this model's language (resolve.h).
  ResolveOptions Resolving(bool countries_as_places) const {
    return {countries_as_places, QuotesInTitles(), EnglishRules(), lang_ == "es"};
  }

  // Swaps in another model (the trainer evaluates each epoch's average).
  void ReplaceModel(const LinearModel& model) { model_ = model; }

  // Assembled by the trainer (and tests).
  NerTagger(const LinearModel& model, Gazetteer gazetteer, AliasTable aliases, WordClusters clusters,
            WordClusters casing, std::string lang)
      : model_(model), gazetteer_(std::move(gazetteer)), aliases_(std::move(aliases)),
        clusters_(std::move(clusters)), casing_(std::move(casing)), lang_(std::move(lang)) {}

 private:
  NerTagger() = default;
  static Result<NerTagger> Load(const Container& container);

  LinearModel model_;
  Gazetteer gazetteer_;
  AliasTable aliases_;
  WordClusters clusters_;  // empty: no cluster features
  WordClusters casing_;    // folded word → CaseCode; empty: no case features
  std::string lang_;
  std::map<std::string, std::string> settings_;
};

}  // namespace strabo::ner

// Keeps the best model of a training run, epoch by epoch, and says when to
// stop: after `patience` epochs without a better development score. Shared
// by the tagger's and the parser's trainers.
#pragma once

#include <memory>
#include <utility>

namespace strabo {

template <typename Model, typename Scores>
class BestEpoch {
 public:
  explicit BestEpoch(int patience) : patience_(patience) {}

  // Offers an epoch's model with its score (higher is better) and the dev
  // scores to report; returns true when it is the best so far (and keeps it).
  bool Offer(std::unique_ptr<Model> model, double score, const Scores& scores) {
    if (best_ && score <= best_score_) {
      ++since_best_;
      return false;
    }
    best_ = std::move(model);
    best_score_ = score;
    scores_ = scores;
    since_best_ = 0;
    return true;
  }

  bool ShouldStop() const { return since_best_ >= patience_; }
  int patience() const { return patience_; }
  const Scores& scores() const { return scores_; }
  std::unique_ptr<Model> Take() { return std::move(best_); }

 private:
  int patience_;
  int since_best_ = 0;
  double best_score_ = 0;
  Scores scores_{};
  std::unique_ptr<Model> best_;
};

}  // namespace strabo

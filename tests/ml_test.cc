#include <gtest/gtest.h>

#include <random>

#include "ml/linear_model.h"

namespace strabo {
namespace {

// A toy tagging problem: the class of a word is decided by its suffix, with
// the previous word as a distractor feature.
struct Example {
  std::vector<uint64_t> features;
  int label;
};

std::vector<Example> SuffixProblem(int n, uint32_t seed) {
  static const char* kSuffixes[] = {"ed", "ly", "ion", "s"};
  std::mt19937 rng(seed);
  std::vector<Example> out;
  for (int i = 0; i < n; ++i) {
    const int label = static_cast<int>(rng() % 4);
    FeatureBuilder fb;
    fb.Add(1, kSuffixes[label]);
    fb.Add(2, std::to_string(rng() % 50));  // noise
    fb.AddFlag(3);                          // bias
    out.push_back({std::vector<uint64_t>(fb.features().begin(), fb.features().end()), label});
  }
  return out;
}

TEST(Perceptron, LearnsASeparableProblemAndAveragesAreStable) {
  PerceptronTrainer trainer(4);
  const auto train = SuffixProblem(2000, 1);
  for (int epoch = 0; epoch < 3; ++epoch) {
    for (const Example& ex : train) {
      trainer.Update(ex.features, ex.label, trainer.Predict(ex.features));
      trainer.Tick();
    }
  }
  const LinearModel model = trainer.Average();
  int correct = 0;
  const auto test = SuffixProblem(500, 2);
  for (const Example& ex : test) correct += model.Predict(ex.features) == ex.label;
  EXPECT_EQ(correct, 500);
  EXPECT_EQ(model.num_classes(), 4);
}

TEST(Perceptron, AverageIsTheMeanOverTime) {
  // One feature; class 1 is rewarded at t=1 and punished at t=3 of 4 ticks.
  PerceptronTrainer trainer(2);
  const std::vector<uint64_t> f = {42};
  trainer.Update(f, 1, 0);  // t=1: w1 = +1, w0 = -1
  trainer.Tick();
  trainer.Tick();
  trainer.Update(f, 0, 1);  // t=3: back to 0
  trainer.Tick();
  trainer.Tick();           // now = 5: weights were ±1 during [1, 3)
  const LinearModel m = trainer.Average();
  float scores[2];
  m.Score(f, scores);
  EXPECT_FLOAT_EQ(scores[1], 2.0f / 5.0f);
  EXPECT_FLOAT_EQ(scores[0], -2.0f / 5.0f);
}

TEST(LinearModel, SerialisationRoundTripsAndRejectsDamage) {
  PerceptronTrainer trainer(3);
  const auto train = SuffixProblem(300, 3);
  for (const Example& ex : train) {
    trainer.Update(ex.features, ex.label % 3, trainer.Predict(ex.features));
    trainer.Tick();
  }
  const LinearModel model = trainer.Average();
  const std::string bytes = model.Serialize();
  auto loaded = LinearModel::Deserialize(bytes, "test");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->num_features(), model.num_features());
  for (const Example& ex : train) {
    float a[3], b[3];
    model.Score(ex.features, a);
    loaded->Score(ex.features, b);
    for (int c = 0; c < 3; ++c) EXPECT_EQ(a[c], b[c]);
  }
  EXPECT_EQ(bytes, loaded->Serialize());
  EXPECT_FALSE(LinearModel::Deserialize(bytes.substr(0, bytes.size() - 3), "t").ok());
  EXPECT_FALSE(LinearModel::Deserialize("junk", "t").ok());
}

TEST(LinearModel, PredictRespectsAllowedClasses) {
  PerceptronTrainer trainer(3);
  const std::vector<uint64_t> f = {7};
  trainer.Update(f, 2, 0);
  trainer.Tick();
  const LinearModel m = trainer.Average();
  EXPECT_EQ(m.Predict(f), 2);
  const bool allowed[3] = {true, true, false};
  EXPECT_EQ(m.Predict(f, allowed), 1);  // 0 has -1, 1 has 0
}

}  // namespace
}  // namespace strabo

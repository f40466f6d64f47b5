#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <map>
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

// `classes` ≤ 16: up to 14 the compact model keeps whole rows in its hash
// slots, above that rows of three kinds (linear_model.h).
std::vector<Example> SuffixProblem(int n, uint32_t seed, int classes = 4) {
  static const char* kSuffixes[] = {"ed", "ly", "ion", "s", "ing", "ness", "ment", "er", "est", "ful", "less", "ize", "ous", "ism", "ist", "ant"};
  std::mt19937 rng(seed);
  std::vector<Example> out;
  for (int i = 0; i < n; ++i) {
    const int label = static_cast<int>(rng() % static_cast<uint32_t>(classes));
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

TEST(LinearModel, MeanAveragesWeightsFeatureByFeatureAndClassByClass) {
  // a: features 10 and 20 at +0.5 for class 1, -0.5 for class 0 (weight ±1
  // for 1 of 2 ticks).
  PerceptronTrainer ta(3);
  ta.Update(std::vector<uint64_t>{10, 20}, 1, 0);
  ta.Tick();
  const LinearModel a = ta.Average();
  // b: features 10 and 30 at +0.75 for class 2, -0.75 for class 0 (3 of 4 ticks).
  PerceptronTrainer tb(3);
  tb.Update(std::vector<uint64_t>{10, 30}, 2, 0);
  tb.Tick();
  tb.Tick();
  tb.Tick();
  const LinearModel b = tb.Average();
  const LinearModel* runs[] = {&a, &b};
  auto mean = LinearModel::Mean(runs, 0.0f, "mean");
  ASSERT_TRUE(mean.ok()) << mean.status().message();
  EXPECT_EQ(mean->num_classes(), 3);
  EXPECT_EQ(mean->num_features(), 3u);  // the union of the runs' features
  EXPECT_EQ(mean->num_weights(), 7u);   // 10: three classes; 20, 30: two each
  std::map<uint64_t, std::vector<float>> rows;
  mean->ForEachRow([&](uint64_t key, std::span<const uint16_t> classes, std::span<const float> weights) {
    std::vector<float>& row = rows[key];
    row.assign(3, 0.0f);
    for (size_t i = 0; i < classes.size(); ++i) row[classes[i]] = weights[i];
  });
  EXPECT_EQ(rows[10], (std::vector<float>{-0.625f, 0.25f, 0.375f}));
  EXPECT_EQ(rows[20], (std::vector<float>{-0.25f, 0.25f, 0.0f}));  // b lacks it: counts as 0
  EXPECT_EQ(rows[30], (std::vector<float>{-0.375f, 0.0f, 0.375f}));
  float scores[3];
  mean->Score(std::vector<uint64_t>{10, 20, 30}, scores);
  EXPECT_EQ(scores[0], -1.25f);
  EXPECT_EQ(scores[1], 0.5f);
  EXPECT_EQ(scores[2], 0.75f);
  // The mean of one model is that model, byte for byte.
  const LinearModel* one[] = {&a};
  EXPECT_EQ(LinearModel::Mean(one, 0.0f, "one")->Serialize(), a.Serialize());

  // Small means are pruned: feature 20 (±0.25) and class 1 of feature 10 go.
  auto pruned = LinearModel::Mean(runs, 0.3f, "pruned");
  ASSERT_TRUE(pruned.ok());
  EXPECT_EQ(pruned->num_features(), 2u);
  EXPECT_EQ(pruned->num_weights(), 4u);

  // Runs with different label sets, compact runs and no runs are refused.
  PerceptronTrainer tc(4);
  tc.Update(std::vector<uint64_t>{10}, 3, 0);
  tc.Tick();
  const LinearModel c = tc.Average();
  const LinearModel* mismatched[] = {&a, &c};
  auto refused = LinearModel::Mean(mismatched, 0.0f, "avg.ner");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().message(), "avg.ner: run 2 has 4 classes, run 1 has 3: the label sets differ");
  auto compact = LinearModel::Deserialize(a.SerializeCompact(), "compact");
  ASSERT_TRUE(compact.ok());
  const LinearModel* with_compact[] = {&b, &*compact};
  auto refused_compact = LinearModel::Mean(with_compact, 0.0f, "avg.ner");
  ASSERT_FALSE(refused_compact.ok());
  EXPECT_NE(refused_compact.status().message().find("run 2 is a compact model"), std::string::npos)
      << refused_compact.status().message();
  EXPECT_FALSE(LinearModel::Mean({}, 0.0f, "none").ok());
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

// A compact ("LMc1") section written byte by byte, so that the expected
// scores are exact: q · scale with scale a power of two.
template <typename T>
void Put(std::string* s, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  s->append(b, sizeof(T));
}

std::string TinyCompactModel() {
  std::string s;
  Put<uint32_t>(&s, 0x31634d4c);  // "LMc1"
  Put<uint32_t>(&s, 3);           // classes
  Put<uint64_t>(&s, 3);           // rows
  Put<float>(&s, 0.25f);          // scale
  // Fingerprint 1 (a key whose low 32 bits are 0): class 0, q = 4.
  Put<uint32_t>(&s, 1);
  Put<uint8_t>(&s, 1);
  Put<uint8_t>(&s, 0), Put<int16_t>(&s, 4);
  // Fingerprint 5: one entry, class 2, q = 3 (kept as a sparse row).
  Put<uint32_t>(&s, 5);
  Put<uint8_t>(&s, 1);
  Put<uint8_t>(&s, 2), Put<int16_t>(&s, 3);
  // Fingerprint 9: every class, the extreme weights (kept as a dense row).
  Put<uint32_t>(&s, 9);
  Put<uint8_t>(&s, 3);
  Put<uint8_t>(&s, 0), Put<int16_t>(&s, -1);
  Put<uint8_t>(&s, 1), Put<int16_t>(&s, 32767);
  Put<uint8_t>(&s, 2), Put<int16_t>(&s, -32768);
  return s;
}

TEST(LinearModel, CompactModelScoresAreExactSumsOfItsWeights) {
  auto m = LinearModel::Deserialize(TinyCompactModel(), "tiny");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->num_features(), 3u);
  float scores[3];
  // Keys are matched on their low 32 bits; unknown keys add nothing.
  m->Score(std::vector<uint64_t>{5, 9 | (uint64_t{7} << 40), 12345}, scores);
  EXPECT_EQ(scores[0], -0.25f);
  EXPECT_EQ(scores[1], 8191.75f);
  EXPECT_EQ(scores[2], -8191.25f);
  // A repeated feature counts each time; a key with zero low bits is row 1.
  m->Score(std::vector<uint64_t>{5, 5, uint64_t{3} << 32}, scores);
  EXPECT_EQ(scores[0], 1.0f);
  EXPECT_EQ(scores[1], 0.0f);
  EXPECT_EQ(scores[2], 1.5f);
  EXPECT_EQ(m->Predict(std::vector<uint64_t>{9}), 1);
  const bool allowed[3] = {true, false, true};
  EXPECT_EQ(m->Predict(std::vector<uint64_t>{9}, allowed), 0);
  // More weights per class than a 32-bit sum of 16-bit values can hold: the
  // scores stay right (within float rounding), they do not wrap around.
  const std::vector<uint64_t> many(70000, 9);
  m->Score(many, scores);
  EXPECT_NEAR(scores[1], 70000.0 * 32767 * 0.25, 70000.0 * 32767 * 0.25 * 1e-6);
  EXPECT_NEAR(scores[2], -70000.0 * 32768 * 0.25, 70000.0 * 32768 * 0.25 * 1e-6);
}

// A compact section with any number of classes (u16 counts and classes
// above 255), rows given as (fingerprint, (class, q) pairs), fingerprints
// ascending as the writer leaves them.
using CompactRows = std::vector<std::pair<uint32_t, std::vector<std::pair<uint16_t, int16_t>>>>;
std::string CompactModel(uint32_t classes, float scale, const CompactRows& rows) {
  std::string s;
  Put<uint32_t>(&s, 0x31634d4c);  // "LMc1"
  Put<uint32_t>(&s, classes);
  Put<uint64_t>(&s, rows.size());
  Put<float>(&s, scale);
  for (const auto& [fp, entries] : rows) {
    Put<uint32_t>(&s, fp);
    if (classes > 255) Put<uint16_t>(&s, static_cast<uint16_t>(entries.size()));
    else Put<uint8_t>(&s, static_cast<uint8_t>(entries.size()));
    for (const auto& [cls, q] : entries) {
      if (classes > 255) Put<uint16_t>(&s, cls);
      else Put<uint8_t>(&s, static_cast<uint8_t>(cls));
      Put<int16_t>(&s, q);
    }
  }
  return s;
}

// Every kind of row the compact index has: one weight (kept in the slot,
// including the extreme weights and the highest class that fits there),
// sparse, and dense; and a single weight whose class is too large for the
// slot, in a model of 20,000 classes.
TEST(LinearModel, CompactModelScoresEveryKindOfRowExactly) {
  std::vector<std::pair<uint16_t, int16_t>> dense;
  for (uint16_t c = 0; c < 300; c += 2) dense.emplace_back(c, static_cast<int16_t>(c - 150));
  dense.emplace_back(299, 7);  // 151 of 300 classes: dense
  // 13 of 300 classes: held dense although the sparse form is smaller
  // (kDenseRowClassesPerWeight), so absent classes must add 0.
  std::vector<std::pair<uint16_t, int16_t>> thin;
  for (uint16_t c = 1; c < 300; c += 23) thin.emplace_back(c, static_cast<int16_t>(1000 + c));
  const CompactRows rows = {{3, {{299, -32768}}},
                            {4, {{0, 32767}}},
                            {8, {{5, 2}, {7, -3}, {299, 11}}},  // sparse
                            {10, dense},
                            {12, thin}};
  const std::string bytes = CompactModel(300, 0.5f, rows);
  auto m = LinearModel::Deserialize(bytes, "kinds");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->num_features(), 5u);
  EXPECT_EQ(m->num_weights(), 169u);
  std::vector<float> scores(300);
  m->Score(std::vector<uint64_t>{12}, scores.data());
  EXPECT_EQ(scores[1], 500.5f);
  EXPECT_EQ(scores[277], 638.5f);  // 1 + 12 · 23, the last of the 13
  EXPECT_EQ(scores[278], 0.0f);
  EXPECT_EQ(scores[24], 512.0f);
  EXPECT_EQ(scores[2], 0.0f);
  EXPECT_EQ(std::count_if(scores.begin(), scores.end(), [](float x) { return x != 0; }), 13);
  m->Score(std::vector<uint64_t>{3, 4, 8, 10, 4}, scores.data());
  EXPECT_EQ(scores[0], 2 * 32767 * 0.5f - 150 * 0.5f);
  EXPECT_EQ(scores[5], 1.0f);
  EXPECT_EQ(scores[7], -1.5f);
  EXPECT_EQ(scores[8], -71.0f);
  EXPECT_EQ(scores[9], 0.0f);
  EXPECT_EQ(scores[298], 74.0f);
  EXPECT_EQ(scores[299], (-32768 + 11 + 7) * 0.5f);
  EXPECT_EQ(m->Predict(std::vector<uint64_t>{8}), 299);
  EXPECT_EQ(m->Predict(std::vector<uint64_t>{3}), 0);  // class 299 is -16384, the rest 0: ties go low

  auto wide = LinearModel::Deserialize(CompactModel(20000, 0.25f, {{6, {{19999, -8}}}, {9, {{16384, 4}}}}), "wide");
  ASSERT_TRUE(wide.ok()) << wide.status().message();
  std::vector<float> wide_scores(20000);
  wide->Score(std::vector<uint64_t>{6, 9, 9}, wide_scores.data());
  EXPECT_EQ(wide_scores[19999], -2.0f);
  EXPECT_EQ(wide_scores[16384], 2.0f);
  EXPECT_EQ(wide_scores[0], 0.0f);
}

// A compact model keeps only its 16-bit index, from which it reports its
// rows and writes itself back byte for byte.
TEST(LinearModel, CompactModelRowsAndBytesRoundTrip) {
  const std::string tiny = TinyCompactModel();
  auto m = LinearModel::Deserialize(tiny, "tiny");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->SerializeCompact(), tiny);
  EXPECT_EQ(m->Serialize(), tiny);  // it has no full-precision form
  std::map<uint64_t, std::vector<std::pair<uint16_t, float>>> rows;
  m->ForEachRow([&](uint64_t key, std::span<const uint16_t> classes, std::span<const float> weights) {
    ASSERT_EQ(classes.size(), weights.size());
    for (size_t i = 0; i < classes.size(); ++i) rows[key].emplace_back(classes[i], weights[i]);
  });
  using Row = std::vector<std::pair<uint16_t, float>>;
  EXPECT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], (Row{{0, 1.0f}}));
  EXPECT_EQ(rows[5], (Row{{2, 0.75f}}));
  EXPECT_EQ(rows[9], (Row{{0, -0.25f}, {1, 8191.75f}, {2, -8192.0f}}));

  // A trained model's compact bytes round-trip too: with few classes (rows
  // held in the slots) and with many (inline, sparse and dense rows).
  for (const int classes : {4, 16}) {
    PerceptronTrainer trainer(classes);
    for (const Example& ex : SuffixProblem(400, 9, classes)) {
      trainer.Update(ex.features, ex.label, trainer.Predict(ex.features));
      trainer.Tick();
    }
    const std::string bytes = trainer.Average().SerializeCompact();
    auto compact = LinearModel::Deserialize(bytes, "trained");
    ASSERT_TRUE(compact.ok()) << compact.status().message();
    EXPECT_EQ(compact->SerializeCompact(), bytes) << classes << " classes";
  }
}

TEST(LinearModel, ModelsRejectARepeatedKey) {
  auto m = LinearModel::Deserialize(CompactModel(3, 1.0f, {{7, {{0, 1}}}, {7, {{1, 1}}}}), "dup");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("dup: linear model row 1 repeats a fingerprint"), std::string::npos)
      << m.status().message();
  std::string full;
  Put<uint32_t>(&full, 0x31764d4c);  // "LMv1"
  Put<uint32_t>(&full, 2);           // classes
  Put<uint64_t>(&full, 2);           // rows
  for (int row = 0; row < 2; ++row) {
    Put<uint64_t>(&full, 42);
    Put<uint32_t>(&full, 1);
    Put<uint16_t>(&full, 1), Put<float>(&full, 0.5f);
  }
  auto f = LinearModel::Deserialize(full, "dup-full");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("dup-full: linear model row 1 repeats a key"), std::string::npos)
      << f.status().message();
  // The same bytes with distinct keys load.
  std::memcpy(&full[16 + 18], "\x2b", 1);  // second row's key: 43
  EXPECT_TRUE(LinearModel::Deserialize(full, "distinct").ok());
}

TEST(LinearModel, CompactModelAgreesWithTheFullOne) {
  for (const int classes : {4, 16}) {
    SCOPED_TRACE(std::to_string(classes) + " classes");
    PerceptronTrainer trainer(classes);
    const auto train = SuffixProblem(500, 5, classes);
    for (const Example& ex : train) {
      trainer.Update(ex.features, ex.label, trainer.Predict(ex.features));
      trainer.Tick();
    }
    const LinearModel full = trainer.Average();
    auto compact = LinearModel::Deserialize(full.SerializeCompact(), "compact");
    ASSERT_TRUE(compact.ok()) << compact.status().message();
    EXPECT_EQ(compact->num_features(), full.num_features());
    // The largest weight sets the scale: each weight is off by at most half a
    // step, so a score over k features by at most k/2 steps.
    float max_abs = 0;
    full.ForEachRow([&](uint64_t, std::span<const uint16_t>, std::span<const float> w) {
      for (float x : w) max_abs = std::max(max_abs, std::fabs(x));
    });
    const float step = max_abs / 32767.0f;
    for (const Example& ex : SuffixProblem(300, 6, classes)) {
      float a[16], b[16];
      full.Score(ex.features, a);
      compact->Score(ex.features, b);
      for (int c = 0; c < classes; ++c) EXPECT_NEAR(a[c], b[c], 1.5 * step + 1e-6);
      EXPECT_EQ(full.Predict(ex.features), compact->Predict(ex.features));
    }
  }
}

}  // namespace
}  // namespace strabo

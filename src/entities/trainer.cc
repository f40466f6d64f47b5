#include "entities/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "ml/linear_model.h"
#include "util/container.h"
#include "util/text.h"

namespace strabo::ner {
namespace {

std::string Basename(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out.push_back(',');
    out += Basename(s);
  }
  return out;
}

struct Instance {
  const NerSentence* sentence;
  std::vector<std::string> upper;  // capitalised copy of the words, or empty
};

// One pass of partial-label greedy training over a sentence.
void TrainSentence(const SentenceFeatures& sf, const std::vector<TagMask>& allowed,
                   PerceptronTrainer* trainer, uint64_t* correct) {
  const size_t n = sf.size();
  FeatureBuilder fb, dyn;
  std::vector<uint64_t> all;
  float s[kNumTags], d[kNumTags];
  int prev = -1, prev2 = -1, last_type = -1;
  for (size_t i = 0; i < n; ++i) {
    fb.Clear();
    sf.Static(i, &fb);
    dyn.Clear();
    if (prev > 0 && (TagPosition(prev) == kL || TagPosition(prev) == kU))
      last_type = static_cast<int>(TagType(prev));
    sf.Dynamic(i, prev, prev2, last_type, &dyn);
    trainer->Score(fb.features(), s);
    trainer->Score(dyn.features(), d);
    int guess = -1, truth = -1, truth_any = -1;
    for (int t = 0; t < kNumTags; ++t) {
      const float score = s[t] + d[t];
      const bool valid = ValidTransition(prev, t) && (i + 1 < n || ValidEnd(t));
      const bool ok = allowed[i] >> t & 1;
      if (valid && (guess < 0 || score > s[guess] + d[guess])) guess = t;
      if (ok && valid && (truth < 0 || score > s[truth] + d[truth])) truth = t;
      if (ok && (truth_any < 0 || score > s[truth_any] + d[truth_any])) truth_any = t;
    }
    if (truth < 0) truth = truth_any;  // gold breaks BILOU after a guessed tag
    if (allowed[i] >> guess & 1) {
      ++*correct;
      truth = guess;
    } else {
      all.assign(fb.features().begin(), fb.features().end());
      all.insert(all.end(), dyn.features().begin(), dyn.features().end());
      trainer->Update(all, truth, guess);
    }
    trainer->Tick();
    prev2 = prev;
    prev = truth;
  }
}

}  // namespace

Status TrainNer(const NerTrainOptions& o, NerTrainResult* result) {
  auto log = [&](const std::string& line) {
    if (o.log) o.log(line);
  };
  if (o.train.empty()) return Status::InvalidInput("no training corpus given (--train FILE)");
  auto misc_words = ReadDemonyms(o.gazetteer.demonyms_path);
  if (!misc_words.ok()) return misc_words.status();
  std::vector<NerCorpus> train, dev;
  for (const std::string& path : o.train) {
    auto c = ReadNerCorpus(path, &*misc_words);
    if (!c.ok()) return c.status();
    log(path + ": " + std::to_string(c->sentences.size()) + " sentences, " + std::to_string(c->tokens) +
        " tokens" + (c->has_misc ? "" : ", no MISC annotation (listed nationalities MISC, other capitalised O words O-or-MISC)") +
        (c->gum ? ", GUM types (" + std::to_string(c->dropped_mentions) + " mentions not names)" : ""));
    train.push_back(std::move(c.value()));
  }
  for (const std::string& path : o.dev) {
    auto c = ReadNerCorpus(path);
    if (!c.ok()) return c.status();
    dev.push_back(std::move(c.value()));
  }

  Gazetteer gazetteer;
  AliasTable aliases;
  GazetteerCounts counts;
  STRABO_RETURN_IF_ERROR(BuildGazetteer(o.gazetteer, &gazetteer, &aliases, &counts));
  log("gazetteer: " + counts.Summary() + " (" + std::to_string(gazetteer.size()) + " keys), " +
      std::to_string(aliases.size()) + " aliases");

  // Instances, with capitalised copies of a seeded random share.
  std::mt19937 rng(o.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<Instance> instances;
  for (const NerCorpus& c : train) {
    for (const NerSentence& s : c.sentences) {
      instances.push_back({&s, {}});
      if (unit(rng) < o.caps_fraction) {
        Instance caps{&s, {}};
        for (const std::string& w : s.words) caps.upper.push_back(ToUpper(w));
        instances.push_back(std::move(caps));
      }
    }
  }
  uint64_t total_tokens = 0;
  for (const Instance& in : instances) total_tokens += in.sentence->words.size();
  log("training on " + std::to_string(instances.size()) + " sentences (" + std::to_string(total_tokens) +
      " tokens, capitalised copies included)");

  WordClusters clusters;
  if (o.clusters.clusters > 0) {
    std::vector<std::vector<std::string>> text = o.unlabelled;
    for (const NerCorpus& c : train)
      for (const NerSentence& s : c.sentences) text.push_back(s.words);
    uint64_t tokens = 0;
    for (const auto& s : text) tokens += s.size();
    log("clusters: " + std::to_string(text.size()) + " sentences, " + std::to_string(tokens) + " tokens");
    WordClusters::Options co = o.clusters;
    co.log = log;
    clusters = WordClusters::Induce(text, co);
    log("clusters: " + std::to_string(clusters.size()) + " words in " + std::to_string(co.clusters) + " clusters");
  }

  PerceptronTrainer trainer(kNumTags);
  const bool have_clusters = clusters.size() > 0;
  const std::string cluster_bytes = have_clusters ? clusters.Serialize() : std::string();
  NerTagger tagger(LinearModel(), std::move(gazetteer), std::move(aliases), std::move(clusters), o.lang);
  LinearModel best;
  double best_f1 = -1;
  int since_best = 0;
  std::vector<std::string_view> words;
  SentenceFeatures sf;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    std::shuffle(instances.begin(), instances.end(), rng);
    uint64_t correct = 0, seen = 0;
    for (const Instance& in : instances) {
      words.clear();
      if (in.upper.empty()) {
        for (const std::string& w : in.sentence->words) words.push_back(w);
      } else {
        for (const std::string& w : in.upper) words.push_back(w);
      }
      sf.Prepare(words, tagger.gazetteer(), tagger.clusters());
      TrainSentence(sf, in.sentence->allowed, &trainer, &correct);
      seen += words.size();
    }
    LinearModel averaged = trainer.Average(o.min_weight);
    tagger.ReplaceModel(averaged);
    NerScores scores;
    for (const NerCorpus& c : dev) {
      NerScores one = Evaluate(tagger, c, /*document_level=*/true);
      for (int t = 0; t < kNumTypes; ++t) {
        scores.by_type[t].tp += one.by_type[t].tp;
        scores.by_type[t].fp += one.by_type[t].fp;
        scores.by_type[t].fn += one.by_type[t].fn;
      }
      scores.all.tp += one.all.tp;
      scores.all.fp += one.all.fp;
      scores.all.fn += one.all.fn;
      scores.misc_scored = scores.misc_scored && one.misc_scored;
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[256];
    std::snprintf(line, sizeof line, "epoch %2d: train tag accuracy %.2f%%, dev F1 %.2f (P %.2f R %.2f), %.1f s",
                  epoch, 100.0 * correct / std::max<uint64_t>(seen, 1), scores.all.F1(),
                  scores.all.Precision(), scores.all.Recall(), secs);
    log(line);
    const double f1 = dev.empty() ? epoch : scores.all.F1();
    if (f1 > best_f1) {
      best_f1 = f1;
      best = std::move(averaged);
      result->best_epoch = epoch;
      result->dev = scores;
      since_best = 0;
    } else if (++since_best >= o.patience) {
      log("no better dev F1 for " + std::to_string(o.patience) + " epochs: stopping");
      break;
    }
  }
  result->features = best.num_features();

  ContainerWriter w(std::string(kNerKind), kNerKindVersion);
  w.SetSetting("lang", o.lang);
  w.SetSetting("feature_version", std::to_string(kFeatureVersion));
  w.SetSetting("trainer", "averaged perceptron, greedy BILOU, partial labels");
  w.SetSetting("train", Join(o.train));
  w.SetSetting("dev", Join(o.dev));
  w.SetSetting("epochs", std::to_string(o.epochs));
  w.SetSetting("best_epoch", std::to_string(result->best_epoch));
  w.SetSetting("seed", std::to_string(o.seed));
  w.SetSetting("caps_fraction", std::to_string(o.caps_fraction));
  w.SetSetting("min_weight", std::to_string(o.min_weight));
  w.SetSetting("alternate_min_population", std::to_string(o.gazetteer.alternate_min_population));
  w.SetSetting("gazetteer", counts.Summary());
  char f1[32];
  std::snprintf(f1, sizeof f1, "%.2f", result->dev.all.F1());
  w.SetSetting("dev_f1", f1);
  if (!o.licence.empty()) w.SetSetting("licence", o.licence);
  w.AddSection("model", best.Serialize());
  w.AddSection("gazetteer", tagger.gazetteer().Serialize());
  w.AddSection("aliases", tagger.aliases().Serialize());
  if (have_clusters) {
    w.SetSetting("clusters", std::to_string(o.clusters.clusters) + " clusters, min count " +
                                 std::to_string(o.clusters.min_count) + ", " +
                                 std::to_string(o.clusters.iterations) + " passes, " +
                                 std::to_string(o.unlabelled.size()) + " unlabelled sentences");
    w.AddSection("clusters", cluster_bytes);
  }
  const std::string bytes = w.Serialize();
  result->bytes = bytes.size();
  return w.Write(o.out);
}

}  // namespace strabo::ner

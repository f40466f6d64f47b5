#include "entities/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include <unordered_map>
#include <unordered_set>

#include "ml/linear_model.h"
#include "util/container.h"
#include "util/file.h"
#include "util/lines.h"
#include "util/text.h"
#include "util/utf8.h"

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

// The case profile (features.h CaseCode) of every word of `text` seen at
// least twice or listed in `wordlist` (a file, one word a line, lines that
// start with '#' are comments; may be empty). Sentence-initial words and
// sentences in capitals say nothing about a word's usual case and are not
// counted.
Result<WordClusters> BuildCaseProfile(const std::vector<const std::vector<std::string>*>& text,
                                      const std::string& wordlist) {
  struct Count {
    uint32_t lower = 0, cap = 0;
    bool listed_lower = false, listed_cap = false;
  };
  std::unordered_map<std::string, Count> counts;
  auto first_cp = [](std::string_view w) {
    size_t pos = 0;
    return w.empty() ? char32_t{0} : DecodeUtf8(w, &pos);
  };
  for (const std::vector<std::string>* s : text) {
    size_t letters = 0, caps = 0;
    for (const std::string& w : *s) {
      if (!IsLetter(first_cp(w))) continue;
      ++letters;
      caps += ToUpper(w) == w;
    }
    if (letters >= 3 && caps * 10 >= letters * 8) continue;
    for (size_t i = 1; i < s->size(); ++i) {
      const std::string& w = (*s)[i];
      const char32_t cp = first_cp(w);
      if (!IsLetter(cp)) continue;
      Count& c = counts[FoldCase(w)];
      if (IsUpper(cp)) ++c.cap;
      else ++c.lower;
    }
  }
  if (!wordlist.empty()) {
    auto words = ReadFile(wordlist);
    if (!words.ok())
      return Status::NotFound(words.status().message() +
                              " (the word list: install Debian's wamerican, as scripts/setup does, or pass --wordlist '')");
    ForEachLine(*words, [&](std::string_view w, size_t) {
      if (w.empty() || w[0] == '#' || w.find('\'') != std::string_view::npos || !IsValidUtf8(w)) return;
      Count& c = counts[FoldCase(w)];
      if (IsUpper(first_cp(w))) c.listed_cap = true;
      else c.listed_lower = true;
    });
  }
  std::vector<std::pair<std::string, uint16_t>> codes;
  for (const auto& [word, c] : counts) {
    const uint16_t code = CaseCode(c.lower, c.cap, c.listed_lower, c.listed_cap && !c.listed_lower);
    if (code) codes.emplace_back(word, code);
  }
  std::sort(codes.begin(), codes.end());
  return WordClusters::FromCodes(kNumCaseCodes, codes);
}

// One pass of partial-label greedy training over a sentence; `guesses`
// gets the model's tag for each word.
void TrainSentence(const SentenceFeatures& sf, const std::vector<TagMask>& allowed,
                   PerceptronTrainer* trainer, uint64_t* correct, std::vector<int>* guesses) {
  const size_t n = sf.size();
  FeatureBuilder fb, dyn;
  std::vector<uint64_t> all;
  float s[kNumTags], d[kNumTags];
  int prev = -1, prev2 = -1, last_type = -1;
  guesses->assign(n, 0);
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
    (*guesses)[i] = guess;
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

// The scores of `tagger` over all the dev corpora (document level).
NerScores ScoreDev(const NerTagger& tagger, const std::vector<NerCorpus>& dev, bool memory) {
  NerScores scores;
  for (const NerCorpus& c : dev) {
    NerScores one = Evaluate(tagger, c, /*document_level=*/true, memory);
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
  return scores;
}

// One run of training with `seed`: epochs until o.epochs or o.patience
// epochs without a better dev F1. `*best` gets the averaged model of the
// best epoch (the last one without dev corpora). `tagger` holds the
// gazetteer and word tables; its model is replaced as epochs are scored.
NerRun TrainRun(const NerTrainOptions& o, uint32_t seed, const std::vector<NerCorpus>& train,
                const std::vector<NerCorpus>& dev, const std::string& prefix,
                const std::function<void(const std::string&)>& log, NerTagger* tagger, LinearModel* best) {
  NerRun run;
  run.seed = seed;
  // Documents of instances, with capitalised copies of a seeded random
  // share of the sentences right after their originals.
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<std::vector<Instance>> documents;
  uint64_t total_tokens = 0, total_instances = 0;
  for (const NerCorpus& c : train) {
    uint32_t last_doc = UINT32_MAX;
    for (const NerSentence& s : c.sentences) {
      if (s.doc != last_doc) documents.emplace_back(), last_doc = s.doc;
      documents.back().push_back({&s, {}});
      total_tokens += s.words.size();
      if (unit(rng) < o.caps_fraction) {
        Instance caps{&s, {}};
        for (const std::string& w : s.words) caps.upper.push_back(ToUpper(w));
        documents.back().push_back(std::move(caps));
        total_tokens += s.words.size();
      }
    }
  }
  for (const auto& d : documents) total_instances += d.size();
  log(prefix + "training on " + std::to_string(total_instances) + " sentences in " +
      std::to_string(documents.size()) + " documents (" + std::to_string(total_tokens) +
      " tokens, capitalised copies included)");

  PerceptronTrainer trainer(kNumTags);
  double best_f1 = -1;
  int since_best = 0;
  std::vector<std::string_view> words;
  std::vector<int> guesses;
  SentenceFeatures sf;
  DocumentMemory memory;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    std::shuffle(documents.begin(), documents.end(), rng);
    uint64_t correct = 0, seen = 0;
    for (const std::vector<Instance>& doc : documents) {
      memory.Clear();
      for (const Instance& in : doc) {
        words.clear();
        if (in.upper.empty()) {
          for (const std::string& w : in.sentence->words) words.push_back(w);
        } else {
          for (const std::string& w : in.upper) words.push_back(w);
        }
        sf.Prepare(words, tagger->gazetteer(), tagger->clusters(), tagger->casing(), o.memory ? &memory : nullptr);
        TrainSentence(sf, in.sentence->allowed, &trainer, &correct, &guesses);
        // A capitalised copy is not part of the article the memory follows.
        if (o.memory && in.upper.empty()) memory.Record(sf, guesses);
        seen += words.size();
      }
    }
    LinearModel averaged = trainer.Average(o.min_weight);
    tagger->ReplaceModel(averaged);
    const NerScores scores = ScoreDev(*tagger, dev, o.memory);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[256];
    std::snprintf(line, sizeof line, "epoch %2d: train tag accuracy %.2f%%, dev F1 %.2f (P %.2f R %.2f), %.1f s",
                  epoch, 100.0 * correct / std::max<uint64_t>(seen, 1), scores.all.F1(),
                  scores.all.Precision(), scores.all.Recall(), secs);
    log(prefix + line);
    const double f1 = dev.empty() ? epoch : scores.all.F1();
    if (f1 > best_f1) {
      best_f1 = f1;
      *best = std::move(averaged);
      run.best_epoch = epoch;
      run.dev = scores;
      since_best = 0;
    } else if (++since_best >= o.patience) {
      log(prefix + "no better dev F1 for " + std::to_string(o.patience) + " epochs: stopping");
      break;
    }
  }
  run.features = best->num_features();
  return run;
}

std::string F1Text(const NerScores& scores) {
  char f1[32];
  std::snprintf(f1, sizeof f1, "%.2f", scores.all.F1());
  return f1;
}

}  // namespace

Status TrainNer(const NerTrainOptions& o, NerTrainResult* result) {
  auto log = [&](const std::string& line) {
    if (o.log) o.log(line);
  };
  if (o.train.empty()) return Status::InvalidInput("no training corpus given (--train FILE)");
  if (o.seeds.empty()) return Status::InvalidInput("no seed given");
  for (size_t i = 0; i < o.seeds.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (o.seeds[i] == o.seeds[j])
        return Status::InvalidInput("seed " + std::to_string(o.seeds[i]) +
                                    " is given twice: each run of the mean needs its own seed");
  // The lists of the model's language only, for the corpora and the
  // gazetteer alike.
  GazetteerOptions lists = o.gazetteer;
  lists.lang = o.lang;
  auto misc_words = ReadDemonyms(lists.demonyms_path, lists.lang);
  if (!misc_words.ok()) return misc_words.status();
  std::unordered_set<std::string> titles;
  if (!lists.titles_path.empty()) {
    auto read = ReadFormList(lists.titles_path, lists.lang);
    if (!read.ok()) return read.status();
    titles = std::move(read.value());
  }
  std::vector<NerCorpus> train, dev;
  for (const std::string& path : o.train) {
    auto c = ReadNerCorpus(path, &*misc_words, &titles);
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
  STRABO_RETURN_IF_ERROR(BuildGazetteer(lists, &gazetteer, &aliases, &counts));
  log("gazetteer: " + counts.Summary() + " (" + std::to_string(gazetteer.size()) + " keys), " +
      std::to_string(aliases.size()) + " aliases");

  // Raw text for clusters and the case profile: the unlabelled sentences
  // and the training corpora's own.
  std::vector<const std::vector<std::string>*> text;
  for (const auto& s : o.unlabelled) text.push_back(&s);
  for (const NerCorpus& c : train)
    for (const NerSentence& s : c.sentences) text.push_back(&s.words);

  WordClusters clusters;
  if (o.clusters.clusters > 0) {
    std::vector<std::vector<std::string>> copy;
    copy.reserve(text.size());
    for (const auto* s : text) copy.push_back(*s);
    uint64_t tokens = 0;
    for (const auto& s : copy) tokens += s.size();
    log("clusters: " + std::to_string(copy.size()) + " sentences, " + std::to_string(tokens) + " tokens");
    WordClusters::Options co = o.clusters;
    co.log = log;
    clusters = WordClusters::Induce(copy, co);
    log("clusters: " + std::to_string(clusters.size()) + " words in " + std::to_string(co.clusters) + " clusters");
  }
  WordClusters casing;
  if (o.casing) {
    auto profile = BuildCaseProfile(text, o.wordlist);
    if (!profile.ok()) return profile.status();
    casing = std::move(profile.value());
    log("case profile: " + std::to_string(casing.size()) + " words" +
        (o.wordlist.empty() ? std::string() : " (with " + o.wordlist + ")"));
  }

  const bool have_clusters = clusters.size() > 0;
  const std::string cluster_bytes = have_clusters ? clusters.Serialize() : std::string();
  const std::string case_bytes = o.casing ? casing.Serialize() : std::string();
  NerTagger tagger(LinearModel(), std::move(gazetteer), std::move(aliases), std::move(clusters), std::move(casing),
                   o.lang);
  std::vector<LinearModel> models(o.seeds.size());
  for (size_t i = 0; i < o.seeds.size(); ++i) {
    const std::string prefix = o.seeds.size() == 1 ? std::string()
                                                   : "seed " + std::to_string(o.seeds[i]) + " (run " +
                                                         std::to_string(i + 1) + " of " +
                                                         std::to_string(o.seeds.size()) + "): ";
    result->runs.push_back(TrainRun(o, o.seeds[i], train, dev, prefix, log, &tagger, &models[i]));
    if (o.seeds.size() > 1)
      log(prefix + "kept epoch " + std::to_string(result->runs.back().best_epoch) + ", dev F1 " +
          F1Text(result->runs.back().dev));
  }
  LinearModel best;
  if (models.size() == 1) {
    best = std::move(models[0]);
    result->dev = result->runs[0].dev;
  } else {
    std::vector<const LinearModel*> runs;
    for (const LinearModel& m : models) runs.push_back(&m);
    auto mean = LinearModel::Mean(runs, o.min_weight, o.out);
    if (!mean.ok()) return mean.status();
    best = std::move(mean.value());
    models.clear();
    tagger.ReplaceModel(best);
    result->dev = ScoreDev(tagger, dev, o.memory);
    log("mean of " + std::to_string(runs.size()) + " runs: " + std::to_string(best.num_features()) +
        " features, dev F1 " + F1Text(result->dev));
  }
  result->features = best.num_features();

  ContainerWriter w(std::string(kNerKind), kNerKindVersion);
  w.SetSetting("lang", o.lang);
  w.SetSetting("feature_version", std::to_string(kFeatureVersion));
  w.SetSetting("trainer", "averaged perceptron, greedy BILOU, partial labels");
  w.SetSetting("memory", o.memory ? "1" : "0");
  w.SetSetting("train", Join(o.train));
  w.SetSetting("dev", Join(o.dev));
  w.SetSetting("epochs", std::to_string(o.epochs));
  std::string seeds, epochs, f1s;
  for (const NerRun& run : result->runs) {
    const char* sep = seeds.empty() ? "" : ",";
    seeds += sep + std::to_string(run.seed);
    epochs += sep + std::to_string(run.best_epoch);
    f1s += sep + F1Text(run.dev);
  }
  w.SetSetting("best_epoch", epochs);
  w.SetSetting("seed", seeds);
  if (result->runs.size() > 1) w.SetSetting("run_dev_f1", f1s);
  w.SetSetting("caps_fraction", std::to_string(o.caps_fraction));
  w.SetSetting("min_weight", std::to_string(o.min_weight));
  w.SetSetting("alternate_min_population", std::to_string(o.gazetteer.alternate_min_population));
  w.SetSetting("gazetteer", counts.Summary());
  w.SetSetting("dev_f1", F1Text(result->dev));
  if (!o.licence.empty()) w.SetSetting("licence", o.licence);
  if (!o.command.empty()) w.SetSetting("command", o.command);
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
  if (o.casing) {
    w.SetSetting("case_profile", std::to_string(text.size()) + " sentences" +
                                     (o.wordlist.empty() ? std::string() : ", word list " + Basename(o.wordlist)));
    w.AddSection("case", case_bytes);
  }
  const std::string bytes = w.Serialize();
  result->bytes = bytes.size();
  return w.Write(o.out);
}

}  // namespace strabo::ner

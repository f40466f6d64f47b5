// Training the entity recogniser (`strabo train ner`).
//
// Greedy left-to-right BILOU tagging learned with the averaged perceptron
// (src/ml), trained on the partial labels of corpus.h: where a corpus leaves
// a word's tag open (UNER's unannotated MISC, GUM names of other kinds) any
// allowed tag is accepted and the model is only corrected when it picks a
// tag outside the allowed set, towards the best allowed one. A fraction of
// the training sentences is also seen in capitals, so that headlines and
// ALL-CAPS tables do not throw the model. Documents are shuffled, their
// sentences kept in order, so that the document memory (features.h) is
// filled as at run time, from the model's own guesses. Each epoch's averaged model is
// scored on the dev corpora; the best epoch is kept. Deterministic given
// the seeds.
//
// With several seeds, one run is trained per seed (each keeping its own best
// epoch) and the file holds ONE model whose weights are the mean of the
// runs' (LinearModel::Mean): the seed's luck (which sentences are seen in
// capitals, in which order) is averaged out, and the model scores as fast
// as a single run's. The runs share the gazetteer, aliases, clusters and
// case profile, built once, so their features hash alike.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ml/clusters.h"
#include "entities/eval.h"
#include "entities/sources.h"
#include "strabo/status.h"

namespace strabo::ner {

struct NerTrainOptions {
  std::string lang;                 // "en", "es"
  std::vector<std::string> train;   // gold corpora (corpus.h formats)
  std::vector<std::string> dev;     // scored after each epoch
  std::string out;                  // the model file to write
  int epochs = 15;
  int patience = 4;                 // stop after this many epochs without a better dev F1
  // One run per seed; more than one: the mean of the runs' weights. Not
  // empty, no seed twice.
  std::vector<uint32_t> seeds = {1};
  double caps_fraction = 0.1;       // share of sentences also trained in capitals
  float min_weight = 0.0f;          // prune averaged weights below this magnitude
  std::string licence;              // recorded in the model's settings
  std::string command;              // the command line that trains it, recorded likewise
  GazetteerOptions gazetteer;
  // Unlabelled sentences (tokens) for word clusters, with the training
  // corpora's own words; no clusters when `clusters.clusters` is 0.
  std::vector<std::vector<std::string>> unlabelled;
  WordClusters::Options clusters;
  // The case profile (features.h CaseCode) is counted over the same text
  // (unlabelled and training sentences) and a word list, one word a line,
  // '#' lines comments (Debian's wamerican /usr/share/dict/words for English,
  // data/es-words.txt for Spanish; empty: none).
  bool casing = true;
  std::string wordlist;
  // Document memory features (features.h DocumentMemory).
  bool memory = true;
  std::function<void(const std::string&)> log;  // progress lines
};

// One seed's run.
struct NerRun {
  uint32_t seed = 0;
  int best_epoch = 0;
  NerScores dev;                    // its kept epoch on the dev corpora (document level)
  size_t features = 0;
};

struct NerTrainResult {
  std::vector<NerRun> runs;         // in the order of options.seeds
  NerScores dev;                    // the written model on the dev corpora (document level)
  size_t features = 0;
  size_t bytes = 0;                 // size of the written file
};

Status TrainNer(const NerTrainOptions& options, NerTrainResult* result);

}  // namespace strabo::ner

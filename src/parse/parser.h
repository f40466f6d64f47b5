// The dependency parser: greedy arc-hybrid transitions.
//
// Transitions over a stack and a buffer whose last element is the artificial
// root (so the tree has exactly one root word):
//   SHIFT     move the buffer front b0 onto the stack
//   LEFT-l    b0 becomes the head of the stack top s0 (relation l); pop s0
//   RIGHT-l   s1 becomes the head of s0 (relation l); pop s0
// A joint model (formats 1-3) scores the 1+2L labelled transitions with one
// averaged-perceptron classifier (src/ml/linear_model.h); a factored model
// (format 4) scores 14 move classes (SHIFT, LEFT and RIGHT by kind of
// relation) with one classifier and, only when the chosen move adds an arc,
// that arc's relation with a second classifier over features of the head and
// the dependent. The factored model needs far fewer memory reads (the move
// model's rows sit whole in its hash slots; relations are scored only on
// arcs, from fewer templates): it parses about 1.25x as fast, 0.6 LAS lower
// (models/README.md). Both read features from a rich set in the spirit of Zhang & Nivre (2011):
// words, lemmas, UPOS and FEATS of s0..s2 and b0..b2, their leftmost and rightmost children
// and labels, distances and valencies, and (format 2) the word clusters of
// s0, s1, b0, b1 and of s0's and b0's nearest children when the model file
// carries a cluster table (src/ml/clusters.h: the entity model's classes,
// induced from raw news), so that words rare in the treebank but frequent in
// news get their class's weights. Training uses the dynamic oracle of
// Goldberg & Nivre (2013) with exploration, on tags predicted by a tagger
// trained on other folds (the command line does the jackknifing).
//
// A Parser is immutable after loading and safe to use from many threads.
#pragma once

#include <bitset>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ml/clusters.h"
#include "ml/linear_model.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo {

// One word of a training sentence: form and (predicted) UPOS as input, gold
// head (1-based, 0 = root) and relation as output.
struct ParseWord {
  std::string form;
  Upos upos = Upos::kX;
  std::string feats;  // (predicted) FEATS as the tagger gives them
  std::string lemma;  // (predicted) lemma
  int head = 0;
  std::string deprel;
};
using ParseSentence = std::vector<ParseWord>;

// A set of the parser's feature template ids (those of Features() in
// parser.cc are below 256).
using TemplateMask = std::bitset<256>;
// "5,7,8": the ids in ascending order; and back, failing on anything but
// comma-separated ids from 2 (1 is the bias) to 255.
std::string FormatTemplateList(const TemplateMask& templates);
Result<TemplateMask> ParseTemplateList(std::string_view list);

class Parser {
 public:
  // The newest format this build reads and writes: 2 adds a 'clusters'
  // section and the cluster templates, 3 the label-set templates. A file is
  // written with the oldest version that has the templates its model uses
  // (1 without clusters and label sets), which older builds read and which
  // scores exactly as before.
  // 4 is the factored model: a 'label-model' section beside 'model', which
  // then scores the move classes. 5 is a joint model that leaves out the
  // templates its 'dropped_templates' setting lists.
  static constexpr uint32_t kKindVersion = 5;

  static Result<std::unique_ptr<Parser>> Load(const std::string& path);
  Status Save(const std::string& path, const std::map<std::string, std::string>& settings) const;

  // Sets head and deprel of tokens[0, n) (one sentence) from form, upos,
  // feats and lemma.
  void Parse(std::span<Token> tokens) const;

  const std::string& lang() const { return lang_; }
  const std::vector<std::string>& labels() const { return labels_; }
  // Feature rows of the model(s).
  size_t num_features() const { return model_.num_features() + label_model_.num_features(); }
  bool factored() const { return factored_; }
  // The word-cluster table the features use; empty when the file has none.
  const WordClusters& clusters() const { return clusters_; }

 private:
  friend class ParserTrainer;
  std::string lang_;
  LinearModel model_;        // joint: 1 + 2L transitions; factored: the 14 move classes
  LinearModel label_model_;  // factored only: 2L classes, LEFT-l then RIGHT-l
  bool factored_ = false;
  std::vector<uint8_t> arc_classes_;  // factored: move class of LEFT-l (l) and RIGHT-l (L + l)
  std::vector<std::string> labels_;  // label id → relation; labels_[0] is "root"
  WordClusters clusters_;            // empty: no cluster features
  bool label_sets_ = false;          // format 3: label-set templates
  TemplateMask dropped_;             // format 5: the templates left out
};

struct ParserTrainOptions {
  std::string lang;
  int epochs = 15;
  uint32_t seed = 1;
  // Probability of following the model's own (wrong) transition after the
  // first epoch, so that it learns to recover from its mistakes.
  double explore = 0.9;
  float min_weight = 0.0f;
  // Word clusters for the cluster features, copied into the model; null or
  // empty: none (the model then scores exactly as a format 1 one).
  const WordClusters* clusters = nullptr;
  // The label-set templates (format 3): the relations each of s0, s1 and b0
  // has already taken on its left and right. Off by default: the shipped
  // models do not use them (models/README.md says why).
  bool label_sets = false;
  // A factored model (format 4): moves and relations scored by two
  // classifiers, the relation only on arcs (see the comment at the top).
  bool factored = false;
  // Template ids of Features() (parser.cc) to leave out (format 5): fewer
  // features per transition, so faster parsing (models/README.md, "Fewer
  // templates"). Joint models only.
  std::vector<uint32_t> dropped_templates;
  // Epochs without a better dev LAS before training stops.
  int patience = 3;
  std::function<void(const std::string&)> log;
};

struct ParseScores {
  size_t words = 0;
  double uas = 0, las = 0;
};
// Scores `parser` on gold sentences (heads and relations; input UPOS as given).
ParseScores EvaluateParser(const Parser& parser, const std::vector<ParseSentence>& gold);

// Trains a parser, keeping the epoch with the best dev LAS. Deterministic
// given options.seed.
Result<std::unique_ptr<Parser>> TrainParser(const std::vector<ParseSentence>& train,
                                            const std::vector<ParseSentence>& dev,
                                            const ParserTrainOptions& options,
                                            ParseScores* best_dev = nullptr);

}  // namespace strabo

// The tagger: UPOS, lemma and a few morphological features per word.
//
// Three averaged-perceptron classifiers over hashed features
// (src/ml/linear_model.h):
//  - UPOS, greedy left to right, with the two previous predicted tags, words
//    ±2, affixes, shapes and each word's ambiguity class from the training
//    lexicon as features. Frequent words that had one tag in training take it
//    without scoring.
//  - FEATS, after UPOS, as one class per combination of the features event
//    coding needs (kTaggedFeatures), conditioned on the predicted UPOS.
//  - lemma: a (form, UPOS) seen in training takes its most frequent lemma;
//    any other word takes the best-scoring edit script (tag/edit_script.h)
//    that fits it; for verbs, among the best few scripts, the first whose
//    result is a known verb lemma (from training and an optional verb list,
//    such as data/es-verbs.txt or data/en-verbs.txt) wins, so
//    "desarticularon" → "desarticular" and "rioted" → "riot". A script that
//    keeps less than two letters of the form does not count there. When none
//    gives a known verb, suffix rules from a dictionary's paradigms (format
//    version 3, ParadigmLemma) may ("niega" → "negar"); then, in Spanish, a
//    stem's u or i may be the infinitive's o or e ("murieron" → "morir").
//
// Optionally (TaggerTrainOptions::verb_feature, kind_version 2), the UPOS
// classifier also sees whether a word looks like a form of a known verb: some
// suffix rule learned from the training data's VERB/AUX words ("-uvieron" →
// "-ener", "-aron" → "-ar") turns the lower-cased word into a lemma of the
// verb list. With a long verb list this tells an unseen finite verb
// ("detuvo") from an adjective or a noun, which the word's own affixes often
// cannot. Models trained without it have no rules and tag as before.
//
// Optionally (TaggerTrainOptions::pos_dictionary, kind_version 4), the UPOS
// classifier also reads what a dictionary says each word and its neighbours
// can be (tag/pos_dictionary.h: noun, verb form, adjective, adverb...), which
// helps most on words the treebank never showed. With feats_context (also
// version 4) the FEATS classifier reads the nearest verb or auxiliary to the
// left.
//
// A Tagger is immutable after loading and safe to use from many threads.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ml/linear_model.h"
#include "ml/word_features.h"
#include "strabo/document.h"
#include "strabo/status.h"
#include "tag/pos_dictionary.h"

namespace strabo {

// The FEATS the tagger predicts, in UD order; other features are dropped.
inline constexpr std::string_view kTaggedFeatures[] = {"Mood",  "Number", "Person", "Polarity",
                                                       "Tense", "VerbForm", "Voice"};

// `feats` restricted to kTaggedFeatures ("_" and "" give "").
std::string ReduceFeats(std::string_view feats);

// One gold word of a training sentence.
struct TagWord {
  std::string form;
  Upos upos = Upos::kX;
  std::string lemma;
  std::string feats;  // full UD FEATS; reduced when training
};
using TagSentence = std::vector<TagWord>;

class Tagger {
 public:
  // Version 1: no verb rules. Version 2: a `verb_rules` section and the
  // verb-likeness features (written only for models trained with them).
  // Version 3: also a `verb_endings` section (ParadigmLemma). Version 4: a
  // `pos_dictionary` section and its features; the verb sections are then
  // there only when the model uses them.
  static constexpr uint32_t kKindVersion = 4;

  // Loads a model written by Save (container kind "tagger").
  static Result<std::unique_ptr<Tagger>> Load(const std::string& path);

  // Writes the model with `settings` (how it was trained) recorded in it.
  Status Save(const std::string& path, const std::map<std::string, std::string>& settings) const;

  // Tags the tokens of one sentence: sets upos, lemma and feats from form.
  // A sentence in capitals (a wire headline, core/casing.h) is read
  // true-cased: the words the lexicon knows only as names and an unknown
  // (or rare) first word that does not look like a verb are capitalised,
  // other words are in lower case. Its forms are left as written.
  void Tag(std::span<Token> tokens) const;

  // The verb-likeness class of a case-folded word: 0 when the model has no
  // verb rules or none of them turns `lower` into a known verb lemma (with at
  // least two code points of the word kept); else the class of the lemma's
  // ending: 1 "-ar", 2 "-er", 3 "-ir"/"-ír", 4 any other. *rule, when given,
  // receives an id of the rule that fired (0 when none).
  int VerbLikeness(std::string_view lower, uint64_t* rule = nullptr) const;
  bool has_verb_rules() const { return !verb_rules_.empty(); }

  // The lemma a dictionary's paradigm rules (version 3, `strabo train tagger
  // --verb-endings`) give a case-folded verb form: the first known verb that
  // the longest matching form ending makes of it, at least one code point of
  // the word kept ("niegan" → "negar", "vuelvan" → "volver"); empty when none
  // does or the model has no such rules.
  std::string ParadigmLemma(std::string_view lower) const;

  const std::string& lang() const { return lang_; }
  size_t num_features() const {
    return upos_.num_features() + feats_.num_features() + lemma_.num_features();
  }

 private:
  friend class TaggerTrainer;
  struct LexEntry {
    uint32_t ambiguity = 0;  // bit per UPOS seen (with a share of at least 5%)
    int8_t sure = -1;        // the UPOS of a frequent unambiguous word, else -1
    std::vector<std::pair<Upos, std::string>> lemmas;  // most frequent lemma per UPOS
    // VerbLikeness of the word, computed once when the model is loaded.
    uint8_t verb = 0;
    uint64_t verb_rule = 0;
  };

  // The forms of an all-capitals sentence as the tagger reads them (see Tag).
  std::vector<std::string> TrueCased(std::span<const Token> tokens) const;

  const LexEntry* Find(const std::string& lower) const {
    auto it = lexicon_.find(lower);
    return it == lexicon_.end() ? nullptr : &it->second;
  }

  std::string lang_;
  LinearModel upos_, feats_, lemma_;
  std::vector<std::string> feat_classes_;    // class → reduced FEATS
  std::vector<std::string> script_classes_;  // class → edit script
  std::unordered_map<std::string, LexEntry> lexicon_;
  std::unordered_set<std::string> verbs_;    // known VERB / AUX lemmas
  // Suffix rules for verb forms: the end of a form (case-folded) → the lemma
  // endings that replace it, in the order they are tried.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  struct VerbRules {
    std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> by_ending;
    size_t longest = 0;  // the longest form ending, in code points
    bool empty() const { return by_ending.empty(); }
    size_t size() const { return by_ending.size(); }
    // Appends `append` to the lemma endings of `ending` unless it is there.
    void Add(const std::string& ending, const std::string& append);
  };
  // The first known verb a rule of `rules` makes of the case-folded word
  // `lower`: the longest form ending first (keeping at least `min_kept` code
  // points of the word), each of its lemma endings in order. Sets *lemma and
  // *rule (an id of the rule; `rule` may be null) and returns true; false
  // when no rule does.
  bool VerbByRules(const VerbRules& rules, size_t min_kept, std::string_view lower, std::string* lemma,
                   uint64_t* rule) const;
  // Learned from the training data's VERB/AUX words (version 2): the
  // verb-likeness features. Empty: none.
  VerbRules verb_rules_;
  // From a dictionary's paradigms (version 3): lemmas of unseen verb forms
  // only, so that the UPOS features stay as the training data made them.
  VerbRules verb_endings_;
  // Hash64(lemma) | 1 of every known verb, open addressing (a power of two
  // long, 0 = empty): VerbLikeness tries many candidate lemmas per word and
  // most are not verbs; this rejects them without a string lookup.
  std::vector<uint64_t> verb_hashes_;
  // What a dictionary says each word can be (version 4): features of the
  // UPOS classifier. Empty: none.
  PosDictionary pos_dictionary_;
  // The FEATS classifier's left-verb templates (version 4).
  bool feats_context_ = false;
  // Each word's PosDictionary classes as the UPOS features read them: only
  // for words the training data did not teach (not seen at least twice, so
  // no ambiguity class); the others read kTaughtByTreebank, so that a
  // frequent word keeps the behaviour the treebank gave it. Cleared when the
  // model has no dictionary.
  static constexpr uint16_t kTaughtByTreebank = 0x4000;
  void DictionaryColumn(std::span<const WordInfo> words, std::span<const void* const> lex,
                        std::vector<uint16_t>* dict) const;
  // Builds verb_hashes_ and the lexicon's verb classes (after verbs_,
  // verb_rules_ and lexicon_ are filled).
  void IndexVerbs();
  bool MaybeVerb(std::string_view lemma) const;
  // The verb-likeness class and rule of each word of a sentence where the
  // UPOS features read them: the scored words (scored[i] != 0) and their
  // right neighbours; 0 elsewhere. `lex`: each word's LexEntry or null.
  void VerbColumns(std::span<const WordInfo> words, std::span<const void* const> lex,
                   std::span<const uint8_t> scored, std::vector<uint32_t>* verb,
                   std::vector<uint64_t>* rule) const;
};

struct TaggerTrainOptions {
  std::string lang;
  int epochs = 12;
  uint32_t seed = 1;
  // Averaged weights below this magnitude are dropped (smaller models).
  float min_weight = 0.0f;
  // Known verb lemmas besides those of the training data (infinitives).
  std::vector<std::string> verbs;
  // Adds the verb-likeness features (see the top of this file); the rules are
  // learned from the training data and recorded in the model.
  bool verb_feature = false;
  // Verb rules from a dictionary's paradigms (e.g. data/es-verb-endings.tsv,
  // from hunspell-es), (form ending, lemma ending) pairs in the order to try
  // them, recorded in the model. They lemmatise verb forms no learned script
  // turns into a known verb (Tagger::ParadigmLemma) and change nothing else:
  // the weights are those of the same model trained without them.
  std::vector<std::pair<std::string, std::string>> verb_endings;
  // What a dictionary says each word can be (e.g. data/en-pos-dictionary.tsv,
  // from WordNet): the UPOS classifier reads the classes of each word and of
  // its neighbours (version 4). Recorded in the model; empty: none.
  PosDictionary pos_dictionary;
  // Gives the FEATS classifier the nearest verb or auxiliary to the left, so
  // that it tells a past tense from a participle ("police responded" against
  // "had responded"; kind_version 4, recorded in the model).
  bool feats_context = false;
  // Progress and per-epoch dev accuracy, one line each; may be empty.
  std::function<void(const std::string&)> log;
};

// Accuracy of a tagger on gold sentences, in percent.
struct TagScores {
  size_t words = 0;
  double upos = 0, lemma = 0, feats = 0;
};
TagScores EvaluateTagger(const Tagger& tagger, const std::vector<TagSentence>& gold);

// Trains a tagger, keeping the epoch with the best dev UPOS accuracy (dev may
// be empty: then the last epoch). Deterministic given options.seed.
Result<std::unique_ptr<Tagger>> TrainTagger(const std::vector<TagSentence>& train,
                                            const std::vector<TagSentence>& dev,
                                            const TaggerTrainOptions& options,
                                            TagScores* best_dev = nullptr);

}  // namespace strabo

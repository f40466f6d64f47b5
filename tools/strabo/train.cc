// strabo train tagger|parser: trains a model from CoNLL-U treebanks.
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

#include "commands.h"
#include "conllu/conllu.h"
#include "entities/tagger.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "util/container.h"
#include "util/file.h"
#include "util/lines.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::cli {
namespace {

struct TrainOptions {
  std::string lang;
  std::vector<std::string> train;
  std::string dev;
  int hold_out = 0;
  std::string out;
  int epochs = 0;
  uint32_t seed = 1;
  float min_weight = 0.0f;
  std::string verbs;  // a list of known verb lemmas (the tagger, the parser's jackknife taggers)
  bool verb_feature = false;  // the taggers' verb-likeness features
  std::string verb_endings;   // more verb rules for them (e.g. data/es-verb-endings.tsv)
  std::string pos_dictionary;  // the taggers' part-of-speech dictionary (e.g. data/en-pos-dictionary.tsv)
  bool feats_context = false;  // the taggers' left-verb FEATS templates
  // Parser only.
  std::string tagger;
  int jackknife = 4;
  int tagger_epochs = 8;
  std::string clusters;  // an entity model whose word-cluster table the parser uses
  bool label_sets = false;  // the parser's label-set templates (format 3)
  bool factored = false;    // the parser's factored move and relation models (format 4)
  std::string drop_templates;  // the parser's templates to leave out (format 5): "5,7,8"
  int patience = 3;         // the parser's epochs without a dev gain before it stops
};

void Log(const std::string& line) {
  std::fprintf(stderr, "%s\n", line.c_str());
  std::fflush(stderr);
}

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Reads the treebanks; with hold_out K, every K-th sentence goes to *dev.
bool ReadTreebanks(const TrainOptions& o, std::vector<ConlluSentence>* train, std::vector<ConlluSentence>* dev) {
  size_t index = 0;
  for (const std::string& path : o.train) {
    int bad = 0;
    std::string first_error;
    auto sentences = ReadConlluFile(path, &bad, &first_error);
    if (!sentences.ok()) {
      std::fprintf(stderr, "strabo: %s\n", sentences.status().message().c_str());
      return false;
    }
    if (bad > 0) std::fprintf(stderr, "strabo: skipped %d malformed sentences, first: %s\n", bad, first_error.c_str());
    for (ConlluSentence& s : *sentences) {
      const bool held = o.hold_out > 0 && index++ % o.hold_out == 0;
      (held ? dev : train)->push_back(std::move(s));
    }
  }
  if (!o.dev.empty()) {
    auto sentences = ReadConlluFile(o.dev);
    if (!sentences.ok()) {
      std::fprintf(stderr, "strabo: %s\n", sentences.status().message().c_str());
      return false;
    }
    for (ConlluSentence& s : *sentences) dev->push_back(std::move(s));
  }
  if (train->empty()) {
    std::fprintf(stderr, "strabo: no training sentences in %s\n", o.train.front().c_str());
    return false;
  }
  return true;
}

TagSentence ToTagSentence(const ConlluSentence& s) {
  TagSentence out;
  for (const ConlluWord& w : s.words)
    out.push_back({w.form, ParseUpos(w.upos).value_or(Upos::kX), w.lemma, w.feats});
  return out;
}

ParseSentence ToParseSentence(const ConlluSentence& s) {
  ParseSentence out;
  for (const ConlluWord& w : s.words)
    out.push_back({w.form, ParseUpos(w.upos).value_or(Upos::kX), ReduceFeats(w.feats), w.lemma,
                   w.head < 0 ? 0 : w.head, w.deprel});
  return out;
}

// Replaces the UPOS, FEATS and lemmas of `sentences` by `tagger`'s.
void Retag(const Tagger& tagger, std::vector<ParseSentence>* sentences) {
  std::vector<Token> tokens;
  for (ParseSentence& s : *sentences) {
    tokens.assign(s.size(), Token());
    for (size_t i = 0; i < s.size(); ++i) tokens[i].form = s[i].form;
    tagger.Tag(tokens);
    for (size_t i = 0; i < s.size(); ++i) {
      s[i].upos = tokens[i].upos;
      s[i].feats = tokens[i].feats;
      s[i].lemma = tokens[i].lemma;
    }
  }
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::map<std::string, std::string> CommonSettings(const TrainOptions& o, const std::string& what,
                                                  size_t train_sentences, size_t dev_sentences) {
  std::string command = "strabo train " + what + " --lang " + o.lang + " --train " + Join(o.train);
  if (!o.dev.empty()) command += " --dev " + o.dev;
  if (o.hold_out > 0) command += " --hold-out " + std::to_string(o.hold_out);
  command += " --seed " + std::to_string(o.seed);
  if (o.epochs > 0) command += " --epochs " + std::to_string(o.epochs);
  if (!o.verbs.empty()) command += " --verbs " + o.verbs;
  if (o.verb_feature) command += " --verb-feature";
  if (!o.verb_endings.empty()) command += " --verb-endings " + o.verb_endings;
  if (!o.pos_dictionary.empty()) command += " --pos-dictionary " + o.pos_dictionary;
  if (o.feats_context) command += " --feats-context";
  if (o.min_weight > 0) command += " --min-weight " + std::to_string(o.min_weight);
  if (what == "parser") {
    if (!o.tagger.empty()) command += " --tagger " + o.tagger;
    command += " --jackknife " + std::to_string(o.jackknife);
    if (!o.clusters.empty()) command += " --clusters " + o.clusters;
    if (o.label_sets) command += " --label-sets";
    if (o.factored) command += " --factored";
    if (!o.drop_templates.empty()) command += " --drop-templates " + o.drop_templates;
    if (o.patience != 3) command += " --patience " + std::to_string(o.patience);
  }
  command += " --out " + o.out;
  return {{"command", command},
          {"train_sentences", std::to_string(train_sentences)},
          {"dev_sentences", std::to_string(dev_sentences)},
          {"seed", std::to_string(o.seed)},
          {"licence", "trained on Universal Dependencies treebanks (see models/README.md): CC BY-SA 4.0"}};
}

// Reads the verb list of --verbs (if any) into *verbs and its "# " header
// lines into *source; false (with a message) when it cannot be read.
bool ReadVerbList(const TrainOptions& o, std::vector<std::string>* verbs, std::string* source) {
  if (o.verbs.empty()) return true;
  auto list = ReadFile(o.verbs);
  if (!list.ok()) {
    std::fprintf(stderr, "strabo: --verbs: %s; give a list of verb lemmas, one per line (e.g. data/es-verbs.txt)\n",
                 list.status().message().c_str());
    return false;
  }
  ForEachLine(*list, [&](std::string_view line, size_t) {
    if (line.starts_with("# ")) source->append(source->empty() ? "" : " ").append(line.substr(2));
    else if (!line.empty() && line[0] != '#') verbs->emplace_back(line);
  });
  return true;
}

// Reads the verb rules of --verb-endings (if any): lines "form ending TAB
// lemma ending [TAB count]", '#' comments; an ending may be empty. False
// (with a message naming the line) when the file cannot be read or a line is
// malformed.
bool ReadVerbEndings(const TrainOptions& o, std::vector<std::pair<std::string, std::string>>* endings,
                     std::string* source) {
  if (o.verb_endings.empty()) return true;
  if (!o.verb_feature) {
    std::fprintf(stderr, "strabo: --verb-endings adds verb-likeness rules: give --verb-feature too\n");
    return false;
  }
  auto text = ReadFile(o.verb_endings);
  if (!text.ok()) {
    std::fprintf(stderr, "strabo: --verb-endings: %s; give a table of verb endings (e.g. data/es-verb-endings.tsv)\n",
                 text.status().message().c_str());
    return false;
  }
  size_t bad_line = 0;
  ForEachLine(*text, [&](std::string_view line, size_t number) {
    if (line.starts_with("# ")) source->append(source->empty() ? "" : " ").append(line.substr(2));
    if (bad_line != 0 || line.empty() || line[0] == '#') return;
    const std::vector<std::string_view> fields = SplitFields(line, '\t', /*keep_empty=*/true);
    if (fields.size() < 2 || fields.size() > 3 || !IsValidUtf8(fields[0]) || !IsValidUtf8(fields[1])) {
      bad_line = number;
      return;
    }
    endings->emplace_back(fields[0], fields[1]);
  });
  if (bad_line != 0) {
    std::fprintf(stderr, "strabo: --verb-endings: %s:%zu: expected 'form ending<TAB>lemma ending[<TAB>count]' in UTF-8\n",
                 o.verb_endings.c_str(), bad_line);
    return false;
  }
  return true;
}

// Reads the part-of-speech dictionary of --pos-dictionary (if any): lines
// "word TAB classes", classes being letters of PosDictionary::kLetters
// ("running<TAB>nga"), '#' comments. False (with a message naming the line)
// when the file cannot be read or a line is malformed.
bool ReadPosDictionary(const TrainOptions& o, PosDictionary* dictionary, std::string* source) {
  if (o.pos_dictionary.empty()) return true;
  auto text = ReadFile(o.pos_dictionary);
  if (!text.ok()) {
    std::fprintf(stderr, "strabo: --pos-dictionary: %s; give a table of words and their classes "
                 "(e.g. data/en-pos-dictionary.tsv, written by scripts/make-en-pos-dictionary)\n",
                 text.status().message().c_str());
    return false;
  }
  size_t bad_line = 0;
  std::string scratch;
  ForEachLine(*text, [&](std::string_view line, size_t number) {
    if (line.starts_with("# ")) source->append(source->empty() ? "" : " ").append(line.substr(2));
    if (bad_line != 0 || line.empty() || line[0] == '#') return;
    const std::vector<std::string_view> fields = SplitFields(line, '\t', /*keep_empty=*/true);
    const auto classes = fields.size() == 2 ? PosDictionary::ParseLetters(fields[1]) : std::nullopt;
    if (!classes || fields[0].empty() || !IsValidUtf8(fields[0])) {
      bad_line = number;
      return;
    }
    // Keyed as the tagger reads words (DescribeWord's `lower`).
    dictionary->Add(FoldCase(FoldTypography(fields[0], &scratch)), *classes);
  });
  if (bad_line != 0) {
    std::fprintf(stderr, "strabo: --pos-dictionary: %s:%zu: expected 'word<TAB>classes' in UTF-8, classes "
                 "being letters of '%s' (noun, plural noun, verb, verb -s, past/participle, -ing, "
                 "adjective, comparative, adverb)\n",
                 o.pos_dictionary.c_str(), bad_line, std::string(PosDictionary::kLetters).c_str());
    return false;
  }
  if (dictionary->empty()) {
    std::fprintf(stderr, "strabo: --pos-dictionary: %s lists no word\n", o.pos_dictionary.c_str());
    return false;
  }
  return true;
}

// What the tagger is trained with besides the treebank, for `train tagger`
// and for `train parser`'s jackknife taggers alike: the verb-likeness and
// left-verb flags, and the files of --verbs, --verb-endings and
// --pos-dictionary read into *options. *settings (may be null) receives
// each file given and its "# " header lines (the data ships inside the
// model, so its source and licence go with it). False, with a message, when
// a file cannot be read or is malformed.
bool ReadTaggerData(const TrainOptions& o, TaggerTrainOptions* options,
                    std::map<std::string, std::string>* settings) {
  options->verb_feature = o.verb_feature;
  options->feats_context = o.feats_context;
  std::string verbs_source, endings_source, dictionary_source;
  if (!ReadVerbList(o, &options->verbs, &verbs_source) ||
      !ReadVerbEndings(o, &options->verb_endings, &endings_source) ||
      !ReadPosDictionary(o, &options->pos_dictionary, &dictionary_source))
    return false;
  if (settings == nullptr) return true;
  for (const auto& [key, file, source] :
       {std::tuple{"verbs", &o.verbs, &verbs_source}, std::tuple{"verb_endings", &o.verb_endings, &endings_source},
        std::tuple{"pos_dictionary", &o.pos_dictionary, &dictionary_source}}) {
    if (file->empty()) continue;
    (*settings)[key] = *file;
    (*settings)[std::string(key) + "_source"] = *source;
  }
  return true;
}

int TrainTaggerCommand(const TrainOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ConlluSentence> train, dev;
  if (!ReadTreebanks(o, &train, &dev)) return kExitFatal;
  std::vector<TagSentence> tag_train, tag_dev;
  for (const auto& s : train) tag_train.push_back(ToTagSentence(s));
  for (const auto& s : dev) tag_dev.push_back(ToTagSentence(s));
  TaggerTrainOptions options;
  options.lang = o.lang;
  if (o.epochs > 0) options.epochs = o.epochs;
  options.seed = o.seed;
  options.min_weight = o.min_weight;
  options.log = Log;
  std::map<std::string, std::string> data_settings;
  if (!ReadTaggerData(o, &options, &data_settings)) return kExitFatal;
  TagScores best;
  auto tagger = TrainTagger(tag_train, tag_dev, options, &best);
  if (!tagger.ok()) {
    std::fprintf(stderr, "strabo: %s\n", tagger.status().message().c_str());
    return kExitFatal;
  }
  auto settings = CommonSettings(o, "tagger", train.size(), dev.size());
  char buf[128];
  if (dev.empty()) std::snprintf(buf, sizeof buf, "none (no development data)");
  else std::snprintf(buf, sizeof buf, "UPOS %.2f lemma %.2f feats %.2f", best.upos, best.lemma, best.feats);
  settings["dev_accuracy"] = buf;
  settings["epochs"] = std::to_string(options.epochs);
  settings["min_weight"] = std::to_string(o.min_weight);
  settings.merge(data_settings);
  Status status = (*tagger)->Save(o.out, settings);
  if (!status.ok()) {
    std::fprintf(stderr, "strabo: %s\n", status.message().c_str());
    return kExitFatal;
  }
  std::fprintf(stderr, "strabo: wrote %s (dev %s) in %.1f s\n", o.out.c_str(), buf, Seconds(start));
  return kExitOk;
}

// The word-cluster table of an entity model (induced from raw news and
// treebank text, models/README.md): the parser keeps a copy in its own file.
Result<WordClusters> ReadClusters(const std::string& path) {
  auto c = Container::Open(path, ner::kNerKind, ner::kNerKindVersion);
  if (!c.ok()) return c.status();
  if (!c->HasSection("clusters"))
    return Status::InvalidInput(path + " has no word clusters (no section 'clusters'; it was trained with --clusters 0)");
  auto bytes = c->Section("clusters");
  if (!bytes.ok()) return bytes.status();
  return WordClusters::Deserialize(*bytes, path + ": section clusters");
}

int TrainParserCommand(const TrainOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  // The template list and the cluster table first: a wrong one should not
  // cost a jackknife.
  std::vector<uint32_t> dropped_templates;
  if (!o.drop_templates.empty()) {
    auto dropped = ParseTemplateList(o.drop_templates);
    if (!dropped.ok()) {
      std::fprintf(stderr, "strabo: --drop-templates: %s\n", dropped.status().message().c_str());
      return kExitUsage;
    }
    for (size_t t = 0; t < dropped->size(); ++t)
      if ((*dropped)[t]) dropped_templates.push_back(static_cast<uint32_t>(t));
  }
  WordClusters clusters;
  if (!o.clusters.empty()) {
    auto table = ReadClusters(o.clusters);
    if (!table.ok()) {
      std::fprintf(stderr, "strabo: --clusters: %s; give an entity model with word clusters (e.g. models/en.ner)\n",
                   table.status().message().c_str());
      return kExitFatal;
    }
    clusters = std::move(table.value());
  }
  TaggerTrainOptions jackknife_options;  // what every jackknife tagger shares
  jackknife_options.lang = o.lang;
  jackknife_options.epochs = o.tagger_epochs;
  if (!ReadTaggerData(o, &jackknife_options, nullptr)) return kExitFatal;
  std::vector<ConlluSentence> train, dev;
  if (!ReadTreebanks(o, &train, &dev)) return kExitFatal;
  std::vector<ParseSentence> parse_train, parse_dev;
  for (const auto& s : train) parse_train.push_back(ToParseSentence(s));
  for (const auto& s : dev) parse_dev.push_back(ToParseSentence(s));

  // Jackknifing: the parser learns from tags as a tagger predicts them on
  // text it has not seen, so each fold is tagged by a tagger trained on the
  // other folds.
  if (o.jackknife >= 2) {
    const size_t k = static_cast<size_t>(o.jackknife);
    for (size_t fold = 0; fold < k; ++fold) {
      std::vector<TagSentence> fold_train;
      std::vector<size_t> held;
      for (size_t i = 0; i < train.size(); ++i) {
        if (i % k == fold) held.push_back(i);
        else fold_train.push_back(ToTagSentence(train[i]));
      }
      TaggerTrainOptions options = jackknife_options;
      options.seed = o.seed + static_cast<uint32_t>(fold);
      auto tagger = TrainTagger(fold_train, {}, options);
      if (!tagger.ok()) {
        std::fprintf(stderr, "strabo: %s\n", tagger.status().message().c_str());
        return kExitFatal;
      }
      std::vector<ParseSentence> part;
      for (size_t i : held) part.push_back(parse_train[i]);
      Retag(**tagger, &part);
      size_t correct = 0, words = 0;
      for (size_t j = 0; j < held.size(); ++j) {
        for (size_t w = 0; w < part[j].size(); ++w) correct += part[j][w].upos == parse_train[held[j]][w].upos;
        words += part[j].size();
        parse_train[held[j]] = std::move(part[j]);
      }
      std::fprintf(stderr, "parser: jackknife fold %zu/%zu tagged %zu words, UPOS %.2f%% (%.0f s)\n", fold + 1, k,
                   words, 100.0 * correct / std::max<size_t>(words, 1), Seconds(start));
    }
  }
  if (!o.tagger.empty()) {
    auto tagger = Tagger::Load(o.tagger);
    if (!tagger.ok()) {
      std::fprintf(stderr, "strabo: %s\n", tagger.status().message().c_str());
      return kExitFatal;
    }
    Retag(**tagger, &parse_dev);
  }
  ParserTrainOptions options;
  options.lang = o.lang;
  if (o.epochs > 0) options.epochs = o.epochs;
  options.seed = o.seed;
  options.min_weight = o.min_weight;
  options.clusters = &clusters;
  options.label_sets = o.label_sets;
  options.factored = o.factored;
  options.dropped_templates = dropped_templates;
  options.patience = o.patience;
  options.log = Log;
  ParseScores best;
  auto parser = TrainParser(parse_train, parse_dev, options, &best);
  if (!parser.ok()) {
    std::fprintf(stderr, "strabo: %s\n", parser.status().message().c_str());
    return kExitFatal;
  }
  auto settings = CommonSettings(o, "parser", train.size(), dev.size());
  char buf[128];
  if (dev.empty()) std::snprintf(buf, sizeof buf, "none (no development data)");
  else std::snprintf(buf, sizeof buf, "UAS %.2f LAS %.2f (tags from %s)", best.uas, best.las,
                     o.tagger.empty() ? "gold" : o.tagger.c_str());
  settings["dev_accuracy"] = buf;
  settings["epochs"] = std::to_string(options.epochs);
  settings["min_weight"] = std::to_string(o.min_weight);
  if (!o.clusters.empty())
    settings["clusters"] = o.clusters + " (" + std::to_string(clusters.num_clusters()) + " classes, " +
                           std::to_string(clusters.size()) + " words)";
  Status status = (*parser)->Save(o.out, settings);
  if (!status.ok()) {
    std::fprintf(stderr, "strabo: %s\n", status.message().c_str());
    return kExitFatal;
  }
  std::fprintf(stderr, "strabo: wrote %s (dev %s) in %.1f s\n", o.out.c_str(), buf, Seconds(start));
  return kExitOk;
}

void AddCommon(CLI::App* cmd, TrainOptions* o) {
  cmd->add_option("--lang", o->lang, "Language of the treebank: en or es")
      ->required()
      ->check(CLI::IsMember({"en", "es"}));
  cmd->add_option("--train", o->train, "Training treebanks (CoNLL-U)")->required()->expected(1, -1);
  cmd->add_option("--dev", o->dev, "Development treebank (CoNLL-U) for early stopping and reports");
  cmd->add_option("--hold-out", o->hold_out,
                  "Use every K-th training sentence as development data instead (when no --dev)")
      ->check(CLI::Range(0, 1000));
  cmd->add_option("--out", o->out, "Model file to write")->required();
  cmd->add_option("--epochs", o->epochs, "Maximum number of epochs (default: tagger 12, parser 15)")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--seed", o->seed, "Random seed (shuffling, exploration)")->default_val(1);
  cmd->add_option("--min-weight", o->min_weight,
                  "Drop averaged weights smaller than this (smaller model files)")
      ->default_val(0.0f);
}

}  // namespace

void RegisterTrain(CLI::App* app, int* exit_code) {
  CLI::App* cmd = app->add_subcommand(
      "train", "Train a model from gold data: the tagger and parser from Universal Dependencies "
               "treebanks (CoNLL-U), the entity recogniser from CoNLL-style files. Progress and "
               "dev accuracy per epoch go to stderr; the model records how it was trained (see "
               "models/README.md for each recipe).");
  cmd->require_subcommand(1);
  auto tagger = std::make_shared<TrainOptions>();
  CLI::App* t = cmd->add_subcommand("tagger", "Train the UPOS / lemma / FEATS tagger");
  AddCommon(t, tagger.get());
  t->add_option("--verbs", tagger->verbs,
                "A list of known verb lemmas, one per line ('#' comments), e.g. data/es-verbs.txt: "
                "lemmas of unseen verb forms are chosen among them when a learned rule gives one");
  t->add_flag("--verb-feature", tagger->verb_feature,
              "Give the UPOS classifier a verb-likeness feature: whether a verb ending learned from "
              "the training data turns the word into a known verb (best with --verbs; recorded in "
              "the model, kind_version 2)");
  t->add_option("--verb-endings", tagger->verb_endings,
                 "With --verb-feature: more verb rules, lines 'form ending<TAB>lemma ending' (e.g. "
                 "data/es-verb-endings.tsv, from a dictionary's paradigms); also used to lemmatise "
                 "unseen verb forms (recorded in the model)");
  t->add_option("--pos-dictionary", tagger->pos_dictionary,
                "A part-of-speech dictionary, lines 'word<TAB>classes' (e.g. data/en-pos-dictionary.tsv, "
                "from WordNet by scripts/make-en-pos-dictionary): the UPOS classifier reads what it "
                "says each word and its neighbours can be (recorded in the model, kind_version 4)");
  t->add_flag("--feats-context", tagger->feats_context,
              "Give the FEATS classifier the nearest verb or auxiliary to the left, which tells a "
              "past tense from a participle ('police responded' / 'had responded'; recorded in the "
              "model, kind_version 4)");
  t->callback([tagger, exit_code] { *exit_code = TrainTaggerCommand(*tagger); });

  auto parser = std::make_shared<TrainOptions>();
  CLI::App* p = cmd->add_subcommand("parser", "Train the dependency parser");
  AddCommon(p, parser.get());
  p->add_option("--tagger", parser->tagger, "Tagger model whose tags the dev data is parsed with");
  p->add_option("--verbs", parser->verbs,
                "A list of known verb lemmas for the jackknife taggers (as 'train tagger --verbs'); "
                "give the one the --tagger model was trained with");
  p->add_flag("--verb-feature", parser->verb_feature,
              "Train the jackknife taggers with the verb-likeness feature (as 'train tagger "
              "--verb-feature'); give it when the --tagger model has it");
  p->add_option("--verb-endings", parser->verb_endings,
                 "More verb rules for the jackknife taggers (as 'train tagger --verb-endings')");
  p->add_option("--pos-dictionary", parser->pos_dictionary,
                "A part-of-speech dictionary for the jackknife taggers (as 'train tagger "
                "--pos-dictionary'); give the one the --tagger model was trained with");
  p->add_flag("--feats-context", parser->feats_context,
              "Train the jackknife taggers with the left-verb FEATS templates (as 'train tagger "
              "--feats-context'); give it when the --tagger model has them");
  p->add_option("--jackknife", parser->jackknife,
                "Tag the training data with K taggers each trained on the other folds (0: gold tags)")
      ->check(CLI::Range(0, 20))
      ->default_val(4);
  p->add_option("--tagger-epochs", parser->tagger_epochs, "Epochs of each jackknife tagger")
      ->check(CLI::Range(1, 100))
      ->default_val(8);
  p->add_option("--clusters", parser->clusters,
                "An entity model (strabo train ner, e.g. models/en.ner) whose word-cluster table the "
                "parser uses as features and copies into its own file");
  p->add_flag("--label-sets", parser->label_sets,
              "Add the label-set templates (the relations s0, s1 and b0 already have; format 3): "
              "EWT dev LAS 81.91 instead of 81.60 with --epochs 15; en.parser has them (see models/README.md)");
  p->add_flag("--factored", parser->factored,
              "Score the move (by kind of relation) and, on arcs only, the relation with two "
              "classifiers (format 4) instead of one over every labelled transition: parses "
              "about 1.25x as fast, 0.6 LAS lower (models/README.md)");
  p->add_option("--drop-templates", parser->drop_templates,
                "Leave these feature templates out of the joint model (comma-separated ids of Features() "
                "in src/parse/parser.cc; format 5): fewer features per transition, faster parsing. "
                "models/README.md ('Fewer templates') gives two measured lists")
      ->excludes("--factored");
  p->add_option("--patience", parser->patience, "Stop after this many epochs without a better dev LAS")
      ->check(CLI::Range(1, 100))
      ->default_val(3);
  p->callback([parser, exit_code] { *exit_code = TrainParserCommand(*parser); });

  RegisterTrainNer(cmd, exit_code);
}

}  // namespace strabo::cli

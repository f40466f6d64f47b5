// `strabo train ner` and `strabo eval ner`: the entity recogniser's models.
#include <chrono>
#include <cstdio>
#include <memory>

#include "clean/clean_stage.h"
#include "commands.h"
#include "entities/eval.h"
#include "entities/trainer.h"
#include "segment/segment_stage.h"
#include "strabo/reader.h"
#include "util/file.h"
#include "util/lines.h"
#include "util/progress.h"
#include "util/resources.h"
#include "util/utf8.h"

namespace strabo::cli {
namespace {

struct TrainNerOptions {
  ner::NerTrainOptions train;
  std::vector<std::string> unlabelled;
  std::string shared = std::string(STRABO_SOURCE_DIR) + "/../shared/data";
  std::string resources;
  uint32_t seed = 1;
  std::vector<uint32_t> seeds;  // --seeds: one run each, their mean written
  bool no_geonames = false, no_petrarch = false, no_case = false, no_memory = false,
       no_titles = false, no_organisations = false;
};

struct EvalNerOptions {
  std::vector<std::string> gold;
  std::string lang = "en";
  std::string model;
  std::string resources;
  bool sentence_level = false;
  bool no_memory = false;
  bool countries_as_places = false;
  std::string errors;       // write mismatching sentences here
  std::string predictions;  // write CoNLL word/gold/predicted lines here
};

// One line per sentence with a missed or wrong entity: the words with gold
// [brackets TYPE] and predicted {braces TYPE}.
void WriteErrors(std::FILE* out, const ner::NerCorpus& corpus,
                 const std::vector<std::vector<ner::TokenSpan>>& predicted) {
  static const char* kNames[] = {"PER", "ORG", "LOC", "MISC"};
  for (size_t i = 0; i < corpus.sentences.size(); ++i) {
    const auto& s = corpus.sentences[i];
    if (s.gold == predicted[i]) continue;
    std::string line;
    for (uint32_t k = 0; k < s.words.size(); ++k) {
      for (const auto& g : s.gold)
        if (g.begin == k) line += "[";
      for (const auto& p : predicted[i])
        if (p.begin == k) line += "{";
      line += s.words[k];
      for (const auto& p : predicted[i])
        if (p.end == k + 1) line += std::string("}") + kNames[static_cast<int>(p.type)];
      for (const auto& g : s.gold)
        if (g.end == k + 1) line += std::string("]") + kNames[static_cast<int>(g.type)];
      line += ' ';
    }
    std::fprintf(out, "%s\n", line.c_str());
  }
}

// Sentences of tokens from raw text for word clusters: CoNLL-U files give
// their FORM column, TimeBank .tsv files their first column (the
// "*!-DCTVALUE" date lines are not text); anything else is read as
// articles (txt, JSON Lines, HTML) and segmented as `extract` would.
Status ReadUnlabelled(const std::string& path, const std::string& lang,
                      std::vector<std::vector<std::string>>* out) {
  if (path.size() > 4 && path.substr(path.size() - 4) == ".tsv") {
    auto text = ReadFile(path);
    if (!text.ok()) return text.status();
    std::vector<std::string> sentence;
    ForEachLine(*text, [&](std::string_view line, size_t) {
      const std::string_view word = line.substr(0, line.find('\t'));
      if (word.empty() || word.rfind("*!-", 0) == 0) {
        if (!sentence.empty()) out->push_back(std::move(sentence));
        sentence.clear();
        return;
      }
      if (IsValidUtf8(word)) sentence.emplace_back(word);
    });
    if (!sentence.empty()) out->push_back(std::move(sentence));
    return Status::Ok();
  }
  if (path.size() > 7 && path.substr(path.size() - 7) == ".conllu") {
    auto text = ReadFile(path);
    if (!text.ok()) return text.status();
    std::vector<std::string> sentence;
    ForEachLine(*text, [&](std::string_view line, size_t) {
      if (line.empty()) {
        if (!sentence.empty()) out->push_back(std::move(sentence));
        sentence.clear();
        return;
      }
      if (line[0] == '#') return;
      const auto cols = SplitFields(line, '\t', true);
      if (cols.size() < 2 || cols[0].find_first_of("-.") != std::string_view::npos) return;  // ranges, empty nodes
      sentence.emplace_back(cols[1]);
    });
    if (!sentence.empty()) out->push_back(std::move(sentence));
    return Status::Ok();
  }
  auto reader = OpenReader(path);
  if (!reader.ok()) return reader.status();
  StageOptions options;
  options.lang = lang;
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  Article article;
  Status status;
  while ((*reader)->Next(&article, &status)) {
    if (!status.ok()) continue;  // a bad record: the rest of the file is still text
    Document doc = Document::FromArticle(article);
    if (!clean->Process(doc).ok() || !segment->Process(doc).ok()) continue;
    for (const Sentence& s : doc.sentences) {
      std::vector<std::string> words;
      for (uint32_t i = s.first_token; i < s.end_token; ++i)
        if (doc.tokens[i].part == 0) words.emplace_back(doc.Text(doc.tokens[i].span));
      out->push_back(std::move(words));
    }
  }
  return Status::Ok();
}

// CoNLL "WORD GOLD PREDICTED" lines (IOB2), a blank line between sentences:
// the input of the classic conlleval script.
void WritePredictions(std::FILE* out, const ner::NerCorpus& corpus,
                      const std::vector<std::vector<ner::TokenSpan>>& predicted) {
  static const char* kNames[] = {"PER", "ORG", "LOC", "MISC"};
  auto tags = [](size_t n, const std::vector<ner::TokenSpan>& spans) {
    std::vector<std::string> t(n, "O");
    for (const auto& s : spans)
      for (uint32_t k = s.begin; k < s.end && k < n; ++k)
        t[k] = std::string(k == s.begin ? "B-" : "I-") + kNames[static_cast<int>(s.type)];
    return t;
  };
  for (size_t i = 0; i < corpus.sentences.size(); ++i) {
    const auto& s = corpus.sentences[i];
    const auto gold = tags(s.words.size(), s.gold), pred = tags(s.words.size(), predicted[i]);
    for (size_t k = 0; k < s.words.size(); ++k)
      std::fprintf(out, "%s %s %s\n", s.words[k].c_str(), gold[k].c_str(), pred[k].c_str());
    std::fprintf(out, "\n");
  }
}

int RunTrainNer(TrainNerOptions& o) {
  ner::NerTrainOptions& t = o.train;
  for (const std::string& path : o.unlabelled) {
    const size_t before = t.unlabelled.size();
    Status s = ReadUnlabelled(path, t.lang, &t.unlabelled);
    if (!s.ok()) {
      std::fprintf(stderr, "strabo: train ner: %s\n", s.message().c_str());
      return kExitFatal;
    }
    std::fprintf(stderr, "strabo: train ner: %s: %zu unlabelled sentences\n", path.c_str(),
                 t.unlabelled.size() - before);
  }
  // data/ner's lists; an optional one left out (--no-titles,
  // --no-organisations) keeps an empty path.
  struct List {
    const char* path;
    bool wanted;
    std::string* out;
  };
  for (const List& list :
       {List{"data/ner/demonyms.tsv", true, &t.gazetteer.demonyms_path},
        List{"data/ner/aliases.tsv", true, &t.gazetteer.aliases_path},
        List{"data/ner/titles.tsv", !o.no_titles, &t.gazetteer.titles_path},
        List{"data/ner/organisations.tsv", !o.no_organisations, &t.gazetteer.organisations_path}}) {
    if (!list.wanted) continue;
    auto found = FindResource(list.path, o.resources);
    if (!found.ok()) {
      std::fprintf(stderr, "strabo: train ner: %s\n", found.status().message().c_str());
      return kExitFatal;
    }
    *list.out = *found;
  }
  t.gazetteer.shared_dir = o.shared;
  t.gazetteer.use_geonames = !o.no_geonames;
  t.gazetteer.use_petrarch = !o.no_petrarch;
  t.casing = !o.no_case;
  t.memory = !o.no_memory;
  t.command = Invocation();
  t.seeds = o.seeds.empty() ? std::vector<uint32_t>{o.seed} : o.seeds;
  t.log = [](const std::string& line) { std::fprintf(stderr, "strabo: train ner: %s\n", line.c_str()); };
  const auto start = std::chrono::steady_clock::now();
  ner::NerTrainResult result;
  Status status = ner::TrainNer(t, &result);
  if (!status.ok()) {
    std::fprintf(stderr, "strabo: train ner: %s\n", status.message().c_str());
    return kExitFatal;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string kept;
  for (const ner::NerRun& run : result.runs) {
    char one[96];
    std::snprintf(one, sizeof one, "%sseed %u: epoch %d, dev F1 %.2f", kept.empty() ? "" : "; ", run.seed,
                  run.best_epoch, run.dev.all.F1());
    kept += one;
  }
  std::fprintf(stderr, "strabo: train ner: wrote %s (%.1f MB, %zu features; %s%s) in %.0f s\n", t.out.c_str(),
               result.bytes / 1e6, result.features, kept.c_str(),
               result.runs.size() > 1 ? "; weights: the mean of the runs'" : "", secs);
  if (!t.dev.empty()) std::printf("dev (document level):\n%s", result.dev.Table().c_str());
  return kExitOk;
}

int RunEvalNer(const EvalNerOptions& o) {
  std::string path = o.model;
  if (path.empty()) {
    auto found = FindResource("models/" + o.lang + ".ner", o.resources);
    if (!found.ok()) {
      std::fprintf(stderr, "strabo: eval ner: %s; train one with 'strabo train ner' (models/README.md)\n",
                   found.status().message().c_str());
      return kExitFatal;
    }
    path = *found;
  }
  auto tagger = ner::NerTagger::Open(path);
  if (!tagger.ok()) {
    std::fprintf(stderr, "strabo: eval ner: %s\n", tagger.status().message().c_str());
    return kExitFatal;
  }
  int exit_code = kExitOk;
  for (const std::string& gold : o.gold) {
    auto corpus = ner::ReadNerCorpus(gold);
    if (!corpus.ok()) {
      std::fprintf(stderr, "strabo: eval ner: %s\n", corpus.status().message().c_str());
      exit_code = kExitRejected;
      continue;
    }
    const auto start = std::chrono::steady_clock::now();
    const auto predicted = ner::PredictCorpus(*tagger, *corpus, !o.sentence_level, !o.no_memory, o.countries_as_places);
    ner::NerScores scores;
    scores.misc_scored = corpus->has_misc;
    for (size_t i = 0; i < corpus->sentences.size(); ++i) scores.Add(corpus->sentences[i].gold, predicted[i]);
    if (!o.errors.empty()) {
      std::FILE* out = std::fopen(o.errors.c_str(), "w");
      if (!out) {
        std::perror(("strabo: eval ner: cannot write " + o.errors).c_str());
        return kExitFatal;
      }
      WriteErrors(out, *corpus, predicted);
      std::fclose(out);
    }
    if (!o.predictions.empty()) {
      std::FILE* out = std::fopen(o.predictions.c_str(), "w");
      if (!out) {
        std::perror(("strabo: eval ner: cannot write " + o.predictions).c_str());
        return kExitFatal;
      }
      WritePredictions(out, *corpus, predicted);
      std::fclose(out);
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s (%zu sentences, %llu tokens, model %s, %s level, %.0f tokens/s)\n%s\n", gold.c_str(),
                corpus->sentences.size(), static_cast<unsigned long long>(corpus->tokens), path.c_str(),
                o.sentence_level ? "sentence" : "document", corpus->tokens / (secs > 0 ? secs : 1e-9),
                scores.Table().c_str());
  }
  return exit_code;
}

}  // namespace

void RegisterTrainNer(CLI::App* train_cmd, int* exit_code) {
  auto train = std::make_shared<TrainNerOptions>();
  CLI::App* tcmd =
      train_cmd->add_subcommand("ner",
                           "Train the named-entity recogniser (PER, ORG, LOC, MISC) for one language "
                           "from CoNLL-style files. Prints dev F1 after every epoch and keeps the best.");
  tcmd->add_option("--lang", train->train.lang, "Language of the model: en or es")
      ->required()
      ->check(CLI::IsMember({"en", "es"}));
  tcmd->add_option("--train", train->train.train,
                   "Gold files: 'WORD TAG' or 'ID WORD TAG' per line, IOB1/IOB2, GUM types mapped; "
                   "FILE@K/N keeps the documents numbered K modulo N, FILE@-K/N the others")
      ->required()
      ->expected(1, -1);
  tcmd->add_option("--dev", train->train.dev, "Gold files scored after each epoch (best epoch kept)")
      ->expected(1, -1);
  tcmd->add_option("--out,-o", train->train.out, "Model file to write, e.g. models/en.ner")->required();
  tcmd->add_option("--epochs", train->train.epochs, "At most this many passes")->default_val(15)->check(CLI::Range(1, 100));
  tcmd->add_option("--patience", train->train.patience, "Stop after this many epochs without a better dev F1")
      ->default_val(4)->check(CLI::Range(1, 100));
  CLI::Option* seed =
      tcmd->add_option("--seed", train->seed, "Random seed (shuffling, capitalised copies)")->default_val(1);
  tcmd->add_option("--seeds", train->seeds,
                   "Train one run per seed (comma-separated, e.g. 1,2,3; each keeps its own best dev epoch) "
                   "and write one model whose weights are the mean of the runs' (parameter averaging: "
                   "same file size class and tagging speed as one run, less dependence on a seed's luck)")
      ->delimiter(',')
      ->expected(1, -1)
      ->excludes(seed);
  tcmd->add_option("--caps", train->train.caps_fraction, "Share of sentences also trained in capitals")
      ->default_val(0.1)->check(CLI::Range(0.0, 1.0));
  tcmd->add_option("--min-weight", train->train.min_weight, "Drop averaged weights smaller than this")
      ->default_val(0.0);
  tcmd->add_option("--alt-population", train->train.gazetteer.alternate_min_population,
                   "GeoNames alternate names only for places with at least this population")
      ->default_val(100000);
  tcmd->add_option("--shared-data", train->shared,
                   "Folder with geo/ and events/ (GeoNames, PETRARCH) for the gazetteer")
      ->default_val(train->shared);
  tcmd->add_option("--resources", train->resources, "Directory holding data/ner/ (default: as for extract)");
  tcmd->add_option("--licence", train->train.licence, "Licence note recorded in the model's settings");
  tcmd->add_option("--unlabelled", train->unlabelled,
                   "Raw text for word clusters and the case profile: .conllu (FORM column), TimeBank "
                   ".tsv (first column), or articles (.txt, .jsonl, .html) segmented as by extract; "
                   "the training files' words are always used")
      ->expected(1, -1);
  tcmd->add_option("--clusters", train->train.clusters.clusters, "Number of word clusters (0: none)")
      ->default_val(256)->check(CLI::Range(0, 4000));
  tcmd->add_option("--cluster-passes", train->train.clusters.iterations, "Exchange-algorithm passes")
      ->default_val(12)->check(CLI::Range(1, 100));
  tcmd->add_flag("--no-geonames", train->no_geonames, "Leave GeoNames out of the gazetteer");
  tcmd->add_flag("--no-petrarch", train->no_petrarch, "Leave the PETRARCH actor lists out of the gazetteer");
  tcmd->add_option("--wordlist", train->train.wordlist,
                   "Word list for the case profile, one word a line, '#' lines comments (Debian's wamerican; "
                   "data/es-words.txt for Spanish; '' for none)")
      ->default_val("/usr/share/dict/words");
  tcmd->add_flag("--no-titles", train->no_titles, "Leave data/ner/titles.tsv out of the gazetteer");
  tcmd->add_flag(
      "--no-organisations", train->no_organisations,
      "Leave data/ner/organisations.tsv (clubs, companies, parties, bodies) out of the gazetteer");
  tcmd->add_flag("--no-case", train->no_case, "No case-profile features (how raw text usually writes a word)");
  tcmd->add_flag("--no-memory", train->no_memory,
                 "No document-memory features (the types given earlier in the article to the same word)");
  tcmd->callback([train, exit_code] { *exit_code = RunTrainNer(*train); });
}

void RegisterEvalNer(CLI::App* eval_cmd, int* exit_code) {
  auto eval = std::make_shared<EvalNerOptions>();
  CLI::App* ecmd =
      eval_cmd->add_subcommand("ner",
                           "Score the named-entity recogniser on gold files: exact-span precision, "
                           "recall and F1 per type and overall (MISC is not scored on corpora "
                           "without MISC annotation)");
  ecmd->add_option("--gold", eval->gold,
                   "Gold files (formats as for 'train ner'); FILE@K/N keeps the documents numbered K "
                   "modulo N, FILE@-K/N the others (a fixed held-out split)")->required()->expected(1, -1);
  ecmd->add_option("--lang", eval->lang, "Language: en or es (picks models/LANG.ner)")
      ->check(CLI::IsMember({"en", "es"}))
      ->default_val("en");
  ecmd->add_option("--model", eval->model, "Model file (default: models/LANG.ner)");
  ecmd->add_option("--resources", eval->resources, "Directory holding models/");
  ecmd->add_flag("--sentence-level", eval->sentence_level,
                 "Tag sentences alone, without the document memory and the article-level alias, "
                 "acronym and consistency rules");
  ecmd->add_flag("--no-memory", eval->no_memory, "Tag without the document memory (rules still applied)");
  ecmd->add_flag("--countries-as-places", eval->countries_as_places,
                 "Make every listed country name LOC, as the extract stage does (CoNLL-2002 marks a "
                 "country that acts, or a national team, ORG: off by default)");
  ecmd->add_option("--errors", eval->errors,
                   "Write each sentence with a wrong or missed entity to FILE: gold in [brackets], "
                   "found in {braces}");
  ecmd->add_option("--predictions", eval->predictions,
                   "Write 'WORD GOLD PREDICTED' lines (IOB2) to FILE, for conlleval-style tools");
  ecmd->callback([eval, exit_code] { *exit_code = RunEvalNer(*eval); });
}

}  // namespace strabo::cli

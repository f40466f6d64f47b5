// strabo eval parse: UPOS, lemma, FEATS, UAS and LAS against a gold treebank.
#include <chrono>
#include <cstdio>
#include <memory>

#include "commands.h"
#include "conllu/conllu.h"
#include "tag/tagger.h"

namespace strabo::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string system;
  std::string lang;
  std::string resources;
};

int RunEvalParse(const EvalOptions& o) {
  int bad = 0;
  std::string first_error;
  auto gold = ReadConlluFile(o.gold, &bad, &first_error);
  if (!gold.ok()) {
    std::fprintf(stderr, "strabo: %s\n", gold.status().message().c_str());
    return kExitFatal;
  }
  if (bad > 0) std::fprintf(stderr, "strabo: skipped %d malformed gold sentences, first: %s\n", bad, first_error.c_str());
  std::vector<ConlluSentence> system;
  double seconds = 0;
  if (!o.system.empty()) {
    auto read = ReadConlluFile(o.system);
    if (!read.ok()) {
      std::fprintf(stderr, "strabo: %s\n", read.status().message().c_str());
      return kExitFatal;
    }
    system = std::move(read.value());
  } else {
    if (o.lang.empty()) {
      std::fprintf(stderr, "strabo: eval parse: give --lang (to run strabo's models) or --system FILE\n");
      return kExitUsage;
    }
    ConlluAnalyser analyser;
    Status s = analyser.Init(o.lang, o.resources);
    if (!s.ok()) {
      std::fprintf(stderr, "strabo: %s\n", s.message().c_str());
      return kExitFatal;
    }
    system = *gold;
    const auto start = std::chrono::steady_clock::now();
    s = analyser.Analyse(&system);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!s.ok()) {
      std::fprintf(stderr, "strabo: %s\n", s.message().c_str());
      return kExitFatal;
    }
  }
  const ConlluScores sc = ScoreConllu(*gold, system, &ReduceFeats);
  std::printf("%s: %zu sentences, %zu words", o.gold.c_str(), sc.sentences, sc.words);
  if (seconds > 0) std::printf(" (tagged and parsed in %.2f s, %.0f words/s)", seconds, sc.words / seconds);
  std::printf("\nUPOS   %6.2f\nlemma  %6.2f\nfeats  %6.2f  (Mood Number Person Polarity Tense VerbForm Voice)\n"
              "UAS    %6.2f\nLAS    %6.2f  (full relations, e.g. obl:tmod)\n"
              "LAS-u  %6.2f  (universal relations only, subtypes ignored: the CoNLL 2018 shared task's LAS)\n",
              sc.upos, sc.lemma, sc.feats, sc.uas, sc.las, sc.las_universal);
  if (sc.mismatched > 0) {
    std::fprintf(stderr, "strabo: %zu sentences do not match the gold words and were not scored\n", sc.mismatched);
    return kExitRejected;
  }
  return kExitOk;
}

}  // namespace

void RegisterEvalParse(CLI::App* cmd, int* exit_code) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* p = cmd->add_subcommand(
      "parse", "UPOS, lemma, FEATS, UAS and LAS (every word, punctuation included; LAS with full "
               "relation labels, and LAS-u with universal relations only as the CoNLL 2018 shared task "
               "scores it) against a gold CoNLL-U file, on its tokenisation");
  p->add_option("--gold", o->gold, "Gold CoNLL-U file")->required();
  p->add_option("--system", o->system, "A system's CoNLL-U output for the same sentences (default: run "
                                       "strabo's tagger and parser, as 'strabo parse' does)");
  p->add_option("--lang", o->lang, "Language of the models to run: en or es")->check(CLI::IsMember({"en", "es"}));
  p->add_option("--resources", o->resources, "Directory holding models/ and data/");
  p->callback([o, exit_code] { *exit_code = RunEvalParse(*o); });
}

}  // namespace strabo::cli

// `strabo eval times`: time expressions against TimeBank.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "time/timebank.h"
#include "util/file.h"

namespace strabo::cli {
namespace {

struct EvalTimesOptions {
  std::string gold;
  std::string lang;
  std::string errors;
  std::string resources;
  std::string split = "all";
};

void PrintScores(const char* lang, const std::string& split, size_t docs, const timebank::Scores& s) {
  std::printf("times eval (%s%s%s): %zu documents, %ld gold, %ld found\n", lang,
              split == "all" ? "" : ", split ", split == "all" ? "" : split.c_str(), docs,
              s.gold, s.system);
  std::printf("  %-8s %6s %6s %6s\n", "", "P", "R", "F1");
  std::printf("  %-8s %6.1f %6.1f %6.1f\n", "strict", 100 * s.StrictP(), 100 * s.StrictR(),
              100 * timebank::Scores::F1(s.StrictP(), s.StrictR()));
  std::printf("  %-8s %6.1f %6.1f %6.1f\n", "relaxed", 100 * s.RelaxedP(), 100 * s.RelaxedR(),
              100 * timebank::Scores::F1(s.RelaxedP(), s.RelaxedR()));
  std::printf("  %-8s %6.1f %6.1f %6.1f\n", "value", 100 * s.ValueP(), 100 * s.ValueR(),
              100 * timebank::Scores::F1(s.ValueP(), s.ValueR()));
  std::printf("  value accuracy on matched spans %.1f%%, type accuracy %.1f%%\n",
              100 * s.ValueAccuracy(), 100 * s.TypeAccuracy());
}

int RunEvalTimes(const EvalTimesOptions& o) {
  auto content = ReadFile(o.gold);
  if (!content.ok()) {
    std::fprintf(stderr, "strabo eval times: %s\n", content.status().message().c_str());
    return kExitFatal;
  }
  auto docs = timebank::ParseTimeBank(*content, o.gold);
  if (!docs.ok()) {
    std::fprintf(stderr, "strabo eval times: %s (expected TimeBank token-per-line format: "
                 "token, BIO type, value)\n", docs.status().message().c_str());
    return kExitFatal;
  }
  StageOptions stage_options;
  stage_options.lang = o.lang;
  stage_options.resource_dir = o.resources;
  auto pipeline = Pipeline::CreateStandard(stage_options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "strabo eval times: %s\n", pipeline.status().message().c_str());
    return kExitFatal;
  }
  std::FILE* errors = nullptr;
  if (!o.errors.empty()) {
    errors = std::fopen(o.errors.c_str(), "w");
    if (!errors) {
      std::perror(("strabo eval times: cannot write " + o.errors).c_str());
      return kExitFatal;
    }
  }
  timebank::Scores scores;
  int failed = 0;
  size_t scored = 0;
  for (size_t index = 0; index < docs->size(); ++index) {
    if ((o.split == "even" && index % 2 != 0) || (o.split == "odd" && index % 2 != 1)) continue;
    const timebank::GoldDocument& gold = (*docs)[index];
    ++scored;
    Article article;
    article.id = o.gold + ":" + std::to_string(gold.line);
    article.origin = article.id;
    article.date = gold.date;
    article.text = gold.text;
    article.lang_hint = o.lang;
    Document doc = Document::FromArticle(std::move(article));
    Status status = pipeline->Run(doc);
    if (!status.ok()) {
      std::fprintf(stderr, "strabo eval times: %s\n", status.message().c_str());
      ++failed;
      doc.times.clear();
    }
    std::vector<timebank::Difference> differences;
    timebank::Score(gold, doc.times, &scores, errors ? &differences : nullptr);
    if (errors) {
      for (const auto& d : differences)
        std::fprintf(errors, "%zu\t%s\t%s\t%s\t%s\t%s\t%s\n", gold.line, gold.date.c_str(),
                     d.kind.c_str(), d.gold_text.c_str(), d.gold_value.c_str(),
                     d.system_text.c_str(), d.system_value.c_str());
    }
  }
  if (errors) std::fclose(errors);
  PrintScores(o.lang.c_str(), o.split, scored, scores);
  return failed > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void RegisterEvalTimes(CLI::App* eval, int* exit_code) {
  auto times = std::make_shared<EvalTimesOptions>();
  CLI::App* cmd = eval->add_subcommand(
      "times",
      "Time expressions against TimeBank (token per line: token, BIO type, value; "
      "*!-DCTVALUE=\"...\"-!* lines give document dates). Rebuilds each document's text from "
      "its tokens, runs the pipeline with the document date, and reports span precision, "
      "recall and F1 (strict: same span; relaxed: overlapping), TempEval-3 value F1 (an "
      "overlapping span with the gold value) and value/type accuracy on matched spans.");
  cmd->add_option("--gold", times->gold, "TimeBank file, e.g. ../shared/data/time/timebank_en_train.tsv")
      ->required();
  cmd->add_option("--lang", times->lang, "Language of the file")
      ->check(CLI::IsMember({"en", "es"}))
      ->required();
  cmd->add_option("--errors", times->errors,
                  "Write each disagreement as a tab-separated line to FILE: document line, "
                  "date, kind (missed, spurious, value, extent: overlapping but not the same span), gold text, gold value, found text, "
                  "found value");
  cmd->add_option("--resources", times->resources, "Directory holding models/ and data/");
  cmd->add_option("--split", times->split,
                  "Documents to score: all, even or odd (by position in the file, from 0; tune "
                  "rules on the errors of one half, report the other)")
      ->check(CLI::IsMember({"all", "even", "odd"}))
      ->default_val("all");
  cmd->callback([times, exit_code] { *exit_code = RunEvalTimes(*times); });
}

}  // namespace strabo::cli

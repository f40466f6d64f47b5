// The strabo command-line tool: one Register* function per command.
//
// Exit status of every command (also in `strabo --help`):
//   0  everything was read and processed
//   1  the run finished, but some inputs or articles were rejected
//   2  usage error (unknown option, bad value)
//   3  fatal error: the run stopped (output or database not writable,
//      missing model)
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "conllu/conllu.h"
#include "strabo/pipeline.h"
#include "strabo/stage.h"

namespace strabo::cli {

enum ExitCode : int { kExitOk = 0, kExitRejected = 1, kExitUsage = 2, kExitFatal = 3 };

// Options every article-processing command shares (extract, ingest).
struct InputOptions {
  std::vector<std::string> inputs;
  std::string lang = "auto";
  std::string format = "auto";
  int threads = 0;
  std::string resources;
  std::string rejects;       // a JSON Lines file of rejected inputs
  bool quiet = false;        // no progress line
  bool stats = false;        // print throughput and peak memory at the end
};

void AddInputOptions(CLI::App* cmd, InputOptions* options);

// The command line this process was started with, as "strabo ARG ...", each
// argument shell-quoted where it needs it; recorded in trained models so that
// the exact command that built a file can be read back from it.
void SetInvocation(int argc, const char* const* argv);
const std::string& Invocation();

// Prints "N articles (R rejected), X MB in S s: A articles/s, B MB/s, peak RSS M MB".
void PrintStats(const RunStats& stats, double seconds);

// Validates options and builds the pipeline settings; prints the problem and
// returns false on a usage error.
bool PrepareRun(const InputOptions& options, StageOptions* stage, RunOptions* run);

// Reports a rejected input on stderr and, when configured, in the rejects file.
class RejectLog {
 public:
  explicit RejectLog(const std::string& path);
  ~RejectLog();
  bool ok() const { return ok_; }
  void Report(const Outcome& outcome);

 private:
  std::FILE* file_ = nullptr;
  bool ok_ = true;
};

// Tags and parses CoNLL-U sentences on their own tokenisation (strabo parse,
// strabo eval parse).
class ConlluAnalyser {
 public:
  Status Init(const std::string& lang, const std::string& resources);
  Status Analyse(std::vector<ConlluSentence>* sentences) const;

 private:
  std::string lang_;
  std::unique_ptr<Stage> tag_, parse_;
};

void RegisterExtract(CLI::App* app, int* exit_code);
void RegisterIngest(CLI::App* app, int* exit_code);
void RegisterLexicon(CLI::App* app, int* exit_code);
void RegisterGazetteer(CLI::App* app, int* exit_code);
void RegisterParse(CLI::App* app, int* exit_code);
// `strabo train`: one subcommand per model (train.cc: tagger, parser; ner.cc: ner).
void RegisterTrain(CLI::App* app, int* exit_code);
void RegisterTrainNer(CLI::App* train, int* exit_code);
// `strabo eval`: one subcommand per stage, each in its own file.
void RegisterEval(CLI::App* app, int* exit_code);
void RegisterEvalEvents(CLI::App* eval, int* exit_code);
void RegisterEvalGeo(CLI::App* eval, int* exit_code);
void RegisterEvalNer(CLI::App* eval, int* exit_code);
void RegisterEvalParse(CLI::App* eval, int* exit_code);
void RegisterEvalTimes(CLI::App* eval, int* exit_code);

}  // namespace strabo::cli

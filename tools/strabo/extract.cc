#include <chrono>
#include <cstdio>
#include <memory>

#include "commands.h"
#include "pipeline/output.h"

namespace strabo::cli {
namespace {

struct ExtractOptions {
  InputOptions input;
  std::string output;
  bool sentences = false;
};

int RunExtract(const ExtractOptions& o) {
  StageOptions stage_options;
  RunOptions run_options;
  if (!PrepareRun(o.input, &stage_options, &run_options)) return kExitUsage;
  auto pipeline = Pipeline::CreateStandard(stage_options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "strabo: %s\n", pipeline.status().message().c_str());
    return kExitFatal;
  }
  std::FILE* out = stdout;
  if (!o.output.empty() && o.output != "-") {
    out = std::fopen(o.output.c_str(), "w");
    if (!out) {
      std::perror(("strabo: cannot write " + o.output).c_str());
      return kExitFatal;
    }
  }
  RejectLog rejects(o.input.rejects);
  if (!rejects.ok()) return kExitFatal;

  OutputOptions output_options;
  output_options.sentences = o.sentences;
  std::string line;
  auto sink = [&](Outcome& outcome) -> Status {
    if (!outcome.status.ok()) {
      rejects.Report(outcome);
      return Status::Ok();
    }
    line.clear();
    AppendDocumentJson(outcome.doc, output_options, &line);
    line.push_back('\n');
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size())
      return Status::IoError("cannot write output");
    return Status::Ok();
  };
  std::vector<std::string> inputs = o.input.inputs;
  if (inputs.empty()) inputs.push_back("-");
  RunStats stats;
  const auto start = std::chrono::steady_clock::now();
  Status status = RunPipeline(*pipeline, inputs, run_options, sink, &stats);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (std::fflush(out) != 0 && status.ok()) status = Status::IoError("cannot write output");
  if (out != stdout) std::fclose(out);
  if (o.input.stats) PrintStats(stats, seconds);
  if (!status.ok()) {
    std::fprintf(stderr, "strabo: %s\n", status.message().c_str());
    return kExitFatal;
  }
  return stats.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void RegisterExtract(CLI::App* app, int* exit_code) {
  // Owned by the callback, which lives as long as the app.
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app->add_subcommand(
      "extract",
      "Read articles and write one JSON object per article (JSON Lines) with text, skipped "
      "spans, paragraphs and their languages, entities, places, times and events. Offsets are "
      "Unicode code points into \"text\". See doc/output-contract.md.");
  AddInputOptions(cmd, &options->input);
  cmd->add_option("--output,-o", options->output, "Write to FILE instead of stdout");
  cmd->add_flag("--sentences", options->sentences,
                "Add \"sentences\" with their tokens and offsets (for debugging)");
  cmd->callback([options, exit_code] { *exit_code = RunExtract(*options); });
}

}  // namespace strabo::cli

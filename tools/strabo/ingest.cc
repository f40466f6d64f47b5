#include <chrono>
#include <cstdio>
#include <memory>

#include "commands.h"
#include "pipeline/output.h"
#include "store/store.h"

namespace strabo::cli {
namespace {

struct IngestOptions {
  InputOptions input;
  std::string db;
};

int RunIngest(const IngestOptions& o) {
  StageOptions stage_options;
  RunOptions run_options;
  if (!PrepareRun(o.input, &stage_options, &run_options)) return kExitUsage;
  auto pipeline = Pipeline::CreateStandard(stage_options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "strabo: %s\n", pipeline.status().message().c_str());
    return kExitFatal;
  }
  auto store = Store::Open(o.db);
  if (!store.ok()) {
    std::fprintf(stderr, "strabo: %s\n", store.status().message().c_str());
    return kExitFatal;
  }
  RejectLog rejects(o.input.rejects);
  if (!rejects.ok()) return kExitFatal;

  uint64_t added = 0, unchanged = 0, updated = 0;
  std::string analysis;
  auto sink = [&](Outcome& outcome) -> Status {
    if (!outcome.status.ok()) {
      rejects.Report(outcome);
      return Status::Ok();
    }
    analysis.clear();
    AppendDocumentJson(outcome.doc, OutputOptions(), &analysis);
    auto put = (*store)->Put(outcome.doc, analysis);
    if (!put.ok()) return put.status();
    switch (*put) {
      case Store::PutOutcome::kAdded: ++added; break;
      case Store::PutOutcome::kUnchanged: ++unchanged; break;
      case Store::PutOutcome::kUpdated: ++updated; break;
    }
    return Status::Ok();
  };
  std::vector<std::string> inputs = o.input.inputs;
  if (inputs.empty()) inputs.push_back("-");
  RunStats stats;
  const auto start = std::chrono::steady_clock::now();
  Status status = RunPipeline(*pipeline, inputs, run_options, sink, &stats);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Whatever happened, keep what was stored.
  Status committed = (*store)->Commit();
  if (status.ok()) status = committed;
  std::fprintf(stderr, "strabo: %s: %llu added, %llu updated, %llu unchanged, %llu rejected\n",
               o.db.c_str(), static_cast<unsigned long long>(added),
               static_cast<unsigned long long>(updated), static_cast<unsigned long long>(unchanged),
               static_cast<unsigned long long>(stats.rejected));
  if (o.input.stats) PrintStats(stats, seconds);
  if (!status.ok()) {
    std::fprintf(stderr, "strabo: %s\n", status.message().c_str());
    return kExitFatal;
  }
  return stats.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App* app, int* exit_code) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app->add_subcommand(
      "ingest",
      "Extract articles and store them with their analysis in an embedded SQLite database. "
      "Ingesting the same article again changes nothing; a changed article replaces the old one.");
  cmd->add_option("--db", options->db, "The database file (created if missing)")->required();
  AddInputOptions(cmd, &options->input);
  cmd->callback([options, exit_code] { *exit_code = RunIngest(*options); });
}

}  // namespace strabo::cli

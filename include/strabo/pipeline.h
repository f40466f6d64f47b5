// The pipeline: a list of stages and a short driver loop over articles.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "strabo/document.h"
#include "strabo/reader.h"
#include "strabo/stage.h"
#include "strabo/status.h"

namespace strabo {

class Pipeline {
 public:
  // Builds the standard stage list (clean, segment, ... events) that the
  // `extract` contract needs. Fails when a model or resource is missing.
  static Result<Pipeline> CreateStandard(const StageOptions& options);

  explicit Pipeline(std::vector<std::unique_ptr<Stage>> stages) : stages_(std::move(stages)) {}

  // Runs every stage on `doc` in order; stops at the first failure. With an
  // events stage, a non-empty doc.title is first analysed on its own and its
  // events are added to doc.events with Event::in_title set.
  Status Run(Document& doc) const;

  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  Status RunStages(Document& doc) const;
  std::vector<std::unique_ptr<Stage>> stages_;
};

// One input's outcome, delivered to the sink in input order.
struct Outcome {
  std::string input;       // the path given on the command line
  Document doc;            // valid when status is OK
  Status status;           // why the article was rejected
};

struct RunOptions {
  int threads = 0;                // 0: all hardware threads
  InputFormat format = InputFormat::kAuto;
  bool progress = false;          // a progress line on stderr
};

struct RunStats {
  uint64_t articles = 0;          // analysed
  uint64_t rejected = 0;          // bad records, unreadable files
  uint64_t bytes = 0;             // article text bytes analysed
};

// Reads every input, runs the pipeline on each article (in parallel when
// threads > 1) and hands outcomes to `sink` one at a time, in input order.
// Rejections are counted and passed to the sink too; they never stop the run.
// The sink returns a failed Status only for fatal errors (the output cannot be
// written), which end the run.
Status RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                   const RunOptions& options, const std::function<Status(Outcome&)>& sink,
                   RunStats* stats);

}  // namespace strabo

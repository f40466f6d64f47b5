#include "strabo/pipeline.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <exception>
#include <thread>

#include "clean/clean_stage.h"
#include "entities/entities_stage.h"
#include "events/events_stage.h"
#include "geo/places_stage.h"
#include "parse/parse_stage.h"
#include "segment/segment_stage.h"
#include "tag/tag_stage.h"
#include "time/time_stage.h"
#include "util/progress.h"

namespace strabo {

Result<Pipeline> Pipeline::CreateStandard(const StageOptions& options) {
  if (options.lang != "auto" && options.lang != "en" && options.lang != "es")
    return Status::Unsupported("language '" + options.lang + "': use auto, en or es");
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(NewCleanStage(options));
  stages.push_back(NewSegmentStage(options));
  auto tag = NewTagStage(options);
  if (!tag.ok()) return tag.status();
  stages.push_back(std::move(tag.value()));
  auto parse = NewParseStage(options);
  if (!parse.ok()) return parse.status();
  stages.push_back(std::move(parse.value()));
  auto entities = NewEntitiesStage(options);
  if (!entities.ok()) return entities.status();
  stages.push_back(std::move(entities.value()));
  // places uses the LOC entities and finds more toponyms from the gazetteer.
  auto places = geo::CreatePlacesStage(options);
  if (!places.ok()) return places.status();
  stages.push_back(std::move(places.value()));
  stages.push_back(NewTimeStage(options));
  // events reads everything above and comes last.
  auto events = NewEventsStage(options);
  if (!events.ok()) return events.status();
  stages.push_back(std::move(events.value()));
  return Pipeline(std::move(stages));
}

Status Pipeline::Run(Document& doc) const {
  // A title (JSON Lines, feeds, HTML <title>) is analysed as a small document
  // of its own through the same stages; its events are kept with in_title set
  // and spans into doc.title, before the body's, so that the body's document
  // pass can give a headline and the body's account of it one story.
  if (!doc.title.empty() && !stages_.empty() && stages_.back()->name() == "events") {
    Article article;
    article.id = doc.id + ":title";
    article.text = doc.title;
    article.date = doc.date;
    article.lang_hint = doc.lang_hint;
    article.origin = doc.origin + " (title)";
    Document title = Document::FromArticle(std::move(article));
    // A title that cannot be analysed gives no events; the article goes on.
    if (RunStages(title).ok())
      for (Event& e : title.events) {
        e.in_title = true;
        doc.events.push_back(std::move(e));
      }
  }
  return RunStages(doc);
}

Status Pipeline::RunStages(Document& doc) const {
  for (const auto& stage : stages_) {
    Status status;
    try {
      status = stage->Process(doc);
    } catch (const std::exception& e) {
      status = Status::Internal(std::string(stage->name()) + " stage failed: " + e.what());
    }
    if (!status.ok()) return status.WithContext(doc.origin);
  }
  return Status::Ok();
}

namespace {

// Produces outcomes from the inputs, one reader at a time.
class InputQueue {
 public:
  InputQueue(const std::vector<std::string>& inputs, InputFormat format)
      : inputs_(inputs), format_(format) {}

  // Fills *outcome with the next article or rejection; false when done.
  bool Next(Outcome* outcome) {
    for (;;) {
      if (!reader_) {
        if (next_input_ >= inputs_.size()) return false;
        const std::string& path = inputs_[next_input_++];
        auto reader = OpenReader(path, format_);
        if (!reader.ok()) {
          outcome->input = path;
          outcome->status = reader.status();
          return true;
        }
        reader_ = std::move(reader.value());
        current_ = path;
      }
      Article article;
      Status status;
      if (!reader_->Next(&article, &status)) {
        reader_.reset();
        continue;
      }
      outcome->input = current_;
      outcome->status = status;
      if (status.ok()) outcome->doc = Document::FromArticle(std::move(article));
      return true;
    }
  }

 private:
  const std::vector<std::string>& inputs_;
  InputFormat format_;
  size_t next_input_ = 0;
  std::unique_ptr<Reader> reader_;
  std::string current_;
};

}  // namespace

Status RunPipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs,
                   const RunOptions& options, const std::function<Status(Outcome&)>& sink,
                   RunStats* stats) {
  InputQueue queue(inputs, options.format);
  Progress progress("articles", options.progress);
  Status fatal;
  std::atomic<bool> stop{false};

  auto deliver = [&](Outcome& outcome) {
    if (outcome.status.ok()) {
      ++stats->articles;
      stats->bytes += outcome.doc.text.size();
    } else {
      ++stats->rejected;
    }
    if (fatal.ok()) {
      Status s = sink(outcome);
      if (!s.ok()) {
        fatal = s;
        stop = true;
      }
    }
    progress.Update(stats->articles + stats->rejected, stats->bytes);
  };
  auto analyse = [&](Outcome& outcome) {
    if (outcome.status.ok()) outcome.status = pipeline.Run(outcome.doc);
  };

  int threads = options.threads > 0 ? options.threads
                                    : static_cast<int>(std::thread::hardware_concurrency());
  if (threads <= 1) {
    Outcome outcome;
    while (!stop && queue.Next(&outcome)) {
      analyse(outcome);
      deliver(outcome);
      outcome = Outcome();
    }
  } else {
    tbb::task_arena arena(threads);
    arena.execute([&] {
      tbb::parallel_pipeline(
          static_cast<size_t>(threads) * 4,
          tbb::make_filter<void, Outcome*>(
              tbb::filter_mode::serial_in_order,
              [&](tbb::flow_control& fc) -> Outcome* {
                auto outcome = std::make_unique<Outcome>();
                if (stop || !queue.Next(outcome.get())) {
                  fc.stop();
                  return nullptr;
                }
                return outcome.release();
              }) &
              tbb::make_filter<Outcome*, Outcome*>(tbb::filter_mode::parallel,
                                                   [&](Outcome* outcome) {
                                                     analyse(*outcome);
                                                     return outcome;
                                                   }) &
              tbb::make_filter<Outcome*, void>(tbb::filter_mode::serial_in_order,
                                               [&](Outcome* outcome) {
                                                 std::unique_ptr<Outcome> owned(outcome);
                                                 deliver(*owned);
                                               }));
    });
  }
  progress.Finish();
  return fatal;
}

}  // namespace strabo

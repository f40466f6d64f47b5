#include "events/events_stage.h"

namespace strabo {
namespace {

class EventsStage : public Stage {
 public:
  explicit EventsStage(std::shared_ptr<const events::EventCoder> coder)
      : coder_(std::move(coder)) {}

  std::string_view name() const override { return "events"; }

  Status Process(Document& doc) const override {
    coder_->Code(doc);
    return Status::Ok();
  }

 private:
  std::shared_ptr<const events::EventCoder> coder_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewEventsStage(const StageOptions& options) {
  auto coder = events::EventCoder::Load(options.resource_dir);
  if (!coder.ok()) return coder.status();
  return NewEventsStage(std::shared_ptr<const events::EventCoder>(std::move(coder.value())));
}

std::unique_ptr<Stage> NewEventsStage(std::shared_ptr<const events::EventCoder> coder) {
  return std::make_unique<EventsStage>(std::move(coder));
}

}  // namespace strabo

#include "tag/tag_stage.h"

#include <map>

#include "tag/tagger.h"
#include "util/resources.h"

namespace strabo {
namespace {

class TagStage : public Stage {
 public:
  explicit TagStage(std::map<std::string, std::unique_ptr<Tagger>> taggers)
      : taggers_(std::move(taggers)) {}

  std::string_view name() const override { return "tag"; }

  Status Process(Document& doc) const override {
    for (const Sentence& s : doc.sentences) {
      auto it = taggers_.find(s.lang.empty() ? doc.lang : s.lang);
      if (it == taggers_.end() || s.end_token > doc.tokens.size() || s.first_token > s.end_token) continue;
      it->second->Tag(std::span<Token>(doc.tokens.data() + s.first_token, s.num_tokens()));
    }
    return Status::Ok();
  }

 private:
  std::map<std::string, std::unique_ptr<Tagger>> taggers_;
};

}  // namespace

std::string TaggerModelPath(const std::string& lang) { return "models/" + lang + ".tagger"; }

Result<std::unique_ptr<Stage>> NewTagStage(const StageOptions& options) {
  std::map<std::string, std::unique_ptr<Tagger>> taggers;
  for (const std::string lang : {"en", "es"}) {
    if (options.lang != "auto" && options.lang != lang) continue;
    auto path = FindResource(TaggerModelPath(lang), options.resource_dir);
    if (!path.ok())
      return Status::NotFound(path.status().message() + " (build it with 'strabo train tagger', see models/README.md)");
    auto tagger = Tagger::Load(*path);
    if (!tagger.ok()) return tagger.status();
    taggers[lang] = std::move(tagger.value());
  }
  return std::unique_ptr<Stage>(std::make_unique<TagStage>(std::move(taggers)));
}

}  // namespace strabo

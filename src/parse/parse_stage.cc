#include "parse/parse_stage.h"

#include <map>

#include "core/casing.h"

#include "parse/parser.h"
#include "util/resources.h"

namespace strabo {
namespace {

class ParseStage : public Stage {
 public:
  explicit ParseStage(std::map<std::string, std::unique_ptr<Parser>> parsers)
      : parsers_(std::move(parsers)) {}

  std::string_view name() const override { return "parse"; }

  Status Process(Document& doc) const override {
    for (const Sentence& s : doc.sentences) {
      auto it = parsers_.find(s.lang.empty() ? doc.lang : s.lang);
      if (it == parsers_.end() || s.end_token > doc.tokens.size() || s.first_token > s.end_token) continue;
      const std::span<Token> tokens(doc.tokens.data() + s.first_token, s.num_tokens());
      ScopedForms headline;  // a headline in capitals is parsed in lower case
      if (IsAllCaps(tokens)) headline.Replace(tokens, LowerCasedForms(tokens));
      it->second->Parse(tokens);
    }
    return Status::Ok();
  }

 private:
  std::map<std::string, std::unique_ptr<Parser>> parsers_;
};

}  // namespace

std::string ParserModelPath(const std::string& lang) { return "models/" + lang + ".parser"; }

Result<std::unique_ptr<Stage>> NewParseStage(const StageOptions& options) {
  std::map<std::string, std::unique_ptr<Parser>> parsers;
  for (const std::string lang : {"en", "es"}) {
    if (options.lang != "auto" && options.lang != lang) continue;
    auto path = FindResource(ParserModelPath(lang), options.resource_dir);
    if (!path.ok())
      return Status::NotFound(path.status().message() + " (build it with 'strabo train parser', see models/README.md)");
    auto parser = Parser::Load(*path);
    if (!parser.ok()) return parser.status();
    parsers[lang] = std::move(parser.value());
  }
  return std::unique_ptr<Stage>(std::make_unique<ParseStage>(std::move(parsers)));
}

}  // namespace strabo

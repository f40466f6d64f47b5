// Helpers shared by the unit tests.
#pragma once

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "strabo/document.h"
#include "strabo/pipeline.h"
#include "strabo/reader.h"
#include "util/file.h"

namespace strabo::testing {

inline std::string Fixture(const std::string& name) {
  auto data = ReadFile(std::string(STRABO_FIXTURES) + "/" + name);
  if (!data.ok()) return "";
  return std::move(data.value());
}

inline std::string FixturePath(const std::string& name) {
  return std::string(STRABO_FIXTURES) + "/" + name;
}

// The standard pipeline for `lang` ("en", "es", or "auto" to detect the
// language of each paragraph), built once per test process and shared: loading the models,
// lexicons and gazetteer is what costs, most of all under the sanitizers.
inline const Pipeline& StandardPipeline(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<Pipeline>> pipelines;
  auto it = pipelines.find(lang);
  if (it == pipelines.end()) {
    StageOptions options;
    options.lang = lang;
    auto created = Pipeline::CreateStandard(options);
    if (!created.ok()) {
      ADD_FAILURE() << "the standard pipeline (lang '" << lang
                    << "') did not load: " << created.status().message();
      std::abort();
    }
    it = pipelines.emplace(lang, std::make_unique<Pipeline>(std::move(created.value()))).first;
  }
  return *it->second;
}

// One reader result: an article or the reason it was rejected.
struct Record {
  bool ok;
  Article article;
  std::string error;
};

// Drains `reader`.
inline std::vector<Record> ReadAll(Reader& reader) {
  std::vector<Record> out;
  Article article;
  Status status;
  while (reader.Next(&article, &status)) out.push_back({status.ok(), article, status.message()});
  return out;
}

}  // namespace strabo::testing

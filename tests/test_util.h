// Helpers shared by the unit tests.
#pragma once

#include <string>
#include <vector>

#include "strabo/document.h"
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

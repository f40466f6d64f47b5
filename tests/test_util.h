// Helpers shared by the unit tests.
#pragma once

#include <string>

#include "strabo/document.h"
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

}  // namespace strabo::testing

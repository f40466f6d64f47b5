// libFuzzer target: bytes → every reader → the standard pipeline → JSON.
// Build and run with scripts/fuzz. Any crash, sanitizer report or broken
// invariant (tests/invariants.h) is a bug.
#include <cstdint>
#include <cstdlib>
#include <sstream>

#include "../tests/invariants.h"
#include "pipeline/output.h"
#include "strabo/pipeline.h"

namespace {

const strabo::Pipeline& SharedPipeline() {
  static const strabo::Pipeline pipeline = [] {
    auto p = strabo::Pipeline::CreateStandard(strabo::StageOptions());
    if (!p.ok()) std::abort();
    return std::move(p.value());
  }();
  return pipeline;
}

void Drain(strabo::Reader& reader) {
  strabo::Article article;
  strabo::Status status;
  while (reader.Next(&article, &status)) {
    if (!status.ok()) continue;
    strabo::Document doc = strabo::Document::FromArticle(article);
    if (!SharedPipeline().Run(doc).ok()) continue;
    if (!strabo::testing::CheckInvariants(doc).empty()) std::abort();
    std::string json;
    strabo::AppendDocumentJson(doc, strabo::OutputOptions{true}, &json);
  }
}

}  // namespace

// Loads the models before the first input, so that -timeout measures the work
// one input causes, not the start-up (seconds in the sanitizer build).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  auto text = strabo::NewTextReader(input, "fuzz.txt");
  Drain(*text);
  auto html = strabo::NewHtmlReader(input, "fuzz.html");
  Drain(*html);
  auto lines = strabo::NewJsonLinesReader(std::make_unique<std::istringstream>(input), "fuzz.jsonl");
  Drain(*lines);
  return 0;
}

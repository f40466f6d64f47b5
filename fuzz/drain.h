// Shared by the fuzz targets: every article a reader yields goes through a
// pipeline, is checked against the invariants of tests/invariants.h and is
// written as JSON. A broken invariant aborts, which libFuzzer reports as a
// crash; a rejected record or a failed stage is an expected outcome.
#pragma once

#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "../tests/invariants.h"
#include "pipeline/output.h"
#include "strabo/pipeline.h"
#include "strabo/reader.h"

namespace strabo::fuzz {

// The standard pipeline (every model, lexicon and the gazetteer), loaded once
// per process; a target calls it from LLVMFuzzerInitialize so that -timeout
// measures the work one input causes, not the start-up.
inline const Pipeline& StandardPipeline() {
  static const Pipeline pipeline = [] {
    auto p = Pipeline::CreateStandard(StageOptions());
    if (!p.ok()) std::abort();
    return std::move(p.value());
  }();
  return pipeline;
}

inline void Drain(Reader& reader, const Pipeline& pipeline) {
  Article article;
  Status status;
  while (reader.Next(&article, &status)) {
    if (!status.ok()) continue;
    Document doc = Document::FromArticle(article);
    if (!pipeline.Run(doc).ok()) continue;
    if (!testing::CheckInvariants(doc).empty()) std::abort();
    std::string json;
    AppendDocumentJson(doc, OutputOptions{true}, &json);
  }
}

// The same bytes read as plain text, as HTML and as JSON Lines.
inline void DrainEveryReader(const std::string& input, const Pipeline& pipeline) {
  Drain(*NewTextReader(input, "fuzz.txt"), pipeline);
  Drain(*NewHtmlReader(input, "fuzz.html"), pipeline);
  Drain(*NewJsonLinesReader(std::make_unique<std::istringstream>(input), "fuzz.jsonl"), pipeline);
}

}  // namespace strabo::fuzz

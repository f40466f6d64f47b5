// The extract contract: one JSON object per article (doc/output-contract.md).
#pragma once

#include <string>

#include "strabo/document.h"

namespace strabo {

struct OutputOptions {
  bool sentences = false;  // add "sentences" with their tokens (for debugging)
};

// Appends the JSON object for `doc` (no trailing newline) to *out. All offsets
// are converted from bytes to Unicode code points of `text`.
void AppendDocumentJson(const Document& doc, const OutputOptions& options, std::string* out);

}  // namespace strabo

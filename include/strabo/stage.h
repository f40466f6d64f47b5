// The one interface every analysis stage implements.
//
// A stage reads the annotations earlier stages left on a Document and adds its
// own (clean adds skipped spans and paragraphs, segment adds sentences and
// tokens, and so on). The driver (src/pipeline) knows stages only through this
// interface and runs them in order; no stage calls another.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo {

class Stage {
 public:
  virtual ~Stage() = default;

  // Short lower-case name used in messages and timings: "clean", "segment".
  virtual std::string_view name() const = 0;

  // Adds this stage's annotations to `doc`. A failed Status rejects the
  // document with a reason; the run goes on with the next one. Process is
  // const and must be safe to call concurrently on different documents.
  virtual Status Process(Document& doc) const = 0;
};

// Settings shared by the stages of one run.
struct StageOptions {
  // "auto" detects the language per paragraph; "en" or "es" forces one.
  std::string lang = "auto";
  // Directory that holds models/ and data/ (see doc/architecture.md, "Finding
  // resources"). Empty: the default search path.
  std::string resource_dir;
};

}  // namespace strabo

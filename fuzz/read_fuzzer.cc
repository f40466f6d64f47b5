// libFuzzer target: bytes → every reader → the standard pipeline → JSON.
// Build and run with scripts/fuzz. Any crash, sanitizer report or broken
// invariant (tests/invariants.h) is a bug.
#include <cstdint>
#include <cstdlib>

#include "drain.h"
#include "strabo/pipeline.h"

// Loads the models before the first input, so that -timeout measures the work
// one input causes, not the start-up (seconds in the sanitizer build).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  strabo::fuzz::StandardPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  strabo::fuzz::DrainEveryReader(input, strabo::fuzz::StandardPipeline());
  return 0;
}

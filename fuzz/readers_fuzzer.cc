// libFuzzer target: bytes → every reader (plain text, HTML, JSON Lines,
// CoNLL-U) → the first stages (clean, segment) → JSON.
//
// The readers and the first stages see raw input before anything else does,
// so they get a fuzzer of their own that loads no model and runs no later
// stage: many inputs a second even in the unoptimised sanitizer build, where
// read_fuzzer.cc (the whole pipeline per input) manages a few. Any crash,
// sanitizer report or broken invariant (tests/invariants.h) is a bug.
#include <cstdint>
#include <cstdlib>

#include "drain.h"
#include "clean/clean_stage.h"
#include "conllu/conllu.h"
#include "segment/segment_stage.h"
#include "strabo/pipeline.h"

namespace {

const strabo::Pipeline& FirstStages() {
  static const strabo::Pipeline pipeline = [] {
    const strabo::StageOptions options;
    std::vector<std::unique_ptr<strabo::Stage>> stages;
    stages.push_back(strabo::NewCleanStage(options));
    stages.push_back(strabo::NewSegmentStage(options));
    return strabo::Pipeline(std::move(stages));
  }();
  return pipeline;
}

// The CoNLL-U reader, both as `strabo parse` reads input (forms only) and as
// the evaluators read gold (heads checked); a sentence it accepts with heads
// has every given head ("_" is -1) within the sentence.
void ReadConllu(std::string_view input, bool forms_only) {
  strabo::ConlluReader reader(input, "fuzz.conllu", forms_only);
  strabo::ConlluSentence sentence;
  strabo::Status status;
  while (reader.Next(&sentence, &status)) {
    if (!status.ok()) continue;
    if (forms_only) continue;
    for (const strabo::ConlluWord& w : sentence.words)
      if (w.head < -1 || w.head > static_cast<int>(sentence.words.size())) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  strabo::fuzz::DrainEveryReader(input, FirstStages());
  ReadConllu(input, true);
  ReadConllu(input, false);
  return 0;
}

// The events stage: codes the events of an analysed Document (the last stage
// of the standard pipeline). Reads tokens with lemmas and the dependency
// parse, entities, places and times; adds doc.events. How events are coded is
// doc/codebook.md; the coder is src/events/coder.h.
//
// Each sentence's heads are as the parse stage leaves them: a tree (every
// head in [0, n], one root, no cycle), projective or not, or Token::kNoHead
// for every word of a sentence not parsed (then coded without a tree).
// fuzz/events_fuzzer.cc codes any such tree.
#pragma once

#include <memory>

#include "events/coder.h"
#include "strabo/stage.h"

namespace strabo {

// The stage over the installed lexicons (data/events) and country table;
// fails with the file and the reason when they are missing or damaged.
Result<std::unique_ptr<Stage>> NewEventsStage(const StageOptions& options);

// The stage over a coder built elsewhere (tests, tools).
std::unique_ptr<Stage> NewEventsStage(std::shared_ptr<const events::EventCoder> coder);

}  // namespace strabo

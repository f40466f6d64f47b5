// The parse stage: head and UD relation for every token of every English or
// Spanish sentence that the tag stage tagged, from models/<lang>.parser.
#pragma once

#include <memory>

#include "strabo/stage.h"

namespace strabo {

std::string ParserModelPath(const std::string& lang);

// Loads the parser of each language the options call for ("auto": en and es).
Result<std::unique_ptr<Stage>> NewParseStage(const StageOptions& options);

}  // namespace strabo

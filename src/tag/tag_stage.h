// The tag stage: UPOS, lemma and FEATS for every token of every English or
// Spanish sentence, from models/<lang>.tagger.
//
// Sentences in other languages are left untagged (upos X, empty lemma).
#pragma once

#include <memory>

#include "strabo/stage.h"

namespace strabo {

// The model file of `lang`, relative to the resource directory.
std::string TaggerModelPath(const std::string& lang);

// Loads the tagger of each language the options call for ("auto": en and
// es). NotFound names the missing model and how to build it.
Result<std::unique_ptr<Stage>> NewTagStage(const StageOptions& options);

}  // namespace strabo

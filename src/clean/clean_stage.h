// The clean stage: paragraphs, skipped spans and languages.
//
// Promises, for every Document it processes:
//  - `paragraphs` covers every non-blank line of `text`, in order. A blank line
//    always ends a paragraph; a single line break ends one too, unless the
//    text is hard-wrapped prose (the next line continues the sentence).
//  - boilerplate lines (captions, credits, image slugs, share/read-more lines)
//    become `skipped` spans and skipped paragraphs; `text` is never altered.
//  - each paragraph has a language; `lang` of the document is the language of
//    most of its prose. With StageOptions::lang other than "auto", that
//    language is used throughout.
#pragma once

#include <memory>

#include "strabo/stage.h"

namespace strabo {

std::unique_ptr<Stage> NewCleanStage(const StageOptions& options);

}  // namespace strabo

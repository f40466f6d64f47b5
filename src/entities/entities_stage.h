// The entities stage: PER, ORG, LOC and MISC mentions in English and Spanish.
//
// For every sentence the segmenter produced (skipped spans have none), the
// model of the sentence's language (models/en.ner, models/es.ner; an
// undetermined sentence uses the article's language, else English) tags the
// surface words — a Spanish contraction "del" is one word, as in CoNLL —
// and the document decisions of resolve.h (aliases, acronyms, one type per
// name) run over the whole article. Entities are appended to doc.entities in
// text order, as byte spans of whole tokens.
#pragma once

#include <memory>

#include "strabo/stage.h"
#include "strabo/status.h"

namespace strabo {

// Loads the models the language setting needs ("auto": both). A missing or
// damaged model is an error that names the file and how to rebuild it.
Result<std::unique_ptr<Stage>> NewEntitiesStage(const StageOptions& options);

}  // namespace strabo

// The times stage: finds time expressions in English and Spanish sentences
// and normalises them to TIMEX3 values (doc/times.md).
//
// Needs: doc.sentences and doc.tokens (the segment stage); uses Token::upos
// and Token::feats when a tagger filled them (tense, counts), and works
// without them. Adds: doc.times, in text order, non-overlapping, each with
// its sentence and token range, never inside a skipped span.
//
// The reference date of relative expressions ("yesterday", "el pasado
// lunes") is the article's `date`; when it is absent, the first full date
// with a year in the first three sentences (a dateline: "CASABLANCA, March
// 14, 2024 —"); else none, and values keep X for what cannot be known
// ("XXXX-WXX-1").
#pragma once

#include <memory>
#include <optional>

#include "strabo/stage.h"
#include "util/calendar.h"

namespace strabo {

std::unique_ptr<Stage> NewTimeStage(const StageOptions& options);

// Replaces doc.times with the expressions found in doc's sentences. The
// stage calls this; tools that build Documents themselves may too.
void TagTimes(Document& doc);

}  // namespace strabo

// The tense of the clause around a time expression, which decides whether a
// bare "Monday" or "March" is the last one or the next one.
#pragma once

#include <cstdint>

#include "strabo/document.h"
#include "time/spec.h"

namespace strabo::time {

// Looks outward from tokens [begin, end) of `sentence`, nearest first, for
// the first word that shows tense, and returns it (kUnknown when none).
// With a tagger (Token::feats filled) it reads Tense=Past/Pres/Fut and
// Mood=Cnd of verbs and auxiliaries; without one it falls back to lexical
// cues: English will/'ll/shall/"going to" (future), was/were/had/did,
// irregular pasts and -ed words (past), is/are/am (present); Spanish
// "va a"/"van a" and -rá/-rán/-ré (future), -ó/-aron/-ieron/-aba, fue, había,
// "ha" + participle (past), es/son/está (present). Clause punctuation ("; ")
// and quotes do not stop the search: the nearest cue wins.
Tense TenseAround(const Document& doc, const Sentence& sentence, uint32_t begin, uint32_t end,
                  bool spanish);

// The tense a single token shows, or kUnknown (exposed for tests).
Tense TokenTense(const Document& doc, uint32_t index, uint32_t sentence_end, bool spanish);

}  // namespace strabo::time

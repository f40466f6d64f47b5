// The segment stage: sentences and tokens.
//
// Promises, for every prose (non-skipped) paragraph of a Document:
//  - tokens cover every non-space character of the paragraph, in order, and
//    each token's span is exactly its surface text (text[span] == surface);
//  - a sentence never crosses a paragraph; a paragraph without final
//    punctuation (a headline) is one sentence;
//  - sentence ends are found at . ! ? … (with closing quotes and brackets),
//    not after abbreviations ("Gen.", "Dr.", "Sr.", "EE.UU.", "a.m."), decimal
//    numbers ("2,000", "3.500") or initials; very long runs without
//    punctuation are cut every kMaxSentenceTokens tokens;
//  - English clitics are split as in Universal Dependencies ("don't" → "do"
//    "n't", "Morocco's" → "Morocco" "'s"); hyphenated words stay whole
//    ("Inezgane-Ait"), number ranges split ("2015-2018" → "2015" "-" "2018");
//  - in Spanish paragraphs the contractions "del" and "al" become two words
//    ("de" "el", "a" "el") sharing the surface span (Token::part/parts), and
//    so do verbs with enclitic pronouns ("detenerlos" → "detener" "los"; see
//    segment/clitics.h).
#pragma once

#include <memory>
#include <string_view>

#include "strabo/stage.h"

namespace strabo {

inline constexpr uint32_t kMaxSentenceTokens = 300;

std::unique_ptr<Stage> NewSegmentStage(const StageOptions& options);

// Segments `span` of doc.text as one paragraph in language `lang`, appending
// to doc.sentences and doc.tokens. The stage calls this for each paragraph;
// tools that segment other text (CoNLL-U, titles) call it directly.
void SegmentParagraph(Document& doc, Span span, std::string_view lang);

}  // namespace strabo

// Document-level decisions about entities, after the sentence tagger:
//
//  1. Aliases: "Daesh", "ISIS", "Estado Islámico" become ORG entities named
//     "Islamic State" (aliases.h); weak aliases only name what was found.
//  2. Acronym definitions: "Long Name (ACR)" (the acronym's letters are the
//     initials of the long name's capitalised words, in any order: French
//     "BCIJ" for "Central Bureau of Judicial Investigations") makes every
//     "ACR" in the article an entity of the long name's type, named by it.
//     When the tagger missed the long name, it is taken from the capitalised
//     words before the bracket (as ORG).
//  3. One type per name: every mention of the same words gets the type most
//     of them got, and untagged repetitions of a tagged name are tagged.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/aliases.h"
#include "entities/labels.h"

namespace strabo::ner {

struct Mention {
  uint32_t sentence = 0;
  TokenSpan span;
  std::string name;   // canonical name (alias or acronym long form), or empty
};

using SentenceWords = std::vector<std::vector<std::string_view>>;

// Applies 1–3 to the mentions of one document. `text_of(sentence, begin,
// end)` returns the surface text of a word range (for names). On return
// mentions are sorted by position and do not overlap.
void ResolveDocument(const SentenceWords& sentences, const AliasTable& aliases,
                     const std::function<std::string(uint32_t, uint32_t, uint32_t)>& text_of,
                     std::vector<Mention>* mentions);

// True when `acronym` (letters A-Z, maybe dotted) can abbreviate `words`.
bool AcronymFits(std::string_view acronym, std::span<const std::string_view> words);

}  // namespace strabo::ner

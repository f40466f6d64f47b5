// Word keys: the one spelling under which the event lexicons file a word and
// the coder looks it up.
//
// WordKey makes spellings that news text uses for "the same word" equal:
// Unicode case folding ("DETENCIÓN" = "detención"), diacritics removed
// ("detención" = "detencion", "marroquí" = "marroqui": headlines and wire
// copy often drop accents), typographic apostrophes made ASCII, and
// surrounding spaces trimmed. Inner spaces stay: a multiword key is its words'
// keys joined by one space.
//
// CaseSensitiveKey keeps the case (for acronyms such as "US" and "UN", which
// must not match the words "us" and Spanish "un") but applies the rest.
#pragma once

#include <string>
#include <string_view>

namespace strabo::events {

std::string WordKey(std::string_view text);
std::string CaseSensitiveKey(std::string_view text);

// True when `text` has at least two letters and no lower-case letter ("NATO",
// "U.S.", "EE.UU."): the lexicons match such names case-sensitively.
bool IsAcronym(std::string_view text);

}  // namespace strabo::events

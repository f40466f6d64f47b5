// Counts of people in event reports: "five suspects", "11 arrests", "more
// than 3,500 people", "cinco seguidores", "más de 3.500 personas".
//
// NumberValue reads one number written in digits (with the language's
// thousands separator: "3,500" in English, "3.500" or "3 500" in Spanish) or
// in words ("five", "twenty-five", "two hundred", "cinco", "veinticinco",
// "treinta y cinco", "doscientos"), optionally scaled ("3 million", "tres
// mil"). Vague quantities ("dozens", "decenas", "hundreds") are not numbers:
// the codebook (section 8) gives them no count.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace strabo::events {

// The value of the number words `words` (lower-case or not), or nullopt when
// they are not one number. `lang` is "en" or "es".
std::optional<int64_t> NumberValue(std::string_view lang, const std::vector<std::string_view>& words);

// Whether `word` (a word key) before a number makes it a lower bound: "more
// (than)", "over", "(at) least", "más (de)", "(al) menos", "(por lo) menos".
bool IsAtLeastWord(std::string_view word);

}  // namespace strabo::events

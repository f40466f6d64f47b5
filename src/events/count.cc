#include "events/count.h"

#include <string>

#include "events/word_key.h"

namespace strabo::events {
namespace {

struct NumberWord {
  const char* word;
  int64_t value;
  bool scale;  // multiplies what comes before it ("hundred", "mil")
};

// Cardinal words, by language. Spanish ones are word keys (no accents):
// "veintitrés" is looked up as "veintitres".
constexpr NumberWord kEnglish[] = {
    {"one", 1, false}, {"two", 2, false}, {"three", 3, false}, {"four", 4, false},
    {"five", 5, false}, {"six", 6, false}, {"seven", 7, false}, {"eight", 8, false},
    {"nine", 9, false}, {"ten", 10, false}, {"eleven", 11, false}, {"twelve", 12, false},
    {"thirteen", 13, false}, {"fourteen", 14, false}, {"fifteen", 15, false},
    {"sixteen", 16, false}, {"seventeen", 17, false}, {"eighteen", 18, false},
    {"nineteen", 19, false}, {"twenty", 20, false}, {"thirty", 30, false}, {"forty", 40, false},
    {"fifty", 50, false}, {"sixty", 60, false}, {"seventy", 70, false}, {"eighty", 80, false},
    {"ninety", 90, false}, {"hundred", 100, true}, {"thousand", 1000, true},
    {"million", 1000000, true}, {"a", 1, false}, {"dozen", 12, true},
};

constexpr NumberWord kSpanish[] = {
    {"un", 1, false}, {"uno", 1, false}, {"una", 1, false}, {"dos", 2, false},
    {"tres", 3, false}, {"cuatro", 4, false}, {"cinco", 5, false}, {"seis", 6, false},
    {"siete", 7, false}, {"ocho", 8, false}, {"nueve", 9, false}, {"diez", 10, false},
    {"once", 11, false}, {"doce", 12, false}, {"trece", 13, false}, {"catorce", 14, false},
    {"quince", 15, false}, {"dieciseis", 16, false}, {"diecisiete", 17, false},
    {"dieciocho", 18, false}, {"diecinueve", 19, false}, {"veinte", 20, false},
    {"veintiun", 21, false}, {"veintiuno", 21, false}, {"veintiuna", 21, false},
    {"veintidos", 22, false}, {"veintitres", 23, false}, {"veinticuatro", 24, false},
    {"veinticinco", 25, false}, {"veintiseis", 26, false}, {"veintisiete", 27, false},
    {"veintiocho", 28, false}, {"veintinueve", 29, false}, {"treinta", 30, false},
    {"cuarenta", 40, false}, {"cincuenta", 50, false}, {"sesenta", 60, false},
    {"setenta", 70, false}, {"ochenta", 80, false}, {"noventa", 90, false},
    {"cien", 100, false}, {"ciento", 100, false}, {"doscientos", 200, false},
    {"doscientas", 200, false}, {"trescientos", 300, false}, {"trescientas", 300, false},
    {"cuatrocientos", 400, false}, {"cuatrocientas", 400, false}, {"quinientos", 500, false},
    {"quinientas", 500, false}, {"seiscientos", 600, false}, {"seiscientas", 600, false},
    {"setecientos", 700, false}, {"setecientas", 700, false}, {"ochocientos", 800, false},
    {"ochocientas", 800, false}, {"novecientos", 900, false}, {"novecientas", 900, false},
    {"mil", 1000, true}, {"millon", 1000000, true}, {"millones", 1000000, true},
};

const NumberWord* Find(std::string_view lang, std::string_view key) {
  if (lang == "es") {
    for (const NumberWord& w : kSpanish)
      if (key == w.word) return &w;
  } else {
    for (const NumberWord& w : kEnglish)
      if (key == w.word) return &w;
  }
  return nullptr;
}

// Digits with the language's group separators: "3,500", "3.500", "12".
// A decimal part is refused (not a head count).
std::optional<int64_t> Digits(std::string_view lang, std::string_view s) {
  const char group = lang == "es" ? '.' : ',';
  int64_t value = 0;
  size_t digits = 0, since_sep = 0;
  bool sep = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (value > 1000000000000LL) return std::nullopt;
      value = value * 10 + (c - '0');
      ++digits;
      ++since_sep;
    } else if (c == group || (lang == "es" && c == ' ')) {
      if (digits == 0 || (sep && since_sep != 3) || (!sep && since_sep > 3)) return std::nullopt;
      sep = true;
      since_sep = 0;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0 || (sep && since_sep != 3)) return std::nullopt;
  return value;
}

}  // namespace

bool IsAtLeastWord(std::string_view word) {
  return word == "more" || word == "over" || word == "least" || word == "mas" ||
         word == "menos" || word == "upwards" || word == "encima";
}

std::optional<int64_t> NumberValue(std::string_view lang,
                                   const std::vector<std::string_view>& words) {
  if (words.empty()) return std::nullopt;
  int64_t total = 0, current = 0;
  bool any = false;
  for (std::string_view raw : words) {
    const std::string key = WordKey(raw);
    if (key == "and" || key == "y" || key == "-") continue;
    if (auto d = Digits(lang, key)) {
      current += *d;
      any = true;
      continue;
    }
    // "twenty-five": the parts of a hyphenated word.
    std::vector<std::string_view> parts;
    std::string_view rest = key;
    while (!rest.empty()) {
      const size_t dash = rest.find('-');
      parts.push_back(rest.substr(0, dash));
      if (dash == std::string_view::npos) break;
      rest.remove_prefix(dash + 1);
    }
    for (std::string_view part : parts) {
      const NumberWord* w = Find(lang, part);
      if (!w) return std::nullopt;
      // "a" counts only as "a hundred", "a thousand", "a dozen".
      if (part == "a" && words.size() == 1) return std::nullopt;
      if (w->scale) {
        current = (current == 0 ? 1 : current) * w->value;
        if (w->value >= 1000) {
          total += current;
          current = 0;
        }
      } else {
        current += w->value;
      }
      any = true;
    }
  }
  if (!any) return std::nullopt;
  return total + current;
}

}  // namespace strabo::events

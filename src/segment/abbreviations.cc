#include "segment/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

namespace strabo {
namespace {

// Sorted tables, lower case, without the final period.
constexpr std::array<std::string_view, 37> kEnglishTitles = {
    "adm", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt", "prof", "pvt", "rep",
    "rev", "sen", "sgt", "sr", "st", "supt", "ft", "pres", "amb", "gens", "reps", "sens", "jr"};

constexpr std::array<std::string_view, 33> kEnglishGeneral = {
    "al", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "co", "corp", "dec",
    "dept", "etc", "feb", "inc", "jan", "jul", "jun", "ltd", "mfg", "nov", "oct", "rd",
    "sep", "sept", "univ", "vs", "cf", "ca", "llc", "plc", "dist", "e.g"};

constexpr std::array<std::string_view, 36> kSpanishTitles = {
    "arq", "cap", "cnel", "d", "dña", "dr", "dra", "gral", "gen", "ing", "lic", "lcdo",
    "lcda", "mons", "pdte", "pdta", "pbro", "prof", "profa", "sr", "sra", "sras", "sres",
    "srta", "sto", "sta", "tte", "sgto", "excmo", "excma", "ilmo", "ilma", "mtro", "mtra",
    "cmdte", "comte"};

constexpr std::array<std::string_view, 22> kSpanishGeneral = {
    "admón", "aprox", "av", "avda", "cía", "dpto", "ej", "etc", "s.a", "ud", "uds", "vd",
    "vds", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic", "c"};

// Abbreviations in both languages that are only abbreviations before a number.
constexpr std::array<std::string_view, 11> kNumerals = {
    "no", "nos", "núm", "nº", "art", "arts", "vol", "pp", "pág", "págs", "fig"};

constexpr std::array<std::string_view, 60> kSentenceStarters = {
    "a", "after", "although", "an", "and", "as", "at", "but", "during", "he", "her", "his",
    "however", "i", "if", "in", "it", "its", "meanwhile", "on", "she", "since", "that", "the",
    "their", "there", "these", "they", "this", "those", "we", "when", "while", "you",
    // Spanish
    "el", "ella", "ellos", "en", "es", "esta", "este", "la", "las", "los", "pero", "según",
    "sin", "su", "sus", "un", "una", "y", "además", "mientras", "tras", "durante", "desde",
    "aunque", "cuando", "por"};

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  // Capitalised Spanish letters that open abbreviations ("Dña.") are ASCII; the
  // rest of the word is already lower case in practice.
  return out;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& table, std::string_view word) {
  return std::find(table.begin(), table.end(), word) != table.end();
}

}  // namespace

AbbreviationKind LookupAbbreviation(std::string_view word, std::string_view lang) {
  const std::string lower = Lower(word);
  const bool en = lang != "es";
  const bool es = lang != "en";
  if ((en && Contains(kEnglishTitles, lower)) || (es && Contains(kSpanishTitles, lower)))
    return AbbreviationKind::kTitle;
  if ((en && Contains(kEnglishGeneral, lower)) || (es && Contains(kSpanishGeneral, lower)))
    return AbbreviationKind::kGeneral;
  if (Contains(kNumerals, lower)) return AbbreviationKind::kNumeral;
  return AbbreviationKind::kNone;
}

bool IsCommonSentenceStarter(std::string_view word) {
  return Contains(kSentenceStarters, Lower(word));
}

}  // namespace strabo

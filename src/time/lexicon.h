// The word tables of the times stage, one per language.
//
// Every word the grammar (recognizer.cc) treats specially is listed in a
// table of the language (lexicon_en.cc, lexicon_es.cc) with its class and
// meaning: "march" is a month 3, "ayer" a day offset -1, "pasado" a relative
// -1, "semanas" a unit week. The grammar is written once for both languages
// over these classes; only word order differs, and the few rules that are
// one language's own say so. Adding a word (a month abbreviation, a number
// word) is a table edit, not a code change.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace strabo::time {

enum class Unit : unsigned char {
  kNone, kSecond, kMinute, kHour, kPartOfDay, kDay, kWeekend, kWeek, kMonth, kQuarter,
  kHalf, kSeason, kYear, kDecade, kCentury,
};

// The class of a word or phrase. A word may have several ("may" is a month
// and a modal; "mañana" is tomorrow and the morning; "second" is an ordinal
// and a unit): each is a separate entry.
enum class Kind : unsigned char {
  kMonth,        // value: 1..12
  kWeekday,      // value: 1 (Monday) .. 7 (Sunday)
  kUnit,         // unit; value 1 for the singular, 2 for the plural
  kNumber,       // value: the number ("two", "dos", "a" in "a year ago")
  kOrdinal,      // value: "third" 3, "tercer" 3
  kVague,        // an unknown quantity: "several", "few", "varios", "unos"
  kDayOffset,    // value: days from today ("yesterday" -1); code: part of day ("tonight" NI)
  kRelative,     // value: -1 "last"/"pasado", 0 "this"/"este", +1 "next"/"próximo"
  kPast,         // "past", "last", "últimos": the period before now ("the past three years")
  kFuture,       // "next", "coming", "próximos": the period after now
  kRef,          // code: PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently")
  kRefAdj,       // code: a ref when used as an adjective ("current", "actual", "futuro")
  kPartOfDay,    // code: MO AF EV NI
  kSeason,       // code: SP SU FA WI
  kPhase,        // code: START / MID / END ("early", "mediados de")
  kSetAdj,       // unit: "daily", "weekly", "anual", "mensuales"
  kSetAdv,       // unit: "annually", "diariamente"
  kEvery,        // "every", "each", "cada"
  kPer,          // "a", "per", "al", "por" in rates ("$5 a year", "dos veces al año")
  kAgo,          // after the amount: "ago"; code "earlier"/"later" for those
  kHace,         // before the amount: Spanish "hace"
  kAfterWord,    // value -1 "before"/"antes", +1 "after"/"después", "later"
  kBoundStart,   // "since", "from", "desde", "a partir de"
  kBoundEnd,     // "until", "till", "hasta"
  kApprox,       // code: APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_LESS ("about", "más de")
  kDeterminer,   // "the", "el", "la", "los", "las", "its"
  kTemporalPrep, // prepositions that introduce a time: "in", "on", "during", "en", "durante"
  kHoliday,      // code: "MM-DD" ("christmas" 12-25)
  kClockWord,    // value: hour ("noon" 12, "midnight" 24, "mediodía" 12)
  kAmPm,         // value: 0 a.m., 12 p.m.
  kHours,        // "horas", "h", "o'clock": marks a clock time
  kZone,         // "gmt", "utc", "est", "hora local": a time zone after a clock time
  kFiscal,       // "fiscal" ("fiscal 1989")
  kYearWord,     // "year", "año" before a year number ("the year 2002", "el año 2002")
  kDecadeWord,   // "década", "decade" before "de los noventa"
  kCenturyWord,  // "century", "siglo"
  kAnd,          // "and", "y", "to", "a", "or", "-" in ranges and amounts
  kHalfWord,     // "half" ("a year and a half", "the first half")
  kFunction,     // function words that may follow a bare year: "and", "when", "y", "que"
  kNotAfterNumber,  // words that make a preceding number a count: "percent", "por ciento"
};

struct Entry {
  Kind kind;
  int value = 0;
  Unit unit = Unit::kNone;
  std::string_view code = {};
};

// A row of a language table: a word or phrase (words separated by single
// spaces, lower case, accents allowed) and its meaning.
struct LexRow {
  std::string_view phrase;
  Kind kind;
  int value = 0;
  Unit unit = Unit::kNone;
  std::string_view code = {};
};

// The tables of one language, indexed for matching token sequences.
class Lexicon {
 public:
  // The built-in lexicon of "en" or "es"; nullptr for other languages. Built
  // once, immutable and shared by all threads.
  static const Lexicon* ForLanguage(std::string_view lang);

  explicit Lexicon(const std::vector<LexRow>& rows);

  // The lookup key of a token: case-folded, Spanish accents removed (so
  // "sábado", "Sabado" and "SÁBADO" meet), one final period dropped from
  // abbreviations ("Sept." → "sept").
  static std::string Key(std::string_view form);

  // The entries of a one-word table row for `key`.
  const std::vector<Entry>* Lookup(const std::string& key) const;

  struct Phrase {
    std::vector<std::string> words;
    Entry entry;
  };
  using Phrases = std::vector<Phrase>;

  // The phrase rows whose first word is `key` ("más" of "más de"); nullptr
  // when none. Callers look this up once per token.
  const Phrases* PhrasesFrom(const std::string& key) const;

  // Among `phrases` (from PhrasesFrom(keys[from])), the longest of `kind`
  // that matches keys[from...]; returns its length in words (0: none).
  static size_t MatchPhrase(const Phrases* phrases, const std::vector<std::string>& keys,
                            size_t from, Kind kind, Entry* entry);

 private:
  std::unordered_map<std::string, std::vector<Entry>> words_;
  std::unordered_map<std::string, Phrases> phrases_;  // by first word
};

// The rows of each language (lexicon_en.cc, lexicon_es.cc).
const std::vector<LexRow>& EnglishRows();
const std::vector<LexRow>& SpanishRows();

}  // namespace strabo::time

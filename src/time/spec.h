// What a time expression says before it is tied to a calendar: the output of
// the grammar (recognizer.h) and the input of resolution (resolve.h).
#pragma once

#include <optional>
#include <string>

#include "strabo/document.h"
#include "time/lexicon.h"
#include "util/calendar.h"

namespace strabo::time {

enum class Tense : unsigned char { kUnknown, kPast, kPresent, kFuture };

struct Spec {
  TimeType type = TimeType::kDate;

  // A fixed value that needs no calendar: "PRESENT_REF", "P1Y" for "anual".
  std::string literal;

  // Calendar fields the text names; -1 (0 for quarter/half/weekday) when it
  // does not. `decade` is the TIMEX3 prefix ("199" → 199), `century` too
  // ("19" for the 1900s).
  int year = -1;
  int decade = -1;
  int century = -1;
  int month = -1;
  int day = -1;
  int quarter = 0;  // 1..4
  int half = 0;     // 1..2
  std::string season;  // SP SU FA WI
  int weekday = 0;     // 1..7, Monday first

  // A shift from the reference date: "yesterday" (kDay, -1), "last week"
  // (kWeek, -1), "two years ago" (kYear, -2), "this month" (kMonth, 0).
  bool relative = false;
  Unit rel_unit = Unit::kNone;
  int rel_offset = 0;

  // For a weekday, a month or a day without a year: which occurrence. -1 the
  // last one before the reference date ("last Friday", "el pasado lunes"), +1
  // the next one after it, 0 the one the sentence's tense points to.
  int direction = 0;
  bool this_one = false;  // "this Monday", "this September": the current week/year
  bool by_tense = false;  // "the weekend": the last one (past tense) or the coming one

  // Time of day: 0..24 and 0..59, or a part of day (MO AF EV NI MI).
  int hour = -1;
  int minute = -1;
  std::string part_of_day;
  std::string zone;  // "Z" for GMT/UTC

  // Durations and sets: amount (-1: unknown, "several years") of `unit`.
  Unit unit = Unit::kNone;
  int amount = -1;

  // Financial news compares quarters: "a year ago" next to "the third
  // quarter of 1990" means that quarter a year before (1989-Q3), so does
  // "a year ago" in a report that has named a quarter already reported,
  // and "the year-earlier period" always names a quarter. 1: the quarter of another expression in the sentence, else
  // the last one named earlier in the document, if any; 2: the same, else
  // the last completed quarter.
  int quarter_in_context = 0;

  TimeMod mod = TimeMod::kNone;
  TimeBound bound = TimeBound::kNone;
};

// A recognised expression: the token range [begin, end) in Document::tokens.
struct Match {
  uint32_t begin = 0;
  uint32_t end = 0;
  Spec spec;
};

}  // namespace strabo::time

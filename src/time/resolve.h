// Resolution: turns what an expression says (Spec) into a TIMEX3 value,
// given the reference date (the article's date) and the tense of the clause.
#pragma once

#include <optional>
#include <string>

#include "strabo/document.h"
#include "time/spec.h"
#include "util/calendar.h"

namespace strabo::time {

struct Resolved {
  std::string value;
  TimeType type = TimeType::kDate;
  TimePrecision precision = TimePrecision::kNone;
};

// The rules (doc/times.md):
//  - relative units shift the reference date: "yesterday" = ref - 1 day,
//    "last week" = the ISO week before ref's, "two years ago" = ref's year - 2
//    (at the precision of the unit);
//  - a weekday takes the occurrence the tense points to: past → the last
//    one on or before ref, future → the next one after ref, unknown or
//    present → the last one on or before ref (news reports mostly past
//    events); "last"/"pasado" and "next"/"próximo" force it strictly before
//    or after;
//  - a month or day without a year takes ref's year, moved one year back
//    (past tense) or forward (future tense) when the date would otherwise
//    fall on the wrong side of ref; a day without a month likewise;
//  - without a reference date, the parts that need one are X ("XXXX-03").
Resolved Resolve(const Spec& spec, const std::optional<CivilDate>& ref, Tense tense);

}  // namespace strabo::time

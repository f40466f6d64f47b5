#include "time/resolve.h"

#include <algorithm>
#include <cstdio>

#include "time/recognizer.h"

namespace strabo::time {
namespace {

std::string Pad(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

int SeasonMonth(const std::string& season) {
  if (season == "SP") return 3;
  if (season == "SU") return 6;
  if (season == "FA") return 9;
  return 12;  // WI
}

// The year of a month (and day) named without one. An explicit direction
// (-1 "last May", +1 "el próximo 2 de mayo") takes the occurrence strictly
// before or after the reference. Otherwise the nearest occurrence wins,
// unless the tense contradicts it: a past tense allows a date at most about
// two months ahead, a future tense at most a week behind (taggers and
// lexical cues mislabel tense often enough that it only breaks far ties).
int YearFor(int month, int day, const CivilDate& ref, int direction, bool this_one, Tense tense) {
  if (this_one) return ref.year;
  const int named = month * 100 + (day > 0 ? day : 0);
  const int now = ref.month * 100 + (day > 0 ? ref.day : 0);
  if (direction < 0) return named < now || (day <= 0 && month < ref.month) ? ref.year : ref.year - 1;
  if (direction > 0) return named > now ? ref.year : ref.year + 1;
  const long today = DaysFromCivil(ref);
  int best = ref.year;
  long best_distance = 1L << 40;
  for (int year = ref.year - 1; year <= ref.year + 1; ++year) {
    const int d = day > 0 ? std::min(day, DaysInMonth(year, month)) : 15;
    const long delta = DaysFromCivil({year, month, d}) - today;
    if (tense == Tense::kPast && delta > (day > 0 ? 62 : 45)) continue;
    if (tense == Tense::kFuture && delta < (day > 0 ? -7 : -20)) continue;
    const long distance = delta < 0 ? -delta : delta;
    if (distance < best_distance) {
      best_distance = distance;
      best = year;
    }
  }
  return best;
}

}  // namespace

Resolved Resolve(const Spec& spec, const std::optional<CivilDate>& ref, Tense tense) {
  Resolved r;
  r.type = spec.type;
  if (!spec.literal.empty()) {
    r.value = spec.literal;
    return r;
  }
  if (spec.type == TimeType::kDuration) {
    r.value = DurationValue(spec.unit, spec.amount);
    return r;
  }

  std::string date;
  TimePrecision precision = TimePrecision::kNone;
  const bool has_ref = ref.has_value();
  auto day_value = [&](CivilDate d) {
    date = FormatIsoDate(d);
    precision = TimePrecision::kDay;
  };

  if (spec.year >= 0 && !spec.relative) {
    const std::string y = Pad(spec.year, 4);
    if (spec.month > 0 && spec.day > 0) {
      if (!IsValidDate(spec.year, spec.month, spec.day)) return r;
      day_value({spec.year, spec.month, spec.day});
    } else if (spec.month > 0) {
      date = y + "-" + Pad(spec.month, 2);
      precision = TimePrecision::kMonth;
    } else if (spec.quarter > 0) {
      date = y + "-Q" + std::to_string(spec.quarter);
      precision = TimePrecision::kQuarter;
    } else if (spec.half > 0) {
      date = y + "-H" + std::to_string(spec.half);
      precision = TimePrecision::kQuarter;
    } else if (!spec.season.empty()) {
      date = y + "-" + spec.season;
      precision = TimePrecision::kSeason;
    } else {
      date = y;
      precision = TimePrecision::kYear;
    }
  } else if (spec.decade >= 0) {
    date = Pad(spec.decade, 3);
    precision = TimePrecision::kDecade;
  } else if (spec.century >= 0) {
    date = Pad(spec.century, 2);
    precision = TimePrecision::kCentury;
  } else if (spec.relative && !spec.season.empty()) {
    // "this summer", "last winter", "el verano pasado".
    precision = TimePrecision::kSeason;
    if (!has_ref) {
      date = "XXXX-" + spec.season;
    } else {
      const int m = SeasonMonth(spec.season);
      int year = ref->year + (spec.direction == 0 ? spec.rel_offset : 0);
      if (spec.direction < 0) year = m < ref->month ? ref->year : ref->year - 1;
      if (spec.direction > 0) year = m > ref->month ? ref->year : ref->year + 1;
      date = Pad(year, 4) + "-" + spec.season;
    }
  } else if (spec.relative) {
    const int off = spec.rel_offset;
    switch (spec.rel_unit) {
      case Unit::kSecond:
      case Unit::kMinute:
      case Unit::kHour:
      case Unit::kPartOfDay:
      case Unit::kDay:
        if (has_ref) day_value(CivilFromDays(DaysFromCivil(*ref) + off));
        else date = "XXXX-XX-XX", precision = TimePrecision::kDay;
        break;
      case Unit::kWeek:
      case Unit::kWeekend: {
        precision = TimePrecision::kWeek;
        if (has_ref) {
          int weeks = off;
          // "the weekend" read on a weekday in a past-tense clause: the last one.
          if (spec.by_tense && Weekday(*ref) < 6 && tense != Tense::kFuture) weeks = -1;
          const IsoWeek w = IsoWeekOf(CivilFromDays(DaysFromCivil(*ref) + 7L * weeks));
          date = Pad(w.year, 4) + "-W" + Pad(w.week, 2);
        } else {
          date = "XXXX-WXX";
        }
        if (spec.rel_unit == Unit::kWeekend) date += "-WE";
        break;
      }
      case Unit::kMonth:
        precision = TimePrecision::kMonth;
        if (has_ref) {
          const CivilDate d = AddMonths({ref->year, ref->month, 1}, off);
          date = Pad(d.year, 4) + "-" + Pad(d.month, 2);
        } else {
          date = "XXXX-XX";
        }
        break;
      case Unit::kQuarter:
      case Unit::kHalf: {
        precision = TimePrecision::kQuarter;
        const int per_year = spec.rel_unit == Unit::kQuarter ? 4 : 2;
        const char letter = spec.rel_unit == Unit::kQuarter ? 'Q' : 'H';
        if (has_ref) {
          int index = ref->year * per_year + (ref->month - 1) / (12 / per_year) + off;
          date = Pad(index / per_year, 4) + "-" + letter + std::to_string(index % per_year + 1);
        } else {
          date = std::string("XXXX-") + letter + "X";
        }
        break;
      }
      case Unit::kSeason:
      case Unit::kYear:
        precision = TimePrecision::kYear;
        date = has_ref ? Pad(ref->year + off, 4) : "XXXX";
        // "July last year", "the third quarter of this year"
        if (spec.month > 0) {
          date += "-" + Pad(spec.month, 2);
          precision = TimePrecision::kMonth;
          if (spec.day > 0 && has_ref && IsValidDate(ref->year + off, spec.month, spec.day)) {
            date += "-" + Pad(spec.day, 2);
            precision = TimePrecision::kDay;
          }
        } else if (spec.quarter > 0) {
          date += "-Q" + std::to_string(spec.quarter);
          precision = TimePrecision::kQuarter;
        } else if (spec.half > 0) {
          date += "-H" + std::to_string(spec.half);
          precision = TimePrecision::kQuarter;
        }
        break;
      case Unit::kDecade:
        precision = TimePrecision::kDecade;
        date = has_ref ? Pad(ref->year / 10 + off, 3) : "XXX";
        break;
      case Unit::kCentury:
        precision = TimePrecision::kCentury;
        date = has_ref ? Pad(ref->year / 100 + off, 2) : "XX";
        break;
      case Unit::kNone:
        return r;
    }
  } else if (spec.weekday > 0) {
    precision = TimePrecision::kDay;
    if (!has_ref) {
      date = "XXXX-WXX-" + std::to_string(spec.weekday);
    } else {
      const long today = DaysFromCivil(*ref);
      const int wd = Weekday(*ref);
      long target;
      if (spec.direction < 0 && !spec.this_one) {
        int back = (wd - spec.weekday + 7) % 7;
        target = today - (back == 0 ? 7 : back);
      } else if (spec.direction > 0) {
        int ahead = (spec.weekday - wd + 7) % 7;
        target = today + (ahead == 0 ? 7 : ahead);
      } else {
        // By tense: past → on or before the reference; future → after it;
        // unknown → the nearer of the two (the earlier on a tie).
        const int back = (wd - spec.weekday + 7) % 7;
        const int ahead = back == 0 ? 7 : 7 - back;
        if (tense == Tense::kPast) target = today - back;
        else if (tense == Tense::kFuture) target = today + (back == 0 ? 0 : ahead);
        else target = ahead + 1 < back ? today + ahead : today - back;
      }
      day_value(CivilFromDays(target));
    }
  } else if (spec.month > 0) {
    if (!has_ref) {
      date = "XXXX-" + Pad(spec.month, 2);
      precision = TimePrecision::kMonth;
      if (spec.day > 0) {
        date += "-" + Pad(spec.day, 2);
        precision = TimePrecision::kDay;
      }
    } else {
      const int year = YearFor(spec.month, spec.day, *ref, spec.direction, spec.this_one, tense);
      if (spec.day > 0) {
        if (!IsValidDate(year, spec.month, spec.day)) return r;
        day_value({year, spec.month, spec.day});
      } else {
        date = Pad(year, 4) + "-" + Pad(spec.month, 2);
        precision = TimePrecision::kMonth;
      }
    }
  } else if (spec.day > 0) {
    // A day of the month alone (Spanish "el 9"): this month, or the one
    // before/after as the tense says.
    precision = TimePrecision::kDay;
    if (!has_ref) {
      date = "XXXX-XX-" + Pad(spec.day, 2);
    } else {
      CivilDate month_start{ref->year, ref->month, 1};
      if (spec.direction < 0 || (spec.direction == 0 && tense == Tense::kPast && spec.day > ref->day))
        month_start = AddMonths(month_start, -1);
      else if (spec.direction > 0 || (tense == Tense::kFuture && spec.day < ref->day))
        month_start = AddMonths(month_start, 1);
      if (!IsValidDate(month_start.year, month_start.month, spec.day)) return r;
      day_value({month_start.year, month_start.month, spec.day});
    }
  } else if (spec.quarter > 0 || spec.half > 0 || !spec.season.empty()) {
    int year = 0;
    if (has_ref) {
      year = ref->year;
      const int current_q = (ref->month - 1) / 3 + 1;
      if (spec.quarter > 0 && tense == Tense::kPast && spec.quarter > current_q) --year;
      if (spec.half > 0 && tense == Tense::kPast && spec.half == 2 && ref->month <= 6) --year;
    }
    const std::string y = has_ref ? Pad(year, 4) : "XXXX";
    if (spec.quarter > 0) {
      date = y + "-Q" + std::to_string(spec.quarter);
      precision = TimePrecision::kQuarter;
    } else if (spec.half > 0) {
      date = y + "-H" + std::to_string(spec.half);
      precision = TimePrecision::kQuarter;
    } else {
      date = y + "-" + spec.season;
      precision = TimePrecision::kSeason;
    }
  } else {
    return r;
  }

  if (spec.hour >= 0 || !spec.part_of_day.empty()) {
    if (precision != TimePrecision::kDay) {
      // A time on a coarser date ("this week at 3 p.m.") keeps the date only.
      r.value = date;
      r.precision = precision;
      r.type = TimeType::kDate;
      return r;
    }
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on
    // `date += "T" + ...` at -O3.
    date += 'T';
    if (spec.hour >= 0) {
      date += Pad(spec.hour, 2);
      if (spec.minute >= 0) {
        date += ':';
        date += Pad(spec.minute, 2);
      }
      date += spec.zone;
    } else {
      date += spec.part_of_day;
    }
    precision = TimePrecision::kTimeOfDay;
    r.type = TimeType::kTime;
  }
  r.value = date;
  r.precision = precision;
  return r;
}

}  // namespace strabo::time

// Proleptic Gregorian calendar arithmetic on civil dates.
//
// Used wherever strabo reads or computes a date: the readers' publication
// dates, the times stage (relative expressions), event dating. A day number
// counts days from 1970-01-01 (negative before it), so adding days is plain
// integer arithmetic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace strabo {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  friend bool operator==(CivilDate a, CivilDate b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// True for a valid proleptic Gregorian date with 1 <= year <= 9999.
bool IsValidDate(int year, int month, int day);

int DaysInMonth(int year, int month);

// Days since 1970-01-01 and back. The date need not be valid for DaysFromCivil
// (day 0 is the last day of the previous month), which makes month arithmetic
// simple for callers.
long DaysFromCivil(CivilDate date);
CivilDate CivilFromDays(long days);

// ISO weekday: 1 = Monday ... 7 = Sunday.
int Weekday(CivilDate date);

// ISO 8601 week: the week-numbering year and week 1..53 of `date`.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(CivilDate date);

// Adds `months` calendar months; the day is clamped to the month's length
// (2024-03-31 + 1 month = 2024-04-30).
CivilDate AddMonths(CivilDate date, int months);

// Parses "YYYY-MM-DD" (the start of an ISO date or date-time); nullopt when
// the text does not start with a valid date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD".
std::string FormatIsoDate(CivilDate date);

}  // namespace strabo

#include "util/calendar.h"

#include <cstdio>

namespace strabo {

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= DaysInMonth(year, month);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// The era-based algorithm: 400-year eras of 146097 days, with March as the
// first month so that the leap day falls at the end of the year.
long DaysFromCivil(CivilDate date) {
  long y = date.year;
  const long m = date.month;
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(CivilDate date) {
  const long days = DaysFromCivil(date);
  // 1970-01-01 was a Thursday (4).
  long w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

IsoWeek IsoWeekOf(CivilDate date) {
  // The week belongs to the year of its Thursday.
  const long days = DaysFromCivil(date);
  const CivilDate thursday = CivilFromDays(days - Weekday(date) + 4);
  const long jan1 = DaysFromCivil({thursday.year, 1, 1});
  const int week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7) + 1;
  return {thursday.year, week};
}

CivilDate AddMonths(CivilDate date, int months) {
  long index = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
  CivilDate out;
  out.year = static_cast<int>(index / 12);
  out.month = static_cast<int>(index % 12) + 1;
  const int last = DaysInMonth(out.year, out.month);
  out.day = date.day > last ? last : date.day;
  return out;
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int i = 0; i < lengths[p]; ++i) {
      const char c = text[starts[p] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (text.size() > 10 && text[10] >= '0' && text[10] <= '9') return std::nullopt;
  if (!IsValidDate(parts[0], parts[1], parts[2])) return std::nullopt;
  return CivilDate{parts[0], parts[1], parts[2]};
}

std::string FormatIsoDate(CivilDate date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

}  // namespace strabo

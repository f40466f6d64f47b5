#include "read/date.h"

#include <cctype>
#include <cstdio>

namespace strabo {
namespace {

bool ParseInt(std::string_view s, size_t pos, size_t len, int* out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

std::string Format(int y, int m, int d) {
  if (!IsValidDate(y, m, d)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int MonthFromAbbrev(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() < 3) return 0;
  char lower[3];
  for (int i = 0; i < 3; ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  for (int i = 0; i < 12; ++i)
    if (std::string_view(lower, 3) == kMonths[i]) return i + 1;
  return 0;
}

}  // namespace

std::string NormalizeDate(std::string_view raw) {
  while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.front()))) raw.remove_prefix(1);
  int y = 0, m = 0, d = 0;
  // ISO 8601 and its relatives: YYYY-MM-DD or YYYY/MM/DD, then anything.
  if (ParseInt(raw, 0, 4, &y) && raw.size() >= 10 && (raw[4] == '-' || raw[4] == '/') &&
      raw[7] == raw[4] && ParseInt(raw, 5, 2, &m) && ParseInt(raw, 8, 2, &d)) {
    if (raw.size() > 10 && std::isdigit(static_cast<unsigned char>(raw[10]))) return "";
    return Format(y, m, d);
  }
  // RFC 822: [Day, ]DD Mon YYYY ...
  size_t pos = raw.find(',');
  std::string_view rest = pos == std::string_view::npos ? raw : raw.substr(pos + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits == 1 || digits == 2) {
    ParseInt(rest, 0, digits, &d);
    std::string_view after = rest.substr(digits);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    m = MonthFromAbbrev(after);
    const size_t space = after.find(' ');
    if (m && space != std::string_view::npos && ParseInt(after, space + 1, 4, &y))
      return Format(y, m, d);
  }
  return "";
}

}  // namespace strabo

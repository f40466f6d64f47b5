// Splitting text into lines and fields, for the line-oriented files strabo
// reads (gold corpora, dictionaries, GeoNames tables, TSV lexicons).
#pragma once

#include <string_view>
#include <vector>

namespace strabo {

// Calls f(line, line_number) for every line of `text` (1-based numbers),
// without its "\n" or "\r\n". A final line without a newline counts.
template <typename F>
void ForEachLine(std::string_view text, F&& f) {
  size_t pos = 0, number = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line, ++number);
    pos = eol + 1;
  }
}

// The fields of `line` between `sep` characters. With `keep_empty` false,
// runs of separators count as one and empty fields are dropped ("a  b" →
// "a", "b"); with true every field is kept (TSV columns may be empty).
inline std::vector<std::string_view> SplitFields(std::string_view line, char sep, bool keep_empty) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t end = line.find(sep, start);
    const std::string_view field = line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (keep_empty || !field.empty()) out.push_back(field);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace strabo

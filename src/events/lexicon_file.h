// The file format of strabo's hand-reviewed lexicons (data/events/*.tsv).
//
// A lexicon file is UTF-8 (NFC) text, one record per line, fields separated
// by one TAB (doc/formats/event-lexicons.md):
//
//   #strabo-lexicon<TAB>KIND<TAB>VERSION[<TAB>key=value ...]   first line
//   # ...                                                     comments
//   col1<TAB>col2<TAB>...                                     column names
//   value<TAB>value<TAB>...                                   records
//
// The magic line names the kind of table ("triggers", "actors", ...) and the
// version of that kind's columns; a reader accepts versions up to the one it
// knows. The column line must be exactly the columns the kind expects, so a
// file edited by hand cannot silently shift a column. Every record has every
// field; an empty value is written "-" (a bare empty field is an error, as is
// a field with leading or trailing spaces). Blank lines and "#" lines are
// skipped anywhere after the magic line.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "strabo/status.h"

namespace strabo::events {

inline constexpr std::string_view kLexiconMagic = "#strabo-lexicon";

struct LexiconRow {
  int line = 0;                          // 1-based line number, for messages
  std::vector<std::string_view> fields;  // views into the file's text; "-" kept as is

  // The field, or "" when it is "-".
  std::string_view Get(size_t i) const { return fields[i] == "-" ? std::string_view() : fields[i]; }
};

class LexiconFile {
 public:
  // Reads and checks `path`: magic, `kind`, version <= max_version, the
  // column line equal to `columns`, and every record's field count.
  static Result<LexiconFile> Open(const std::string& path, std::string_view kind,
                                  int max_version, const std::vector<std::string_view>& columns);
  // The same over text already in memory; `origin` names it in messages.
  static Result<LexiconFile> Parse(std::string text, std::string origin, std::string_view kind,
                                   int max_version, const std::vector<std::string_view>& columns);

  const std::string& origin() const { return origin_; }
  int version() const { return version_; }
  // A key=value setting from the magic line, or "" when absent.
  std::string Setting(std::string_view key) const;
  const std::vector<LexiconRow>& rows() const { return rows_; }

  // "origin:line: what" as an InvalidInput status: how loaders report a bad record.
  Status RowError(const LexiconRow& row, std::string_view what) const;

 private:
  std::shared_ptr<const std::string> text_;  // owns the bytes the rows point into
  std::string origin_;
  int version_ = 0;
  std::vector<std::pair<std::string, std::string>> settings_;
  std::vector<LexiconRow> rows_;
};

// Splits `text` at every `sep`; an empty text gives no parts.
std::vector<std::string_view> SplitList(std::string_view text, char sep);

// 'text', for messages. (Built by appending: "'" + std::string(x) trips a
// GCC 12 -Wrestrict false positive in optimised builds.)
std::string Quoted(std::string_view text);

// InvalidInput unless the file's "lang" setting is `lang`.
Status CheckLanguage(const LexiconFile& file, std::string_view lang);

// Opens `path` as a T table (T::kKind, T::kVersion, T::Columns()) and builds
// it with T::FromFile(file, args...).
template <typename T, typename... Args>
Result<T> LoadTable(const std::string& path, const Args&... args) {
  auto file = LexiconFile::Open(path, T::kKind, T::kVersion, T::Columns());
  if (!file.ok()) return file.status();
  return T::FromFile(*file, args...);
}

}  // namespace strabo::events

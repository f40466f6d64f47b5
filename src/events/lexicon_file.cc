#include "events/lexicon_file.h"

#include <algorithm>
#include <charconv>

#include "util/file.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::events {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool IsBlank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

std::vector<std::string_view> SplitList(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  if (text.empty()) return out;
  size_t start = 0;
  for (;;) {
    const size_t at = text.find(sep, start);
    if (at == std::string_view::npos) {
      out.push_back(text.substr(start));
      return out;
    }
    out.push_back(text.substr(start, at - start));
    start = at + 1;
  }
}

Result<LexiconFile> LexiconFile::Open(const std::string& path, std::string_view kind,
                                      int max_version,
                                      const std::vector<std::string_view>& columns) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(std::move(text.value()), path, kind, max_version, columns);
}

Result<LexiconFile> LexiconFile::Parse(std::string text, std::string origin,
                                       std::string_view kind, int max_version,
                                       const std::vector<std::string_view>& columns) {
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad))
    return Status::Corrupt(origin + ": not valid UTF-8 at byte " + std::to_string(bad));
  LexiconFile file;
  file.origin_ = std::move(origin);
  file.text_ = std::make_shared<const std::string>(std::move(text));
  std::string_view rest(*file.text_);

  int line_no = 0;
  bool have_magic = false, have_columns = false;
  const std::string where_kind = " (expected a '" + std::string(kind) + "' lexicon)";
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string at = file.origin_ + ":" + std::to_string(line_no) + ": ";

    if (!have_magic) {
      const auto parts = SplitTabs(line);
      if (parts[0] != kLexiconMagic || parts.size() < 3)
        return Status::Corrupt(at + "not a strabo lexicon: the first line must be '" +
                               std::string(kLexiconMagic) + "<TAB>kind<TAB>version'" +
                               where_kind);
      if (parts[1] != kind)
        return Status::Corrupt(at + "a '" + std::string(parts[1]) + "' lexicon" + where_kind);
      int version = 0;
      const auto [end, ec] =
          std::from_chars(parts[2].data(), parts[2].data() + parts[2].size(), version);
      if (ec != std::errc() || end != parts[2].data() + parts[2].size() || version < 1)
        return Status::Corrupt(at + "bad version '" + std::string(parts[2]) + "'");
      if (version > max_version)
        return Status::Unsupported(at + "'" + std::string(kind) + "' version " +
                                   std::to_string(version) + " is newer than this strabo reads (" +
                                   std::to_string(max_version) + "): update strabo");
      file.version_ = version;
      for (size_t i = 3; i < parts.size(); ++i) {
        const size_t eq = parts[i].find('=');
        if (eq == std::string_view::npos || eq == 0)
          return Status::Corrupt(at + "setting '" + std::string(parts[i]) + "' is not key=value");
        file.settings_.emplace_back(std::string(parts[i].substr(0, eq)),
                                    std::string(parts[i].substr(eq + 1)));
      }
      have_magic = true;
      continue;
    }
    if (IsBlank(line) || line.front() == '#') continue;
    if (ToNfc(line) != line)
      return Status::Corrupt(at + "text is not in Unicode NFC; normalise the file");
    auto fields = SplitTabs(line);
    if (!have_columns) {
      if (fields.size() != columns.size() || !std::equal(fields.begin(), fields.end(),
                                                         columns.begin())) {
        std::string want;
        for (std::string_view c : columns) {
          if (!want.empty()) want += ' ';
          want += c;
        }
        return Status::Corrupt(at + "the column line must be: " + want);
      }
      have_columns = true;
      continue;
    }
    if (fields.size() != columns.size())
      return Status::Corrupt(at + std::to_string(fields.size()) + " fields, expected " +
                             std::to_string(columns.size()) + " (use '-' for an empty value)");
    for (size_t i = 0; i < fields.size(); ++i) {
      const std::string_view f = fields[i];
      if (f.empty())
        return Status::Corrupt(at + "column '" + std::string(columns[i]) +
                               "' is empty (write '-')");
      if (f.front() == ' ' || f.back() == ' ')
        return Status::Corrupt(at + "column '" + std::string(columns[i]) +
                               "' has leading or trailing spaces");
    }
    file.rows_.push_back(LexiconRow{line_no, std::move(fields)});
  }
  if (!have_magic) return Status::Corrupt(file.origin_ + ": empty file" + where_kind);
  if (!have_columns) return Status::Corrupt(file.origin_ + ": no column line");
  return file;
}

std::string LexiconFile::Setting(std::string_view key) const {
  for (const auto& [k, v] : settings_)
    if (k == key) return v;
  return "";
}

std::string Quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

Status CheckLanguage(const LexiconFile& file, std::string_view lang) {
  const std::string have = file.Setting("lang");
  if (have == lang) return Status::Ok();
  return Status::InvalidInput(file.origin() + ": lang=" + (have.empty() ? "(none)" : have) +
                              " in the magic line, expected lang=" + std::string(lang));
}

Status LexiconFile::RowError(const LexiconRow& row, std::string_view what) const {
  return Status::InvalidInput(origin_ + ":" + std::to_string(row.line) + ": " + std::string(what));
}

}  // namespace strabo::events

#include "entities/aliases.h"

#include <algorithm>

#include "util/container.h"
#include "util/file.h"
#include "util/lines.h"
#include "util/text.h"

namespace strabo::ner {
namespace {

constexpr uint32_t kMagic = 0x31764c41;  // "ALv1"

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

bool WordMatches(std::string_view text_word, const std::string& alias_word, bool allow_caps) {
  if (text_word == alias_word) return true;
  return allow_caps && text_word == AsciiUpper(alias_word);
}

}  // namespace

std::optional<EntityType> ParseEntityType(std::string_view name) {
  if (name == "PER") return EntityType::kPer;
  if (name == "ORG") return EntityType::kOrg;
  if (name == "LOC") return EntityType::kLoc;
  if (name == "MISC") return EntityType::kMisc;
  return std::nullopt;
}

void AliasTable::Add(Alias alias) {
  if (alias.words.empty()) return;
  // Kept with ASCII apostrophes and quotes, as Match reads the text.
  for (std::string& word : alias.words) word = FoldTypography(word);
  const uint32_t index = static_cast<uint32_t>(aliases_.size());
  by_first_.emplace(alias.words[0], index);
  by_first_.emplace(AsciiUpper(alias.words[0]), index);
  first_words_.set(FirstWordBit(alias.words[0]));
  first_words_.set(FirstWordBit(AsciiUpper(alias.words[0])));
  aliases_.push_back(std::move(alias));
}

size_t AliasTable::FirstWordBit(std::string_view word) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return (h ^ (h >> 16)) & 0xFFFF;
}

std::vector<AliasMatch> AliasTable::Match(std::span<const std::string_view> written) const {
  std::vector<AliasMatch> out;
  if (aliases_.empty()) return out;
  // The words with ASCII apostrophes and quotes: "Da’esh" is "Da'esh".
  std::vector<std::string> scratch(written.size());
  std::vector<std::string_view> words(written.size());
  for (size_t i = 0; i < written.size(); ++i) words[i] = FoldTypography(written[i], &scratch[i]);
  // Capitals match only in a sentence that is mostly capitals (a headline).
  size_t caps = 0, letters = 0;
  for (std::string_view w : words) {
    bool upper = false, lower = false;
    for (char c : w) upper |= c >= 'A' && c <= 'Z', lower |= c >= 'a' && c <= 'z';
    letters += upper || lower;
    caps += upper && !lower;
  }
  const bool caps_sentence = letters >= 3 && caps * 10 >= letters * 8;
  std::string key;
  for (uint32_t i = 0; i < words.size();) {
    if (words[i].empty() || !first_words_.test(FirstWordBit(words[i]))) {
      ++i;
      continue;
    }
    uint32_t best_len = 0, best = 0;
    auto [lo, hi] = by_first_.equal_range(words[i]);
    for (auto it = lo; it != hi; ++it) {
      const Alias& a = aliases_[it->second];
      const uint32_t len = static_cast<uint32_t>(a.words.size());
      if (len <= best_len || i + len > words.size()) continue;
      bool ok = true;
      for (uint32_t k = 0; k < len && ok; ++k)
        ok = WordMatches(words[i + k], a.words[k], caps_sentence && !a.weak);
      if (ok) best_len = len, best = it->second;
    }
    if (best_len > 0) {
      out.push_back({i, i + best_len, best});
      i += best_len;
    } else {
      ++i;
    }
  }
  return out;
}

// Layout: u32 magic "ALv1" | u32 count | count × (str canonical, u8 type,
// u8 weak, u32 words, words × str).
std::string AliasTable::Serialize() const {
  ByteWriter w;
  w.U32(kMagic);
  w.U32(static_cast<uint32_t>(aliases_.size()));
  for (const Alias& a : aliases_) {
    w.Str(a.canonical);
    w.U8(static_cast<uint8_t>(a.type));
    w.U8(a.weak ? 1 : 0);
    w.U32(static_cast<uint32_t>(a.words.size()));
    for (const std::string& word : a.words) w.Str(word);
  }
  return std::move(w.bytes());
}

Result<AliasTable> AliasTable::Deserialize(std::string_view bytes, const std::string& origin) {
  ByteReader r(bytes);
  if (r.U32() != kMagic) return Status::Corrupt(origin + ": not an alias section");
  const uint32_t count = r.U32();
  if (!r.ok() || count > r.remaining() / 10) return Status::Corrupt(origin + ": alias header is damaged");
  AliasTable table;
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    Alias a;
    a.canonical = std::string(r.Str());
    const uint8_t type = r.U8();
    a.weak = r.U8() != 0;
    const uint32_t n = r.U32();
    if (type > 3 || n == 0 || n > 16) return Status::Corrupt(origin + ": alias " + std::to_string(i) + " is damaged");
    a.type = static_cast<EntityType>(type);
    for (uint32_t k = 0; k < n; ++k) a.words.emplace_back(r.Str());
    table.Add(std::move(a));
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": alias section is truncated");
  return table;
}

Result<AliasTable> AliasTable::ReadTsv(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  return ParseTsv(*text, path);
}

Result<AliasTable> AliasTable::ParseTsv(std::string_view text, const std::string& origin) {
  AliasTable table;
  Status error;
  ForEachLine(text, [&](std::string_view line, size_t line_no) {
    if (line.empty() || line[0] == '#' || !error.ok()) return;
    const auto cols = SplitFields(line, '\t', true);
    const auto type = cols.size() == 3 ? ParseEntityType(cols[1]) : std::nullopt;
    if (!type) {
      error = Status::InvalidInput(origin + ":" + std::to_string(line_no) +
                                   ": expected 'canonical<TAB>PER|ORG|LOC|MISC<TAB>alias|alias...'");
      return;
    }
    for (std::string_view item : SplitFields(cols[2], '|', false)) {
      Alias a;
      a.type = *type;
      a.canonical = std::string(cols[0]);
      if (item.back() == '*') {
        a.weak = true;
        item.remove_suffix(1);
      }
      for (std::string_view w : SplitFields(item, ' ', false)) a.words.emplace_back(w);
      if (!a.words.empty()) table.Add(std::move(a));
    }
  });
  if (!error.ok()) return error;
  return table;
}

}  // namespace strabo::ner

#include "events/cameo_map.h"

#include "events/lexicon_file.h"
#include "events/plover.h"
#include "util/text.h"

namespace strabo::events {
namespace {

bool IsCameoCode(std::string_view code) {
  return code.size() >= 3 && code.size() <= 4 && IsAsciiNumber(code);
}

}  // namespace

const std::vector<std::string_view>& CameoMap::Columns() {
  static const std::vector<std::string_view> columns = {"cameo", "cameo_name", "type", "mode",
                                                        "context", "acled", "note"};
  return columns;
}

Result<CameoMap> CameoMap::Load(const std::string& path) {
  return LoadTable<CameoMap>(path);
}

Result<CameoMap> CameoMap::FromFile(const LexiconFile& file) {
  CameoMap map;
  for (const LexiconRow& row : file.rows()) {
    CameoEntry e;
    e.cameo = std::string(row.Get(0));
    e.name = std::string(row.Get(1));
    e.type = std::string(row.Get(2));
    e.mode = std::string(row.Get(3));
    for (std::string_view c : SplitList(row.Get(4), '|')) e.contexts.emplace_back(c);
    e.acled = std::string(row.Get(5));
    e.note = std::string(row.Get(6));
    if (!IsCameoCode(e.cameo))
      return file.RowError(row, "'" + e.cameo + "' is not a CAMEO code");
    if (!e.type.empty() && !IsPloverType(e.type))
      return file.RowError(row, "'" + e.type + "' is not a PLOVER type");
    if (!e.mode.empty() && !IsPloverMode(e.type, e.mode))
      return file.RowError(row, "'" + e.mode + "' is not a PLOVER mode of " + e.type);
    if (!e.acled.empty() && AcledEventType(e.acled).empty())
      return file.RowError(row, "'" + e.acled + "' is not an ACLED sub-event type");
    if (e.type.empty() && (!e.mode.empty() || !e.acled.empty()))
      return file.RowError(row, "a code that is not coded cannot have a mode or ACLED type");
    if (!map.index_.emplace(e.cameo, map.entries_.size()).second)
      return file.RowError(row, "CAMEO code " + e.cameo + " is listed twice");
    map.entries_.push_back(std::move(e));
  }
  return map;
}

const CameoEntry* CameoMap::Find(std::string_view cameo) const {
  const auto it = index_.find(std::string(cameo));
  return it == index_.end() ? nullptr : &entries_[it->second];
}

}  // namespace strabo::events

// The CAMEO → PLOVER/ACLED mapping table (data/events/cameo_plover.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/lexicon_file.h"
#include "strabo/status.h"

namespace strabo::events {

struct CameoEntry {
  std::string cameo;    // "173"
  std::string name;     // CAMEO's label: "Arrest, detain, or charge with legal action"
  std::string type;     // PLOVER type; empty: CAMEO code strabo does not code (01x)
  std::string mode;     // PLOVER mode; empty when none fits or the trigger decides
  std::vector<std::string> contexts;  // PLOVER contexts
  std::string acled;    // ACLED sub-event type; empty when none fits every event of the code
  std::string note;
};

class CameoMap {
 public:
  static constexpr std::string_view kKind = "cameo-plover";
  static constexpr int kVersion = 1;
  static const std::vector<std::string_view>& Columns();

  // Checks and indexes the table: codes are 3-4 digits and unique, types and
  // modes are PLOVER's, ACLED values are ACLED sub-event types.
  static Result<CameoMap> FromFile(const LexiconFile& file);
  // Opens `path` (LexiconFile::Open) and calls FromFile.
  static Result<CameoMap> Load(const std::string& path);

  // The entry of `cameo` ("173"), or nullptr.
  const CameoEntry* Find(std::string_view cameo) const;
  const std::vector<CameoEntry>& entries() const { return entries_; }

 private:
  std::vector<CameoEntry> entries_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace strabo::events

// The gazetteer: every GeoNames place strabo can resolve a toponym to, with
// the names it goes by, filed under folded keys (geo/fold.h).
//
// One container file (doc/formats/gazetteer.md), kind "gazetteer", built by
// `strabo gazetteer build` (geo/gazetteer_builder.h) and memory-mapped here:
// opening costs one mmap and a checksum pass, lookups read the map in place.
// A Gazetteer is immutable and safe to share between threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "strabo/status.h"
#include "util/container.h"

namespace strabo::geo {

inline constexpr std::string_view kGazetteerKind = "gazetteer";
// Version 2: keys fold the Arabic article's spellings into one (geo/fold.h).
// Keys are hashes of folded names, so a file of another version cannot be
// looked up with this FoldKey: Gazetteer::Open reads only this version.
inline constexpr uint32_t kGazetteerVersion = 2;
// Where `strabo gazetteer build` writes the file and the places stage looks
// for it (a FindResource path, see util/resources.h).
inline constexpr std::string_view kGazetteerResource = "data/gazetteer.bin";

inline constexpr uint32_t kNone = 0xffffffffu;

// One place (section "entries"; 32 bytes, little-endian, 4-byte aligned).
struct EntryRecord {
  uint32_t geonameid;  // 0: not in GeoNames' own tables (a newer place, an admin2 area)
  float lat;
  float lon;
  uint32_t population;  // 0 when unknown
  uint32_t name;        // string offset: the GeoNames name
  uint16_t country;     // index into countries, 0xffff: none
  uint16_t feature;     // index into features ("P.PPLA", "A.PCLI", ...)
  uint32_t admin1;      // index into admins, kNone: none
  uint32_t admin2;      // index into admins, kNone: none
};
static_assert(sizeof(EntryRecord) == 32);

// A first- or second-level division (section "admins"; 12 bytes).
struct AdminRecord {
  uint32_t code;   // string offset: "MA.04", "US.LA.079"
  uint32_t name;   // string offset: "Rabat-Salé-Kénitra"
  uint32_t entry;  // the division's own entry
};
static_assert(sizeof(AdminRecord) == 12);

// A country (section "countries"; 20 bytes).
struct CountryRecord {
  char iso2[2];
  char iso3[3];
  char continent[2];
  char pad;
  uint32_t name;     // string offset
  uint32_t entry;    // the country's own entry
  uint32_t capital;  // entry of the capital, kNone when unknown
};
static_assert(sizeof(CountryRecord) == 20);

// How a key names an entry (low 4 bits of a posting).
enum class NameKind : uint8_t {
  kName = 0,       // the GeoNames name or its ASCII form
  kAlternate = 1,  // a GeoNames alternate name, a country name in another language
  kAbbrev = 2,     // an abbreviation usable only as a qualifier ("La." in "Alexandria, La.")
  kDemonym = 3,    // an adjective or demonym of a country ("Moroccan", "marroquí")
  kDerived = 4,    // a variant strabo derived ("Saint Louis" for "St. Louis")
  kPerson = 5,     // not a place: the key is also a given name or surname; the
                   // posting's entry is meaningless (0)
};

// A posting: an entry and how the key names it.
struct Posting {
  uint32_t entry;
  NameKind kind;
};

class Gazetteer {
 public:
  // Opens and checks a gazetteer file. Errors name the file and say how to
  // rebuild it.
  static Result<std::shared_ptr<const Gazetteer>> Open(const std::string& path);
  // The gazetteer the places stage uses: kGazetteerResource found through
  // FindResource(resource_dir). Not found: a message saying to run
  // scripts/setup or `strabo gazetteer build`.
  static Result<std::shared_ptr<const Gazetteer>> OpenDefault(const std::string& resource_dir);

  const std::string& path() const { return container_.origin(); }
  const Container& container() const { return container_; }

  uint32_t num_entries() const { return static_cast<uint32_t>(entries_.size()); }
  uint32_t num_keys() const { return num_keys_; }
  const EntryRecord& entry(uint32_t i) const { return entries_[i]; }
  std::string_view name(uint32_t entry) const { return String(entries_[entry].name); }
  std::string_view feature(uint32_t entry) const;
  // "MA" or "" when the entry has no country.
  std::string_view country_code(uint32_t entry) const;
  // Names of the entry's divisions, "" when it has none.
  std::string_view admin1_name(uint32_t entry) const;
  std::string_view admin2_name(uint32_t entry) const;

  // The index of the country whose ISO 3166-1 alpha-2 code is `iso2` ("MA"),
  // 0xffff when there is none.
  uint16_t CountryIndex(std::string_view iso2) const {
    auto it = by_iso2_.find(iso2);
    return it == by_iso2_.end() ? 0xffff : it->second;
  }
  const CountryRecord* country(uint16_t index) const {
    return index < countries_.size() ? &countries_[index] : nullptr;
  }
  const AdminRecord* admin(uint32_t index) const {
    return index < admins_.size() ? &admins_[index] : nullptr;
  }
  std::string_view String(uint32_t offset) const;
  // True when countries `a` and `b` (indices) share a land border.
  bool Neighbours(uint16_t a, uint16_t b) const {
    return a < neighbours_.size() &&
           std::find(neighbours_[a].begin(), neighbours_[a].end(), b) != neighbours_[a].end();
  }

  // Every entry filed under the folded `key` (geo/fold.h), most populous
  // first; empty when none. The postings are read in place.
  std::span<const uint32_t> LookupRaw(std::string_view key) const;
  static Posting Decode(uint32_t raw) { return {raw >> 4, static_cast<NameKind>(raw & 15)}; }

 private:
  Gazetteer() = default;
  Status Load();

  Container container_;
  std::span<const EntryRecord> entries_;
  std::span<const AdminRecord> admins_;
  std::span<const CountryRecord> countries_;
  std::string_view strings_;
  std::span<const uint32_t> feature_offsets_;
  // Hash table: slots of {u64 hash, u32 postings begin, u32 count}.
  std::string_view slots_;
  uint64_t slot_mask_ = 0;
  uint32_t num_keys_ = 0;
  std::span<const uint32_t> postings_;
  std::vector<std::vector<uint16_t>> neighbours_;  // by country index
  // ISO2 (views into the mapped countries section) → country index.
  std::unordered_map<std::string_view, uint16_t> by_iso2_;
};

// The hash a folded key is filed under in the "keys" section (never 0).
uint64_t KeyHash(std::string_view folded_key);

}  // namespace strabo::geo

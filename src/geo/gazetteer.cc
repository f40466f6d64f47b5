#include "geo/gazetteer.h"

#include <cstring>
#include <unordered_map>

#include "util/hash.h"
#include "util/resources.h"

namespace strabo::geo {
namespace {

constexpr uint64_t kKeySeed = 0x67617a6b6579;  // "gazkey"
constexpr size_t kSlotSize = 16;

template <typename T>
Result<std::span<const T>> TableOf(const Container& c, std::string_view section) {
  auto bytes = c.Section(section);
  if (!bytes.ok()) return bytes.status();
  if (bytes->size() % sizeof(T) != 0 ||
      reinterpret_cast<uintptr_t>(bytes->data()) % alignof(T) != 0)
    return Status::Corrupt(c.origin() + ": section '" + std::string(section) +
                           "' has a bad size; rebuild it with `strabo gazetteer build`");
  return std::span<const T>(reinterpret_cast<const T*>(bytes->data()), bytes->size() / sizeof(T));
}

}  // namespace

uint64_t KeyHash(std::string_view folded_key) { return Hash64(folded_key, kKeySeed) | 1; }

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Open(const std::string& path) {
  auto container = Container::Open(path, kGazetteerKind, kGazetteerVersion);
  if (!container.ok()) return container.status();
  if (container->kind_version() != kGazetteerVersion)
    return Status::Corrupt(container->origin() + ": gazetteer format version " +
                           std::to_string(container->kind_version()) +
                           " files its names under keys an older strabo folded (this strabo reads "
                           "version " +
                           std::to_string(kGazetteerVersion) +
                           "); rebuild it with `strabo gazetteer build` (scripts/setup does)");
  std::shared_ptr<Gazetteer> gaz(new Gazetteer());
  gaz->container_ = std::move(container.value());
  STRABO_RETURN_IF_ERROR(gaz->Load());
  return std::shared_ptr<const Gazetteer>(std::move(gaz));
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::OpenDefault(const std::string& resource_dir) {
  auto path = FindResource(std::string(kGazetteerResource), resource_dir);
  if (!path.ok())
    return Status::NotFound("the gazetteer is missing: " + path.status().message() +
                            ". Build it with scripts/setup (or `strabo gazetteer build`)");
  return Open(path.value());
}

Status Gazetteer::Load() {
  const Container& c = container_;
  auto entries = TableOf<EntryRecord>(c, "entries");
  auto admins = TableOf<AdminRecord>(c, "admins");
  auto countries = TableOf<CountryRecord>(c, "countries");
  auto features = TableOf<uint32_t>(c, "features");
  auto postings = TableOf<uint32_t>(c, "postings");
  auto strings = c.Section("strings");
  auto slots = c.Section("keys");
  for (const Status* s :
       {&entries.status(), &admins.status(), &countries.status(), &features.status(),
        &postings.status(), &strings.status(), &slots.status()})
    if (!s->ok()) return *s;
  entries_ = *entries;
  admins_ = *admins;
  countries_ = *countries;
  feature_offsets_ = *features;
  postings_ = *postings;
  strings_ = *strings;
  slots_ = *slots;
  const size_t num_slots = slots_.size() / kSlotSize;
  auto corrupt = [&](const std::string& what) {
    return Status::Corrupt(c.origin() + ": " + what +
                           "; the file is damaged, rebuild it with `strabo gazetteer build`");
  };
  if (num_slots == 0 || (num_slots & (num_slots - 1)) != 0 || slots_.size() % kSlotSize != 0)
    return corrupt("the key table size is not a power of two");
  if (strings_.empty() || strings_.back() != '\0')
    return corrupt("the string table is not terminated");
  slot_mask_ = num_slots - 1;
  // Every reference is checked once here, so lookups need no bounds checks.
  const uint32_t n = static_cast<uint32_t>(entries_.size());
  for (const EntryRecord& e : entries_) {
    if (e.name >= strings_.size() || e.feature >= feature_offsets_.size() ||
        (e.country != 0xffff && e.country >= countries_.size()) ||
        (e.admin1 != kNone && e.admin1 >= admins_.size()) ||
        (e.admin2 != kNone && e.admin2 >= admins_.size()))
      return corrupt("an entry refers outside its tables");
  }
  for (const AdminRecord& a : admins_)
    if (a.code >= strings_.size() || a.name >= strings_.size() || a.entry >= n)
      return corrupt("a division refers outside its tables");
  for (const CountryRecord& k : countries_)
    if (k.name >= strings_.size() || k.entry >= n || (k.capital != kNone && k.capital >= n))
      return corrupt("a country refers outside its tables");
  for (uint32_t off : feature_offsets_)
    if (off >= strings_.size()) return corrupt("a feature refers outside the string table");
  for (uint32_t raw : postings_)
    if ((raw >> 4) >= n) return corrupt("a posting refers to a missing entry");
  // Land borders: "DZ,EH,ES" per country, resolved to country indices once.
  auto borders = TableOf<uint32_t>(c, "neighbours");
  if (!borders.ok()) return borders.status();
  if (borders->size() != countries_.size()) return corrupt("the border table has a bad size");
  by_iso2_.clear();
  for (size_t i = 0; i < countries_.size(); ++i)
    by_iso2_[std::string_view(countries_[i].iso2, 2)] = static_cast<uint16_t>(i);
  neighbours_.resize(countries_.size());
  for (size_t i = 0; i < borders->size(); ++i) {
    if ((*borders)[i] >= strings_.size())
      return corrupt("a border list refers outside the strings");
    std::string_view list = String((*borders)[i]);
    while (list.size() >= 2) {
      if (auto it = by_iso2_.find(list.substr(0, 2)); it != by_iso2_.end())
        neighbours_[i].push_back(it->second);
      list.remove_prefix(std::min<size_t>(3, list.size()));
    }
  }
  for (size_t i = 0; i < num_slots; ++i) {
    uint64_t hash;
    uint32_t begin, count;
    std::memcpy(&hash, slots_.data() + i * kSlotSize, 8);
    std::memcpy(&begin, slots_.data() + i * kSlotSize + 8, 4);
    std::memcpy(&count, slots_.data() + i * kSlotSize + 12, 4);
    if (hash == 0) continue;
    ++num_keys_;
    if (uint64_t(begin) + count > postings_.size())
      return corrupt("a key's postings run past the end");
  }
  return Status::Ok();
}

std::string_view Gazetteer::String(uint32_t offset) const {
  if (offset >= strings_.size()) return {};
  return std::string_view(strings_.data() + offset);
}

std::string_view Gazetteer::feature(uint32_t entry) const {
  return String(feature_offsets_[entries_[entry].feature]);
}

std::string_view Gazetteer::country_code(uint32_t entry) const {
  const CountryRecord* k = country(entries_[entry].country);
  return k ? std::string_view(k->iso2, 2) : std::string_view();
}

std::string_view Gazetteer::admin1_name(uint32_t entry) const {
  const AdminRecord* a = admin(entries_[entry].admin1);
  return a ? String(a->name) : std::string_view();
}

std::string_view Gazetteer::admin2_name(uint32_t entry) const {
  const AdminRecord* a = admin(entries_[entry].admin2);
  return a ? String(a->name) : std::string_view();
}

std::span<const uint32_t> Gazetteer::LookupRaw(std::string_view key) const {
  if (key.empty()) return {};
  const uint64_t hash = KeyHash(key);
  for (uint64_t i = hash & slot_mask_;; i = (i + 1) & slot_mask_) {
    const char* slot = slots_.data() + i * kSlotSize;
    uint64_t h;
    std::memcpy(&h, slot, 8);
    if (h == 0) return {};
    if (h == hash) {
      uint32_t begin, count;
      std::memcpy(&begin, slot + 8, 4);
      std::memcpy(&count, slot + 12, 4);
      return postings_.subspan(begin, count);
    }
  }
}

}  // namespace strabo::geo

#include "util/container.h"

#include <cstring>

#include "util/hash.h"

namespace strabo {
namespace {

constexpr size_t kNameBytes = 48;
constexpr size_t kHeaderBytes = 16;                 // magic, version, count
constexpr size_t kEntryBytes = kNameBytes + 3 * 8;  // name, offset, size, checksum

size_t AlignUp(size_t n) { return (n + 7) & ~size_t{7}; }

uint64_t Checksum(std::string_view data) { return Hash64(data, 0x5354524142u); }

std::string SettingsText(const std::map<std::string, std::string>& settings) {
  std::string text;
  for (const auto& [key, value] : settings) text += key + "=" + value + "\n";
  return text;
}

}  // namespace

ContainerWriter::ContainerWriter(std::string kind, uint32_t kind_version) {
  settings_["kind"] = std::move(kind);
  settings_["kind_version"] = std::to_string(kind_version);
}

void ContainerWriter::SetSetting(const std::string& key, const std::string& value) {
  settings_[key] = value;
}

void ContainerWriter::AddSection(const std::string& name, std::string data) {
  sections_.emplace_back(name, std::move(data));
}

std::string ContainerWriter::Serialize() const {
  std::vector<std::pair<std::string, std::string_view>> all;
  const std::string settings = SettingsText(settings_);
  all.emplace_back("settings", settings);
  for (const auto& [name, data] : sections_) all.emplace_back(name, data);

  std::string out;
  ByteWriter header;
  header.Raw(kContainerMagic.data(), kContainerMagic.size());
  header.U32(kContainerVersion);
  header.U32(static_cast<uint32_t>(all.size()));
  out = header.bytes();

  size_t offset = AlignUp(kHeaderBytes + all.size() * kEntryBytes);
  for (const auto& [name, data] : all) {
    char name_field[kNameBytes] = {};
    std::memcpy(name_field, name.data(), std::min(name.size(), kNameBytes - 1));
    ByteWriter entry;
    entry.Raw(name_field, kNameBytes);
    entry.U64(offset);
    entry.U64(data.size());
    entry.U64(Checksum(data));
    out += entry.bytes();
    offset = AlignUp(offset + data.size());
  }
  for (const auto& [name, data] : all) {
    out.resize(AlignUp(out.size()), '\0');
    out.append(data);
  }
  return out;
}

Status ContainerWriter::Write(const std::string& path) const {
  return WriteFileAtomically(path, Serialize());
}

Result<Container> Container::Open(const std::string& path, std::string_view kind,
                                  uint32_t max_kind_version) {
  auto file = MappedFile::Open(path);
  if (!file.ok()) return file.status();
  auto container = FromBytes(file->data(), path, kind, max_kind_version);
  if (!container.ok()) return container.status();
  container->file_ = std::move(file.value());  // the views stay valid: the mapping moves
  return container;
}

Result<Container> Container::FromBytes(std::string_view bytes, std::string origin,
                                       std::string_view kind, uint32_t max_kind_version) {
  auto corrupt = [&](const std::string& why) {
    return Status::Corrupt(origin + ": " + why);
  };
  if (bytes.size() < kHeaderBytes || bytes.substr(0, 8) != kContainerMagic)
    return corrupt("not a strabo file (bad magic); rebuild it or check the path");
  ByteReader header(bytes.substr(8, 8));
  const uint32_t version = header.U32();
  const uint32_t count = header.U32();
  if (version != kContainerVersion)
    return corrupt("container version " + std::to_string(version) + ", this strabo reads " +
                   std::to_string(kContainerVersion));
  if (count > 4096 || kHeaderBytes + size_t{count} * kEntryBytes > bytes.size())
    return corrupt("section table is truncated");

  Container c;
  c.origin_ = origin;  // a copy: `corrupt` still reports `origin` below
  for (uint32_t i = 0; i < count; ++i) {
    ByteReader entry(bytes.substr(kHeaderBytes + i * kEntryBytes, kEntryBytes));
    const std::string_view name_field = entry.Bytes(kNameBytes);
    const std::string name(name_field.data(), strnlen(name_field.data(), kNameBytes));
    const uint64_t offset = entry.U64();
    const uint64_t size = entry.U64();
    const uint64_t checksum = entry.U64();
    if (offset > bytes.size() || size > bytes.size() - offset)
      return corrupt("section '" + name + "' lies outside the file (truncated?)");
    const std::string_view data = bytes.substr(offset, size);
    if (Checksum(data) != checksum) return corrupt("section '" + name + "' fails its checksum");
    c.sections_.emplace_back(name, data);
  }

  auto settings = c.Section("settings");
  if (!settings.ok()) return settings.status();
  std::string_view rest = *settings;
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    const std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    c.settings_[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
  }
  const std::string file_kind = c.Setting("kind");
  if (file_kind != kind)
    return corrupt("is a '" + file_kind + "' file, expected '" + std::string(kind) + "'");
  c.kind_version_ = static_cast<uint32_t>(std::strtoul(c.Setting("kind_version", "0").c_str(), nullptr, 10));
  if (c.kind_version_ == 0 || c.kind_version_ > max_kind_version)
    return corrupt(std::string(kind) + " format version " + std::to_string(c.kind_version_) +
                   " is not one this strabo reads (up to " + std::to_string(max_kind_version) +
                   "); rebuild the file with this strabo");
  return c;
}

bool Container::HasSection(std::string_view name) const {
  for (const auto& section : sections_)
    if (section.first == name) return true;
  return false;
}

Result<std::string_view> Container::Section(std::string_view name) const {
  for (const auto& section : sections_)
    if (section.first == name) return section.second;
  return Status::Corrupt(origin_ + ": missing section '" + std::string(name) + "'");
}

std::string Container::Setting(const std::string& key, const std::string& fallback) const {
  auto it = settings_.find(key);
  return it == settings_.end() ? fallback : it->second;
}

std::string_view ByteReader::Str() {
  const uint32_t n = U32();
  return Bytes(n);
}

std::string_view ByteReader::Bytes(size_t n) {
  if (!ok_ || n > data_.size() - pos_) {
    ok_ = false;
    return {};
  }
  std::string_view out = data_.substr(pos_, n);
  pos_ += n;
  return out;
}

void ByteReader::Raw(void* p, size_t n) {
  const std::string_view bytes = Bytes(n);
  if (ok_) std::memcpy(p, bytes.data(), n);
}

}  // namespace strabo

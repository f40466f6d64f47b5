// strabo's container for binary files: models, lexicons, gazetteers.
//
// Every such file is one container (format in doc/formats/container.md):
//   magic "STRABO\x1a\x01" | u32 container version | u32 section count
//   | section table | sections
// Each section has a name, an 8-byte aligned offset, a size and a checksum.
// The "settings" section holds "key=value" lines: every file records its
// `kind` (e.g. "tagger"), the version of that kind's own layout
// (`kind_version`), and the settings it was built with, so a file carries
// everything needed to use (and rebuild) it.
//
// Files are memory-mapped: opening costs one mmap plus a checksum pass, and
// sections are read in place without copying.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "strabo/status.h"
#include "util/file.h"

namespace strabo {

inline constexpr std::string_view kContainerMagic = std::string_view("STRABO\x1a\x01", 8);
inline constexpr uint32_t kContainerVersion = 1;

// Builds a container in memory and writes it out.
class ContainerWriter {
 public:
  ContainerWriter(std::string kind, uint32_t kind_version);

  // Records a setting; keys and values must not contain '\n' or '='(key only).
  void SetSetting(const std::string& key, const std::string& value);
  // Adds a section; names are unique and at most 47 bytes.
  void AddSection(const std::string& name, std::string data);

  // Serialises every section; `Write` saves it atomically to `path`.
  std::string Serialize() const;
  Status Write(const std::string& path) const;

 private:
  std::map<std::string, std::string> settings_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

// A container opened for reading (memory-mapped).
class Container {
 public:
  // Opens `path` and checks magic, version, checksums and that its kind is
  // `kind` with a kind_version this build can read (<= max_kind_version).
  static Result<Container> Open(const std::string& path, std::string_view kind,
                                uint32_t max_kind_version);
  // Same over bytes already in memory (kept alive by the caller).
  static Result<Container> FromBytes(std::string_view bytes, std::string origin,
                                     std::string_view kind, uint32_t max_kind_version);

  const std::string& origin() const { return origin_; }
  uint32_t kind_version() const { return kind_version_; }

  bool HasSection(std::string_view name) const;
  // The bytes of a section; Corrupt error when it is missing.
  Result<std::string_view> Section(std::string_view name) const;

  // A setting, or `fallback` when absent.
  std::string Setting(const std::string& key, const std::string& fallback = "") const;
  const std::map<std::string, std::string>& settings() const { return settings_; }

 private:
  MappedFile file_;
  std::string origin_;
  uint32_t kind_version_ = 0;
  std::vector<std::pair<std::string, std::string_view>> sections_;
  std::map<std::string, std::string> settings_;
};

// Little-endian serialisation helpers for section payloads.
class ByteWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F32(float v) { Raw(&v, 4); }
  void F64(double v) { Raw(&v, 8); }
  // A length-prefixed (u32) string.
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote; every read is bounds-checked and a short read
// sets a sticky failure flag instead of reading past the end.
class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}

  uint8_t U8() { uint8_t v = 0; Raw(&v, 1); return v; }
  uint32_t U32() { uint32_t v = 0; Raw(&v, 4); return v; }
  uint64_t U64() { uint64_t v = 0; Raw(&v, 8); return v; }
  float F32() { float v = 0; Raw(&v, 4); return v; }
  double F64() { double v = 0; Raw(&v, 8); return v; }
  std::string_view Str();
  // `n` bytes in place (empty and failed when short).
  std::string_view Bytes(size_t n);
  void Raw(void* p, size_t n);

  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == data_.size(); }
  size_t remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace strabo

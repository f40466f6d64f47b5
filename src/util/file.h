// Files: whole-file reads and read-only memory maps.
#pragma once

#include <string>
#include <string_view>

#include "strabo/status.h"

namespace strabo {

// Reads the whole file. Errors name the path and the reason
// ("news/a.txt: No such file or directory").
Result<std::string> ReadFile(const std::string& path);

// Writes `data` to `path` atomically (a temporary file renamed into place).
Status WriteFileAtomically(const std::string& path, std::string_view data);

// A read-only memory map of a whole file. Movable, not copyable.
class MappedFile {
 public:
  static Result<MappedFile> Open(const std::string& path);

  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept { *this = std::move(other); }
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view data() const { return {data_, size_}; }
  const std::string& path() const { return path_; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
  std::string path_;
};

}  // namespace strabo

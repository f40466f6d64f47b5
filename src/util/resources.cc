#include "util/resources.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace strabo {

std::vector<std::string> ResourceSearchPath(const std::string& explicit_dir) {
  std::vector<std::string> dirs;
  if (!explicit_dir.empty()) dirs.push_back(explicit_dir);
  if (const char* home = std::getenv("STRABO_HOME"); home && *home) dirs.emplace_back(home);
#ifdef STRABO_SOURCE_DIR
  dirs.emplace_back(STRABO_SOURCE_DIR);
#endif
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto dir = exe.parent_path();
    dirs.push_back((dir / "..").lexically_normal().string());
    dirs.push_back((dir / ".." / "share" / "strabo").lexically_normal().string());
  }
  return dirs;
}

Result<std::string> FindResource(const std::string& relative, const std::string& explicit_dir) {
  const auto dirs = ResourceSearchPath(explicit_dir);
  std::string tried;
  for (const auto& dir : dirs) {
    const auto path = std::filesystem::path(dir) / relative;
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) return path.string();
    tried += (tried.empty() ? "" : ", ") + dir;
  }
  return Status::NotFound(relative + ": not found (looked in " + tried +
                          "); set STRABO_HOME or pass --resources DIR");
}

}  // namespace strabo

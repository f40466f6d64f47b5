#include "util/progress.h"

#include <unistd.h>

#include <cstdio>

namespace strabo {

Progress::Progress(std::string what, bool enabled)
    : what_(std::move(what)), enabled_(enabled), start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

bool Progress::StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void Progress::Update(uint64_t done, uint64_t bytes, uint64_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? done / secs : 0;
  const double mb = bytes / 1e6;
  if (total > 0) {
    std::fprintf(stderr, "\r\033[K%llu/%llu %s, %.1f MB, %.0f %s/s",
                 static_cast<unsigned long long>(done), static_cast<unsigned long long>(total),
                 what_.c_str(), mb, rate, what_.c_str());
  } else {
    std::fprintf(stderr, "\r\033[K%llu %s, %.1f MB, %.0f %s/s",
                 static_cast<unsigned long long>(done), what_.c_str(), mb, rate, what_.c_str());
  }
  std::fflush(stderr);
  shown_ = true;
}

void Progress::Finish() {
  if (shown_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    shown_ = false;
  }
}

}  // namespace strabo

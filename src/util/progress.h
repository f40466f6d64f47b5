// A one-line progress report on stderr for long runs.
//
// Shown only when stderr is a terminal, so piped and logged runs stay quiet.
// Updates are throttled to a few per second; Finish() ends the line.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace strabo {

class Progress {
 public:
  // `what` names the unit counted, e.g. "articles". `enabled` false silences it.
  Progress(std::string what, bool enabled);
  ~Progress();

  // Reports that `done` units (of `total`, 0 if unknown) and `bytes` are done.
  void Update(uint64_t done, uint64_t bytes, uint64_t total = 0);
  // Erases the progress line.
  void Finish();

  // True when stderr is an interactive terminal.
  static bool StderrIsTerminal();

 private:
  std::string what_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace strabo

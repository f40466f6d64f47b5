#include <sys/resource.h>

#include <cstdio>

#include "commands.h"
#include "util/json_writer.h"
#include "util/progress.h"

namespace strabo::cli {

namespace {
std::string& InvocationText() {
  static std::string text;
  return text;
}
}  // namespace

void SetInvocation(int argc, const char* const* argv) {
  std::string line = "strabo";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool plain = !arg.empty() && arg.find_first_not_of(
                                           "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                           "0123456789-_./=,:@+%") == std::string::npos;
    line += ' ';
    if (plain) {
      line += arg;
      continue;
    }
    line += '\'';
    for (const char c : arg) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  InvocationText() = std::move(line);
}

const std::string& Invocation() { return InvocationText(); }

void AddInputOptions(CLI::App* cmd, InputOptions* o) {
  cmd->add_option("inputs", o->inputs,
                  "Files to read: text (one article per file), HTML, JSON Lines (one article "
                  "per line), RSS/Atom feeds, WARC archives; gzip-compressed or not. The format "
                  "is detected from the content. '-' or nothing: JSON Lines on stdin");
  cmd->add_option("--lang", o->lang, "Language: auto (per paragraph), en or es")
      ->check(CLI::IsMember({"auto", "en", "es"}))
      ->default_val("auto");
  cmd->add_option("--format", o->format, "Input format: auto (detected from the content), txt, jsonl, html, feed (RSS/Atom) or warc")
      ->check(CLI::IsMember({"auto", "txt", "text", "jsonl", "json", "html", "htm", "rss", "atom", "feed", "warc"}))
      ->default_val("auto");
  cmd->add_option("--threads,-j", o->threads, "Worker threads (0: one per core)")
      ->check(CLI::Range(0, 1024))
      ->default_val(0);
  cmd->add_option("--resources", o->resources,
                  "Directory holding models/ and data/ (default: $STRABO_HOME, then the "
                  "build's source tree, then next to the executable)");
  cmd->add_option("--rejects", o->rejects,
                  "Also write each rejected input as a JSON line {input, origin, reason} to FILE");
  cmd->add_flag("--quiet,-q", o->quiet, "No progress line on the terminal");
  cmd->add_flag("--stats", o->stats,
                "At the end, print throughput and peak memory on stderr");
}

void PrintStats(const RunStats& stats, double seconds) {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  const double mb = stats.bytes / 1e6;
  const double secs = seconds > 0 ? seconds : 1e-9;
  std::fprintf(stderr,
               "strabo: %llu articles (%llu rejected), %.2f MB in %.3f s: %.1f articles/s, "
               "%.2f MB/s, peak RSS %.1f MB\n",
               static_cast<unsigned long long>(stats.articles),
               static_cast<unsigned long long>(stats.rejected), mb, seconds, stats.articles / secs,
               mb / secs, usage.ru_maxrss / 1024.0);
}

bool PrepareRun(const InputOptions& o, StageOptions* stage, RunOptions* run) {
  stage->lang = o.lang;
  stage->resource_dir = o.resources;
  run->threads = o.threads;
  run->format = ParseInputFormat(o.format).value_or(InputFormat::kAuto);
  run->progress = !o.quiet && Progress::StderrIsTerminal();
  return true;
}

RejectLog::RejectLog(const std::string& path) {
  if (path.empty()) return;
  file_ = std::fopen(path.c_str(), "a");
  if (!file_) {
    std::fprintf(stderr, "strabo: cannot open rejects file %s\n", path.c_str());
    ok_ = false;
  }
}

RejectLog::~RejectLog() {
  if (file_) std::fclose(file_);
}

void RejectLog::Report(const Outcome& outcome) {
  std::fprintf(stderr, "strabo: rejected %s\n", outcome.status.message().c_str());
  if (!file_) return;
  std::string line;
  JsonWriter json(&line);
  json.BeginObject()
      .Field("input", outcome.input)
      .Field("reason", outcome.status.message())
      .EndObject();
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), file_);
}

}  // namespace strabo::cli

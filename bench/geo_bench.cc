// Benchmarks of the gazetteer and the places stage (Google Benchmark).
//
//   build/bench/strabo_bench --benchmark_filter=Geo
//
// BM_GeoSegmentBaseline times clean + segment over the same articles, so the
// places stage's cost can be read as a ratio against a stage measured in the
// same run. Articles: ../shared/data/news/voa_stories.jsonl (89 stories)
// when present, else samples/news (12), plus the founding article.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "clean/clean_stage.h"
#include "geo/gazetteer.h"
#include "geo/places_stage.h"
#include "segment/segment_stage.h"
#include "strabo/reader.h"

namespace strabo {
namespace {

std::vector<Article> LoadArticles() {
  std::vector<Article> out;
  const std::string src = STRABO_SOURCE_DIR;
  std::vector<std::string> inputs = {src + "/samples/news/000_590496950ddb5f2d.txt"};
  std::string voa = src + "/samples/news/voa_sample.jsonl";
  // ../shared beside the repository (CI), or two levels up (a worktree).
  for (const char* up : {"/../shared", "/../../shared"})
    if (std::filesystem::exists(src + up + "/data/news/voa_stories.jsonl"))
      voa = src + up + "/data/news/voa_stories.jsonl";
  inputs.push_back(voa);
  for (const auto& path : inputs) {
    auto reader = OpenReader(path);
    if (!reader.ok()) continue;
    Article a;
    Status s;
    while ((*reader)->Next(&a, &s))
      if (s.ok()) out.push_back(a);
  }
  return out;
}

std::vector<Document> SegmentedDocuments() {
  std::vector<Document> docs;
  StageOptions options;
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  for (const Article& a : LoadArticles()) {
    Document d = Document::FromArticle(a);
    if (clean->Process(d).ok() && segment->Process(d).ok()) docs.push_back(std::move(d));
  }
  return docs;
}

// Resident set size of this process now, in MB (from /proc/self/statm).
double ResidentMb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1e3;
}

void BM_GeoGazetteerOpen(benchmark::State& state) {
  for (auto _ : state) {
    auto gaz = geo::Gazetteer::OpenDefault("");
    if (!gaz.ok()) {
      state.SkipWithError(gaz.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(gaz->get());
  }
}
BENCHMARK(BM_GeoGazetteerOpen)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_GeoSegmentBaseline(benchmark::State& state) {
  const std::vector<Article> articles = LoadArticles();
  StageOptions options;
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  for (auto _ : state) {
    for (const Article& a : articles) {
      Document d = Document::FromArticle(a);
      benchmark::DoNotOptimize(clean->Process(d));
      benchmark::DoNotOptimize(segment->Process(d));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
}
BENCHMARK(BM_GeoSegmentBaseline)->Unit(benchmark::kMillisecond);

void BM_GeoPlacesStage(benchmark::State& state) {
  const double before = ResidentMb();
  auto gaz = geo::Gazetteer::OpenDefault("");
  if (!gaz.ok()) {
    state.SkipWithError(gaz.status().message().c_str());
    return;
  }
  auto stage = geo::NewPlacesStage(gaz.value());
  std::vector<Document> docs = SegmentedDocuments();
  size_t places = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      benchmark::DoNotOptimize(stage->Process(d));
      places += d.places.size();
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
  state.counters["articles"] = static_cast<double>(docs.size());
  state.counters["places_per_article"] =
      static_cast<double>(places) / static_cast<double>(state.iterations() * docs.size());
  state.counters["gazetteer_resident_MB"] = ResidentMb() - before;
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_GeoPlacesStage)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo

BENCHMARK_MAIN();

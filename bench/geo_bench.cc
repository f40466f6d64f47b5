// Benchmarks of the gazetteer and the places stage (Google Benchmark).
//
//   build/bench/strabo_bench --benchmark_filter=Geo
//
// BM_CleanAndSegment (segment_bench.cc) times clean + segment over the same
// sample articles, so the places stage's cost reads as a ratio against a
// stage measured in the same run.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "bench_util.h"
#include "clean/clean_stage.h"
#include "geo/gazetteer.h"
#include "geo/places_stage.h"
#include "segment/segment_stage.h"
#include "strabo/reader.h"

namespace strabo {
namespace {

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

void BM_GeoPlacesStage(benchmark::State& state) {
  const double before = ResidentMb();
  auto gaz = geo::Gazetteer::OpenDefault("");
  if (!gaz.ok()) {
    state.SkipWithError(gaz.status().message().c_str());
    return;
  }
  auto stage = geo::NewPlacesStage(gaz.value());
  std::vector<Document> docs = bench::SegmentedSamples();
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


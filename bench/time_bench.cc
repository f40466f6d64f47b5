// Speed of the times stage, beside BM_SegmentOnly (segment_bench.cc) as the
// baseline in the same run on the same sample news. Report the ratio
// times/segment: the stage must be negligible next to parsing.
//
//   build/bench/strabo_bench --benchmark_filter='Times|SegmentOnly' --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "bench_util.h"
#include "time/time_stage.h"

namespace strabo {
namespace {

// The times stage over the segmented articles. The stage replaces
// doc.times on each call, so the documents are reused rather than copied
// (a copy of a tokenised document costs more than the stage).
void BM_Times(benchmark::State& state) {
  std::vector<Document> docs = bench::SegmentedSamples();
  auto times = NewTimeStage(StageOptions());
  size_t found = 0;
  for (auto _ : state) {
    for (Document& doc : docs) {
      benchmark::DoNotOptimize(times->Process(doc));
      found += doc.times.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::TotalBytes(docs)));
  state.counters["times_per_article"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_Times)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo


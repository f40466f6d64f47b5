// Speed of the times stage against the segmenter, measured in the same run
// on the bundled sample news (samples/news: 12 VOA stories and the founding
// article). Report the ratio times/segment: the stage must be negligible
// next to parsing, and the segmenter is the cheapest stage before it.
//
//   build/bench/strabo_time_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "clean/clean_stage.h"
#include "segment/segment_stage.h"
#include "strabo/reader.h"
#include "time/time_stage.h"

namespace strabo {
namespace {

const std::vector<Document>& Cleaned() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    const std::string dir = std::string(STRABO_SOURCE_DIR) + "/samples/news/";
    for (const char* name : {"voa_sample.jsonl", "000_590496950ddb5f2d.txt"}) {
      auto reader = OpenReader(dir + name, InputFormat::kAuto);
      if (!reader.ok()) {
        std::fprintf(stderr, "time_bench: %s\n", reader.status().message().c_str());
        std::exit(1);
      }
      Article article;
      Status status;
      while ((*reader)->Next(&article, &status)) {
        if (!status.ok()) continue;
        Document doc = Document::FromArticle(std::move(article));
        StageOptions options;
        (void)NewCleanStage(options)->Process(doc);
        out.push_back(std::move(doc));
        article = Article();
      }
    }
    return out;
  }();
  return docs;
}

const std::vector<Document>& Segmented() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out = Cleaned();
    auto segment = NewSegmentStage(StageOptions());
    for (Document& doc : out) (void)segment->Process(doc);
    return out;
  }();
  return docs;
}

size_t TotalBytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const Document& d : docs) n += d.text.size();
  return n;
}

// Baseline: the segment stage over the cleaned articles.
void BM_Segment(benchmark::State& state) {
  const auto& docs = Cleaned();
  auto segment = NewSegmentStage(StageOptions());
  for (auto _ : state) {
    for (const Document& source : docs) {
      Document doc = source;
      benchmark::DoNotOptimize(segment->Process(doc));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

// The times stage over the segmented articles. The stage replaces
// doc.times on each call, so the documents are reused rather than copied
// (a copy of a tokenised document costs more than the stage).
void BM_Times(benchmark::State& state) {
  std::vector<Document> docs = Segmented();
  auto times = NewTimeStage(StageOptions());
  size_t found = 0;
  for (auto _ : state) {
    for (Document& doc : docs) {
      benchmark::DoNotOptimize(times->Process(doc));
      found += doc.times.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
  state.counters["times_per_article"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_Times)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo

BENCHMARK_MAIN();

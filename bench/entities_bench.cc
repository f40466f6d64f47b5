// Entity recognition speed: the entities stage (both models loaded, language
// per sentence) on the bundled sample news, after clean and segment. The
// baseline measured in the same run is BM_SegmentOnly (segment_bench.cc) on
// the same texts: README.md reports the ratio.
#include <benchmark/benchmark.h>

#include "bench_util.h"
#include "clean/clean_stage.h"
#include "entities/entities_stage.h"
#include "segment/segment_stage.h"

namespace strabo {
namespace {

void BM_EntitiesStage(benchmark::State& state) {
  const auto articles = bench::SampleArticles();
  StageOptions options;
  options.lang = "auto";
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  auto entities = NewEntitiesStage(options);
  if (!entities.ok()) {
    state.SkipWithError(entities.status().message().c_str());
    return;
  }
  std::vector<Document> docs;
  for (const Article& a : articles) {
    docs.push_back(Document::FromArticle(a));
    (void)clean->Process(docs.back());
    (void)segment->Process(docs.back());
  }
  size_t tokens = 0, found = 0;
  for (auto _ : state) {
    tokens = found = 0;
    for (Document& doc : docs) {
      doc.entities.clear();
      (void)(*entities)->Process(doc);
      tokens += doc.tokens.size();
      found += doc.entities.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
  state.counters["entities"] = static_cast<double>(found);
}
BENCHMARK(BM_EntitiesStage)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo

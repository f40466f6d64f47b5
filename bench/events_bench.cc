// The events stage's cost per article beside the parser's, measured in the
// same run on the same articles (the bundled sample news: the founding
// article and 12 VOA stories). The bar: the events stage adds less
// than the parser costs.
//
//   build/bench/strabo_bench --benchmark_filter='EventsStage|ParseStage'
#include <benchmark/benchmark.h>

#include "bench_util.h"
#include "events/events_stage.h"
#include "parse/parse_stage.h"
#include "strabo/pipeline.h"

namespace strabo {
namespace {

// The samples through every stage but events (the standard pipeline
// without its last stage), once.
const std::vector<Document>& AnalysedSamples() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    auto pipeline = Pipeline::CreateStandard(StageOptions());
    if (!pipeline.ok()) {
      std::fprintf(stderr, "bench: %s\n", pipeline.status().message().c_str());
      std::exit(1);
    }
    const auto& stages = pipeline->stages();
    for (const Article& a : bench::SampleArticles()) {
      Document doc = Document::FromArticle(a);
      for (size_t i = 0; i + 1 < stages.size(); ++i) (void)stages[i]->Process(doc);
      out.push_back(std::move(doc));
    }
    return out;
  }();
  return docs;
}

void PerArticle(benchmark::State& state, size_t articles) {
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * articles), benchmark::Counter::kIsRate);
}

// The events stage alone: what it adds to an article.
void BM_EventsStage(benchmark::State& state) {
  const std::vector<Document>& analysed = AnalysedSamples();
  auto events = NewEventsStage(StageOptions());
  if (!events.ok()) {
    state.SkipWithError(events.status().message().c_str());
    return;
  }
  size_t coded = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = analysed;
    state.ResumeTiming();
    coded = 0;
    for (Document& doc : docs) {
      (void)(*events)->Process(doc);
      coded += doc.events.size();
    }
    benchmark::DoNotOptimize(coded);
  }
  state.counters["events"] = static_cast<double>(coded);
  PerArticle(state, analysed.size());
}
BENCHMARK(BM_EventsStage)->Unit(benchmark::kMillisecond);

// Baseline: the parse stage on the same articles (already tagged).
void BM_ParseStage(benchmark::State& state) {
  const std::vector<Document>& analysed = AnalysedSamples();
  auto parse = NewParseStage(StageOptions());
  if (!parse.ok()) {
    state.SkipWithError(parse.status().message().c_str());
    return;
  }
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = analysed;
    state.ResumeTiming();
    for (Document& doc : docs) (void)(*parse)->Process(doc);
  }
  PerArticle(state, analysed.size());
}
BENCHMARK(BM_ParseStage)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo

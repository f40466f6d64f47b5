// Tagging and parsing speed on the bundled sample news, tokens per second on
// one core, beside two baselines measured in the same run: the segmenter on
// the same text (the stage before), and a trivial dependency baseline that
// attaches every word to the next one (the cost of touching every token).
#include <benchmark/benchmark.h>

#include "bench_util.h"
#include "clean/clean_stage.h"
#include "parse/parse_stage.h"
#include "segment/segment_stage.h"
#include "tag/tag_stage.h"

namespace strabo {
namespace {

// The sample articles, cleaned and segmented once (English, as they are).
std::vector<Document> SegmentedSamples() {
  StageOptions options;
  options.lang = "en";
  return bench::SegmentedSamples(options);
}

void Tokens(benchmark::State& state, size_t tokens) {
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * tokens), benchmark::Counter::kIsRate);
}

// Arg 0: tag only; 1: tag and parse.
void BM_TagAndParse(benchmark::State& state) {
  std::vector<Document> docs = SegmentedSamples();
  StageOptions options;
  options.lang = "en";
  const bool parse_too = state.range(0) == 1;
  auto tag = NewTagStage(options);
  auto parse = NewParseStage(options);
  if (!tag.ok() || !parse.ok()) {
    state.SkipWithError("models/en.tagger or models/en.parser missing");
    return;
  }
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (Document& doc : docs) {
      (void)(*tag)->Process(doc);
      if (parse_too) (void)(*parse)->Process(doc);
      tokens += doc.tokens.size();
    }
  }
  Tokens(state, tokens);
}
BENCHMARK(BM_TagAndParse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Baseline 1: the segmenter on the same articles.
void BM_SegmentBaseline(benchmark::State& state) {
  std::vector<Document> docs = SegmentedSamples();
  StageOptions options;
  options.lang = "en";
  auto segment = NewSegmentStage(options);
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (Document& doc : docs) {
      (void)segment->Process(doc);
      tokens += doc.tokens.size();
    }
  }
  Tokens(state, tokens);
}
BENCHMARK(BM_SegmentBaseline)->Unit(benchmark::kMillisecond);

// Baseline 2: every word's head is the next word, label "dep".
void BM_NextWordBaseline(benchmark::State& state) {
  std::vector<Document> docs = SegmentedSamples();
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (Document& doc : docs) {
      for (const Sentence& s : doc.sentences) {
        for (uint32_t i = s.first_token; i < s.end_token; ++i) {
          Token& t = doc.tokens[i];
          t.head = i + 1 < s.end_token ? static_cast<int>(i - s.first_token) + 2 : 0;
          t.deprel = i + 1 < s.end_token ? "dep" : "root";
        }
      }
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  Tokens(state, tokens);
}
BENCHMARK(BM_NextWordBaseline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo

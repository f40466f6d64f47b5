// Segmentation speed: strabo's clean+segment stages against ICU's word break
// iterator (the obvious off-the-shelf alternative) on the same texts.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "bench_util.h"
#include "clean/clean_stage.h"
#include "segment/segment_stage.h"

namespace strabo {
namespace {

void SetCounters(benchmark::State& state, size_t bytes, size_t tokens) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
}

void BM_CleanAndSegment(benchmark::State& state) {
  const auto articles = bench::SampleArticles();
  StageOptions options;
  options.lang = state.range(0) ? "auto" : "en";
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  size_t bytes = 0, tokens = 0;
  for (auto _ : state) {
    bytes = tokens = 0;
    for (const Article& a : articles) {
      Document doc = Document::FromArticle(a);
      (void)clean->Process(doc);
      (void)segment->Process(doc);
      bytes += doc.text.size();
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  SetCounters(state, bytes, tokens);
}
// Arg 0: language given (no language identification); 1: detected per paragraph.
BENCHMARK(BM_CleanAndSegment)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_SegmentOnly(benchmark::State& state) {
  const auto articles = bench::SampleArticles();
  StageOptions options;
  options.lang = "en";
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  std::vector<Document> docs;
  for (const Article& a : articles) {
    docs.push_back(Document::FromArticle(a));
    (void)clean->Process(docs.back());
  }
  size_t bytes = 0, tokens = 0;
  for (auto _ : state) {
    bytes = tokens = 0;
    for (Document& doc : docs) {
      (void)segment->Process(doc);
      bytes += doc.text.size();
      tokens += doc.tokens.size();
    }
  }
  SetCounters(state, bytes, tokens);
}
BENCHMARK(BM_SegmentOnly)->Unit(benchmark::kMillisecond);

// Baseline: ICU word boundaries over the same UTF-8 texts (no sentences, no
// abbreviations, no contractions: strictly less work than the segmenter).
void BM_IcuWordBreakBaseline(benchmark::State& state) {
  const auto articles = bench::SampleArticles();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  size_t bytes = 0, tokens = 0;
  for (auto _ : state) {
    bytes = tokens = 0;
    for (const Article& a : articles) {
      UText* ut = utext_openUTF8(nullptr, a.text.data(), static_cast<int64_t>(a.text.size()), &status);
      words->setText(ut, status);
      for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next())
        tokens += words->getRuleStatus() != UBRK_WORD_NONE;
      utext_close(ut);
      bytes += a.text.size();
    }
  }
  SetCounters(state, bytes, tokens);
}
BENCHMARK(BM_IcuWordBreakBaseline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo


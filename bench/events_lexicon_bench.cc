// Event lexicons: load time against reading the same files, and the cost of
// the lookups the coder makes on every sentence (actor phrases, trigger
// candidates, discards) against cleaning and segmenting the same articles.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench_util.h"
#include "clean/clean_stage.h"
#include "events/lexicon.h"
#include "segment/segment_stage.h"
#include "util/file.h"

namespace strabo {
namespace {

const std::string kDir = std::string(STRABO_SOURCE_DIR) + "/data/events";

// Baseline: only reading the files the lexicon loads.
void BM_ReadLexiconFiles(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
      if (entry.path().extension() != ".tsv") continue;
      auto data = ReadFile(entry.path().string());
      bytes += data.ok() ? data->size() : 0;
      benchmark::DoNotOptimize(data);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ReadLexiconFiles)->Unit(benchmark::kMillisecond);

void BM_LoadEventLexicon(benchmark::State& state) {
  for (auto _ : state) {
    auto lex = events::EventLexicon::LoadFromDirectory(kDir);
    if (!lex.ok()) state.SkipWithError(lex.status().message().c_str());
    benchmark::DoNotOptimize(lex);
  }
}
BENCHMARK(BM_LoadEventLexicon)->Unit(benchmark::kMillisecond);

// Baseline: cleaning and segmenting the sample articles.
void BM_CleanAndSegmentSamples(benchmark::State& state) {
  const auto articles = bench::SampleArticles();
  StageOptions options;
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const Article& a : articles) {
      Document doc = Document::FromArticle(a);
      (void)clean->Process(doc);
      (void)segment->Process(doc);
      tokens += doc.tokens.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CleanAndSegmentSamples)->Unit(benchmark::kMillisecond);

// Every lexicon lookup of a sentence: actor phrases, trigger candidates (with
// lemma guesses, as on untagged text: the dearer path) and discards.
void BM_EventLexiconLookups(benchmark::State& state) {
  auto lex = events::EventLexicon::LoadFromDirectory(kDir);
  if (!lex.ok()) {
    state.SkipWithError(lex.status().message().c_str());
    return;
  }
  const auto docs = bench::SegmentedSamples();
  size_t tokens = 0, found = 0;
  for (auto _ : state) {
    tokens = found = 0;
    for (const Document& doc : docs) {
      for (const Sentence& s : doc.sentences) {
        const std::string lang = s.lang == "es" ? "es" : "en";
        std::span<const Token> t(doc.tokens.data() + s.first_token, s.num_tokens());
        found += (*lex)->actors().FindPieces(lang, doc.text, t).size();
        found += (*lex)->triggers(lang)->FindCandidates(t).size();
        found += (*lex)->discards(lang)->Find(doc.text, t).size();
        tokens += t.size();
      }
    }
    benchmark::DoNotOptimize(found);
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EventLexiconLookups)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace strabo

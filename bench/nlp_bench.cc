// Tagging and parsing speed on the bundled sample news, tokens per second on
// one core, beside two baselines measured in the same run: the segmenter on
// the same text (the stage before), and a trivial dependency baseline that
// attaches every word to the next one (the cost of touching every token).
#include <benchmark/benchmark.h>

#include "bench_util.h"
#include "clean/clean_stage.h"
#include "entities/corpus.h"
#include "parse/parse_stage.h"
#include "segment/segment_stage.h"
#include "tag/tag_stage.h"
#include "tag/tagger.h"
#include "util/resources.h"

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

// The Spanish tagger alone on the words of CoNLL-2002 Spanish testa (EFE
// news, 52,923 tokens, text the tagger was not trained on, so unseen words
// occur as in news; ../shared/data, absent on users' machines: then skipped).
// models/es.tagger is found as the binary finds it, so STRABO_HOME=DIR
// measures another model (e.g. one without the verb-likeness feature) with
// the same binary. Compare against BM_SegmentBaseline of the same run.
void BM_TagSpanish(benchmark::State& state) {
  // The shared data beside the source tree (or beside a worktree's parent).
  const std::string rel = "/shared/data/ner/es/conll2002-esp.testa";
  auto corpus = ner::ReadNerCorpus(std::string(STRABO_SOURCE_ROOT) + "/.." + rel);
  if (!corpus.ok()) corpus = ner::ReadNerCorpus(std::string(STRABO_SOURCE_ROOT) + "/../.." + rel);
  if (!corpus.ok()) {
    state.SkipWithError(("no Spanish text: " + corpus.status().message()).c_str());
    return;
  }
  auto path = FindResource("models/es.tagger", "");
  if (!path.ok()) {
    state.SkipWithError("models/es.tagger missing");
    return;
  }
  auto tagger = Tagger::Load(*path);
  if (!tagger.ok()) {
    state.SkipWithError(tagger.status().message().c_str());
    return;
  }
  std::vector<std::vector<Token>> input;
  size_t tokens = 0;
  for (const ner::NerSentence& s : corpus->sentences) {
    input.emplace_back(s.words.size());
    for (size_t i = 0; i < s.words.size(); ++i) input.back()[i].form = s.words[i];
    tokens += s.words.size();
  }
  for (auto _ : state) {
    for (std::vector<Token>& s : input) (*tagger)->Tag(s);
    benchmark::DoNotOptimize(input.data());
  }
  Tokens(state, tokens);
}
BENCHMARK(BM_TagSpanish)->Unit(benchmark::kMillisecond);

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

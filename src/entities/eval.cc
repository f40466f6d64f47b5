#include "entities/eval.h"

#include <cstdio>

#include "entities/resolve.h"

namespace strabo::ner {

void NerScores::Add(const std::vector<TokenSpan>& gold, const std::vector<TokenSpan>& predicted) {
  auto scored = [&](const TokenSpan& s) { return misc_scored || s.type != EntityType::kMisc; };
  for (const TokenSpan& p : predicted) {
    if (!scored(p)) continue;
    bool hit = false;
    for (const TokenSpan& g : gold) hit = hit || g == p;
    Counts& c = by_type[static_cast<int>(p.type)];
    if (hit) ++c.tp, ++all.tp;
    else ++c.fp, ++all.fp;
  }
  for (const TokenSpan& g : gold) {
    if (!scored(g)) continue;
    bool hit = false;
    for (const TokenSpan& p : predicted) hit = hit || g == p;
    if (!hit) ++by_type[static_cast<int>(g.type)].fn, ++all.fn;
  }
}

std::string NerScores::Table() const {
  static const char* kNames[kNumTypes] = {"PER", "ORG", "LOC", "MISC"};
  std::string out = "type      P      R      F1   gold  found  correct\n";
  char line[128];
  auto row = [&](const char* name, const Counts& c) {
    std::snprintf(line, sizeof line, "%-5s %6.2f %6.2f %6.2f %6llu %6llu %8llu\n", name, c.Precision(),
                  c.Recall(), c.F1(), static_cast<unsigned long long>(c.tp + c.fn),
                  static_cast<unsigned long long>(c.tp + c.fp), static_cast<unsigned long long>(c.tp));
    out += line;
  };
  for (int t = 0; t < kNumTypes; ++t) {
    if (t == static_cast<int>(EntityType::kMisc) && !misc_scored) {
      out += "MISC  (not annotated in this corpus: not scored)\n";
      continue;
    }
    row(kNames[t], by_type[t]);
  }
  row("all", all);
  return out;
}

std::vector<std::vector<TokenSpan>> PredictCorpus(const NerTagger& tagger, const NerCorpus& corpus,
                                                  bool document_level, bool memory, bool countries_as_places) {
  std::vector<std::vector<TokenSpan>> out(corpus.sentences.size());
  DocumentMemory doc_memory;
  DocumentMemory* mem = document_level && memory ? &doc_memory : nullptr;
  size_t i = 0;
  while (i < corpus.sentences.size()) {
    size_t end = i;
    while (end < corpus.sentences.size() && corpus.sentences[end].doc == corpus.sentences[i].doc) ++end;
    SentenceWords words(end - i);
    std::vector<Mention> mentions;
    doc_memory.Clear();
    for (size_t k = i; k < end; ++k) {
      auto& w = words[k - i];
      for (const std::string& word : corpus.sentences[k].words) w.push_back(word);
      for (const TokenSpan& s : tagger.Tag(w, mem)) mentions.push_back({static_cast<uint32_t>(k - i), s, ""});
    }
    if (document_level) {
      auto text_of = [&](uint32_t s, uint32_t b, uint32_t e) {
        std::string t;
        for (uint32_t k = b; k < e; ++k) {
          if (k > b) t.push_back(' ');
          t.append(words[s][k]);
        }
        return t;
      };
      ResolveDocument(words, tagger.aliases(), &tagger.gazetteer(), text_of, &mentions,
                      tagger.Resolving(countries_as_places));
    }
    for (const Mention& m : mentions) out[i + m.sentence].push_back(m.span);
    i = end;
  }
  return out;
}

NerScores Evaluate(const NerTagger& tagger, const NerCorpus& corpus, bool document_level, bool memory) {
  NerScores scores;
  scores.misc_scored = corpus.has_misc;
  const auto predicted = PredictCorpus(tagger, corpus, document_level, memory);
  for (size_t i = 0; i < corpus.sentences.size(); ++i) scores.Add(corpus.sentences[i].gold, predicted[i]);
  return scores;
}

}  // namespace strabo::ner

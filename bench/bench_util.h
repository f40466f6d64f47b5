// Shared inputs for the micro-benchmarks: the bundled sample news
// (samples/news: the founding article and 12 VOA stories).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "clean/clean_stage.h"
#include "segment/segment_stage.h"
#include "strabo/reader.h"

namespace strabo::bench {

inline std::vector<Article> SampleArticles() {
  std::vector<Article> out;
  for (const char* name : {"/news/000_590496950ddb5f2d.txt", "/news/voa_sample.jsonl"}) {
    auto reader = OpenReader(std::string(STRABO_SAMPLES) + name);
    if (!reader.ok()) {
      std::fprintf(stderr, "bench: %s\n", reader.status().message().c_str());
      std::exit(1);
    }
    Article a;
    Status s;
    while ((*reader)->Next(&a, &s))
      if (s.ok()) out.push_back(a);
  }
  return out;
}

// The samples after the clean and segment stages, with `options` (by
// default the language is detected per paragraph).
inline std::vector<Document> SegmentedSamples(const StageOptions& options = StageOptions()) {
  std::vector<Document> docs;
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  for (const Article& a : SampleArticles()) {
    docs.push_back(Document::FromArticle(a));
    (void)clean->Process(docs.back());
    (void)segment->Process(docs.back());
  }
  return docs;
}

inline size_t TotalBytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const Document& d : docs) n += d.text.size();
  return n;
}

}  // namespace strabo::bench

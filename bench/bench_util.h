// Shared inputs for the micro-benchmarks: the bundled sample news.
#pragma once

#include <simdjson.h>

#include <string>
#include <vector>

#include "strabo/reader.h"
#include "util/file.h"

namespace strabo::bench {

// The texts of the bundled samples (founding article + VOA stories).
inline std::vector<Article> SampleArticles() {
  std::vector<Article> out;
  for (const char* name : {"/news/000_590496950ddb5f2d.txt", "/news/voa_sample.jsonl"}) {
    auto reader = OpenReader(std::string(STRABO_SAMPLES) + name);
    if (!reader.ok()) continue;
    Article a;
    Status s;
    while ((*reader)->Next(&a, &s))
      if (s.ok()) out.push_back(a);
  }
  return out;
}

}  // namespace strabo::bench

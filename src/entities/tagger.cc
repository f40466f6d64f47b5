#include "entities/tagger.h"

#include <algorithm>

#include "util/container.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::ner {

std::string_view TagName(int tag) {
  static const char* kNames[kNumTags] = {"O",      "B-PER",  "I-PER",  "L-PER",  "U-PER",  "B-ORG",
                                         "I-ORG",  "L-ORG",  "U-ORG",  "B-LOC",  "I-LOC",  "L-LOC",
                                         "U-LOC",  "B-MISC", "I-MISC", "L-MISC", "U-MISC"};
  return tag >= 0 && tag < kNumTags ? kNames[tag] : "?";
}

std::vector<TokenSpan> SpansOf(std::span<const int> tags) {
  std::vector<TokenSpan> spans;
  uint32_t begin = 0;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const int t = tags[i];
    if (t <= 0) continue;
    switch (TagPosition(t)) {
      case kB: begin = i; break;
      case kI: break;
      case kL: spans.push_back({begin, i + 1, TagType(t)}); break;
      case kU: spans.push_back({i, i + 1, TagType(t)}); break;
    }
  }
  return spans;
}

Result<NerTagger> NerTagger::Open(const std::string& path) {
  auto c = Container::Open(path, kNerKind, kNerKindVersion);
  if (!c.ok()) return c.status();
  return Load(*c);
}

Result<NerTagger> NerTagger::FromBytes(std::string_view bytes, const std::string& origin) {
  auto c = Container::FromBytes(bytes, origin, kNerKind, kNerKindVersion);
  if (!c.ok()) return c.status();
  return Load(*c);
}

Result<NerTagger> NerTagger::Load(const Container& c) {
  const std::string& origin = c.origin();
  NerTagger t;
  t.settings_ = c.settings();
  if (c.Setting("feature_version") != std::to_string(kFeatureVersion))
    return Status::Unsupported(origin + ": model built with feature version '" +
                               c.Setting("feature_version") + "', this build reads " +
                               std::to_string(kFeatureVersion) + ": retrain it (models/README.md)");
  t.lang_ = c.Setting("lang");
  auto model = c.Section("model");
  if (!model.ok()) return model.status();
  auto lm = LinearModel::Deserialize(*model, origin);
  if (!lm.ok()) return lm.status();
  if (lm->num_classes() != kNumTags) return Status::Corrupt(origin + ": model has the wrong number of tags");
  t.model_ = std::move(lm.value());
  auto gaz = c.Section("gazetteer");
  if (!gaz.ok()) return gaz.status();
  auto g = Gazetteer::Deserialize(*gaz, origin);
  if (!g.ok()) return g.status();
  t.gazetteer_ = std::move(g.value());
  auto al = c.Section("aliases");
  if (!al.ok()) return al.status();
  auto a = AliasTable::Deserialize(*al, origin);
  if (!a.ok()) return a.status();
  t.aliases_ = std::move(a.value());
  for (auto [name, table] : {std::pair{"clusters", &t.clusters_}, std::pair{"case", &t.casing_}}) {
    if (!c.HasSection(name)) continue;
    auto section = c.Section(name);
    if (!section.ok()) return section.status();
    auto wc = WordClusters::Deserialize(*section, origin);
    if (!wc.ok()) return wc.status();
    *table = std::move(wc.value());
  }
  return t;
}

std::vector<TokenSpan> NerTagger::Tag(std::span<const std::string_view> words, DocumentMemory* memory) const {
  if (words.empty()) return {};
  SentenceFeatures sf;
  sf.Prepare(words, gazetteer_, clusters(), casing(), memory);
  std::vector<int> tags;
  GreedyDecode(
      sf,
      [this](std::span<const uint64_t> f, float* s) { model_.Score(f, s); },
      &tags);
  if (memory) memory->Record(sf, tags);
  // A name neither starts nor ends with a dash or a comma ("Al-Sharaa —"):
  // trim those, and drop what is left empty. (Quotes stay: CoNLL-2002
  // includes them in titles.) Nor does it end with a date or a score
  // ("RABAT 1996-08-30", "Leeds 2-1"), or with a number that a table row
  // goes on with ("Leeds 4 3 1 0"); a person's name has no number at all.
  // Other numbers stay: "Schalke 04", "Euro 96".
  std::vector<TokenSpan> spans = SpansOf(tags);
  auto bare = [&](uint32_t i) {
    const std::string_view w = words[i];
    if (w == "," || w == ";" || w == ":") return true;
    size_t pos = 0;
    while (pos < w.size())
      if (!IsDash(DecodeUtf8(w, &pos))) return false;
    return !w.empty();
  };
  // 0: has a letter or other sign; 1: digits only; 2: digits with - / : .
  auto number = [&](uint32_t i) {
    bool digit = false, sep = false;
    for (char c : words[i]) {
      if (c >= '0' && c <= '9') digit = true;
      else if (c == '-' || c == '/' || c == ':' || c == '.') sep = true;
      else return 0;
    }
    return digit ? (sep ? 2 : 1) : 0;
  };
  std::vector<TokenSpan> out;
  for (TokenSpan s : spans) {
    while (s.begin < s.end && (bare(s.begin) || (s.type == EntityType::kPer && number(s.begin)))) ++s.begin;
    while (s.end > s.begin) {
      const uint32_t last = s.end - 1;
      const int num = number(last);
      const bool row = num == 1 && s.end < words.size() && number(s.end) != 0;
      if (!(bare(last) || num == 2 || row || (num && s.type == EntityType::kPer))) break;
      --s.end;
    }
    if (s.begin < s.end) out.push_back(s);
  }
  return out;
}

}  // namespace strabo::ner

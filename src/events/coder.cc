#include "events/coder.h"

#include <algorithm>

#include "events/coder_internal.h"
#include "util/calendar.h"
#include "util/file.h"
#include "util/resources.h"

namespace strabo::events {

Result<std::unordered_map<std::string, std::string>> ReadCountryCodes(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::unordered_map<std::string, std::string> out;
  std::string_view rest = *text;
  int line_no = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    // The file's header row ("ISO<TAB>ISO3<TAB>...") is uncommented in this copy.
    if (line.starts_with("ISO\t")) continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos)
      return Status::Corrupt(path + ":" + std::to_string(line_no) +
                             ": expected ISO<TAB>ISO3<TAB>... (GeoNames countryInfo.txt)");
    const std::string_view iso2 = line.substr(0, t1), iso3 = line.substr(t1 + 1, t2 - t1 - 1);
    if (iso2.size() != 2 || iso3.size() != 3)
      return Status::Corrupt(path + ":" + std::to_string(line_no) + ": '" + std::string(iso2) +
                             "', '" + std::string(iso3) + "' are not ISO 3166 codes");
    out.emplace(std::string(iso2), iso2 == "XK" ? std::string("KOS") : std::string(iso3));
  }
  if (out.size() < 200)
    return Status::Corrupt(path + ": only " + std::to_string(out.size()) +
                           " countries (expected GeoNames' 250): the file is damaged");
  return out;
}

EventCoder::EventCoder(std::shared_ptr<const EventLexicon> lexicon,
                       std::unordered_map<std::string, std::string> iso3)
    : lexicon_(std::move(lexicon)), iso3_(std::move(iso3)) {}

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& resource_dir) {
  auto lexicon = EventLexicon::Load(resource_dir);
  if (!lexicon.ok())
    return lexicon.status().WithContext(
        "the events stage cannot load its lexicons (data/events; run from the source tree or "
        "pass --resources)");
  auto path = FindResource("data/geo/countryInfo.txt", resource_dir);
  if (!path.ok()) return path.status().WithContext("the events stage needs the country table");
  auto codes = ReadCountryCodes(*path);
  if (!codes.ok()) return codes.status();
  return std::make_unique<EventCoder>(std::move(lexicon.value()), std::move(codes.value()));
}

std::string_view EventCoder::Iso3(std::string_view iso2) const {
  const auto it = iso3_.find(std::string(iso2));
  return it == iso3_.end() ? std::string_view() : std::string_view(it->second);
}

namespace {

// The language the coder reads a sentence in: its own when strabo codes it,
// else the article's; "" when neither is English or Spanish.
std::string_view CodingLanguage(const Document& doc, const Sentence& s) {
  for (std::string_view lang : kEventLanguages)
    if (s.lang == lang) return lang;
  if (s.lang.empty() || s.lang == "und")
    for (std::string_view lang : kEventLanguages)
      if (doc.lang == lang) return lang;
  return {};
}

}  // namespace

void EventCoder::Code(Document& doc) const {
  internal::DocState state;
  state.date = doc.date;
  // Actors are dated by the article's date (codebook 6.3: the Taliban are
  // rebels before 15 August 2021). A text without one, such as an ACLED-style
  // note, is dated by the first full calendar date it gives ("On 16 July
  // 2021, Taliban forces took control of ...").
  if (state.date.empty())
    for (const TimeExpr& t : doc.times)
      if (t.type == TimeType::kDate && t.value.size() == 10 && ParseIsoDate(t.value)) {
        state.date = t.value;
        break;
      }
  // The article's country: the one most of its places are in (codebook 6.2,
  // "the Kingdom", "the country").
  std::vector<std::pair<std::string, int>> counts;
  for (const Place& p : doc.places) {
    const std::string iso3(Iso3(p.country));
    if (iso3.empty()) continue;
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == iso3; });
    if (it == counts.end()) counts.emplace_back(iso3, 1);
    else ++it->second;
  }
  int best = 0;
  for (const auto& [iso3, n] : counts)
    if (n > best) {
      best = n;
      state.context_country = iso3;
    }
  // Story-scope discards ("box office", "Champions League" anywhere in the story).
  for (const Sentence& s : doc.sentences) {
    const std::string_view lang = CodingLanguage(doc, s);
    if (lang.empty() || doc.IsSkipped(s.span)) continue;
    std::span<const Token> tokens(doc.tokens.data() + s.first_token, s.num_tokens());
    for (const Discard* d : lexicon_->discards(lang)->Find(doc.text, tokens)) {
      if (d->story) state.story_discards.push_back(d);
    }
  }
  std::vector<internal::Candidate> candidates;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    const std::string_view lang = CodingLanguage(doc, s);
    if (lang.empty() || doc.IsSkipped(s.span) || s.num_tokens() == 0) continue;
    internal::CodeSentence(*this, doc, i, lang, &state, &candidates);
  }
  internal::DocumentPass(*this, doc, &state, &candidates);
}

}  // namespace strabo::events

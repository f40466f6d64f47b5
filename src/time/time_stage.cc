#include "time/time_stage.h"

#include "time/lexicon.h"
#include "time/recognizer.h"
#include "time/resolve.h"
#include "time/tense.h"

namespace strabo {
namespace {

constexpr uint32_t kDatelineSentences = 3;

class TimeStage final : public Stage {
 public:
  std::string_view name() const override { return "times"; }
  Status Process(Document& doc) const override {
    TagTimes(doc);
    return Status::Ok();
  }
};

struct Found {
  uint32_t sentence;
  bool spanish;
  time::Match match;
};

}  // namespace

std::unique_ptr<Stage> NewTimeStage(const StageOptions& /*options*/) {
  return std::make_unique<TimeStage>();
}

void TagTimes(Document& doc) {
  doc.times.clear();
  std::vector<Found> found;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const std::string& lang =
        sentence.lang == "en" || sentence.lang == "es" ? sentence.lang : doc.lang;
    const time::Lexicon* lex = time::Lexicon::ForLanguage(lang);
    if (!lex || sentence.end_token > doc.tokens.size() || sentence.num_tokens() == 0) continue;
    const bool spanish = lang == "es";
    for (time::Match& m : time::Recognize(doc, sentence, *lex, spanish))
      found.push_back({s, spanish, std::move(m)});
  }

  std::optional<CivilDate> ref = ParseIsoDate(doc.date);
  if (!ref) {
    // A dateline: the first full date with a year near the top.
    for (const Found& f : found) {
      if (f.sentence >= kDatelineSentences) break;
      const time::Spec& s = f.match.spec;
      if (!s.relative && s.year > 0 && s.month > 0 && s.day > 0 &&
          IsValidDate(s.year, s.month, s.day)) {
        ref = CivilDate{s.year, s.month, s.day};
        break;
      }
    }
  }

  for (const Found& f : found) {
    const time::Match& m = f.match;
    const Sentence& sentence = doc.sentences[f.sentence];
    const time::Tense tense = time::TenseAround(doc, sentence, m.begin, m.end, f.spanish);
    time::Resolved r = time::Resolve(m.spec, ref, tense);
    if (r.value.empty()) continue;
    TimeExpr t;
    t.span = {doc.tokens[m.begin].span.begin, doc.tokens[m.end - 1].span.end};
    if (t.span.empty() || doc.IsSkipped(t.span)) continue;
    t.value = std::move(r.value);
    t.type = r.type;
    t.precision = r.precision;
    t.mod = m.spec.mod;
    t.bound = m.spec.bound;
    t.sentence = f.sentence;
    t.first_token = m.begin;
    t.end_token = m.end;
    doc.times.push_back(std::move(t));
  }
}

}  // namespace strabo

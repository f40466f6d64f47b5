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

bool IsQuarterValue(const std::string& v) {
  return v.size() == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4';
}

// The quarter ("-Qn" suffix of a value) another expression of the same
// sentence names, or "".
std::string SentenceQuarter(const std::vector<Found>& found, size_t self,
                            const std::optional<CivilDate>& ref, time::Tense tense) {
  for (size_t k = 0; k < found.size(); ++k) {
    if (k == self || found[k].sentence != found[self].sentence) continue;
    const time::Spec& s = found[k].match.spec;
    if (s.quarter > 0) return "-Q" + std::to_string(s.quarter);
    if (s.rel_unit == time::Unit::kQuarter && s.relative) {
      time::Resolved r = time::Resolve(s, ref, tense);
      if (IsQuarterValue(r.value)) return r.value.substr(4);
    }
  }
  return "";
}

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

  std::string last_quarter;  // the last "YYYY-Qn" value resolved, for quarter_in_context
  for (size_t n = 0; n < found.size(); ++n) {
    const Found& f = found[n];
    const time::Match& m = f.match;
    const Sentence& sentence = doc.sentences[f.sentence];
    const time::Tense tense = time::TenseAround(doc, sentence, m.begin, m.end, f.spanish);
    time::Resolved r = time::Resolve(m.spec, ref, tense);
    if (r.value.empty()) continue;
    if (IsQuarterValue(r.value) && m.spec.quarter_in_context == 0) last_quarter = r.value;
    if (m.spec.quarter_in_context > 0 && r.value.size() == 4) {
      std::string quarter = SentenceQuarter(found, n, ref, tense);
      if (quarter.empty() && m.spec.quarter_in_context == 2) {
        quarter = last_quarter;
        if (quarter.empty() && ref) quarter = "-Q" + std::to_string((ref->month - 1) / 3 == 0 ? 4 : (ref->month - 1) / 3);
      }
      if (!quarter.empty()) {
        r.value += quarter.substr(quarter.size() - 3);
        r.precision = TimePrecision::kQuarter;
      }
    }
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

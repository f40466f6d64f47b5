#include "time/time_stage.h"

#include <cstdio>

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

// The quarter ("YYYY-Qn") another expression of the same sentence names, or
// "".
std::string SentenceQuarter(const std::vector<Found>& found, size_t self,
                            const std::optional<CivilDate>& ref, time::Tense tense) {
  for (size_t k = 0; k < found.size(); ++k) {
    if (k == self || found[k].sentence != found[self].sentence) continue;
    const time::Spec& s = found[k].match.spec;
    if (s.quarter > 0 || (s.rel_unit == time::Unit::kQuarter && s.relative)) {
      time::Resolved r = time::Resolve(s, ref, tense);
      if (IsQuarterValue(r.value)) return r.value;
    }
  }
  return "";
}

std::string Pad4(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

// The quarter a year before `quarter` ("1989-Q3" → "1988-Q3"); "" when the
// year is not known.
std::string YearEarlier(const std::string& quarter) {
  if (!IsQuarterValue(quarter)) return "";
  int year = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (quarter[k] < '0' || quarter[k] > '9') return "";
    year = year * 10 + (quarter[k] - '0');
  }
  return Pad4(year - 1) + quarter.substr(4);
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
    time::Tense tense = time::TenseAround(doc, sentence, m.begin, m.end, f.spanish);
    // "convocaron una huelga para el jueves", "called a strike for Thursday":
    // the day something is set for lies ahead whatever the verb's tense
    // (not "for Thursday's attack").
    if (m.spec.weekday > 0 && m.begin > sentence.first_token) {
      const std::string before = time::Lexicon::Key(doc.tokens[m.begin - 1].form);
      const bool possessive = m.end < sentence.end_token && (doc.tokens[m.end].form == "'s" ||
                                                             doc.tokens[m.end].form == "\u2019s");
      if ((f.spanish && before == "para") || (!f.spanish && before == "for" && !possessive))
        tense = time::Tense::kFuture;
    }
    time::Resolved r = time::Resolve(m.spec, ref, tense);
    if (r.value.empty()) continue;
    // A quarter already reported (not a forecast: "the third quarter of
    // 1990" in 1989) is what later comparisons refer to.
    if (IsQuarterValue(r.value) && m.spec.quarter_in_context == 0 &&
        (!ref || r.value <= Pad4(ref->year) + "-Q" + std::to_string((ref->month - 1) / 3 + 1)))
      last_quarter = r.value;
    if (m.spec.quarter_in_context > 0 && r.value.size() == 4) {
      // The quarter compared with: one the sentence names, a year before it
      // ("$1 million in the third quarter of 1990, against $2 million a year
      // earlier"); else, in a report that has named a reported quarter, that
      // quarter a year before ("A year ago, the bank earned..." after
      // "third-quarter profit"); "the year-earlier period" with no quarter
      // named compares with the last completed one.
      std::string earlier = YearEarlier(SentenceQuarter(found, n, ref, tense));
      if (earlier.empty()) {
        std::string quarter = last_quarter;
        if (quarter.empty() && m.spec.quarter_in_context == 2 && ref) {
          time::Spec last;
          last.relative = true;
          last.rel_unit = time::Unit::kQuarter;
          last.rel_offset = -1;
          quarter = time::Resolve(last, ref, tense).value;
        }
        earlier = YearEarlier(quarter);
      }
      if (!earlier.empty()) {
        r.value = std::move(earlier);
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

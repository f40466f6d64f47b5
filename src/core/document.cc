#include "strabo/document.h"

#include <algorithm>
#include <array>

namespace strabo {

std::string_view ToString(SkipReason reason) {
  switch (reason) {
    case SkipReason::kCaption: return "caption";
    case SkipReason::kCredit: return "credit";
    case SkipReason::kImageSlug: return "image_slug";
    case SkipReason::kBoilerplate: return "boilerplate";
  }
  return "boilerplate";
}

namespace {
constexpr std::array<std::string_view, kNumUpos> kUposNames = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};
}  // namespace

std::string_view ToString(Upos upos) { return kUposNames[static_cast<int>(upos)]; }

std::optional<Upos> ParseUpos(std::string_view name) {
  for (int i = 0; i < kNumUpos; ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return std::nullopt;
}

std::string_view ToString(EntityType type) {
  switch (type) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

std::string_view ToString(EventStatus status) {
  switch (status) {
    case EventStatus::kAsserted: return "asserted";
    case EventStatus::kNegated: return "negated";
    case EventStatus::kPlanned: return "planned";
    case EventStatus::kAttempted: return "attempted";
    case EventStatus::kHypothetical: return "hypothetical";
    case EventStatus::kAggregate: return "aggregate";
  }
  return "asserted";
}

std::string_view ToString(TimeType type) {
  switch (type) {
    case TimeType::kDate: return "DATE";
    case TimeType::kTime: return "TIME";
    case TimeType::kDuration: return "DURATION";
    case TimeType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view ToString(TimePrecision precision) {
  switch (precision) {
    case TimePrecision::kNone: return "";
    case TimePrecision::kCentury: return "century";
    case TimePrecision::kDecade: return "decade";
    case TimePrecision::kYear: return "year";
    case TimePrecision::kSeason: return "season";
    case TimePrecision::kQuarter: return "quarter";
    case TimePrecision::kMonth: return "month";
    case TimePrecision::kWeek: return "week";
    case TimePrecision::kDay: return "day";
    case TimePrecision::kTimeOfDay: return "time";
  }
  return "";
}

std::string_view ToString(TimeMod mod) {
  switch (mod) {
    case TimeMod::kNone: return "";
    case TimeMod::kStart: return "START";
    case TimeMod::kMid: return "MID";
    case TimeMod::kEnd: return "END";
    case TimeMod::kApprox: return "APPROX";
    case TimeMod::kBefore: return "BEFORE";
    case TimeMod::kAfter: return "AFTER";
    case TimeMod::kOnOrBefore: return "ON_OR_BEFORE";
    case TimeMod::kOnOrAfter: return "ON_OR_AFTER";
    case TimeMod::kLessThan: return "LESS_THAN";
    case TimeMod::kMoreThan: return "MORE_THAN";
    case TimeMod::kEqualOrLess: return "EQUAL_OR_LESS";
    case TimeMod::kEqualOrMore: return "EQUAL_OR_MORE";
  }
  return "";
}

std::string_view ToString(TimeBound bound) {
  switch (bound) {
    case TimeBound::kNone: return "";
    case TimeBound::kStart: return "start";
    case TimeBound::kEnd: return "end";
  }
  return "";
}

Document Document::FromArticle(Article article) {
  Document doc;
  doc.id = std::move(article.id);
  doc.url = std::move(article.url);
  doc.title = std::move(article.title);
  doc.date = std::move(article.date);
  doc.text = std::move(article.text);
  doc.lang_hint = std::move(article.lang_hint);
  doc.origin = std::move(article.origin);
  doc.format = article.format;
  return doc;
}

bool Document::IsSkipped(Span span) const {
  // `skipped` is sorted by begin: find the last span starting at or before.
  auto it = std::upper_bound(skipped.begin(), skipped.end(), span.begin,
                             [](uint32_t pos, const SkippedSpan& s) { return pos < s.span.begin; });
  if (it == skipped.begin()) return false;
  return std::prev(it)->span.Contains(span);
}

}  // namespace strabo

#include "strabo/times.h"

#include <cstdlib>
#include <limits>

namespace strabo {
namespace {

// The sentence holding token `index`, or -1.
int SentenceOf(const Document& doc, uint32_t index) {
  size_t lo = 0, hi = doc.sentences.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (doc.sentences[mid].end_token <= index) lo = mid + 1;
    else hi = mid;
  }
  if (lo < doc.sentences.size() && doc.sentences[lo].first_token <= index) return static_cast<int>(lo);
  return -1;
}

// Whether token a's head chain reaches b within two steps (or b's reaches a).
bool Attached(const Document& doc, const Sentence& s, uint32_t a, uint32_t b) {
  auto head_of = [&](uint32_t t) -> int64_t {
    const int h = doc.tokens[t].head;
    if (h <= 0) return -1;
    return static_cast<int64_t>(s.first_token) + h - 1;
  };
  int64_t x = a;
  for (int step = 0; step < 2 && x >= 0; ++step) {
    x = head_of(static_cast<uint32_t>(x));
    if (x == b) return true;
  }
  return false;
}

}  // namespace

bool IsCalendarValue(std::string_view value) {
  if (value.size() < 2 || value[0] < '0' || value[0] > '9') return false;
  return value.find('X') == std::string_view::npos;
}

EventDate DateEvent(const Document& doc, uint32_t trigger_begin, uint32_t trigger_end,
                    Span clause) {
  EventDate out;
  const int s = trigger_begin < doc.tokens.size() ? SentenceOf(doc, trigger_begin) : -1;
  if (s >= 0) {
    const Sentence& sentence = doc.sentences[static_cast<size_t>(s)];
    const bool parsed = doc.tokens[trigger_begin].head != Token::kNoHead;
    std::vector<int> candidates;
    for (size_t i = 0; i < doc.times.size(); ++i) {
      const TimeExpr& t = doc.times[i];
      if (t.sentence != static_cast<uint32_t>(s)) continue;
      if (t.type != TimeType::kDate && t.type != TimeType::kTime) continue;
      if (!IsCalendarValue(t.value)) continue;
      candidates.push_back(static_cast<int>(i));
    }
    if (!clause.empty()) {
      std::vector<int> inside;
      for (int i : candidates)
        if (clause.Contains(doc.times[static_cast<size_t>(i)].span)) inside.push_back(i);
      if (!inside.empty()) candidates.swap(inside);
    }
    int best = -1;
    long best_score = std::numeric_limits<long>::max();
    for (int i : candidates) {
      const TimeExpr& t = doc.times[static_cast<size_t>(i)];
      long distance = t.end_token <= trigger_begin ? static_cast<long>(trigger_begin - t.end_token) * 2
                                                   : static_cast<long>(t.first_token - trigger_end) * 2 + 1;
      if (t.first_token < trigger_end && t.end_token > trigger_begin) distance = 0;
      if (parsed) {
        bool attached = false;
        for (uint32_t k = t.first_token; k < t.end_token && !attached; ++k)
          for (uint32_t g = trigger_begin; g < trigger_end && !attached; ++g)
            attached = Attached(doc, sentence, k, g);
        if (attached) distance -= 1000000;
      }
      if (distance < best_score) {
        best_score = distance;
        best = i;
      }
    }
    if (best >= 0) {
      const TimeExpr& t = doc.times[static_cast<size_t>(best)];
      out.source = EventDate::Source::kExpression;
      out.time_index = best;
      out.bound = t.bound;
      out.mod = t.mod;
      const size_t tpos = t.value.find('T');
      out.value = tpos == std::string::npos ? t.value : t.value.substr(0, tpos);
      out.precision = t.precision == TimePrecision::kTimeOfDay ? TimePrecision::kDay : t.precision;
      return out;
    }
  }
  if (!doc.date.empty()) {
    out.source = EventDate::Source::kArticle;
    out.value = doc.date.substr(0, 10);
    out.precision = TimePrecision::kDay;
  }
  return out;
}

}  // namespace strabo

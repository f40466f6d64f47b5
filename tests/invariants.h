// Invariants every analysed Document must satisfy, whatever the input. Used
// by the randomized tests and the fuzzers.
#pragma once

#include <optional>
#include <string>

#include "strabo/document.h"

namespace strabo::testing {

inline bool OnBoundary(const std::string& text, uint32_t pos) {
  return pos == text.size() ||
         (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80);
}

// Returns an empty string when `doc` is consistent, else what is wrong.
inline std::string CheckInvariants(const Document& doc) {
  const uint32_t n = static_cast<uint32_t>(doc.text.size());
  auto bad_span = [&](Span s) {
    return s.begin > s.end || s.end > n || !OnBoundary(doc.text, s.begin) || !OnBoundary(doc.text, s.end);
  };
  uint32_t last = 0;
  for (const SkippedSpan& s : doc.skipped) {
    if (bad_span(s.span)) return "skipped span out of range";
    if (s.span.begin < last) return "skipped spans overlap or are unsorted";
    last = s.span.end;
  }
  last = 0;
  for (const Paragraph& p : doc.paragraphs) {
    if (bad_span(p.span) || p.span.empty()) return "bad paragraph span";
    if (p.span.begin < last) return "paragraphs overlap";
    last = p.span.end;
    if (p.lang.empty()) return "paragraph without language";
  }
  uint32_t expected_first = 0;
  for (const Sentence& s : doc.sentences) {
    if (s.first_token != expected_first || s.end_token <= s.first_token || s.end_token > doc.tokens.size())
      return "sentences do not tile the tokens";
    expected_first = s.end_token;
    if (bad_span(s.span)) return "bad sentence span";
    if (doc.tokens[s.first_token].span.begin != s.span.begin ||
        doc.tokens[s.end_token - 1].span.end != s.span.end)
      return "sentence span does not match its tokens";
  }
  if (expected_first != doc.tokens.size()) return "tokens outside sentences";
  last = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (bad_span(t.span) || t.span.empty()) return "bad token span";
    if (t.form.empty()) return "empty token form";
    if (t.part >= t.parts) return "bad multi-word part";
    if (t.part == 0 && t.span.begin < last) return "tokens overlap";
    last = t.span.end;
    if (doc.IsSkipped(t.span)) return "token inside a skipped span";
  }
  for (const Entity& e : doc.entities)
    if (bad_span(e.span)) return "bad entity span";
  for (const Place& p : doc.places)
    if (bad_span(p.span)) return "bad place span";
  for (const TimeExpr& t : doc.times)
    if (bad_span(t.span)) return "bad time span";
  // An event's spans point into the title when it is coded from the title,
  // else into the text (doc/output-contract.md).
  for (const Event& e : doc.events) {
    const std::string& source = e.in_title ? doc.title : doc.text;
    auto bad_event_span = [&](Span s) {
      return s.begin > s.end || s.end > source.size() || !OnBoundary(source, s.begin) ||
             !OnBoundary(source, s.end);
    };
    if (bad_event_span(e.sentence) || bad_event_span(e.trigger) || e.trigger.empty())
      return "bad event span";
    if (!e.sentence.Contains(e.trigger)) return "event trigger outside its sentence";
    for (const std::optional<Actor>* a : {&e.source, &e.target, &e.speaker})
      if (a->has_value() && bad_event_span((*a)->span)) return "bad event actor span";
    if (e.count && *e.count < 0) return "negative event count";
    if (e.status > EventStatus::kAggregate) return "bad event status";
    if (e.type.empty()) return "event without a type";
  }
  return "";
}

}  // namespace strabo::testing

// Dating events from the time expressions of their sentence.
//
// The times stage fills Document::times; the events stage calls DateEvent
// for each event it codes and copies the answer into Event::date (and,
// for an aggregate such as "since 2002 police arrested 3,500", marks the
// event kAggregate when `bound` is kStart). This lives in strabo_core so the
// events stage can use it without linking the times stage.
#pragma once

#include <string>

#include "strabo/document.h"

namespace strabo {

struct EventDate {
  // An ISO calendar value: "2024-03-11", "2024-03", "2024-W11", "2024-Q1",
  // "2002", "199"; empty when the event cannot be dated.
  std::string value;
  TimePrecision precision = TimePrecision::kNone;
  enum class Source : unsigned char {
    kNone,        // no expression and no article date
    kExpression,  // doc.times[time_index]
    kArticle,     // the article's date
  } source = Source::kNone;
  int time_index = -1;                   // into doc.times when source is kExpression
  TimeBound bound = TimeBound::kNone;    // kStart: the value opens a period (aggregate)
  TimeMod mod = TimeMod::kNone;          // copied from the expression ("early 2002")
};

// The date an event triggered by the token range [trigger_begin,
// trigger_end) of doc.tokens should carry. `clause` narrows the search to a
// span of the sentence (the event's clause when the parser gives one; an
// empty span means the whole sentence).
//
// Rule, in order:
//  1. the time expressions of the trigger's sentence that can date an event:
//     DATE or TIME with a calendar value (not durations, sets, PRESENT_REF /
//     PAST_REF / FUTURE_REF, nor values with X);
//  2. among them those inside `clause`, when it is given and holds any;
//  3. with a parse (Token::head filled), one whose head word is attached to
//     the trigger (directly or through one intermediate word) wins; else the
//     nearest to the trigger in tokens (ties: the one before it);
//  4. a TIME is reported at day precision ("2024-03-11T15:30" → "2024-03-11");
//  5. when none is found: the article date (doc.date) at day precision;
//     when that is empty too, no date.
// "Since 2002" (bound kStart) gives value "2002" with bound kStart: the
// event is an aggregate over a period beginning then, not an event of 2002.
EventDate DateEvent(const Document& doc, uint32_t trigger_begin, uint32_t trigger_end,
                    Span clause = {});

// True when `value` is a calendar value an event can carry (rule 1 above).
bool IsCalendarValue(std::string_view value);

}  // namespace strabo

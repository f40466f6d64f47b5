// TimeBank in token-per-line form, and the TempEval-3 style scores strabo
// reports on it (`strabo eval times`).
//
// Format (../shared/data/time/timebank_*_train.tsv): one token per line,
// "token<TAB>BIO-type<TAB>value" ("Friday  B-DATE  1989-10-27"; "-" for O);
// a line `*!-DCTVALUE="1989-10-30"-!*` starts a document and gives its date;
// blank lines separate blocks (read here as paragraph breaks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::timebank {

struct GoldTimex {
  Span span;          // bytes of GoldDocument::text
  std::string type;   // DATE TIME DURATION SET
  std::string value;
};

struct GoldDocument {
  std::string date;   // the DCT, "YYYY-MM-DD" (empty when the file has none)
  std::string text;   // tokens joined by single spaces, blocks by "\n\n"
  std::vector<GoldTimex> timexes;
  size_t line = 0;    // 1-based line of the document's first line
};

// Parses a whole file. `name` is used in error messages ("FILE:LINE: ...").
// Lines that are not three tab-separated fields, I- tags without a B-, and
// unknown types are errors.
Result<std::vector<GoldDocument>> ParseTimeBank(std::string_view content, std::string_view name);

// Counts for span and value agreement, summed over documents.
struct Scores {
  long gold = 0;
  long system = 0;
  long strict = 0;         // exact span matches
  long relaxed = 0;        // overlapping spans, one-to-one
  long value_correct = 0;  // relaxed matches with the gold value
  long type_correct = 0;   // relaxed matches with the gold type

  static double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
  double StrictP() const { return system ? double(strict) / system : 0; }
  double StrictR() const { return gold ? double(strict) / gold : 0; }
  double RelaxedP() const { return system ? double(relaxed) / system : 0; }
  double RelaxedR() const { return gold ? double(relaxed) / gold : 0; }
  // TempEval-3 "value F1": a true positive overlaps a gold span and has its value.
  double ValueP() const { return system ? double(value_correct) / system : 0; }
  double ValueR() const { return gold ? double(value_correct) / gold : 0; }
  double ValueAccuracy() const { return relaxed ? double(value_correct) / relaxed : 0; }
  double TypeAccuracy() const { return relaxed ? double(type_correct) / relaxed : 0; }
};

// One disagreement, for error listings.
struct Difference {
  // "missed", "spurious", "value" (overlapping span, other value), "extent"
  // (overlapping span, not the same one; listed besides any "value" line).
  std::string kind;
  std::string gold_text, gold_value, system_text, system_value;
};

// Scores `system` against `gold` on the same text. Appends disagreements to
// *differences when it is not null.
void Score(const GoldDocument& gold, const std::vector<TimeExpr>& system, Scores* scores,
           std::vector<Difference>* differences);

}  // namespace strabo::timebank

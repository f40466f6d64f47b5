// The grammar of time expressions: finds them in a sentence's tokens and
// says what each one means (a Spec), without resolving it to a calendar.
//
// Rule families (each tested for English and Spanish in tests/time_test.cc):
//   deictic days     today, yesterday, tonight, hoy, ayer, anoche, mañana
//   weekdays         Monday, last Friday, el pasado lunes, el lunes por la noche
//   calendar dates   March 11, 2024; 11 March; el 12 de octubre de 2002; 2024-03-11;
//                    11/03/2024 (month first in English, day first in Spanish)
//   months, years    March 2002, last May, octubre, fiscal 1989, 2002 (filtered)
//   decades          the 1990s, the '90s, the early 1900s, los años noventa
//   centuries        the 19th century, el siglo XX
//   quarters         the third quarter of 1988, third-quarter, el primer trimestre
//   seasons          this summer, el verano de 2003
//   relative units   last week, this year, la semana pasada, el próximo mes
//   ago              two weeks ago, a year earlier, hace dos años
//   durations        three years, the past five years, several months, for years (PXY),
//                    30-year, los últimos días
//   sets             every week, daily, annually, $5 a year, cada año, al año, anual
//   clock times      3 p.m., 10:30, noon, a las 9.30 horas, 15:30 GMT
//   references       now, currently, recently, the future, ahora, actualmente
//   numbers in words one reader for amounts and years: twenty-five years, the
//                    year two thousand, nineteen ninety-six, treinta y cinco
//                    días, mil novecientos noventa y seis, dos mil uno
// and what is not a date: counts ("2,000 cells", "2000 people"), labels
// ("Article 24", "Windows 2000"), names ("COVID-19"), percentages.
//
// Spans follow TimeBank: a determiner or quantifier belongs to the
// expression ("the past three years", "el pasado lunes", "more than a year"),
// a preposition does not ("on Monday" → "Monday", "since 2002" → "2002"); the
// words since/from/desde/until/hasta set Spec::bound instead.
#pragma once

#include <vector>

#include "strabo/document.h"
#include "time/lexicon.h"
#include "time/spec.h"

namespace strabo::time {

// Finds the time expressions of `sentence` (tokens from doc.tokens), in text
// order, non-overlapping. `lex` is the sentence's language.
std::vector<Match> Recognize(const Document& doc, const Sentence& sentence, const Lexicon& lex,
                             bool spanish);

// The TIMEX3 duration of `amount` units ("P3Y", "PT2H"; amount -1 → "PXY").
std::string DurationValue(Unit unit, int amount);

}  // namespace strabo::time

// The times stage: one test per rule family, in English and Spanish, on
// sentences as news writes them, with the article dated Thursday 2024-03-14
// unless a test says otherwise.
#include <gtest/gtest.h>

#include "clean/clean_stage.h"
#include "pipeline/output.h"
#include "segment/segment_stage.h"
#include "strabo/times.h"
#include "test_util.h"
#include "time/time_stage.h"
#include "time/timebank.h"
#include "util/calendar.h"

namespace strabo {
namespace {

constexpr const char* kDate = "2024-03-14";  // a Thursday

Document Analyse(const std::string& text, const std::string& lang,
                 const std::string& date = kDate) {
  Article article;
  article.text = text;
  article.date = date;
  Document doc = Document::FromArticle(article);
  StageOptions options;
  options.lang = lang;
  EXPECT_TRUE(NewCleanStage(options)->Process(doc).ok());
  EXPECT_TRUE(NewSegmentStage(options)->Process(doc).ok());
  EXPECT_TRUE(NewTimeStage(options)->Process(doc).ok());
  return doc;
}

// "text=value" for every expression, in order: the whole answer, so a test
// also fails on an extra or a missing expression.
std::vector<std::string> Found(const Document& doc) {
  std::vector<std::string> out;
  for (const TimeExpr& t : doc.times) out.push_back(std::string(doc.Text(t.span)) + "=" + t.value);
  return out;
}

std::vector<std::string> En(const std::string& text, const std::string& date = kDate) {
  return Found(Analyse(text, "en", date));
}
std::vector<std::string> Es(const std::string& text, const std::string& date = kDate) {
  return Found(Analyse(text, "es", date));
}

using V = std::vector<std::string>;

// ---- calendar arithmetic -----------------------------------------------------

TEST(Calendar, WeekdaysWeeksAndMonths) {
  EXPECT_EQ(Weekday({2024, 3, 14}), 4);
  EXPECT_EQ(Weekday({1970, 1, 1}), 4);
  EXPECT_EQ(Weekday({2000, 2, 29}), 2);
  EXPECT_EQ(IsoWeekOf({2024, 3, 14}).week, 11);
  const IsoWeek w = IsoWeekOf({2024, 12, 30});  // belongs to 2025's first week
  EXPECT_EQ(w.year, 2025);
  EXPECT_EQ(w.week, 1);
  EXPECT_EQ(IsoWeekOf({2021, 1, 3}).year, 2020);
  EXPECT_EQ(IsoWeekOf({2021, 1, 3}).week, 53);
  EXPECT_EQ(AddMonths({2024, 3, 31}, 1), (CivilDate{2024, 4, 30}));
  EXPECT_EQ(AddMonths({2024, 1, 15}, -2), (CivilDate{2023, 11, 15}));
  for (long d = -800000; d < 800000; d += 997)
    ASSERT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  EXPECT_FALSE(ParseIsoDate("2024-02-30"));
  EXPECT_EQ(*ParseIsoDate("2024-02-29T10:00:00Z"), (CivilDate{2024, 2, 29}));
}

// ---- deictic days --------------------------------------------------------------

TEST(TimesEn, DeicticDays) {
  EXPECT_EQ(En("Police arrested him yesterday."), V({"yesterday=2024-03-13"}));
  EXPECT_EQ(En("The verdict is expected tomorrow."), V({"tomorrow=2024-03-15"}));
  EXPECT_EQ(En("Protesters will gather tonight."), V({"tonight=2024-03-14TNI"}));
  EXPECT_EQ(En("Shots were heard yesterday morning."), V({"yesterday morning=2024-03-13TMO"}));
}

TEST(TimesEs, DeicticDays) {
  EXPECT_EQ(Es("La policía lo detuvo ayer."), V({"ayer=2024-03-13"}));
  EXPECT_EQ(Es("Hubo disparos anoche en el centro."), V({"anoche=2024-03-13TNI"}));
  EXPECT_EQ(Es("El juicio empieza hoy, jueves, en Rabat."), V({"hoy, jueves=2024-03-14"}));
  EXPECT_EQ(Es("El tribunal dictará sentencia mañana."), V({"mañana=2024-03-15"}));
  // "la mañana" is the morning, not tomorrow; so is a morning an adjective
  // describes (the tagger says which word is one).
  EXPECT_EQ(Es("Los hechos ocurrieron ayer por la mañana."), V({"ayer por la mañana=2024-03-13TMO"}));
  Document doc = Analyse("Se concentraron en una gélida mañana frente a la ONU.", "es");
  for (Token& t : doc.tokens)
    if (t.form == "gélida") t.upos = Upos::kAdj;
  TagTimes(doc);
  EXPECT_EQ(Found(doc), V({}));
}

// ---- weekdays and tense ------------------------------------------------------------

TEST(TimesEn, WeekdaysFollowTense) {
  EXPECT_EQ(En("Security forces arrested five suspects on Monday."), V({"Monday=2024-03-11"}));
  EXPECT_EQ(En("The court will rule on Monday."), V({"Monday=2024-03-18"}));
  EXPECT_EQ(En("He met the minister last Friday."), V({"last Friday=2024-03-08"}));
  EXPECT_EQ(En("Talks resume next Tuesday."), V({"next Tuesday=2024-03-19"}));
  EXPECT_EQ(En("Clashes broke out on Saturday night."), V({"Saturday night=2024-03-09TNI"}));
  EXPECT_EQ(En("Unions called a strike for Monday."), V({"Monday=2024-03-18"}));
  EXPECT_EQ(En("He was jailed for Monday's attack."), V({"Monday=2024-03-11"}));
}

TEST(TimesEs, WeekdaysFollowTense) {
  EXPECT_EQ(Es("Las fuerzas de seguridad detuvieron el pasado lunes a cinco personas."),
            V({"el pasado lunes=2024-03-11"}));
  EXPECT_EQ(Es("El ministro llegó el lunes pasado."), V({"el lunes pasado=2024-03-11"}));
  EXPECT_EQ(Es("La cumbre se celebrará el próximo lunes."), V({"el próximo lunes=2024-03-18"}));
  EXPECT_EQ(Es("El presidente viajará el lunes a Madrid."), V({"el lunes=2024-03-18"}));
  EXPECT_EQ(Es("Los hechos ocurrieron la noche del sábado."),
            V({"la noche del sábado=2024-03-09TNI"}));
  // The day something is set for lies ahead, whatever the verb's tense.
  EXPECT_EQ(Es("Los sindicatos convocaron una huelga para el lunes."), V({"el lunes=2024-03-18"}));
}

TEST(TimesEn, PlansPointAhead) {
  // "is" alone would pick the nearer Monday (the past one); the schedule
  // points to the coming one.
  EXPECT_EQ(En("The sale is scheduled to close Monday."), V({"Monday=2024-03-18"}));
  EXPECT_EQ(En("Talks are set to resume Monday."), V({"Monday=2024-03-18"}));
  // A plan of the past keeps the past: the offer expired last Friday.
  EXPECT_EQ(En("The offer had been scheduled to expire Friday."), V({"Friday=2024-03-08"}));
}

TEST(TimesEn, TaggerTenseWinsOverWordShape) {
  // "travels" shows no tense to the lexical fallback; the nearest Friday is
  // tomorrow. A tagger that says Tense=Past moves it to last Friday.
  Document doc = Analyse("The minister travels to Rabat on Friday.", "en");
  ASSERT_EQ(Found(doc), V({"Friday=2024-03-15"}));
  for (Token& t : doc.tokens) {
    if (t.form == "travels") {
      t.upos = Upos::kVerb;
      t.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    }
  }
  TagTimes(doc);
  EXPECT_EQ(Found(doc), V({"Friday=2024-03-08"}));
}

// ---- calendar dates ----------------------------------------------------------------------

TEST(TimesEn, CalendarDates) {
  EXPECT_EQ(En("The attack took place on March 11, 2024, in Kenitra."),
            V({"March 11, 2024=2024-03-11"}));
  EXPECT_EQ(En("He was born on 11 March 1975."), V({"11 March 1975=1975-03-11"}));
  // Without a year: the nearest September 29 in the past tense.
  EXPECT_EQ(En("The cell was dismantled on Sept. 29."), V({"Sept. 29=2023-09-29"}));
  EXPECT_EQ(En("Elections are due on 2024-06-09."), V({"2024-06-09=2024-06-09"}));
  EXPECT_EQ(En("The ruling of 11/03/2024 was appealed."), V({"11/03/2024=2024-11-03"}));
  EXPECT_EQ(En("Voting runs March 3 to 5."), V({"March 3=2024-03-03", "5=2024-03-05"}));
}

TEST(TimesEn, DateBeforeAColon) {
  // A headline date may end in a colon.
  EXPECT_EQ(En("Saturday, April 25: The court rules on the appeal.", "1998-04-24"),
            V({"Saturday, April 25=1998-04-25"}));
}

TEST(TimesEs, CalendarDates) {
  EXPECT_EQ(Es("Fue detenido el 12 de octubre de 2002 en Casablanca."),
            V({"el 12 de octubre de 2002=2002-10-12"}));
  EXPECT_EQ(Es("La policía lo detuvo el 12 de octubre."), V({"el 12 de octubre=2023-10-12"}));
  EXPECT_EQ(Es("La sentencia del 11/03/2024 fue recurrida."), V({"11/03/2024=2024-03-11"}));
  EXPECT_EQ(Es("Se firmó el 11.03.2024 en Rabat."), V({"11.03.2024=2024-03-11"}));
  EXPECT_EQ(Es("El congreso se celebrará el primero de mayo."),
            V({"el primero de mayo=2024-05-01"}));
}

TEST(TimesEs, DayRangeTakesTheMonth) {
  Document doc = Analyse("El festival se celebrará del 3 al 5 de mayo en Tánger.", "es");
  ASSERT_EQ(Found(doc), V({"del 3=2024-05-03", "al 5 de mayo=2024-05-05"}));
  EXPECT_EQ(doc.times[0].bound, TimeBound::kStart);
  EXPECT_EQ(doc.times[1].bound, TimeBound::kEnd);
}

// ---- months and years, and what is not a date ---------------------------------------

TEST(TimesEn, MonthsAndYears) {
  EXPECT_EQ(En("The group was founded in March 2002."), V({"March 2002=2002-03"}));
  EXPECT_EQ(En("Prices fell last May."), V({"last May=2023-05"}));
  EXPECT_EQ(En("In 2002 police arrested the leader."), V({"2002=2002"}));
  EXPECT_EQ(En("Profits rose in fiscal 1989."), V({"fiscal 1989=1989"}));
  EXPECT_EQ(En("Exports grew in July last year."), V({"July last year=2023-07"}));
}

TEST(TimesEs, MonthsAndYears) {
  EXPECT_EQ(Es("El grupo se fundó en marzo de 2002."), V({"marzo de 2002=2002-03"}));
  EXPECT_EQ(Es("Las ventas cayeron en octubre."), V({"octubre=2023-10"}));
  EXPECT_EQ(Es("En 2002 la policía detuvo al líder."), V({"2002=2002"}));
  EXPECT_EQ(Es("Los precios subieron el pasado mes de mayo."), V({"el pasado mes de mayo=2023-05"}));
}

TEST(TimesEn, NotDates) {
  EXPECT_EQ(En("Police have busted more than 2,000 terrorist cells."), V());
  EXPECT_EQ(En("Article 24 of the constitution protects the press."), V());
  EXPECT_EQ(En("COVID-19 cases rose sharply."), V());
  EXPECT_EQ(En("About 2000 people attended the rally."), V());
  EXPECT_EQ(En("Turnout was 1999 percent of the target."), V());
  EXPECT_EQ(En("Windows 2000 is no longer supported."), V());
  EXPECT_EQ(En("You may march to the square."), V());
}

TEST(TimesEs, NotDates) {
  EXPECT_EQ(Es("La policía detuvo a 3.500 personas."), V());
  EXPECT_EQ(Es("El artículo 24 de la Constitución protege la prensa."), V());
  EXPECT_EQ(Es("Unas 2000 personas asistieron a la marcha."), V());
  EXPECT_EQ(Es("El diario informó de los hechos."), V());
}

// ---- the founding article ---------------------------------------------------------------

TEST(Times, FoundingArticle) {
  Article article;
  article.text = testing::Fixture("000_590496950ddb5f2d.txt");
  ASSERT_FALSE(article.text.empty());
  Document doc = Document::FromArticle(article);
  StageOptions options;
  ASSERT_TRUE(NewCleanStage(options)->Process(doc).ok());
  ASSERT_TRUE(NewSegmentStage(options)->Process(doc).ok());
  ASSERT_TRUE(NewTimeStage(options)->Process(doc).ok());
  // "has been positioned for years": a vague duration, not a date.
  // "Since 2002, the Moroccan police have busted more than 2,000 terrorist
  // cells and arrested more than 3,500 people": a year opening a period;
  // neither count is a date.
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.Text(doc.times[0].span), "years");
  EXPECT_EQ(doc.times[0].value, "PXY");
  EXPECT_EQ(doc.times[0].type, TimeType::kDuration);
  EXPECT_EQ(doc.Text(doc.times[1].span), "2002");
  EXPECT_EQ(doc.times[1].value, "2002");
  EXPECT_EQ(doc.times[1].type, TimeType::kDate);
  EXPECT_EQ(doc.times[1].precision, TimePrecision::kYear);
  EXPECT_EQ(doc.times[1].bound, TimeBound::kStart);
}

// ---- decades and centuries ---------------------------------------------------------------

TEST(TimesEn, DecadesAndCenturies) {
  EXPECT_EQ(En("The movement grew in the 1990s."), V({"the 1990s=199"}));
  Document early = Analyse("The port was built in the early 1900s.", "en");
  ASSERT_EQ(Found(early), V({"the early 1900s=19"}));
  EXPECT_EQ(early.times[0].mod, TimeMod::kStart);
  EXPECT_EQ(early.times[0].precision, TimePrecision::kCentury);
  EXPECT_EQ(En("Music of the '90s is back."), V({"the '90s=199"}));
  EXPECT_EQ(En("The fort dates from the 19th century."), V({"the 19th century=18"}));
  Document mid = Analyse("Violence peaked in the mid-1990s.", "en");
  ASSERT_EQ(Found(mid), V({"the mid-1990s=199"}));
  EXPECT_EQ(mid.times[0].mod, TimeMod::kMid);
}

TEST(TimesEs, DecadesAndCenturies) {
  EXPECT_EQ(Es("Llegó a España en la década de los noventa."),
            V({"la década de los noventa=199"}));
  EXPECT_EQ(Es("Era famoso en los años 80."), V({"los años 80=198"}));
  EXPECT_EQ(Es("La ciudad creció en el siglo XX."), V({"el siglo XX=19"}));
  Document doc = Analyse("El puerto se construyó a principios de 1900.", "es");
  ASSERT_EQ(Found(doc), V({"principios de 1900=1900"}));
  EXPECT_EQ(doc.times[0].mod, TimeMod::kStart);
}

// ---- quarters and seasons ------------------------------------------------------------

TEST(TimesEn, QuartersAndSeasons) {
  EXPECT_EQ(En("Earnings fell in the third quarter of 1988."),
            V({"the third quarter of 1988=1988-Q3"}));
  EXPECT_EQ(En("Third-quarter profit rose 5%."), V({"Third-quarter=2023-Q3"}));
  EXPECT_EQ(En("Net income rose in the quarter."), V({"the quarter=2023-Q4"}));
  EXPECT_EQ(En("Sales fell in last year's third quarter."),
            V({"last year's third quarter=2023-Q3"}));
  EXPECT_EQ(En("The talks will resume this summer."), V({"this summer=2024-SU"}));
  EXPECT_EQ(En("Sales were weak last winter."), V({"last winter=2023-WI"}));
  EXPECT_EQ(En("The alliance began to fall apart in the fall of 2002."),
            V({"the fall of 2002=2002-FA"}));
}

TEST(TimesEn, YearAgoInAQuarterlyReport) {
  // "a year ago" compares with the quarter the sentence names, a year
  // before it; else with the quarter the report named; without a quarter
  // it is a year.
  EXPECT_EQ(En("Third-quarter profit rose 5%. A year earlier, the bank lost $3 million."),
            V({"Third-quarter=2023-Q3", "A year earlier=2022-Q3"}));
  EXPECT_EQ(En("Net income was $2 million in the third quarter, against $1 million a year ago."),
            V({"the third quarter=2023-Q3", "a year ago=2022-Q3"}));
  EXPECT_EQ(En("Sales were $5 million in the first quarter of 2020, up from $4 million a year "
               "earlier."),
            V({"the first quarter of 2020=2020-Q1", "a year earlier=2019-Q1"}));
  EXPECT_EQ(En("A year earlier, the army left the city."), V({"A year earlier=2023"}));
}

TEST(TimesEs, QuartersAndSeasons) {
  EXPECT_EQ(Es("Las ventas crecieron en el tercer trimestre de 2002."),
            V({"el tercer trimestre de 2002=2002-Q3"}));
  EXPECT_EQ(Es("El turismo cayó el verano pasado."), V({"el verano pasado=2023-SU"}));
  EXPECT_EQ(Es("Viajará en el verano de 2003."), V({"el verano de 2003=2003-SU"}));
}

// ---- relative units ---------------------------------------------------------------------

TEST(TimesEn, RelativeUnits) {
  EXPECT_EQ(En("Police arrested three men last week."), V({"last week=2024-W10"}));
  EXPECT_EQ(En("Inflation has fallen this year."), V({"this year=2024"}));
  EXPECT_EQ(En("The vote is due next month."), V({"next month=2024-04"}));
  EXPECT_EQ(En("Profits rose earlier this year."), V({"earlier this year=2024"}));
  Document doc = Analyse("Elections are expected early next year.", "en");
  ASSERT_EQ(Found(doc), V({"early next year=2025"}));
  EXPECT_EQ(doc.times[0].mod, TimeMod::kStart);
}

TEST(TimesEs, RelativeUnits) {
  EXPECT_EQ(Es("La policía detuvo a tres hombres la semana pasada."),
            V({"la semana pasada=2024-W10"}));
  EXPECT_EQ(Es("El paro subió el año pasado."), V({"el año pasado=2023"}));
  EXPECT_EQ(Es("La inflación ha bajado este año."), V({"este año=2024"}));
  EXPECT_EQ(Es("La votación será el próximo mes."), V({"el próximo mes=2024-04"}));
  EXPECT_EQ(Es("Las obras terminarán el mes que viene."), V({"el mes que viene=2024-04"}));
}

// ---- ago ------------------------------------------------------------------------------------

TEST(TimesEn, Ago) {
  EXPECT_EQ(En("The suspect fled two weeks ago."), V({"two weeks ago=2024-W09"}));
  EXPECT_EQ(En("Sales rose from a year ago."), V({"a year ago=2023"}));
  EXPECT_EQ(En("The law passed three days ago."), V({"three days ago=2024-03-11"}));
}

TEST(TimesEs, Hace) {
  EXPECT_EQ(Es("El sospechoso huyó hace dos semanas."), V({"hace dos semanas=2024-W09"}));
  EXPECT_EQ(Es("La ley se aprobó hace dos años."), V({"hace dos años=2022"}));
  EXPECT_EQ(Es("Lo conocía hace tiempo."), V({"hace tiempo=PXM"}));
}

// ---- durations ------------------------------------------------------------------------------

TEST(TimesEn, Durations) {
  Document doc = Analyse("He served three years in prison.", "en");
  ASSERT_EQ(Found(doc), V({"three years=P3Y"}));
  EXPECT_EQ(doc.times[0].type, TimeType::kDuration);
  EXPECT_EQ(doc.times[0].precision, TimePrecision::kNone);
  EXPECT_EQ(En("The country has been at war for years."), V({"years=PXY"}));
  EXPECT_EQ(En("Crime fell over the past five years."), V({"the past five years=P5Y"}));
  EXPECT_EQ(En("The bank sold 30-year bonds."), V({"30-year=P30Y"}));
  EXPECT_EQ(En("The strike lasted several months."), V({"several months=PXM"}));
  EXPECT_EQ(En("He probably died within weeks or months of his capture."),
            V({"weeks or months=PXW"}));
  EXPECT_EQ(En("He was held for a year and a half."), V({"a year and a half=P18M"}));
  Document more = Analyse("The siege lasted more than two weeks.", "en");
  ASSERT_EQ(Found(more), V({"more than two weeks=P2W"}));
  EXPECT_EQ(more.times[0].mod, TimeMod::kMoreThan);
}

TEST(TimesEs, Durations) {
  EXPECT_EQ(Es("El país lleva años en guerra."), V({"años=PXY"}));
  EXPECT_EQ(Es("Cumplió dos años de cárcel."), V({"dos años=P2Y"}));
  EXPECT_EQ(Es("El crimen bajó en los últimos cinco años."), V({"los últimos cinco años=P5Y"}));
  EXPECT_EQ(Es("El asedio duró dos años y tres meses."), V({"dos años y tres meses=P2Y3M"}));
  EXPECT_EQ(Es("La reunión duró dos horas."), V({"dos horas=PT2H"}));
  // Whole hours without "las" are counted, not a time of day.
  EXPECT_EQ(Es("Convocaron una huelga de 24 horas."), V({"24 horas=PT24H"}));
}

// ---- numbers in words -------------------------------------------------------------------

TEST(TimesEn, NumbersInWords) {
  EXPECT_EQ(En("The plant opened in nineteen ninety-six."), V({"nineteen ninety-six=1996"}));
  EXPECT_EQ(En("Snow fell in the winter of nineteen ninety-four."),
            V({"the winter of nineteen ninety-four=1994-WI"}));
  EXPECT_EQ(En("The bug was feared for the year two thousand."),
            V({"the year two thousand=2000"}));
  EXPECT_EQ(En("The treaty was signed in two thousand and one."),
            V({"two thousand and one=2001"}));
  EXPECT_EQ(En("The war lasted twenty years."), V({"twenty years=P20Y"}));
  EXPECT_EQ(En("Rain fell over the last twenty four hours."),
            V({"the last twenty four hours=PT24H"}));
  EXPECT_EQ(En("The dam has stood for a hundred and ten years."),
            V({"a hundred and ten years=P110Y"}));
  // Counts stay counts.
  EXPECT_EQ(En("Two thousand protesters marched."), V());
  EXPECT_EQ(En("He counted nineteen ninety-six cars."), V());
  // Offsets are bytes of the text, the whole phrase.
  Document doc = Analyse("It closed in nineteen eighty.", "en");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].span.begin, 13u);
  EXPECT_EQ(doc.times[0].span.end, 28u);
}

TEST(TimesEs, NumbersInWords) {
  EXPECT_EQ(Es("La fábrica abrió en mil novecientos noventa y seis."),
            V({"mil novecientos noventa y seis=1996"}));
  EXPECT_EQ(Es("El tratado se firmó el 3 de mayo de dos mil uno."),
            V({"el 3 de mayo de dos mil uno=2001-05-03"}));
  EXPECT_EQ(Es("La guerra duró treinta y cinco años."), V({"treinta y cinco años=P35Y"}));
  EXPECT_EQ(Es("El asedio duró ciento veinte días."), V({"ciento veinte días=P120D"}));
  EXPECT_EQ(Es("Dos mil personas marcharon."), V());
}

// ---- sets -----------------------------------------------------------------------------------

TEST(TimesEn, Sets) {
  Document doc = Analyse("The committee meets every week.", "en");
  ASSERT_EQ(Found(doc), V({"every week=P1W"}));
  EXPECT_EQ(doc.times[0].type, TimeType::kSet);
  EXPECT_EQ(En("The fund pays $5 million a year."), V({"a year=P1Y"}));
  EXPECT_EQ(En("The report is published annually."), V({"annually=P1Y"}));
  EXPECT_EQ(En("Vigils are held every Monday."), V({"every Monday=XXXX-WXX-1"}));
}

TEST(TimesEs, Sets) {
  EXPECT_EQ(Es("El comité se reúne cada año."), V({"cada año=P1Y"}));
  EXPECT_EQ(Es("Los precios suben un 3% al año."), V({"al año=P1Y"}));
  EXPECT_EQ(Es("Publica un informe anual."), V({"anual=P1Y"}));
}

// ---- clock times ------------------------------------------------------------------------------

TEST(TimesEn, ClockTimes) {
  EXPECT_EQ(En("The blast occurred at 3 p.m. Monday."), V({"3 p.m. Monday=2024-03-11T15:00"}));
  EXPECT_EQ(En("Talks resume at noon Thursday."), V({"noon Thursday=2024-03-14T12:00"}));
  EXPECT_EQ(En("Polls close at 10:30 p.m. today."), V({"10:30 p.m. today=2024-03-14T22:30"}));
  EXPECT_EQ(En("The ceasefire starts at 15:00 GMT."), V({"15:00 GMT=2024-03-14T15:00Z"}));
}

TEST(TimesEs, ClockTimes) {
  EXPECT_EQ(Es("El atentado ocurrió a las 9.30 horas."), V({"las 9.30 horas=2024-03-14T09:30"}));
  EXPECT_EQ(Es("Llegó a las seis de la mañana de ayer."),
            V({"las seis de la mañana de ayer=2024-03-13T06:00"}));
  EXPECT_EQ(Es("La sesión empieza a las 8 de la tarde."), V({"las 8 de la tarde=2024-03-14T20:00"}));
}

// ---- references --------------------------------------------------------------------------------

TEST(TimesEn, References) {
  EXPECT_EQ(En("The region is now calm."), V({"now=PRESENT_REF"}));
  EXPECT_EQ(En("He recently left the party."), V({"recently=PAST_REF"}));
  EXPECT_EQ(En("The government currently holds 120 seats."), V({"currently=PRESENT_REF"}));
}

TEST(TimesEs, References) {
  EXPECT_EQ(Es("La región está ahora en calma."), V({"ahora=PRESENT_REF"}));
  EXPECT_EQ(Es("Actualmente hay 120 escaños."), V({"Actualmente=PRESENT_REF"}));
  EXPECT_EQ(Es("Se reunió con el presidente actual."), V({"actual=PRESENT_REF"}));
}

// ---- ranges and bounds ----------------------------------------------------------------------

TEST(TimesEn, RangesAndBounds) {
  Document doc = Analyse("Attacks rose between 2015 and 2018.", "en");
  ASSERT_EQ(Found(doc), V({"2015=2015", "2018=2018"}));
  EXPECT_EQ(doc.times[0].bound, TimeBound::kStart);
  EXPECT_EQ(doc.times[1].bound, TimeBound::kEnd);
  Document since = Analyse("Since 2002, police have arrested 3,500 people.", "en");
  ASSERT_EQ(Found(since), V({"2002=2002"}));
  EXPECT_EQ(since.times[0].bound, TimeBound::kStart);
  Document until = Analyse("The curfew lasts until Friday.", "en");
  ASSERT_EQ(Found(until), V({"Friday=2024-03-15"}));
  EXPECT_EQ(until.times[0].bound, TimeBound::kEnd);
}

TEST(TimesEs, RangesAndBounds) {
  Document doc = Analyse("Desde 2002, la policía ha detenido a 3.500 personas.", "es");
  ASSERT_EQ(Found(doc), V({"2002=2002"}));
  EXPECT_EQ(doc.times[0].bound, TimeBound::kStart);
  Document range = Analyse("Los ataques crecieron entre 2015 y 2018.", "es");
  ASSERT_EQ(Found(range), V({"2015=2015", "2018=2018"}));
  EXPECT_EQ(range.times[0].bound, TimeBound::kStart);
  EXPECT_EQ(range.times[1].bound, TimeBound::kEnd);
}

// ---- bad input ------------------------------------------------------------------------------

TEST(Times, ImpossibleDatesAndOddTokensAreSkipped) {
  EXPECT_EQ(En("The deal of Feb. 30, 2024 and 99/99/9999 was void."), V());
  EXPECT_EQ(Es("El 31 de febrero de 2023 no existe."), V());
  EXPECT_EQ(En("999999999999999999999 years 12:99 p.m. '' ' - -- ..."), V({"years=PXY"}));
  EXPECT_EQ(En(""), V());
  // A document whose sentences point past its tokens is left alone.
  Document doc = Analyse("Police arrested him on Monday.", "en");
  doc.sentences[0].end_token = static_cast<uint32_t>(doc.tokens.size() + 5);
  TagTimes(doc);
  EXPECT_TRUE(doc.times.empty());
}

// ---- reference date -----------------------------------------------------------------------

TEST(Times, DatelineWhenTheArticleHasNoDate) {
  EXPECT_EQ(En("CASABLANCA, March 14, 2024 - Police arrested five people on Monday.", ""),
            V({"March 14, 2024=2024-03-14", "Monday=2024-03-11"}));
  EXPECT_EQ(En("Police arrested five people on Monday.", ""), V({"Monday=XXXX-WXX-1"}));
  EXPECT_EQ(Es("La policía detuvo ayer a cinco personas.", ""), V({"ayer=XXXX-XX-XX"}));
}

TEST(Times, SpansAndOutput) {
  Document doc = Analyse("Rabat, 14 mar (EFE).- La policía detuvo el pasado lunes a cinco personas.",
                         "es");
  ASSERT_EQ(doc.times.size(), 1u);
  const TimeExpr& t = doc.times[0];
  EXPECT_EQ(doc.Text(t.span), "el pasado lunes");
  EXPECT_EQ(t.sentence, 1u);  // the dateline "Rabat, 14 mar (EFE)." is a sentence
  EXPECT_EQ(doc.tokens[t.first_token].form, "el");
  std::string json;
  AppendDocumentJson(doc, OutputOptions(), &json);
  EXPECT_NE(json.find("\"times\":[{\"start\":40,\"end\":55,\"text\":\"el pasado lunes\","
                      "\"value\":\"2024-03-11\",\"type\":\"DATE\",\"precision\":\"day\"}]"),
            std::string::npos)
      << json;
}

// ---- event dating --------------------------------------------------------------------------

uint32_t TokenIndex(const Document& doc, const std::string& form) {
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].form == form) return i;
  ADD_FAILURE() << "no token " << form;
  return 0;
}

TEST(DateEvent, NearestExpressionOfTheSentenceElseTheArticleDate) {
  Document doc = Analyse(
      "Police arrested five suspects on Monday after a raid in 2019. "
      "They were questioned in Rabat.",
      "en");
  const uint32_t arrested = TokenIndex(doc, "arrested");
  EventDate d = DateEvent(doc, arrested, arrested + 1);
  EXPECT_EQ(d.value, "2024-03-11");
  EXPECT_EQ(d.precision, TimePrecision::kDay);
  EXPECT_EQ(d.source, EventDate::Source::kExpression);
  EXPECT_EQ(doc.Text(doc.times[static_cast<size_t>(d.time_index)].span), "Monday");

  const uint32_t questioned = TokenIndex(doc, "questioned");
  d = DateEvent(doc, questioned, questioned + 1);
  EXPECT_EQ(d.value, "2024-03-14");
  EXPECT_EQ(d.source, EventDate::Source::kArticle);

  doc.date.clear();
  d = DateEvent(doc, questioned, questioned + 1);
  EXPECT_TRUE(d.value.empty());
  EXPECT_EQ(d.source, EventDate::Source::kNone);
}

TEST(DateEvent, SinceGivesTheStartOfAPeriod) {
  Document doc = Analyse(
      "Since 2002, the Moroccan police have busted more than 2,000 terrorist cells.", "en");
  const uint32_t busted = TokenIndex(doc, "busted");
  EventDate d = DateEvent(doc, busted, busted + 1);
  EXPECT_EQ(d.value, "2002");
  EXPECT_EQ(d.precision, TimePrecision::kYear);
  EXPECT_EQ(d.bound, TimeBound::kStart);
}

TEST(DateEvent, DurationsAndReferencesDoNotDate) {
  Document doc = Analyse("Police now say the siege lasted three days at 3 p.m. Monday.", "en");
  const uint32_t lasted = TokenIndex(doc, "lasted");
  EventDate d = DateEvent(doc, lasted, lasted + 1);
  EXPECT_EQ(d.value, "2024-03-11");  // the TIME, at day precision
  EXPECT_EQ(d.precision, TimePrecision::kDay);
  EXPECT_FALSE(IsCalendarValue("PRESENT_REF"));
  EXPECT_FALSE(IsCalendarValue("P3D"));
  EXPECT_FALSE(IsCalendarValue("XXXX-WXX-1"));
  EXPECT_TRUE(IsCalendarValue("2024-W10"));
}

TEST(DateEvent, ClauseNarrowsTheChoice) {
  Document doc = Analyse("On Monday officials said police had arrested him in 2019.", "en");
  const uint32_t arrested = TokenIndex(doc, "arrested");
  // Without a clause the nearest wins ("2019" is nearer than "Monday").
  EXPECT_EQ(DateEvent(doc, arrested, arrested + 1).value, "2019");
  Span clause{doc.tokens[TokenIndex(doc, "On")].span.begin,
              doc.tokens[TokenIndex(doc, "said")].span.end};
  EXPECT_EQ(DateEvent(doc, arrested, arrested + 1, clause).value, "2024-03-11");
}

// ---- TimeBank reader and scores -------------------------------------------------------------

TEST(TimeBank, ParsesDocumentsAndScores) {
  const std::string file = testing::Fixture("timebank_sample.tsv");
  ASSERT_FALSE(file.empty());
  auto docs = timebank::ParseTimeBank(file, "timebank_sample.tsv");
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 2u);
  const timebank::GoldDocument& first = (*docs)[0];
  EXPECT_EQ(first.date, "2024-03-14");
  EXPECT_EQ(first.text,
            "Police arrested five men on Monday , officials said .\n\n"
            "The raid lasted three hours .");
  ASSERT_EQ(first.timexes.size(), 2u);
  EXPECT_EQ(first.text.substr(first.timexes[0].span.begin, first.timexes[0].span.size()),
            "Monday");
  EXPECT_EQ(first.timexes[1].type, "DURATION");
  EXPECT_EQ(first.timexes[1].value, "PT3H");

  // One exact match with the right value, one overlap with a wrong value,
  // one spurious.
  std::vector<TimeExpr> system(3);
  system[0].span = first.timexes[0].span;
  system[0].value = "2024-03-11";
  system[1].span = {first.timexes[1].span.begin, first.timexes[1].span.begin + 5};
  system[1].value = "P3H";
  system[1].type = TimeType::kDuration;
  system[2].span = {0, 6};
  system[2].value = "PRESENT_REF";
  timebank::Scores scores;
  std::vector<timebank::Difference> differences;
  timebank::Score(first, system, &scores, &differences);
  EXPECT_EQ(scores.gold, 2);
  EXPECT_EQ(scores.system, 3);
  EXPECT_EQ(scores.strict, 1);
  EXPECT_EQ(scores.relaxed, 2);
  EXPECT_EQ(scores.value_correct, 1);
  EXPECT_EQ(scores.type_correct, 2);
  ASSERT_EQ(differences.size(), 3u);
  EXPECT_EQ(differences[0].kind, "value");
  EXPECT_EQ(differences[1].kind, "extent");
  EXPECT_EQ(differences[1].gold_text, "three hours");
  EXPECT_EQ(differences[2].kind, "spurious");
  EXPECT_NEAR(scores.ValueP(), 1.0 / 3, 1e-9);
  EXPECT_NEAR(scores.ValueR(), 0.5, 1e-9);
}

TEST(TimeBank, RejectsMalformedLines) {
  auto bad = timebank::ParseTimeBank("*!-DCTVALUE=\"2024-03-14\"-!*\tO\t-\nMonday B-DATE\n", "x.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("x.tsv:2: ", 0), 0u) << bad.status().message();
  auto orphan = timebank::ParseTimeBank("Monday\tI-DATE\t2024-03-11\n", "y.tsv");
  ASSERT_FALSE(orphan.ok());
  EXPECT_NE(orphan.status().message().find("I- tag"), std::string::npos);
  auto type = timebank::ParseTimeBank("Monday\tB-DAY\t2024-03-11\n", "z.tsv");
  EXPECT_FALSE(type.ok());
}

TEST(TimeBank, DevScoresWhenSharedDataIsPresent) {
  // ../shared/data from the repository root (and from a worktree one level deeper).
  std::string path;
  Result<std::string> content = Status::NotFound("");
  for (const char* up : {"/..", "/../.."}) {
    path = std::string(STRABO_SOURCE_DIR) + up + "/shared/data/time/timebank_en_train.tsv";
    content = ReadFile(path);
    if (content.ok()) break;
  }
  if (!content.ok()) GTEST_SKIP() << "TimeBank dev data (../shared/data/time) not found";
  auto docs = timebank::ParseTimeBank(*content, path);
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  timebank::Scores scores;
  StageOptions options;
  options.lang = "en";
  auto clean = NewCleanStage(options);
  auto segment = NewSegmentStage(options);
  auto times = NewTimeStage(options);
  for (const timebank::GoldDocument& gold : *docs) {
    Article article;
    article.text = gold.text;
    article.date = gold.date;
    Document doc = Document::FromArticle(article);
    ASSERT_TRUE(clean->Process(doc).ok());
    ASSERT_TRUE(segment->Process(doc).ok());
    ASSERT_TRUE(times->Process(doc).ok());
    timebank::Score(gold, doc.times, &scores, nullptr);
  }
  // A guard against regressions, below the measured dev scores (README).
  EXPECT_GT(timebank::Scores::F1(scores.RelaxedP(), scores.RelaxedR()), 0.88);
  EXPECT_GT(timebank::Scores::F1(scores.ValueP(), scores.ValueR()), 0.75);
}

}  // namespace
}  // namespace strabo

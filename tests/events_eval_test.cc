// Gold readers, the scorer and the lexicon-recall check of `strabo eval events`.
#include <gtest/gtest.h>

#include "events/eval/coverage.h"
#include "events/eval/gold.h"
#include "events/eval/score.h"
#include "events/lexicon.h"
#include "geo/fold.h"
#include "test_util.h"

namespace strabo::events {
namespace {

TEST(GoldReader, PloverJsonGroupsRecordsBySentenceAndNotesWhatItInterprets) {
  auto gold = ReadGold(testing::FixturePath("events/plover_gold_sample.json"));
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  EXPECT_EQ(gold->format, "plover-json");
  EXPECT_EQ(gold->skipped_records, 1u) << "the DOCUMENT record";
  ASSERT_EQ(gold->sentences.size(), 4u) << "two records share the Egyptian police sentence";
  const GoldSentence& egypt = gold->sentences[1];
  ASSERT_EQ(egypt.events.size(), 2u);
  EXPECT_EQ(egypt.events[0].raw_type, "FIGHT");
  EXPECT_EQ(egypt.events[0].type, "ASSAULT") << "older PLOVER name";
  EXPECT_EQ(egypt.events[1].type, "COERCE");
  EXPECT_TRUE(egypt.events[1].targets.empty()) << "target \"\" is no target";
  EXPECT_EQ(egypt.events[0].targets[0].sector, "MOS");
  EXPECT_EQ(egypt.date, "2000-01-01");
  EXPECT_EQ(egypt.lang, "en");
  const GoldSentence& agree = gold->sentences[2];
  EXPECT_EQ(agree.events[0].targets[0].code, "JPN") << "JAP is not ISO 3166";
  const GoldSentence& crime = gold->sentences[3];
  EXPECT_EQ(crime.events[0].type, "") << "CRIME is not a PLOVER type";
  // Everything interpreted is noted.
  auto has_note = [&](const std::string& part) {
    for (const std::string& n : gold->notes)
      if (n.find(part) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has_note("SAMPLE-AGREE-0001: code JAP read as JPN"));
  EXPECT_TRUE(has_note("SAMPLE-CRIME-0001: type CRIME is not a PLOVER type"));
  EXPECT_TRUE(has_note("SAMPLE-CRIME-0001: target is the string \"diplomatic\""));
  EXPECT_TRUE(has_note("sector MOS is not a PLOVER sector"));
}

TEST(GoldReader, UniversalPetrarchXml) {
  auto gold = ReadGold(testing::FixturePath("events/up_gold_sample.xml"));
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  EXPECT_EQ(gold->format, "up-xml");
  ASSERT_EQ(gold->sentences.size(), 3u);
  const GoldSentence& s = gold->sentences[0];
  EXPECT_EQ(s.id, "S1");
  EXPECT_EQ(s.date, "1996-12-13");
  EXPECT_EQ(s.lang, "es");
  EXPECT_EQ(s.text, "La policía marroquí detuvo a cinco seguidores de Daesh y se incautó de armas & "
                    "munición.");
  ASSERT_EQ(s.events.size(), 2u);
  EXPECT_EQ(s.events[0].type, "COERCE");
  EXPECT_EQ(s.events[0].sources[0].text, "La policía marroquí");
  EXPECT_EQ(s.events[0].sources[0].code, "") << "--- is no code";
  EXPECT_EQ(s.events[1].type, "SANCTION") << "SACTION is misspelt";
  EXPECT_TRUE(s.events[1].targets.empty());
  ASSERT_EQ(s.parse.size(), 17u);
  EXPECT_EQ(s.parse[3].lemma, "detener");
  EXPECT_EQ(s.parse[14].form, "&");
  EXPECT_FALSE(gold->sentences[1].evaluate);
  EXPECT_TRUE(gold->sentences[2].events.empty()) << "a sentence without events is kept";
}

TEST(GoldReader, BadInputIsAnErrorNamingTheFile) {
  auto r = ReadPloverJson("[{\"id\": ", "broken.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("broken.json: not valid JSON"), std::string::npos);
  r = ReadPloverJson("{\"id\": 1}", "object.json");
  EXPECT_NE(r.status().message().find("a JSON array of records"), std::string::npos);
  r = ReadUpXml("<Validation></Validation>", "empty.xml");
  EXPECT_NE(r.status().message().find("no <Sentence> elements"), std::string::npos);
  r = ReadGold(testing::FixturePath("000_590496950ddb5f2d.txt"));
  EXPECT_NE(r.status().message().find("not a gold file strabo reads"), std::string::npos);
  r = ReadGold("/nonexistent/gold.json");
  EXPECT_FALSE(r.ok());
}

PredictedEvent Predicted(const std::string& type, const std::string& source_code = "",
                         const std::string& source_sector = "",
                         const std::string& source_text = "") {
  PredictedEvent p;
  p.type = type;
  p.status = "asserted";
  p.has_source = !source_code.empty() || !source_sector.empty() || !source_text.empty();
  p.source_code = source_code;
  p.source_sector = source_sector;
  p.source_text = source_text;
  return p;
}

TEST(EventScorer, TypesPerSentenceAsMultisets) {
  auto gold = ReadGold(testing::FixturePath("events/plover_gold_sample.json"));
  ASSERT_TRUE(gold.ok());
  EventScorer scorer;
  // Israeli sentence: right type, right source.
  auto s = scorer.Add(gold->sentences[0], {Predicted("COERCE", "ISR", "MIL")});
  EXPECT_EQ(s.counts.tp, 1u);
  // Egyptian sentence: gold ASSAULT + COERCE; predicted COERCE twice and PROTEST.
  s = scorer.Add(gold->sentences[1],
                 {Predicted("COERCE", "EGY", "COP"), Predicted("COERCE"), Predicted("PROTEST")});
  EXPECT_EQ(s.counts.tp, 1u);
  EXPECT_EQ(s.counts.fp, 2u);
  EXPECT_EQ(s.counts.fn, 1u);
  // AGREE sentence: nothing predicted. CRIME sentence: the gold event is not scored.
  scorer.Add(gold->sentences[2], {});
  s = scorer.Add(gold->sentences[3], {Predicted("ASSAULT")});
  EXPECT_EQ(s.counts.fn, 0u);
  EXPECT_EQ(s.counts.fp, 1u);

  const Counts& t = scorer.total();
  EXPECT_EQ(t.tp, 2u);
  EXPECT_EQ(t.fp, 3u);
  EXPECT_EQ(t.fn, 2u);
  EXPECT_DOUBLE_EQ(t.Precision(), 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(t.Recall(), 2.0 / 4.0);
  EXPECT_NEAR(t.F1(), 2 * 0.4 * 0.5 / 0.9, 1e-12);
  EXPECT_EQ(scorer.by_type().at("COERCE").tp, 2u);
  EXPECT_EQ(scorer.by_type().at("COERCE").fp, 1u);
  EXPECT_EQ(scorer.by_type().at("ASSAULT").fn, 1u);
  EXPECT_EQ(scorer.by_type().at("ASSAULT").fp, 1u);
  // Sources: both matched COERCE pairs have gold codes; both agree.
  EXPECT_EQ(scorer.source_code().compared, 2u);
  EXPECT_EQ(scorer.source_code().agree, 2u);
  EXPECT_EQ(scorer.source_sector().agree, 2u);
  // The Israeli target (PSE) was not predicted: compared, not agreed.
  EXPECT_EQ(scorer.target_code().compared, 1u);
  EXPECT_EQ(scorer.target_code().agree, 0u);
}

TEST(EventScorer, RecordsOfOneEventPerActorScoreAsOneEvent) {
  // "Police and soldiers arrested ...": one event, one record per actor
  // (codebook 6.1). Records with the same type and trigger are one event.
  auto gold = ReadGold(testing::FixturePath("events/plover_gold_sample.json"));
  ASSERT_TRUE(gold.ok());
  auto at = [](PredictedEvent p, const std::string& where) {
    p.trigger_at = where;
    return p;
  };
  EventScorer scorer;
  // Israeli sentence (gold: one COERCE): two records of one arrest match it;
  // a PROTEST coded for two actors is one false positive, not two.
  auto s = scorer.Add(gold->sentences[0],
                      {at(Predicted("COERCE", "ISR", "MIL"), "b10"),
                       at(Predicted("COERCE", "", "COP"), "b10"),
                       at(Predicted("PROTEST", "", "CVL"), "b40"),
                       at(Predicted("PROTEST", "", "EDU"), "b40")});
  EXPECT_EQ(s.counts.tp, 1u);
  EXPECT_EQ(s.counts.fp, 1u);
  EXPECT_EQ(s.counts.fn, 0u);
  EXPECT_TRUE(s.predicted_matched[1]);
  EXPECT_FALSE(s.predicted_matched[2]);
  // Two arrests at different triggers are two events: the second is extra.
  EventScorer other;
  s = other.Add(gold->sentences[0], {at(Predicted("COERCE", "ISR", "MIL"), "b10"),
                                     at(Predicted("COERCE", "ISR", "MIL"), "b55")});
  EXPECT_EQ(s.counts.tp, 1u);
  EXPECT_EQ(s.counts.fp, 1u);
}

TEST(EventScorer, ActorTextOverlapWhereTheGoldHasNoCodes) {
  auto gold = ReadGold(testing::FixturePath("events/up_gold_sample.xml"));
  ASSERT_TRUE(gold.ok());
  EventScorer scorer;
  scorer.Add(gold->sentences[0], {Predicted("COERCE", "MAR", "COP", "La policía marroquí"),
                                  Predicted("SANCTION", "", "", "los vecinos")});
  EXPECT_EQ(scorer.total().tp, 2u);
  EXPECT_EQ(scorer.source_text().compared, 2u);
  EXPECT_EQ(scorer.source_text().agree, 1u);
  EXPECT_EQ(scorer.source_code().compared, 0u);
  EXPECT_TRUE(TextsOverlap("La policía marroquí", "la POLICIA"));
  EXPECT_FALSE(TextsOverlap("de la", "a la"));
}

TEST(EventScorer, EventPlaceWhereTheGoldNamesIt) {
  auto gold = ReadPloverJson(R"([
    {"id": "P-1", "event": "ASSAULT", "text": "Gunmen killed 8 villagers in Goražde (Bosnia).",
     "eventLoc": {"name": "Gorazde"}},
    {"id": "P-2", "event": "COERCE", "text": "Police arrested two men in Kenitra.",
     "eventLoc": {"name": "Kenitra"}},
    {"id": "P-3", "event": "PROTEST", "text": "Teachers marched.", "eventLoc": {"name": "Accra"}}])",
                             "places.json");
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->sentences.size(), 3u);
  EXPECT_EQ(gold->sentences[0].events[0].place, "Gorazde");
  EventScorer scorer;
  // Named by its GeoNames name, diacritics folded as the gazetteer folds them.
  PredictedEvent assault = Predicted("ASSAULT", "", "", "Gunmen");
  assault.place_keys = {geo::FoldKey("Goražde")};
  scorer.Add(gold->sentences[0], {assault});
  // Another place: no agreement; no place: no agreement, and counted as missing.
  PredictedEvent arrest = Predicted("COERCE", "", "", "Police");
  arrest.place_keys = {geo::FoldKey("Rabat")};
  scorer.Add(gold->sentences[1], {arrest});
  scorer.Add(gold->sentences[2], {Predicted("PROTEST", "", "", "Teachers")});
  EXPECT_EQ(scorer.place().compared, 3u);
  EXPECT_EQ(scorer.place().agree, 1u);
  EXPECT_EQ(scorer.place_missing(), 1u);
}

TEST(EventScorer, PloverCodesOfActors) {
  Actor a;
  a.country = "MAR";
  a.sector = "COP";
  EXPECT_EQ(PloverCode(a), "MAR");
  Actor nato;
  nato.sector = "IGO";
  nato.name = "NATO";
  EXPECT_EQ(PloverCode(nato), "IGO");
  Actor is;
  is.sector = "REB";
  is.name = "Islamic State";
  EXPECT_EQ(PloverCode(is), "IMG");
  Actor unknown;
  unknown.sector = "REB";
  EXPECT_EQ(PloverCode(unknown), "");
}

TEST(GoldReader, OlderModesAreReadAsTheManualsCurrentOnes) {
  // The PLOVER gold predates the 2021 mode tables; one of its records marks
  // an arrest with the ASSAULT mode "firearms".
  auto gold = ReadPloverJson(R"([
    {"id": "P-1", "event": "PROTEST", "mode": "strike-hun", "text": "A began a hunger strike."},
    {"id": "P-2", "event": "PROTEST", "mode": "riot-spon", "text": "Prisoners rioted."},
    {"id": "C-1", "event": "COERCE", "mode": "firearms", "text": "Police arrested 12."},
    {"id": "C-2", "event": "COERCE", "mode": "arrest", "text": "Soldiers arrested 100."}])",
                             "modes.json");
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->sentences.size(), 4u);
  EXPECT_EQ(gold->sentences[0].events[0].mode, "hunger");
  EXPECT_EQ(gold->sentences[0].events[0].raw_mode, "strike-hun");
  EXPECT_EQ(gold->sentences[1].events[0].mode, "riot");
  EXPECT_EQ(gold->sentences[2].events[0].mode, "") << "firearms is no COERCE mode";
  EXPECT_EQ(gold->sentences[3].events[0].mode, "arrest");
  ASSERT_EQ(gold->notes.size(), 1u);
  EXPECT_EQ(gold->notes[0],
            "modes.json: C-1: mode firearms is not a COERCE mode of the manual; scored by type only");
}

TEST(GoldReader, NoneRecordsAreSentencesWithoutEventsWhoseCodingsAreFalse) {
  // data/eval/arrests marks sentences that report no arrest with "NONE": a
  // warrant is no arrest, so an arrest coded there must count against it.
  auto gold = ReadPloverJson(R"([
    {"id": "A-1", "event": "NONE", "text": "A court issued arrest warrants for 48 people."},
    {"id": "A-2", "event": "COERCE", "mode": "arrest", "text": "Police arrested five men."},
    {"id": "A-3", "event": "NONE", "text": "Police arrested five men."}])",
                             "arrests.json");
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->sentences.size(), 2u);
  EXPECT_TRUE(gold->sentences[0].events.empty());
  ASSERT_EQ(gold->sentences[1].events.size(), 1u) << "NONE adds nothing to a sentence with events";
  EXPECT_TRUE(gold->notes.empty()) << "NONE is not an unknown type";
  EventScorer scorer;
  PredictedEvent arrest = Predicted("COERCE");
  arrest.mode = "arrest";
  arrest.trigger_at = "b2";
  scorer.Add(gold->sentences[0], {arrest});
  scorer.Add(gold->sentences[1], {arrest});
  EXPECT_EQ(scorer.sentences(), 2u);
  EXPECT_EQ(scorer.arrest().tp, 1u);
  EXPECT_EQ(scorer.arrest().fp, 1u);
  EXPECT_EQ(scorer.arrest().fn, 0u);
  EXPECT_EQ(scorer.total().fp, 1u);
}

PredictedEvent Coded(const std::string& type, const std::string& mode, const std::string& acled,
                     float confidence, const std::string& at) {
  PredictedEvent p = Predicted(type);
  p.mode = mode;
  p.acled = acled;
  p.confidence = confidence;
  p.trigger_at = at;
  return p;
}

TEST(EventScorer, ModesAndArrests) {
  auto gold = ReadGold(testing::FixturePath("events/plover_gold_sample.json"));
  ASSERT_TRUE(gold.ok());
  EventScorer scorer;
  // "Israeli soldiers arrested more than 100 Palestinians": gold COERCE
  // arrest; two records of one coded arrest (two actors) and a coded
  // restriction.
  scorer.Add(gold->sentences[0], {Coded("COERCE", "arrest", "Arrests", 0.9f, "b17"),
                                  Coded("COERCE", "arrest", "Arrests", 0.9f, "b17"),
                                  Coded("COERCE", "restrict", "", 0.5f, "b60")});
  // The Egyptian sentence: the gold gives neither of its events a mode, so
  // the coded modes are not counted per mode; the coded arrest is an arrest
  // the gold does not mark as one.
  scorer.Add(gold->sentences[1], {Coded("ASSAULT", "firearms", "Armed clash", 0.8f, "b15"),
                                  Coded("COERCE", "arrest", "Arrests", 0.7f, "b86")});
  const auto& modes = scorer.by_mode();
  ASSERT_EQ(modes.size(), 2u);
  EXPECT_EQ(modes.at("COERCE arrest").tp, 1u);
  EXPECT_EQ(modes.at("COERCE arrest").fp, 0u);
  EXPECT_EQ(modes.at("COERCE restrict").fp, 1u);
  EXPECT_EQ(scorer.arrest().tp, 1u);
  EXPECT_EQ(scorer.arrest().fp, 1u);
  EXPECT_EQ(scorer.arrest().fn, 0u);
  EXPECT_DOUBLE_EQ(scorer.arrest().F1(), 2.0 / 3.0);

  GoldEvent cameo;
  cameo.cameo = "1731";
  EXPECT_TRUE(IsArrest(cameo));
  cameo.cameo = "17";
  EXPECT_FALSE(IsArrest(cameo));
  PredictedEvent threat = Coded("THREATEN", "arrest", "", 0.5f, "b1");
  EXPECT_FALSE(IsArrest(threat)) << "a threat to arrest is no arrest";
}

TEST(EventScorer, AcledSubEventOfTheMostConfidentEvent) {
  auto lex = EventLexicon::LoadFromDirectory(std::string(STRABO_SOURCE_DIR) + "/data/events");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const CameoMap& table = (*lex)->cameo();
  auto acled = [&](const std::string& type, const std::string& mode, const std::string& code) {
    GoldEvent e;
    e.type = type;
    e.mode = mode;
    e.cameo = code;
    return GoldAcled(e, table);
  };
  EXPECT_EQ(acled("COERCE", "arrest", ""), "Arrests");
  EXPECT_EQ(acled("PROTEST", "riot", ""), "Violent demonstration");
  EXPECT_EQ(acled("PROTEST", "hunger", ""), "Peaceful protest");
  EXPECT_EQ(acled("ASSAULT", "firearms", ""), "Armed clash");
  EXPECT_EQ(acled("PROTEST", "", ""), "") << "peaceful or violent: the table cannot say";
  EXPECT_EQ(acled("ASSAULT", "abduct", ""), "") << "181 abduction, 184 attack";
  EXPECT_EQ(acled("", "", "173"), "Arrests");
  EXPECT_EQ(acled("PROTEST", "", "14"), "") << "140 ... 1454 are peaceful and violent";
  EXPECT_EQ(acled("ASSAULT", "", "18/19/20"), "");
  EXPECT_EQ(acled("AGREE", "", ""), "");

  auto gold = ReadGold(testing::FixturePath("events/plover_gold_sample.json"));
  ASSERT_TRUE(gold.ok());
  EventScorer scorer(&table);
  // Gold COERCE arrest → Arrests. The most confident coded event is the attack.
  auto s = scorer.Add(gold->sentences[0], {Coded("COERCE", "arrest", "Arrests", 0.6f, "b17"),
                                           Coded("ASSAULT", "", "Attack", 0.8f, "b70")});
  EXPECT_EQ(s.gold_acled, std::vector<std::string>{"Arrests"});
  EXPECT_EQ(s.most_confident, 1);
  // The same sentence with the arrest the most confident: right.
  scorer.Add(gold->sentences[0], {Coded("COERCE", "arrest", "Arrests", 0.9f, "b17"),
                                  Coded("ASSAULT", "", "Attack", 0.8f, "b70")});
  // Nothing coded.
  scorer.Add(gold->sentences[0], {});
  // The AGREE sentence maps to no ACLED type: not counted.
  s = scorer.Add(gold->sentences[2], {Coded("AGREE", "", "", 0.9f, "b4")});
  EXPECT_TRUE(s.gold_acled.empty());
  EXPECT_EQ(scorer.acled().sentences, 3u);
  EXPECT_EQ(scorer.acled().right, 1u);
  EXPECT_EQ(scorer.acled().no_event, 1u);
  EXPECT_EQ(scorer.acled_by_type().at("Arrests").right, 1u);
}

TEST(EventScorer, AcledTheGoldGivesReplacesTheMappedOne) {
  auto lex = EventLexicon::LoadFromDirectory(std::string(STRABO_SOURCE_DIR) + "/data/events");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  // data/eval/acled's form: one record per event, the sentence's ACLED type
  // on each. The protest would map to "Peaceful protest"; the note's type is
  // "Protest with intervention".
  const std::string text =
      "On 15 January 2022, police fired tear gas to disperse protesters who were blocking a "
      "highway in Nairobi (Nairobi).";
  auto gold = ReadPloverJson(
      R"([{"id": "A-1", "event": "ASSAULT", "mode": "crowd-control",
           "acled": "Protest with intervention", "text": ")" + text + R"("},
          {"id": "A-1b", "event": "PROTEST", "mode": "obstruct",
           "acled": "Protest with intervention", "text": ")" + text + R"("},
          {"id": "A-2", "event": "COERCE", "mode": "arrest", "acled": "Arrests or so",
           "text": "Police Forces of Kenya arrested two opposition politicians."}])",
      "acled.json");
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->sentences.size(), 2u);
  EXPECT_EQ(gold->sentences[0].events[1].acled, "Protest with intervention");
  EXPECT_EQ(gold->sentences[1].events[0].acled, "") << "not an ACLED sub-event type";
  ASSERT_EQ(gold->notes.size(), 1u);
  EXPECT_EQ(gold->notes[0],
            "acled.json: A-2: acled \"Arrests or so\" is not an ACLED sub-event type; ignored");
  const CameoMap& table = (*lex)->cameo();
  EXPECT_EQ(GoldAcled(gold->sentences[0].events[1], table), "Protest with intervention");
  EventScorer scorer(&table);
  // The protest coded most confidently, peaceful: wrong, although the
  // mapping of the gold PROTEST obstruct would call it right.
  auto s = scorer.Add(gold->sentences[0],
                      {Coded("PROTEST", "obstruct", "Peaceful protest", 0.9f, "b79"),
                       Coded("ASSAULT", "crowd-control", "Protest with intervention", 0.8f, "b26")});
  EXPECT_EQ(s.gold_acled, std::vector<std::string>{"Protest with intervention"});
  EXPECT_EQ(s.most_confident, 0);
  // Without a given type the mapping is used again: COERCE arrest → Arrests.
  s = scorer.Add(gold->sentences[1], {Coded("COERCE", "arrest", "Arrests", 0.9f, "b22")});
  EXPECT_EQ(s.gold_acled, std::vector<std::string>{"Arrests"});
  EXPECT_EQ(scorer.acled().sentences, 2u);
  EXPECT_EQ(scorer.acled().given, 1u);
  EXPECT_EQ(scorer.acled().right, 1u);
  EXPECT_EQ(scorer.acled_by_type().at("Protest with intervention").right, 0u);
}

TEST(TriggerCoverage, GoldEventsAgainstTheLexicon) {
  auto lex = EventLexicon::LoadFromDirectory(std::string(STRABO_SOURCE_DIR) + "/data/events");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  auto gold = ReadGold(testing::FixturePath("events/up_gold_sample.xml"));
  ASSERT_TRUE(gold.ok());
  std::string text;
  const auto tokens = TokensFromParse(gold->sentences[0].parse, &text);
  EXPECT_EQ(text.substr(0, 19), "La policía marroqu");  // 'í' is two bytes
  EXPECT_EQ(tokens[3].lemma, "detener");
  EXPECT_EQ(tokens[3].upos, Upos::kVerb);
  const auto& s = gold->sentences[0];
  auto r = TriggerCoverage(*(*lex)->triggers("es"), *(*lex)->cues("es"), s.events[0], tokens);
  EXPECT_EQ(r.coverage, Coverage::kRightType);
  EXPECT_EQ(r.words, std::vector<std::string>({"detuvo"}));
  // The gold calls the seizure SANCTION: the lexicon's trigger is COERCE.
  r = TriggerCoverage(*(*lex)->triggers("es"), *(*lex)->cues("es"), s.events[1], tokens);
  EXPECT_EQ(r.coverage, Coverage::kOtherType);
  EXPECT_NE(std::find(r.types.begin(), r.types.end(), "COERCE"), r.types.end());
  // A future cooperative act is AGREE by the codebook's rule.
  GoldEvent agree;
  agree.type = "AGREE";
  agree.event_text = "will provide aid";
  std::vector<Token> en;
  for (const char* w : {"The", "forum", "will", "provide", "aid", "to", "Tokyo"}) {
    Token t;
    t.form = w;
    en.push_back(t);
  }
  r = TriggerCoverage(*(*lex)->triggers("en"), *(*lex)->cues("en"), agree, en);
  EXPECT_EQ(r.coverage, Coverage::kRule);
  agree.event_text = "will frobnicate";
  r = TriggerCoverage(*(*lex)->triggers("en"), *(*lex)->cues("en"), agree, en);
  EXPECT_EQ(r.coverage, Coverage::kNone);
}

}  // namespace
}  // namespace strabo::events

// Gold readers, the scorer and the lexicon-recall check of `strabo eval events`.
#include <gtest/gtest.h>

#include "events/eval/coverage.h"
#include "events/eval/gold.h"
#include "events/eval/score.h"
#include "events/lexicon.h"
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

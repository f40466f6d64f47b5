#include <gtest/gtest.h>

#include "clean/clean_stage.h"
#include "segment/segment_stage.h"
#include "test_util.h"
#include "util/utf8.h"

namespace strabo {
namespace {

Document Segment(const std::string& text, const std::string& lang = "auto") {
  Article article;
  article.text = text;
  Document doc = Document::FromArticle(article);
  StageOptions options;
  options.lang = lang;
  EXPECT_TRUE(NewCleanStage(options)->Process(doc).ok());
  EXPECT_TRUE(NewSegmentStage(options)->Process(doc).ok());
  return doc;
}

std::vector<std::string> Words(const Document& doc, const Sentence& s) {
  std::vector<std::string> out;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) out.push_back(doc.tokens[i].form);
  return out;
}

std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Text(s.span));
  return out;
}

using Strings = std::vector<std::string>;

TEST(Segment, FoundingArticleOffsetsRoundTrip) {
  const Document doc = Segment(testing::Fixture("000_590496950ddb5f2d.txt"));
  ASSERT_GT(doc.tokens.size(), 500u);
  for (const Token& t : doc.tokens) {
    ASSERT_LT(t.span.begin, t.span.end);
    if (t.parts == 1) {
      EXPECT_EQ(doc.Text(t.span), t.form);
    }
  }
  // Every non-space character of prose is in exactly one token.
  for (const Sentence& s : doc.sentences) {
    ASSERT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.span.begin, doc.tokens[s.first_token].span.begin);
    EXPECT_EQ(s.span.end, doc.tokens[s.end_token - 1].span.end);
  }
  // Non-ASCII text: "communiqué" is one token and its code point offsets match.
  const CodePointMap cp(doc.text);
  bool found = false;
  for (const Token& t : doc.tokens) {
    if (t.form != "communiqué") continue;
    found = true;
    const std::string before = doc.text.substr(0, t.span.begin);
    EXPECT_EQ(cp(t.span.begin), CountCodePoints(before));
    EXPECT_EQ(cp(t.span.end) - cp(t.span.begin), 10u);
  }
  EXPECT_TRUE(found);
}

TEST(Segment, FoundingArticleSpanishHeadlineIsOneSentence) {
  const Document doc = Segment(testing::Fixture("000_590496950ddb5f2d.txt"));
  const Sentence* headline = nullptr;
  for (const Sentence& s : doc.sentences)
    if (doc.Text(s.span).starts_with("Marruecos")) headline = &s;
  ASSERT_NE(headline, nullptr);
  EXPECT_EQ(doc.Text(headline->span),
            "Marruecos detiene a cinco seguidores de Daesh en varias ciudades del centro y sur del país");
  EXPECT_EQ(headline->lang, "es");
  EXPECT_EQ(Words(doc, *headline),
            (Strings{"Marruecos", "detiene", "a", "cinco", "seguidores", "de", "Daesh", "en",
                     "varias", "ciudades", "de", "el", "centro", "y", "sur", "de", "el", "país"}));
  EXPECT_EQ(doc.sentences.size(), 17u);
}

TEST(Segment, FoundingArticleNumbersAndNames) {
  const Document doc = Segment(testing::Fixture("000_590496950ddb5f2d.txt"));
  std::vector<std::string> forms;
  for (const Token& t : doc.tokens) forms.push_back(t.form);
  auto has = [&](const std::string& w) { return std::find(forms.begin(), forms.end(), w) != forms.end(); };
  EXPECT_TRUE(has("2,000"));
  EXPECT_TRUE(has("3,500"));
  EXPECT_TRUE(has("Inezgane-Ait"));
  EXPECT_TRUE(has("terrorism-related"));
  EXPECT_TRUE(has("BCIJ"));
  EXPECT_TRUE(has("'s"));  // "world's"
}

TEST(Segment, AbbreviationsDoNotEndSentences) {
  const Document doc = Segment(
      "Gen. Smith met Dr. Jones at 10 a.m. on Monday. The U.S. embassy said Mr. Brown left. "
      "He arrived in the U.S. The talks ended.",
      "en");
  EXPECT_EQ(Sentences(doc), (Strings{"Gen. Smith met Dr. Jones at 10 a.m. on Monday.",
                                     "The U.S. embassy said Mr. Brown left.",
                                     "He arrived in the U.S.", "The talks ended."}));
  EXPECT_EQ(Words(doc, doc.sentences[0]),
            (Strings{"Gen.", "Smith", "met", "Dr.", "Jones", "at", "10", "a.m.", "on", "Monday", "."}));
}

TEST(Segment, AHyphenatedWordEndingInAnAcronymIsOneToken) {
  // VOA: "the Kenya-U.S. defense cooperation". Before, "Kenya-U" ended a
  // sentence and the next one opened with "S.".
  const Document doc =
      Segment("The Kenya-U.S. deal was signed. The U.S.-led force left. A Kenya-U.S. pact.", "en");
  EXPECT_EQ(Sentences(doc), (Strings{"The Kenya-U.S. deal was signed.", "The U.S.-led force left.",
                                     "A Kenya-U.S. pact."}));
  EXPECT_EQ(Words(doc, doc.sentences[0]),
            (Strings{"The", "Kenya-U.S.", "deal", "was", "signed", "."}));
  EXPECT_EQ(Words(doc, doc.sentences[2]), (Strings{"A", "Kenya-U.S.", "pact", "."}));
}

TEST(Segment, NoSentenceOpensWithAComma) {
  // "Va." is no abbreviation the segmenter knows, but a comma after its
  // full stop says the sentence goes on.
  const Document doc =
      Segment("Officials in Morgantown, W. Va., said the river rose. It fell later.", "en");
  EXPECT_EQ(Sentences(doc), (Strings{"Officials in Morgantown, W. Va., said the river rose.",
                                     "It fell later."}));
}

TEST(Segment, SpanishAbbreviationsAndNumbers) {
  const Document doc = Segment(
      "El Sr. García viajó a EE.UU. con la Sra. López. La policía detuvo a 3.500 personas "
      "desde 2002, según el art. 24.",
      "es");
  EXPECT_EQ(Sentences(doc), (Strings{"El Sr. García viajó a EE.UU. con la Sra. López.",
                                     "La policía detuvo a 3.500 personas desde 2002, según el art. 24."}));
  EXPECT_EQ(Words(doc, doc.sentences[0]),
            (Strings{"El", "Sr.", "García", "viajó", "a", "EE.UU.", "con", "la", "Sra.", "López", "."}));
}

TEST(Segment, AMinuteOfPlayIsOneTokenAndEndsNoSentence) {
  // Spanish agency match reports write the minute of a goal as "m.73".
  const Document doc = Segment("Los goles fueron de Cafú ( m.70 ) y Rivaldo (m.73). Gales no reaccionó.", "es");
  EXPECT_EQ(Sentences(doc), (Strings{"Los goles fueron de Cafú ( m.70 ) y Rivaldo (m.73).",
                                     "Gales no reaccionó."}));
  EXPECT_EQ(Words(doc, doc.sentences[0]), (Strings{"Los", "goles", "fueron", "de", "Cafú", "(", "m.70", ")",
                                                   "y", "Rivaldo", "(", "m.73", ")", "."}));
}

TEST(Segment, SpanishContractionsShareTheirSurface) {
  const Document doc = Segment("Al menos dos agentes del cuerpo llegaron al lugar de Al Qaeda.", "es");
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(Words(doc, doc.sentences[0]),
            (Strings{"A", "el", "menos", "dos", "agentes", "de", "el", "cuerpo", "llegaron", "a",
                     "el", "lugar", "de", "Al", "Qaeda", "."}));
  const Token& de = doc.tokens[5];
  const Token& el = doc.tokens[6];
  EXPECT_EQ(doc.Text(de.span), "del");
  EXPECT_EQ(de.span, el.span);
  EXPECT_EQ(de.parts, 2);
  EXPECT_EQ(el.part, 1);
  EXPECT_FALSE(de.space_after);
}

TEST(Segment, SpanishVerbsWithEncliticPronounsAreSplit) {
  const Document doc = Segment(
      "La policía quiere detenerlos y dárselo, transmitiéndose la noticia; la suerte, la parte, "
      "los cuadernos y Carla no cambian.",
      "es");
  ASSERT_EQ(doc.sentences.size(), 1u);
  const Strings words = Words(doc, doc.sentences[0]);
  EXPECT_EQ(words, (Strings{"La", "policía", "quiere", "detener", "los", "y", "dar", "se", "lo", ",",
                            "transmitiendo", "se", "la", "noticia", ";", "la", "suerte", ",", "la",
                            "parte", ",", "los", "cuadernos", "y", "Carla", "no", "cambian", "."}));
  const Token& detener = doc.tokens[3];
  const Token& los = doc.tokens[4];
  EXPECT_EQ(doc.Text(detener.span), "detenerlos");
  EXPECT_TRUE(detener.span == los.span);
  EXPECT_EQ(detener.parts, 2);
  EXPECT_EQ(los.part, 1);
  EXPECT_FALSE(detener.space_after);
  const Token& lo = doc.tokens[8];
  EXPECT_EQ(lo.parts, 3);
  EXPECT_EQ(lo.part, 2);
  EXPECT_EQ(doc.Text(lo.span), "dárselo");
  // English text is never split this way.
  const Document en = Segment("They went to Orlando and sold it.", "en");
  EXPECT_EQ(Words(en, en.sentences[0]), (Strings{"They", "went", "to", "Orlando", "and", "sold", "it", "."}));
}

TEST(Segment, QuotesAndClitics) {
  const Document doc = Segment(
      "\"We won't stop,\" he said. Morocco's police don't comment. \"Is it over?\" She asked.", "en");
  EXPECT_EQ(Sentences(doc), (Strings{"\"We won't stop,\" he said.", "Morocco's police don't comment.",
                                     "\"Is it over?\"", "She asked."}));
  EXPECT_EQ(Words(doc, doc.sentences[0]),
            (Strings{"\"", "We", "wo", "n't", "stop", ",", "\"", "he", "said", "."}));
  EXPECT_EQ(Words(doc, doc.sentences[1]),
            (Strings{"Morocco", "'s", "police", "do", "n't", "comment", "."}));
}

TEST(Segment, RangesUrlsAndDecimals) {
  const Document doc = Segment(
      "Between 2015-2018 prices rose 3.5% (see https://example.com/a.html). COVID-19 spread.", "en");
  EXPECT_EQ(Words(doc, doc.sentences[0]),
            (Strings{"Between", "2015", "-", "2018", "prices", "rose", "3.5", "%", "(", "see",
                     "https://example.com/a.html", ")", "."}));
  EXPECT_EQ(Words(doc, doc.sentences[1]), (Strings{"COVID-19", "spread", "."}));
}

TEST(Segment, HeadlineWithoutPunctuationAndCurlyQuotes) {
  const Document doc = Segment("Iraq says key leader is dead\n\n“It is over,” he said. Then he left.", "en");
  EXPECT_EQ(Sentences(doc), (Strings{"Iraq says key leader is dead", "“It is over,” he said.", "Then he left."}));
}

TEST(Segment, VeryLongRunsAreCut) {
  std::string text;
  for (int i = 0; i < 700; ++i) text += "word ";
  const Document doc = Segment(text, "en");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].num_tokens(), kMaxSentenceTokens);
}

}  // namespace
}  // namespace strabo

#include <gtest/gtest.h>

#include "conllu/conllu.h"
#include "tag/tagger.h"
#include "test_util.h"

namespace strabo {
namespace {

TEST(Conllu, ReadsWordsMultiWordTokensAndComments) {
  auto sentences = ReadConlluFile(testing::FixturePath("es_small.conllu"));
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  ASSERT_EQ(sentences->size(), 2u);
  const ConlluSentence& s = (*sentences)[0];
  ASSERT_EQ(s.words.size(), 9u);
  EXPECT_EQ(s.comments[1], "# text = Marruecos detiene a cinco seguidores del Daesh.");
  EXPECT_EQ(s.words[1].form, "detiene");
  EXPECT_EQ(s.words[1].lemma, "detener");
  EXPECT_EQ(s.words[4].head, 2);
  EXPECT_EQ(s.words[4].deprel, "obj");
  ASSERT_EQ(s.ranges.size(), 1u);
  EXPECT_EQ(s.ranges[0].first, 6);
  EXPECT_EQ(s.ranges[0].last, 7);
  EXPECT_EQ(s.ranges[0].form, "del");
  EXPECT_EQ(SentenceText(s), "Marruecos detiene a cinco seguidores del Daesh.");
  EXPECT_EQ(SentenceText((*sentences)[1]), "La policía quiere detenerlos.");
}

TEST(Conllu, WritesBackWhatItRead) {
  const std::string text = testing::Fixture("es_small.conllu");
  ConlluReader reader(text, "es_small.conllu");
  std::string out;
  ConlluSentence s;
  Status status;
  while (reader.Next(&s, &status)) {
    ASSERT_TRUE(status.ok()) << status.message();
    AppendConllu(s, &out);
  }
  EXPECT_EQ(out, text);
}

TEST(Conllu, MalformedSentencesAreReportedWithTheirLineAndReadingGoesOn) {
  const std::string text =
      "# sent_id = 1\n"
      "1\tGood\t_\t_\t_\t_\t0\troot\t_\t_\n"
      "\n"
      "1\tBad\t_\t_\n"                            // 4 columns
      "2\trow\t_\t_\t_\t_\t1\tdep\t_\t_\n"
      "\n"
      "1\tHead\t_\t_\t_\t_\t7\tdep\t_\t_\n"        // head past the end
      "\n"
      "1\tSkip\t_\t_\t_\t_\t0\troot\t_\t_\n"
      "1.1\tempty\t_\t_\t_\t_\t_\t_\t_\t_\n"       // an empty node is ignored
      "3\tJump\t_\t_\t_\t_\t1\tdep\t_\t_\n"        // ID out of sequence
      "\n"
      "1\tLast\t_\t_\t_\t_\t0\troot\t_\t_\n";
  ConlluReader reader(text, "t.conllu");
  ConlluSentence s;
  Status status;
  std::vector<std::string> good, errors;
  while (reader.Next(&s, &status)) {
    if (status.ok()) good.push_back(s.words[0].form);
    else errors.push_back(status.message());
  }
  EXPECT_EQ(good, (std::vector<std::string>{"Good", "Last"}));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "t.conllu:4: expected 10 tab-separated columns");
  EXPECT_EQ(errors[1], "t.conllu:7: HEAD 7 is past the end of the sentence");
  EXPECT_EQ(errors[2], "t.conllu:11: word ID '3' out of sequence (expected 2)");
}

TEST(Conllu, DocumentKeepsContractionsAsWordsSharingOneSpan) {
  auto sentences = ReadConlluFile(testing::FixturePath("es_small.conllu"));
  ASSERT_TRUE(sentences.ok());
  const Document doc = DocumentFromConllu(*sentences, "es");
  ASSERT_EQ(doc.sentences.size(), 2u);
  ASSERT_EQ(doc.sentences[0].num_tokens(), 9u);
  const Token& de = doc.tokens[5];
  const Token& el = doc.tokens[6];
  EXPECT_EQ(de.form, "de");
  EXPECT_EQ(el.form, "el");
  EXPECT_EQ(doc.Text(de.span), "del");
  EXPECT_TRUE(de.span == el.span);
  EXPECT_EQ(de.part, 0);
  EXPECT_EQ(el.part, 1);
  EXPECT_EQ(el.parts, 2);
  EXPECT_EQ(doc.Text(doc.sentences[1].span), "La policía quiere detenerlos.");
  // Back to CoNLL-U: the multi-word tokens and SpaceAfter survive.
  const ConlluSentence back = SentenceFromDocument(doc, 1);
  ASSERT_EQ(back.ranges.size(), 1u);
  EXPECT_EQ(back.ranges[0].form, "detenerlos");
  EXPECT_EQ(back.ranges[0].misc, "SpaceAfter=No");
  EXPECT_EQ(back.words[3].form, "detener");
  EXPECT_EQ(back.comments[0], "# text = La policía quiere detenerlos.");
}

TEST(Conllu, ScoresCountEveryWordAndSkipMismatchedSentences) {
  auto gold = ReadConlluFile(testing::FixturePath("en_small.conllu"));
  ASSERT_TRUE(gold.ok());
  std::vector<ConlluSentence> system = *gold;
  system[0].words[5].deprel = "obl";       // subtype error (gold obl:agent): LAS wrong, LAS-u right
  system[0].words[1].head = 3;             // attachment error
  system[0].words[1].upos = "PROPN";
  system[1].words[0].form = "Soldiers";    // different words: not scored
  const ConlluScores sc = ScoreConllu(*gold, system, &ReduceFeats);
  EXPECT_EQ(sc.sentences, 1u);
  EXPECT_EQ(sc.mismatched, 1u);
  EXPECT_EQ(sc.words, 9u);
  EXPECT_DOUBLE_EQ(sc.upos, 100.0 * 8 / 9);
  EXPECT_DOUBLE_EQ(sc.uas, 100.0 * 8 / 9);
  EXPECT_DOUBLE_EQ(sc.las, 100.0 * 7 / 9);
  EXPECT_DOUBLE_EQ(sc.las_universal, 100.0 * 8 / 9);
}

}  // namespace
}  // namespace strabo

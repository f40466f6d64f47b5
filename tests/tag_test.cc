#include <gtest/gtest.h>

#include "strabo/pipeline.h"
#include "tag/edit_script.h"
#include "tag/tagger.h"
#include "util/file.h"
#include "util/resources.h"

namespace strabo {
namespace {

TEST(EditScript, LearnsSuffixRulesThatCarryOverToUnseenForms) {
  EXPECT_EQ(MakeEditScript("detuvieron", "detener"), "k|7|ener");
  EXPECT_EQ(MakeEditScript("Police", "police"), "l|0|");
  EXPECT_EQ(MakeEditScript("was", "be"), "k|3|be");
  EXPECT_EQ(MakeEditScript("Kenitra", "Kenitra"), "k|0|");
  // "-aron" → "-ar" learned from one verb lemmatises another.
  const std::string script = MakeEditScript("arrestaron", "arrestar");
  EXPECT_EQ(script, "k|2|");
  EXPECT_EQ(ApplyEditScript(script, "desarticularon").value_or(""), "desarticular");
  EXPECT_EQ(ApplyEditScript(MakeEditScript("obtuvieron", "obtener"), "detuvieron").value_or(""), "detener");
  // Multi-byte characters are counted as code points.
  EXPECT_EQ(MakeEditScript("detenciones", "detención"), "k|4|ón");
  EXPECT_EQ(ApplyEditScript("k|4|ón", "manifestaciones").value_or(""), "manifestación");
  EXPECT_EQ(ApplyEditScript("l|2|", "ÁRBOLES").value_or(""), "árbol");
  EXPECT_FALSE(ApplyEditScript("k|9|x", "los").has_value());
  EXPECT_FALSE(ApplyEditScript("bogus", "los").has_value());
  EXPECT_FALSE(ApplyEditScript("k|3|", "los").has_value());  // nothing left
}

TEST(ReduceFeats, KeepsOnlyTheFeaturesEventCodingNeeds) {
  EXPECT_EQ(ReduceFeats("Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
            "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
  EXPECT_EQ(ReduceFeats("Case=Acc|Gender=Masc|Number=Plur|Person=3|PronType=Prs"), "Number=Plur|Person=3");
  EXPECT_EQ(ReduceFeats("Tense=Past|VerbForm=Part|Voice=Pass"), "Tense=Past|VerbForm=Part|Voice=Pass");
  EXPECT_EQ(ReduceFeats("_"), "");
  EXPECT_EQ(ReduceFeats("Definite=Def|PronType=Art"), "");
}

TEST(Tagger, DamagedModelsAreRefusedWithTheirPath) {
  auto path = FindResource("models/en.tagger", "");
  ASSERT_TRUE(path.ok()) << path.status().message();
  auto bytes = ReadFile(*path);
  ASSERT_TRUE(bytes.ok());
  const std::string copy = ::testing::TempDir() + "/damaged.tagger";
  std::string damaged = *bytes;
  damaged[damaged.size() / 2] ^= 0x5a;
  ASSERT_TRUE(WriteFileAtomically(copy, damaged).ok());
  auto tagger = Tagger::Load(copy);
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find(copy), std::string::npos) << tagger.status().message();
  ASSERT_TRUE(WriteFileAtomically(copy, bytes->substr(0, 100)).ok());
  EXPECT_FALSE(Tagger::Load(copy).ok());
  // A parser file is not a tagger.
  auto parser = FindResource("models/en.parser", "");
  ASSERT_TRUE(parser.ok());
  auto wrong = Tagger::Load(*parser);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("parser"), std::string::npos) << wrong.status().message();
}

}  // namespace
}  // namespace strabo

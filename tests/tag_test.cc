#include <gtest/gtest.h>

#include "strabo/pipeline.h"
#include "tag/edit_script.h"
#include "tag/pos_dictionary.h"
#include "tag/tagger.h"
#include "util/container.h"
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

// A tiny Spanish training set: each verb ending is seen twice, the verbs
// "detener" and "arrestar" never are (they come from the verb list only).
std::vector<TagSentence> TinySpanish() {
  auto w = [](std::string form, Upos upos, std::string lemma) { return TagWord{form, upos, lemma, ""}; };
  std::vector<TagSentence> out;
  for (int k = 0; k < 2; ++k) {
    out.push_back({w("Los", Upos::kDet, "el"), w("soldados", Upos::kNoun, "soldado"),
                   w("obtuvieron", Upos::kVerb, "obtener"), w("armas", Upos::kNoun, "arma"),
                   w("nuevas", Upos::kAdj, "nuevo"), w(".", Upos::kPunct, ".")});
    out.push_back({w("El", Upos::kDet, "el"), w("juez", Upos::kNoun, "juez"), w("obtuvo", Upos::kVerb, "obtener"),
                   w("pruebas", Upos::kNoun, "prueba"), w(".", Upos::kPunct, ".")});
    out.push_back({w("Los", Upos::kDet, "el"), w("vecinos", Upos::kNoun, "vecino"),
                   w("marcharon", Upos::kVerb, "marchar"), w("ayer", Upos::kAdv, "ayer"),
                   w(".", Upos::kPunct, ".")});
  }
  return out;
}

TEST(Tagger, VerbLikenessFiresForUnseenFormsOfListedVerbsOnly) {
  TaggerTrainOptions options;
  options.lang = "es";
  options.epochs = 2;
  options.verbs = {"detener", "arrestar", "obtener", "marchar"};
  options.verb_feature = true;
  auto tagger = TrainTagger(TinySpanish(), {}, options);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  ASSERT_TRUE((*tagger)->has_verb_rules());
  uint64_t rule = 0;
  // "-uvo" → "-ener" (from "obtuvo") gives the listed "detener": class 2 (-er).
  EXPECT_EQ((*tagger)->VerbLikeness("detuvo", &rule), 2);
  EXPECT_NE(rule, 0u);
  EXPECT_EQ((*tagger)->VerbLikeness("detuvieron"), 2);
  EXPECT_EQ((*tagger)->VerbLikeness("arrestaron"), 1);  // "-aron" → "-ar"
  // Adjectives and nouns: no rule gives a listed verb.
  EXPECT_EQ((*tagger)->VerbLikeness("rápido", &rule), 0);
  EXPECT_EQ(rule, 0u);
  EXPECT_EQ((*tagger)->VerbLikeness("policía"), 0);
  EXPECT_EQ((*tagger)->VerbLikeness("hombres"), 0);
  EXPECT_EQ((*tagger)->VerbLikeness("cartón"), 0);
  // A rule keeps at least two code points of the word ("uvo" alone is no verb).
  EXPECT_EQ((*tagger)->VerbLikeness("uvo"), 0);
  // An unlisted verb does not fire: the list decides.
  EXPECT_EQ((*tagger)->VerbLikeness("contuvo"), 0);

  // The rules travel in the file (kind_version 2) and give the same answers.
  const std::string path = ::testing::TempDir() + "/verbs.tagger";
  ASSERT_TRUE((*tagger)->Save(path, {{"command", "test"}}).ok());
  auto c = Container::Open(path, "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->kind_version(), 2u);
  EXPECT_EQ(c->Setting("verb_feature"), "1");
  auto loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)->VerbLikeness("detuvo"), 2);
  EXPECT_EQ((*loaded)->VerbLikeness("rápido"), 0);

  // Without the option: no rules, and the file stays at version 1.
  options.verb_feature = false;
  auto plain = TrainTagger(TinySpanish(), {}, options);
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE((*plain)->has_verb_rules());
  EXPECT_EQ((*plain)->VerbLikeness("detuvo"), 0);
  const std::string plain_path = ::testing::TempDir() + "/plain.tagger";
  ASSERT_TRUE((*plain)->Save(plain_path, {}).ok());
  auto pc = Container::Open(plain_path, "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(pc.ok());
  EXPECT_EQ(pc->kind_version(), 1u);
  EXPECT_EQ(pc->Setting("verb_feature"), "");
}

// Rules from a dictionary's paradigms (TaggerTrainOptions::verb_endings, as
// data/es-verb-endings.tsv) lemmatise verb forms whose endings training never
// showed, keep only one code point of a word if need be, and leave the
// learned verb-likeness rules (and so the UPOS features and weights) alone.
TEST(Tagger, VerbEndingsFromADictionaryLemmatiseVerbFormsOnly) {
  TaggerTrainOptions options;
  options.lang = "es";
  options.epochs = 2;
  options.verbs = {"negar", "volver", "obtener", "marchar"};
  options.verb_feature = true;
  auto without = TrainTagger(TinySpanish(), {}, options);
  ASSERT_TRUE(without.ok()) << without.status().message();
  EXPECT_EQ((*without)->ParadigmLemma("niegan"), "");
  options.verb_endings = {{"iegan", "egar"}, {"uelvan", "olver"}, {"uelvan", "olvar"}};
  auto tagger = TrainTagger(TinySpanish(), {}, options);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_EQ((*tagger)->ParadigmLemma("niegan"), "negar");
  // "-uelvan" → "-olver" keeps one code point of "vuelvan"; "volvar" is no
  // listed verb, so the order of the table does not matter here.
  EXPECT_EQ((*tagger)->ParadigmLemma("vuelvan"), "volver");
  EXPECT_EQ((*tagger)->ParadigmLemma("negociaciones"), "");
  EXPECT_EQ((*tagger)->ParadigmLemma("uelvan"), "");  // nothing of the word would stay
  // Not a verb-likeness rule: the features are the training data's.
  EXPECT_EQ((*tagger)->VerbLikeness("niegan"), 0);
  EXPECT_EQ((*tagger)->VerbLikeness("detuvo"), (*without)->VerbLikeness("detuvo"));

  // The rules travel in the file as version 3.
  const std::string path = ::testing::TempDir() + "/endings.tagger";
  ASSERT_TRUE((*tagger)->Save(path, {{"command", "test"}}).ok());
  auto c = Container::Open(path, "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->kind_version(), 3u);
  auto loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)->ParadigmLemma("vuelvan"), "volver");
  EXPECT_EQ((*loaded)->VerbLikeness("niegan"), 0);
}

TEST(PosDictionary, LettersKeysAndTheFileLayout) {
  EXPECT_EQ(PosDictionary::ParseLetters("n").value_or(0), 1);
  EXPECT_EQ(PosDictionary::ParseLetters("nvr").value_or(0), 1 | 4 | 256);
  EXPECT_FALSE(PosDictionary::ParseLetters("").has_value());
  EXPECT_FALSE(PosDictionary::ParseLetters("nx").has_value());
  PosDictionary dictionary;
  EXPECT_EQ(dictionary.Find("hand"), PosDictionary::kUnlisted);
  dictionary.Add("hand", *PosDictionary::ParseLetters("n"));
  dictionary.Add("hand", *PosDictionary::ParseLetters("v"));  // classes add up
  dictionary.Add("took", *PosDictionary::ParseLetters("d"));
  for (int i = 0; i < 1000; ++i) dictionary.Add("word" + std::to_string(i), 1);  // grows
  EXPECT_EQ(dictionary.size(), 1002u);
  EXPECT_EQ(dictionary.Find("hand"), 1 | 4);
  EXPECT_EQ(dictionary.Find("took"), 16);
  EXPECT_EQ(dictionary.Find("word999"), 1);
  EXPECT_EQ(dictionary.Find("Hand"), PosDictionary::kUnlisted);  // keys are case-folded words
  // The section round-trips; damage is caught.
  const std::string bytes = dictionary.Serialize();
  EXPECT_EQ(bytes.size(), 4 + 1002 * 6u);
  PosDictionary loaded;
  ASSERT_TRUE(PosDictionary::Deserialize(bytes, &loaded));
  EXPECT_EQ(loaded.Serialize(), bytes);
  EXPECT_EQ(loaded.Find("hand"), 1 | 4);
  EXPECT_FALSE(PosDictionary::Deserialize(bytes.substr(0, bytes.size() - 1), &loaded));
  std::string unsorted = bytes;
  std::swap_ranges(unsorted.begin() + 4, unsorted.begin() + 10, unsorted.begin() + 10);
  EXPECT_FALSE(PosDictionary::Deserialize(unsorted, &loaded));
}

// Sentences of one made-up word and a full stop: nouns and verbs the
// treebank shows once each, so only a dictionary can tell them apart.
std::vector<TagSentence> OneWordSentences(const std::vector<std::string>& nouns,
                                          const std::vector<std::string>& verbs) {
  std::vector<TagSentence> out;
  for (size_t i = 0; i < std::max(nouns.size(), verbs.size()); ++i) {
    if (i < nouns.size()) out.push_back({{nouns[i], Upos::kNoun, nouns[i], ""}, {".", Upos::kPunct, ".", ""}});
    if (i < verbs.size()) out.push_back({{verbs[i], Upos::kVerb, verbs[i], ""}, {".", Upos::kPunct, ".", ""}});
  }
  return out;
}

// Lower-case letter strings from a fixed generator: no suffix says noun or verb.
std::vector<std::string> MadeUpWords(size_t n, uint32_t seed) {
  std::vector<std::string> words;
  uint32_t x = seed;
  while (words.size() < n) {
    std::string w;
    for (int k = 0; k < 6; ++k) {
      x = x * 1664525u + 1013904223u;
      w += static_cast<char>('a' + (x >> 24) % 26);
    }
    words.push_back(w);
  }
  return words;
}

TEST(Tagger, ADictionaryTagsWordsTheTreebankDidNotTeach) {
  const std::vector<std::string> nouns = MadeUpWords(40, 1), verbs = MadeUpWords(40, 2);
  const std::vector<std::string> new_nouns = MadeUpWords(10, 3), new_verbs = MadeUpWords(10, 4);
  TaggerTrainOptions options;
  options.lang = "en";
  options.epochs = 5;
  for (const auto* list : {&nouns, &new_nouns})
    for (const std::string& w : *list) options.pos_dictionary.Add(w, *PosDictionary::ParseLetters("n"));
  for (const auto* list : {&verbs, &new_verbs})
    for (const std::string& w : *list) options.pos_dictionary.Add(w, *PosDictionary::ParseLetters("v"));
  auto tagger = TrainTagger(OneWordSentences(nouns, verbs), {}, options);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  // Words the training data never showed take the tag of their class.
  const std::string path = ::testing::TempDir() + "/dictionary.tagger";
  ASSERT_TRUE((*tagger)->Save(path, {{"command", "test"}}).ok());
  auto loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  auto c = Container::Open(path, "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->kind_version(), 4u);
  EXPECT_FALSE(c->HasSection("verb_rules"));
  for (const Tagger* t : {tagger->get(), loaded->get()}) {
    for (const auto& [list, upos] : {std::pair{&new_nouns, Upos::kNoun}, std::pair{&new_verbs, Upos::kVerb}}) {
      for (const std::string& w : *list) {
        std::vector<Token> tokens(2);
        tokens[0].form = w;
        tokens[1].form = ".";
        t->Tag(tokens);
        EXPECT_EQ(tokens[0].upos, upos) << w;
      }
    }
  }
}

TEST(Tagger, ShippedEnglishModelHasNoVerbRules) {
  auto path = FindResource("models/en.tagger", "");
  ASSERT_TRUE(path.ok()) << path.status().message();
  auto tagger = Tagger::Load(*path);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_FALSE((*tagger)->has_verb_rules());
  EXPECT_EQ((*tagger)->VerbLikeness("arrested"), 0);
}

}  // namespace
}  // namespace strabo

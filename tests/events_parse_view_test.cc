// The event coder's view of a parse: the parser errors it mends
// (ParseView::Mend*), on hand-written parses of real news sentences as
// trained parsers have produced them, so the checks do not depend on the
// shipped parser model.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "events/parse_view.h"
#include "strabo/document.h"

namespace strabo::events {
namespace {

struct Row {
  const char* form;
  Upos upos;
  int head;  // 1-based, 0 for the root (CoNLL-U)
  const char* deprel;
};

// One English sentence of `rows`, tokens separated by single spaces.
Document Sentence1(const std::vector<Row>& rows) {
  Document doc;
  for (const Row& r : rows) {
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.span = Span{static_cast<uint32_t>(doc.text.size()),
                  static_cast<uint32_t>(doc.text.size() + std::string(r.form).size())};
    doc.text += r.form;
    t.form = r.form;
    t.lemma = r.form;
    t.upos = r.upos;
    t.head = r.head;
    t.deprel = r.deprel;
    doc.tokens.push_back(t);
  }
  Sentence s;
  s.span = Span{0, static_cast<uint32_t>(doc.text.size())};
  s.end_token = static_cast<uint32_t>(doc.tokens.size());
  s.lang = "en";
  doc.sentences.push_back(s);
  return doc;
}

// "head/rel" of every token, 1-based heads as in CoNLL-U.
// Marks tokens [first, end) as a time expression, as the times stage would
// ("3 March 2023" after "On").
void AddTime(Document* doc, int first, int end) {
  TimeExpr time;
  time.first_token = first;
  time.end_token = end;
  doc->times.push_back(time);
}

std::string Tree(const ParseView& v) {
  std::ostringstream out;
  for (int i = 0; i < v.size(); ++i) out << (i ? " " : "") << v.head(i) + 1 << '/' << v.rel(i);
  return out.str();
}

TEST(EventsParseView, ANameHungOnACommaIsTheSubjectAndItsTitleTheApposition) {
  // As the label-set parser read the founding article.
  const Document doc = Sentence1({
      {"In", Upos::kAdp, 3, "case"},            {"this", Upos::kDet, 3, "det"},
      {"context", Upos::kNoun, 14, "obl"},      {",", Upos::kPunct, 3, "punct"},
      {"Javier", Upos::kPropn, 4, "appos"},     {"Colomina", Upos::kPropn, 5, "flat"},
      {",", Upos::kPunct, 9, "punct"},          {"Deputy", Upos::kNoun, 9, "nmod:desc"},
      {"Secretary", Upos::kPropn, 14, "nsubj"}, {"General", Upos::kPropn, 9, "flat"},
      {"of", Upos::kAdp, 12, "case"},           {"NATO", Upos::kPropn, 9, "nmod"},
      {",", Upos::kPunct, 14, "punct"},         {"stressed", Upos::kVerb, 0, "root"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(v.head(4), 13);
  EXPECT_EQ(v.rel(4), "nsubj");
  EXPECT_EQ(v.head(8), 4);
  EXPECT_EQ(v.rel(8), "appos");
  EXPECT_EQ(v.Child(13, "nsubj"), 4);
  EXPECT_EQ(v.PhraseSpan(4, false).begin, doc.tokens[4].span.begin);
  EXPECT_EQ(v.PhraseSpan(4, false).end, doc.tokens[11].span.end) << "the title is in the phrase";
  // The document's own tokens are untouched.
  EXPECT_EQ(doc.tokens[4].deprel, "appos");
}

TEST(EventsParseView, AWordHungOnPunctuationHangsOnThePunctuationsHead) {
  // "On 8 July 2021, rioters looted shops": "rioters" the comma's apposition.
  const Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},       {"8", Upos::kNum, 0, "root"},
      {"July", Upos::kPropn, 2, "nmod:unmarked"}, {",", Upos::kPunct, 2, "punct"},
      {"rioters", Upos::kNoun, 4, "appos"}, {"looted", Upos::kVerb, 7, "amod"},
      {"shops", Upos::kNoun, 5, "conj"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/case 0/root 2/nmod:unmarked 2/punct 2/appos 7/amod 5/conj");
}

TEST(EventsParseView, AStrandedDemonymModifiesTheTitleAfterIt) {
  // "Russian" as the root, the verb as its advcl.
  const Document root = Sentence1({
      {"Russian", Upos::kAdj, 0, "root"},     {"President", Upos::kPropn, 3, "nmod:desc"},
      {"Yeltsin", Upos::kPropn, 4, "nsubj"},  {"hosted", Upos::kVerb, 1, "advcl"},
      {"Hashimoto", Upos::kPropn, 4, "obj"},  {".", Upos::kPunct, 1, "punct"},
  });
  const ParseView v(root, root.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/amod 3/nmod:desc 4/nsubj 0/root 4/obj 4/punct");

  // "Gambian" as an unmarked oblique of the verb.
  const Document obl = Sentence1({
      {"Gambian", Upos::kAdj, 4, "obl:unmarked"}, {"President", Upos::kPropn, 3, "nmod:desc"},
      {"Jawara", Upos::kPropn, 4, "nsubj"},       {"visited", Upos::kVerb, 0, "root"},
      {"Mauritania", Upos::kPropn, 4, "obj"},
  });
  const ParseView w(obl, obl.sentences[0], "en");
  EXPECT_EQ(Tree(w), "2/amod 3/nmod:desc 4/nsubj 0/root 4/obj");

  // A predicate adjective keeps its clause: "Ready troops" is not mended when
  // the adjective has a subject and a copula.
  const Document predicate = Sentence1({
      {"Troops", Upos::kNoun, 3, "nsubj"}, {"are", Upos::kAux, 3, "cop"},
      {"ready", Upos::kAdj, 0, "root"},    {"tonight", Upos::kNoun, 3, "obl:tmod"},
  });
  const ParseView p(predicate, predicate.sentences[0], "en");
  EXPECT_EQ(Tree(p), "3/nsubj 3/cop 0/root 3/obl:tmod");
}

TEST(EventsParseView, AWordBeforeTheSubjectIsPartOfIt) {
  // "Burmese troops have captured ...", with "Burmese" a second subject.
  const Document doc = Sentence1({
      {"Burmese", Upos::kPropn, 4, "nsubj"}, {"troops", Upos::kNoun, 4, "nsubj"},
      {"have", Upos::kAux, 4, "aux"},        {"captured", Upos::kVerb, 0, "root"},
      {"part", Upos::kNoun, 4, "obj"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/compound 4/nsubj 4/aux 0/root 4/obj");
  EXPECT_EQ(v.Child(3, "nsubj"), 1);
}

TEST(EventsParseView, AVerbReadAsTheAdjectiveOfItsObjectHeadsTheSentence) {
  // "Young Algerians blocked roads leading to the city centre": no verb root.
  const Document noun_root = Sentence1({
      {"Young", Upos::kAdj, 2, "amod"},      {"Algerians", Upos::kPropn, 4, "compound"},
      {"blocked", Upos::kVerb, 4, "amod"},   {"roads", Upos::kNoun, 0, "root"},
      {"leading", Upos::kVerb, 4, "acl"},    {".", Upos::kPunct, 4, "punct"},
  });
  Document with_past = noun_root;
  with_past.tokens[2].feats = "Tense=Past|VerbForm=Fin";
  const ParseView v(with_past, with_past.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/amod 3/nsubj 0/root 3/obj 4/acl 4/punct");

  // "Hundreds of people blocked streets": the old root is the subject and its
  // later dependents go to the verb.
  Document quantity = Sentence1({
      {"Hundreds", Upos::kNoun, 0, "root"}, {"of", Upos::kAdp, 3, "case"},
      {"people", Upos::kNoun, 1, "nmod"},   {"blocked", Upos::kVerb, 5, "amod"},
      {"streets", Upos::kNoun, 1, "nmod"},  {".", Upos::kPunct, 1, "punct"},
  });
  quantity.tokens[3].feats = "Tense=Past|VerbForm=Part";
  const ParseView q(quantity, quantity.sentences[0], "en");
  EXPECT_EQ(Tree(q), "4/nsubj 3/case 1/nmod 0/root 4/obj 4/punct");

  // "Soldiers arrested dozens of looters": the adjective given a subject of
  // its own, which is the verb's; the old root is its object.
  Document own_subject = Sentence1({
      {"Soldiers", Upos::kNoun, 2, "nsubj"}, {"arrested", Upos::kVerb, 3, "amod"},
      {"dozens", Upos::kNoun, 0, "root"},    {"of", Upos::kAdp, 5, "case"},
      {"looters", Upos::kNoun, 3, "nmod"},   {".", Upos::kPunct, 3, "punct"},
  });
  own_subject.tokens[1].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  const ParseView o(own_subject, own_subject.sentences[0], "en");
  EXPECT_EQ(Tree(o), "2/nsubj 0/root 2/obj 5/case 3/nmod 3/punct");
  EXPECT_FALSE(o.IsPassive(1)) << "a verb with a direct object is active";

  // "Hundreds of people blocked streets to demand reforms", rooted in the
  // purpose infinitive with "streets" its subject: the verb with a subject
  // of its own heads the sentence and the infinitive is its adverbial clause.
  Document infinitive = Sentence1({
      {"Hundreds", Upos::kNoun, 4, "nsubj"}, {"of", Upos::kAdp, 3, "case"},
      {"people", Upos::kNoun, 1, "nmod"},    {"blocked", Upos::kVerb, 5, "amod"},
      {"streets", Upos::kNoun, 7, "nsubj"},  {"to", Upos::kPart, 7, "mark"},
      {"demand", Upos::kVerb, 0, "root"},    {"reforms", Upos::kNoun, 7, "obj"},
      {".", Upos::kPunct, 7, "punct"},
  });
  infinitive.tokens[3].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  infinitive.tokens[6].feats = "VerbForm=Inf";
  const ParseView f(infinitive, infinitive.sentences[0], "en");
  EXPECT_EQ(Tree(f), "4/nsubj 3/case 1/nmod 0/root 4/obj 7/mark 4/advcl 7/obj 7/punct");

  // Without a past tense ("leading roads"), or when a verb heads the
  // sentence, nothing changes.
  const ParseView n(noun_root, noun_root.sentences[0], "en");
  EXPECT_EQ(Tree(n), "2/amod 4/compound 4/amod 0/root 4/acl 4/punct");
}

TEST(EventsParseView, AVerbReadAsANounBeforeAndAndAPastVerbHeadsItsClause) {
  // "Gunmen shot and killed three villagers", as the shipped tagger and
  // parser read it: "Gunmen shot" a noun phrase, "killed" its conjunct.
  Document compound = Sentence1({
      {"Gunmen", Upos::kPropn, 2, "compound"}, {"shot", Upos::kNoun, 0, "root"},
      {"and", Upos::kCconj, 4, "cc"},          {"killed", Upos::kVerb, 2, "conj"},
      {"three", Upos::kNum, 6, "nummod"},      {"villagers", Upos::kNoun, 4, "obj"},
      {".", Upos::kPunct, 2, "punct"},
  });
  compound.tokens[3].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView v(compound, compound.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/cc 2/conj 6/nummod 4/obj 2/punct");
  EXPECT_EQ(v.tok(1).upos, Upos::kVerb);
  EXPECT_EQ(v.Feat(1, "Tense"), "Past");
  EXPECT_TRUE(v.HasKey(1, "shoot")) << "the trigger lexicon's lemma";

  // "Militants shot and wounded a police officer": the noun hung on the
  // subject as its apposition takes the subject's place.
  Document appos = Sentence1({
      {"Militants", Upos::kNoun, 0, "root"}, {"shot", Upos::kNoun, 1, "appos"},
      {"and", Upos::kCconj, 4, "cc"},        {"wounded", Upos::kVerb, 2, "conj"},
      {"an", Upos::kDet, 6, "det"},          {"officer", Upos::kNoun, 4, "obj"},
      {".", Upos::kPunct, 2, "punct"},
  });
  appos.tokens[3].feats = "Tense=Past|VerbForm=Part";
  const ParseView a(appos, appos.sentences[0], "en");
  EXPECT_EQ(Tree(a), "2/nsubj 0/root 4/cc 2/conj 6/det 4/obj 2/punct");

  // "Assailants on motorcycles shot dead a journalist": the subject's
  // prepositional phrase hung on the noun goes back to the subject.
  const Document phrase = Sentence1({
      {"Assailants", Upos::kNoun, 0, "root"}, {"on", Upos::kAdp, 4, "case"},
      {"motorcycles", Upos::kNoun, 4, "compound"}, {"shot", Upos::kNoun, 1, "nmod"},
      {"dead", Upos::kAdj, 4, "amod"},        {"a", Upos::kDet, 7, "det"},
      {"journalist", Upos::kNoun, 5, "obj"},
  });
  const ParseView p(phrase, phrase.sentences[0], "en");
  EXPECT_EQ(Tree(p), "4/nsubj 3/case 1/nmod 0/root 4/xcomp 7/det 4/obj");

  // "Gunmen in a car shot and killed two traders", with "Gunmen" tagged a
  // verb: an irregular noun plural is a noun, and "in a car" its phrase.
  Document gunmen = Sentence1({
      {"Gunmen", Upos::kVerb, 0, "root"}, {"in", Upos::kAdp, 5, "case"},
      {"a", Upos::kDet, 5, "det"},        {"car", Upos::kNoun, 5, "compound"},
      {"shot", Upos::kNoun, 1, "obl"},    {"and", Upos::kCconj, 7, "cc"},
      {"killed", Upos::kVerb, 1, "conj"}, {"traders", Upos::kNoun, 7, "obj"},
  });
  gunmen.tokens[6].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView g(gunmen, gunmen.sentences[0], "en");
  EXPECT_EQ(g.tok(0).upos, Upos::kNoun);
  EXPECT_EQ(Tree(g), "5/nsubj 4/case 4/det 1/nmod 0/root 7/cc 5/conj 7/obj");

  // "Riot police beat and arrested dozens of students": the second verb read
  // as the adjective of the first one's object becomes its conjunct; the
  // shared object stays on the first conjunct (UD).
  Document amod = Sentence1({
      {"Riot", Upos::kPropn, 3, "compound"}, {"police", Upos::kNoun, 3, "compound"},
      {"beat", Upos::kNoun, 0, "root"},      {"and", Upos::kCconj, 5, "cc"},
      {"arrested", Upos::kVerb, 6, "amod"},  {"dozens", Upos::kNoun, 3, "obj"},
      {".", Upos::kPunct, 3, "punct"},
  });
  amod.tokens[4].feats = "Tense=Past|VerbForm=Part";
  const ParseView r(amod, amod.sentences[0], "en");
  EXPECT_EQ(Tree(r), "2/compound 3/nsubj 0/root 5/cc 3/conj 3/obj 3/punct");

  // "Police beat and arrested dozens of students", as a parser with fewer
  // feature templates reads it: the object the adjective modifies hung on
  // the noun as a modifier; it is the verbs' object all the same.
  Document nmod = Sentence1({
      {"Police", Upos::kNoun, 2, "compound"}, {"beat", Upos::kNoun, 0, "root"},
      {"and", Upos::kCconj, 4, "cc"},         {"arrested", Upos::kVerb, 5, "amod"},
      {"dozens", Upos::kNoun, 2, "nmod"},     {"of", Upos::kAdp, 7, "case"},
      {"students", Upos::kNoun, 5, "nmod"},   {".", Upos::kPunct, 2, "punct"},
  });
  nmod.tokens[3].feats = "Tense=Past|VerbForm=Part";
  nmod.tokens[4].feats = "Number=Plur";
  const ParseView m(nmod, nmod.sentences[0], "en");
  EXPECT_EQ(Tree(m), "2/nsubj 0/root 4/cc 2/conj 2/obj 7/case 5/nmod 2/punct");

  // "Police shot dead a suspect": "dead" is the verb's complement and the
  // suspect its object.
  const Document dead = Sentence1({
      {"Police", Upos::kNoun, 2, "compound"}, {"shot", Upos::kNoun, 0, "root"},
      {"dead", Upos::kAdj, 2, "amod"},        {"a", Upos::kDet, 5, "det"},
      {"suspect", Upos::kNoun, 3, "obj"},     {".", Upos::kPunct, 2, "punct"},
  });
  const ParseView d(dead, dead.sentences[0], "en");
  EXPECT_EQ(Tree(d), "2/nsubj 0/root 2/xcomp 5/det 2/obj 2/punct");

  // "tied their hands and shot them": a plural after a possessive is a noun.
  Document hands = Sentence1({
      {"tied", Upos::kVerb, 0, "root"},     {"their", Upos::kPron, 3, "nmod:poss"},
      {"hands", Upos::kNoun, 1, "obj"},     {"and", Upos::kCconj, 5, "cc"},
      {"shot", Upos::kVerb, 1, "conj"},     {"them", Upos::kPron, 5, "obj"},
  });
  hands.tokens[1].feats = "Person=3|Poss=Yes|PronType=Prs";
  hands.tokens[2].feats = "Number=Plur";
  hands.tokens[4].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView h(hands, hands.sentences[0], "en");
  EXPECT_EQ(Tree(h), "0/root 3/nmod:poss 1/obj 5/cc 1/conj 5/obj");
  EXPECT_EQ(h.tok(2).upos, Upos::kNoun);
}

TEST(EventsParseView, AnIrregularPastReadAsACompoundInAVerblessSentenceIsTheVerb) {
  // "On 2 May 2024, police beat students with batons", as the shipped parser
  // reads it: no verb, "police beat students" one compound.
  Document doc = Sentence1({
      {"On", Upos::kAdp, 0, "root"},         {"2", Upos::kNum, 1, "compound"},
      {"May", Upos::kPropn, 2, "nmod:unmarked"}, {",", Upos::kPunct, 7, "punct"},
      {"police", Upos::kNoun, 6, "compound"}, {"beat", Upos::kNoun, 7, "compound"},
      {"students", Upos::kNoun, 2, "appos"},  {"with", Upos::kAdp, 9, "case"},
      {"batons", Upos::kNoun, 7, "nmod"},
  });
  doc.tokens[4].feats = "Number=Sing";
  doc.tokens[5].feats = "Number=Sing";
  doc.tokens[6].feats = "Number=Plur";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "0/root 1/compound 2/nmod:unmarked 6/punct 6/nsubj 2/appos 6/obj 9/case 6/obl");
  EXPECT_EQ(v.tok(5).upos, Upos::kVerb);

  // With a verb in the sentence the compound stays ("The budget cut
  // proposals were rejected").
  Document verb = Sentence1({
      {"Budget", Upos::kNoun, 2, "compound"},   {"cut", Upos::kNoun, 3, "compound"},
      {"proposals", Upos::kNoun, 5, "nsubj:pass"}, {"were", Upos::kAux, 5, "aux:pass"},
      {"rejected", Upos::kVerb, 0, "root"},
  });
  verb.tokens[2].feats = "Number=Plur";
  const ParseView c(verb, verb.sentences[0], "en");
  EXPECT_EQ(Tree(c), "2/compound 3/compound 5/nsubj:pass 5/aux:pass 0/root");
}

TEST(EventsParseView, DeadAfterAVerbIsItsComplementNotTheObjectsAdjective) {
  // "Militants shot dead two teachers": "dead" hung on the object.
  const Document doc = Sentence1({
      {"Militants", Upos::kNoun, 2, "nsubj"}, {"shot", Upos::kVerb, 0, "root"},
      {"dead", Upos::kAdj, 5, "amod"},        {"two", Upos::kNum, 5, "nummod"},
      {"teachers", Upos::kNoun, 2, "obj"},    {".", Upos::kPunct, 2, "punct"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 2/xcomp 5/nummod 2/obj 2/punct");
  EXPECT_EQ(v.Phrase(4, true).first, 3) << "the object's phrase starts at \"two\"";
}

TEST(EventsParseView, AHeadlineNounReadAsAnImperativeModifiesTheSubject) {
  // "Protest organisers said the turnout exceeded ...", shortened, as the
  // shipped tagger reads it: "Protest" an imperative, "said" its conjunct.
  Document doc = Sentence1({
      {"Protest", Upos::kVerb, 0, "root"},     {"organisers", Upos::kNoun, 3, "nsubj"},
      {"said", Upos::kVerb, 1, "conj"},        {"it", Upos::kPron, 5, "nsubj"},
      {"grew", Upos::kVerb, 3, "ccomp"},       {".", Upos::kPunct, 1, "punct"},
  });
  doc.tokens[0].feats = "Mood=Imp|VerbForm=Fin";
  doc.tokens[1].feats = "Number=Plur";
  doc.tokens[2].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/compound 3/nsubj 0/root 5/nsubj 3/ccomp 3/punct");
  EXPECT_EQ(v.tok(0).upos, Upos::kNoun);

  // A real imperative with an object and no second verb stays one.
  Document imperative = Sentence1({
      {"Release", Upos::kVerb, 0, "root"}, {"prisoners", Upos::kNoun, 1, "obj"},
      {"now", Upos::kAdv, 1, "advmod"},
  });
  imperative.tokens[0].feats = "Mood=Imp|VerbForm=Fin";
  imperative.tokens[1].feats = "Number=Plur";
  const ParseView i(imperative, imperative.sentences[0], "en");
  EXPECT_EQ(Tree(i), "0/root 1/obj 1/advmod");
  EXPECT_EQ(i.tok(0).upos, Upos::kVerb);
}

TEST(EventsParseView, ACountedNounReadAsAVerbIsTheObjectOfTheVerbBeforeTheNumber) {
  // "Police made eleven arrests after the clashes", as the shipped parser
  // reads it: "made" a reduced relative of "Police", "arrests" its conjunct.
  Document doc = Sentence1({
      {"Police", Upos::kNoun, 0, "root"},  {"made", Upos::kVerb, 1, "acl"},
      {"eleven", Upos::kNum, 4, "nummod"}, {"arrests", Upos::kVerb, 2, "conj"},
      {"after", Upos::kAdp, 6, "case"},    {"clashes", Upos::kNoun, 4, "obl"},
      {".", Upos::kPunct, 1, "punct"},
  });
  doc.tokens[1].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  doc.tokens[3].feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/nummod 2/obj 6/case 4/obl 2/punct");
  EXPECT_EQ(v.tok(3).upos, Upos::kNoun);
  EXPECT_EQ(v.Feat(1, "VerbForm"), "Fin");
}

TEST(EventsParseView, AMainClauseReadAsARelativeClauseHeadsTheSentence) {
  // "Opposition lawmakers, including those in the upper house, have denounced
  // the extension", shortened.
  Document doc = Sentence1({
      {"Opposition", Upos::kNoun, 2, "compound"}, {"lawmakers", Upos::kNoun, 0, "root"},
      {"have", Upos::kAux, 4, "aux"},             {"denounced", Upos::kVerb, 2, "acl:relcl"},
      {"the", Upos::kDet, 6, "det"},              {"extension", Upos::kNoun, 4, "obj"},
      {".", Upos::kPunct, 2, "punct"},
  });
  doc.tokens[2].feats = "Mood=Ind|Tense=Pres|VerbForm=Fin";
  doc.tokens[3].feats = "Tense=Past|VerbForm=Part";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/compound 4/nsubj 4/aux 0/root 6/det 4/obj 4/punct");

  // A relative clause with its own subject (the relative pronoun) stays one.
  Document relative = Sentence1({
      {"The", Upos::kDet, 2, "det"},         {"man", Upos::kNoun, 0, "root"},
      {"who", Upos::kPron, 4, "nsubj"},      {"attacked", Upos::kVerb, 2, "acl:relcl"},
      {"guards", Upos::kNoun, 4, "obj"},
  });
  relative.tokens[3].feats = "Tense=Past|VerbForm=Fin";
  const ParseView r(relative, relative.sentences[0], "en");
  EXPECT_EQ(Tree(r), "2/det 0/root 4/nsubj 2/acl:relcl 4/obj");
}

TEST(EventsParseView, ACompoundReadAsABareInfinitiveIsTheObjectsCompound) {
  // "Soldiers and police fired tear gas at students", as the parser read it.
  Document fired = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"fired", Upos::kVerb, 0, "root"},
      {"tear", Upos::kVerb, 2, "xcomp"},   {"gas", Upos::kNoun, 3, "obj"},
      {"at", Upos::kAdp, 6, "case"},       {"students", Upos::kNoun, 4, "nmod"},
  });
  fired.tokens[2].feats = "VerbForm=Inf";
  const ParseView v(fired, fired.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/compound 2/obj 6/case 4/nmod");
  EXPECT_EQ(v.tok(2).upos, Upos::kNoun);

  // "help" takes a bare infinitive: "helped build schools" keeps it.
  Document helped = Sentence1({
      {"Donors", Upos::kNoun, 2, "nsubj"}, {"helped", Upos::kVerb, 0, "root"},
      {"build", Upos::kVerb, 2, "xcomp"},  {"schools", Upos::kNoun, 3, "obj"},
  });
  helped.tokens[1].lemma = "help";
  helped.tokens[2].feats = "VerbForm=Inf";
  const ParseView h(helped, helped.sentences[0], "en");
  EXPECT_EQ(Tree(h), "2/nsubj 0/root 2/xcomp 3/obj");

  // "Police used tear gas and water cannon to disperse them": the object of
  // "tear" is the coordination "gas and water cannon", headed by "cannon".
  Document coordination = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},   {"used", Upos::kVerb, 0, "root"},
      {"tear", Upos::kVerb, 2, "xcomp"},     {"gas", Upos::kNoun, 7, "compound"},
      {"and", Upos::kCconj, 7, "cc"},        {"water", Upos::kNoun, 7, "compound"},
      {"cannon", Upos::kNoun, 3, "obj"},     {"to", Upos::kPart, 9, "mark"},
      {"disperse", Upos::kVerb, 7, "acl"},   {"them", Upos::kPron, 9, "obj"},
  });
  coordination.tokens[2].feats = "VerbForm=Inf";
  coordination.tokens[8].feats = "VerbForm=Inf";
  const ParseView c(coordination, coordination.sentences[0], "en");
  // ... and "to disperse", hung on "cannon", is the verb's purpose
  // (MendPurposeReadAsModifierOfMeans).
  EXPECT_EQ(Tree(c), "2/nsubj 0/root 4/compound 7/compound 7/cc 7/compound 2/obj 9/mark 2/advcl 9/obj");
  EXPECT_EQ(c.tok(2).upos, Upos::kNoun);
}

TEST(EventsParseView, DirectlyCoordinatedVerbsShareTheirObject) {
  // "Soldiers beat and detained five protesters": the later verb's object.
  const Document later = Sentence1({
      {"Soldiers", Upos::kNoun, 2, "nsubj"}, {"beat", Upos::kVerb, 0, "root"},
      {"and", Upos::kCconj, 4, "cc"},        {"detained", Upos::kVerb, 2, "conj"},
      {"five", Upos::kNum, 6, "nummod"},     {"protesters", Upos::kNoun, 4, "obj"},
  });
  const ParseView v(later, later.sentences[0], "en");
  EXPECT_EQ(v.SharedObject(1), 5);
  EXPECT_TRUE(v.HasDirectObject(1));
  EXPECT_EQ(v.SharedObject(3), -1);  // it has its own

  // "Police beat and arrested dozens": the object parsed on the first verb.
  const Document first = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"beat", Upos::kVerb, 0, "root"},
      {"and", Upos::kCconj, 4, "cc"},      {"arrested", Upos::kVerb, 2, "conj"},
      {"dozens", Upos::kNoun, 2, "obj"},
  });
  const ParseView f(first, first.sentences[0], "en");
  EXPECT_EQ(f.SharedObject(3), 4);

  // "signed between the military and protest leaders": a dependent of the
  // first verb stands between the two, so nothing is shared.
  const Document apart = Sentence1({
      {"draft", Upos::kNoun, 0, "root"},  {"signed", Upos::kVerb, 1, "acl"},
      {"between", Upos::kAdp, 4, "case"}, {"military", Upos::kNoun, 2, "obl"},
      {"and", Upos::kCconj, 6, "cc"},     {"protest", Upos::kVerb, 2, "conj"},
      {"leaders", Upos::kNoun, 6, "obj"},
  });
  const ParseView a(apart, apart.sentences[0], "en");
  EXPECT_EQ(a.SharedObject(1), -1);
  EXPECT_FALSE(a.HasDirectObject(1));
}

TEST(EventsParseView, ASecondVerbReadAsTheObjectsAdjectiveIsAConjunct) {
  // "Security forces rounded up and detained dozens of young men".
  Document doc = Sentence1({
      {"forces", Upos::kNoun, 2, "nsubj"}, {"rounded", Upos::kVerb, 0, "root"},
      {"up", Upos::kAdp, 2, "compound:prt"}, {"and", Upos::kCconj, 5, "cc"},
      {"detained", Upos::kVerb, 6, "amod"}, {"dozens", Upos::kNoun, 2, "obj"},
  });
  doc.tokens[4].feats = "Tense=Past|VerbForm=Part";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 2/compound:prt 5/cc 2/conj 2/obj");
  EXPECT_EQ(v.SharedObject(4), 5);

  // Without its "and" it is the object's modifier: "seized detained vehicles".
  Document modifier = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"seized", Upos::kVerb, 0, "root"},
      {"detained", Upos::kVerb, 4, "amod"}, {"vehicles", Upos::kNoun, 2, "obj"},
  });
  modifier.tokens[2].feats = "Tense=Past|VerbForm=Part";
  const ParseView m(modifier, modifier.sentences[0], "en");
  EXPECT_EQ(Tree(m), "2/nsubj 0/root 4/amod 2/obj");
}

TEST(EventsParseView, APhrasalVerbsObjectReadAsAnObliqueIsItsObject) {
  // "Organizers called off Saturday's protest".
  const Document doc = Sentence1({
      {"Organizers", Upos::kNoun, 2, "nsubj"}, {"called", Upos::kVerb, 0, "root"},
      {"off", Upos::kAdp, 2, "compound:prt"},  {"Saturday", Upos::kPropn, 6, "nmod:poss"},
      {"'s", Upos::kPart, 4, "case"},           {"protest", Upos::kNoun, 2, "obl"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 2/compound:prt 6/nmod:poss 4/case 2/obj");

  // With a preposition of its own it stays an oblique: "called off in Lagos".
  const Document prep = Sentence1({
      {"Strikes", Upos::kNoun, 2, "nsubj"}, {"called", Upos::kVerb, 0, "root"},
      {"off", Upos::kAdp, 2, "compound:prt"}, {"in", Upos::kAdp, 5, "case"},
      {"Lagos", Upos::kPropn, 2, "obl"},
  });
  const ParseView p(prep, prep.sentences[0], "en");
  EXPECT_EQ(Tree(p), "2/nsubj 0/root 2/compound:prt 5/case 2/obl");

  // "Officers picked up three teenagers outside the stadium after the
  // match": the object hung as an unmarked modifier on the verb's oblique.
  const Document on_oblique = Sentence1({
      {"Officers", Upos::kNoun, 2, "nsubj"},         {"picked", Upos::kVerb, 0, "root"},
      {"up", Upos::kAdp, 2, "compound:prt"},         {"three", Upos::kNum, 5, "nummod"},
      {"teenagers", Upos::kNoun, 8, "nmod:unmarked"}, {"after", Upos::kAdp, 8, "case"},
      {"the", Upos::kDet, 8, "det"},                 {"match", Upos::kNoun, 2, "obl"},
  });
  const ParseView t(on_oblique, on_oblique.sentences[0], "en");
  EXPECT_EQ(Tree(t), "2/nsubj 0/root 2/compound:prt 5/nummod 2/obj 8/case 8/det 2/obl");
}

TEST(EventsParseView, ACountedNominalReadAsAnUnmarkedObliqueIsTheObject) {
  // "Bandits killed five residents of Kaduna", as a parser with fewer
  // feature templates reads it: "residents" an obl:unmarked of "killed".
  const Document doc = Sentence1({
      {"Bandits", Upos::kNoun, 2, "nsubj"}, {"killed", Upos::kVerb, 0, "root"},
      {"five", Upos::kNum, 4, "nummod"},     {"residents", Upos::kNoun, 2, "obl:unmarked"},
      {"of", Upos::kAdp, 6, "case"},         {"Kaduna", Upos::kPropn, 4, "nmod"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/nummod 2/obj 6/case 4/nmod");

  // A bare singular noun stays an oblique: "Hundreds of refugees went home".
  const Document home = Sentence1({
      {"Refugees", Upos::kNoun, 2, "nsubj"}, {"went", Upos::kVerb, 0, "root"},
      {"home", Upos::kNoun, 2, "obl:unmarked"},
  });
  const ParseView h(home, home.sentences[0], "en");
  EXPECT_EQ(Tree(h), "2/nsubj 0/root 2/obl:unmarked");

  // So does one not right after the verb ("arrived in Kano the day ...").
  const Document later = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"arrived", Upos::kVerb, 0, "root"},
      {"in", Upos::kAdp, 4, "case"},       {"Kano", Upos::kPropn, 2, "obl"},
      {"the", Upos::kDet, 6, "det"},       {"day", Upos::kNoun, 2, "obl:unmarked"},
  });
  const ParseView l(later, later.sentences[0], "en");
  EXPECT_EQ(Tree(l), "2/nsubj 0/root 4/case 2/obl 6/det 2/obl:unmarked");
}

TEST(EventsParseView, AParticipleAfterTheObjectOfSeeIsItsPredicate) {
  // "Jakarta has seen hundreds of students arrested", with "arrested" read
  // as an adverbial clause of "seen".
  Document doc = Sentence1({
      {"Jakarta", Upos::kPropn, 3, "nsubj"}, {"has", Upos::kAux, 3, "aux"},
      {"seen", Upos::kVerb, 0, "root"},       {"hundreds", Upos::kNoun, 3, "obj"},
      {"of", Upos::kAdp, 6, "case"},          {"students", Upos::kNoun, 4, "nmod"},
      {"arrested", Upos::kVerb, 3, "advcl"},
  });
  doc.tokens[6].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  doc.tokens[2].lemma = "see";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "3/nsubj 3/aux 0/root 3/obj 6/case 4/nmod 3/xcomp");

  // After another verb the participle may be the subject's: "Police
  // dispersed the crowd armed with batons" stays as parsed.
  Document dispersed = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"dispersed", Upos::kVerb, 0, "root"},
      {"the", Upos::kDet, 4, "det"},       {"crowd", Upos::kNoun, 2, "obj"},
      {"armed", Upos::kVerb, 2, "advcl"},  {"with", Upos::kAdp, 7, "case"},
      {"batons", Upos::kNoun, 5, "obl"},
  });
  dispersed.tokens[4].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  dispersed.tokens[1].lemma = "disperse";
  const ParseView d(dispersed, dispersed.sentences[0], "en");
  EXPECT_EQ(Tree(d), "2/nsubj 0/root 4/det 2/obj 2/advcl 7/case 5/obl");
}

TEST(EventsParseView, AnInfinitiveAfterTheObjectOfPreventIsItsComplement) {
  // "These laws prevent humanitarian actors to negotiate", the infinitive
  // read as an adverbial clause (a purpose) of "prevent".
  Document doc = Sentence1({
      {"laws", Upos::kNoun, 2, "nsubj"},      {"prevent", Upos::kVerb, 0, "root"},
      {"humanitarian", Upos::kAdj, 4, "amod"}, {"actors", Upos::kNoun, 2, "obj"},
      {"to", Upos::kPart, 6, "mark"},          {"negotiate", Upos::kVerb, 2, "advcl"},
  });
  doc.tokens[5].feats = "VerbForm=Inf";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/amod 2/obj 6/mark 2/xcomp");

  // After another verb it is a purpose: "Police arrested protesters to
  // restore order" stays as parsed.
  Document purpose = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},  {"arrested", Upos::kVerb, 0, "root"},
      {"protesters", Upos::kNoun, 2, "obj"}, {"to", Upos::kPart, 5, "mark"},
      {"restore", Upos::kVerb, 2, "advcl"},  {"order", Upos::kNoun, 5, "obj"},
  });
  purpose.tokens[4].feats = "VerbForm=Inf";
  const ParseView p(purpose, purpose.sentences[0], "en");
  EXPECT_EQ(Tree(p), "2/nsubj 0/root 2/obj 5/mark 2/advcl 5/obj");

  // Hung on the object as its modifier: "The law allows police to detain
  // suspects".
  Document on_object = Sentence1({
      {"law", Upos::kNoun, 2, "nsubj"},  {"allows", Upos::kVerb, 0, "root"},
      {"police", Upos::kNoun, 2, "obj"}, {"to", Upos::kPart, 5, "mark"},
      {"detain", Upos::kVerb, 3, "acl"}, {"suspects", Upos::kNoun, 5, "obj"},
  });
  on_object.tokens[4].feats = "VerbForm=Inf";
  on_object.tokens[1].lemma = "allow";
  const ParseView o(on_object, on_object.sentences[0], "en");
  EXPECT_EQ(Tree(o), "2/nsubj 0/root 2/obj 5/mark 2/xcomp 5/obj");
}

TEST(EventsParseView, ACircumstanceOnTheObjectIsTheVerbs) {
  // "police arrested 12 students during a protest", "during a protest" read
  // as a modifier of "students".
  const Document doc = Sentence1({
      {"police", Upos::kNoun, 2, "nsubj"}, {"arrested", Upos::kVerb, 0, "root"},
      {"12", Upos::kNum, 4, "nummod"},     {"students", Upos::kNoun, 2, "obj"},
      {"during", Upos::kAdp, 7, "case"},   {"a", Upos::kDet, 7, "det"},
      {"protest", Upos::kNoun, 4, "nmod"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/nummod 2/obj 7/case 7/det 2/obl");

  // "Serb forces killed three ethnic Albanians in a gunbattle": a fight.
  Document fight = Sentence1({
      {"forces", Upos::kNoun, 2, "nsubj"},    {"killed", Upos::kVerb, 0, "root"},
      {"three", Upos::kNum, 4, "nummod"},     {"Albanians", Upos::kPropn, 2, "obj"},
      {"in", Upos::kAdp, 7, "case"},          {"a", Upos::kDet, 7, "det"},
      {"gunbattle", Upos::kNoun, 4, "nmod"},
  });
  const ParseView f(fight, fight.sentences[0], "en");
  EXPECT_EQ(Tree(f), "2/nsubj 0/root 4/nummod 2/obj 7/case 7/det 2/obl");

  // "Militants attacked a passenger train Tuesday": a time.
  Document day = Sentence1({
      {"Militants", Upos::kNoun, 2, "nsubj"}, {"attacked", Upos::kVerb, 0, "root"},
      {"a", Upos::kDet, 5, "det"},            {"passenger", Upos::kNoun, 5, "compound"},
      {"train", Upos::kNoun, 2, "obj"},       {"Tuesday", Upos::kPropn, 5, "obl:unmarked"},
  });
  AddTime(&day, 5, 6);
  const ParseView d(day, day.sentences[0], "en");
  EXPECT_EQ(Tree(d), "2/nsubj 0/root 5/det 5/compound 2/obj 2/obl:unmarked");

  // A place stays the object's: "arrested 12 students in Conakry".
  Document place = Sentence1({
      {"police", Upos::kNoun, 2, "nsubj"}, {"arrested", Upos::kVerb, 0, "root"},
      {"12", Upos::kNum, 4, "nummod"},     {"students", Upos::kNoun, 2, "obj"},
      {"in", Upos::kAdp, 6, "case"},       {"Conakry", Upos::kPropn, 4, "nmod"},
  });
  const ParseView p(place, place.sentences[0], "en");
  EXPECT_EQ(Tree(p), "2/nsubj 0/root 4/nummod 2/obj 6/case 4/nmod");
}

// Spanish wire copy puts the day between the verb and its argument, and the
// parser read the day as the argument with the argument its modifier
// (parses as the shipped Spanish parser made them).
TEST(EventsParseView, AnArgumentReadAsTheModifierOfADayIsTheVerbs) {
  // "La policía detuvo este lunes a cinco manifestantes": the day the object.
  Document arrest = Sentence1({
      {"La", Upos::kDet, 2, "det"},
      {"policía", Upos::kNoun, 3, "nsubj"},
      {"detuvo", Upos::kVerb, 0, "root"},
      {"este", Upos::kDet, 5, "det"},
      {"lunes", Upos::kNoun, 3, "obj"},
      {"a", Upos::kAdp, 8, "case"},
      {"cinco", Upos::kNum, 8, "nummod"},
      {"manifestantes", Upos::kNoun, 5, "nmod"},
  });
  AddTime(&arrest, 3, 5);
  const ParseView a(arrest, arrest.sentences[0], "es");
  EXPECT_EQ(Tree(a), "2/det 3/nsubj 0/root 5/det 3/obl 8/case 8/nummod 3/obj");

  // "El ejército bombardeó el domingo la ciudad": the day a second subject,
  // the object its apposition.
  Document bombing = Sentence1({
      {"El", Upos::kDet, 2, "det"},
      {"ejército", Upos::kNoun, 3, "nsubj"},
      {"bombardeó", Upos::kVerb, 0, "root"},
      {"el", Upos::kDet, 5, "det"},
      {"domingo", Upos::kPropn, 3, "nsubj"},
      {"la", Upos::kDet, 7, "det"},
      {"ciudad", Upos::kNoun, 5, "appos"},
  });
  AddTime(&bombing, 3, 5);
  const ParseView b(bombing, bombing.sentences[0], "es");
  EXPECT_EQ(Tree(b), "2/det 3/nsubj 0/root 5/det 3/obl 7/det 3/obj");

  // "Tres soldados murieron el lunes en un ataque": a modifier with a
  // preposition is the verb's oblique.
  Document deaths = Sentence1({
      {"Tres", Upos::kNum, 2, "nummod"},
      {"soldados", Upos::kNoun, 3, "nsubj"},
      {"murieron", Upos::kVerb, 0, "root"},
      {"el", Upos::kDet, 5, "det"},
      {"lunes", Upos::kNoun, 3, "obj"},
      {"en", Upos::kAdp, 8, "case"},
      {"un", Upos::kDet, 8, "det"},
      {"ataque", Upos::kNoun, 5, "nmod"},
  });
  AddTime(&deaths, 3, 5);
  const ParseView d(deaths, deaths.sentences[0], "es");
  EXPECT_EQ(Tree(d), "2/nummod 3/nsubj 0/root 5/det 3/obl 8/case 8/det 3/obl");

  // The time's own words stay: "el miércoles por la mañana" (all a time).
  Document morning = Sentence1({
      {"bloquearon", Upos::kVerb, 0, "root"},
      {"el", Upos::kDet, 3, "det"},
      {"miércoles", Upos::kNoun, 1, "obj"},
      {"por", Upos::kAdp, 6, "case"},
      {"la", Upos::kDet, 6, "det"},
      {"mañana", Upos::kNoun, 3, "nmod"},
  });
  AddTime(&morning, 1, 6);
  const ParseView m(morning, morning.sentences[0], "es");
  EXPECT_EQ(Tree(m), "0/root 3/det 1/obj 6/case 6/det 3/nmod");

  // An "of" phrase is the time's: "led eight hours of talks" (a duration).
  Document talks = Sentence1({
      {"Rubio", Upos::kPropn, 2, "nsubj"},
      {"led", Upos::kVerb, 0, "root"},
      {"eight", Upos::kNum, 4, "nummod"},
      {"hours", Upos::kNoun, 2, "obj"},
      {"of", Upos::kAdp, 6, "case"},
      {"talks", Upos::kNoun, 4, "nmod"},
  });
  AddTime(&talks, 2, 4);
  const ParseView t(talks, talks.sentences[0], "en");
  EXPECT_EQ(Tree(t), "2/nsubj 0/root 4/nummod 2/obj 6/case 4/nmod");
}

TEST(EventsParseView, AThatClauseReadAsAdverbialIsAComplement) {
  // "Mubarak said here Wednesday that the US must be ready": the "that"
  // clause hung on "said" as an adverbial clause.
  const Document doc = Sentence1({
      {"Mubarak", Upos::kPropn, 2, "nsubj"}, {"said", Upos::kVerb, 0, "root"},
      {"that", Upos::kSconj, 6, "mark"},     {"the", Upos::kDet, 5, "det"},
      {"US", Upos::kPropn, 6, "nsubj"},      {"ready", Upos::kAdj, 2, "advcl"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 6/mark 5/det 6/nsubj 2/ccomp");

  // "so that" is adverbial: "They fled so that they could live".
  const Document so = Sentence1({
      {"They", Upos::kPron, 2, "nsubj"}, {"fled", Upos::kVerb, 0, "root"},
      {"so", Upos::kAdv, 6, "mark"},     {"that", Upos::kSconj, 3, "fixed"},
      {"they", Upos::kPron, 6, "nsubj"}, {"live", Upos::kVerb, 2, "advcl"},
  });
  const ParseView s(so, so.sentences[0], "en");
  EXPECT_EQ(Tree(s), "2/nsubj 0/root 6/mark 3/fixed 6/nsubj 2/advcl");
}

TEST(EventsParseView, WhomAThingIsAskedOfOrGivenToIsTheVerbs) {
  // "to demand higher wages from the government", "from the government"
  // read as a modifier of "wages".
  Document doc = Sentence1({
      {"to", Upos::kPart, 2, "mark"},    {"demand", Upos::kVerb, 0, "root"},
      {"higher", Upos::kAdj, 4, "amod"}, {"wages", Upos::kNoun, 2, "obj"},
      {"from", Upos::kAdp, 7, "case"},   {"the", Upos::kDet, 7, "det"},
      {"government", Upos::kNoun, 4, "nmod"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/mark 0/root 4/amod 2/obj 7/case 7/det 2/obl");

  // After another verb it may be the object's: "arrested five men from the
  // village" stays as parsed.
  Document men = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"arrested", Upos::kVerb, 0, "root"},
      {"five", Upos::kNum, 4, "nummod"},   {"men", Upos::kNoun, 2, "obj"},
      {"from", Upos::kAdp, 7, "case"},     {"the", Upos::kDet, 7, "det"},
      {"village", Upos::kNoun, 4, "nmod"},
  });
  const ParseView m(men, men.sentences[0], "en");
  EXPECT_EQ(Tree(m), "2/nsubj 0/root 4/nummod 2/obj 7/case 7/det 4/nmod");

  // The receiver of a verb of giving: "MONUSCO handed over its base to the
  // army", "over" read as the base's preposition and "to the army" hung on
  // the base.
  const Document base = Sentence1({
      {"MONUSCO", Upos::kPropn, 2, "nsubj"}, {"handed", Upos::kVerb, 0, "root"},
      {"over", Upos::kAdp, 5, "case"},       {"its", Upos::kPron, 5, "nmod:poss"},
      {"base", Upos::kNoun, 2, "obl"},       {"to", Upos::kAdp, 8, "case"},
      {"the", Upos::kDet, 8, "det"},         {"army", Upos::kNoun, 5, "nmod"},
  });
  const ParseView b(base, base.sentences[0], "en");
  EXPECT_EQ(Tree(b), "2/nsubj 0/root 5/case 5/nmod:poss 2/obl 8/case 8/det 2/obl");
}

TEST(EventsParseView, APredicateHungOnTheSubjectsRelativeClauseIsTheSentences) {
  // "The reporter, who is known for coverage, had been in pretrial
  // detention": rooted in "reporter", the predicate a parataxis of "known".
  const Document doc = Sentence1({
      {"The", Upos::kDet, 2, "det"},           {"reporter", Upos::kNoun, 0, "root"},
      {",", Upos::kPunct, 6, "punct"},          {"who", Upos::kPron, 6, "nsubj:pass"},
      {"is", Upos::kAux, 6, "aux:pass"},        {"known", Upos::kVerb, 2, "acl:relcl"},
      {"for", Upos::kAdp, 8, "case"},           {"coverage", Upos::kNoun, 6, "obl"},
      {",", Upos::kPunct, 14, "punct"},         {"had", Upos::kAux, 14, "aux"},
      {"been", Upos::kAux, 14, "cop"},          {"in", Upos::kAdp, 14, "case"},
      {"pretrial", Upos::kNoun, 14, "compound"}, {"detention", Upos::kNoun, 6, "parataxis"},
      {".", Upos::kPunct, 2, "punct"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v),
            "2/det 14/nsubj 6/punct 6/nsubj:pass 6/aux:pass 2/acl:relcl 8/case 6/obl 14/punct 14/aux "
            "14/cop 14/case 14/compound 0/root 14/punct");
}

TEST(EventsParseView, ASayingClauseOnASubjectlessComplementIsSaidByTheSubject) {
  // "he wished to express the importance of the country presided over by
  // Aziz Ajanuch, saying that ...": "saying" hung on "presided", an xcomp of
  // "express", itself an xcomp of "wished".
  Document doc = Sentence1({
      {"he", Upos::kPron, 2, "nsubj"},          {"wished", Upos::kVerb, 0, "root"},
      {"to", Upos::kPart, 4, "mark"},           {"express", Upos::kVerb, 2, "xcomp"},
      {"importance", Upos::kNoun, 4, "obj"},    {"presided", Upos::kVerb, 4, "xcomp"},
      {"by", Upos::kAdp, 8, "case"},            {"Ajanuch", Upos::kPropn, 6, "obl"},
      {",", Upos::kPunct, 10, "punct"},         {"saying", Upos::kVerb, 6, "advcl"},
  });
  doc.tokens[9].feats = "VerbForm=Ger";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/mark 2/xcomp 4/obj 4/xcomp 8/case 6/obl 10/punct 2/advcl");
}

TEST(EventsParseView, TheObjectOfShotDeadReadAsAConjunctIsTheObject) {
  // "Unknown gunmen shot dead a police officer": "shot" a noun hung on
  // "gunmen", "officer" its conjunct with no "and".
  Document doc = Sentence1({
      {"Unknown", Upos::kAdj, 2, "amod"}, {"gunmen", Upos::kNoun, 0, "root"},
      {"shot", Upos::kNoun, 2, "nmod"},   {"dead", Upos::kAdj, 7, "amod"},
      {"a", Upos::kDet, 7, "det"},        {"police", Upos::kNoun, 7, "compound"},
      {"officer", Upos::kNoun, 3, "conj"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(v.head(2), -1);
  EXPECT_EQ(v.rel(1), "nsubj");
  EXPECT_EQ(v.head(6), 2);
  EXPECT_EQ(v.rel(6), "obj");
}

TEST(EventsParseView, AVerbReadAsTheSubjectOfItsObjectInAQuestionHeadsIt) {
  // "Why did police arrest the journalists?": "journalists" the root with
  // the auxiliary, "arrest" (a noun, "police" its compound) its subject.
  const Document doc = Sentence1({
      {"Why", Upos::kAdv, 6, "advmod"},     {"did", Upos::kAux, 6, "aux"},
      {"police", Upos::kNoun, 4, "compound"}, {"arrest", Upos::kNoun, 6, "nsubj"},
      {"the", Upos::kDet, 6, "det"},         {"journalists", Upos::kNoun, 0, "root"},
      {"?", Upos::kPunct, 6, "punct"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "4/advmod 4/aux 4/nsubj 0/root 6/det 4/obj 4/punct");
  EXPECT_EQ(v.tok(3).upos, Upos::kVerb);
}

TEST(EventsParseView, APurposeHungOnTheMeansIsTheVerbs) {
  // "Egyptian police opened fire to disperse demonstrators", "to disperse"
  // hung on "fire".
  Document doc = Sentence1({
      {"police", Upos::kNoun, 2, "nsubj"}, {"opened", Upos::kVerb, 0, "root"},
      {"fire", Upos::kNoun, 2, "obj"},     {"to", Upos::kPart, 5, "mark"},
      {"disperse", Upos::kVerb, 3, "acl"}, {"demonstrators", Upos::kNoun, 5, "obj"},
  });
  doc.tokens[4].feats = "VerbForm=Inf";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 2/obj 5/mark 2/advcl 5/obj");

  // A noun that takes an infinitive keeps it: "made efforts to disperse".
  Document efforts = Sentence1({
      {"police", Upos::kNoun, 2, "nsubj"},    {"made", Upos::kVerb, 0, "root"},
      {"efforts", Upos::kNoun, 2, "obj"},     {"to", Upos::kPart, 5, "mark"},
      {"disperse", Upos::kVerb, 3, "acl"},    {"demonstrators", Upos::kNoun, 5, "obj"},
  });
  efforts.tokens[4].feats = "VerbForm=Inf";
  const ParseView e(efforts, efforts.sentences[0], "en");
  EXPECT_EQ(Tree(e), "2/nsubj 0/root 2/obj 5/mark 3/acl 5/obj");
}

TEST(EventsParseView, AHeadReadAsTheSubjectOfItsModifierHeadsIt) {
  // "signs that their crackdown on human rights ...": "rights" made the head,
  // with "crackdown" its subject.
  const Document doc = Sentence1({
      {"signs", Upos::kNoun, 0, "root"},         {"that", Upos::kPron, 1, "nmod"},
      {"their", Upos::kPron, 4, "nmod:poss"},     {"crackdown", Upos::kNoun, 7, "nsubj"},
      {"on", Upos::kAdp, 7, "case"},              {"human", Upos::kAdj, 7, "amod"},
      {"rights", Upos::kNoun, 2, "acl:relcl"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "0/root 1/nmod 4/nmod:poss 2/acl:relcl 7/case 7/amod 4/nmod");
}

TEST(EventsParseView, APhraseLedByEspeciallyIsAnApposition) {
  // "human rights, especially the rights of women", "rights" a conjunct.
  const Document doc = Sentence1({
      {"human", Upos::kAdj, 2, "amod"},        {"rights", Upos::kNoun, 0, "root"},
      {",", Upos::kPunct, 6, "punct"},         {"especially", Upos::kAdv, 6, "advmod"},
      {"the", Upos::kDet, 6, "det"},           {"rights", Upos::kNoun, 2, "conj"},
      {"of", Upos::kAdp, 8, "case"},           {"women", Upos::kNoun, 6, "nmod"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/amod 0/root 6/punct 6/advmod 6/det 2/appos 8/case 6/nmod");
}

TEST(EventsParseView, AMainVerbReadAsTheComplementOfARelativeClauseHeadsTheSentence) {
  // "Foreign bloggers who praise China rapidly gain popularity", read as
  // "praise [China gains popularity]".
  Document doc = Sentence1({
      {"Foreign", Upos::kAdj, 2, "amod"},   {"bloggers", Upos::kNoun, 0, "root"},
      {"who", Upos::kPron, 4, "nsubj"},      {"praise", Upos::kVerb, 2, "acl:relcl"},
      {"China", Upos::kPropn, 7, "nsubj"},   {"rapidly", Upos::kAdv, 7, "advmod"},
      {"gain", Upos::kVerb, 4, "ccomp"},     {"popularity", Upos::kNoun, 7, "obj"},
  });
  doc.tokens[6].feats = "Mood=Ind|Tense=Pres|VerbForm=Fin";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/amod 7/nsubj 4/nsubj 2/acl:relcl 4/obj 7/advmod 0/root 7/obj");

  // A verb of saying takes such a clause: "Officials who said China gains
  // ..." stays.
  Document said = doc;
  said.tokens[3].form = "say";
  said.tokens[3].lemma = "say";
  const ParseView s(said, said.sentences[0], "en");
  EXPECT_EQ(Tree(s), "2/amod 0/root 4/nsubj 2/acl:relcl 7/nsubj 7/advmod 4/ccomp 7/obj");
}

TEST(EventsParseView, AConjunctReadAsASecondSubjectIsTheFirstsConjunct) {
  // "The police and the gendarmerie arrested 12 people": the second
  // conjunct, with its "and", read as a second subject of the verb.
  const Document doc = Sentence1({
      {"The", Upos::kDet, 2, "det"},          {"police", Upos::kNoun, 6, "nsubj"},
      {"and", Upos::kCconj, 5, "cc"},         {"the", Upos::kDet, 5, "det"},
      {"gendarmerie", Upos::kNoun, 6, "nsubj"}, {"arrested", Upos::kVerb, 0, "root"},
      {"12", Upos::kNum, 8, "nummod"},        {"people", Upos::kNoun, 6, "obj"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/det 6/nsubj 5/cc 5/det 2/conj 0/root 8/nummod 6/obj");

  // The subject of a coordinated clause is not the first subject's
  // conjunct: "Police arrived and soldiers left".
  const Document clauses = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"}, {"arrived", Upos::kVerb, 0, "root"},
      {"and", Upos::kCconj, 5, "cc"},      {"soldiers", Upos::kNoun, 5, "nsubj"},
      {"left", Upos::kVerb, 2, "conj"},
  });
  const ParseView c(clauses, clauses.sentences[0], "en");
  EXPECT_EQ(Tree(c), "2/nsubj 0/root 5/cc 5/nsubj 2/conj");
}

TEST(EventsParseView, APassiveSubjectWithoutAuxiliaryOfAVerbWithAnObjectIsPlain) {
  // "Wagner Group set up a base": no passive auxiliary, and a direct object.
  const Document doc = Sentence1({
      {"Wagner", Upos::kPropn, 3, "nsubj:pass"}, {"Group", Upos::kPropn, 1, "flat"},
      {"set", Upos::kVerb, 0, "root"},           {"up", Upos::kAdp, 3, "compound:prt"},
      {"a", Upos::kDet, 6, "det"},               {"base", Upos::kNoun, 3, "obj"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "3/nsubj 1/flat 0/root 3/compound:prt 6/det 3/obj");
  EXPECT_FALSE(v.IsPassive(2));

  // "He was given a warning": a passive with an object keeps its subject.
  const Document given = Sentence1({
      {"He", Upos::kPron, 3, "nsubj:pass"}, {"was", Upos::kAux, 3, "aux:pass"},
      {"given", Upos::kVerb, 0, "root"},    {"a", Upos::kDet, 5, "det"},
      {"warning", Upos::kNoun, 3, "obj"},
  });
  const ParseView g(given, given.sentences[0], "en");
  EXPECT_EQ(Tree(g), "3/nsubj:pass 3/aux:pass 0/root 5/det 3/obj");
}

TEST(EventsParseView, AReportingClauseAfterACommaIsAParataxis) {
  // "Looters arrested in Johannesburg, police say": "say" read as the
  // complement of "arrested".
  const Document doc = Sentence1({
      {"Looters", Upos::kPropn, 2, "nsubj"}, {"arrested", Upos::kVerb, 0, "root"},
      {"in", Upos::kAdp, 4, "case"},         {"Johannesburg", Upos::kPropn, 2, "obl"},
      {",", Upos::kPunct, 7, "punct"},       {"police", Upos::kNoun, 7, "nsubj"},
      {"say", Upos::kVerb, 2, "ccomp"},      {".", Upos::kPunct, 7, "punct"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/case 2/obl 7/punct 7/nsubj 2/parataxis 7/punct");

  // "... has agreed to set up a center, officials said Thursday": read as a
  // conjunct with no conjunction.
  const Document conj = Sentence1({
      {"APEC", Upos::kPropn, 2, "nsubj"},    {"agreed", Upos::kVerb, 0, "root"},
      {"to", Upos::kPart, 4, "mark"},        {"meet", Upos::kVerb, 2, "xcomp"},
      {",", Upos::kPunct, 6, "punct"},       {"officials", Upos::kNoun, 7, "nsubj"},
      {"said", Upos::kVerb, 2, "conj"},      {"Thursday", Upos::kPropn, 7, "obl:unmarked"},
      {".", Upos::kPunct, 7, "punct"},
  });
  const ParseView j(conj, conj.sentences[0], "en");
  EXPECT_EQ(Tree(j), "2/nsubj 0/root 4/mark 2/xcomp 6/punct 7/nsubj 2/parataxis 7/obl:unmarked 7/punct");

  // A coordinated clause keeps its conjunction: "Police arrived, and
  // protesters left".
  const Document and_clause = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},   {"arrived", Upos::kVerb, 0, "root"},
      {",", Upos::kPunct, 6, "punct"},       {"and", Upos::kCconj, 6, "cc"},
      {"protesters", Upos::kNoun, 6, "nsubj"}, {"left", Upos::kVerb, 2, "conj"},
  });
  const ParseView a(and_clause, and_clause.sentences[0], "en");
  EXPECT_EQ(Tree(a), "2/nsubj 0/root 6/punct 6/cc 6/nsubj 2/conj");

  // A clause with a content of its own stays a complement: "He warned,
  // police say, that they left" read with the content on "say".
  const Document marked = Sentence1({
      {"He", Upos::kPron, 2, "nsubj"},   {"warned", Upos::kVerb, 0, "root"},
      {",", Upos::kPunct, 5, "punct"},   {"police", Upos::kNoun, 5, "nsubj"},
      {"say", Upos::kVerb, 2, "ccomp"},  {"that", Upos::kSconj, 8, "mark"},
      {"they", Upos::kPron, 8, "nsubj"}, {"left", Upos::kVerb, 5, "ccomp"},
  });
  const ParseView m(marked, marked.sentences[0], "en");
  EXPECT_EQ(Tree(m), "2/nsubj 0/root 5/punct 5/nsubj 2/ccomp 8/mark 8/nsubj 5/ccomp");
}

TEST(EventsParseView, ADayReadAsASubjectOfTheComplementIsTheReportingVerbsTime) {
  // "Mubarak said here Wednesday that the US must be ready to mediate", with
  // "Wednesday" a second subject of "ready" (the times stage found the day).
  Document doc = Sentence1({
      {"Mubarak", Upos::kPropn, 2, "nsubj"}, {"said", Upos::kVerb, 0, "root"},
      {"here", Upos::kAdv, 2, "advmod"},     {"Wednesday", Upos::kPropn, 9, "nsubj"},
      {"that", Upos::kSconj, 9, "mark"},     {"the", Upos::kDet, 7, "det"},
      {"US", Upos::kPropn, 9, "nsubj"},      {"must", Upos::kAux, 9, "aux"},
      {"ready", Upos::kAdj, 2, "ccomp"},
  });
  AddTime(&doc, 3, 4);
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 2/advmod 2/obl:tmod 9/mark 7/det 9/nsubj 9/aux 2/ccomp");

  // A word the times stage did not find a time in is left alone.
  doc.times.clear();
  const ParseView n(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(n), "2/nsubj 0/root 2/advmod 9/nsubj 9/mark 7/det 9/nsubj 9/aux 2/ccomp");
}

TEST(EventsParseView, AComplementReadAsAClauseOfTheVerbsDayIsTheVerbs) {
  // "Mubarak said here Wednesday that the US must be ready", as W21 parsed
  // it: "Wednesday" the verb's unmarked oblique, "ready" its clausal modifier.
  Document doc = Sentence1({
      {"Mubarak", Upos::kPropn, 2, "nsubj"}, {"said", Upos::kVerb, 0, "root"},
      {"here", Upos::kAdv, 2, "advmod"},     {"Wednesday", Upos::kPropn, 2, "obl:unmarked"},
      {"that", Upos::kSconj, 9, "mark"},     {"the", Upos::kDet, 7, "det"},
      {"US", Upos::kPropn, 9, "nsubj"},      {"must", Upos::kAux, 9, "aux"},
      {"ready", Upos::kAdj, 4, "acl"},
  });
  AddTime(&doc, 3, 4);
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 2/advmod 2/obl:unmarked 9/mark 7/det 9/nsubj 9/aux 2/ccomp");

  // A day with a preposition ("on Wednesday") can head a clause of its own:
  // kept.
  Document marked = Sentence1({
      {"Mubarak", Upos::kPropn, 2, "nsubj"}, {"said", Upos::kVerb, 0, "root"},
      {"on", Upos::kAdp, 4, "case"},         {"Wednesday", Upos::kPropn, 2, "obl"},
      {"that", Upos::kSconj, 9, "mark"},     {"the", Upos::kDet, 7, "det"},
      {"US", Upos::kPropn, 9, "nsubj"},      {"must", Upos::kAux, 9, "aux"},
      {"ready", Upos::kAdj, 4, "acl"},
  });
  AddTime(&marked, 3, 4);
  const ParseView m(marked, marked.sentences[0], "en");
  EXPECT_EQ(Tree(m), "2/nsubj 0/root 4/case 2/obl 9/mark 7/det 9/nsubj 9/aux 4/acl");
}

TEST(EventsParseView, AVerbReadAsARelativeOfAnInfinitivesSubjectHeadsTheSentence) {
  // "European Community foreign ministers agreed in principle to provide
  // aid", rooted in "to provide" with "agreed" the acl of its subject.
  Document doc = Sentence1({
      {"ministers", Upos::kNoun, 6, "nsubj"}, {"agreed", Upos::kVerb, 1, "acl"},
      {"in", Upos::kAdp, 4, "case"},          {"principle", Upos::kNoun, 2, "obl"},
      {"to", Upos::kPart, 6, "mark"},         {"provide", Upos::kVerb, 0, "root"},
      {"aid", Upos::kNoun, 6, "obj"},         {".", Upos::kPunct, 6, "punct"},
  });
  doc.tokens[1].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  doc.tokens[5].feats = "VerbForm=Inf";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/case 2/obl 6/mark 2/xcomp 6/obj 2/punct");

  // "... for ministers appointed last year to provide aid": an infinitive
  // after "for" has a subject of its own.
  Document for_clause = Sentence1({
      {"for", Upos::kSconj, 5, "mark"},      {"ministers", Upos::kNoun, 5, "nsubj"},
      {"appointed", Upos::kVerb, 2, "acl"},  {"to", Upos::kPart, 5, "mark"},
      {"provide", Upos::kVerb, 0, "root"},   {"aid", Upos::kNoun, 5, "obj"},
  });
  for_clause.tokens[2].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  for_clause.tokens[4].feats = "VerbForm=Inf";
  const ParseView f(for_clause, for_clause.sentences[0], "en");
  EXPECT_EQ(Tree(f), "5/mark 5/nsubj 2/acl 5/mark 0/root 5/obj");
}

TEST(EventsParseView, ANominalReadAsTheSubjectOfAPurposeInfinitiveIsTheVerbsOblique) {
  // "landowners began a hunger strike outside Parliament to demand the
  // return", with "outside" tagged an adjective and "Parliament" the subject
  // of "to demand", itself hung on the main verb's head.
  Document doc = Sentence1({
      {"landowners", Upos::kNoun, 2, "nsubj"}, {"began", Upos::kVerb, 0, "root"},
      {"a", Upos::kDet, 4, "det"},             {"strike", Upos::kNoun, 2, "obj"},
      {"outside", Upos::kAdj, 6, "amod"},      {"Parliament", Upos::kNoun, 8, "nsubj"},
      {"to", Upos::kPart, 8, "mark"},          {"demand", Upos::kVerb, 2, "ccomp"},
      {"the", Upos::kDet, 10, "det"},          {"return", Upos::kNoun, 8, "obj"},
  });
  doc.tokens[7].feats = "VerbForm=Inf";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/det 2/obj 6/amod 2/obl 8/mark 2/advcl 10/det 8/obj");

  // "urged the government to resign" read with "government" the subject of
  // "to resign": no object of a verb ends before it, so it is left alone.
  Document urged = Sentence1({
      {"Rebels", Upos::kNoun, 2, "nsubj"},     {"urged", Upos::kVerb, 0, "root"},
      {"the", Upos::kDet, 4, "det"},           {"government", Upos::kNoun, 6, "nsubj"},
      {"to", Upos::kPart, 6, "mark"},          {"resign", Upos::kVerb, 2, "ccomp"},
  });
  urged.tokens[5].feats = "VerbForm=Inf";
  const ParseView u(urged, urged.sentences[0], "en");
  EXPECT_EQ(Tree(u), "2/nsubj 0/root 4/det 6/nsubj 6/mark 2/ccomp");
}

TEST(EventsParseView, ADeterminerReadAsTheObjectGivesItBackToItsNoun) {
  // "... detonated an IED planted by ISWAP": "an" the object, "IED" the
  // compound of "planted", the acl of "an".
  const Document doc = Sentence1({
      {"Forces", Upos::kNoun, 2, "nsubj"},    {"detonated", Upos::kVerb, 0, "root"},
      {"an", Upos::kDet, 2, "obj"},           {"IED", Upos::kPropn, 5, "compound"},
      {"planted", Upos::kVerb, 3, "acl"},     {"by", Upos::kAdp, 7, "case"},
      {"ISWAP", Upos::kPropn, 5, "obl:agent"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/det 2/obj 4/acl 7/case 5/obl:agent");

  // W21 (models/README.md) reads "IED" as the subject of "planted", a
  // relative clause of "an": the same mend.
  Document subject = Sentence1({
      {"Forces", Upos::kNoun, 2, "nsubj"},    {"detonated", Upos::kVerb, 0, "root"},
      {"an", Upos::kDet, 2, "obj"},           {"IED", Upos::kPropn, 5, "nsubj:pass"},
      {"planted", Upos::kVerb, 3, "acl:relcl"}, {"by", Upos::kAdp, 7, "case"},
      {"ISWAP", Upos::kPropn, 5, "obl:agent"},
  });
  subject.tokens[4].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  const ParseView s(subject, subject.sentences[0], "en");
  EXPECT_EQ(Tree(s), "2/nsubj 0/root 4/det 2/obj 4/acl 7/case 5/obl:agent");

  // A relative clause with an auxiliary of its own is a clause: kept.
  const Document clause = Sentence1({
      {"Forces", Upos::kNoun, 2, "nsubj"},    {"found", Upos::kVerb, 0, "root"},
      {"those", Upos::kDet, 2, "obj"},        {"militants", Upos::kNoun, 6, "nsubj"},
      {"had", Upos::kAux, 6, "aux"},          {"planted", Upos::kVerb, 3, "acl:relcl"},
  });
  const ParseView c(clause, clause.sentences[0], "en");
  EXPECT_EQ(Tree(c), "2/nsubj 0/root 2/obj 6/nsubj 6/aux 3/acl:relcl");
}

TEST(EventsParseView, AnOfPhraseReadAsAClauseIsTheNounsModifier) {
  // "On 16 October 2021, gang members of 400 Mawozo kidnapped 17
  // missionaries", as W21 parsed it: the date the root, "members" its
  // apposition, "kidnapped" a relative clause of "members" with "of" its
  // marker, "400" its oblique and "Mawozo" its subject.
  Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},           {"16", Upos::kNum, 0, "root"},
      {"October", Upos::kPropn, 2, "nmod:unmarked"}, {"2021", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 7, "punct"},         {"gang", Upos::kNoun, 7, "compound"},
      {"members", Upos::kNoun, 2, "appos"},    {"of", Upos::kAdp, 11, "mark"},
      {"400", Upos::kNum, 11, "obl"},          {"Mawozo", Upos::kPropn, 11, "nsubj"},
      {"kidnapped", Upos::kVerb, 7, "acl"},    {"17", Upos::kNum, 13, "nummod"},
      {"missionaries", Upos::kNoun, 11, "obj"}, {".", Upos::kPunct, 2, "punct"},
  });
  doc.tokens[10].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView v(doc, doc.sentences[0], "en");
  // "of 400 Mawozo" is the gang's, and then "kidnapped" the main clause
  // (MendIntroductoryPhraseRoot) with the gang its subject.
  EXPECT_EQ(Tree(v),
            "2/case 11/obl 2/nmod:unmarked 2/nmod:unmarked 7/punct 7/compound 11/nsubj 10/case "
            "10/nummod 7/nmod 0/root 13/nummod 11/obj 11/punct");

  // "of" marking a gerund ("accused members of killing farmers") is kept.
  Document gerund = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},    {"accused", Upos::kVerb, 0, "root"},
      {"members", Upos::kNoun, 2, "obj"},     {"of", Upos::kSconj, 6, "mark"},
      {"gangs", Upos::kNoun, 6, "nsubj"},     {"killing", Upos::kVerb, 2, "advcl"},
      {"farmers", Upos::kNoun, 6, "obj"},
  });
  gerund.tokens[5].feats = "VerbForm=Ger";
  const ParseView g(gerund, gerund.sentences[0], "en");
  EXPECT_EQ(Tree(g), "2/nsubj 0/root 2/obj 6/mark 6/nsubj 2/advcl 6/obj");
}

TEST(EventsParseView, AWordAfterAClosingBracketHangsOutsideTheBrackets) {
  // "... dispersed protesters in Colombo (Western) with tear gas", as W21
  // parsed it: "gas" an oblique of the region in brackets.
  const Document doc = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},  {"dispersed", Upos::kVerb, 0, "root"},
      {"protesters", Upos::kNoun, 2, "obj"}, {"in", Upos::kAdp, 5, "case"},
      {"Colombo", Upos::kPropn, 3, "nmod"}, {"(", Upos::kPunct, 7, "punct"},
      {"Western", Upos::kAdj, 5, "appos"},  {")", Upos::kPunct, 7, "punct"},
      {"with", Upos::kAdp, 11, "case"},     {"tear", Upos::kNoun, 11, "compound"},
      {"gas", Upos::kNoun, 7, "obl"},       {".", Upos::kPunct, 2, "punct"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(v.head(10), 4);
  EXPECT_EQ(v.rel(10), "nmod");

  // Inside the brackets, it stays: "(Western with tear gas)".
  const Document inside = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},  {"dispersed", Upos::kVerb, 0, "root"},
      {"protesters", Upos::kNoun, 2, "obj"}, {"(", Upos::kPunct, 5, "punct"},
      {"Western", Upos::kAdj, 3, "appos"},  {"with", Upos::kAdp, 8, "case"},
      {"tear", Upos::kNoun, 8, "compound"}, {"gas", Upos::kNoun, 5, "obl"},
      {")", Upos::kPunct, 5, "punct"},
  });
  const ParseView i(inside, inside.sentences[0], "en");
  EXPECT_EQ(Tree(i), "2/nsubj 0/root 2/obj 5/punct 3/appos 8/case 8/compound 5/obl 5/punct");
}

TEST(EventsParseView, ANameAloneInBracketsIsTheAppositionOfTheWordBefore) {
  // "Houthi forces fired a ballistic missile at Marib city (Marib)", as W21
  // parsed it: the region an apposition of "missile".
  const Document doc = Sentence1({
      {"Houthi", Upos::kPropn, 2, "compound"}, {"forces", Upos::kNoun, 3, "nsubj"},
      {"fired", Upos::kVerb, 0, "root"},       {"a", Upos::kDet, 6, "det"},
      {"ballistic", Upos::kAdj, 6, "amod"},    {"missile", Upos::kNoun, 3, "obj"},
      {"at", Upos::kAdp, 9, "case"},           {"Marib", Upos::kPropn, 9, "compound"},
      {"city", Upos::kNoun, 6, "nmod"},        {"(", Upos::kPunct, 11, "punct"},
      {"Marib", Upos::kPropn, 6, "appos"},     {")", Upos::kPunct, 11, "punct"},
      {".", Upos::kPunct, 3, "punct"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(v.head(10), 8);
  EXPECT_EQ(v.rel(10), "appos");
  EXPECT_EQ(v.PhraseSpan(8, false).end, doc.tokens[11].span.end) << "the region is the city's";

  // "struck a car near Qamishli (Al-Hasakeh)": the region a discourse
  // dependent of the verb.
  const Document loose = Sentence1({
      {"drone", Upos::kNoun, 2, "nsubj"},      {"struck", Upos::kVerb, 0, "root"},
      {"a", Upos::kDet, 4, "det"},             {"car", Upos::kNoun, 2, "obj"},
      {"near", Upos::kAdp, 6, "case"},         {"Qamishli", Upos::kPropn, 4, "nmod"},
      {"(", Upos::kPunct, 8, "punct"},         {"Al-Hasakeh", Upos::kPropn, 2, "discourse"},
      {")", Upos::kPunct, 8, "punct"},
  });
  const ParseView l(loose, loose.sentences[0], "en");
  EXPECT_EQ(Tree(l), "2/nsubj 0/root 4/det 2/obj 6/case 4/nmod 8/punct 6/appos 8/punct");

  // A bracketed word the parser made a plain modifier of another word is
  // left alone: "(Western) tear gas", "Western" the gas's adjective.
  const Document amod = Sentence1({
      {"in", Upos::kAdp, 2, "case"},           {"Colombo", Upos::kPropn, 0, "root"},
      {"(", Upos::kPunct, 4, "punct"},         {"Western", Upos::kAdj, 8, "amod"},
      {")", Upos::kPunct, 4, "punct"},         {"with", Upos::kAdp, 8, "case"},
      {"tear", Upos::kNoun, 8, "compound"},    {"gas", Upos::kNoun, 2, "nmod"},
  });
  const ParseView a(amod, amod.sentences[0], "en");
  EXPECT_EQ(Tree(a), "2/case 0/root 4/punct 8/amod 4/punct 8/case 8/compound 2/nmod");
}

TEST(EventsParseView, AFiniteVerbReadAsTheComplementOfAReducedRelativeIsTheMainVerb) {
  // "On 14 March 2022, rockets fired by Hezbollah struck northern Israel", as
  // W21 parsed it: rooted in the date, "rockets" hung on the comma, "struck"
  // the xcomp of "fired".
  Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},            {"14", Upos::kNum, 0, "root"},
      {"March", Upos::kPropn, 2, "nmod:unmarked"}, {"2022", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 2, "punct"},          {"rockets", Upos::kNoun, 5, "nsubj:pass"},
      {"fired", Upos::kVerb, 6, "acl"},         {"by", Upos::kAdp, 9, "case"},
      {"Hezbollah", Upos::kPropn, 7, "obl:agent"}, {"struck", Upos::kVerb, 7, "xcomp"},
      {"northern", Upos::kAdj, 12, "amod"},     {"Israel", Upos::kPropn, 10, "obj"},
      {".", Upos::kPunct, 2, "punct"},
  });
  doc.tokens[6].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  doc.tokens[9].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v),
            "2/case 10/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 10/nsubj 6/acl 9/case "
            "7/obl:agent 0/root 12/amod 10/obj 10/punct");

  // An infinitive complement is one: the participle is the verb mended.
  doc.tokens[9].feats = "VerbForm=Inf";
  const ParseView i(doc, doc.sentences[0], "en");
  EXPECT_EQ(i.head(6), -1);
  EXPECT_EQ(i.rel(9), "xcomp");
}

TEST(EventsParseView, AControlVerbReadAsANounBeforeAnInfinitivesSubjectIsTheVerb) {
  // "The new law allows police to detain suspects": "allows" a noun
  // compound of "police", and "to detain" the root with "police" its subject.
  Document root_infinitive = Sentence1({
      {"The", Upos::kDet, 5, "det"},         {"new", Upos::kAdj, 5, "amod"},
      {"law", Upos::kNoun, 4, "compound"},   {"allows", Upos::kNoun, 5, "compound"},
      {"police", Upos::kNoun, 7, "nsubj"},   {"to", Upos::kPart, 7, "mark"},
      {"detain", Upos::kVerb, 0, "root"},    {"suspects", Upos::kNoun, 7, "obj"},
      {".", Upos::kPunct, 7, "punct"},
  });
  root_infinitive.tokens[3].lemma = "allow";
  root_infinitive.tokens[6].feats = "VerbForm=Inf";
  const ParseView v(root_infinitive, root_infinitive.sentences[0], "en");
  EXPECT_EQ(Tree(v), "3/det 3/amod 4/nsubj 0/root 4/obj 7/mark 4/xcomp 7/obj 4/punct");
  EXPECT_EQ(v.tok(3).upos, Upos::kVerb);

  // The same words rooted in "police", with "to detain" its modifier.
  Document noun_root = Sentence1({
      {"The", Upos::kDet, 5, "det"},         {"new", Upos::kAdj, 5, "amod"},
      {"law", Upos::kNoun, 4, "compound"},   {"allows", Upos::kNoun, 5, "compound"},
      {"police", Upos::kNoun, 0, "root"},    {"to", Upos::kPart, 7, "mark"},
      {"detain", Upos::kVerb, 5, "acl"},     {"suspects", Upos::kNoun, 7, "obj"},
      {".", Upos::kPunct, 5, "punct"},
  });
  noun_root.tokens[3].lemma = "allow";
  noun_root.tokens[6].feats = "VerbForm=Inf";
  const ParseView n(noun_root, noun_root.sentences[0], "en");
  EXPECT_EQ(Tree(n), "3/det 3/amod 4/nsubj 0/root 4/obj 7/mark 4/xcomp 7/obj 4/punct");

  // A headline's infinitive has a subject ("Kenya floods victims to get
  // aid"): "floods" is no verb that takes an object and an infinitive.
  Document headline = Sentence1({
      {"Kenya", Upos::kPropn, 3, "compound"}, {"floods", Upos::kNoun, 3, "compound"},
      {"victims", Upos::kNoun, 5, "nsubj"},   {"to", Upos::kPart, 5, "mark"},
      {"get", Upos::kVerb, 0, "root"},        {"aid", Upos::kNoun, 5, "obj"},
  });
  headline.tokens[1].lemma = "flood";
  headline.tokens[4].feats = "VerbForm=Inf";
  const ParseView h(headline, headline.sentences[0], "en");
  EXPECT_EQ(Tree(h), "3/compound 3/compound 5/nsubj 5/mark 0/root 5/obj");
}

TEST(EventsParseView, AClauseWhoseSubjectIsWhoIsARelativeClause) {
  // "... let the Uyghurs who remain in its custody settle elsewhere":
  // "remain" hung on "let" as an adverbial clause.
  const Document doc = Sentence1({
      {"They", Upos::kPron, 2, "nsubj"},     {"let", Upos::kVerb, 0, "root"},
      {"the", Upos::kDet, 4, "det"},         {"Uyghurs", Upos::kPropn, 2, "obj"},
      {"who", Upos::kPron, 6, "nsubj"},      {"remain", Upos::kVerb, 2, "advcl"},
      {"in", Upos::kAdp, 8, "case"},         {"custody", Upos::kNoun, 6, "obl"},
      {"settle", Upos::kVerb, 2, "xcomp"},
  });
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/nsubj 0/root 4/det 2/obj 6/nsubj 4/acl:relcl 8/case 6/obl 2/xcomp");

  // An embedded question is a complement, not an adverbial clause: kept.
  const Document question = Sentence1({
      {"Police", Upos::kNoun, 2, "nsubj"},   {"asked", Upos::kVerb, 0, "root"},
      {"witnesses", Upos::kNoun, 2, "iobj"}, {"who", Upos::kPron, 5, "nsubj"},
      {"fired", Upos::kVerb, 2, "ccomp"},
  });
  const ParseView q(question, question.sentences[0], "en");
  EXPECT_EQ(Tree(q), "2/nsubj 0/root 2/iobj 5/nsubj 2/ccomp");
}

TEST(EventsParseView, ASubjectSplitAroundItsAndAfterAnIntroductoryDateIsOneSubject) {
  // "On 2 November 2022, the Government of Ethiopia and the TPLF signed a
  // ceasefire agreement", as W21 parsed it: "On" the case of "Government",
  // an oblique of "signed", whose "and" and only subject is "the TPLF".
  Document doc = Sentence1({
      {"On", Upos::kAdp, 7, "case"},          {"2", Upos::kNum, 7, "obl"},
      {"November", Upos::kPropn, 2, "nmod:unmarked"}, {"2022", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 7, "punct"},        {"the", Upos::kDet, 7, "det"},
      {"Government", Upos::kNoun, 13, "obl"}, {"of", Upos::kAdp, 9, "case"},
      {"Ethiopia", Upos::kPropn, 7, "nmod"},  {"and", Upos::kCconj, 13, "cc"},
      {"the", Upos::kDet, 12, "det"},         {"TPLF", Upos::kNoun, 13, "nsubj"},
      {"signed", Upos::kVerb, 0, "root"},     {"a", Upos::kDet, 16, "det"},
      {"ceasefire", Upos::kNoun, 16, "compound"}, {"agreement", Upos::kNoun, 13, "obj"},
      {".", Upos::kPunct, 13, "punct"},
  });
  doc.tokens[12].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  AddTime(&doc, 1, 4);
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v),
            "2/case 13/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 7/det 13/nsubj 9/case 7/nmod "
            "12/cc 12/det 7/conj 0/root 16/det 16/compound 13/obj 13/punct");

  // With a comma instead of the "and", the nominal before the subject is no
  // conjunct of it: kept an oblique (the date is the verb's,
  // MendIntroductoryDateHungOnNominal).
  doc.text[doc.tokens[9].span.begin] = ',';
  doc.text.erase(doc.tokens[9].span.begin + 1, 2);
  for (size_t k = 10; k < doc.tokens.size(); ++k) {
    doc.tokens[k].span.begin -= 2;
    doc.tokens[k].span.end -= 2;
  }
  doc.tokens[9].span.end = doc.tokens[9].span.begin + 1;
  doc.tokens[9].form = ",";
  doc.tokens[9].lemma = ",";
  doc.tokens[9].upos = Upos::kPunct;
  doc.tokens[9].deprel = "punct";
  doc.sentences[0].span.end = static_cast<uint32_t>(doc.text.size());
  const ParseView c(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(c),
            "2/case 13/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 7/det 13/obl 9/case 7/nmod "
            "13/punct 12/det 13/nsubj 0/root 16/det 16/compound 13/obj 13/punct");
}

TEST(EventsParseView, ANameReadAsAnUnmarkedObliqueAndTheObjectAsAnAgent) {
  // "Ugandan police arrested opposition candidate Robert Kyagulanyi", as W21
  // parsed it: "Ugandan" an unmarked oblique of "arrested", "Robert" an
  // agent with no "by".
  Document doc = Sentence1({
      {"Ugandan", Upos::kPropn, 3, "obl:unmarked"}, {"police", Upos::kNoun, 3, "nsubj"},
      {"arrested", Upos::kVerb, 0, "root"},         {"opposition", Upos::kNoun, 5, "compound"},
      {"candidate", Upos::kNoun, 6, "nmod:desc"},   {"Robert", Upos::kPropn, 3, "obl:agent"},
      {"Kyagulanyi", Upos::kPropn, 6, "flat"},
  });
  doc.tokens[2].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v), "2/compound 3/nsubj 0/root 5/compound 6/nmod:desc 3/obj 6/flat");

  // A day before the subject is the verb's ("Monday police arrested ..."),
  // and an agent with its "by" is one ("was arrested by police"): kept.
  doc.times.push_back(TimeExpr{});
  doc.times[0].first_token = 0;
  doc.times[0].end_token = 1;
  const ParseView t(doc, doc.sentences[0], "en");
  EXPECT_EQ(t.rel(0), "obl:unmarked");
  const Document agent = Sentence1({
      {"Kyagulanyi", Upos::kPropn, 3, "nsubj:pass"}, {"was", Upos::kAux, 3, "aux:pass"},
      {"arrested", Upos::kVerb, 0, "root"},          {"by", Upos::kAdp, 5, "case"},
      {"police", Upos::kNoun, 3, "obl:agent"},
  });
  const ParseView a(agent, agent.sentences[0], "en");
  EXPECT_EQ(Tree(a), "3/nsubj:pass 3/aux:pass 0/root 5/case 3/obl:agent");
}

// "On 11 May 2022, JNIM militants and Military Forces of Burkina Faso
// fought near Djibo": rooted in the date, the coordination its apposition,
// the verb a relative clause of the last conjunct with that conjunct's "of"
// phrase read as the verb's clause ("of" its mark, the country its subject).
TEST(EventsParseView, AVerbOnTheLastConjunctAfterADateRootIsTheMainVerb) {
  Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},
      {"11", Upos::kNum, 0, "root"},
      {"May", Upos::kPropn, 2, "nmod:unmarked"},
      {"2022", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 2, "punct"},
      {"JNIM", Upos::kPropn, 7, "compound"},
      {"militants", Upos::kNoun, 2, "appos"},
      {"and", Upos::kCconj, 10, "cc"},
      {"Military", Upos::kAdj, 10, "amod"},
      {"Forces", Upos::kNoun, 7, "conj"},
      {"of", Upos::kAdp, 14, "mark"},
      {"Burkina", Upos::kPropn, 14, "nsubj"},
      {"Faso", Upos::kPropn, 12, "flat"},
      {"fought", Upos::kVerb, 10, "acl"},
      {"near", Upos::kAdp, 16, "case"},
      {"Djibo", Upos::kPropn, 14, "obl"},
      {".", Upos::kPunct, 2, "punct"},
  });
  doc.tokens[13].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  AddTime(&doc, 1, 4);
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v),
            "2/case 14/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 7/compound 14/nsubj 10/cc "
            "10/amod 7/conj 12/case 10/nmod 12/flat 0/root 16/case 14/obl 14/punct");
}

TEST(EventsParseView, AParticipleClauseRootAfterACommaGivesTheSentenceBack) {
  // "On 23 September 2022, Fulani ethnic militia and Tiv ethnic militia
  // clashed in Guma (Benue), killing 4 people", as W21 parsed it: rooted in
  // "killing", the date its oblique, the first militia the date's
  // apposition and "clashed" a relative clause of the second.
  Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},         {"23", Upos::kNum, 20, "obl"},
      {"September", Upos::kPropn, 2, "nmod:unmarked"}, {"2022", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 8, "punct"},       {"Fulani", Upos::kPropn, 8, "compound"},
      {"ethnic", Upos::kAdj, 8, "amod"},     {"militia", Upos::kNoun, 2, "appos"},
      {"and", Upos::kCconj, 12, "cc"},       {"Tiv", Upos::kPropn, 12, "compound"},
      {"ethnic", Upos::kAdj, 12, "amod"},    {"militia", Upos::kNoun, 8, "conj"},
      {"clashed", Upos::kVerb, 12, "acl"},   {"in", Upos::kAdp, 15, "case"},
      {"Guma", Upos::kPropn, 13, "obl"},     {"(", Upos::kPunct, 17, "punct"},
      {"Benue", Upos::kPropn, 15, "appos"},  {")", Upos::kPunct, 17, "punct"},
      {",", Upos::kPunct, 20, "punct"},      {"killing", Upos::kVerb, 0, "root"},
      {"4", Upos::kNum, 22, "nummod"},       {"people", Upos::kNoun, 20, "obj"},
      {".", Upos::kPunct, 20, "punct"},
  });
  doc.tokens[12].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  doc.tokens[19].feats = "Tense=Pres|VerbForm=Part";
  AddTime(&doc, 1, 4);
  const ParseView v(doc, doc.sentences[0], "en");
  // Then MendIntroductoryPhraseRoot finds the verb on the coordination's
  // last conjunct and the coordination its subject (the comma stays the
  // subject's; phrases leave punctuation at their edges out).
  EXPECT_EQ(Tree(v),
            "2/case 13/obl 2/nmod:unmarked 2/nmod:unmarked 8/punct 8/compound 8/amod 13/nsubj "
            "12/cc 12/compound 12/amod 8/conj 0/root 15/case 13/obl 17/punct 15/appos 17/punct "
            "20/punct 13/advcl 22/nummod 20/obj 20/punct");

  // A finite verb after the comma ("..., and killed 4 people") can head the
  // sentence: kept.
  doc.tokens[19].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView f(doc, doc.sentences[0], "en");
  EXPECT_EQ(f.head(19), -1);
  EXPECT_EQ(f.rel(12), "acl");
}

TEST(EventsParseView, AFullNameAfterAnAcronymAndAColonIsItsApposition) {
  // "On 9 February 2023, JNIM: Group for Support of Islam and Muslims
  // ambushed a patrol", as W21 parsed it: "JNIM" the date's apposition,
  // "Group" the subject of "ambushed", a relative clause of "JNIM".
  Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},        {"9", Upos::kNum, 0, "root"},
      {"February", Upos::kPropn, 2, "nmod:unmarked"}, {"2023", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 6, "punct"},      {"JNIM", Upos::kPropn, 2, "appos"},
      {":", Upos::kPunct, 8, "punct"},      {"Group", Upos::kPropn, 15, "nsubj"},
      {"for", Upos::kAdp, 10, "case"},      {"Support", Upos::kPropn, 8, "nmod"},
      {"of", Upos::kAdp, 12, "case"},       {"Islam", Upos::kPropn, 10, "nmod"},
      {"and", Upos::kCconj, 14, "cc"},      {"Muslims", Upos::kPropn, 12, "conj"},
      {"ambushed", Upos::kVerb, 6, "acl:relcl"}, {"a", Upos::kDet, 17, "det"},
      {"patrol", Upos::kNoun, 15, "obj"},
  });
  doc.tokens[14].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  const ParseView v(doc, doc.sentences[0], "en");
  // And then "ambushed" is the main clause (MendIntroductoryPhraseRoot).
  EXPECT_EQ(Tree(v),
            "2/case 15/obl 2/nmod:unmarked 2/nmod:unmarked 6/punct 15/nsubj 8/punct 6/appos "
            "10/case 8/nmod 12/case 10/nmod 14/cc 12/conj 0/root 17/det 15/obj");

  // An acronym that is a conjunct ("the Government of Colombia and ELN:
  // National Liberation Army agreed") is left as the parser read it.
  const Document conj = Sentence1({
      {"Government", Upos::kNoun, 7, "nsubj"}, {"and", Upos::kCconj, 3, "cc"},
      {"ELN", Upos::kPropn, 1, "conj"},       {":", Upos::kPunct, 6, "punct"},
      {"National", Upos::kPropn, 6, "amod"},  {"Army", Upos::kPropn, 7, "nsubj"},
      {"agreed", Upos::kVerb, 0, "root"},
  });
  const ParseView c(conj, conj.sentences[0], "en");
  EXPECT_EQ(Tree(c), "7/nsubj 3/cc 1/conj 6/punct 6/amod 7/nsubj 0/root");

  // "On 31 October 2022, ADF: Allied Democratic Forces killed at least 18
  // civilians", as W21 parsed it: "Allied" a verb on "ADF" with the rest of
  // the name its object, "killed" a relative clause of "Forces" and the
  // civilians an oblique of "Allied".
  Document allied = Sentence1({
      {"On", Upos::kAdp, 2, "case"},       {"31", Upos::kNum, 0, "root"},
      {"October", Upos::kPropn, 2, "nmod:unmarked"}, {"2022", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 2, "punct"},     {"ADF", Upos::kNoun, 2, "appos"},
      {":", Upos::kPunct, 8, "punct"},     {"Allied", Upos::kVerb, 6, "acl"},
      {"Democratic", Upos::kAdj, 10, "amod"}, {"Forces", Upos::kNoun, 8, "obj"},
      {"killed", Upos::kVerb, 10, "acl"},  {"at", Upos::kAdp, 13, "case"},
      {"least", Upos::kAdj, 14, "nmod"},   {"18", Upos::kNum, 15, "nummod"},
      {"civilians", Upos::kNoun, 8, "obl"}, {".", Upos::kPunct, 2, "punct"},
  });
  allied.tokens[7].feats = "Tense=Past|VerbForm=Part";
  allied.tokens[10].feats = "Tense=Past|VerbForm=Part";
  AddTime(&allied, 1, 4);
  const ParseView a(allied, allied.sentences[0], "en");
  // Then MendSubjectAfterIntroductoryDate makes "killed" the main verb.
  EXPECT_EQ(Tree(a),
            "2/case 11/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 11/nsubj 10/punct 10/amod "
            "10/amod 6/appos 0/root 13/case 14/nmod 15/nummod 11/obj 11/punct");
  EXPECT_EQ(a.tok(7).upos, Upos::kAdj);
  EXPECT_EQ(allied.tokens[7].upos, Upos::kVerb) << "the document's tokens are untouched";
}

TEST(EventsParseView, AnIntroductoryDateHungOnTheSubjectIsTheVerbsOblique) {
  // "On 3 March 2023, unidentified armed men kidnapped a Catholic priest",
  // as W21 parsed it: the day a nummod of "men".
  Document doc = Sentence1({
      {"On", Upos::kAdp, 2, "case"},        {"3", Upos::kNum, 8, "nummod"},
      {"March", Upos::kPropn, 2, "nmod:unmarked"}, {"2023", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 2, "punct"},      {"unidentified", Upos::kAdj, 8, "amod"},
      {"armed", Upos::kAdj, 8, "amod"},     {"men", Upos::kNoun, 9, "nsubj"},
      {"kidnapped", Upos::kVerb, 0, "root"}, {"a", Upos::kDet, 11, "det"},
      {"priest", Upos::kNoun, 9, "obj"},
  });
  doc.tokens[8].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  AddTime(&doc, 1, 4);
  const ParseView v(doc, doc.sentences[0], "en");
  EXPECT_EQ(Tree(v),
            "2/case 9/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 8/amod 8/amod 9/nsubj 0/root "
            "11/det 9/obj");

  // A number the times stage found no date in is the subject's: kept
  // ("On Monday, 3 men ...": here "On 3 March 2023" is no time).
  doc.times.clear();
  const ParseView n(doc, doc.sentences[0], "en");
  EXPECT_EQ(n.head(1), 7);

  // "On 2 February 2023, Fulani ethnic militia attacked farmers in Bokkos
  // (Plateau), killing 10 people", as W21 parsed it: rooted in "killing",
  // "farmers" its oblique with "On" for its case, "attacked" the adjective
  // of "farmers" with its own subject and the day its oblique. Three mends
  // give the sentence back: the participle root (the nominal before the
  // comma becomes the root), the date's preposition, and the verb read as
  // its object's modifier, which keeps its time oblique.
  Document attack = Sentence1({
      {"On", Upos::kAdp, 10, "case"},        {"2", Upos::kNum, 9, "obl"},
      {"February", Upos::kPropn, 2, "nmod:unmarked"}, {"2023", Upos::kNum, 2, "nmod:unmarked"},
      {",", Upos::kPunct, 2, "punct"},       {"Fulani", Upos::kPropn, 8, "compound"},
      {"ethnic", Upos::kAdj, 8, "amod"},     {"militia", Upos::kNoun, 9, "nsubj"},
      {"attacked", Upos::kVerb, 10, "amod"}, {"farmers", Upos::kNoun, 17, "obl"},
      {"in", Upos::kAdp, 12, "case"},        {"Bokkos", Upos::kPropn, 10, "nmod"},
      {"(", Upos::kPunct, 14, "punct"},      {"Plateau", Upos::kPropn, 12, "appos"},
      {")", Upos::kPunct, 14, "punct"},      {",", Upos::kPunct, 17, "punct"},
      {"killing", Upos::kVerb, 0, "root"},   {"10", Upos::kNum, 19, "nummod"},
      {"people", Upos::kNoun, 17, "obj"},    {".", Upos::kPunct, 17, "punct"},
  });
  attack.tokens[8].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  attack.tokens[16].feats = "Tense=Pres|VerbForm=Part";
  AddTime(&attack, 1, 4);
  const ParseView a(attack, attack.sentences[0], "en");
  EXPECT_EQ(Tree(a),
            "2/case 9/obl 2/nmod:unmarked 2/nmod:unmarked 2/punct 8/compound 8/amod 9/nsubj "
            "0/root 9/obj 12/case 10/nmod 14/punct 12/appos 14/punct 17/punct 9/advcl 19/nummod "
            "17/obj 17/punct");
}

// Parses of the English tagger with a part-of-speech dictionary (2026-11-30,
// models/README.md), which reads nationality words as adjectives and some
// past tenses as participles, and so leads the parser into new errors.
TEST(EventsParseView, MendsForTheParsesOfTheDictionaryTagger) {
  // The last word of a name as a second subject: it ends the name.
  const Document name = Sentence1({
      {"Pakistan", Upos::kPropn, 3, "compound"}, {"President", Upos::kPropn, 3, "nmod:desc"},
      {"Mohammad", Upos::kPropn, 6, "nsubj"},    {"Zia-Ul-Haq", Upos::kNoun, 6, "nsubj"},
      {"today", Upos::kNoun, 6, "obl:unmarked"}, {"rejected", Upos::kVerb, 0, "root"},
      {"talks", Upos::kNoun, 6, "obj"},
  });
  EXPECT_EQ(Tree(ParseView(name, name.sentences[0], "en")),
            "3/compound 3/nmod:desc 6/nsubj 3/flat 6/obl:unmarked 0/root 6/obj");
  // Not a lower-case word.
  const Document lower = Sentence1({
      {"Pakistan", Upos::kPropn, 3, "compound"}, {"President", Upos::kPropn, 3, "nmod:desc"},
      {"Mohammad", Upos::kPropn, 6, "nsubj"},    {"zia", Upos::kNoun, 6, "nsubj"},
      {"today", Upos::kNoun, 6, "obl:unmarked"}, {"rejected", Upos::kVerb, 0, "root"},
      {"talks", Upos::kNoun, 6, "obj"},
  });
  EXPECT_EQ(Tree(ParseView(lower, lower.sentences[0], "en")),
            "3/compound 3/nmod:desc 6/nsubj 6/nsubj 6/obl:unmarked 0/root 6/obj");

  // An apposition that starts with "and" is a conjunct.
  const Document clash = Sentence1({
      {"clash", Upos::kNoun, 0, "root"},       {"between", Upos::kAdp, 3, "case"},
      {"Trump", Upos::kPropn, 1, "nmod"},      {"and", Upos::kCconj, 6, "cc"},
      {"Ukrainian", Upos::kAdj, 6, "amod"},    {"President", Upos::kPropn, 7, "nmod:desc"},
      {"Zelenskyy", Upos::kPropn, 3, "appos"},
  });
  EXPECT_EQ(Tree(ParseView(clash, clash.sentences[0], "en")),
            "0/root 3/case 1/nmod 7/cc 6/amod 7/nmod:desc 3/conj");

  // A noun with an auxiliary and an object is the verb.
  const Document question = Sentence1({
      {"Did", Upos::kAux, 3, "aux"},        {"police", Upos::kNoun, 3, "compound"},
      {"arrest", Upos::kNoun, 0, "root"},   {"the", Upos::kDet, 5, "det"},
      {"journalists", Upos::kNoun, 3, "obj"}, {"?", Upos::kPunct, 3, "punct"},
  });
  const ParseView q(question, question.sentences[0], "en");
  EXPECT_EQ(Tree(q), "3/aux 3/nsubj 0/root 5/det 3/obj 3/punct");
  EXPECT_EQ(q.tok(2).upos, Upos::kVerb);

  // A past participle with an object in the subject's phrase is the verb.
  Document aircraft = Sentence1({
      {"aircraft", Upos::kNoun, 0, "root"},  {"using", Upos::kVerb, 1, "acl"},
      {"missiles", Upos::kNoun, 2, "obj"},   {"killed", Upos::kVerb, 3, "acl"},
      {"4", Upos::kNum, 6, "nummod"},        {"Iraqis", Upos::kPropn, 4, "obj"},
      {".", Upos::kPunct, 1, "punct"},
  });
  aircraft.tokens[1].feats = "VerbForm=Ger";
  aircraft.tokens[3].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  const ParseView a(aircraft, aircraft.sentences[0], "en");
  EXPECT_EQ(Tree(a), "4/nsubj 1/acl 2/obj 0/root 6/nummod 4/obj 4/punct");
  EXPECT_EQ(a.Feat(3, "VerbForm"), "Fin");
  EXPECT_FALSE(a.IsPassive(3));
  // Not a verb that keeps an object in the passive: "a man given a life sentence".
  Document given = Sentence1({
      {"man", Upos::kNoun, 0, "root"},   {"given", Upos::kVerb, 1, "acl"},
      {"a", Upos::kDet, 5, "det"},       {"life", Upos::kNoun, 5, "compound"},
      {"sentence", Upos::kNoun, 2, "obj"},
  });
  given.tokens[1].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  given.tokens[1].lemma = "give";
  EXPECT_EQ(Tree(ParseView(given, given.sentences[0], "en")), "0/root 1/acl 5/det 5/compound 2/obj");
}

}  // namespace
}  // namespace strabo::events

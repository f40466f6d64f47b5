// The tagger and parser on real sentences, through the standard pipeline
// with the shipped models (models/en.*, models/es.*).
#include <gtest/gtest.h>

#include "core/casing.h"
#include "strabo/pipeline.h"
#include "test_util.h"
#include "util/text.h"

namespace strabo {
namespace {

class Parsed {
 public:
  Parsed(const std::string& text, const std::string& lang) {
    Article a;
    a.text = text;
    a.lang_hint = lang;
    doc_ = Document::FromArticle(std::move(a));
    Status s = testing::StandardPipeline(lang).Run(doc_);
    if (!s.ok()) error_ = s.message();
  }

  const std::string& error() const { return error_; }
  const Document& doc() const { return doc_; }

  // The index of the first token with this form (in the first sentence that has it).
  int Find(const std::string& form, int from = 0) const {
    for (size_t i = from; i < doc_.tokens.size(); ++i)
      if (doc_.tokens[i].form == form) return static_cast<int>(i);
    return -1;
  }
  // The form of the head of token i ("ROOT" for the root).
  std::string HeadOf(int i) const {
    if (i < 0) return "?";
    const Token& t = doc_.tokens[i];
    if (t.head == 0) return "ROOT";
    if (t.head < 0) return "unparsed";
    for (const Sentence& s : doc_.sentences)
      if (static_cast<uint32_t>(i) >= s.first_token && static_cast<uint32_t>(i) < s.end_token)
        return doc_.tokens[s.first_token + t.head - 1].form;
    return "?";
  }
  // "relation(head, word)" for the token with this form.
  std::string Arc(const std::string& form, int from = 0) const {
    const int i = Find(form, from);
    if (i < 0) return "missing " + form;
    return doc_.tokens[i].deprel + "(" + HeadOf(i) + ", " + form + ")";
  }
  const Token& Tok(const std::string& form) const {
    static const Token kNone;
    const int i = Find(form);
    return i < 0 ? kNone : doc_.tokens[i];
  }

 private:
  Document doc_;
  std::string error_;
};

TEST(Parse, ActiveAndPassiveArrestGiveTheSameRoles) {
  const Parsed active("Moroccan security forces arrested five suspected Daesh sympathisers in Kenitra.", "en");
  ASSERT_EQ(active.error(), "");
  EXPECT_EQ(active.Arc("forces"), "nsubj(arrested, forces)");
  EXPECT_EQ(active.Arc("sympathisers"), "obj(arrested, sympathisers)");
  EXPECT_EQ(active.Arc("arrested"), "root(ROOT, arrested)");
  EXPECT_EQ(active.Tok("arrested").upos, Upos::kVerb);
  EXPECT_EQ(active.Tok("arrested").lemma, "arrest");

  const Parsed passive("Five men were arrested by police in Kenitra.", "en");
  ASSERT_EQ(passive.error(), "");
  EXPECT_EQ(passive.Arc("men"), "nsubj:pass(arrested, men)");
  EXPECT_EQ(passive.Arc("were"), "aux:pass(arrested, were)");
  EXPECT_EQ(passive.Arc("police"), "obl:agent(arrested, police)");
  EXPECT_EQ(passive.Arc("in"), "case(Kenitra, in)");
  EXPECT_EQ(passive.Tok("men").lemma, "man");
  EXPECT_EQ(passive.Tok("were").lemma, "be");
  EXPECT_EQ(passive.Tok("arrested").feats, "Tense=Past|VerbForm=Part|Voice=Pass");
}

TEST(Parse, FoundingArticleSentences) {
  const Parsed those(
      "The operation has resulted in the seizure of weapons and ammunition, and some of those arrested "
      "were even in the process of training in explosives manufacturing.",
      "en");
  ASSERT_EQ(those.error(), "");
  EXPECT_EQ(those.Arc("arrested"), "acl(those, arrested)");
  EXPECT_EQ(those.Arc("those"), "nmod(some, those)");

  const Parsed op(
      "Casablanca, Kenitra, Sidi Yahya Zaer, Inezgane-Ait Melloul and Chichaua have witnessed the "
      "operation orchestrated by the security forces of the Kingdom",
      "en");
  ASSERT_EQ(op.error(), "");
  EXPECT_EQ(op.Arc("forces"), "obl:agent(orchestrated, forces)");
  EXPECT_EQ(op.Arc("orchestrated"), "acl(operation, orchestrated)");
  EXPECT_EQ(op.Arc("operation"), "obj(witnessed, operation)");
  EXPECT_EQ(op.Tok("orchestrated").feats, "Tense=Past|VerbForm=Part|Voice=Pass");

  const Parsed since(
      "Since 2002, the Moroccan police have busted more than 2,000 terrorist cells and arrested more "
      "than 3,500 people in terrorism-related cases.",
      "en");
  ASSERT_EQ(since.error(), "");
  EXPECT_EQ(since.Arc("police"), "nsubj(busted, police)");
  EXPECT_EQ(since.Arc("arrested"), "conj(busted, arrested)");
  EXPECT_EQ(since.Arc("people"), "obj(arrested, people)");
  EXPECT_EQ(since.Arc("cells"), "obj(busted, cells)");
}

// What the shipped models still get wrong in the founding article, kept as a
// record (run with --gtest_also_run_disabled_tests): "up to five cities" is
// read as a prepositional phrase, and in "men aged between 20 and 45
// arrested", "45" becomes the subject of a finite "arrested". In "Five men
// were arrested by police in Kenitra", "in Kenitra" attaches to "police".
TEST(Parse, DISABLED_FoundingArticleKnownErrors) {
  const Parsed men(
      "On this occasion, up to five cities have seen men aged between 20 and 45 arrested for their "
      "alleged links with the terrorist organisation.",
      "en");
  ASSERT_EQ(men.error(), "");
  EXPECT_EQ(men.Arc("cities"), "nsubj(seen, cities)");
  EXPECT_EQ(men.Arc("men"), "obj(seen, men)");
  EXPECT_EQ(men.Arc("arrested"), "xcomp(seen, arrested)");
  const Parsed passive("Five men were arrested by police in Kenitra.", "en");
  EXPECT_EQ(passive.Arc("Kenitra"), "obl(arrested, Kenitra)");
}

TEST(Parse, RelativeClauses) {
  const Parsed p("The men who were arrested in Casablanca had pledged allegiance to the group.", "en");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Arc("arrested"), "acl:relcl(men, arrested)");
  EXPECT_EQ(p.Arc("who"), "nsubj:pass(arrested, who)");
  EXPECT_EQ(p.Arc("men"), "nsubj(pledged, men)");
  EXPECT_EQ(p.Arc("allegiance"), "obj(pledged, allegiance)");
}

TEST(Parse, SpanishSubjectObjectAndContractions) {
  const Parsed p("Marruecos detiene a cinco seguidores de Daesh en varias ciudades del centro y sur del país.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Arc("Marruecos"), "nsubj(detiene, Marruecos)");
  EXPECT_EQ(p.HeadOf(p.Find("seguidores")), "detiene");  // obl, not obj: see SpanishKnownErrors
  EXPECT_EQ(p.Arc("a"), "case(seguidores, a)");
  EXPECT_EQ(p.Tok("detiene").lemma, "detener");
  EXPECT_EQ(p.Tok("seguidores").lemma, "seguidor");
  // "del" → "de" + "el": both words are tagged and attached.
  const int de = p.Find("de", p.Find("centro"));
  ASSERT_GE(de, 0);
  EXPECT_EQ(p.doc().tokens[de].parts, 2);
  EXPECT_EQ(p.doc().tokens[de].upos, Upos::kAdp);
  EXPECT_EQ(p.doc().tokens[de + 1].upos, Upos::kDet);
  EXPECT_EQ(p.Arc("país"), "nmod(centro, país)");
}

TEST(Parse, SpanishLemmasOfUnseenVerbForms) {
  const Parsed p("La policía detuvo a los sospechosos y desarticularon la célula.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("detuvo").lemma, "detener");
  EXPECT_EQ(p.Tok("desarticularon").lemma, "desarticular");
  EXPECT_EQ(p.Tok("desarticularon").upos, Upos::kVerb);
  EXPECT_EQ(p.Tok("desarticularon").feats, "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
  EXPECT_EQ(p.Arc("policía"), "nsubj(detuvo, policía)");
  EXPECT_EQ(p.Arc("célula"), "obj(desarticularon, célula)");
  EXPECT_EQ(p.Arc("desarticularon"), "conj(detuvo, desarticularon)");
}

TEST(Parse, LemmasOfUnseenStemChangingAndIrregularVerbs) {
  // Unseen Spanish forms of stem-changing verbs: the script learned from
  // "muestran" or "hubieron" would give "mostrar" and "haber"; the stem's u
  // or i is the infinitive's o or e.
  Parsed p("Tres soldados murieron y los demás huyeron; luego pidieron ayuda.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("murieron").lemma, "morir");
  EXPECT_EQ(p.Tok("huyeron").lemma, "huir");
  EXPECT_EQ(p.Tok("pidieron").lemma, "pedir");
  // English: the verb list (data/en-verbs.txt, from WordNet) decides between
  // "riot" and "riote".
  Parsed q("Inmates rioted and torched the prison.", "en");
  ASSERT_EQ(q.error(), "");
  EXPECT_EQ(q.Tok("rioted").lemma, "riot");
  EXPECT_EQ(q.Tok("torched").lemma, "torch");
}

// Stem and spelling changes the treebank shows too few of: no learned edit
// script turns these forms into a known verb ("acerquir", "introdujer"), the
// rules from hunspell-es's paradigms (data/es-verb-endings.tsv) do.
TEST(Parse, SpanishLemmasFromDictionaryParadigms) {
  const Parsed p("Los sindicatos niegan que se acerquen a un acuerdo.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("niegan").upos, Upos::kVerb);
  EXPECT_EQ(p.Tok("niegan").lemma, "negar");
  EXPECT_EQ(p.Tok("acerquen").lemma, "acercar");
  const Parsed q("Las autoridades introdujeron nuevas medidas y supusieron que los manifestantes volverían.", "es");
  ASSERT_EQ(q.error(), "");
  EXPECT_EQ(q.Tok("introdujeron").lemma, "introducir");
  EXPECT_EQ(q.Tok("supusieron").lemma, "suponer");
  EXPECT_EQ(q.Tok("volverían").lemma, "volver");
}

// Finite verbs training did not see, after a noun subject: tagged ADJ or NOUN
// (and hung on the subject) before es.tagger had the verb-likeness feature
// (models/README.md, "Verb-likeness"). The last three are from the Spanish
// protest gold (AFP).
TEST(Parse, SpanishUnseenFiniteVerbsAfterANounAreVerbs) {
  const Parsed p("La policía detuvo a cinco hombres.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("detuvo").upos, Upos::kVerb);
  EXPECT_EQ(p.Tok("detuvo").lemma, "detener");
  EXPECT_EQ(p.Arc("detuvo"), "root(ROOT, detuvo)");
  EXPECT_EQ(p.Arc("policía"), "nsubj(detuvo, policía)");
  EXPECT_EQ(p.HeadOf(p.Find("hombres")), "detuvo");  // obl, not obj: see SpanishKnownErrors

  const Parsed q("Trabajadores paralizan consultas en hospitales de El Salvador", "es");
  ASSERT_EQ(q.error(), "");
  EXPECT_EQ(q.Tok("paralizan").upos, Upos::kVerb);
  EXPECT_EQ(q.Arc("paralizan"), "root(ROOT, paralizan)");
  EXPECT_EQ(q.Arc("Trabajadores"), "nsubj(paralizan, Trabajadores)");
  // obj (an xcomp of an ADJ since 2026-12-01: SpanishKnownErrors)
  EXPECT_EQ(q.HeadOf(q.Find("consultas")), "paralizan");

  const Parsed r("La policía, que hasta el momento había permenecido como observador, intervino "
                 "deteniendo a unas 30 personas.", "es");
  ASSERT_EQ(r.error(), "");
  EXPECT_EQ(r.Tok("intervino").upos, Upos::kVerb);
  EXPECT_EQ(r.Tok("intervino").lemma, "intervenir");
  EXPECT_EQ(r.Arc("policía"), "nsubj(intervino, policía)");
  EXPECT_EQ(r.HeadOf(r.Find("deteniendo")), "intervino");  // advcl; xcomp: SpanishKnownErrors

  const Parsed s("El principio de acuerdo subraya además la suspensión de marchas y protestas.", "es");
  ASSERT_EQ(s.error(), "");
  EXPECT_EQ(s.Tok("subraya").upos, Upos::kVerb);
  EXPECT_EQ(s.Arc("principio"), "nsubj(subraya, principio)");
  EXPECT_EQ(s.Arc("suspensión"), "obj(subraya, suspensión)");
}

// A verb the greedy tagger read as one more adjective after a subject and
// its adjective left the sentence without a verb (Tagger::Tag, "a sentence
// has a verb"): "impuso" (irregular), "organiza" (a headline),
// "MANIFIESTAN" (a stem change, in capitals). A participle stays an
// adjective ("cereales genéticamente manipulados").
TEST(Parse, SpanishVerbReadAsAdjectiveInAVerblessSentence) {
  const Parsed p("La Unión Europea impuso sanciones contra Irán.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("impuso").upos, Upos::kVerb);
  EXPECT_EQ(p.Tok("impuso").lemma, "imponer");
  EXPECT_EQ(p.Arc("impuso"), "root(ROOT, impuso)");
  EXPECT_EQ(p.Arc("Unión"), "nsubj(impuso, Unión)");
  EXPECT_EQ(p.Arc("sanciones"), "obj(impuso, sanciones)");

  const Parsed q("La derecha italiana organiza marcha masiva el sábado contra Prodi", "es");
  ASSERT_EQ(q.error(), "");
  EXPECT_EQ(q.Tok("organiza").upos, Upos::kVerb);
  EXPECT_EQ(q.Arc("derecha"), "nsubj(organiza, derecha)");

  const Parsed r("MILES DE PERSONAS MANIFIESTAN CONTRA UN TRANSPORTE DE DESECHOS NUCLEARES", "es");
  ASSERT_EQ(r.error(), "");
  EXPECT_EQ(r.Tok("MANIFIESTAN").upos, Upos::kVerb);
  EXPECT_EQ(r.Tok("MANIFIESTAN").lemma, "manifestar");

  const Parsed s("Greenpeace protesta en Italia contra cereales genéticamente manipulados", "es");
  ASSERT_EQ(s.error(), "");
  EXPECT_EQ(s.Tok("manipulados").upos, Upos::kAdj);
}

TEST(Parse, AHeadlineInCapitalsIsReadInLowerCase) {
  // Wire headlines in capitals are tagged and parsed as if in lower case;
  // their forms stay as written.
  const Parsed p("PAISES NORDICOS PIDEN A FRANCIA Y CHINA QUE RENUNCIEN A PRUEBAS NUCLEARES", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("PIDEN").upos, Upos::kVerb);
  EXPECT_EQ(p.Tok("PIDEN").lemma, "pedir");
  EXPECT_EQ(p.Arc("PIDEN"), "root(ROOT, PIDEN)");
  EXPECT_EQ(p.Arc("PAISES"), "nsubj(PIDEN, PAISES)");
  const Parsed q("MOROCCO ARRESTS FIVE SUSPECTED MILITANTS IN KENITRA", "en");
  ASSERT_EQ(q.error(), "");
  EXPECT_EQ(q.Tok("ARRESTS").upos, Upos::kVerb);
  EXPECT_EQ(q.Tok("ARRESTS").lemma, "arrest");
}

TEST(Parse, OnlyWholeSentencesInCapitalsAreLowerCased) {
  std::vector<Token> tokens(3);
  tokens[0].form = "NATO";
  tokens[1].form = "said";
  tokens[2].form = "Tuesday";
  EXPECT_FALSE(IsAllCaps(tokens));
  tokens[1].form = "SAID";
  tokens[2].form = "TUESDAY";
  EXPECT_TRUE(IsAllCaps(tokens));
  {
    ScopedForms lower;
    lower.Replace(tokens, LowerCasedForms(tokens));
    EXPECT_EQ(tokens[0].form, "nato");
    EXPECT_EQ(tokens[2].form, "tuesday");
    tokens[0].lemma = "NATO";  // what the stage writes stays
  }
  EXPECT_EQ(tokens[0].form, "NATO") << "the forms are restored";
  EXPECT_EQ(tokens[2].form, "TUESDAY");
  EXPECT_EQ(tokens[0].lemma, "NATO");
  // Too short to be a headline: an acronym or two.
  std::vector<Token> short_line(2);
  short_line[0].form = "UN";
  short_line[1].form = "EU";
  EXPECT_FALSE(IsAllCaps(short_line));
}

TEST(Parse, SpanishCliticsFromRawText) {
  const Parsed p("Los agentes quieren detenerlos.", "es");
  ASSERT_EQ(p.error(), "");
  EXPECT_EQ(p.Tok("detener").parts, 2);
  EXPECT_EQ(p.Tok("detener").upos, Upos::kVerb);
  EXPECT_EQ(p.Tok("detener").lemma, "detener");
  EXPECT_EQ(p.Arc("los"), "obj(detener, los)");
  EXPECT_EQ(p.Tok("los").upos, Upos::kPron);
  EXPECT_EQ(p.Arc("agentes"), "nsubj(quieren, agentes)");
}

// A direct object marked with "a" (the "personal a") comes out as obl: the
// Spanish training data (2,160 sentences) has "a" + noun as obl 8 times as
// often as obj, and nothing tells the model which verbs take a person as
// object. Kept as a record (--gtest_also_run_disabled_tests).
TEST(Parse, DISABLED_SpanishKnownErrors) {
  const Parsed p("Marruecos detiene a cinco seguidores de Daesh en varias ciudades del centro y sur del país.", "es");
  EXPECT_EQ(p.Arc("seguidores"), "obj(detiene, seguidores)");
  const Parsed q("La policía detuvo a los sospechosos.", "es");
  EXPECT_EQ(q.Arc("sospechosos"), "obj(detuvo, sospechosos)");
  const Parsed r("La policía detuvo a cinco hombres.", "es");
  EXPECT_EQ(r.Arc("hombres"), "obj(detuvo, hombres)");
  // An unseen plural noun after a verb tagged ADJ (models of 2026-12-01).
  const Parsed s("Trabajadores paralizan consultas en hospitales de El Salvador", "es");
  EXPECT_EQ(s.Arc("consultas"), "obj(paralizan, consultas)");
  // A gerund of manner read as a complement (models of 2026-12-01).
  const Parsed t("La policía, que hasta el momento había permenecido como observador, intervino "
                 "deteniendo a unas 30 personas.", "es");
  EXPECT_EQ(t.Arc("deteniendo"), "advcl(intervino, deteniendo)");
}

// "form UPOS lemma head deprel" per token, with the forms' typographic
// apostrophes and quotes written in ASCII (to compare with the ASCII text).
std::vector<std::string> Analyses(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens)
    out.push_back(FoldTypography(t.form) + " " + std::string(ToString(t.upos)) + " " + t.lemma + " " +
                  std::to_string(t.head) + " " + t.deprel);
  return out;
}

// News writes ’ and “ ”; the models learned from text that writes ' and ".
TEST(Parse, TypographicApostrophesAndQuotesReadAsAscii) {
  const std::string curly =
      "Trump later confirmed al-Rufay\u2019i\u2019s killing. "
      "The minister\u2019s office said it wasn\u2019t involved. "
      "\u201CThey\u2019re sure they\u2019ll win,\u201D he said.";
  std::string ascii = FoldTypography(curly);
  const Parsed c(curly, "en"), a(ascii, "en");
  ASSERT_EQ(c.error(), "");
  ASSERT_EQ(a.error(), "");
  EXPECT_EQ(Analyses(c.doc()), Analyses(a.doc()));
  // Forms and offsets stay as written; the clitics split as in ASCII.
  EXPECT_EQ(c.Tok("al-Rufay\u2019i").upos, Upos::kPropn) << "was PUNCT";
  EXPECT_EQ(c.Arc("al-Rufay\u2019i"), "nmod:poss(killing, al-Rufay\u2019i)");
  EXPECT_EQ(c.Tok("killing").upos, Upos::kNoun) << "was VERB, after '\u2019s' read as 'is'";
  const int s = c.Find("\u2019s");
  ASSERT_GE(s, 0);
  EXPECT_EQ(c.doc().tokens[s].upos, Upos::kPart);
  EXPECT_EQ(c.doc().tokens[s].lemma, "'s");
  EXPECT_EQ(c.doc().Text(c.doc().tokens[s].span), "\u2019s");
  EXPECT_EQ(c.Tok("n\u2019t").lemma, "not");
  EXPECT_EQ(c.Tok("was").lemma, "be");
  EXPECT_EQ(c.Tok("\u2019re").lemma, "be");
  EXPECT_EQ(c.Tok("\u2019ll").lemma, "will");
  EXPECT_EQ(c.Tok("\u201C").upos, Upos::kPunct);
}

TEST(Parse, SpanishTypographicQuotesReadAsAscii) {
  const std::string curly =
      "El portavoz dijo que \u201Cno habr\u00E1 acuerdo\u201D con los rebeldes de l\u2019Estrella.";
  const Parsed c(curly, "es"), a(FoldTypography(curly), "es");
  ASSERT_EQ(c.error(), "");
  EXPECT_EQ(Analyses(c.doc()), Analyses(a.doc()));
  EXPECT_EQ(c.Tok("acuerdo").deprel, "obj");
}

TEST(Parse, EveryWordGetsAHeadInsideItsSentenceAndOneRoot) {
  const Parsed p(
      "Casablanca, Kenitra, Sidi Yahya Zaer, Inezgane-Ait Melloul and Chichaua have witnessed the "
      "operation. ( ) !! -- 2,000 ... x\n\nWhat?",
      "en");
  ASSERT_EQ(p.error(), "");
  const Document& doc = p.doc();
  ASSERT_GE(doc.sentences.size(), 2u);
  for (const Sentence& s : doc.sentences) {
    int roots = 0;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      EXPECT_GE(t.head, 0);
      EXPECT_LE(t.head, static_cast<int>(s.num_tokens()));
      EXPECT_NE(t.head, static_cast<int>(i - s.first_token) + 1) << "self-loop at " << t.form;
      EXPECT_FALSE(t.deprel.empty());
      EXPECT_FALSE(t.lemma.empty());
      roots += t.head == 0;
    }
    EXPECT_EQ(roots, 1);
  }
}

}  // namespace
}  // namespace strabo

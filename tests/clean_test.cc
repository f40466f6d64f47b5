#include <gtest/gtest.h>

#include "clean/boilerplate.h"
#include "clean/clean_stage.h"
#include "test_util.h"

namespace strabo {
namespace {

Document Clean(const std::string& text, const std::string& lang = "auto") {
  Article article;
  article.text = text;
  Document doc = Document::FromArticle(article);
  StageOptions options;
  options.lang = lang;
  EXPECT_TRUE(NewCleanStage(options)->Process(doc).ok());
  return doc;
}

TEST(Boilerplate, ClassifiesScrapeLeftovers) {
  EXPECT_EQ(ClassifyLine("AFP/FADEL SENNA - A member of the Moroccan special forces guard stands "
                         "outside the building."),
            SkipReason::kCaption);
  EXPECT_EQ(ClassifyLine("REUTERS/Amr Abdallah Dalsh"), SkipReason::kCredit);
  EXPECT_EQ(ClassifyLine("Foto: Europa Press"), SkipReason::kCredit);
  EXPECT_EQ(ClassifyLine("yihadismo-marruecos-oficina-central-investigaciones-judiciales (1)"),
            SkipReason::kImageSlug);
  EXPECT_EQ(ClassifyLine("mohamed vi-rey-marruecos_0"), SkipReason::kImageSlug);
  EXPECT_EQ(ClassifyLine("IMG_2031.jpg"), SkipReason::kImageSlug);
  EXPECT_EQ(ClassifyLine("Read more: Morocco arrests five"), SkipReason::kBoilerplate);
  EXPECT_EQ(ClassifyLine("Sign up for our newsletter"), SkipReason::kBoilerplate);
  EXPECT_EQ(ClassifyLine("Síguenos en Twitter"), SkipReason::kBoilerplate);
  // Prose stays prose, even with dashes, datelines and hyphenated names.
  EXPECT_EQ(ClassifyLine("RABAT - Moroccan police arrested five men on Monday."), std::nullopt);
  EXPECT_EQ(ClassifyLine("Inezgane-Ait Melloul"), std::nullopt);
  EXPECT_EQ(ClassifyLine("well-known long-term follow-up"), std::nullopt);
  EXPECT_EQ(ClassifyLine("Share prices fell sharply in Casablanca."), std::nullopt);
  EXPECT_EQ(ClassifyLine("Marruecos detiene a cinco seguidores de Daesh"), std::nullopt);
}

TEST(CleanStage, FoundingArticleSkipsCaptionAndSlugsAndKeepsText) {
  const std::string text = testing::Fixture("000_590496950ddb5f2d.txt");
  Document doc = Clean(text);
  EXPECT_EQ(doc.text, text);
  ASSERT_EQ(doc.skipped.size(), 3u);
  EXPECT_EQ(doc.skipped[0].reason, SkipReason::kCaption);
  EXPECT_TRUE(doc.Text(doc.skipped[0].span).starts_with("AFP/FADEL SENNA - A member"));
  EXPECT_TRUE(doc.Text(doc.skipped[0].span).ends_with("Investigations (BCIJ)."));
  EXPECT_EQ(doc.Text(doc.skipped[1].span),
            "yihadismo-marruecos-oficina-central-investigaciones-judiciales (1)");
  EXPECT_EQ(doc.skipped[1].reason, SkipReason::kImageSlug);
  EXPECT_EQ(doc.Text(doc.skipped[2].span), "mohamed vi-rey-marruecos_0");
  EXPECT_EQ(doc.skipped[2].reason, SkipReason::kImageSlug);
}

TEST(CleanStage, FoundingArticleLanguagesPerParagraph) {
  Document doc = Clean(testing::Fixture("000_590496950ddb5f2d.txt"));
  EXPECT_EQ(doc.lang, "en");
  int spanish = 0, english = 0;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.skipped) continue;
    const std::string_view t = doc.Text(p.span);
    if (t.starts_with("Marruecos detiene")) {
      EXPECT_EQ(p.lang, "es");
      EXPECT_EQ(t, "Marruecos detiene a cinco seguidores de Daesh en varias ciudades del centro y "
                   "sur del país");
      ++spanish;
    } else {
      EXPECT_EQ(p.lang, "en") << t;
      ++english;
    }
  }
  EXPECT_EQ(spanish, 1);
  EXPECT_EQ(english, 6);
}

TEST(CleanStage, ShortOrNameFilledParagraphsTakeTheDocumentsLanguage) {
  // Spanish agency copy (written for this test in EFE's style): the
  // identifier called the dateline Catalan, the tennis result and the
  // sentence of names English, all "reliably".
  Document doc = Clean(
      "Barcelona , 23 may ( EFE ) .\n\n"
      "El Fondo Monetario Internacional anunció hoy que su director gerente viajará la próxima "
      "semana a Asia para reunirse con los ministros de Economía de la región y analizar la "
      "situación de los mercados financieros tras la crisis de los últimos meses .\n\n"
      "El FMI informó por medio de un comunicado que su director gerente dialogará con "
      "representantes de Tailandia , China , Corea del Sur , Indonesia e India .\n\n"
      "Andrei Pavel ( RUM ) a Jan-Michael Gambill ( USA ) por 6-3 , 7-5 .");
  EXPECT_EQ(doc.lang, "es");
  for (const Paragraph& p : doc.paragraphs) EXPECT_EQ(p.lang, "es") << doc.Text(p.span);
}

TEST(CleanStage, ForcedLanguageApplies) {
  Document doc = Clean("Police arrested five men.\n\nMarruecos detiene a cinco.", "es");
  for (const Paragraph& p : doc.paragraphs) EXPECT_EQ(p.lang, "es");
}

TEST(CleanStage, AOneSentenceSnippetGetsEnglishOrSpanish) {
  // Too short for CLD2 to be sure: it finds no language in the first and
  // Galician in the second; their function words decide.
  Document doc = Clean("Miles de estudiantes protestaron en Santiago contra la reforma.");
  EXPECT_EQ(doc.lang, "es");
  ASSERT_EQ(doc.paragraphs.size(), 1u);
  EXPECT_EQ(doc.paragraphs[0].lang, "es");
  doc = Clean("La policía detuvo a cinco hombres en Kenitra.");
  EXPECT_EQ(doc.lang, "es");
  doc = Clean("Police arrested five men in Kenitra on Monday after a raid by the army.");
  EXPECT_EQ(doc.lang, "en");
  // A short Portuguese sentence shares too few words with either to be taken.
  doc = Clean("A polícia prendeu cinco homens em Kenitra na segunda-feira.");
  EXPECT_NE(doc.lang, "es");
  EXPECT_NE(doc.lang, "en");
}

TEST(CleanStage, HardWrappedProseJoinsLines) {
  const std::string text =
      "Moroccan security forces arrested five men on Monday in several cities\n"
      "across the kingdom, according to a statement issued by the central bureau\n"
      "of judicial investigations, which said the men were preparing an attack.\n"
      "\n"
      "Headline without a full stop\n"
      "Another line that stands alone.\n";
  Document doc = Clean(text);
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_TRUE(doc.Text(doc.paragraphs[0].span).ends_with("preparing an attack."));
  EXPECT_EQ(doc.Text(doc.paragraphs[1].span), "Headline without a full stop");
}

TEST(CleanStage, CaptionInsideTextBecomesItsOwnParagraph) {
  Document doc = Clean("Police arrested five men.\nREUTERS/John Smith\nThey were charged.");
  ASSERT_EQ(doc.skipped.size(), 1u);
  EXPECT_EQ(doc.Text(doc.skipped[0].span), "REUTERS/John Smith");
  EXPECT_EQ(doc.skipped[0].reason, SkipReason::kCredit);
  EXPECT_TRUE(doc.IsSkipped(doc.skipped[0].span));
  EXPECT_FALSE(doc.IsSkipped(Span{0, 6}));
}

}  // namespace
}  // namespace strabo

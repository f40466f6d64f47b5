#include <gtest/gtest.h>

#include <sstream>

#include "read/date.h"
#include "read/html_extract.h"
#include "strabo/reader.h"
#include "test_util.h"

namespace strabo {
namespace {

using testing::ReadAll;
using testing::Record;

std::vector<Record> ReadJsonLines(const std::string& content) {
  auto reader = NewJsonLinesReader(std::make_unique<std::istringstream>(content), "in.jsonl");
  return ReadAll(*reader);
}

TEST(JsonLines, ReadsContractFieldsAndSkipsBadLinesWithReasons) {
  const std::string input =
      "{\"id\":\"a1\",\"url\":\"http://x/1\",\"title\":\"T\",\"text\":\"Police arrested five men.\","
      "\"date\":\"2024-03-14T10:00:00Z\",\"lang\":\"en\",\"extra\":[1,2]}\n"
      "{\"id\":\"broken\",\"text\":\"no closing brace\"\n"
      "\n"
      "[1,2,3]\n"
      "{\"id\":\"nt\",\"title\":\"no text\"}\n"
      "{\"id\":\"empty\",\"text\":\"   \"}\n"
      "{\"id\":7,\"text\":\"Numeric ids are accepted.\",\"published\":\"2025-03-14 20:30:26Z\"}\n"
      "{\"id\":\"baddate\",\"text\":\"x\",\"date\":\"yesterday\"}\n"
      "{\"id\":\"bad\",\"text\":\"\xC3\x28\"}\n"
      "{\"text\":\"No id: one is derived.\"}\n";
  const auto records = ReadJsonLines(input);
  ASSERT_EQ(records.size(), 9u);

  ASSERT_TRUE(records[0].ok);
  EXPECT_EQ(records[0].article.id, "a1");
  EXPECT_EQ(records[0].article.date, "2024-03-14");
  EXPECT_EQ(records[0].article.lang_hint, "en");
  EXPECT_EQ(records[0].article.origin, "in.jsonl:1");

  EXPECT_FALSE(records[1].ok);
  EXPECT_NE(records[1].error.find("in.jsonl:2: not valid JSON"), std::string::npos) << records[1].error;
  EXPECT_FALSE(records[2].ok);  // line 4 (the blank line 3 is not a record)
  EXPECT_NE(records[2].error.find("in.jsonl:4: not a JSON object"), std::string::npos);
  EXPECT_NE(records[3].error.find("no \"text\" or \"html\" field"), std::string::npos);
  EXPECT_NE(records[4].error.find("in.jsonl:6: empty article"), std::string::npos);
  ASSERT_TRUE(records[5].ok) << records[5].error;
  EXPECT_EQ(records[5].article.id, "7");
  EXPECT_EQ(records[5].article.date, "2025-03-14");
  EXPECT_NE(records[6].error.find("not an ISO date"), std::string::npos);
  EXPECT_NE(records[7].error.find("not valid UTF-8"), std::string::npos);
  ASSERT_TRUE(records[8].ok);
  EXPECT_EQ(records[8].article.id.size(), 16u);
}

TEST(JsonLines, HtmlFieldIsExtracted) {
  const auto records = ReadJsonLines(
      "{\"id\":\"h\",\"html\":\"<html><head><title>Page</title></head><body><nav>Home | World</nav>"
      "<article><p>Security forces arrested five suspects in Kenitra on Monday, officials said.</p>"
      "</article></body></html>\"}\n");
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].ok) << records[0].error;
  EXPECT_EQ(records[0].article.title, "Page");
  EXPECT_EQ(records[0].article.text,
            "Security forces arrested five suspects in Kenitra on Monday, officials said.");
}

TEST(TextReader, WholeFileIsOneArticleNamedAfterTheFile) {
  const std::string text = testing::Fixture("000_590496950ddb5f2d.txt");
  ASSERT_FALSE(text.empty());
  auto reader = NewTextReader(text, "news/000_590496950ddb5f2d.txt");
  const auto records = ReadAll(*reader);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].ok);
  EXPECT_EQ(records[0].article.id, "000_590496950ddb5f2d");
  EXPECT_EQ(records[0].article.text, text);  // unchanged, byte for byte
}

TEST(TextReader, RejectsEmptyAndInvalidUtf8) {
  auto empty = NewTextReader(" \n\t\n", "blank.txt");
  auto r1 = ReadAll(*empty);
  ASSERT_EQ(r1.size(), 1u);
  EXPECT_EQ(r1[0].error, "blank.txt: empty article (no text)");
  auto latin1 = NewTextReader("Caf\xE9 con leche", "latin1.txt");
  auto r2 = ReadAll(*latin1);
  ASSERT_EQ(r2.size(), 1u);
  EXPECT_NE(r2[0].error.find("latin1.txt: text is not valid UTF-8 (byte 3)"), std::string::npos);
}

TEST(OpenReader, MissingFileSaysSo) {
  auto reader = OpenReader("/nonexistent/news.txt");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().message(), "/nonexistent/news.txt: No such file or directory");
}

TEST(DetectFormat, ByContentFirst) {
  EXPECT_EQ(DetectFormat("{\"id\":1}", "a.txt"), InputFormat::kJsonLines);
  EXPECT_EQ(DetectFormat("  <!DOCTYPE html><html>", "page"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF<html lang=en>", "x.txt"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("Police arrested", "story.html"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("Police arrested", "story"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("", "dump.jsonl"), InputFormat::kJsonLines);
}

TEST(Date, NormalisesCommonForms) {
  EXPECT_EQ(NormalizeDate("2024-03-14"), "2024-03-14");
  EXPECT_EQ(NormalizeDate("2024-03-14T10:00:00+01:00"), "2024-03-14");
  EXPECT_EQ(NormalizeDate("2025-03-14 20:30:26Z"), "2025-03-14");
  EXPECT_EQ(NormalizeDate("Thu, 14 Mar 2024 10:00:00 GMT"), "2024-03-14");
  EXPECT_EQ(NormalizeDate("2024/03/14"), "2024-03-14");
  EXPECT_EQ(NormalizeDate("2023-02-29"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("2024-03-141"), "");
}

TEST(HtmlExtract, KeepsTheStoryAndDropsFurniture) {
  const std::string html = R"(<!DOCTYPE html><html lang="es-ES"><head>
    <title>Site | Story</title>
    <meta property="og:title" content="Marruecos detiene a cinco seguidores de Daesh">
    <meta property="article:published_time" content="2024-03-14T09:00:00Z">
    <link rel="canonical" href="https://example.com/story">
    <script>var x = "<p>not text</p>";</script></head>
    <body><header><p>Subscribe to our newsletter today, it is free and great.</p></header>
    <nav><ul><li>Home</li><li>World</li></ul></nav>
    <div class="article-body">
      <p>Las fuerzas de seguridad marroquíes detuvieron a cinco personas, según la policía.</p>
      <figure><img src="a.jpg"><figcaption>AFP/FADEL SENNA - Un agente.</figcaption></figure>
      <p>La operación se desarrolló en Casablanca, Kenitra y otras ciudades del país.</p>
      <div class="share-buttons"><p>Compartir en Facebook, Twitter y WhatsApp ahora mismo.</p></div>
    </div>
    <aside><p>Related: another story about something else entirely here.</p></aside>
    <footer><p>All rights reserved, Example Media Group, 2024.</p></footer></body></html>)";
  const HtmlArticle a = ExtractHtml(html);
  EXPECT_EQ(a.title, "Marruecos detiene a cinco seguidores de Daesh");
  EXPECT_EQ(a.date, "2024-03-14");
  EXPECT_EQ(a.url, "https://example.com/story");
  EXPECT_EQ(a.lang, "es");
  EXPECT_EQ(a.text,
            "Las fuerzas de seguridad marroquíes detuvieron a cinco personas, según la policía.\n\n"
            "La operación se desarrolló en Casablanca, Kenitra y otras ciudades del país.");
}

}  // namespace
}  // namespace strabo

// Feeds, WARC archives, gzip and legacy charsets.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <sstream>

#include "read/readers.h"
#include "strabo/reader.h"
#include "test_util.h"

namespace strabo {
namespace {

using testing::ReadAll;
using testing::Record;

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("strabo-formats-" + std::to_string(::getpid()) + "-" + name)).string();
}

TEST(Feed, Rss2ItemsWithHtmlContent) {
  const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>News</title><language>es-ES</language>
<item><title>Marruecos detiene a cinco seguidores de Daesh</title>
<link>https://example.com/a</link><guid>a-1</guid>
<pubDate>Thu, 14 Mar 2024 10:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Las fuerzas de seguridad detuvieron a cinco personas en Kenitra, según la policía.</p><p>Segundo párrafo.</p>]]></content:encoded>
</item>
<item><title>Second</title><link>https://example.com/b</link>
<description>&lt;p&gt;Police arrested &amp;amp; charged two men.&lt;/p&gt;</description></item>
</channel></rss>)";
  auto reader = NewFeedReader(rss, "news.rss");
  const auto records = ReadAll(*reader);
  ASSERT_EQ(records.size(), 2u);
  ASSERT_TRUE(records[0].ok) << records[0].error;
  EXPECT_EQ(records[0].article.id, "a-1");
  EXPECT_EQ(records[0].article.url, "https://example.com/a");
  EXPECT_EQ(records[0].article.date, "2024-03-14");
  EXPECT_EQ(records[0].article.lang_hint, "es");
  EXPECT_EQ(records[0].article.text,
            "Las fuerzas de seguridad detuvieron a cinco personas en Kenitra, según la policía.\n\n"
            "Segundo párrafo.");
  ASSERT_TRUE(records[1].ok) << records[1].error;
  EXPECT_EQ(records[1].article.id, "https://example.com/b");
  EXPECT_EQ(records[1].article.text, "Police arrested & charged two men.");
}

TEST(Feed, AtomEntries) {
  const std::string atom = R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<entry><title>Rabat praised</title><id>urn:x:1</id>
<link rel="self" href="https://example.com/self"/><link href="https://example.com/story"/>
<published>2024-03-15T08:00:00Z</published>
<content type="html">&lt;p&gt;NATO praised Morocco on Friday.&lt;/p&gt;</content></entry>
</feed>)";
  auto reader = NewFeedReader(atom, "f.atom");
  const auto records = ReadAll(*reader);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].ok) << records[0].error;
  EXPECT_EQ(records[0].article.url, "https://example.com/story");
  EXPECT_EQ(records[0].article.date, "2024-03-15");
  EXPECT_EQ(records[0].article.text, "NATO praised Morocco on Friday.");
}

TEST(Feed, BrokenFeedKeepsItemsBeforeTheError) {
  auto reader = NewFeedReader(
      "<rss><channel><item><title>A</title><description>Police arrested five men.</description></item>"
      "<item><title>B</broken></channel></rss>",
      "bad.rss");
  const auto records = ReadAll(*reader);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].ok);
  EXPECT_FALSE(records[1].ok);
  EXPECT_NE(records[1].error.find("bad.rss: not a well-formed feed (mismatched tag at line 1)"),
            std::string::npos) << records[1].error;
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                       const std::string& content_type = "application/http; msgtype=response") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-03-14T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri.substr(uri.size() - 1) +
         ">\r\nContent-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

std::string SampleWarc() {
  const std::string page =
      "<html><body><article><p>Moroccan security forces arrested five suspects in Kenitra on Monday, "
      "officials said.</p></article></body></html>";
  std::string chunked;
  chunked += "10\r\n" + page.substr(0, 16) + "\r\n";
  char size[16];
  std::snprintf(size, sizeof size, "%zx", page.size() - 16);
  chunked += std::string(size) + "\r\n" + page.substr(16) + "\r\n0\r\n\r\n";
  return WarcRecord("warcinfo", "urn:info:0", "software: test\r\n", "application/warc-fields") +
         WarcRecord("request", "https://example.com/1", "GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request") +
         WarcRecord("response", "https://example.com/1",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked) +
         WarcRecord("response", "https://example.com/2", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>") +
         WarcRecord("response", "https://example.com/3", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG") +
         "garbage between records\r\n" +
         WarcRecord("resource", "https://example.com/4",
                    "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xE9 owners in C\xF3rdoba "
                    "protested against the new tax on Friday, organisers said.</p></body></html>",
                    "text/html");
}

TEST(Warc, HtmlResponsesBecomeArticles) {
  auto reader = NewWarcReader(std::make_unique<std::istringstream>(SampleWarc()), "crawl.warc");
  const auto records = ReadAll(*reader);
  ASSERT_EQ(records.size(), 3u);
  ASSERT_TRUE(records[0].ok) << records[0].error;
  EXPECT_EQ(records[0].article.url, "https://example.com/1");
  EXPECT_EQ(records[0].article.date, "2024-03-14");
  EXPECT_EQ(records[0].article.text,
            "Moroccan security forces arrested five suspects in Kenitra on Monday, officials said.");
  EXPECT_FALSE(records[1].ok);  // the garbage line
  EXPECT_NE(records[1].error.find("crawl.warc:"), std::string::npos);
  EXPECT_NE(records[1].error.find("expected a WARC record"), std::string::npos);
  ASSERT_TRUE(records[2].ok) << records[2].error;
  EXPECT_EQ(records[2].article.text,
            "Café owners in Córdoba protested against the new tax on Friday, organisers said.");
}

TEST(Warc, GzipMembersAreReadThroughOpenReader) {
  const std::string path = TempPath("crawl.warc.gz");
  gzFile gz = gzopen(path.c_str(), "wb");
  const std::string warc = SampleWarc();
  const size_t half = warc.find("WARC/1.0", warc.size() / 2);
  gzwrite(gz, warc.data(), static_cast<unsigned>(half));
  gzclose(gz);
  gz = gzopen(path.c_str(), "ab");  // a second gzip member, as Common Crawl writes
  gzwrite(gz, warc.data() + half, static_cast<unsigned>(warc.size() - half));
  gzclose(gz);
  auto reader = OpenReader(path);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  const auto records = ReadAll(**reader);
  std::filesystem::remove(path);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_TRUE(records[0].ok);
  EXPECT_TRUE(records[2].ok);
}

TEST(OpenReader, GzippedJsonLinesAndLegacyHtml) {
  const std::string jsonl = TempPath("dump.jsonl.gz");
  gzFile gz = gzopen(jsonl.c_str(), "wb");
  const std::string lines = "{\"id\":\"x\",\"text\":\"Police arrested five men.\"}\n";
  gzwrite(gz, lines.data(), static_cast<unsigned>(lines.size()));
  gzclose(gz);
  auto reader = OpenReader(jsonl);
  ASSERT_TRUE(reader.ok());
  auto records = ReadAll(**reader);
  std::filesystem::remove(jsonl);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].article.id, "x");

  auto page = NewHtmlReader("<html><body><p>Manifestantes en C\xF3rdoba y M\xE1laga protestaron el viernes.</p></body></html>",
                            "latin.html");
  records = ReadAll(*page);
  ASSERT_EQ(records.size(), 1u);
  ASSERT_TRUE(records[0].ok) << records[0].error;
  EXPECT_EQ(records[0].article.text, "Manifestantes en Córdoba y Málaga protestaron el viernes.");
}

TEST(DetectFormat, FeedsAndArchives) {
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "x"),
            InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("WARC/1.1\r\nWARC-Type: warcinfo", "crawl"), InputFormat::kWarc);
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?><html>", "x.xhtml"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?><data/>", "x.xml"), InputFormat::kText);
}

}  // namespace
}  // namespace strabo

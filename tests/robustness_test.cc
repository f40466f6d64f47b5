// Randomized robustness: mutated and random inputs through every reader and
// the whole pipeline must give either a clean rejection or a Document that
// satisfies the invariants. Deterministic (fixed seeds); runs under ASan and
// UBSan in CI. Deeper, coverage-guided runs: fuzz/ (scripts/fuzz).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "invariants.h"
#include "pipeline/output.h"
#include "strabo/pipeline.h"
#include "test_util.h"

namespace strabo {
namespace {

std::string Mutate(std::string s, std::mt19937& rng) {
  static const std::string kInteresting[] = {
      "\xC3", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\n\n", "\r\n", "{", "}", "\"", "\\u0000",
      "<p>", "</div>", "AFP/", " - ", "...", "U.S.", "del ", "n't", "\xCC\x81", "\x00", "\xEF\xBB\xBF"};
  const int edits = 1 + static_cast<int>(rng() % 8);
  for (int i = 0; i < edits; ++i) {
    const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 5) {
      case 0:  // flip a byte
        if (!s.empty()) s[rng() % s.size()] ^= static_cast<char>(1 << (rng() % 8));
        break;
      case 1:  // insert an interesting string
        s.insert(pos, kInteresting[rng() % std::size(kInteresting)]);
        break;
      case 2:  // truncate
        s.resize(pos);
        break;
      case 3:  // delete a run
        s.erase(pos, rng() % 16);
        break;
      default:  // duplicate a run
        if (!s.empty()) s.insert(pos, s.substr(rng() % s.size(), rng() % 32));
    }
  }
  return s;
}

void RunAll(Reader& reader, const Pipeline& pipeline) {
  Article article;
  Status status;
  int records = 0;
  while (reader.Next(&article, &status) && records++ < 1000) {
    if (!status.ok()) {
      EXPECT_FALSE(status.message().empty());
      continue;
    }
    Document doc = Document::FromArticle(article);
    const Status run = pipeline.Run(doc);
    if (!run.ok()) continue;
    const std::string problem = testing::CheckInvariants(doc);
    ASSERT_EQ(problem, "") << "input origin " << doc.origin;
    std::string json;
    AppendDocumentJson(doc, OutputOptions{true}, &json);
    ASSERT_FALSE(json.empty());
  }
}

TEST(Robustness, MutatedInputsNeverBreakReadersOrStages) {
  const Pipeline& pipeline = testing::StandardPipeline("auto");
  const std::string founding = testing::Fixture("000_590496950ddb5f2d.txt");
  const std::string jsonl = "{\"id\":\"a\",\"text\":\"Police arrested five men in Kenitra.\",\"date\":\"2024-03-14\"}\n"
                            "{\"id\":\"b\",\"html\":\"<p>Rabat praised NATO, officials said.</p>\",\"lang\":\"es\"}\n";
  const std::string html = "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" +
                           founding.substr(0, 600) + "</p></article></body></html>";
  std::mt19937 rng(20261129);
  for (int i = 0; i < 300; ++i) {
    auto text = NewTextReader(Mutate(founding, rng), "mutated.txt");
    RunAll(*text, pipeline);
    auto lines = NewJsonLinesReader(std::make_unique<std::istringstream>(Mutate(jsonl, rng)), "m.jsonl");
    RunAll(*lines, pipeline);
    auto page = NewHtmlReader(Mutate(html, rng), "m.html");
    RunAll(*page, pipeline);
  }
}

TEST(Robustness, RandomBytesAreRejectedOrAnalysed) {
  const Pipeline& pipeline = testing::StandardPipeline("auto");
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    std::string junk(rng() % 2000, '\0');
    for (char& c : junk) c = static_cast<char>(rng() % 256);
    auto text = NewTextReader(junk, "junk.txt");
    RunAll(*text, pipeline);
    auto page = NewHtmlReader(junk, "junk.html");
    RunAll(*page, pipeline);
  }
}

// The event invariants the fuzzers check (tests/invariants.h) hold on a
// coded article and catch each way an event can break them.
TEST(Robustness, EventInvariantsCatchBrokenEvents) {
  Article article;
  article.title = "Marruecos detiene a cinco seguidores de Daesh";
  article.text = "Police arrested five men in Kenitra. Rabat praised NATO.";
  article.date = "2024-03-14";
  article.lang_hint = "en";
  Document doc = Document::FromArticle(std::move(article));
  ASSERT_TRUE(testing::StandardPipeline("auto").Run(doc).ok());
  ASSERT_EQ(testing::CheckInvariants(doc), "");
  auto arrested = std::find_if(doc.events.begin(), doc.events.end(), [&](const Event& e) {
    return !e.in_title && doc.Text(e.trigger) == "arrested";
  });
  ASSERT_NE(arrested, doc.events.end());
  auto broken = [&](auto edit) {
    Document copy = doc;
    edit(copy.events[static_cast<size_t>(arrested - doc.events.begin())]);
    return testing::CheckInvariants(copy);
  };
  EXPECT_EQ(broken([](Event& e) { e.trigger = {37, 43}; }), "event trigger outside its sentence");
  EXPECT_EQ(broken([](Event& e) { e.trigger.end = e.trigger.begin; }), "bad event span");
  EXPECT_EQ(broken([](Event& e) { e.count = -5; }), "negative event count");
  EXPECT_EQ(broken([](Event& e) { e.target = Actor{Span{50, 70}, "", "", ""}; }),
            "bad event actor span");
  // A title event's spans point into the title, which is longer than the
  // text's first sentence: inside the title, outside it once read as text.
  Document title = doc;
  title.text.resize(36);
  title.events = {*arrested};
  title.events[0].in_title = true;
  title.events[0].sentence = {0, 45};
  title.events[0].trigger = {10, 17};  // "detiene"
  title.paragraphs.clear();
  title.sentences.clear();
  title.tokens.clear();
  title.entities.clear();
  title.places.clear();
  title.times.clear();
  EXPECT_EQ(testing::CheckInvariants(title), "");
  title.events[0].in_title = false;
  EXPECT_EQ(testing::CheckInvariants(title), "bad event span");
}

}  // namespace
}  // namespace strabo

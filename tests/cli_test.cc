// End-to-end tests of the strabo command: real processes, real files.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "geo/gazetteer.h"
#include "test_util.h"
#include "parse/parser.h"
#include "tag/pos_dictionary.h"
#include "tag/tagger.h"
#include "util/container.h"
#include "util/resources.h"
#include "util/utf8.h"

namespace strabo {
namespace {

struct RunResult {
  int exit_code;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("strabo-cli-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  void Write(const std::string& name, const std::string& content) const {
    std::ofstream(Path(name), std::ios::binary) << content;
  }

  // Runs `strabo <args>` through the shell, capturing stdout and stderr.
  RunResult Run(const std::string& args, const std::string& stdin_file = "") const {
    const std::string out = Path("stdout"), err = Path("stderr");
    std::string cmd = std::string(STRABO_BIN) + " " + args + " >" + out + " 2>" + err;
    if (!stdin_file.empty()) cmd += " <" + stdin_file;
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadFile(out).value();
    r.err = ReadFile(err).value();
    return r;
  }

  std::filesystem::path dir_;
};

// Text between code point offsets, as a client of the contract would slice it.
std::string SliceCodePoints(std::string_view text, int64_t start, int64_t end) {
  std::string out;
  size_t pos = 0;
  int64_t cp = 0;
  while (pos < text.size() && cp < end) {
    const size_t before = pos;
    DecodeUtf8(text, &pos);
    if (cp >= start) out.append(text.substr(before, pos - before));
    ++cp;
  }
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

TEST_F(CliTest, ExtractFoundingArticleFollowsTheContract) {
  const RunResult r = Run("extract --sentences " + testing::FixturePath("000_590496950ddb5f2d.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);

  simdjson::dom::parser parser;
  simdjson::dom::element doc = parser.parse(lines[0]);
  const std::string_view text = doc["text"].get_string();
  EXPECT_EQ(text, testing::Fixture("000_590496950ddb5f2d.txt"));
  EXPECT_EQ(std::string_view(doc["id"]), "000_590496950ddb5f2d");
  EXPECT_EQ(std::string_view(doc["lang"]), "en");
  for (const char* key : {"entities", "places", "times", "events"})
    EXPECT_TRUE(doc[key].is_array()) << key;

  std::vector<std::pair<std::string, std::string>> skipped;
  for (auto s : doc["skipped"].get_array())
    skipped.emplace_back(std::string(std::string_view(s["reason"])),
                         SliceCodePoints(text, int64_t(s["start"]), int64_t(s["end"])));
  ASSERT_EQ(skipped.size(), 3u);
  EXPECT_EQ(skipped[0].first, "caption");
  EXPECT_TRUE(skipped[0].second.starts_with("AFP/FADEL SENNA - "));
  EXPECT_EQ(skipped[1], std::make_pair(std::string("image_slug"),
                                       std::string("yihadismo-marruecos-oficina-central-investigaciones-judiciales (1)")));
  EXPECT_EQ(skipped[2], std::make_pair(std::string("image_slug"), std::string("mohamed vi-rey-marruecos_0")));

  // Token offsets are code points: slicing with them gives the token text.
  size_t tokens = 0;
  bool headline = false;
  for (auto s : doc["sentences"].get_array()) {
    const std::string sentence = SliceCodePoints(text, int64_t(s["start"]), int64_t(s["end"]));
    if (sentence.starts_with("Marruecos detiene")) {
      headline = true;
      EXPECT_EQ(std::string_view(s["lang"]), "es");
      EXPECT_TRUE(sentence.ends_with("sur del país"));
    }
    for (auto t : s["tokens"].get_array()) {
      EXPECT_EQ(SliceCodePoints(text, int64_t(t["start"]), int64_t(t["end"])), std::string_view(t["text"]));
      ++tokens;
    }
  }
  EXPECT_TRUE(headline);
  EXPECT_GT(tokens, 500u);
}

TEST_F(CliTest, BadInputIsReportedAndTheRunGoesOn) {
  Write("mixed.jsonl",
        "{\"id\":\"one\",\"text\":\"Police arrested five men in Kenitra.\"}\n"
        "{\"id\":\"two\",\"text\":\"unterminated\n"
        "{\"id\":\"three\",\"text\":\"Rabat praised NATO.\"}\n");
  Write("empty.txt", "\n\n");
  const RunResult r = Run("extract -q --rejects " + Path("rejects.jsonl") + " " + Path("mixed.jsonl") +
                          " " + Path("missing.txt") + " " + Path("empty.txt") + " " +
                          testing::FixturePath("000_590496950ddb5f2d.txt"));
  EXPECT_EQ(r.exit_code, 1);
  const auto out = Lines(r.out);
  ASSERT_EQ(out.size(), 3u);  // one, three and the founding article, in input order
  EXPECT_NE(out[0].find("\"id\":\"one\""), std::string::npos);
  EXPECT_NE(out[1].find("\"id\":\"three\""), std::string::npos);
  EXPECT_NE(out[2].find("\"id\":\"000_590496950ddb5f2d\""), std::string::npos);
  const auto err = Lines(r.err);
  ASSERT_EQ(err.size(), 3u) << r.err;
  EXPECT_NE(err[0].find("mixed.jsonl:2: not valid JSON"), std::string::npos);
  EXPECT_NE(err[1].find("missing.txt: No such file or directory"), std::string::npos);
  EXPECT_NE(err[2].find("empty.txt: empty article"), std::string::npos);
  EXPECT_EQ(Lines(ReadFile(Path("rejects.jsonl")).value()).size(), 3u);
}

TEST_F(CliTest, ReadsJsonLinesFromStdinInParallelInOrder) {
  std::string input;
  for (int i = 0; i < 200; ++i)
    input += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Report number " + std::to_string(i) +
             ". Police arrested " + std::to_string(i) + " people.\"}\n";
  Write("in.jsonl", input);
  const RunResult r = Run("extract --threads 4", Path("in.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto out = Lines(r.out);
  ASSERT_EQ(out.size(), 200u);
  for (int i = 0; i < 200; ++i)
    EXPECT_NE(out[i].find("\"id\":\"n" + std::to_string(i) + "\""), std::string::npos);
}

TEST_F(CliTest, IngestIsIdempotent) {
  const std::string db = Path("news.db");
  const std::string inputs = std::string(STRABO_SAMPLES) + "/news/voa_sample.jsonl " +
                             std::string(STRABO_SAMPLES) + "/news/000_590496950ddb5f2d.txt";
  const RunResult first = Run("ingest -q --db " + db + " " + inputs);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("13 added, 0 updated, 0 unchanged, 0 rejected"), std::string::npos) << first.err;
  const RunResult second = Run("ingest -q --db " + db + " " + inputs);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 added, 0 updated, 13 unchanged, 0 rejected"), std::string::npos) << second.err;
}

TEST_F(CliTest, HelpAndUsageErrors) {
  const RunResult help = Run("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("extract"), std::string::npos);
  EXPECT_NE(help.out.find("Exit status"), std::string::npos);
  const RunResult extract_help = Run("extract --help");
  EXPECT_EQ(extract_help.exit_code, 0);
  EXPECT_NE(extract_help.out.find("--sentences"), std::string::npos);
  EXPECT_EQ(Run("extract --lang klingon x.txt").exit_code, 2);
  EXPECT_EQ(Run("no-such-command").exit_code, 2);
  const RunResult no_db = Run("ingest " + testing::FixturePath("000_590496950ddb5f2d.txt"));
  EXPECT_EQ(no_db.exit_code, 2);
  EXPECT_NE(no_db.err.find("--db"), std::string::npos);
}

TEST_F(CliTest, EvalTimesScoresATimeBankFile) {
  const RunResult r = Run("eval times --lang en --gold " + testing::FixturePath("timebank_sample.tsv"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("times eval (en): 2 documents, 4 gold"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("value"), std::string::npos);
  const RunResult help = Run("eval times --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--gold"), std::string::npos);
  const RunResult missing = Run("eval times --lang en --gold " + Path("none.tsv"));
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("none.tsv"), std::string::npos) << missing.err;
  Write("bad.tsv", "Monday B-DATE\n");
  const RunResult bad = Run("eval times --lang en --gold " + Path("bad.tsv"));
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("bad.tsv:1:"), std::string::npos) << bad.err;
  EXPECT_EQ(Run("eval times --lang fr --gold x.tsv").exit_code, 2);
}

TEST_F(CliTest, LexiconCheckAndLookups) {
  const RunResult check = Run("lexicon check");
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_NE(check.out.find("all event lexicons load and agree with each other"), std::string::npos);
  EXPECT_NE(check.out.find("triggers.es.tsv: "), std::string::npos);
  const RunResult actor = Run("lexicon actor --date 2024-03-14 'Moroccan security forces'");
  ASSERT_EQ(actor.exit_code, 0) << actor.err;
  EXPECT_NE(actor.out.find("code=MAR country=MAR sector=COP name=-"), std::string::npos) << actor.out;
  const RunResult es = Run("lexicon actor --lang es 'cinco seguidores de Daesh'");
  EXPECT_NE(es.out.find("code=IMG country=- sector=REB name=Islamic State"), std::string::npos)
      << es.out;
  const RunResult unknown = Run("lexicon actor 'the weather'");
  EXPECT_NE(unknown.out.find("unknown actor"), std::string::npos);
  const RunResult trigger = Run("lexicon trigger 'Police arrested five suspects.'");
  EXPECT_NE(trigger.out.find("\"arrested\" (line "), std::string::npos) << trigger.out;
  EXPECT_NE(trigger.out.find("COERCE arrest cameo=173 acled=Arrests"), std::string::npos);
  // A broken lexicon directory is a fatal error naming the file.
  std::filesystem::create_directories(Path("data/events"));
  Write("data/events/cameo_plover.tsv", "not a lexicon\n");
  const RunResult broken = Run("lexicon --resources " + Path("") + " check");
  EXPECT_EQ(broken.exit_code, 3);
  EXPECT_NE(broken.err.find("cameo_plover.tsv:1: not a strabo lexicon"), std::string::npos)
      << broken.err;
}

TEST_F(CliTest, EvalEventsScoresTheCoderAgainstTheGold) {
  const RunResult r =
      Run("eval events --gold " + testing::FixturePath("events/plover_gold_sample.json"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("4 sentences scored"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("pipeline: clean, segment, tag, parse, entities, places, times, events"),
            std::string::npos);
  // The gold's four events are found with their types; the fifth coded event
  // is real but not in the gold ("opened fire to disperse demonstrators ...
  // arresting 12": the dispersal and the arrests are two acts).
  EXPECT_NE(r.out.find("event type per sentence: P 80.0  R 100.0  F1 88.9  (tp 4, fp 1, fn 0)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("code JAP read as JPN"), std::string::npos);
  // The arrest in the Israeli sentence is the gold's; the one in the
  // Egyptian sentence is real, but the gold gives its COERCE no mode.
  EXPECT_NE(r.out.find("arrests (COERCE arrest / CAMEO 173x): P 50.0  R 100.0  F1 66.7  (tp 1, "
                       "fp 1, fn 0)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("ACLED sub-event of the most confident event: 1 of 1 sentences (100.0%"),
            std::string::npos)
      << r.out;
  const RunResult dump =
      Run("eval events --dump --gold " + testing::FixturePath("events/up_gold_sample.xml"));
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  // "detuvo a cinco seguidores de Daesh" is coded with its actors; "se
  // incautó de armas" is a seizure, COERCE, where the gold says SANCTION.
  EXPECT_NE(dump.out.find("== S1  tp=1 fp=1 fn=1"), std::string::npos) << dump.out;
  EXPECT_NE(dump.out.find("pred  COERCE    EXTRA \"incautó\""), std::string::npos) << dump.out;
  EXPECT_NE(dump.out.find("gold  COERCE    match \"detuvo\""), std::string::npos) << dump.out;
  EXPECT_NE(dump.out.find("target: cinco seguidores de Daesh [IMG REB]"), std::string::npos)
      << dump.out;
  const RunResult recall = Run("eval events --lexicon-recall --gold " +
                               testing::FixturePath("events/up_gold_sample.xml"));
  ASSERT_EQ(recall.exit_code, 0) << recall.err;
  EXPECT_NE(recall.out.find("2 gold events with a PLOVER type"), std::string::npos) << recall.out;
  EXPECT_NE(recall.out.find("a trigger with the gold type:        1 (50.0%)"), std::string::npos)
      << recall.out;
  const RunResult bad = Run("eval events --gold " + testing::FixturePath("000_590496950ddb5f2d.txt"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("not a gold file strabo reads"), std::string::npos);
  const RunResult help = Run("eval events --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--lexicon-recall"), std::string::npos);
}

}  // namespace
}  // namespace strabo

namespace strabo {
namespace {

TEST_F(CliTest, GazetteerBuildAndLookup) {
  const std::string fx = testing::FixturePath("geo");
  const std::string data = std::string(STRABO_SOURCE_DIR) + "/data/geo";
  const std::string gaz = Path("fixture.gaz");
  RunResult r = Run("gazetteer build --data " + data + " --out " + gaz + " --cities500 " + fx +
                    "/cities500.txt --cities-json " + fx + "/cities.json --country-info " + fx +
                    "/countryInfo.txt --admin1 " + fx + "/admin1CodesASCII.txt --country-names " +
                    fx + "/langs --world-countries " + fx +
                    "/world-countries.json --nationalities " + fx + "/nationalities");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("26 places"), std::string::npos) << r.err;
  r = Run("gazetteer lookup --gazetteer " + gaz + " Chichaua 'Aït Melloul' Atlantis");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2553303\tChichaoua\tMA"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Ait Melloul\tMA\tSouss-Massa"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Atlantis (key \"atlantis\"): 0 entries"), std::string::npos) << r.out;

  // A missing source names itself and the run fails.
  r = Run("gazetteer build --data " + data + " --out " + Path("x.gaz") + " --cities500 " +
          Path("nope.txt") + " --npm " + Path("no_modules"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
}

TEST_F(CliTest, EvalGeoScoresAGoldFile) {
  if (!geo::Gazetteer::OpenDefault("").ok())
    GTEST_SKIP() << "the full gazetteer is not built (scripts/setup builds it)";
  // Two articles; offsets are code points ("Aït" has a two-byte letter).
  Write("gold.jsonl",
        R"({"id":"a","text":"Police in Aït Melloul and Kenitra arrested two men.","toponyms":[)"
        R"({"start":10,"end":21,"text":"Aït Melloul","lat":30.3342,"lon":-9.4972,"geonameid":0},)"
        R"({"start":26,"end":33,"text":"Kenitra","lat":34.261,"lon":-6.5802,"geonameid":2544571}]})"
        "\n"
        R"({"id":"b","text":"The mayor of Springfield spoke.","toponyms":[]})"
        "\n");
  const RunResult r = Run("eval geo --json --gold " + Path("gold.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element s = parser.parse(Lines(r.out).at(0));
  EXPECT_EQ(int64_t(s["articles"]), 2);
  EXPECT_EQ(int64_t(s["gold"]), 2);
  EXPECT_DOUBLE_EQ(double(s["recall_exact"]), 1.0);
  EXPECT_DOUBLE_EQ(double(s["accuracy_161km"]), 1.0);
  EXPECT_LT(double(s["median_km"]), 10.0);

  Write("bad.jsonl", "{not json\n");
  const RunResult bad = Run("eval geo --gold " + Path("bad.jsonl"));
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("bad.jsonl"), std::string::npos) << bad.err;
}

// Columns of the CoNLL-U word rows of `out` (multi-word token rows included).
std::vector<std::vector<std::string>> ConlluRows(const std::string& out) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : Lines(out)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (;;) {
      const size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(cols);
  }
  return rows;
}

TEST_F(CliTest, ParseFillsConlluColumnsAndKeepsMultiWordTokens) {
  // Gold columns are blanked: the tool must fill them itself.
  Write("in.conllu",
        "# text = La policía quiere detenerlos.\n"
        "1\tLa\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tpolicía\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tquiere\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4-5\tdetenerlos\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "4\tdetener\tX\tX\t_\tFoo=Bar\t9\tjunk\t_\t_\n"
        "5\tlos\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n");
  const RunResult r = Run("parse --lang es --format conllu " + Path("in.conllu"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = ConlluRows(r.out);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[3][0], "4-5");
  EXPECT_EQ(rows[3][1], "detenerlos");
  EXPECT_EQ(rows[3][9], "SpaceAfter=No");
  for (const auto& row : rows) ASSERT_EQ(row.size(), 10u);
  // policía ← quiere (nsubj); detener: VERB, lemma detener, xcomp of quiere; los: obj of detener.
  EXPECT_EQ(rows[1][3], "NOUN");
  EXPECT_EQ(rows[1][6], "3");
  EXPECT_EQ(rows[1][7], "nsubj");
  EXPECT_EQ(rows[4][1], "detener");
  EXPECT_EQ(rows[4][2], "detener");
  EXPECT_EQ(rows[4][3], "VERB");
  EXPECT_EQ(rows[4][5], "VerbForm=Inf");
  EXPECT_EQ(rows[4][6], "3");
  EXPECT_EQ(rows[4][7], "xcomp");
  EXPECT_EQ(rows[5][3], "PRON");
  EXPECT_EQ(rows[5][6], "4");
  EXPECT_EQ(rows[5][7], "obj");
  EXPECT_EQ(rows[2][7], "root");
}

TEST_F(CliTest, ParsePlainTextSegmentsFirst) {
  Write("in.txt", "Police arrested five men in Kenitra. They were released on Monday.\n");
  const RunResult r = Run("parse --lang en " + Path("in.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# sent_id = 1\n# text = Police arrested five men in Kenitra.\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# sent_id = 2\n# text = They were released on Monday.\n"), std::string::npos);
  const auto rows = ConlluRows(r.out);
  ASSERT_EQ(rows.size(), 13u);
  EXPECT_EQ(rows[0][1], "Police");
  EXPECT_EQ(rows[0][7], "nsubj");
  EXPECT_EQ(rows[1][7], "root");
  EXPECT_EQ(rows[5][9], "SpaceAfter=No");  // "Kenitra" before "."
}

TEST_F(CliTest, ParseReportsBadSentencesAndGoesOn) {
  Write("bad.conllu",
        "1\tPolice\t_\t_\n"
        "\n"
        "1\tPolice\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tarrested\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tthem\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n");
  const RunResult r = Run("parse --lang en --format conllu " + Path("bad.conllu") + " " + Path("missing.conllu"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.conllu:1: expected 10 tab-separated columns"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.conllu"), std::string::npos) << r.err;
  const auto rows = ConlluRows(r.out);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][7], "root");
  EXPECT_EQ(rows[2][7], "obj");
}

TEST_F(CliTest, EvalParseScoresAgainstGold) {
  const RunResult r = Run("eval parse --lang en --gold " + testing::FixturePath("en_small.conllu"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 sentences, 14 words"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("UPOS   100.00"), std::string::npos) << r.out;
  const size_t las = r.out.find("LAS    ");
  ASSERT_NE(las, std::string::npos) << r.out;
  EXPECT_GE(std::stod(r.out.substr(las + 7)), 85.0) << r.out;  // 13 of 14 words or better
  // A system file that gets one head wrong out of 14 words.
  std::string system = testing::Fixture("en_small.conllu");
  const size_t at = system.find("6\tpolice\tpolice\tNOUN\tNN\tNumber=Sing\t4");
  ASSERT_NE(at, std::string::npos);
  system.replace(at + std::string("6\tpolice\tpolice\tNOUN\tNN\tNumber=Sing\t").size(), 1, "8");
  Write("system.conllu", system);
  const RunResult s = Run("eval parse --gold " + testing::FixturePath("en_small.conllu") + " --system " + Path("system.conllu"));
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_NE(s.out.find("UAS     92.86"), std::string::npos) << s.out;
  EXPECT_EQ(Run("eval parse --gold " + testing::FixturePath("en_small.conllu")).exit_code, 2);
}

TEST_F(CliTest, TrainingIsDeterministicGivenASeed) {
  const std::string data = testing::FixturePath("en_small.conllu");
  for (const char* name : {"a", "b"}) {
    const RunResult t = Run(std::string("train tagger --lang en --epochs 3 --train ") + data + " --out " + Path(std::string(name) + ".tagger"));
    ASSERT_EQ(t.exit_code, 0) << t.err;
    EXPECT_NE(t.err.find("tagger epoch 3/3"), std::string::npos) << t.err;
    const RunResult p = Run(std::string("train parser --lang en --epochs 3 --jackknife 0 --train ") + data + " --dev " + data + " --out " + Path(std::string(name) + ".parser"));
    ASSERT_EQ(p.exit_code, 0) << p.err;
    EXPECT_NE(p.err.find("dev UAS"), std::string::npos) << p.err;
  }
  // Same bytes in every section; the settings differ only by the --out path.
  for (const auto& [kind, sections] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"tagger", {"upos", "feats", "lemma", "feat_classes", "scripts", "lexicon", "verbs"}},
           {"parser", {"model", "labels"}}}) {
    const uint32_t version = kind == "parser" ? Parser::kKindVersion : 1;
    auto a = Container::Open(Path("a." + kind), kind, version);
    auto b = Container::Open(Path("b." + kind), kind, version);
    ASSERT_TRUE(a.ok() && b.ok());
    for (const std::string& section : sections) {
      ASSERT_TRUE(a->Section(section).ok()) << kind << " " << section;
      EXPECT_TRUE(a->Section(section).value() == b->Section(section).value()) << kind << " " << section;
    }
    EXPECT_EQ(a->Setting("seed"), "1");
    EXPECT_NE(a->Setting("command").find("strabo train " + kind + " --lang en --train "), std::string::npos);
  }
  const RunResult usage = Run("train tagger --lang xx --train " + data + " --out " + Path("x"));
  EXPECT_EQ(usage.exit_code, 2);
  const RunResult missing = Run("train tagger --lang en --train " + Path("none.conllu") + " --out " + Path("x"));
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("none.conllu"), std::string::npos);
  for (const char* help : {"parse --help", "train --help", "train parser --help", "eval parse --help"})
    EXPECT_EQ(Run(help).exit_code, 0) << help;
}

// --verb-endings: a malformed table is refused with its file and line; the
// rules need --verb-feature; a good table makes a version 3 model.
TEST_F(CliTest, TrainTaggerVerbEndingsAreCheckedAndStored) {
  const std::string data = testing::FixturePath("en_small.conllu");
  ASSERT_TRUE(WriteFileAtomically(Path("bad-endings.tsv"), "# rules\nied\ty\t3\nno tab here\n").ok());
  ASSERT_TRUE(WriteFileAtomically(Path("endings.tsv"), "# rules\nied\ty\t3\n\t\t9\n").ok());
  const std::string base = "train tagger --lang en --epochs 1 --train " + data + " --out " + Path("v.tagger");
  const RunResult bad = Run(base + " --verb-feature --verb-endings " + Path("bad-endings.tsv"));
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("bad-endings.tsv:3"), std::string::npos) << bad.err;
  const RunResult alone = Run(base + " --verb-endings " + Path("endings.tsv"));
  EXPECT_EQ(alone.exit_code, 3);
  EXPECT_NE(alone.err.find("--verb-feature"), std::string::npos) << alone.err;
  const RunResult good = Run(base + " --verb-feature --verb-endings " + Path("endings.tsv"));
  ASSERT_EQ(good.exit_code, 0) << good.err;
  auto c = Container::Open(Path("v.tagger"), "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->kind_version(), 3u);
  EXPECT_NE(c->Setting("command").find("--verb-endings " + Path("endings.tsv")), std::string::npos);
  EXPECT_EQ(c->Setting("verb_endings_source"), "rules");
}

// scripts/harmonise-es-pud rewrites UD Spanish PUD in the conventions of
// the GSD file it is given (models/README.md, "Spanish PUD in GSD's
// conventions"): checked on a two-sentence PUD and a GSD reference that
// shows "su" as DET, "mayo" as PROPN, "que" as SCONJ, a preposition before
// an infinitive as mark.
TEST_F(CliTest, HarmoniseEsPudRewritesPudInGsdConventions) {
  Write("gsd.conllu",
        "1\tsu\tsu\tDET\t_\tNumber=Sing|Person=3\t2\tdet\t_\t_\n"
        "2\tcasa\tcasa\tNOUN\t_\tNumber=Sing\t0\troot\t_\t_\n\n"
        "1\tSu\tsu\tDET\t_\tNumber=Sing|Person=3\t2\tdet\t_\t_\n"
        "2\tmayo\tmayo\tPROPN\t_\t_\t0\troot\t_\t_\n\n"
        "1\tsu\tsu\tDET\t_\tNumber=Sing|Person=3\t2\tdet\t_\t_\n"
        "2\tpara\tpara\tADP\t_\t_\t3\tmark\t_\t_\n"
        "3\tir\tir\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n\n"
        "1\tdijo\tdecir\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
        "\t0\troot\t_\t_\n"
        "2\tque\tque\tSCONJ\t_\t_\t3\tmark\t_\t_\n"
        "3\tvino\tvenir\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
        "\t1\tccomp\t_\t_\n\n");
  Write("pud.conllu",
        "# sent_id = p1\n"
        "1\tLos\tel\tDET\t_\tNumber=Plur\t2\tdet\t_\t_\n"
        "2\thombres\thombre\tNOUN\t_\tNumber=Plur\t6\tnsubj\t_\t_\n"
        "3\tque\tque\tPRON\t_\tPronType=Rel\t4\tnsubj\t_\t_\n"
        "4\tvieron\tver\tVERB\t_\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
        "\t2\tacl:relcl\t_\t_\n"
        "5\tsu\tsu\tPRON\t_\tNumber=Sing|Person=3\t4\tdet\t_\t_\n"
        "6\tvinieron\tvenir\tVERB\t_\tMood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
        "\t0\troot\t_\t_\n"
        "7\tpara\tpara\tADP\t_\t_\t8\tcase\t_\t_\n"
        "8\thablar\thablar\tVERB\t_\tVerbForm=Inf\t6\txcomp\t_\t_\n\n"
        "1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n"
        "2\tel\tel\tDET\t_\tNumber=Sing\t3\tdet\t_\t_\n"
        "3\tmayo\tmayo\tNOUN\t_\tNumber=Sing\t0\troot\t_\t_\n"
        "4\tMadrid\tMadrid\tPROPN\t_\tNumber=Sing\t3\tflat:name\t_\t_\n\n");
  const std::string script = std::string(STRABO_SCRIPTS) + "/harmonise-es-pud ";
  const std::string cmd = script + Path("pud.conllu") + " " + Path("gsd.conllu") + " >" +
                          Path("out.conllu") + " 2>" + Path("err.txt");
  ASSERT_EQ(std::system(cmd.c_str()), 0) << ReadFile(Path("err.txt")).value();
  const std::string out = ReadFile(Path("out.conllu")).value();
  auto line = [&](const std::string& start) {
    const size_t at = out.find("\n" + start);
    if (at == std::string::npos) return std::string();
    return out.substr(at + 1, out.find('\n', at + 1) - at - 1);
  };
  EXPECT_NE(out.find("# sent_id = p1\n"), std::string::npos);  // comments kept
  // A subject relative, keeping its agreement features (the script's rule 5).
  EXPECT_EQ(line("3\tque"), "3\tque\tque\tSCONJ\t_\tPronType=Rel\t4\tmark\t_\t_");
  EXPECT_EQ(line("5\tsu"), "5\tsu\tsu\tDET\t_\tNumber=Sing|Person=3\t4\tdet\t_\t_");
  EXPECT_EQ(line("7\tpara"), "7\tpara\tpara\tADP\t_\t_\t8\tmark\t_\t_");  // before an infinitive
  EXPECT_EQ(line("8\thablar"), "8\thablar\thablar\tVERB\t_\tVerbForm=Inf\t6\tadvcl\t_\t_");
  EXPECT_EQ(line("1-2\tdel"), "1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_");  // multiword token line copied
  EXPECT_EQ(line("3\tmayo"), "3\tmayo\tmayo\tPROPN\t_\t_\t0\troot\t_\t_");  // calendar name
  // Proper nouns: lemma lower-cased, no features (as in the reference), GSD's flat.
  EXPECT_EQ(line("4\tMadrid"), "4\tMadrid\tmadrid\tPROPN\t_\t_\t3\tflat\t_\t_");
  EXPECT_NE(ReadFile(Path("err.txt")).value().find("changes in"), std::string::npos);
  // A missing input is named.
  const std::string bad =
      script + Path("none.conllu") + " " + Path("gsd.conllu") + " >/dev/null 2>" + Path("err.txt");
  EXPECT_NE(std::system(bad.c_str()), 0);
  EXPECT_NE(ReadFile(Path("err.txt")).value().find("none.conllu"), std::string::npos);
}

TEST_F(CliTest, TrainTaggerPosDictionaryIsCheckedAndStored) {
  const std::string data = testing::FixturePath("en_small.conllu");
  ASSERT_TRUE(WriteFileAtomically(Path("bad-dictionary.tsv"), "# words\nhand\tnv\npolice\tnq\n").ok());
  ASSERT_TRUE(WriteFileAtomically(Path("dictionary.tsv"), "# words\nhand\tnv\nPolice\tnv\n").ok());
  const std::string base = "train tagger --lang en --epochs 1 --train " + data + " --out " + Path("d.tagger");
  const RunResult bad = Run(base + " --pos-dictionary " + Path("bad-dictionary.tsv"));
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("bad-dictionary.tsv:3"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("npvsdgacr"), std::string::npos) << bad.err;
  const RunResult missing = Run(base + " --pos-dictionary " + Path("no-such.tsv"));
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("no-such.tsv"), std::string::npos) << missing.err;
  const RunResult good = Run(base + " --pos-dictionary " + Path("dictionary.tsv"));
  ASSERT_EQ(good.exit_code, 0) << good.err;
  auto c = Container::Open(Path("d.tagger"), "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->kind_version(), 4u);
  EXPECT_NE(c->Setting("command").find("--pos-dictionary " + Path("dictionary.tsv")), std::string::npos);
  EXPECT_EQ(c->Setting("pos_dictionary_source"), "words");
  // Stored case-folded, as the tagger reads words.
  PosDictionary stored;
  ASSERT_TRUE(PosDictionary::Deserialize(c->Section("pos_dictionary").value(), &stored));
  EXPECT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored.Find("police"), 1 | 4);
  EXPECT_EQ(c->Setting("feats_context"), "");

  // --feats-context alone is version 4 too, with no dictionary section.
  const RunResult context = Run(base + " --feats-context");
  ASSERT_EQ(context.exit_code, 0) << context.err;
  auto f = Container::Open(Path("d.tagger"), "tagger", Tagger::kKindVersion);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->kind_version(), 4u);
  EXPECT_EQ(f->Setting("feats_context"), "1");
  EXPECT_FALSE(f->HasSection("pos_dictionary"));
  EXPECT_TRUE(Tagger::Load(Path("d.tagger")).ok());
}

// train parser --clusters copies the entity model's word-cluster table into
// the parser file, whose cluster templates then add features.
TEST_F(CliTest, TrainParserWithClustersStoresTheTable) {
  const std::string data = testing::FixturePath("en_small.conllu");
  auto ner = FindResource("models/en.ner", "");
  ASSERT_TRUE(ner.ok()) << ner.status().message();
  const std::string base = "train parser --lang en --epochs 3 --jackknife 0 --train " + data + " --dev " + data;
  const RunResult with = Run(base + " --clusters " + *ner + " --out " + Path("with.parser"));
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_NE(with.err.find("parser: word clusters for "), std::string::npos) << with.err;
  const RunResult without = Run(base + " --out " + Path("without.parser"));
  ASSERT_EQ(without.exit_code, 0) << without.err;

  auto source = Container::Open(*ner, "ner", 1);
  auto file = Container::Open(Path("with.parser"), "parser", Parser::kKindVersion);
  ASSERT_TRUE(source.ok() && file.ok());
  EXPECT_EQ(file->kind_version(), 2u);
  ASSERT_TRUE(file->HasSection("clusters"));
  EXPECT_TRUE(file->Section("clusters").value() == source->Section("clusters").value());
  EXPECT_NE(file->Setting("clusters").find("(256 classes, "), std::string::npos) << file->Setting("clusters");
  EXPECT_NE(file->Setting("command").find(" --clusters " + *ner), std::string::npos);

  auto a = Parser::Load(Path("with.parser"));
  auto b = Parser::Load(Path("without.parser"));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE((*a)->clusters().Find("police"), WordClusters::kNone);
  EXPECT_EQ((*b)->clusters().size(), 0u);
  auto plain = Container::Open(Path("without.parser"), "parser", 2);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->kind_version(), 1u) << "no clusters: written as format 1, which older builds read";
  EXPECT_FALSE(plain->HasSection("clusters"));
  // Same data, seed and updates' positions: the extra features are the
  // cluster templates'.
  EXPECT_GT((*a)->num_features(), (*b)->num_features());

  // A file without clusters (a parser is not an entity model) is refused
  // before any training, naming the file.
  const RunResult wrong = Run(base + " --clusters " + Path("without.parser") + " --out " + Path("x.parser"));
  EXPECT_EQ(wrong.exit_code, 3);
  EXPECT_NE(wrong.err.find("--clusters: " + Path("without.parser")), std::string::npos) << wrong.err;
  EXPECT_FALSE(std::filesystem::exists(Path("x.parser")));
}

// A parser trained on the two sentences of en_small.conllu gives back the
// tree of "Police arrested five men." from its gold tags.
void ExpectsTheFixtureTree(const Parser& parser) {
  const char* forms[] = {"Police", "arrested", "five", "men", "."};
  const Upos tags[] = {Upos::kNoun, Upos::kVerb, Upos::kNum, Upos::kNoun, Upos::kPunct};
  std::vector<Token> tokens(5);
  for (int i = 0; i < 5; ++i) {
    tokens[i].form = forms[i];
    tokens[i].upos = tags[i];
  }
  parser.Parse(tokens);
  const int heads[] = {2, 0, 4, 2, 2};
  const char* rels[] = {"nsubj", "root", "nummod", "obj", "punct"};
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(tokens[i].head, heads[i]) << forms[i];
    EXPECT_EQ(tokens[i].deprel, rels[i]) << forms[i];
  }
}

// train parser --label-sets adds the format 3 templates: the file says
// version 3, the model has more features, and it parses; without the flag
// the file stays at version 1.
TEST_F(CliTest, TrainParserWithLabelSetsWritesFormat3) {
  const std::string data = testing::FixturePath("en_small.conllu");
  const std::string base = "train parser --lang en --epochs 3 --jackknife 0 --train " + data + " --dev " + data;
  const RunResult with = Run(base + " --label-sets --out " + Path("sets.parser"));
  ASSERT_EQ(with.exit_code, 0) << with.err;
  const RunResult without = Run(base + " --out " + Path("plain.parser"));
  ASSERT_EQ(without.exit_code, 0) << without.err;
  auto file = Container::Open(Path("sets.parser"), "parser", Parser::kKindVersion);
  auto plain = Container::Open(Path("plain.parser"), "parser", Parser::kKindVersion);
  ASSERT_TRUE(file.ok() && plain.ok());
  EXPECT_EQ(file->kind_version(), 3u);
  EXPECT_EQ(plain->kind_version(), 1u);
  EXPECT_NE(file->Setting("command").find(" --label-sets"), std::string::npos);
  auto a = Parser::Load(Path("sets.parser"));
  auto b = Parser::Load(Path("plain.parser"));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_GT((*a)->num_features(), (*b)->num_features());
  ExpectsTheFixtureTree(**a);
}

// train parser --factored writes format 4: a move model and a relation
// model, which parse as the joint model does (the fixture's tree
// of "Police arrested five men." from its gold tags); a factored file whose
// relation model has the wrong number of classes is refused.
TEST_F(CliTest, TrainParserFactoredWritesFormat4) {
  const std::string data = testing::FixturePath("en_small.conllu");
  const RunResult run = Run("train parser --lang en --epochs 3 --jackknife 0 --label-sets --factored --train " +
                            data + " --dev " + data + " --out " + Path("factored.parser"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto file = Container::Open(Path("factored.parser"), "parser", Parser::kKindVersion);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->kind_version(), 4u);
  EXPECT_EQ(file->Setting("label_sets"), "1");
  EXPECT_NE(file->Setting("command").find(" --factored"), std::string::npos);
  auto parser = Parser::Load(Path("factored.parser"));
  ASSERT_TRUE(parser.ok()) << parser.status().message();
  EXPECT_TRUE((*parser)->factored());
  ExpectsTheFixtureTree(**parser);

  // The move model in place of the relation model: 3 classes, not 2L.
  ContainerWriter w("parser", 4);
  w.SetSetting("lang", "en");
  for (const char* section : {"model", "labels"}) w.AddSection(section, std::string(file->Section(section).value()));
  w.AddSection("label-model", std::string(file->Section("model").value()));
  ASSERT_TRUE(w.Write(Path("mismatched.parser")).ok());
  auto refused = Parser::Load(Path("mismatched.parser"));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("parser labels do not match its model"), std::string::npos)
      << refused.status().message();
}

// train parser --drop-templates writes format 5: the joint model without
// the listed templates, so it has fewer feature rows than the full model
// trained on the same data, records the list and the label-set choice, and
// parses the fixture's tree; a bad list is a usage error, as is the option
// with --factored, and a format 5 file without its list is refused.
TEST_F(CliTest, TrainParserDropTemplatesWritesFormat5) {
  const std::string data = testing::FixturePath("en_small.conllu");
  const std::string base =
      "train parser --lang en --epochs 3 --jackknife 0 --label-sets --train " + data + " --dev " + data;
  const RunResult lean = Run(base + " --drop-templates 20,5,21 --out " + Path("lean.parser"));
  ASSERT_EQ(lean.exit_code, 0) << lean.err;
  const RunResult full = Run(base + " --out " + Path("full.parser"));
  ASSERT_EQ(full.exit_code, 0) << full.err;
  auto file = Container::Open(Path("lean.parser"), "parser", Parser::kKindVersion);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->kind_version(), 5u);
  EXPECT_EQ(file->Setting("label_sets"), "1");
  EXPECT_EQ(file->Setting("dropped_templates"), "5,20,21");
  EXPECT_NE(file->Setting("command").find(" --drop-templates 20,5,21"), std::string::npos);
  auto a = Parser::Load(Path("lean.parser"));
  auto b = Parser::Load(Path("full.parser"));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_LT((*a)->num_features(), (*b)->num_features());
  EXPECT_FALSE((*a)->factored());
  ExpectsTheFixtureTree(**a);

  for (const char* bad : {"1", "5,,7", "300", "x"}) {
    const RunResult run = Run(base + " --drop-templates " + bad + " --out " + Path("bad.parser"));
    EXPECT_EQ(run.exit_code, 2) << bad;
    EXPECT_NE(run.err.find("--drop-templates: '"), std::string::npos) << run.err;
  }
  const RunResult both = Run(base + " --drop-templates 5 --factored --out " + Path("both.parser"));
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("excludes"), std::string::npos) << both.err;

  ContainerWriter w("parser", 5);
  w.SetSetting("lang", "en");
  w.SetSetting("label_sets", "1");
  for (const char* section : {"model", "labels"}) w.AddSection(section, std::string(file->Section(section).value()));
  ASSERT_TRUE(w.Write(Path("nolist.parser")).ok());
  auto refused = Parser::Load(Path("nolist.parser"));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("'dropped_templates'"), std::string::npos) << refused.status().message();
}

// Format 1 files (no clusters: the shipped models/*.parser) load and parse
// as before; a format 1 file carrying a cluster table is refused, and a
// format newer than this build reads is refused by the container.
TEST_F(CliTest, ParserFormatVersions) {
  auto shipped = FindResource("models/en.parser", "");
  ASSERT_TRUE(shipped.ok());
  auto parser = Parser::Load(*shipped);
  ASSERT_TRUE(parser.ok()) << parser.status().message();
  EXPECT_EQ((*parser)->clusters().size(), 0u);

  auto source = Container::Open(*shipped, "parser", Parser::kKindVersion);
  auto ner = FindResource("models/en.ner", "");
  ASSERT_TRUE(source.ok() && ner.ok());
  auto table = Container::Open(*ner, "ner", 1);
  ASSERT_TRUE(table.ok());
  for (const uint32_t version : {1u, Parser::kKindVersion + 1}) {
    ContainerWriter w("parser", version);
    w.SetSetting("lang", "en");
    for (const char* section : {"model", "labels", "clusters"})
      w.AddSection(section, std::string(section == std::string("clusters") ? table->Section("clusters").value()
                                                                           : source->Section(section).value()));
    const std::string path = Path("v" + std::to_string(version) + ".parser");
    ASSERT_TRUE(w.Write(path).ok());
    auto p = Parser::Load(path);
    ASSERT_FALSE(p.ok()) << version;
    if (version == 1) {
      EXPECT_NE(p.status().message().find("format 1 with a 'clusters' section"), std::string::npos)
          << p.status().message();
    }
  }
}

}  // namespace
}  // namespace strabo

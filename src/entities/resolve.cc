#include "entities/resolve.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <set>

#include "core/casing.h"
#include "util/lines.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::ner {
namespace {

char32_t FirstCp(std::string_view w) {
  size_t pos = 0;
  return w.empty() ? 0 : DecodeUtf8(w, &pos);
}

bool IsConnective(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "of", "the", "and", "for", "on", "in", "at", "de", "del", "la", "las", "los", "el", "y",
      "e", "du", "des", "et", "le", "&", "-"};
  return kWords.count(w) > 0;
}

// Words that cannot end a name (English and Spanish closed-class words).
bool IsFunctionWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "a", "an", "and", "as", "at", "by", "for", "from", "if", "in", "into", "is", "on", "or",
      "that", "the", "there", "this", "to", "was", "which", "who", "with", "almost", "after",
      "before", "while", "con", "el", "en", "es", "la", "las", "los", "o", "para", "por", "que",
      "se", "un", "una", "y"};
  return kWords.count(w) > 0;
}

// An English possessive clitic after `before`: "'s", or a bare apostrophe
// after a plural ("Reuters '"), not a closing quote.
bool IsPossessive(std::string_view before, std::string_view w) {
  if (w == "'s" || w == "\u2019s") return true;
  return (w == "'" || w == "\u2019") && !before.empty() && (before.back() == 's' || before.back() == 'S');
}

// A verb of saying right after a name: "Barnier said", "Sánchez dijo". Its
// subject is almost always a person (or an organisation: either way not a
// place).
bool IsReportingVerb(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "said",    "says",     "told",   "tells",    "added",     "asked",   "wrote",   "explained",
      "stated",  "insisted", "argued", "declared", "dijo",      "afirmó",  "aseguró", "señaló",
      "declaró", "explicó",  "añadió", "indicó",   "manifestó", "precisó", "subrayó", "agregó"};
  return kWords.count(w) > 0;
}

// An English determiner before a name used as a noun's modifier ("the
// Schengen system", "this Paris trial"). Spanish puts such a name after its
// noun ("el espacio Schengen"), which this does not read.
bool IsDeterminer(std::string_view w) {
  // Not "a" (Spanish "a Musimundo"), not "that" (a conjunction: "that Anita
  // showed").
  static const std::set<std::string_view> kWords = {"the",   "The",   "this",  "This",
                                                    "these", "These", "those", "Those"};
  return kWords.count(w) > 0;
}

// Nouns that a leader's name modifies, maybe with a word between: "the
// Allawi caretaker government", "the Trump administration" (not a sign that the name is not a
// person's).
bool IsLeadersNoun(std::string_view w) {
  static const std::set<std::string_view> kWords = {"administration", "government", "cabinet",
                                                    "presidency",     "regime",     "era",
                                                    "family",         "campaign"};
  return kWords.count(w) > 0;
}

// A preposition of place before a name: "in Paris", "from Paris", "en Toledo".
bool IsLocativePreposition(std::string_view w) {
  static const std::set<std::string_view> kWords = {"in",     "from",       "near", "outside",
                                                    "across", "throughout", "en",   "desde"};
  return kWords.count(w) > 0;
}

// A quotation mark as the tokeniser leaves it (straight, curly or TeX).
bool IsQuoteMark(std::string_view w) {
  return w == "\"" || w == "``" || w == "''" || w == "\u201c" || w == "\u201d";
}

// Words a title in title case leaves in lower case ("Time to Wake Up",
// "Sisters of Heresy").
bool IsTitleFunctionWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {"a",  "an",  "and",  "as", "at",   "but",
                                                    "by", "for", "from", "in", "into", "of",
                                                    "on", "or",  "the",  "to", "with"};
  return kWords.count(w) > 0;
}

constexpr uint32_t kMaxTitleWords = 8;

bool IsOrganisationHead(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "Agency", "Airlines", "Airways", "Army", "Association", "Authority", "Bank", "Board", "Brigade", "Brigades", "Bureau",
      "Centre", "Center", "Command", "Commission", "Committee", "Company", "Congress", "Corporation",
      "Council", "Court", "Department", "Directorate", "Division", "Exchange", "Federation", "Force", "Forces",
      "Front", "Fund", "Group", "Guard", "Holdings", "Industries", "Institute", "League", "Ministry", "Motors",
      "Movement", "Office", "Organisation", "Organization", "Party", "Petroleum", "Police", "Service", "Services",
      "Steel", "Telecom", "Union", "University",
      "Agencia", "Asamblea", "Asociación", "Autoridad", "Banco", "Brigada", "Brigadas", "Centro",
      "Comando", "Comisión", "Comité", "Compañía", "Confederación", "Congreso", "Consejo",
      "Corporación", "Departamento", "Dirección", "Ejército", "Federación", "Fondo", "Frente", "Fuerza",
      "Fuerzas", "Grupo", "Guardia", "Instituto", "Junta", "Liga", "Ministerio", "Movimiento", "Oficina",
      "Organización", "Partido", "Policía", "Servicio", "Sindicato", "Tribunal", "Unión", "Universidad"};
  return kWords.count(w) > 0;
}

// The last word of an English event's name, a competition's mostly: "World
// Cup", "U.S. Open", "Olympic Games", "Monaco Grand Prix", "Grand Slam".
bool IsEventHead(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "Cup", "Championship", "Championships", "Games", "Olympics", "Open", "Prix", "Trophy",
      "Tournament", "Masters", "Marathon", "Series", "Classic", "Rally", "Slam"};
  return kWords.count(w) > 0;
}

// The legal form that ends a company's name: "Volkswagen AG", "Liggett
// Group, Inc", "Telefonica SA".
bool IsCompanySuffix(std::string_view w) {
  static const std::set<std::string_view> kWords = {"AG",  "GmbH", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.",
                                                    "LLC", "plc",  "PLC", "NV",  "N.V.", "S.A.",  "SA",  "SpA"};
  return kWords.count(w) > 0;
}

// A noun of a company's finances or officers right after its name ("Sony
// shares", "Telefonica chairman") or its possessive ("Statoil 's net
// profit"): what a place or a person does not have.
bool IsCompanyNoun(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "shares", "stock",   "stocks",   "shareholders", "stockholders", "chairman", "profit",
      "profits", "earnings", "dividend", "turnover",     "subsidiary",   "takeover"};
  return kWords.count(w) > 0;
}

// The noun of an apposition that says a name is a company or a group:
// "Siemens , the German electronics group ,".
bool IsCompanyKind(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "company",  "group",   "firm",     "maker",   "manufacturer", "carrier", "airline",
      "insurer",  "bank",    "retailer", "utility", "conglomerate", "producer", "operator",
      "corporation"};
  return kWords.count(w) > 0;
}

// An English day of the week: a date, never a name on its own (the tagger
// reads "warned Friday" or "at Friday 's meeting" as a place).
bool IsWeekday(std::string_view w) {
  static const std::set<std::string_view> kWords = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                    "Friday", "Saturday", "Sunday"};
  return kWords.count(w) > 0;
}

// A sport's name as a wire headline's slug writes it ("SOCCER", "RUGBY
// UNION", "MOTOR RACING").
bool IsSportWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "SOCCER",  "FOOTBALL",     "TENNIS",    "GOLF",      "CRICKET", "RUGBY",      "UNION",
      "LEAGUE",  "BASKETBALL",   "BASEBALL",  "ATHLETICS", "CYCLING", "BOXING",     "MOTOR",
      "RACING",  "SKIING",       "ALPINE",    "NORDIC",    "HOCKEY",  "ICE",        "SWIMMING",
      "ROWING",  "SAILING",      "SQUASH",    "BADMINTON", "HANDBALL", "VOLLEYBALL", "SNOOKER",
      "HORSE",   "MOTORCYCLING", "TRIATHLON", "WRESTLING", "JUDO",    "FENCING",    "GYMNASTICS"};
  return kWords.count(w) > 0;
}

// A player's or a staff member's noun after a team's name: "Hamburg
// striker Anthony Yeboah", "Leeds manager Howard Wilkinson".
bool IsTeamRoleNoun(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "striker",    "strikers", "midfielder", "midfielders", "defender", "defenders",
      "goalkeeper", "keeper",   "winger",     "manager",     "coach",    "skipper"};
  return kWords.count(w) > 0;
}

// A verb of one side winning or drawing against another: "Monaco beat
// Paris St Germain 1-0", "Inter drew 1-1 with Juventus", "lost to Ajax".
bool IsMatchVerb(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "beat",     "beats",   "defeated", "defeats",  "drew",     "draws",    "edged",
      "thrashed", "crushed", "routed",   "hammered", "trounced", "overcame", "lost"};
  return kWords.count(w) > 0;
}

// A match or its outcome, before the other side: "victory over Celtic",
// "defeat to Ajax", "their match against Yorkshire", "a tie with Leeds".
bool IsMatchNoun(std::string_view w) {
  static const std::set<std::string_view> kWords = {"victory", "win", "defeat", "match",
                                                    "game",    "tie", "clash",  "final"};
  return kWords.count(w) > 0;
}

// Words that tell a Spanish report of a match (rule 13): only words of
// sport alone, not "partido" (a party), "liga" or "equipo".
bool IsSpanishSportsCue(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "gol",          "goles",          "goleador",   "goleó",        "delantero",
      "delanteros",   "centrocampista", "portero",    "guardameta",   "árbitro",
      "amonestación", "amonestaciones", "futbolista", "futbolistas",  "fútbol",
      "baloncesto",   "balonmano",      "tenista",    "penalti",      "semifinal",
      "semifinales",  "cuartos",        "selección",  "seleccionado", "entrenador"};
  return kWords.count(w) > 0;
}

// How a cricket scorecard says who got a batsman out: "c" (caught by),
// "b" (bowled by), "lbw", "st" (stumped by).
bool IsCricketDismissal(std::string_view w) {
  return w == "c" || w == "b" || w == "lbw" || w == "st";
}

// "3-1", "6-4": a score as one token.
bool IsScore(std::string_view w) {
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() && dash <= 3 &&
         w.size() - dash - 1 <= 3 && IsAsciiNumber(w.substr(0, dash)) &&
         IsAsciiNumber(w.substr(dash + 1));
}

// Words that tell a report of a match: two in an article make it one
// (rule 13). Only words of sport alone: not "goal", "penalty", "defender",
// "league" or "beat", which political news uses too ("the death penalty",
// "the Arab League").
bool IsSportsCue(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "scorers",    "Scorers",   "striker",   "strikers",   "midfielder",    "midfielders",
      "goalkeeper", "winger",    "wickets",   "innings",    "hat-trick",     "equaliser",
      "equalizer",  "half-time", "halftime",  "soccer",     "football",      "cricket",
      "rugby",      "tennis",    "semifinal", "semi-final", "quarter-final", "quarterfinal"};
  return kWords.count(w) > 0;
}

// A Spanish match's verb or noun before the other side ("venció al
// Valencia", "perdió ante Brasil", "el partido contra el Getafe").
bool IsSpanishMatchWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "venció",  "vence",     "derrotó", "derrota", "goleó",    "empató",  "empata",
      "perdió",  "pierde",    "eliminó", "elimina", "victoria", "triunfo", "empate",
      "partido", "encuentro", "duelo",   "final",   "ganó",     "gana"};
  return kWords.count(w) > 0;
}

// "m.73": the minute of play, as Spanish agency copy writes a goal's or a
// substitution's ("Rivaldo ( m.73 )").
bool IsMinuteOfPlay(std::string_view w) {
  if (w.size() < 3 || w.size() > 5 || (w[0] != 'm' && w[0] != 'M') || w[1] != '.') return false;
  return IsAsciiNumber(w.substr(2));
}

// "23rd", "60th": a minute of play as English agency copy writes it in
// brackets after a scorer ("Ronaldo ( 23rd minute )"), up to three digits.
bool IsOrdinalMinute(std::string_view w) {
  if (w.size() < 3 || w.size() > 5) return false;
  const std::string_view suffix = w.substr(w.size() - 2);
  return (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
         IsAsciiNumber(w.substr(0, w.size() - 2));
}

// "1996-08-30": a date as wire datelines write it.
bool IsIsoDate(std::string_view w) {
  if (w.size() != 10 || w[4] != '-' || w[7] != '-') return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (i != 4 && i != 7 && (w[i] < '0' || w[i] > '9')) return false;
  return true;
}

// The number of words of an ISO date at word i: 1 ("1996-08-30"), 5 where
// the segmenter split it ("1996 - 08 - 30", as `strabo extract` does), or 0.
uint32_t IsoDateLength(std::span<const std::string_view> w, uint32_t i) {
  if (i < w.size() && IsIsoDate(w[i])) return 1;
  auto digits = [&](uint32_t k, size_t count) {
    return k < w.size() && w[k].size() == count && IsAsciiNumber(w[k]);
  };
  return digits(i, 4) && i + 4 < w.size() && w[i + 1] == "-" && digits(i + 2, 2) && w[i + 3] == "-" && digits(i + 4, 2)
             ? 5
             : 0;
}

// A capitalised noun that makes a place of a nationality before it: "Korean
// Peninsula", "Indian Ocean", "Arabian Sea", "Persian Gulf".
bool IsGeographicHead(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "Basin", "Coast", "Desert", "Gulf", "Highlands", "Island", "Islands", "Mountains",
      "Ocean", "Peninsula", "Plateau", "Sea", "Strait", "Straits", "Valley"};
  return kWords.count(w) > 0;
}

// A word of direction before a nationality or region: "North Korean",
// "Central African", "Southeast Asian".
bool IsCompassWord(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "Central", "East", "Eastern", "North", "Northeast", "Northern", "Northwest", "South",
      "Southeast", "Southern", "Southwest", "West", "Western"};
  return kWords.count(w) > 0;
}

// Titles of rank that names by which people are known hold ("King Carlos",
// "Lord Stanley", "Sheikh Hasina"; the Spanish "Don" that the English
// gazetteer may list is also a given name), and "Crown" alone ("Crown
// Pacific Partners"; "Crown Prince" is a title).
bool IsNameFormingTitle(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "Baron", "Count",  "Countess", "Crown",  "Dame",  "Don",     "Doña",   "Duchess", "Duke",
      "Emir",  "Emperor", "Empress", "King",   "Lady",  "Lord",    "Pope",   "Prince",  "Princess",
      "Queen", "Saint",  "Shaikh",   "Sheik",  "Sheikh", "Sultan"};
  return kWords.count(w) > 0;
}

// A word joined to an Arabic article: "al-Assad", "el-Sisi", "ash-Sham",
// "ad-Din" (the article in lower case, a hyphen, a capital).
bool IsArticleJoined(std::string_view w) {
  static const std::set<std::string_view> kArticles = {"al", "el", "ad", "ag", "an", "ar", "as", "ash",
                                                       "at", "az", "ed", "en", "er", "es", "et", "ez",
                                                       "ud", "ul", "ur", "us", "ut", "uz"};
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && kArticles.count(w.substr(0, dash)) > 0 &&
         StartsUpper(w.substr(dash + 1));
}

// "Son/daughter of" between two parts of an Arabic name: "Osama bin Laden",
// "Mohammed bin Salman", "Ahmad ibn Hanbal".
bool IsPatronymic(std::string_view w) { return w == "bin" || w == "ibn" || w == "bint"; }

// An acronym-looking word: 2-10 characters, capital letters (and dots), at
// most one lower-case letter ("DGSN", "U.N.", "BCIJ", "PSOE").
bool LooksLikeAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 12) return false;
  int upper = 0, lower = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= 'a' && c <= 'z') ++lower;
    else if (c != '.' && c != '-' && c != '&') return false;
  }
  return upper >= 2 && lower <= 1;
}

// Organisations that English news names in a word or two and that the
// tagger, trained on no newswire, reads as places or people or misses: news
// media and agencies ("Reuters", "Xinhua", "Itar-Tass", also as the source in
// a byline, "LONDON (Reuters) -"), stock exchanges ("Nasdaq"), and
// legislatures named in their own language ("Bundestag", "Knesset", "Sejm")
// or in one English word ("Parliament", "Senate"). In data/ner/aliases.tsv's
// format; weak entries ('*': "Diet", "Cortes", "Rada" and "ABC" are also
// common words or names) only type and name a name the tagger found.
// Compiled in rather than added to aliases.tsv, which travels inside each
// model and would take effect only with a retrained en.ner.
const AliasTable& KnownEnglishOrganisations() {
  static constexpr std::string_view kTsv =
      "Reuters\tORG\tReuters|REUTERS\n"
      "Agence France-Presse\tORG\tAgence France-Presse|Agence France Presse|AFP\n"
      "Associated Press\tORG\tAssociated Press|AP*\n"
      "Xinhua\tORG\tXinhua|New China News Agency\n"
      "Interfax\tORG\tInterfax\n"
      "TASS\tORG\tItar-Tass|ITAR-TASS|Itar-TASS|TASS|Tass\n"
      "RIA Novosti\tORG\tRIA Novosti|RIA\n"
      "Kyodo\tORG\tKyodo\n"
      "Yonhap\tORG\tYonhap\n"
      "Bernama\tORG\tBernama\n"
      "Antara\tORG\tAntara\n"
      "ANSA\tORG\tANSA\n"
      "EFE\tORG\tEFE\n"
      "Deutsche Presse-Agentur\tORG\tDeutsche Presse-Agentur|DPA|dpa\n"
      "Press Trust of India\tORG\tPress Trust of India|PTI\n"
      "IRNA\tORG\tIRNA\n"
      "MENA\tORG\tMENA\n"
      "Anadolu\tORG\tAnadolu\n"
      "PAP\tORG\tPAP\n"
      "CTK\tORG\tCTK\n"
      "MTI\tORG\tMTI\n"
      "Tanjug\tORG\tTanjug\n"
      "NTB\tORG\tNTB\n"
      "Belga\tORG\tBelga\n"
      "SANA\tORG\tSANA\n"
      "WAM\tORG\tWAM\n"
      "KUNA\tORG\tKUNA\n"
      "Al Jazeera\tORG\tAl Jazeera|Al-Jazeera|al-Jazeera|Aljazeera\n"
      "Al Arabiya\tORG\tAl Arabiya|Al-Arabiya|al-Arabiya\n"
      "BBC\tORG\tBBC\n"
      "CNN\tORG\tCNN\n"
      "CNBC\tORG\tCNBC\n"
      "NBC\tORG\tNBC\n"
      "CBS\tORG\tCBS\n"
      "ABC\tORG\tABC*\n"
      "Fox News\tORG\tFox News\n"
      "Sky News\tORG\tSky News\n"
      "NHK\tORG\tNHK\n"
      "Voice of America\tORG\tVoice of America|VOA\n"
      "Radio Free Europe/Radio Liberty\tORG\tRadio Free Europe|Radio Liberty|RFE/RL\n"
      "Bloomberg\tORG\tBloomberg*\n"
      "Financial Times\tORG\tFinancial Times\n"
      "Wall Street Journal\tORG\tWall Street Journal\n"
      "New York Times\tORG\tNew York Times\n"
      "Washington Post\tORG\tWashington Post\n"
      "Le Monde\tORG\tLe Monde\n"
      "Der Spiegel\tORG\tDer Spiegel\n"
      "Izvestia\tORG\tIzvestia\n"
      "Pravda\tORG\tPravda\n"
      "People's Daily\tORG\tPeople's Daily\n"
      "Haaretz\tORG\tHaaretz\n"
      "Al-Ahram\tORG\tAl-Ahram|Al Ahram|al-Ahram\n"
      "Nasdaq\tORG\tNasdaq|NASDAQ\n"
      "New York Stock Exchange\tORG\tNew York Stock Exchange|NYSE\n"
      "Bundestag\tORG\tBundestag\n"
      "Bundesrat\tORG\tBundesrat\n"
      "Knesset\tORG\tKnesset\n"
      "State Duma\tORG\tState Duma|Duma\n"
      "Sejm\tORG\tSejm\n"
      "Storting\tORG\tStorting|Stortinget\n"
      "Folketing\tORG\tFolketing\n"
      "Riksdag\tORG\tRiksdag\n"
      "Eduskunta\tORG\tEduskunta\n"
      "Althing\tORG\tAlthing\n"
      "Oireachtas\tORG\tOireachtas\n"
      "Dail\tORG\tDail|D\u00e1il\n"
      "Sabor\tORG\tSabor*\n"
      "Majlis\tORG\tMajlis\n"
      "Lok Sabha\tORG\tLok Sabha\n"
      "Rajya Sabha\tORG\tRajya Sabha\n"
      "Verkhovna Rada\tORG\tVerkhovna Rada|Rada*\n"
      "Cortes\tORG\tCortes*\n"
      "Diet\tORG\tDiet*\n"
      "Parliament\tORG\tParliament\n"
      "Senate\tORG\tSenate\n"
      "Congress\tORG\tCongress\n";
  static const AliasTable table = [] {
    auto parsed = AliasTable::ParseTsv(kTsv, "KnownEnglishOrganisations");
    return parsed.ok() ? std::move(parsed.value()) : AliasTable();
  }();
  return table;
}

// A league the tagger read whole as MISC: its competition, as CoNLL-2003
// writes it ("the Champions League final", "the Premier League title"),
// which the rules that make organisations (an alias, rule 8's head word)
// leave as it is.
bool IsLeagueAsCompetition(const Mention& m, const SentenceWords& sentences) {
  return m.span.type == EntityType::kMisc && m.span.end > m.span.begin &&
         sentences[m.sentence][m.span.end - 1] == "League";
}

bool Overlaps(const Mention& m, uint32_t sentence, uint32_t begin, uint32_t end) {
  return m.sentence == sentence && m.span.begin < end && begin < m.span.end;
}

std::string Key(const SentenceWords& s, uint32_t sentence, TokenSpan span) {
  std::string key;
  for (uint32_t i = span.begin; i < span.end; ++i) {
    if (i > span.begin) key.push_back(' ');
    key.append(s[sentence][i]);
  }
  return key;
}

void SortMentions(std::vector<Mention>* mentions) {
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.span.begin < b.span.begin;
  });
}

}  // namespace

bool AcronymFits(std::string_view acronym, std::span<const std::string_view> words, bool exact) {
  std::array<int, 26> need{}, have{};
  int letters = 0;
  for (char c : acronym)
    if (c >= 'A' && c <= 'Z') ++need[c - 'A'], ++letters;
  if (letters < 2) return false;
  int initials = 0;
  for (std::string_view w : words) {
    if (!StartsUpper(w)) continue;
    const char32_t cp = FirstCp(FoldCase(w.substr(0, std::min<size_t>(w.size(), 4))));
    if (cp >= 'a' && cp <= 'z') ++have[cp - 'a'];
    ++initials;
  }
  // Every acronym letter is an initial; at most one initial is left out and
  // at most one acronym letter comes from elsewhere ("DGSN": Sûreté).
  int missing = 0, used = 0;
  for (int k = 0; k < 26; ++k) {
    missing += std::max(0, need[k] - have[k]);
    used += std::min(need[k], have[k]);
  }
  return missing == 0 && initials - used <= (exact ? 0 : 1) && used >= 2;
}

void ResolveDocument(const SentenceWords& sentences, const AliasTable& aliases,
                     const Gazetteer* gazetteer,
                     const std::function<std::string(uint32_t, uint32_t, uint32_t)>& text_of,
                     std::vector<Mention>* mentions, const ResolveOptions& options) {
  const bool countries_as_places = options.countries_as_places;
  const bool quotes_in_titles = options.quotes_in_titles;
  const bool english_rules = options.english_rules;
  const bool spanish_rules = options.spanish_rules;
  auto find_exact = [&](uint32_t s, uint32_t b, uint32_t e) -> Mention* {
    for (Mention& m : *mentions)
      if (m.sentence == s && m.span.begin == b && m.span.end == e) return &m;
    return nullptr;
  };
  auto overlapping = [&](uint32_t s, uint32_t b, uint32_t e) {
    for (const Mention& m : *mentions)
      if (Overlaps(m, s, b, e)) return true;
    return false;
  };
  // Removes mentions inside [b, e) and adds one spanning it.
  auto replace = [&](uint32_t s, uint32_t b, uint32_t e, EntityType type, std::string name) {
    std::erase_if(*mentions, [&](const Mention& m) { return Overlaps(m, s, b, e); });
    mentions->push_back({s, {b, e, type}, std::move(name)});
  };

  // The gazetteer's lists (bits: entity types, then Gazetteer::kGivenNames
  // ...) that have word `w` as a name of its own.
  auto lists = [&](std::string_view w) -> uint8_t {
    if (!gazetteer) return 0;
    const uint64_t hash = Gazetteer::WordHashOf(w);
    return gazetteer->Lookup(std::span<const uint64_t>(&hash, 1));
  };
  // The same for words [b, e) of sentence s as one name.
  std::vector<uint64_t> phrase;
  auto words_lists = [&](std::span<const std::string_view> words) -> uint8_t {
    if (!gazetteer) return 0;
    phrase.clear();
    for (std::string_view w : words) phrase.push_back(Gazetteer::WordHashOf(w));
    return gazetteer->Lookup(phrase);
  };
  auto phrase_lists = [&](uint32_t s, uint32_t b, uint32_t e) -> uint8_t {
    return words_lists(std::span<const std::string_view>(sentences[s]).subspan(b, e - b));
  };
  // A name holds no closing bracket it did not open: the tagger sometimes
  // runs a name on through the ")" of "Mweso (Nord-Kivu) on Monday" and the
  // words after it. (Part of rule 6, applied first so that every rule sees
  // the trimmed name.)
  for (Mention& m : *mentions) {
    int depth = 0;
    for (uint32_t i = m.span.begin; i < m.span.end; ++i) {
      const std::string_view w = sentences[m.sentence][i];
      if (w == "(" || w == "[") {
        ++depth;
      } else if ((w == ")" || w == "]") && depth-- == 0) {
        m.span.end = i;
        break;
      }
    }
  }
  // Nor does it run on through a bracket it opens and does not close: a
  // cricket score's "England 326 ( G. Thorpe" is "England". And in English
  // a person's name holds no cricket dismissal: "Michael Atherton c Ambrose
  // b Walsh" (caught by Ambrose, bowled by Walsh) is three people.
  std::vector<Mention> dismissed;
  for (Mention& m : *mentions) {
    const auto& w = sentences[m.sentence];
    for (uint32_t i = m.span.begin + 1; i < m.span.end; ++i) {
      if (w[i] != "(" && w[i] != "[") continue;
      bool closed = false;
      for (uint32_t k = i + 1; k < m.span.end; ++k) closed |= w[k] == ")" || w[k] == "]";
      if (!closed) {
        m.span.end = i;
        break;
      }
    }
    if (!english_rules || m.span.type != EntityType::kPer) continue;
    for (uint32_t i = m.span.end; i-- > m.span.begin + 1;) {
      if (!IsCricketDismissal(w[i]) || i + 1 >= m.span.end || !StartsUpper(w[i + 1])) continue;
      dismissed.push_back({m.sentence, {i + 1, m.span.end, EntityType::kPer}, ""});
      m.span.end = i;
    }
  }
  mentions->insert(mentions->end(), dismissed.begin(), dismissed.end());
  SortMentions(mentions);
  // Nor does it end in a run of lower-case words with a function word or a
  // possessive in it: the tagger's "Kim if there", "Guinea-Bissau and
  // reached", "Taliban 's actions" end before the run ("Borno state",
  // "Ursula von der Leyen" and "Bosnia and Herzegovina" keep theirs).
  for (Mention& m : *mentions) {
    const auto& w = sentences[m.sentence];
    if (m.span.end <= m.span.begin) continue;  // emptied by the bracket rule
    // A name between quotation marks may be a title in sentence case
    // (Spanish " La vida es silbar ").
    const bool opened =
        IsQuoteMark(w[m.span.begin]) || (m.span.begin > 0 && IsQuoteMark(w[m.span.begin - 1]));
    const bool closed =
        IsQuoteMark(w[m.span.end - 1]) || (m.span.end < w.size() && IsQuoteMark(w[m.span.end]));
    bool mark_inside = false;  // "Some Other Son " and": not one quoted name
    for (uint32_t i = m.span.begin + 1; i + 1 < m.span.end; ++i) mark_inside |= IsQuoteMark(w[i]);
    if (opened && closed && !mark_inside) continue;
    uint32_t run = m.span.end;
    while (run > m.span.begin + 1 && !StartsUpper(w[run - 1]) && !LooksLikeAcronym(w[run - 1])) --run;
    bool function_word = false;
    for (uint32_t i = run; i < m.span.end; ++i)
      function_word |= IsFunctionWord(w[i]) || (i > m.span.begin && IsPossessive(w[i - 1], w[i]));
    if (function_word) m.span.end = run;
    // A number after a person or a place is a score or a count ("Barnsley 2
    // Wolverhampton 1"); organisations, works and events keep theirs
    // ("Antena 3", "Channel 4", "Apollo 11").
    while ((m.span.type == EntityType::kPer || m.span.type == EntityType::kLoc) && m.span.end - m.span.begin > 1 &&
           IsAsciiNumber(w[m.span.end - 1]))
      --m.span.end;
    // Nor does a day of the week end a person or a place, or a listed place
    // taken for an organisation: it is the date after it ("in southeastern
    // Serbia Friday"); events and others keep theirs ("Good Friday", "Ruby
    // Tuesday").
    while (m.span.end - m.span.begin > 1 && IsWeekday(w[m.span.end - 1]) &&
           (m.span.type == EntityType::kPer || m.span.type == EntityType::kLoc ||
            (m.span.type == EntityType::kOrg &&
             (phrase_lists(m.sentence, m.span.begin, m.span.end - 1) &
              (1u << static_cast<int>(EntityType::kLoc) | 1u << Gazetteer::kCountries)))))
      --m.span.end;
  }
  // A day of the week alone is a date, not a name ("warned Friday"), and a
  // minute of play ("M.63") a time.
  std::erase_if(*mentions, [&](const Mention& m) {
    if (m.span.end <= m.span.begin) return true;
    const std::string_view w = sentences[m.sentence][m.span.begin];
    return m.span.end - m.span.begin == 1 && (IsWeekday(w) || IsMinuteOfPlay(w));
  });

  // 1. Aliases. With `create` false only mentions that are exactly an alias
  // are named (run again once acronyms have reshaped long forms).
  auto apply_aliases = [&](const AliasTable& table, bool create) {
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (const AliasMatch& am : table.Match(sentences[s])) {
        const Alias& a = table.at(am.alias);
        if (Mention* m = find_exact(s, am.begin, am.end)) {
          if (!IsLeagueAsCompetition(*m, sentences)) m->span.type = a.type;
          m->name = a.canonical;
          continue;
        }
        if (a.weak || !create) continue;
        // A longer tagged name around the alias ("Islamic State group") stays.
        bool inside_longer = false;
        for (const Mention& m : *mentions)
          if (m.sentence == s && m.span.begin <= am.begin && am.end <= m.span.end) inside_longer = true;
        if (!inside_longer) replace(s, am.begin, am.end, a.type, a.canonical);
      }
    }
  };
  apply_aliases(aliases, true);

  constexpr uint8_t kNationOrCountry = 1u << static_cast<int>(EntityType::kMisc) | 1u << Gazetteer::kCountries;

  // 1b. English news's media and legislatures (KnownEnglishOrganisations),
  // as the model's aliases are. A nationality or country the tagger joined
  // to one ("[Polish Sejm]" LOC) is a name of its own first.
  if (english_rules) {
    const AliasTable& known = KnownEnglishOrganisations();
    std::vector<Mention> nationalities;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (const AliasMatch& am : known.Match(sentences[s])) {
        for (Mention& m : *mentions) {
          if (m.sentence != s || m.span.begin >= am.begin || m.span.end != am.end) continue;
          const uint8_t mask = phrase_lists(s, m.span.begin, am.begin);
          if (!(mask & kNationOrCountry)) continue;
          const bool nationality = mask & (1u << static_cast<int>(EntityType::kMisc));
          nationalities.push_back({s, {m.span.begin, am.begin, nationality ? EntityType::kMisc : EntityType::kLoc}, ""});
          m.span.begin = am.begin;
        }
      }
    }
    mentions->insert(mentions->end(), nationalities.begin(), nationalities.end());
    apply_aliases(known, true);
    SortMentions(mentions);
  }

  // 7. Titles stay outside names (English; see resolve.h). Applied before
  // the acronym and Arabic-name rules, so that they see the cut names.
  if (english_rules && gazetteer) {
    // The length of the longest listed title of one to three words starting
    // at word i of sentence s and ending before `end`, in capitals
    // ("Secretary of State").
    auto title_at = [&](uint32_t s, uint32_t i, uint32_t end) {
      const auto& w = sentences[s];
      uint32_t longest = 0;
      if (!StartsUpper(w[i])) return longest;
      for (uint32_t n = 1; n <= 3 && i + n <= end; ++n)
        if (StartsUpper(w[i + n - 1]) && (phrase_lists(s, i, i + n) & (1u << Gazetteer::kTitles))) longest = n;
      return longest;
    };
    constexpr uint8_t kPersonNames = 1u << static_cast<int>(EntityType::kPer) | 1u << Gazetteer::kGivenNames;
    constexpr uint8_t kOtherNames = 1u << static_cast<int>(EntityType::kOrg) |
                                    1u << static_cast<int>(EntityType::kLoc) |
                                    1u << static_cast<int>(EntityType::kMisc) | 1u << Gazetteer::kCountries;
    std::vector<Mention> nationalities;
    for (Mention& m : *mentions) {
      const auto& w = sentences[m.sentence];
      uint32_t first_title = m.span.begin;
      while (first_title < m.span.end && title_at(m.sentence, first_title, m.span.end) == 0) ++first_title;
      if (first_title == m.span.end) {
        // No title: a nationality before a person's name of two words or
        // more, the first a listed given name, is a name of its own
        // ("fellow American Michael Chang", tagged whole as LOC).
        if (m.span.type == EntityType::kOrg) continue;
        uint32_t nationality = 0;
        for (uint32_t e = m.span.begin + 1; e < m.span.end && e <= m.span.begin + 2; ++e)
          if (phrase_lists(m.sentence, m.span.begin, e) & (1u << static_cast<int>(EntityType::kMisc))) nationality = e;
        if (nationality == 0 || m.span.end - nationality < 2) continue;
        const uint8_t given = lists(w[nationality]);
        if (!(given & (1u << Gazetteer::kGivenNames)) || (given & kNationOrCountry) ||
            IsCompassWord(w[nationality]) ||
            (phrase_lists(m.sentence, nationality, m.span.end) & (1u << static_cast<int>(EntityType::kLoc))))
          continue;  // "Dutch East Indies"
        nationalities.push_back({m.sentence, {m.span.begin, nationality, EntityType::kMisc}, ""});
        m.span.begin = nationality;
        m.span.type = EntityType::kPer;
        continue;
      }
      if (title_at(m.sentence, first_title, m.span.end) == 1 &&
          IsNameFormingTitle(w[first_title]))
        continue;
      uint32_t name = first_title;
      while (name < m.span.end) {
        const uint32_t n = title_at(m.sentence, name, m.span.end);
        if (n == 0) break;
        name += n;
      }
      if (name >= m.span.end || !StartsUpper(w[name]) || !StartsUpper(w[m.span.end - 1])) continue;
      // A mention not tagged PER needs a person's name after the titles: two
      // words or more, the first a listed given name or no word listed as
      // something else ("Crown Pacific Partners" is a company).
      if (m.span.type != EntityType::kPer) {
        if (m.span.end - name < 2) continue;
        bool other_name = false;
        for (uint32_t i = name; i < m.span.end; ++i) {
          const uint8_t mask = lists(w[i]);
          other_name |= (mask & kOtherNames) != 0;
        }
        if (other_name && !(lists(w[name]) & kPersonNames)) continue;
      }
      bool organisation = false;  // "Prime Minister 's Office"
      for (uint32_t i = name; i < m.span.end; ++i) organisation |= IsOrganisationHead(w[i]);
      // A word before the title that may be a name's own ("Hassan Sheikh
      // Mohamud": "Sheikh" is a title and a part of names).
      bool named_before = false;
      for (uint32_t i = m.span.begin; i < first_title; ++i) {
        const uint8_t mask = lists(w[i]);
        named_before |= (mask & kPersonNames) && !(mask & kNationOrCountry);
      }
      if (organisation || named_before) continue;
      // A nationality or country before the titles: the longest listed one.
      for (uint32_t e = first_title; e > m.span.begin; --e) {
        const uint8_t mask = phrase_lists(m.sentence, m.span.begin, e);
        if (!(mask & kNationOrCountry)) continue;
        const bool nationality = mask & (1u << static_cast<int>(EntityType::kMisc));
        nationalities.push_back({m.sentence, {m.span.begin, e, nationality ? EntityType::kMisc : EntityType::kLoc}, ""});
        break;
      }
      m.span.begin = name;
      m.span.type = EntityType::kPer;
    }
    // The tagger may leave the nationality and the titles out and tag only
    // the name ("German Chancellor [Helmut Kohl]"): a nationality, country
    // or listed place in the untagged capitalised words before a person,
    // followed by titles up to the name, is a name of its own, as inside a
    // mention above ("U.S. President", "Moscow Mayor": a place, LOC).
    const size_t cut_names = nationalities.size();  // those found inside mentions
    for (const Mention& m : *mentions) {
      if (m.span.type != EntityType::kPer) continue;
      const auto& w = sentences[m.sentence];
      // A mention just before the name that holds only words before titles
      // and titles ("[Indian Prime Minister]" ORG) is read as untagged, and
      // goes if a nationality is found in it.
      Mention* titles = nullptr;
      for (Mention& t : *mentions)
        if (t.sentence == m.sentence && t.span.end == m.span.begin && t.span.type != EntityType::kPer &&
            title_at(m.sentence, t.span.end - 1, t.span.end) > 0)
          titles = &t;
      auto found = [&](uint32_t i) {
        if (titles && titles->span.begin <= i) return false;
        if (overlapping(m.sentence, i, i + 1)) return true;
        for (size_t k = 0; k < cut_names; ++k)
          if (Overlaps(nationalities[k], m.sentence, i, i + 1)) return true;
        return false;
      };
      uint32_t run = m.span.begin;
      while (run > 0 && StartsUpper(w[run - 1]) && !IsFunctionWord(FoldCase(w[run - 1])) && !found(run - 1))
        --run;
      for (uint32_t start = run; start + 1 < m.span.begin; ++start) {
        uint32_t end = 0;
        uint8_t mask = 0;
        for (uint32_t e = start + 1; e < m.span.begin && e <= start + 3; ++e) {
          const uint8_t listed = phrase_lists(m.sentence, start, e);
          if (listed & (kNationOrCountry | 1u << static_cast<int>(EntityType::kLoc))) end = e, mask = listed;
        }
        if (end == 0) continue;
        // Titles, maybe after words between ("Commerce" of "Chinese
        // Commerce Minister"), up to the name.
        uint32_t name = end;
        while (name < m.span.begin && title_at(m.sentence, name, m.span.begin) == 0) ++name;
        const bool titled = name < m.span.begin;
        while (name < m.span.begin) {
          const uint32_t n = title_at(m.sentence, name, m.span.begin);
          if (n == 0) break;
          name += n;
        }
        if (titled && name == m.span.begin) {
          const bool nationality = mask & (1u << static_cast<int>(EntityType::kMisc));
          nationalities.push_back(
              {m.sentence, {start, end, nationality ? EntityType::kMisc : EntityType::kLoc}, ""});
          if (titles) titles->span.end = titles->span.begin;  // removed below
        }
        break;
      }
    }
    std::erase_if(*mentions, [](const Mention& m) { return m.span.end <= m.span.begin; });
    mentions->insert(mentions->end(), nationalities.begin(), nationalities.end());
    SortMentions(mentions);
  }

  // 2. Acronym definitions: "... Long Name ( ACR ) ...".
  struct Definition {
    EntityType type;
    std::string name;
  };
  std::map<std::string, Definition, std::less<>> acronyms;
  // The acronym at word i of sentence s stands for `d`: a mention there
  // takes its type and name, or one is added where no name overlaps (then
  // true: the mentions need sorting).
  auto stand_for = [&](uint32_t s, uint32_t i, const Definition& d) {
    if (Mention* m = find_exact(s, i, i + 1)) {
      m->span.type = d.type;
      if (m->name.empty()) m->name = d.name;
      return false;
    }
    if (overlapping(s, i, i + 1)) return false;
    mentions->push_back({s, {i, i + 1, d.type}, d.name});
    return true;
  };
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& w = sentences[s];
    for (uint32_t k = 1; k + 2 < w.size(); ++k) {
      if (w[k] != "(" || w[k + 2] != ")" || !LooksLikeAcronym(w[k + 1])) continue;
      const std::string_view acr = w[k + 1];
      // Where the long form may start: a tagged name ending at the bracket,
      // else the run of capitalised words and connectives before it.
      uint32_t lo = k;
      EntityType type = EntityType::kOrg;
      for (const Mention& m : *mentions)
        if (m.sentence == s && m.span.end == k && m.span.type != EntityType::kPer) lo = m.span.begin, type = m.span.type;
      if (lo == k) {
        while (lo > 0 && (StartsUpper(w[lo - 1]) || (IsConnective(w[lo - 1]) && lo < k))) --lo;
        while (lo < k && !StartsUpper(w[lo])) ++lo;  // no leading connective
      }
      // The longest span whose initials are exactly the acronym's letters
      // ("Deputy Secretary General of the North Atlantic Treaty Organisation
      // (NATO)" → the last four words), else the longest that fits with one
      // capitalised word to spare.
      uint32_t found = k;
      for (const bool exact : {true, false}) {
        for (uint32_t start = lo; start + 1 <= k && found == k; ++start)
          if (StartsUpper(w[start]) && AcronymFits(acr, std::span(w).subspan(start, k - start), exact))
            found = start;
        if (found != k) break;
      }
      if (found == k) continue;
      // A defined acronym whose long form has an organisation's head word
      // ("Directorate", "Bureau", "Ministerio") is an organisation.
      bool org_head = false;
      for (uint32_t i = found; i < k; ++i) org_head = org_head || IsOrganisationHead(w[i]);
      Mention* long_form = find_exact(s, found, k);
      if (long_form && org_head) long_form->span.type = EntityType::kOrg;
      if (!long_form) {
        for (const Mention& m : *mentions)
          if (Overlaps(m, s, found, k) && m.span.type != EntityType::kPer) type = m.span.type;
        replace(s, found, k, org_head ? EntityType::kOrg : type, "");
        long_form = find_exact(s, found, k);
      }
      if (long_form->name.empty()) {
        apply_aliases(aliases, false);  // the reshaped long form may be a known alias
        long_form = find_exact(s, found, k);
      }
      const std::string name = long_form->name.empty()
                                   ? text_of(s, long_form->span.begin, long_form->span.end)
                                   : long_form->name;
      acronyms[std::string(acr)] = {long_form->span.type, name};
    }
  }
  // Acronyms used without a definition: a place or organisation of two
  // capitalised words or more elsewhere in the article whose initials, in
  // order, spell the acronym ("Central African Republic" ... "C.A.R.", "the
  // Democratic Republic of Congo" ... "DRC") lends it its type and name. Not
  // in sentences in capitals, where every word looks like an acronym. Where
  // names of both types spell it, the type of most of them; a tie, none.
  {
    struct Votes {
      std::array<int, 4> by_type{};
      std::string name;
    };
    std::map<std::string, Votes, std::less<>> votes;
    for (const Mention& m : *mentions) {
      if (m.span.type == EntityType::kPer || m.span.type == EntityType::kMisc || m.span.end - m.span.begin < 2)
        continue;
      const auto& w = sentences[m.sentence];
      if (IsAllCaps(std::span<const std::string_view>(w))) continue;
      std::string initials;
      bool plain = true;
      for (uint32_t i = m.span.begin; i < m.span.end && plain; ++i) {
        if (IsConnective(w[i])) continue;
        const char c = w[i][0];
        plain = c >= 'A' && c <= 'Z' && !LooksLikeAcronym(w[i]);
        initials += c;
      }
      if (!plain || initials.size() < 2 || acronyms.contains(initials)) continue;
      Votes& v = votes[initials];
      ++v.by_type[static_cast<size_t>(m.span.type)];
      if (v.name.empty())
        v.name = m.name.empty() ? text_of(m.sentence, m.span.begin, m.span.end) : m.name;
    }
    std::map<std::string, Definition, std::less<>> implicit;
    for (const auto& [initials, v] : votes) {
      const auto org = v.by_type[static_cast<size_t>(EntityType::kOrg)];
      const auto loc = v.by_type[static_cast<size_t>(EntityType::kLoc)];
      if (org != loc)
        implicit[initials] = {org > loc ? EntityType::kOrg : EntityType::kLoc, v.name};
    }
    bool added = false;
    if (!implicit.empty()) {
      for (uint32_t s = 0; s < sentences.size(); ++s) {
        if (IsAllCaps(std::span<const std::string_view>(sentences[s]))) continue;
        for (uint32_t i = 0; i < sentences[s].size(); ++i) {
          const std::string_view word = sentences[s][i];
          if (!LooksLikeAcronym(word) || word.find_first_of("-&") != std::string_view::npos)
            continue;
          std::string letters;
          for (char c : word)
            if (c != '.') letters += c;
          auto it = implicit.find(letters);
          if (it != implicit.end()) added |= stand_for(s, i, it->second);
        }
      }
      if (added) SortMentions(mentions);
    }
  }
  if (!acronyms.empty()) {
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (uint32_t i = 0; i < sentences[s].size(); ++i) {
        auto it = acronyms.find(sentences[s][i]);
        if (it != acronyms.end()) stand_for(s, i, it->second);
      }
    }
  }

  // 3. Arabic names. The training corpora have few of them, and the tagger
  // ends a name at its article ("Ahmed" of "Ahmed al-Sharaa"), misses it at
  // the start of a sentence, or takes "Osama bin Laden" for an organisation.
  // A run of capitalised words holding an article-joined word ("al-Sharaa")
  // or a "bin"/"ibn" between capitalised words is one name. It starts after
  // the last title in the run ("Interim President") and any nationality or
  // country after it, at the first word the
  // tagger put in a name, else at the first listed given name (none: no
  // name). A name after a title or with "bin"/"ibn" is a person; otherwise
  // it keeps the type the tagger gave its part ("Hayat Tahrir" ORG makes
  // "Hayat Tahrir al-Sham" ORG), a person when the tagger gave none.
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& w = sentences[s];
    auto name_word = [&](uint32_t i) {
      if (IsArticleJoined(w[i])) return true;
      if (IsPatronymic(w[i])) return i > 0 && i + 1 < w.size() && StartsUpper(w[i - 1]) && StartsUpper(w[i + 1]);
      return StartsUpper(w[i]) && !LooksLikeAcronym(w[i]);
    };
    for (uint32_t run_begin = 0; run_begin < w.size();) {
      uint32_t run_end = run_begin;
      while (run_end < w.size() && name_word(run_end)) ++run_end;
      if (run_end == run_begin) {
        ++run_begin;
        continue;
      }
      const uint32_t next = run_end;
      uint32_t start = run_begin;
      bool titled = false;
      for (uint32_t i = run_begin; i < run_end; ++i)
        if (lists(w[i]) & (1u << Gazetteer::kTitles)) start = i + 1, titled = true;
      // Nor does it start with a nationality or a country ("Islamist Hayat
      // Tahrir al-Sham", "Saudi Crown Prince ...").
      while (start < run_end && (lists(w[start]) & kNationOrCountry)) ++start;
      const Mention* first_tagged = nullptr;
      for (const Mention& m : *mentions)
        if (Overlaps(m, s, start, run_end) && (!first_tagged || m.span.begin < first_tagged->span.begin))
          first_tagged = &m;
      if (first_tagged) {
        start = std::max(start, first_tagged->span.begin);
      } else if (!titled) {
        while (start < run_end && !(lists(w[start]) & (1u << Gazetteer::kGivenNames))) ++start;
      }
      bool article = false, patronymic = false;
      for (uint32_t i = start; i < run_end; ++i) {
        article |= IsArticleJoined(w[i]) && i > start;
        patronymic |= IsPatronymic(w[i]);
      }
      run_begin = next;
      if (run_end - start < 2 || !(article || patronymic)) continue;
      EntityType type = titled || patronymic || !first_tagged ? EntityType::kPer : first_tagged->span.type;
      Mention* whole = nullptr;
      for (Mention& m : *mentions)
        if (m.sentence == s && m.span.begin <= start && run_end <= m.span.end) whole = &m;
      if (whole) {
        // Tagged whole: only "bin"/"ibn" names are retyped, and only when
        // the mention is the name itself.
        if (patronymic && whole->span.begin == start && whole->span.end == run_end) whole->span.type = EntityType::kPer;
        continue;
      }
      replace(s, start, run_end, type, "");
    }
  }
  SortMentions(mentions);

  // 4. Lists are of one kind: in "Casablanca, Kenitra, Sidi Yahya Zaer and
  // Chichaua" the items the gazetteer lists under exactly one type (and
  // none under another) decide the type of the others: of those it does not
  // list, and of those it lists under the list's type but not under the
  // tagger's.
  if (gazetteer) {
    SortMentions(mentions);
    std::vector<uint64_t> hashes;
    // The gazetteer's entity-type bits for a mention's exact words.
    auto listed = [&](const Mention& m) -> uint8_t {
      hashes.clear();
      for (uint32_t i = m.span.begin; i < m.span.end; ++i)
        hashes.push_back(Gazetteer::WordHashOf(sentences[m.sentence][i]));
      return gazetteer->Lookup(hashes) & 0xF;
    };
    auto is_separator = [](std::string_view w) {
      return w == "," || w == "and" || w == "or" || w == "y" || w == "e" || w == "o" || w == "&" ||
             w == ";";
    };
    std::vector<std::pair<uint32_t, uint32_t>> items;  // runs of capitalised words
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      uint32_t i = 0;
      while (i < w.size()) {
        // One list: capitalised runs joined by single separators.
        items.clear();
        uint32_t pos = i;
        while (pos < w.size() && StartsUpper(w[pos])) {
          uint32_t e = pos;
          while (e < w.size() && StartsUpper(w[e])) ++e;
          items.emplace_back(pos, e);
          if (e + 1 < w.size() && is_separator(w[e]) && StartsUpper(w[e + 1])) {
            pos = e + 1;
          } else {
            pos = e;
            break;
          }
        }
        i = items.empty() ? i + 1 : pos;
        if (items.size() < 3) continue;
        // Anchors: items the tagger and the gazetteer agree on, all of one
        // type. Only items the gazetteer does not know change ("Barcelona"
        // tagged ORG in a list of clubs stays ORG).
        int type = -1;
        bool conflict = false;
        for (const auto& [b, e] : items) {
          Mention* m = find_exact(s, b, e);
          if (!m) continue;
          const uint8_t mask = listed(*m);
          const int t = mask != 0 && (mask & (mask - 1)) == 0 ? std::countr_zero(mask) : -1;
          if (t < 0 || t != static_cast<int>(m->span.type)) continue;
          if (type >= 0 && t != type) conflict = true;
          type = t;
        }
        if (type < 0 || conflict) continue;
        for (const auto& [b, e] : items) {
          Mention* m = find_exact(s, b, e);
          const uint8_t mask = listed(Mention{s, {b, e, EntityType::kMisc}, ""});
          // A listed item changes only from a type the gazetteer does not
          // give it to the list's, which it does ("Casablanca" tagged PER
          // at an article's start, among four towns).
          if (mask != 0 &&
              !(m && (mask >> type & 1) && !(mask >> static_cast<int>(m->span.type) & 1)))
            continue;
          if (m) {
            m->span.type = static_cast<EntityType>(type);
          } else {
            replace(s, b, e, static_cast<EntityType>(type), "");
          }
        }
      }
    }
    SortMentions(mentions);
  }

  // 4b. Titles of works: a phrase in title case that fills a pair of
  // quotation marks on its own ("The Kill", "A Beautiful Lie", "Law on the
  // Protection of Minors") is one name: a song, book, film, show or law
  // (MISC), or a name the tagger found as the whole phrase, of its type
  // ("Manza Music" ORG). Names the tagger found in part of it make way.
  // Quoted speech is not in title case ("We will win"), nor is a headline
  // in capitals evidence of one, nor is a nickname between the parts of a
  // name (William " Buckshot " May); punctuation before the closing mark
  // stays outside ("The Kill,"). With `quotes_in_titles` the marks join
  // the name, also that of a name the tagger found between them.
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& w = sentences[s];
    auto quote = [&](uint32_t i) { return IsQuoteMark(w[i]); };
    for (uint32_t open = 0; open < w.size(); ++open) {
      if (!quote(open)) continue;
      uint32_t close = open + 1;
      while (close < w.size() && !quote(close)) ++close;
      if (close == w.size()) break;
      // With `quotes_in_titles`, a name the tagger found between the marks,
      // whole but for one or both marks, takes them in (whatever its case:
      // Spanish titles are not in title case, " La vida es silbar ").
      if (quotes_in_titles) {
        for (Mention& m : *mentions) {
          if (m.sentence != s || (m.span.begin != open && m.span.begin != open + 1) ||
              (m.span.end != close && m.span.end != close + 1) || m.span.end <= open + 1)
            continue;
          m.span.begin = open;
          m.span.end = close + 1;
        }
      }
      uint32_t end = close;
      while (end > open + 1 &&
             (w[end - 1] == "," || w[end - 1] == "." || w[end - 1] == "!" || w[end - 1] == "?"))
        --end;
      bool title_case =
          end > open + 1 && end - open - 1 <= kMaxTitleWords && StartsUpper(w[open + 1]);
      bool lower_case_letter = false;
      for (uint32_t i = open + 1; i < end && title_case; ++i) {
        title_case = StartsUpper(w[i]) || IsTitleFunctionWord(w[i]) || IsDigit(FirstCp(w[i]));
        lower_case_letter |=
            std::any_of(w[i].begin(), w[i].end(), [](char c) { return c >= 'a' && c <= 'z'; });
      }
      const bool nickname =
          open > 0 && close + 1 < w.size() && StartsUpper(w[open - 1]) && StartsUpper(w[close + 1]);
      if (title_case && lower_case_letter && !nickname) {
        bool crosses = false;  // a name runs out of the marks: leave it
        EntityType type = EntityType::kMisc;
        std::string name;
        for (const Mention& m : *mentions) {
          if (!Overlaps(m, s, open + 1, end)) continue;
          if (m.span.begin < open + 1 || m.span.end > end) crosses = true;
          if (m.span.begin == open + 1 && m.span.end == end) type = m.span.type, name = m.name;
        }
        const bool marks = quotes_in_titles && end == close;
        const uint32_t begin = marks ? open : open + 1, finish = marks ? close + 1 : end;
        if (!crosses && !find_exact(s, begin, finish))
          replace(s, begin, finish, type, std::move(name));
      }
      open = close;
    }
  }
  SortMentions(mentions);

  // 4c. A nationality before a geographic head word is a place: the tagger
  // gives "Korean" of "Korean Peninsula" MISC and leaves "Peninsula" out,
  // or takes the whole as an organisation.
  {
    std::vector<Mention> places;
    for (Mention& m : *mentions) {
      const auto& w = sentences[m.sentence];
      if (m.span.type == EntityType::kOrg && gazetteer) {
        uint32_t head = m.span.end;
        while (head > m.span.begin + 1 && IsGeographicHead(w[head - 1])) --head;
        if (head < m.span.end && (phrase_lists(m.sentence, m.span.begin, head) &
                                  (1u << static_cast<int>(EntityType::kMisc))))
          m.span.type = EntityType::kLoc;
        continue;
      }
      if (m.span.type != EntityType::kMisc || m.span.end >= w.size() || !IsGeographicHead(w[m.span.end]))
        continue;
      if (gazetteer && !(phrase_lists(m.sentence, m.span.begin, m.span.end) & (1u << static_cast<int>(EntityType::kMisc))))
        continue;
      uint32_t end = m.span.end;
      while (end < w.size() && IsGeographicHead(w[end])) ++end;
      places.push_back({m.sentence, {m.span.begin, end, EntityType::kLoc}, ""});
    }
    for (const Mention& place : places)
      replace(place.sentence, place.span.begin, place.span.end, EntityType::kLoc, "");
    SortMentions(mentions);
  }
  // 4d. A place's region in brackets after it is a place, where the
  // gazetteer lists it as one: "Paletwa (Chin)", ACLED's way of naming a
  // town's region (the tagger reads "Chin" as a surname).
  if (gazetteer) {
    constexpr uint8_t kPlace = 1u << static_cast<int>(EntityType::kLoc);
    std::vector<Mention> places;
    for (const Mention& m : *mentions) {
      const auto& w = sentences[m.sentence];
      const uint32_t b = m.span.end + 1;
      if (m.span.type != EntityType::kLoc || b >= w.size() || w[m.span.end] != "(") continue;
      uint32_t e = b;
      while (e < w.size() && StartsUpper(w[e])) ++e;
      if (e == b || e >= w.size() || w[e] != ")" || !(phrase_lists(m.sentence, b, e) & kPlace))
        continue;
      const Mention* inside = find_exact(m.sentence, b, e);
      if (!inside || inside->span.type != EntityType::kLoc)
        places.push_back({m.sentence, {b, e, EntityType::kLoc}, ""});
    }
    // And the other way: a name after a preposition of place with a listed
    // place in brackets after it is a place ("in Malam Fatori (Borno)",
    // which a tagger that has seen results rows, "Pete Sampras ( U.S. )",
    // reads as a person); after "of" too where the place in brackets is no
    // country ("residents of Birnin Gwari (Kaduna)"; not "the arrest of John
    // Smith (Britain)").
    for (const Mention& m : *mentions) {
      const auto& w = sentences[m.sentence];
      const uint32_t b = m.span.end + 1;
      if (m.span.type == EntityType::kLoc || m.span.begin == 0 || b >= w.size() ||
          w[m.span.end] != "(")
        continue;
      const std::string_view before = w[m.span.begin - 1];
      if (!IsLocativePreposition(before) && before != "of") continue;
      uint32_t e = b;
      while (e < w.size() && StartsUpper(w[e])) ++e;
      if (e == b || e >= w.size() || w[e] != ")") continue;
      const uint8_t listed = phrase_lists(m.sentence, b, e);
      if ((listed & kPlace) && (before != "of" || !(listed & (1u << Gazetteer::kCountries))))
        places.push_back({m.sentence, m.span, ""});
    }
    for (const Mention& place : places)
      replace(place.sentence, place.span.begin, place.span.end, EntityType::kLoc, "");
    SortMentions(mentions);
  }
  // And a nationality after words of direction is still a nationality
  // where it modifies a noun: the tagger makes "Central African states",
  // "Southeast Asian nation" and "North Korean leader" places.
  if (gazetteer) {
    for (Mention& m : *mentions) {
      const auto& w = sentences[m.sentence];
      if (m.span.type == EntityType::kMisc || m.span.end - m.span.begin < 2 || m.span.end >= w.size() ||
          !IsLower(FirstCp(w[m.span.end])))
        continue;
      bool compass = true;
      for (uint32_t i = m.span.begin; i + 1 < m.span.end; ++i) compass &= IsCompassWord(w[i]);
      if (compass && (lists(w[m.span.end - 1]) & (1u << static_cast<int>(EntityType::kMisc))))
        m.span.type = EntityType::kMisc;
    }
  }

  // 9. Headlines in title case (English; see resolve.h).
  if (english_rules && gazetteer) {
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      uint32_t long_words = 0, capitalised = 0;
      bool lower_case = false;  // a list of names ("Osman Adam Khatib , 20 , London") has none
      for (const std::string_view word : w) {
        lower_case |= IsLower(FirstCp(word));
        if (word.size() < 4 || !IsLetter(FirstCp(word))) continue;
        ++long_words;
        capitalised += StartsUpper(word);
      }
      if (long_words < 4 || capitalised < long_words || !lower_case) continue;
      std::vector<Mention> kept;
      std::vector<std::pair<uint32_t, uint32_t>> gone;
      for (const Mention& m : *mentions) {
        if (m.sentence != s || m.span.end - m.span.begin < 3 || m.span.type == EntityType::kPer) continue;
        gone.emplace_back(m.span.begin, m.span.end);
        for (uint32_t i = m.span.begin; i < m.span.end;) {
          uint32_t best = 0;
          uint8_t best_mask = 0;
          for (uint32_t e = i + 1; e <= m.span.end && e <= i + 4; ++e) {
            const uint8_t mask = phrase_lists(s, i, e);
            if (mask & kNationOrCountry) best = e, best_mask = mask;
          }
          if (best == 0) {
            ++i;
            continue;
          }
          const bool country = best_mask & (1u << Gazetteer::kCountries);
          kept.push_back({s, {i, best, country ? EntityType::kLoc : EntityType::kMisc}, ""});
          i = best;
        }
      }
      std::erase_if(*mentions, [&](const Mention& m) {
        return m.sentence == s && std::find(gone.begin(), gone.end(), std::make_pair(m.span.begin, m.span.end)) != gone.end();
      });
      mentions->insert(mentions->end(), kept.begin(), kept.end());
    }
    SortMentions(mentions);
  }

  // Rules 8 and 11 find a name as a run of capitalised words up to a head
  // word: a run stops at a word in lower case, a weekday or a function word;
  // it is left alone when listed as a place, or when a name the tagger
  // found reaches past its edges.
  constexpr uint8_t kPlaceLists = 1u << static_cast<int>(EntityType::kLoc) | 1u << Gazetteer::kCountries;
  auto stops_name = [&](std::string_view w) {
    return !StartsUpper(w) || IsWeekday(w) || IsFunctionWord(FoldCase(w));
  };
  auto crossed = [&](uint32_t s, uint32_t begin, uint32_t end) {
    for (const Mention& m : *mentions)
      if (Overlaps(m, s, begin, end) && (m.span.begin < begin || m.span.end > end)) return true;
    return false;
  };

  // 8. Organisations by their head word (English; see resolve.h).
  if (english_rules) {
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      for (uint32_t head = 1; head < w.size(); ++head) {
        // "Service" heads review titles ("Great Service"); a capitalised word
        // after the head continues the name past it ("First Union
        // Securities").
        if (!(IsOrganisationHead(w[head]) || IsCompanySuffix(w[head])) || w[head].starts_with("Service")) continue;
        if (head + 1 < w.size() && !stops_name(w[head + 1])) continue;
        uint32_t begin = head;
        while (begin > 0 && !stops_name(w[begin - 1])) --begin;
        while (begin < head && (lists(w[begin]) & kNationOrCountry) == 1u << Gazetteer::kCountries) ++begin;
        uint32_t end = head + 1;
        if (end + 1 < w.size() && (w[end] == "of" || w[end] == "for" || w[end] == "on") && !stops_name(w[end + 1])) {
          // Up to a name of its own the tagger found: "Department of Finance
          // College ... [University of Texas]".
          auto found_name_at = [&](uint32_t i) {
            for (const Mention& m : *mentions)
              if (m.sentence == s && m.span.begin == i && m.span.type != EntityType::kLoc &&
                  m.span.type != EntityType::kMisc)
                return true;
            return false;
          };
          if (found_name_at(end + 1)) continue;
          uint32_t last = end + 1;
          for (uint32_t i = end + 1; i < w.size() && !found_name_at(i); ++i) {
            if (!stops_name(w[i])) {
              last = i + 1;
            } else if (!(w[i] == "and" || w[i] == "of" || w[i] == "the" || w[i] == "&")) {
              break;
            }
          }
          end = last;
        }
        // A hyphen after the run joins it to more of the name ("Council on
        // American - Islamic Relations").
        if (end - begin < 2 || (end < w.size() && w[end] == "-") || (phrase_lists(s, begin, end) & kPlaceLists))
          continue;
        const Mention* same = find_exact(s, begin, end);
        if (!crossed(s, begin, end) &&
            !(same && (same->span.type == EntityType::kOrg || IsLeagueAsCompetition(*same, sentences))))
          replace(s, begin, end, EntityType::kOrg, "");
        head = end - 1;
      }
      // A bank named in one word ("Bundesbank", "Commerzbank", "Rabobank"),
      // alone or as the tagger found it alone.
      for (uint32_t i = 0; i < w.size(); ++i) {
        const std::string_view word = w[i];
        if (word.size() < 7 || !StartsUpper(word) || !word.ends_with("bank")) continue;
        bool inside_longer = false;
        for (const Mention& m : *mentions)
          inside_longer |= m.sentence == s && m.span.begin <= i && i < m.span.end && m.span.end - m.span.begin > 1;
        if (!inside_longer) replace(s, i, i + 1, EntityType::kOrg, "");
      }
    }
    SortMentions(mentions);
  }

  // 11. Events by their head word (English; see resolve.h), as rule 8 finds
  // organisations: "Davis Cup", "U.S. Open", "Lipton Championships",
  // "Tour de France".
  if (english_rules) {
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      for (uint32_t head = 0; head < w.size(); ++head) {
        uint32_t end = head + 1;
        if (w[head] == "Tour" && end + 1 < w.size() && (w[end] == "de" || w[end] == "of") && !stops_name(w[end + 1])) {
          end += 2;  // "Tour de France", "Tour of Britain"
          while (end < w.size() && !stops_name(w[end])) ++end;
        } else if (!IsEventHead(w[head]) || (end < w.size() && !stops_name(w[end]))) {
          continue;
        }
        uint32_t begin = head;
        while (begin > 0 && !stops_name(w[begin - 1])) --begin;
        if (end - begin < 2 || (end < w.size() && w[end] == "-") || (phrase_lists(s, begin, end) & kPlaceLists))
          continue;
        if (!crossed(s, begin, end)) replace(s, begin, end, EntityType::kMisc, "");
        head = end - 1;
      }
    }
    SortMentions(mentions);
  }

  // Whether rule 10 found a results line or a sports slug, which tells
  // rule 13 that the article reports matches.
  bool results_lines = false, sports_slug = false;
  // 10. Wire formats (English; see resolve.h): datelines, results lines and
  // sports slugs.
  if (english_rules) {
    // A run of capitalised words from `b` (at most four, no function word):
    // its end, or b when there is none.
    auto name_run = [&](const std::vector<std::string_view>& w, uint32_t b) {
      uint32_t e = b;
      while (e < w.size() && e < b + 4 && StartsUpper(w[e]) && !IsFunctionWord(FoldCase(w[e]))) ++e;
      return e;
    };
    auto country = [&](uint32_t s, uint32_t b, uint32_t e) {
      return (phrase_lists(s, b, e) & (1u << Gazetteer::kCountries)) != 0;
    };
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      const uint32_t n = static_cast<uint32_t>(w.size());
      // "CARDIFF 1997-03-02", "AL-AIN , United Arab Emirates 1996-12-06":
      // one or two places (a comma between) that open a sentence, and a
      // date, alone or before the article's first sentence where `strabo
      // extract`'s segmenter ran the dateline into it and split the date
      // ("BONN 1996 - 08 - 30 German Chancellor ..."); or a byline's source
      // in brackets, a known organisation, maybe after a date ("LONDON (
      // Reuters ) -", "LONDON , Aug 30 ( Reuters ) -").
      auto source_at = [&](uint32_t k) {
        return k + 2 < n && w[k] == "(" && w[k + 2] == ")" &&
               !KnownEnglishOrganisations().Match(std::span(w).subspan(k + 1, 1)).empty();
      };
      auto date_and_source_at = [&](uint32_t k) {
        if (source_at(k)) return true;
        if (k + 3 >= n || w[k] != "," || !StartsUpper(w[k + 1])) return false;
        const uint32_t day = w[k + 2] == "." ? k + 3 : k + 2;
        return day < n && IsAsciiNumber(w[day]) && source_at(day + 1);
      };
      const uint32_t first = name_run(w, 0);
      uint32_t end = first;
      if (first > 0 && first + 1 < n && w[first] == ",") end = name_run(w, first + 1);
      if (first > 0 && !(IsoDateLength(w, end) > 0 || date_and_source_at(end)))
        end = date_and_source_at(first) ? first : 0;  // "LONDON , Aug 30": "Aug" is the date's
      if (first > 0 && end > 0) {
        replace(s, 0, first, EntityType::kLoc, "");
        if (end > first) replace(s, first + 1, end, EntityType::kLoc, "");
      }
      // "Manchester United 3 Leeds United 0": two sides and their scores,
      // alone; a side is a team, ORG (CoNLL-2003), but a national side is
      // its country, LOC.
      const uint32_t home = name_run(w, 0);
      if (home > 0 && home + 1 < n && IsAsciiNumber(w[home])) {
        const uint32_t away = name_run(w, home + 1);
        const uint32_t last = w[n - 1] == "." ? n - 2 : n - 1;  // the away side's score
        if (away > home + 1 && away == last && IsAsciiNumber(w[away])) {
          results_lines = true;
          replace(s, 0, home, country(s, 0, home) ? EntityType::kLoc : EntityType::kOrg, "");
          replace(s, home + 1, away, country(s, home + 1, away) ? EntityType::kLoc : EntityType::kOrg, "");
        }
        // "Barcelona 10 7 2 1 20 8 23": a side and four numbers or more, a
        // row of a league table; a name the tagger read as a person (a
        // golfer's rounds, "Ernie Els 68 70 67 205") stays one.
        uint32_t numbers = home;
        while (numbers < n && IsAsciiNumber(w[numbers])) ++numbers;
        bool person = false;
        for (const Mention& m : *mentions)
          person |= Overlaps(m, s, 0, home) && m.span.type == EntityType::kPer;
        if (numbers == n && n - home >= 4 && !person)
          replace(s, 0, home, country(s, 0, home) ? EntityType::kLoc : EntityType::kOrg, "");
      }
      // A cricket scorecard's batting line names people: the batsman, and
      // the fielder and bowler of the dismissal ("B. McMillan c Mongia b
      // Srinath 18", "Hussain lbw b Wasim 12", "Stewart run out 5"); the
      // tagger takes a surname it does not know before a number for a club
      // of a results line.
      std::vector<TokenSpan> players;
      if (const uint32_t runs = w[n - 1] == "." ? n - 2 : n - 1;
          n >= 4 && runs < n && IsAsciiNumber(w[runs])) {
        const uint32_t batsman = name_run(w, 0);
        uint32_t k = batsman;
        bool out = false;
        while (batsman > 0 && k < runs) {
          const std::string_view d = w[k];
          if ((d == "run" || d == "not") && k + 1 < runs && w[k + 1] == "out") {
            k += 2;
            out = true;
            continue;
          }
          if (d == "lbw" || (d == "&" && out)) {
            ++k;
            continue;
          }
          if (d != "c" && d != "b" && d != "st") break;
          const uint32_t name_end = name_run(w, k + 1);
          if (name_end == k + 1) break;
          players.push_back({k + 1, name_end, EntityType::kPer});
          k = name_end;
          out = true;
        }
        if (out && k == runs) {
          players.push_back({0, batsman, EntityType::kPer});
        } else {
          players.clear();
        }
      }
      // Bowling figures, overs-maidens-runs-wickets ("Srinath 10-1-37-3"):
      // the name before them is the bowler's.
      for (uint32_t k = 1; k < n; ++k) {
        if (std::count(w[k].begin(), w[k].end(), '-') != 3) continue;
        const auto parts = SplitFields(w[k], '-', true);
        if (!std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
              return !p.empty() && std::all_of(p.begin(), p.end(), [](char c) {
                return (c >= '0' && c <= '9') || c == '.';
              });
            }))
          continue;
        uint32_t b = k;
        while (b > 0 && k - b < 3 && StartsUpper(w[b - 1]) && !IsFunctionWord(FoldCase(w[b - 1])))
          --b;
        if (b < k) players.push_back({b, k, EntityType::kPer});
      }
      for (const TokenSpan& p : players) replace(s, p.begin, p.end, EntityType::kPer, "");
      // "RUGBY UNION - WALES SURPRISE IRELAND": a sport's name in capitals
      // before the dash that opens a headline is no name.
      uint32_t slug = 0;
      while (slug < n && IsSportWord(w[slug])) ++slug;
      if (slug > 0 && slug < n && w[slug] == "-") {
        sports_slug = true;
        std::erase_if(*mentions, [&](const Mention& m) { return Overlaps(m, s, 0, slug); });
      }
    }
    SortMentions(mentions);
  }

  // 12. Companies by their context (English; see resolve.h): "Shares in
  // Volkswagen", "Sony shares", "Statoil 's net profit", "Siemens , the
  // German electronics group". Decided per name in the vote below; here a
  // name the tagger missed before "shares"/"stock" or after "shares in" is
  // found. Not a name the gazetteer lists as a place or a nationality and
  // not as an organisation ("London shares", "European stocks", "shares in
  // Tokyo"), nor a street ("Wall Street stocks").
  auto not_company = [&](uint32_t s, uint32_t b, uint32_t e) {
    const uint8_t mask = phrase_lists(s, b, e);
    return ((mask & (kPlaceLists | 1u << static_cast<int>(EntityType::kMisc))) &&
            !(mask & (1u << static_cast<int>(EntityType::kOrg)))) ||
           sentences[s][e - 1] == "Street";
  };
  // "shares" as a verb: before a determiner, a pronoun or a name ("Kohl
  // shares the view", "... shares Chirac 's view").
  auto shares_as_verb = [](const std::vector<std::string_view>& w, uint32_t i) {
    static const std::set<std::string_view> kObjects = {"the",  "a",     "an",    "his",  "her",
                                                         "its", "their", "this",  "that", "these",
                                                         "those", "our",  "some", "many", "much"};
    return w[i] == "shares" && i + 1 < w.size() && (kObjects.count(w[i + 1]) > 0 || StartsUpper(w[i + 1]));
  };
  // A mention named by a listed place (an acronym's long form: "C.A.R.",
  // "Central African Republic"), whatever its own words: "the C.A.R. shares
  // borders with Cameroon" is no company's context.
  auto named_place = [&](const Mention& m) {
    if (m.name.empty()) return false;
    const uint8_t mask = words_lists(SplitFields(m.name, ' ', false));
    return (mask & kPlaceLists) && !(mask & (1u << static_cast<int>(EntityType::kOrg)));
  };
  auto company_context = [&](uint32_t s, uint32_t b, uint32_t e) {
    const auto& w = sentences[s];
    if (b >= 2 && (w[b - 1] == "in" || w[b - 1] == "of") && (w[b - 2] == "shares" || w[b - 2] == "Shares" ||
                                                              w[b - 2] == "stake" || w[b - 2] == "Stake"))
      return true;
    uint32_t i = e;
    const bool possessive = i < w.size() && IsPossessive(w[i - 1], w[i]);
    if (possessive) ++i;
    // After a possessive, up to two modifiers in lower case ("'s first-half
    // net profit"). "Kohl shares the view" is a verb.
    for (uint32_t k = 0; i < w.size() && k <= (possessive ? 2u : 0u); ++k, ++i) {
      if (IsCompanyNoun(w[i])) return possessive || !shares_as_verb(w, i);
      if (!IsLower(FirstCp(w[i])) || IsFunctionWord(w[i])) break;
    }
    // The apposition's noun ends it: not "Smith , the company 's chairman"
    // or "Smith , a company spokesman".
    if (e + 2 < w.size() && w[e] == "," && (w[e + 1] == "the" || w[e + 1] == "a" || w[e + 1] == "an")) {
      for (uint32_t j = e + 2; j < w.size() && j < e + 6; ++j) {
        if (IsCompanyKind(w[j]))
          return j + 1 == w.size() || w[j + 1] == "of" || w[j + 1] == "based" || IsFunctionWord(w[j + 1]) ||
                 (!IsLetter(FirstCp(w[j + 1])) && !IsPossessive(w[j], w[j + 1]));
        if (w[j] == "," || IsFunctionWord(w[j])) break;
      }
    }
    return false;
  };
  if (english_rules && gazetteer) {
    std::vector<Mention> companies;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      for (uint32_t i = 0; i < w.size(); ++i) {
        // "X shares" (X the run of capitalised words before), "shares in X"
        // (the run after).
        uint32_t b = i, e = i;
        if ((w[i] == "shares" && !shares_as_verb(w, i)) || w[i] == "stock" || w[i] == "stocks") {
          while (b > 0 && !stops_name(w[b - 1])) --b;
        } else if (i >= 2 && (w[i - 1] == "in" || w[i - 1] == "of") && (w[i - 2] == "shares" || w[i - 2] == "Shares")) {
          while (e < w.size() && !stops_name(w[e])) ++e;
        }
        if (b == e) continue;
        // A name at the start of a sentence may be a capitalised common
        // word ("Bank shares fell"): only an acronym, a hyphenated name
        // ("BA", "Daimler-Benz") or one the gazetteer lists as an
        // organisation ("Sony") there.
        const bool sure = b > 0 || e - b > 1 || LooksLikeAcronym(w[b]) ||
                          (w[b].find('-') != std::string_view::npos &&
                           StartsUpper(w[b].substr(w[b].find('-') + 1))) ||
                          (lists(w[b]) & (1u << static_cast<int>(EntityType::kOrg)));
        if (!sure || overlapping(s, b, e) || not_company(s, b, e)) continue;
        companies.push_back({s, {b, e, EntityType::kOrg}, ""});
      }
    }
    mentions->insert(mentions->end(), companies.begin(), companies.end());
    SortMentions(mentions);
  }

  // 13. Teams by their context (English; see resolve.h), decided per name
  // in the vote below: in a report of a match, a name before a player's or
  // staff noun ("Hamburg striker", "Leeds 's manager") or beside a verb of
  // winning ("Monaco beat Paris", "drew 1-1 with Juventus", "lost to Ajax")
  // is a team.
  bool sporting = false;
  if (english_rules) {
    int cues = 0;
    for (const auto& w : sentences) {
      bool scored = false, goal = false;  // "scored two goals"
      for (std::string_view word : w) {
        cues += IsSportsCue(word);
        scored |= word == "scored";
        goal |= word == "goal" || word == "goals";
      }
      cues += scored && goal;
    }
    sporting = cues >= 2 || results_lines || sports_slug;
  } else if (spanish_rules) {
    int cues = 0;
    for (const auto& w : sentences)
      for (std::string_view word : w) cues += IsSpanishSportsCue(word) || IsMinuteOfPlay(word);
    sporting = cues >= 2;
  }
  // Rule 13 in Spanish, for the name at words [b, e) of sentence s, `listed`
  // its gazetteer lists: a listed town after the masculine article, which a
  // town's name does not take ("el Barcelona", "al Getafe", "del Badajoz";
  // countries do: "el Perú"); a name in brackets right after a person's
  // ("Manu Sarabia ( Badajoz )"); a name after "selección de", or after a
  // match's word and "a/ante/contra/con" ("la selección de Brasil", "perdió
  // ante Brasil").
  auto spanish_team_context = [&](uint32_t s, uint32_t b, uint32_t e, uint8_t listed) {
    const auto& w = sentences[s];
    if (b == 0) return false;
    const std::string_view before = w[b - 1];
    const bool town = (listed & (1u << static_cast<int>(EntityType::kLoc))) &&
                      !(listed & (1u << Gazetteer::kCountries));
    if (town && (before == "el" || before == "El" || before == "al" || before == "del"))
      return true;
    // Not a country, a country's code or a model number ("Rosa Regás (
    // España )", "( USA )", "( DH8650 )").
    const bool code = LooksLikeAcronym(w[b]) || std::any_of(w[b].begin(), w[b].end(), [](char c) {
                        return c >= '0' && c <= '9';
                      });
    if (before == "(" && e < w.size() && w[e] == ")" && b >= 2 &&
        !(listed & (1u << Gazetteer::kCountries)) && !code) {
      for (const Mention& m : *mentions)
        if (m.sentence == s && m.span.end == b - 1 && m.span.type == EntityType::kPer) return true;
      return false;
    }
    if (b >= 2 && before == "de" && (w[b - 2] == "selección" || w[b - 2] == "seleccionado"))
      return true;
    if (before != "a" && before != "ante" && before != "contra" && before != "con") return false;
    uint32_t k = b - 1;
    while (k > 0 && (IsScore(w[k - 1]) || IsAsciiNumber(w[k - 1]) || w[k - 1] == "por")) --k;
    return k > 0 && IsSpanishMatchWord(w[k - 1]);
  };
  // kTeamSure: a staff noun between the name and a person's ("Leeds manager
  // Howard Wilkinson"), which no person's name stands before; kTeam: the
  // other contexts, where a person may stand too ("Sampras beat Chang").
  enum TeamContext { kNoTeam, kTeam, kTeamSure };
  auto team_context = [&](uint32_t s, uint32_t b, uint32_t e) -> TeamContext {
    const auto& w = sentences[s];
    // A nationality is no team ("Brazilian striker Ronaldo").
    const uint8_t listed = phrase_lists(s, b, e);
    if ((listed & (1u << static_cast<int>(EntityType::kMisc))) &&
        !(listed & (1u << Gazetteer::kCountries)))
      return kNoTeam;
    if (spanish_rules) return spanish_team_context(s, b, e, listed) ? kTeam : kNoTeam;
    // "Hamburg striker", "Barcelona 's Brazilian striker": one capitalised
    // word may stand between.
    uint32_t i = e;
    const bool possessive = i + 1 < w.size() && IsPossessive(w[i - 1], w[i]);
    if (possessive) ++i;
    if (i + 1 < w.size() && StartsUpper(w[i]) && IsTeamRoleNoun(w[i + 1])) ++i;
    if (i < w.size() && IsTeamRoleNoun(w[i]))
      return i == e && i + 1 < w.size() && StartsUpper(w[i + 1]) ? kTeamSure : kTeam;
    if (e < w.size() && IsMatchVerb(w[e])) return kTeam;  // the winner, or who drew or lost
    if (b == 0) return kNoTeam;
    std::string_view before = w[b - 1];
    if (before == "with" || before == "to" || before == "against" || before == "over") {
      // "drew 1-1 with", "lost 2-0 to", "victory over": a score may stand
      // between the verb or noun and the preposition.
      uint32_t k = b - 1;
      while (k > 0 && (IsScore(w[k - 1]) || IsAsciiNumber(w[k - 1]))) --k;
      if (k == 0) return kNoTeam;
      before = w[k - 1];
      return IsMatchVerb(before) || IsMatchNoun(before) ? kTeam : kNoTeam;
    }
    // The loser; "lost Smith" is no match.
    return IsMatchVerb(before) && before != "lost" ? kTeam : kNoTeam;
  };

  // 14. Players by the minute of play (see resolve.h): "Rivaldo ( m.73 )",
  // "( Emerson , m.83 )", "0-3 , m.73 : Rivaldo", and the line-up after a
  // colon whose list has a minute in it ("Brasil : Dida , Cafu ( Carvalho ,
  // m.83 ) , ... y Elber").
  auto list_edge = [](std::string_view w) {
    return w == "," || w == ";" || w == "(" || w == ")" || w == ":" || w == "." || w == "y" ||
           w == "e" || w == "and";
  };
  // Whether words from i of w are a minute in brackets: "( m.73 )", "(
  // 23rd minute )", "( 60th )".
  auto bracketed_minute = [](const std::vector<std::string_view>& w, uint32_t i) {
    if (i + 2 >= w.size() || w[i] != "(") return false;
    if (IsMinuteOfPlay(w[i + 1])) return w[i + 2] == ")";
    if (!IsOrdinalMinute(w[i + 1])) return false;
    return w[i + 2] == ")" || (w[i + 2] == "minute" && i + 3 < w.size() && w[i + 3] == ")");
  };
  auto player_context = [&](uint32_t s, uint32_t b, uint32_t e) {
    const auto& w = sentences[s];
    const uint32_t n = static_cast<uint32_t>(w.size());
    if (bracketed_minute(w, e)) return true;
    if (b > 0 && w[b - 1] == "(" && e + 2 < n && w[e] == "," && IsMinuteOfPlay(w[e + 1]) &&
        w[e + 2] == ")")
      return true;
    if (b >= 2 && w[b - 1] == ":" && IsMinuteOfPlay(w[b - 2])) return true;
    // A line-up or a list of scorers: a name between list marks after the
    // sentence's colon, and a minute after the colon.
    if (b == 0 || !list_edge(w[b - 1]) || (e < n && !list_edge(w[e]))) return false;
    uint32_t colon = b;
    while (colon > 0 && w[colon - 1] != ":") --colon;
    if (colon == 0) return false;
    for (uint32_t i = colon; i < n; ++i)
      if (IsMinuteOfPlay(w[i]) || bracketed_minute(w, i)) return true;
    return false;
  };

  // 5. One type per name, and repetitions of a tagged name.
  // A country name (not also listed as a person or given name) is not a
  // person ("Morocco" as the subject of a sentence): that one confusion is
  // overruled; ORG/LOC ones are left to the tagger (national teams, clubs).
  // A one-word person by majority needs a sign of one in the article when
  // there is a sign against: the tagger reads many one-word names it does
  // not know as people ("renegotiate Schengen rules", "this Paris trial"),
  // and the vote then spreads that to every mention. Signs of a person: a
  // title before a mention ("Mr", "President"), a verb of saying after one
  // ("Barnier said"), the name as a word of a longer person's name in the
  // article ("Michel Barnier"), the gazetteer's person or given-name lists.
  // Signs against: a mention is a noun's modifier after a determiner ("the
  // Schengen system"; not "the Allawi government"): then the best other type
  // the tagger gave, else MISC; or the gazetteer lists the name as a place,
  // not as a person, and a mention follows a preposition of place ("from
  // Paris") or is such a modifier: then LOC. A listed place alone is not
  // enough: many given names and surnames are also towns ("Tracy",
  // "Toledo", "Cowley" were LOC in UNER, CoNLL-2002 and wikigold).
  struct Votes {
    std::array<int, kNumTypes> count{};
    std::string name;
    int listed = -1;     // LOC for a listed country name
    bool place = false;  // listed as a place, not as a person or given name
    bool person_cue = false;
    bool modifier = false;   // "the Schengen system"
    bool place_cue = false;  // "in Paris"
    // Rule 12: a mention in a company's context, the name not listed as a
    // place or nationality; and signs of a person that no company shows (a
    // title before it, a listed person's or given name, a word of a longer
    // person's name), which overrule it.
    bool company = false;
    bool person_named = false;
    // Rule 13: a mention in a team's context in a report of a match, and one
    // that the tagger did not read as a person.
    bool team = false;
    bool team_sure = false;
    bool not_tagged_person = false;
    // Rule 14: a mention beside a minute of play.
    bool player = false;
    uint32_t words = 0;
  };
  constexpr uint8_t kPersonLists =
      1u << static_cast<int>(EntityType::kPer) | 1u << Gazetteer::kGivenNames;
  std::map<std::string, Votes> votes;
  std::vector<uint64_t> hashes;
  for (const Mention& m : *mentions) {
    auto [it, inserted] = votes.try_emplace(Key(sentences, m.sentence, m.span));
    Votes& v = it->second;
    ++v.count[static_cast<int>(m.span.type)];
    if (v.name.empty()) v.name = m.name;
    const auto& w = sentences[m.sentence];
    const std::string_view before = m.span.begin > 0 ? w[m.span.begin - 1] : std::string_view();
    const std::string_view after = m.span.end < w.size() ? w[m.span.end] : std::string_view();
    const bool titled = lists(before) & (1u << Gazetteer::kTitles);
    v.person_cue |= titled || IsReportingVerb(after);
    v.person_named |= titled;
    v.company |= english_rules && gazetteer &&
                 company_context(m.sentence, m.span.begin, m.span.end) &&
                 !not_company(m.sentence, m.span.begin, m.span.end) && !named_place(m);
    const TeamContext team =
        sporting ? team_context(m.sentence, m.span.begin, m.span.end) : kNoTeam;
    v.team |= team != kNoTeam;
    v.team_sure |= team == kTeamSure;
    v.not_tagged_person |= m.span.type != EntityType::kPer;
    v.player |= player_context(m.sentence, m.span.begin, m.span.end);
    const std::string_view after_next =
        m.span.end + 1 < w.size() ? w[m.span.end + 1] : std::string_view();
    v.modifier |= IsDeterminer(before) && IsLower(FirstCp(after)) && !IsFunctionWord(after) &&
                  !IsLeadersNoun(after) && !IsLeadersNoun(after_next);
    v.place_cue |= IsLocativePreposition(before);
    v.words = m.span.end - m.span.begin;
    if (inserted && gazetteer) {
      hashes.clear();
      for (uint32_t i = m.span.begin; i < m.span.end; ++i)
        hashes.push_back(Gazetteer::WordHashOf(w[i]));
      const uint8_t mask = gazetteer->Lookup(hashes);
      const bool person = mask & kPersonLists;
      if ((mask >> Gazetteer::kCountries & 1) && !person) v.listed = static_cast<int>(EntityType::kLoc);
      v.place = (mask >> static_cast<int>(EntityType::kLoc) & 1) && !person;
      v.person_cue |= person;
      v.person_named |= person || (lists(w[m.span.begin]) & (1u << Gazetteer::kGivenNames) && v.words > 1);
    }
  }
  // The words of a longer person's name are a person's ("Michel Barnier"
  // ... "Barnier").
  for (const Mention& m : *mentions) {
    if (m.span.type != EntityType::kPer || m.span.end - m.span.begin < 2) continue;
    for (uint32_t i = m.span.begin; i < m.span.end; ++i) {
      auto it = votes.find(std::string(sentences[m.sentence][i]));
      if (it != votes.end()) it->second.person_cue = it->second.person_named = true;
    }
  }
  auto majority = [countries_as_places, english_rules](const Votes& v) {
    constexpr int kPer = static_cast<int>(EntityType::kPer);
    if (v.company && !v.person_named) return EntityType::kOrg;
    if (v.player && v.listed < 0) return EntityType::kPer;
    // A team: a club is ORG (CoNLL-2003), a national side its country, LOC.
    // Not a name the tagger only ever read as a person and the gazetteer
    // does not list as a place ("Sampras beat Ivanisevic 6-4 6-3").
    if (v.team && !v.person_named &&
        (v.team_sure || v.not_tagged_person || v.place || v.listed >= 0))
      return v.listed >= 0 && (english_rules || countries_as_places) ? EntityType::kLoc
                                                                     : EntityType::kOrg;
    int best = 0;
    for (int t = 1; t < kNumTypes; ++t)
      if (v.count[t] > v.count[best]) best = t;
    const bool org = best == static_cast<int>(EntityType::kOrg);
    if ((best == kPer || (org && countries_as_places)) && v.listed >= 0)
      return static_cast<EntityType>(v.listed);
    if (best != kPer || v.person_cue || v.words != 1) return static_cast<EntityType>(best);
    if (v.place && (v.place_cue || v.modifier)) return EntityType::kLoc;
    if (!v.modifier) return EntityType::kPer;
    int other = -1;
    for (int t = 0; t < kNumTypes; ++t)
      if (t != kPer && v.count[t] > 0 && (other < 0 || v.count[t] > v.count[other])) other = t;
    return other >= 0 ? static_cast<EntityType>(other) : EntityType::kMisc;
  };
  // A Spanish team's town named as a place keeps the tagger's LOC: "en
  // Compostela" where the match was played, a dateline's "Valencia , 23 may".
  auto spanish_place_here = [&](const Mention& m) {
    const auto& w = sentences[m.sentence];
    if (m.span.type != EntityType::kLoc) return false;
    if (m.span.begin > 0 && IsLocativePreposition(w[m.span.begin - 1])) return true;
    return m.span.begin == 0 && m.span.end + 1 < w.size() && w[m.span.end] == "," &&
           IsAsciiNumber(w[m.span.end + 1]);
  };
  for (Mention& m : *mentions) {
    const Votes& v = votes[Key(sentences, m.sentence, m.span)];
    if (!(spanish_rules && v.team && spanish_place_here(m))) m.span.type = majority(v);
    if (m.name.empty()) m.name = v.name;
  }
  // Country names the tagger left untagged (a Spanish headline's first
  // word, an all-caps dateline) are LOC when capitalised and outside any
  // entity.
  if (gazetteer) {
    std::vector<Mention> countries;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      const auto& w = sentences[s];
      for (uint32_t i = 0; i < w.size(); ++i) {
        if (!StartsUpper(w[i])) continue;
        // The longest listed country name starting here (up to 4 words).
        uint32_t best = 0;
        hashes.clear();
        for (uint32_t e = i; e < w.size() && e < i + 4 && StartsUpper(w[e]) ; ++e) {
          hashes.push_back(Gazetteer::WordHashOf(w[e]));
          const uint8_t mask = gazetteer->Lookup(hashes);
          const bool person = mask & (1u << static_cast<int>(EntityType::kPer) | 1u << Gazetteer::kGivenNames);
          if ((mask >> Gazetteer::kCountries & 1) && !person) best = e + 1;
        }
        if (best == 0 || overlapping(s, i, best)) continue;
        countries.push_back({s, {i, best, EntityType::kLoc}, ""});
        i = best - 1;
      }
    }
    mentions->insert(mentions->end(), countries.begin(), countries.end());
  }
  // Repetitions: tagged names of two or more characters that start with a
  // capital, found again where nothing was tagged.
  std::map<std::string_view, std::vector<std::pair<std::vector<std::string_view>, const Votes*>>> by_first;
  std::vector<std::vector<std::string_view>> keys_words;
  for (const auto& [key, v] : votes) {
    std::vector<std::string_view> kw = SplitFields(key, ' ', true);
    if (kw.empty() || !StartsUpper(kw[0]) || key.size() < 2) continue;
    by_first[kw[0]].emplace_back(std::move(kw), &v);
  }
  std::vector<Mention> added;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& w = sentences[s];
    for (uint32_t i = 0; i < w.size(); ++i) {
      auto it = by_first.find(w[i]);
      if (it == by_first.end()) continue;
      for (const auto& [kw, v] : it->second) {
        const uint32_t e = i + static_cast<uint32_t>(kw.size());
        if (e > w.size() || !std::equal(kw.begin(), kw.end(), w.begin() + i)) continue;
        if (overlapping(s, i, e)) continue;
        bool clash = false;
        for (const Mention& m : added)
          if (Overlaps(m, s, i, e)) clash = true;
        if (clash) continue;
        added.push_back({s, {i, e, majority(*v)}, v->name});
      }
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  // In a headline in capitals ("TENNIS - SAMPRAS BEATS CHANG IN FLORIDA
  // FINAL"), where the tagger sees no case, a name is one the article tags
  // elsewhere, compared case-folded: a whole tagged name, or (not a country
  // or nationality the gazetteer lists) the last word of a person's name of
  // two words or more ("Pete Sampras": "SAMPRAS").
  // Built only for an article that has such a headline (most have none).
  std::vector<uint32_t> caps;
  for (uint32_t s = 0; s < sentences.size(); ++s)
    if (IsAllCaps(std::span<const std::string_view>(sentences[s]))) caps.push_back(s);
  added.clear();
  if (!caps.empty()) {
    std::map<std::string, std::vector<std::pair<std::vector<std::string>, EntityType>>> folded_first;
    for (const auto& [key, v] : votes) {
      std::vector<std::string> kw;
      for (const std::string_view part : SplitFields(key, ' ', true)) kw.push_back(FoldCase(part));
      if (kw.empty() || key.size() < 2) continue;
      folded_first[kw[0]].emplace_back(std::move(kw), majority(v));
    }
    for (const Mention& m : *mentions) {
      if (m.span.type != EntityType::kPer || m.span.end - m.span.begin < 2) continue;
      const std::string_view surname = sentences[m.sentence][m.span.end - 1];
      if (surname.size() < 3 || (lists(surname) & kNationOrCountry) != 0) continue;
      folded_first[FoldCase(surname)].push_back({{FoldCase(surname)}, EntityType::kPer});
    }
    for (const uint32_t s : caps) {
      const auto& w = sentences[s];
      for (uint32_t i = 0; i < w.size(); ++i) {
        auto it = folded_first.find(FoldCase(w[i]));
        if (it == folded_first.end()) continue;
        // The longest name that matches here.
        uint32_t best_end = 0;
        EntityType best_type = EntityType::kMisc;
        for (const auto& [kw, type] : it->second) {
          const uint32_t e = i + static_cast<uint32_t>(kw.size());
          if (e > w.size() || e <= best_end) continue;
          bool same = true;
          for (uint32_t k = 0; k < kw.size() && same; ++k) same = FoldCase(w[i + k]) == kw[k];
          if (same) best_end = e, best_type = type;
        }
        if (best_end == 0 || overlapping(s, i, best_end)) continue;
        added.push_back({s, {i, best_end, best_type}, ""});
        i = best_end - 1;
      }
    }
    mentions->insert(mentions->end(), added.begin(), added.end());
  }

  // 6. A person's surname alone is that person: "Bashar al-Assad" ...
  // "Assad" (tagged ORG or LOC in "Assad's forces"), "Javier Colomina Piriz"
  // ... "Colomina". Any word after the first of a person's name of two or
  // more words counts (Spanish names use the first surname), as does a
  // particle-prefixed word without its particle ("al-Assad": "Assad"), when
  // the full name came shortly before (kSurnameWindow sentences: a file may
  // hold many articles). Words the gazetteer lists as anything but a person
  // ("Miami", "Chinese", "India") and acronyms keep their type.
  constexpr uint32_t kSurnameWindow = 30;
  struct Person {
    uint32_t sentence;
    std::string name;
  };
  std::map<std::string_view, Person> surnames;  // the latest person of each surname
  // Whether `word` stands somewhere in the article after a title or before a
  // verb of saying ("Judge Zamora", "Zamora said").
  std::map<std::string_view, bool> person_signs;
  auto shows_person = [&](std::string_view word) {
    auto [it, inserted] = person_signs.try_emplace(word, false);
    if (!inserted) return it->second;
    for (const auto& w : sentences)
      for (uint32_t i = 0; i < w.size() && !it->second; ++i)
        it->second = w[i] == word && ((i + 1 < w.size() && IsReportingVerb(w[i + 1])) ||
                                      (i > 0 && (lists(w[i - 1]) & (1u << Gazetteer::kTitles))));
    return it->second;
  };
  SortMentions(mentions);
  constexpr uint8_t kNotPersonLists = 1u << static_cast<int>(EntityType::kOrg) |
                                      1u << static_cast<int>(EntityType::kLoc) |
                                      1u << static_cast<int>(EntityType::kMisc) | 1u << Gazetteer::kCountries;
  for (Mention& m : *mentions) {
    // A name ends before its possessive ("Assad 's forces").
    if (m.span.end - m.span.begin >= 2 &&
        IsPossessive(sentences[m.sentence][m.span.end - 2], sentences[m.sentence][m.span.end - 1]))
      --m.span.end;
    const uint32_t length = m.span.end - m.span.begin;
    if (m.span.type == EntityType::kPer && length >= 2) {
      // The name proper starts after any leading acronym, title or listed
      // place, group or nationality ("UN Secretary General Kofi Annan"), so
      // that a tagging error ("VOA Albanian") lends no surname.
      uint32_t given = m.span.begin;
      while (given < m.span.end) {
        const std::string_view w = sentences[m.sentence][given];
        if (StartsUpper(w) && !LooksLikeAcronym(w) && !(lists(w) & (kNotPersonLists | 1u << Gazetteer::kTitles)))
          break;
        ++given;
      }
      if (m.span.end - given < 2) continue;
      // A "person" with an organisation's head word or a company suffix
      // ("Liggett Group, Inc") is a tagging error too.
      bool organisation = false;
      for (uint32_t i = given; i < m.span.end; ++i) {
        const std::string_view w = sentences[m.sentence][i];
        organisation |= IsOrganisationHead(w) || IsCompanySuffix(w);
      }
      if (organisation) continue;
      const std::string full = m.name.empty() ? Key(sentences, m.sentence, {given, m.span.end, m.span.type}) : m.name;
      for (uint32_t i = given + 1; i < m.span.end; ++i) {
        const std::string_view w = sentences[m.sentence][i];
        const size_t dash = w.find('-');
        const std::string_view unprefixed = dash != std::string_view::npos && dash <= 3 ? w.substr(dash + 1) : "";
        for (const std::string_view surname : {w, unprefixed})
          if (surname.size() >= 2 && StartsUpper(surname) && !IsConnective(surname))
            surnames[surname] = {m.sentence, full};
      }
      continue;
    }
    if (m.span.type == EntityType::kPer || length != 1) continue;
    const std::string_view word = sentences[m.sentence][m.span.begin];
    auto it = surnames.find(word);
    if (it == surnames.end() || m.sentence - it->second.sentence > kSurnameWindow) continue;
    if (LooksLikeAcronym(word)) continue;
    // A surname that is also a town ("Zamora") is the person where the
    // article shows one: a title before it or "said" after it.
    const uint8_t other = lists(word) & kNotPersonLists;
    if (other != 0 && (other != 1u << static_cast<int>(EntityType::kLoc) || !shows_person(word))) continue;
    m.span.type = EntityType::kPer;
    if (m.name.empty()) m.name = it->second.name;
  }
  SortMentions(mentions);
}

}  // namespace strabo::ner

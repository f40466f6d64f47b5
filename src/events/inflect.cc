#include "events/inflect.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

#include "events/lexicon_file.h"
#include "util/utf8.h"

namespace strabo::events {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view Chop(std::string_view s, size_t n) { return s.substr(0, s.size() - n); }

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void AddUnique(std::vector<std::string>* out, std::string word) {
  if (word.empty()) return;
  if (std::find(out->begin(), out->end(), word) == out->end()) out->push_back(std::move(word));
}

// Spanish: the accent of a final stressed syllable disappears when a suffix
// adds a syllable (alemán → alemanes, francés → francesa).
std::string DropFinalAccent(std::string_view word) {
  static const std::array<std::pair<std::string_view, std::string_view>, 5> kAccents = {{
      {"á", "a"}, {"é", "e"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"}}};
  // Only the accent in the last two code points (…án, …és, …ón) is dropped.
  for (const auto& [accented, plain] : kAccents) {
    const size_t at = word.rfind(accented);
    if (at != std::string_view::npos && word.size() - at <= accented.size() + 1) {
      std::string out(word.substr(0, at));
      out += plain;
      out += word.substr(at + accented.size());
      return out;
    }
  }
  return std::string(word);
}

std::string EnglishPlural(std::string_view w) {
  if (w.empty()) return {};
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh"))
    return std::string(w) + "es";
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]))
    return std::string(Chop(w, 1)) + "ies";
  return std::string(w) + "s";
}

std::vector<std::string> EnglishPlurals(std::string_view w) {
  std::vector<std::string> out;
  if (EndsWith(w, "man")) AddUnique(&out, std::string(Chop(w, 3)) + "men");  // policeman
  AddUnique(&out, EnglishPlural(w));
  return out;
}

std::string SpanishPlural(std::string_view w) {
  if (w.empty()) return {};
  const char last = w.back();
  if (IsVowel(last)) return std::string(w) + "s";
  if (EndsWith(w, "á") || EndsWith(w, "é") || EndsWith(w, "ó")) return std::string(w) + "s";
  if (EndsWith(w, "í") || EndsWith(w, "ú")) return std::string(w) + "es";  // marroquíes
  if (last == 'z') return std::string(Chop(w, 1)) + "ces";
  if (last == 's' && !EndsWith(w, "és")) return std::string(w);  // crisis, análisis
  return DropFinalAccent(w) + "es";
}

// Applies `plural` to the words of `phrase` that agree with the head.
template <typename F>
std::vector<std::string> PluralisePhrase(std::string_view lang, std::string_view phrase, F plural) {
  const auto words = SplitList(phrase, ' ');
  // English: the head is the last word, or the word before "of".
  // Spanish: the head and its adjectives come before the first preposition.
  size_t first = 0, last = words.size();  // the agreeing words: [first, last)
  static const std::array<std::string_view, 8> kEsPreps = {"de", "del", "a", "al", "en",
                                                           "contra", "por", "para"};
  if (lang == "es") {
    for (size_t i = 1; i < words.size(); ++i)
      if (std::find(kEsPreps.begin(), kEsPreps.end(), words[i]) != kEsPreps.end()) {
        last = i;
        break;
      }
  } else {
    size_t head = words.size() - 1;
    for (size_t i = 1; i < words.size(); ++i)
      if (words[i] == "of") {
        head = i - 1;
        break;
      }
    first = head;
    last = head + 1;
  }
  // Each agreeing word may have several plurals (policemen, policemans).
  std::vector<std::string> out = {""};
  for (size_t i = 0; i < words.size(); ++i) {
    std::vector<std::string> forms;
    if (i >= first && i < last)
      forms = plural(words[i]);
    else
      forms = {std::string(words[i])};
    std::vector<std::string> next;
    for (const std::string& prefix : out)
      for (const std::string& f : forms) next.push_back(prefix.empty() ? f : prefix + " " + f);
    out = std::move(next);
  }
  return out;
}

using IrregularTable = std::unordered_map<std::string_view, std::string_view>;

// English irregular verb forms common in news about events.
const IrregularTable& EnglishIrregulars() {
  static const IrregularTable table = {
      {"beat", "beat"},       {"beaten", "beat"},       {"bit", "bite"},
      {"bitten", "bite"},     {"blew", "blow"},         {"blown", "blow"},
      {"broke", "break"},     {"broken", "break"},      {"brought", "bring"},
      {"built", "build"},     {"burnt", "burn"},        {"came", "come"},
      {"caught", "catch"},    {"chose", "choose"},      {"chosen", "choose"},
      {"cut", "cut"},         {"dealt", "deal"},        {"did", "do"},
      {"done", "do"},         {"drew", "draw"},         {"drawn", "draw"},
      {"drove", "drive"},     {"driven", "drive"},      {"fell", "fall"},
      {"fallen", "fall"},     {"fed", "feed"},          {"fought", "fight"},
      {"fled", "flee"},       {"flew", "fly"},          {"flown", "fly"},
      {"forbade", "forbid"},  {"forbidden", "forbid"},  {"forgave", "forgive"},
      {"forgiven", "forgive"}, {"froze", "freeze"},     {"frozen", "freeze"},
      {"gave", "give"},       {"given", "give"},        {"got", "get"},
      {"gotten", "get"},      {"went", "go"},           {"gone", "go"},
      {"had", "have"},        {"has", "have"},          {"held", "hold"},
      {"hid", "hide"},        {"hidden", "hide"},       {"hit", "hit"},
      {"hung", "hang"},       {"hurt", "hurt"},         {"kept", "keep"},
      {"knew", "know"},       {"known", "know"},        {"laid", "lay"},
      {"led", "lead"},        {"left", "leave"},        {"lent", "lend"},
      {"lost", "lose"},       {"made", "make"},         {"meant", "mean"},
      {"met", "meet"},        {"overran", "overrun"},   {"overthrew", "overthrow"},
      {"overthrown", "overthrow"}, {"paid", "pay"},     {"put", "put"},
      {"quit", "quit"},       {"ran", "run"},           {"rose", "rise"},
      {"risen", "rise"},      {"said", "say"},          {"saw", "see"},
      {"seen", "see"},        {"sent", "send"},         {"set", "set"},
      {"shook", "shake"},     {"shaken", "shake"},      {"shot", "shoot"},
      {"shut", "shut"},       {"slew", "slay"},         {"slain", "slay"},
      {"sold", "sell"},       {"sought", "seek"},       {"spoke", "speak"},
      {"spoken", "speak"},    {"spent", "spend"},       {"spread", "spread"},
      {"stole", "steal"},     {"stolen", "steal"},      {"stood", "stand"},
      {"struck", "strike"},   {"stricken", "strike"},   {"swore", "swear"},
      {"sworn", "swear"},     {"took", "take"},         {"taken", "take"},
      {"taught", "teach"},    {"tore", "tear"},         {"torn", "tear"},
      {"told", "tell"},       {"thought", "think"},     {"threw", "throw"},
      {"thrown", "throw"},    {"understood", "understand"}, {"upheld", "uphold"},
      {"was", "be"},          {"were", "be"},           {"been", "be"},
      {"withdrew", "withdraw"}, {"withdrawn", "withdraw"}, {"won", "win"},
      {"wrote", "write"},     {"written", "write"},     {"wounded", "wound"},
      {"retook", "retake"},   {"retaken", "retake"},    {"overtook", "overtake"},
      {"overtaken", "overtake"}, {"swept", "sweep"},
  };
  return table;
}

// English irregular noun plurals common in news about events.
const IrregularTable& EnglishIrregularNouns() {
  static const IrregularTable table = {
      {"men", "man"},         {"women", "woman"},       {"people", "person"},
      {"children", "child"},  {"policemen", "policeman"}, {"gunmen", "gunman"},
  };
  return table;
}

// Spanish irregular verb forms common in news about events.
const IrregularTable& SpanishIrregulars() {
  static const IrregularTable table = {
      {"detuvo", "detener"},      {"detuvieron", "detener"},   {"detiene", "detener"},
      {"detienen", "detener"},    {"retuvo", "retener"},       {"retuvieron", "retener"},
      {"mantuvo", "mantener"},    {"mantuvieron", "mantener"}, {"obtuvo", "obtener"},
      {"hizo", "hacer"},          {"hicieron", "hacer"},       {"hecho", "hacer"},
      {"dijo", "decir"},          {"dijeron", "decir"},        {"dicho", "decir"},
      {"puso", "poner"},          {"pusieron", "poner"},       {"puesto", "poner"},
      {"impuso", "imponer"},      {"impusieron", "imponer"},   {"impuesto", "imponer"},
      {"propuso", "proponer"},    {"propuesto", "proponer"},   {"opuso", "oponer"},
      {"murio", "morir"},         {"murieron", "morir"},       {"muerto", "morir"},
      {"muertos", "morir"},       {"hirio", "herir"},          {"hirieron", "herir"},
      {"huyo", "huir"},           {"huyeron", "huir"},         {"pidio", "pedir"},
      {"pidieron", "pedir"},      {"pide", "pedir"},           {"piden", "pedir"},
      {"siguio", "seguir"},       {"siguieron", "seguir"},     {"sigue", "seguir"},
      {"intervino", "intervenir"}, {"intervinieron", "intervenir"}, {"fue", "ser"},
      {"fueron", "ser"},          {"tuvo", "tener"},           {"tuvieron", "tener"},
      {"vino", "venir"},          {"vinieron", "venir"},       {"dio", "dar"},
      {"dieron", "dar"},          {"exigio", "exigir"},        {"destruyo", "destruir"},
      {"destruyeron", "destruir"}, {"incluyo", "incluir"},     {"concluyo", "concluir"},
      {"rompio", "romper"},       {"roto", "romper"},          {"abrio", "abrir"},
      {"abierto", "abrir"},       {"cubierto", "cubrir"},      {"resolvio", "resolver"},
      {"devolvio", "devolver"},   {"devuelto", "devolver"},    {"absolvio", "absolver"},
      {"absuelto", "absolver"},
  };
  return table;
}

// Spanish verb forms: strip a conjugation ending and add each infinitive
// ending. Word keys have no accents, so "detuvo" and "detuvó" fold alike.
void SpanishVerbCandidates(std::string_view w, std::vector<std::string>* out) {
  static const std::array<std::string_view, 40> kEndings = {
      "aron", "ieron", "aban", "aba", "ando", "iendo", "ado", "ada", "ados", "adas",
      "ido",  "ida",   "idos", "idas", "aran", "eran", "iran", "ara", "era", "ira",
      "aria", "eria",  "iria", "ian",  "ia",   "an",   "en",   "as",  "es",  "o",
      "a",    "e",     "io",   "amos", "emos", "imos", "ar",   "er",  "ir",  "aste"};
  for (std::string_view ending : kEndings) {
    if (w.size() <= ending.size() + 1 || !EndsWith(w, ending)) continue;
    const std::string stem(Chop(w, ending.size()));
    for (std::string_view inf : {"ar", "er", "ir"}) AddUnique(out, stem + std::string(inf));
    // Stem-changing verbs: detiene → deten-, muestra → mostr-.
    const size_t ie = stem.rfind("ie"), ue = stem.rfind("ue");
    size_t at = std::string::npos;
    if (ie != std::string::npos && (ue == std::string::npos || ie > ue)) at = ie;
    else if (ue != std::string::npos) at = ue;
    if (at == std::string::npos) continue;
    const std::string base = stem.substr(0, at) + (stem[at] == 'i' ? "e" : "o") + stem.substr(at + 2);
    for (std::string_view inf : {"ar", "er", "ir"}) AddUnique(out, base + std::string(inf));
  }
}

}  // namespace

std::vector<std::string> NounPlurals(std::string_view lang, std::string_view singular) {
  if (lang == "es")
    return PluralisePhrase(lang, singular, [](std::string_view w) {
      return std::vector<std::string>{SpanishPlural(w)};
    });
  return PluralisePhrase(lang, singular, [](std::string_view w) { return EnglishPlurals(w); });
}

std::vector<std::string> AdjectiveForms(std::string_view lang, std::string_view masc) {
  std::vector<std::string> out;
  AddUnique(&out, std::string(masc));
  if (lang != "es") {
    for (auto& p : NounPlurals(lang, masc)) AddUnique(&out, std::move(p));
    return out;
  }
  // Feminine singular.
  std::string fem;
  if (EndsWith(masc, "o")) {
    fem = std::string(Chop(masc, 1)) + "a";
  } else if (!masc.empty()) {
    const char last = masc.back();
    if (last == 'n' || last == 's' || last == 'l' || last == 'z' || last == 'r')
      fem = DropFinalAccent(masc) + "a";  // alemán → alemana, español → española
  }
  for (auto& p : NounPlurals(lang, masc)) AddUnique(&out, std::move(p));
  if (!fem.empty()) {
    AddUnique(&out, fem);
    AddUnique(&out, fem + "s");
  }
  return out;
}

std::vector<std::string> LemmaCandidates(std::string_view lang, std::string_view w) {
  std::vector<std::string> out;
  AddUnique(&out, std::string(w));
  if (lang == "es") {
    if (const auto it = SpanishIrregulars().find(w); it != SpanishIrregulars().end())
      AddUnique(&out, std::string(it->second));
    // Nouns and adjectives: plural and feminine.
    if (EndsWith(w, "ces")) AddUnique(&out, std::string(Chop(w, 3)) + "z");
    if (EndsWith(w, "es")) AddUnique(&out, std::string(Chop(w, 2)));
    if (EndsWith(w, "s")) AddUnique(&out, std::string(Chop(w, 1)));
    for (std::string_view suffix : {"as", "os", "a"})
      if (EndsWith(w, suffix)) AddUnique(&out, std::string(Chop(w, suffix.size())) + "o");
    if (EndsWith(w, "as")) AddUnique(&out, std::string(Chop(w, 1)));
    SpanishVerbCandidates(w, &out);
    // A verb with attached clitics: "manifestándose", "dispersarlos".
    for (std::string_view clitic : {"se", "lo", "la", "los", "las", "le", "les", "nos"}) {
      if (!EndsWith(w, clitic) || w.size() <= clitic.size() + 3) continue;
      const std::string_view base = Chop(w, clitic.size());
      if (EndsWith(base, "ar") || EndsWith(base, "er") || EndsWith(base, "ir"))
        AddUnique(&out, std::string(base));
      else if (EndsWith(base, "ando") || EndsWith(base, "iendo"))
        SpanishVerbCandidates(base, &out);
    }
    return out;
  }
  if (const auto it = EnglishIrregulars().find(w); it != EnglishIrregulars().end())
    AddUnique(&out, std::string(it->second));
  if (const auto it = EnglishIrregularNouns().find(w); it != EnglishIrregularNouns().end())
    AddUnique(&out, std::string(it->second));
  const size_t n = w.size();
  if (EndsWith(w, "ies") && n > 4) AddUnique(&out, std::string(Chop(w, 3)) + "y");
  if (EndsWith(w, "ied") && n > 4) AddUnique(&out, std::string(Chop(w, 3)) + "y");
  if (EndsWith(w, "es") && n > 3) AddUnique(&out, std::string(Chop(w, 2)));
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && n > 2) AddUnique(&out, std::string(Chop(w, 1)));
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!EndsWith(w, suffix) || n <= suffix.size() + 1) continue;
    const std::string stem(Chop(w, suffix.size()));
    AddUnique(&out, stem);         // arrested → arrest
    AddUnique(&out, stem + "e");   // seized → seize
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2])
      AddUnique(&out, stem.substr(0, stem.size() - 1));  // stopped → stop
  }
  if (EndsWith(w, "men") && n > 4) AddUnique(&out, std::string(Chop(w, 3)) + "man");
  return out;
}

bool IsEnglishIrregularVerbForm(std::string_view word) {
  return EnglishIrregulars().contains(word);
}

bool IsEnglishIrregularNounPlural(std::string_view word) {
  return EnglishIrregularNouns().contains(word);
}

}  // namespace strabo::events

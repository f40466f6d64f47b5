// Compiling the entity recogniser's gazetteer from public lists, at training
// time (the lists are not needed at run time: the compiled table travels in
// the model file).
//
//   geo/cities15000.txt      GeoNames places (name, ASCII name; alternate
//                            names in Latin script for larger places) → LOC
//   geo/countryInfo.txt      country names and capitals → LOC; country names
//                            also → the country list
//   geo/admin1CodesASCII.txt first-level divisions → LOC
//   events/petrarch2/Phoenix.{International,MilNonState}.actors.txt
//                            organisations → ORG; people → PER
//   events/petrarch2/Phoenix.Countries.actors.txt
//                            country names and cities → LOC; people → PER;
//                            first words of people's names → given names
//   events/universalpetrarch_es/dictionaries/actors_*.txt   the same, Spanish
//   data/ner/demonyms.tsv    nationalities, peoples, religions → MISC
//   data/ner/aliases.tsv     organisation aliases → their type
//   data/ner/titles.tsv      titles and offices → the title list
//   data/ner/organisations.tsv  clubs, companies, parties and bodies → ORG
// (demonyms.tsv, titles.tsv, organisations.tsv: the lines of the model's
// language only)
// Paths are relative to `shared_dir` (the ../shared/data folder) except
// data/ner's, which are the repository's own lists.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "entities/aliases.h"
#include "entities/gazetteer.h"
#include "strabo/status.h"

namespace strabo::ner {

struct GazetteerOptions {
  // The model's language: of data/ner's lists written per language
  // (demonyms.tsv, titles.tsv) only its lines are read, so that the Spanish
  // "general" or "don" is no English title. Empty: every language's.
  std::string lang;
  std::string shared_dir;        // ../shared/data
  std::string demonyms_path;     // data/ner/demonyms.tsv
  std::string aliases_path;      // data/ner/aliases.tsv
  std::string titles_path;       // data/ner/titles.tsv; empty: none
  std::string organisations_path;  // data/ner/organisations.tsv; empty: none
  // Alternate names of GeoNames places are added only for places with at
  // least this population (all places keep their main and ASCII names).
  int64_t alternate_min_population = 100000;
  bool use_geonames = true;
  bool use_petrarch = true;
};

struct GazetteerCounts {
  uint64_t loc = 0, org = 0, per = 0, misc = 0, given = 0, countries = 0, titles = 0;
  std::string Summary() const;
};

// The folded forms of a "lang<TAB>form|form|..." list such as
// data/ner/demonyms.tsv, data/ner/titles.tsv or data/ner/organisations.tsv: those of the lines of
// language `lang`, or of every line when `lang` is empty.
Result<std::unordered_set<std::string>> ReadFormList(const std::string& path, std::string_view lang);
inline Result<std::unordered_set<std::string>> ReadDemonyms(const std::string& path, std::string_view lang) {
  return ReadFormList(path, lang);
}

// Builds the gazetteer and the alias table. A missing list is an error that
// names it (training must not silently lose features).
Status BuildGazetteer(const GazetteerOptions& options, Gazetteer* gazetteer, AliasTable* aliases,
                      GazetteerCounts* counts);

}  // namespace strabo::ner

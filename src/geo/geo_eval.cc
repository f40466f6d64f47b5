#include "geo/geo_eval.h"

#include <algorithm>
#include <cmath>

namespace strabo::geo {

std::vector<GeoPair> ScoreArticle(const std::vector<GeoSpan>& gold,
                                  const std::vector<GeoSpan>& predicted, GeoEvalCounts* counts) {
  ++counts->articles;
  counts->gold += gold.size();
  counts->predicted += predicted.size();
  std::vector<GeoPair> pairs;
  std::vector<bool> used(predicted.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    const GeoSpan& a = gold[g];
    // Prefer an exact match, then the first overlap.
    int match = -1;
    for (size_t p = 0; p < predicted.size(); ++p)
      if (!used[p] && predicted[p].start == a.start && predicted[p].end == a.end) {
        match = static_cast<int>(p);
        break;
      }
    if (match >= 0)
      ++counts->exact;
    else
      for (size_t p = 0; p < predicted.size(); ++p)
        if (!used[p] && predicted[p].start < a.end && a.start < predicted[p].end) {
          match = static_cast<int>(p);
          break;
        }
    if (match < 0) {
      pairs.push_back({static_cast<int>(g), -1, -1});
      continue;
    }
    used[match] = true;
    const GeoSpan& b = predicted[match];
    const double err = GreatCircleKm(a.lat, a.lon, b.lat, b.lon);
    ++counts->overlap;
    if (a.geonameid > 0 && a.geonameid == b.geonameid) ++counts->same_id;
    counts->errors_km.push_back(err);
    pairs.push_back({static_cast<int>(g), match, err});
  }
  for (size_t p = 0; p < predicted.size(); ++p)
    if (!used[p]) pairs.push_back({-1, static_cast<int>(p), -1});
  return pairs;
}

GeoEvalSummary Summarize(const GeoEvalCounts& c) {
  GeoEvalSummary s;
  auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  s.precision_exact = ratio(c.exact, c.predicted);
  s.recall_exact = ratio(c.exact, c.gold);
  s.f1_exact = f1(s.precision_exact, s.recall_exact);
  s.precision_overlap = ratio(c.overlap, c.predicted);
  s.recall_overlap = ratio(c.overlap, c.gold);
  s.f1_overlap = f1(s.precision_overlap, s.recall_overlap);
  if (!c.errors_km.empty()) {
    std::vector<double> e = c.errors_km;
    std::sort(e.begin(), e.end());
    const size_t n = e.size();
    s.median_km = n % 2 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
    double sum = 0, auc = 0;
    size_t within = 0;
    for (double x : e) {
      sum += x;
      auc += std::log1p(x) / std::log(20039.0);
      if (x <= 161.0) ++within;
    }
    s.mean_km = sum / static_cast<double>(n);
    s.auc = auc / static_cast<double>(n);
    s.accuracy_161 = ratio(static_cast<double>(within), static_cast<double>(n));
  }
  return s;
}

}  // namespace strabo::geo

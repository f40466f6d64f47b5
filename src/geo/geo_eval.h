// Scoring a geoparser against gold toponyms (`strabo eval geo`).
//
// Spans are code point offsets into the article text, end exclusive.
// Matching, per article:
//  - exact: a predicted span equal to a gold span;
//  - overlap: gold and predicted spans that share at least one character,
//    paired one to one in text order (a gold toponym pairs with the first
//    unpaired prediction that overlaps it).
// Toponym precision and recall are reported for both. Resolution is scored
// on the overlap pairs (the toponyms strabo finds that match gold): the error
// of a pair is the great-circle distance between the predicted and the gold
// coordinates; accuracy is the share of errors within 161 km (100 miles);
// AUC is the mean of ln(1 + error) / ln(20039), the area under the curve of
// sorted normalised log errors (0 best, 1 worst; Gritta et al. 2018).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/distance.h"

namespace strabo::geo {

struct GeoSpan {
  uint32_t start = 0, end = 0;
  double lat = 0, lon = 0;
  int64_t geonameid = 0;
};

struct GeoEvalCounts {
  uint64_t articles = 0;
  uint64_t gold = 0;
  uint64_t predicted = 0;
  uint64_t exact = 0;             // exact span matches
  uint64_t overlap = 0;           // overlap pairs
  uint64_t same_id = 0;           // overlap pairs whose geonameids agree (both known)
  std::vector<double> errors_km;  // one per overlap pair
};

// A gold/prediction pair and its error, for error analysis.
struct GeoPair {
  int gold = -1, predicted = -1;  // indices; -1: unmatched
  double error_km = -1;
};

// Adds one article's counts; returns its pairs (matched and unmatched).
std::vector<GeoPair> ScoreArticle(const std::vector<GeoSpan>& gold,
                                  const std::vector<GeoSpan>& predicted, GeoEvalCounts* counts);

struct GeoEvalSummary {
  double precision_exact = 0, recall_exact = 0, f1_exact = 0;
  double precision_overlap = 0, recall_overlap = 0, f1_overlap = 0;
  double accuracy_161 = 0;  // of overlap pairs
  double median_km = 0, mean_km = 0;
  double auc = 0;
};

GeoEvalSummary Summarize(const GeoEvalCounts& counts);

}  // namespace strabo::geo

// Great-circle distance between two points, for resolution context, the
// builder's duplicate check and evaluation alike.
#pragma once

#include <algorithm>
#include <cmath>

namespace strabo::geo {

// Kilometres between (lat1, lon1) and (lat2, lon2), in degrees, on a sphere
// of the Earth's mean radius (haversine).
inline double GreatCircleKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0088 * 2 * std::atan2(std::sqrt(a), std::sqrt(std::max(0.0, 1 - a)));
}

}  // namespace strabo::geo

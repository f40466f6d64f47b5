// Normalising the publication dates found in input metadata.
#pragma once

#include <string>
#include <string_view>

#include "util/calendar.h"  // IsValidDate

namespace strabo {

// Turns a date or date-time as feeds and dumps write them into "YYYY-MM-DD":
// ISO 8601 ("2024-03-14", "2024-03-14T10:00:00Z", "2025-03-14 20:30:26Z"),
// RFC 822 as in RSS ("Thu, 14 Mar 2024 10:00:00 GMT") and "2024/03/14".
// Returns an empty string when `raw` is not a recognisable calendar date.
std::string NormalizeDate(std::string_view raw);

}  // namespace strabo

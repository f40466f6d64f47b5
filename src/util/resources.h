// Finding strabo's resources (models/, data/, gazetteer) at run time.
//
// A relative resource path such as "models/en.tagger" is looked up, in order:
//   1. the directory given with --resources (StageOptions::resource_dir)
//   2. $STRABO_HOME
//   3. the source tree strabo was built from (compiled in)
//   4. next to the executable: <exe dir>/.. and <exe dir>/../share/strabo
// The first directory that holds the file wins.
#pragma once

#include <string>
#include <vector>

#include "strabo/status.h"

namespace strabo {

// The directories searched, in order, for `explicit_dir` (may be empty).
std::vector<std::string> ResourceSearchPath(const std::string& explicit_dir);

// The full path of `relative`, or NotFound listing where it looked.
Result<std::string> FindResource(const std::string& relative, const std::string& explicit_dir);

}  // namespace strabo

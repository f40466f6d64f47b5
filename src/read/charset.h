// Converting legacy-encoded web pages to UTF-8 (ICU converters).
#pragma once

#include <string>
#include <string_view>

#include "strabo/status.h"

namespace strabo {

// The charset an HTML page declares (<meta charset>, <meta http-equiv
// content="...; charset=...">) in its first 4 KB, lower case; empty if none.
std::string DeclaredHtmlCharset(std::string_view html);

// Converts `bytes` in `charset` ("windows-1252", "iso-8859-1", "shift_jis", ...)
// to UTF-8. Fails for an unknown charset.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace strabo

#include "read/charset.h"

#include <unicode/ucnv.h>

#include <cctype>
#include <memory>

namespace strabo {

std::string DeclaredHtmlCharset(std::string_view html) {
  std::string head(html.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    pos += 7;
    while (pos < head.size() && (head[pos] == ' ' || head[pos] == '=' || head[pos] == '"' || head[pos] == '\''))
      ++pos;
    size_t end = pos;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_' || head[end] == ':' || head[end] == '.'))
      ++end;
    if (end > pos) return head.substr(pos, end - pos);
  }
  return "";
}

Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset.c_str(), &status), ucnv_close);
  if (U_FAILURE(status)) return Status::Unsupported("unknown charset '" + charset + "'");
  std::string out;
  out.resize(bytes.size() * 3 + 16);
  status = U_ZERO_ERROR;
  const int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, conv.get(), out.data(), static_cast<int32_t>(out.size()),
                                       bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return Status::InvalidInput(std::string("cannot convert from ") + charset + ": " +
                                                     u_errorName(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

}  // namespace strabo

#include "tag/edit_script.h"

#include <charconv>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo {

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t pos = 0, good = 0;
  while (pos < a.size() && pos < b.size()) {
    size_t pa = pos, pb = pos;
    const char32_t ca = DecodeUtf8(a, &pa);
    const char32_t cb = DecodeUtf8(b, &pb);
    if (ca != cb || pa != pb) break;
    pos = good = pa;
  }
  return good;
}

std::string MakeEditScript(std::string_view form, std::string_view lemma) {
  const std::string folded = FoldCase(form);
  const size_t keep = CommonPrefix(form, lemma);
  const size_t fold = CommonPrefix(folded, lemma);
  // Prefer keeping the case unless folding explains more of the lemma.
  const bool lower = fold > keep;
  const std::string_view base = lower ? std::string_view(folded) : form;
  const size_t common = lower ? fold : keep;
  const size_t strip = CountCodePoints(base.substr(common));
  std::string script = lower ? "l|" : "k|";
  script += std::to_string(strip);
  script.push_back('|');
  script.append(lemma.substr(common));
  return script;
}

std::optional<std::string> ApplyEditScript(std::string_view script, std::string_view form,
                                           size_t* kept) {
  if (script.size() < 4 || (script[0] != 'k' && script[0] != 'l') || script[1] != '|')
    return std::nullopt;
  const size_t bar = script.find('|', 2);
  if (bar == std::string_view::npos) return std::nullopt;
  size_t strip = 0;
  const auto [p, ec] = std::from_chars(script.data() + 2, script.data() + bar, strip);
  if (ec != std::errc() || p != script.data() + bar) return std::nullopt;
  std::string base = script[0] == 'l' ? FoldCase(form) : std::string(form);
  size_t end = base.size();
  for (size_t k = 0; k < strip; ++k) {
    if (end == 0) return std::nullopt;
    --end;
    while (end > 0 && (static_cast<unsigned char>(base[end]) & 0xC0) == 0x80) --end;
  }
  base.resize(end);
  if (kept) *kept = CountCodePoints(base);
  base.append(script.substr(bar + 1));
  if (base.empty()) return std::nullopt;
  return base;
}

}  // namespace strabo

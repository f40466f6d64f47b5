#include "util/utf8.h"

namespace strabo {
namespace {

// Length of the sequence introduced by lead byte `c`, 0 if `c` cannot lead.
inline int SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  if (c < 0xF5) return 4;
  return 0;
}

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes a well-formed sequence at text[pos]; returns its length or 0.
inline int DecodeAt(std::string_view text, size_t pos, char32_t* cp) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const size_t avail = text.size() - pos;
  const int len = SequenceLength(s[0]);
  if (len == 0 || static_cast<size_t>(len) > avail) return 0;
  switch (len) {
    case 1:
      *cp = s[0];
      return 1;
    case 2:
      if (!IsContinuation(s[1])) return 0;
      *cp = (char32_t(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
      return 2;
    case 3: {
      if (!IsContinuation(s[1]) || !IsContinuation(s[2])) return 0;
      if (s[0] == 0xE0 && s[1] < 0xA0) return 0;  // overlong
      if (s[0] == 0xED && s[1] >= 0xA0) return 0;  // surrogate
      *cp = (char32_t(s[0] & 0x0F) << 12) | (char32_t(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
      return 3;
    }
    default: {
      if (!IsContinuation(s[1]) || !IsContinuation(s[2]) || !IsContinuation(s[3])) return 0;
      if (s[0] == 0xF0 && s[1] < 0x90) return 0;  // overlong
      if (s[0] == 0xF4 && s[1] >= 0x90) return 0;  // above U+10FFFF
      *cp = (char32_t(s[0] & 0x07) << 18) | (char32_t(s[1] & 0x3F) << 12) |
            (char32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
      return 4;
    }
  }
}

}  // namespace

bool IsValidUtf8(std::string_view text, size_t* error_offset) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    char32_t cp;
    const int len = DecodeAt(text, pos, &cp);
    if (len == 0) {
      if (error_offset) *error_offset = pos;
      return false;
    }
    pos += len;
  }
  return true;
}

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  char32_t cp;
  const int len = DecodeAt(text, *pos, &cp);
  if (len == 0) {
    ++*pos;
    return 0xFFFD;
  }
  *pos += len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !IsContinuation(static_cast<unsigned char>(c));
  return n;
}

CodePointMap::CodePointMap(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  cp_of_byte_.resize(text.size() + 1);
  // The code point offset of a boundary is the number of lead bytes before it.
  uint32_t leads = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool lead = !IsContinuation(static_cast<unsigned char>(text[i]));
    cp_of_byte_[i] = lead || leads == 0 ? leads : leads - 1;  // inside a sequence: its code point
    leads += lead;
  }
  cp_of_byte_[text.size()] = leads;
}

}  // namespace strabo

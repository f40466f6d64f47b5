#include "clean/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo {
namespace {

// Photo and news agencies whose name opens a caption credit.
constexpr std::array<std::string_view, 24> kAgencies = {
    "AFP", "AP", "AP PHOTO", "EFE", "REUTERS", "GETTY", "GETTY IMAGES", "EUROPA PRESS",
    "EPA", "EPA-EFE", "DPA", "ANADOLU", "ANADOLU AGENCY", "XINHUA", "SIPA", "ANSA",
    "NURPHOTO", "SOPA IMAGES", "ZUMA", "ZUMA PRESS", "MAP", "SPUTNIK", "TASS", "IMAGO"};

// Openings of credit-only lines, compared case-insensitively.
constexpr std::array<std::string_view, 12> kCreditOpenings = {
    "photo:", "photos:", "foto:", "fotos:", "image:", "imagen:", "credit:", "crédito:",
    "photograph:", "(photo:", "(foto:", "©"};

// Openings of share / read more / newsletter lines (lower case).
constexpr std::array<std::string_view, 40> kBoilerplateOpenings = {
    // English
    "read more", "read also", "also read", "related:", "related articles", "related stories",
    "share this", "share on", "share:", "click here", "sign up", "subscribe to",
    "subscribe now", "follow us", "follow @", "download our app", "advertisement",
    "all rights reserved", "copyright ©", "get the latest", "join our", "watch:",
    "listen to this article", "more from", "recommended:",
    // Spanish
    "leer más", "lee también", "lea también", "te puede interesar", "le puede interesar",
    "compartir", "comparte", "suscríbete", "suscríbase", "síguenos", "haz clic", "publicidad",
    "todos los derechos reservados", "más información:", "relacionado:"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool IsDashAt(std::string_view s, size_t pos, size_t* len) {
  size_t p = pos;
  const char32_t cp = DecodeUtf8(s, &p);
  if (!IsDash(cp)) return false;
  *len = p - pos;
  return true;
}

// "AFP/FADEL SENNA", "REUTERS/John Smith", "EFE": an agency optionally followed
// by "/photographer". Returns the length of the credit, 0 if there is none.
size_t CreditLength(std::string_view line) {
  // Credits are short: the first bytes decide.
  const std::string upper_line = [&] {
    std::string u(line.substr(0, 96));
    for (char& c : u)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return u;
  }();
  for (std::string_view agency : kAgencies) {
    if (upper_line.compare(0, agency.size(), agency) != 0) continue;
    size_t end = agency.size();
    if (end < line.size() && line[end] == '/') {
      // The photographer's name runs to the dash or the end of the line.
      size_t p = end + 1;
      while (p < line.size()) {
        size_t dash_len;
        if (line[p] == ' ' && p + 1 < line.size() && IsDashAt(line, p + 1, &dash_len)) break;
        ++p;
      }
      if (p - end > 60) return 0;
      return p;
    }
    if (end == line.size() || line[end] == ' ') return end;
  }
  // An all-caps name with a slash, "FADEL SENNA/AFP".
  const size_t slash = line.find('/');
  if (slash != std::string_view::npos && slash > 1 && slash < 40) {
    size_t p = 0;
    bool caps = true;
    while (p < slash) {
      const char32_t cp = DecodeUtf8(line, &p);
      if (IsLower(cp)) caps = false;
    }
    if (caps) {
      size_t end = slash + 1;
      while (end < line.size() && line[end] != ' ') ++end;
      if (end > upper_line.size()) return 0;
      const std::string after(upper_line.substr(slash + 1, end - slash - 1));
      for (std::string_view agency : kAgencies)
        if (after == agency) return end;
    }
  }
  return 0;
}

bool IsCaption(std::string_view line) {
  const size_t credit = CreditLength(line);
  if (credit == 0 || credit >= line.size()) return false;
  size_t p = credit;
  while (p < line.size() && line[p] == ' ') ++p;
  size_t dash_len;
  if (!IsDashAt(line, p, &dash_len)) return false;
  // A description follows the dash: "AFP/FADEL SENNA - A member of ...".
  return line.size() - p > 8 && line.size() < 600;
}

bool IsCreditOnly(std::string_view line) {
  if (line.size() > 100) return false;
  const std::string lower = LowerAscii(line);
  for (std::string_view opening : kCreditOpenings)
    if (lower.compare(0, opening.size(), opening) == 0) return true;
  const size_t credit = CreditLength(line);
  return credit > 0 && credit == line.size() && line.find('/') != std::string_view::npos;
}

bool HasImageExtension(std::string_view lower) {
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"}) {
    const size_t pos = lower.find(ext);
    if (pos != std::string_view::npos && pos > 0) return true;
  }
  return false;
}

bool IsImageSlug(std::string_view line) {
  if (line.size() > 160 || line.size() < 4) return false;
  const std::string lower = LowerAscii(line);
  const bool image_file = HasImageExtension(lower);
  size_t joiners = 0, spaces = 0, letters = 0, underscores = 0;
  size_t chain = 1, longest_chain = 1;  // words glued by - or _ in a row
  size_t p = 0;
  while (p < line.size()) {
    const char32_t cp = DecodeUtf8(line, &p);
    if (cp == '-' || cp == '_') {
      ++joiners;
      underscores += cp == '_';
      longest_chain = std::max(longest_chain, ++chain);
    } else if (cp == ' ') {
      ++spaces;
      chain = 1;
    } else if (IsLetter(cp)) {
      ++letters;
      if (IsUpper(cp) && !image_file) return false;  // slugs are lower case
    } else if (IsDigit(cp) || cp == '(' || cp == ')') {
      // "(1)", "_0": copy counters
    } else if (cp == '.' && image_file) {
      // the extension's dot
    } else {
      return false;  // sentence punctuation, quotes, ...: prose
    }
  }
  if (letters == 0) return false;
  if (image_file) return true;
  // Words glued by hyphens and underscores outnumber words separated by
  // spaces, in a chain longer than compounds such as "follow-up".
  return joiners > spaces && (longest_chain >= 3 || underscores > 0);
}

bool IsBoilerplate(std::string_view line) {
  if (line.size() > 200) return false;
  std::string lower = LowerAscii(line);
  // Spanish openings carry accents; the ASCII lowering leaves them, which is fine
  // because the table is in lower case. Capitalised accented letters are rare
  // at the start of these lines ("Síguenos" starts with 'S').
  for (std::string_view opening : kBoilerplateOpenings) {
    if (lower.compare(0, opening.size(), opening) != 0) continue;
    // The phrase must end at a word boundary ("sharecropper" is not "share").
    if (lower.size() == opening.size()) return true;
    const char next = lower[opening.size()];
    if (!(next >= 'a' && next <= 'z')) return true;
  }
  return false;
}

}  // namespace

std::optional<SkipReason> ClassifyLine(std::string_view raw_line) {
  const std::string_view line = Trim(raw_line);
  if (line.empty()) return std::nullopt;
  if (IsCaption(line)) return SkipReason::kCaption;
  if (IsCreditOnly(line)) return SkipReason::kCredit;
  if (IsImageSlug(line)) return SkipReason::kImageSlug;
  if (IsBoilerplate(line)) return SkipReason::kBoilerplate;
  return std::nullopt;
}

}  // namespace strabo

#include "geo/publisher.h"

#include <algorithm>
#include <unordered_set>

namespace strabo::geo {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Words newspapers, sites and their sections are named with. Lower case.
const WordSet& MastheadWords() {
  static const WordSet set = {
      "the",        "daily",         "news",      "newspaper",     "newspapers",    "times",
      "herald",     "tribune",       "post",      "press",         "journal",       "gazette",
      "star",       "sun",           "chronicle", "register",      "review",        "record",
      "observer",   "courier",       "examiner",  "leader",        "eagle",         "dispatch",
      "bee",        "globe",         "telegraph", "telegram",      "standard",      "mirror",
      "express",    "mail",          "citizen",   "advocate",      "sentinel",      "monitor",
      "enterprise", "independent",   "democrat",  "argus",         "beacon",        "bulletin",
      "online",     "local",         "weekly",    "today",         "item",          "messenger",
      "reporter",   "inquirer",      "ledger",    "enquirer",      "intelligencer", "courant",
      "statesman",  "city",          "county",    "metro",         "live",          "now",
      "tv",         "radio",         "media",     "net",           "web",           "my",
      "free",       "info",          "home",      "index",         "content",       "article",
      "articles",   "story",         "stories",   "section",       "sections",      "area",
      "region",     "regional",      "community", "state",         "world",         "national",
      "nation",     "breaking",      "latest",    "top",           "main",          "page",
      "pages",      "site",          "www",       "rss",           "feed",          "feeds",
      "english",    "digital",       "magazine",  "week",          "morning",       "evening",
      "sunday",     "weekend",       "voice",     "life",          "living",        "lifestyle",
      "lifestyles", "sports",        "sport",     "business",      "opinion",       "politics",
      "crime",      "education",     "health",    "entertainment", "obituaries",    "services",
      "shared",     "sharedcontent", "apps",      "newsroom",      "headlines",     "blog",
      "blogs",      "public",        "wire",      "report",        "reports",       "mercury",
      "patriot",    "pioneer",       "plain",     "dealer",        "republic",      "republican",
      "union",      "constitution",  "current",   "showcase",      "spotlight",     "guardian",
      "echo"};
  return set;
}

// Country codes sold as generic domains (.tv, .io, .co, .me, ...): no
// country. .uk is GB's; every other two-letter code is the country's.
const WordSet& VanityCodes() {
  static const WordSet set = {"tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "to",
                              "nu", "la", "am", "gg", "sh", "vc", "ac", "gs", "st", "so",
                              "eu", "su", "tk", "ml", "ga", "cf", "gq", "cx", "im", "ms"};
  return set;
}

// Second-level names under a country code ("co.uk", "com.lb", "org.eg").
const WordSet& SecondLevels() {
  static const WordSet set = {"co",  "com",  "org", "net", "gov", "ac",
                              "edu", "news", "or",  "ne",  "go"};
  return set;
}

bool IsAsciiLower(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// ends[i] is true when s[0, i) is a (possibly empty) run of masthead words.
std::vector<bool> MastheadPrefixes(std::string_view s) {
  std::vector<bool> ends(s.size() + 1, false);
  ends[0] = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!ends[i]) continue;
    for (size_t n = 2; i + n <= s.size() && n <= 14; ++n)
      if (MastheadWords().count(s.substr(i, n))) ends[i + n] = true;
  }
  return ends;
}

// starts[j] is true when s[j, end) is a (possibly empty) run of masthead words.
std::vector<bool> MastheadSuffixes(std::string_view s) {
  std::vector<bool> starts(s.size() + 1, false);
  starts[s.size()] = true;
  for (size_t j = s.size(); j-- > 0;) {
    for (size_t n = 2; j + n <= s.size() && n <= 14; ++n)
      if (starts[j + n] && MastheadWords().count(s.substr(j, n))) {
        starts[j] = true;
        break;
      }
  }
  return starts;
}

constexpr size_t kMinLetters = 4;

// The readings of one address part (ASCII lower-case letters), longest first.
std::vector<std::string> Readings(std::string_view s) {
  std::vector<std::string> out;
  if (s.size() < kMinLetters || s.size() > 64) return out;
  const std::vector<bool> pre = MastheadPrefixes(s), suf = MastheadSuffixes(s);
  auto add = [&](std::string_view r) {
    // Not a run of masthead words ("thestate", "localnews").
    if (r.size() < kMinLetters || MastheadPrefixes(r).back()) return;
    if (std::find(out.begin(), out.end(), r) == out.end()) out.emplace_back(r);
  };
  for (size_t i = 0; i <= s.size(); ++i) {
    if (!pre[i]) continue;
    for (size_t j = s.size(); j >= i + kMinLetters; --j) {
      if (!suf[j]) continue;
      const std::string_view rest = s.substr(i, j - i);
      add(rest);
      // "lancasterandmorecambe": the names on either side of each "and".
      size_t from = 0;
      for (size_t k = rest.find("and"); k != std::string_view::npos; k = rest.find("and", k + 1)) {
        add(rest.substr(from, k - from));
        from = k + 3;
      }
      if (from > 0) add(rest.substr(from));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

PublisherCues ParsePublisherUrl(std::string_view url) {
  PublisherCues cues;
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return cues;
  std::string_view rest = url.substr(scheme + 3);
  const size_t host_end = rest.find_first_of("/?#");
  std::string host = Lower(rest.substr(0, host_end));
  std::string_view path =
      host_end == std::string_view::npos ? std::string_view() : rest.substr(host_end);
  if (const size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (const size_t colon = host.find(':'); colon != std::string::npos) host.erase(colon);

  std::vector<std::string_view> labels;
  for (size_t from = 0; from <= host.size();) {
    size_t dot = host.find('.', from);
    if (dot == std::string::npos) dot = host.size();
    labels.push_back(std::string_view(host).substr(from, dot - from));
    from = dot + 1;
  }
  if (labels.size() < 2) return cues;
  const std::string_view tld = labels.back();
  labels.pop_back();
  if (tld.size() == 2 && IsAsciiLower(tld)) {
    if (!VanityCodes().count(tld)) {
      cues.country = tld == "uk" ? std::string("gb") : std::string(tld);
      for (char& c : cues.country) c = static_cast<char>(c - 'a' + 'A');
    }
    if (labels.size() >= 2 && SecondLevels().count(labels.back())) labels.pop_back();
  }
  auto add_part = [&](std::string_view letters) {
    if (cues.parts.size() >= kMaxPublisherParts) return;
    std::vector<std::string> readings = Readings(letters);
    if (!readings.empty()) cues.parts.push_back(std::move(readings));
  };
  for (std::string_view label : labels) {
    // "star-telegram", "pal-item": the label's letters.
    std::string letters;
    bool ok = true;
    for (char c : label) {
      if (c == '-') continue;
      if (c < 'a' || c > 'z') ok = false;
      letters.push_back(c);
    }
    if (ok) add_part(letters);
  }
  // Path sections before the last one (the article's own slug or file),
  // without digits or dots: "/city/arlington/", "/arlington_news/".
  const size_t query = path.find_first_of("?#");
  if (query != std::string_view::npos) path = path.substr(0, query);
  std::vector<std::string_view> sections;
  for (size_t from = 0; from < path.size();) {
    size_t slash = path.find('/', from);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > from) sections.push_back(path.substr(from, slash - from));
    from = slash + 1;
  }
  if (!path.empty() && path.back() != '/' && !sections.empty()) sections.pop_back();
  for (std::string_view section : sections) {
    std::string letters;
    bool ok = true;
    for (char c : section) {
      if (c == '_' || c == '-') continue;
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c < 'a' || c > 'z') ok = false;
      letters.push_back(c);
    }
    if (ok) add_part(letters);
  }
  return cues;
}

}  // namespace strabo::geo

// What an article's address says about where its publisher is.
//
// Local news names places without their state or country: "Arlington",
// "Dublin", "London" mean the publisher's Arlington, Dublin or London. The
// address often says where the publisher is:
//   - a country-code domain: lfpress.ca (Canada), civil.ge (Georgia),
//     cambridge-news.co.uk (the United Kingdom);
//   - a newspaper named after its city: columbuslocalnews.com,
//     lasvegassun.com, chronicle.augusta.com, thelancasterandmorecambecitizen;
//   - a section named after a city: dallasnews.com/.../city/arlington/,
//     star-telegram.com/arlington_news/.
// ParsePublisherUrl reads these cues; the places stage looks the names up in
// the gazetteer and uses them as context, never as places of the article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace strabo::geo {

struct PublisherCues {
  // ISO 3166-1 alpha-2 code of the host's country-code domain ("GB" for
  // .uk), empty for generic domains and country codes sold as vanity
  // domains (.tv, .io, .co, .me, ...).
  std::string country;
  // The parts of the address that may name the publisher's place (host
  // labels, path sections before the article's own slug), each as its
  // readings: lower-case ASCII letters without spaces, longest first. A
  // reading is what is left of the part once words newspapers and sections
  // are named with ("the", "daily", "news", "sun", "online", "local",
  // "metro", ...) are taken off either end, or a piece of such a rest between
  // "and"s: "columbuslocalnews" reads "columbuslocalnews", "columbuslocal",
  // "columbus"; "thelancasterandmorecambecitizen" also "lancaster" and
  // "morecambe". Readings have at least 4 letters; at most kMaxPublisherParts
  // parts.
  std::vector<std::vector<std::string>> parts;
};

inline constexpr size_t kMaxPublisherParts = 8;

// Never fails: an empty or malformed address gives no cues.
PublisherCues ParsePublisherUrl(std::string_view url);

}  // namespace strabo::geo

// Main-text extraction from an HTML news page (gumbo HTML5 parser).
#pragma once

#include <string>
#include <string_view>

namespace strabo {

struct HtmlArticle {
  std::string title;  // og:title, else <title>, else the first <h1>
  std::string date;   // ISO date from article:published_time, <time>, ...; may be empty
  std::string url;    // canonical or og:url; may be empty
  std::string lang;   // <html lang>, primary subtag; may be empty
  std::string text;   // the article body: one paragraph per block, separated by "\n\n"
};

// Finds the article body: blocks of prose (p, h2-h6, li, blockquote) are
// grouped by their container and the container with the most prose wins,
// ignoring navigation, asides, forms, figures and captions, scripts, and
// elements whose class or id says share/related/comment/newsletter/promo.
HtmlArticle ExtractHtml(std::string_view html);

}  // namespace strabo

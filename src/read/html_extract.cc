#include "read/html_extract.h"

#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "read/date.h"

namespace strabo {
namespace {

// Elements that never hold article prose.
bool IsIgnoredTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Block elements whose text forms one paragraph.
bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

bool IsInlineTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_B: case GUMBO_TAG_I:
    case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_BR: case GUMBO_TAG_SUP:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SMALL: case GUMBO_TAG_Q: case GUMBO_TAG_CITE:
    case GUMBO_TAG_ABBR: case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_MARK:
    case GUMBO_TAG_FONT: case GUMBO_TAG_CODE:
      return true;
    default:
      return false;
  }
}

// A <div> (or similar) holding only text and inline markup is a paragraph in
// disguise, as in sites that write <div class="paragraph">...</div>.
bool IsProseContainer(const GumboNode* node) {
  const GumboElement& el = node->v.element;
  if (el.tag != GUMBO_TAG_DIV && el.tag != GUMBO_TAG_SECTION && el.tag != GUMBO_TAG_TD) return false;
  bool has_text = false;
  for (unsigned i = 0; i < el.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(el.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) has_text = true;
    if (child->type == GUMBO_NODE_ELEMENT && !IsInlineTag(child->v.element.tag)) return false;
  }
  return has_text;
}

const char* Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? a->value : nullptr;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// class/id words that mark page furniture rather than the story.
bool LooksLikeFurniture(const GumboElement& el) {
  // Page-level containers carry site-wide classes ("menu-type-dropdown"): never furniture.
  if (el.tag == GUMBO_TAG_BODY || el.tag == GUMBO_TAG_HTML || el.tag == GUMBO_TAG_MAIN ||
      el.tag == GUMBO_TAG_ARTICLE)
    return false;
  static constexpr std::string_view kNegative[] = {
      "comment", "share", "social", "related", "promo", "newsletter", "subscribe",
      "sidebar", "breadcrumb", "advert", "cookie", "popup", "modal", "footer",
      "masthead", "navbar", "menu", "recommend", "outbrain", "taboola", "caption",
      "byline", "tags", "signup", "paywall", "skip-link"};
  static constexpr std::string_view kPositive[] = {"article", "story", "content", "body",
                                                    "main", "entry", "post", "text"};
  std::string names;
  if (const char* c = Attr(el, "class")) names += c;
  names += ' ';
  if (const char* i = Attr(el, "id")) names += i;
  if (names.size() <= 1) return false;
  const std::string lower = Lower(names);
  bool negative = false;
  for (auto word : kNegative)
    if (lower.find(word) != std::string::npos) negative = true;
  if (!negative) return false;
  // "article-body share-enabled": a positive word with a negative one is kept
  // only when the negative one is not a furniture block of its own.
  for (auto word : kPositive)
    if (lower.find(word) != std::string::npos && lower.find("comment") == std::string::npos &&
        lower.find("related") == std::string::npos && lower.find("caption") == std::string::npos)
      return false;
  if (const char* role = Attr(el, "role"); role && std::string_view(role) == "main") return false;
  return true;
}

void AppendCollapsed(std::string_view raw, std::string* out) {
  for (char c : raw) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

// Text of a node, whitespace collapsed; skips ignored elements.
void CollectText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    AppendCollapsed(node->v.text.text, out);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& el = node->v.element;
  if (IsIgnoredTag(el.tag)) return;
  if (el.tag == GUMBO_TAG_BR) {
    if (!out->empty() && out->back() != ' ') out->push_back(' ');
    return;
  }
  for (unsigned i = 0; i < el.children.length; ++i)
    CollectText(static_cast<const GumboNode*>(el.children.data[i]), out);
}

std::string Trim(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return s.substr(b, e - b);
}

struct Block {
  const GumboNode* container;  // the parent of the block element
  std::string text;
  bool heading;
  bool list_item;
};

class Extractor {
 public:
  void Walk(const GumboNode* node, bool furniture) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& el = node->v.element;
    ReadMetadata(el);
    if (el.tag == GUMBO_TAG_HEAD) {
      for (unsigned i = 0; i < el.children.length; ++i)
        ReadHead(static_cast<const GumboNode*>(el.children.data[i]));
      return;
    }
    if (el.tag == GUMBO_TAG_SCRIPT) ReadJsonLd(node);
    if (IsIgnoredTag(el.tag)) return;
    if (el.tag == GUMBO_TAG_HEADER && !furniture) furniture = true;
    if (LooksLikeFurniture(el)) furniture = true;
    if (IsBlockTag(el.tag) || IsProseContainer(node)) {
      std::string text;
      CollectText(node, &text);
      text = Trim(std::move(text));
      if (el.tag == GUMBO_TAG_H1 && first_h1_.empty()) first_h1_ = text;
      if (!text.empty() && !furniture)
        blocks_.push_back({node->parent, std::move(text), IsHeading(el.tag),
                           el.tag == GUMBO_TAG_LI});
      return;
    }
    for (unsigned i = 0; i < el.children.length; ++i)
      Walk(static_cast<const GumboNode*>(el.children.data[i]), furniture);
  }

  HtmlArticle Finish() {
    HtmlArticle out;
    out.title = !og_title_.empty()          ? og_title_
                : !json_ld_headline_.empty() ? json_ld_headline_
                : !title_.empty()            ? title_
                                             : first_h1_;
    out.date = date_;
    out.url = url_;
    out.lang = lang_;
    out.text = BodyText();
    // The page's own articleBody wins when the markup gave us much less.
    if (json_ld_body_.size() > 200 && json_ld_body_.size() * 2 > out.text.size() * 3)
      out.text = CleanJsonLdBody(json_ld_body_);
    return out;
  }

 private:
  void ReadMetadata(const GumboElement& el) {
    if (el.tag == GUMBO_TAG_HTML) {
      if (const char* lang = Attr(el, "lang")) {
        std::string l = Lower(lang);
        lang_ = l.substr(0, l.find_first_of("-_"));
      }
    }
    if (el.tag == GUMBO_TAG_TIME && date_.empty()) {
      if (const char* dt = Attr(el, "datetime")) date_ = NormalizeDate(dt);
    }
  }

  void ReadHead(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& el = node->v.element;
    if (el.tag == GUMBO_TAG_TITLE) {
      std::string text;
      CollectTitle(node, &text);
      title_ = Trim(std::move(text));
    } else if (el.tag == GUMBO_TAG_META) {
      const char* key = Attr(el, "property");
      if (!key) key = Attr(el, "name");
      if (!key) key = Attr(el, "itemprop");
      const char* content = Attr(el, "content");
      if (!key || !content) return;
      const std::string k = Lower(key);
      if (k == "og:title") og_title_ = content;
      if (k == "og:url" && url_.empty()) url_ = content;
      if (date_.empty() && (k == "article:published_time" || k == "datepublished" ||
                            k == "date" || k == "pubdate" || k == "dc.date" ||
                            k == "dc.date.issued" || k == "publish-date" || k == "sailthru.date"))
        date_ = NormalizeDate(content);
    } else if (el.tag == GUMBO_TAG_SCRIPT) {
      ReadJsonLd(node);
    } else if (el.tag == GUMBO_TAG_LINK) {
      const char* rel = Attr(el, "rel");
      const char* href = Attr(el, "href");
      if (rel && href && Lower(rel) == "canonical") url_ = href;
    }
  }

  // schema.org metadata: many news pages put the whole story in "articleBody".
  void ReadJsonLd(const GumboNode* node) {
    const GumboElement& el = node->v.element;
    const char* type = Attr(el, "type");
    if (!type || Lower(type) != "application/ld+json" || el.children.length == 0) return;
    const auto* child = static_cast<const GumboNode*>(el.children.data[0]);
    if (child->type != GUMBO_NODE_TEXT) return;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(child->v.text.text, std::strlen(child->v.text.text)).get(root)) return;
    FindJsonLd(root, 0);
  }

  void FindJsonLd(simdjson::dom::element value, int depth) {
    if (depth > 8) return;
    if (value.is_array()) {
      for (auto item : value.get_array()) FindJsonLd(item, depth + 1);
      return;
    }
    if (!value.is_object()) return;
    for (auto field : value.get_object()) {
      std::string_view text;
      if (field.key == "articleBody" && !field.value.get_string().get(text)) {
        if (text.size() > json_ld_body_.size()) json_ld_body_ = std::string(text);
      } else if (field.key == "datePublished" && date_.empty() && !field.value.get_string().get(text)) {
        date_ = NormalizeDate(text);
      } else if (field.key == "headline" && json_ld_headline_.empty() &&
                 !field.value.get_string().get(text)) {
        json_ld_headline_ = std::string(text);
      } else if (field.value.is_array() || field.value.is_object()) {
        FindJsonLd(field.value, depth + 1);
      }
    }
  }

  static void CollectTitle(const GumboNode* node, std::string* out) {
    const GumboElement& el = node->v.element;
    for (unsigned i = 0; i < el.children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(el.children.data[i]);
      if (child->type == GUMBO_NODE_TEXT) AppendCollapsed(child->v.text.text, out);
    }
  }

  // Scores each block of prose (long, with commas), adds the score to every
  // ancestor, and keeps the blocks under the deepest element that holds most
  // (kCoverage) of the page's prose: the story, without navigation, teasers or
  // footers, and without losing a story split over sibling containers.
  std::string BodyText() {
    constexpr double kCoverage = 0.6;
    std::unordered_map<const GumboNode*, double> subtree;
    double total = 0;
    for (const Block& b : blocks_) {
      if (b.heading || b.text.size() < 25) continue;
      const double s = 1.0 + std::count(b.text.begin(), b.text.end(), ',') +
                       std::min<double>(b.text.size() / 100.0, 3.0) - (b.list_item ? 1.0 : 0.0);
      if (s <= 0) continue;
      total += s;
      for (const GumboNode* n = b.container; n; n = n->parent) subtree[n] += s;
    }
    const GumboNode* best = nullptr;
    int best_depth = -1;
    for (const auto& [node, score] : subtree) {
      if (score < kCoverage * total) continue;
      int depth = 0;
      for (const GumboNode* n = node; n; n = n->parent) ++depth;
      if (depth > best_depth) best = node, best_depth = depth;
    }
    auto under = [&](const GumboNode* node) {
      for (const GumboNode* n = node; n; n = n->parent)
        if (n == best) return true;
      return false;
    };
    std::string text;
    for (const Block& b : blocks_) {
      if (best && !under(b.container)) continue;
      if (!text.empty()) text += "\n\n";
      text += b.text;
    }
    return text;
  }

  // articleBody text: paragraphs at line breaks, spaces collapsed within them.
  static std::string CleanJsonLdBody(std::string_view body) {
    std::string text;
    size_t start = 0;
    while (start <= body.size()) {
      size_t nl = body.find('\n', start);
      if (nl == std::string_view::npos) nl = body.size();
      std::string line;
      AppendCollapsed(body.substr(start, nl - start), &line);
      line = Trim(std::move(line));
      if (!line.empty()) {
        if (!text.empty()) text += "\n\n";
        text += line;
      }
      start = nl + 1;
    }
    return text;
  }

  std::vector<Block> blocks_;
  std::string title_, og_title_, first_h1_, date_, url_, lang_;
  std::string json_ld_body_, json_ld_headline_;
};

}  // namespace

HtmlArticle ExtractHtml(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Extractor extractor;
  extractor.Walk(output->root, false);
  HtmlArticle article = extractor.Finish();
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return article;
}

}  // namespace strabo

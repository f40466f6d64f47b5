// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one Article per item or entry.
#include <expat.h>

#include <deque>
#include <string>

#include "read/date.h"
#include "read/html_extract.h"
#include "read/readers.h"

namespace strabo {
namespace {

struct FeedItem {
  std::string id, url, title, date, body, lang;
};

class FeedParser {
 public:
  explicit FeedParser(std::string_view content) {
    parser_ = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &FeedParser::Start, &FeedParser::End);
    XML_SetCharacterDataHandler(parser_, &FeedParser::Chars);
    ok_ = XML_Parse(parser_, content.data(), static_cast<int>(content.size()), 1) == XML_STATUS_OK;
    if (!ok_) {
      error_ = std::string(XML_ErrorString(XML_GetErrorCode(parser_))) + " at line " +
               std::to_string(XML_GetCurrentLineNumber(parser_));
    }
    XML_ParserFree(parser_);
  }

  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }
  std::deque<FeedItem>& items() { return items_; }

 private:
  static std::string_view LocalName(const XML_Char* name) {
    std::string_view n(name);
    return n;
  }

  static void XMLCALL Start(void* data, const XML_Char* name, const XML_Char** attrs) {
    auto* self = static_cast<FeedParser*>(data);
    const std::string_view n = LocalName(name);
    self->text_.clear();
    if (n == "item" || n == "entry") {
      self->in_item_ = true;
      self->item_ = FeedItem();
      self->item_.lang = self->feed_lang_;
    }
    for (int i = 0; attrs[i]; i += 2) {
      const std::string_view key(attrs[i]);
      if (key == "xml:lang" && n == "feed") self->feed_lang_ = attrs[i + 1];
      // Atom: <link rel="alternate" href="..."/> (rel defaults to alternate).
      if (self->in_item_ && n == "link" && key == "href") {
        bool alternate = true;
        for (int j = 0; attrs[j]; j += 2)
          if (std::string_view(attrs[j]) == "rel" && std::string_view(attrs[j + 1]) != "alternate")
            alternate = false;
        if (alternate && self->item_.url.empty()) self->item_.url = attrs[i + 1];
      }
    }
  }

  static void XMLCALL End(void* data, const XML_Char* name) {
    auto* self = static_cast<FeedParser*>(data);
    const std::string_view n = LocalName(name);
    std::string& text = self->text_;
    if (!self->in_item_) {
      if (n == "language") self->feed_lang_ = text;
      text.clear();
      return;
    }
    FeedItem& item = self->item_;
    if (n == "item" || n == "entry") {
      self->items_.push_back(std::move(item));
      self->in_item_ = false;
    } else if (n == "title") {
      item.title = text;
    } else if (n == "link" && item.url.empty()) {
      item.url = text;
    } else if (n == "guid" || n == "id") {
      item.id = text;
    } else if (n == "pubDate" || n == "published" || n == "dc:date" || (n == "updated" && item.date.empty())) {
      item.date = text;
    } else if (n == "content:encoded" || n == "content") {
      item.body = text;  // the full story wins over a summary
    } else if ((n == "description" || n == "summary") && item.body.empty()) {
      item.body = text;
    }
    text.clear();
  }

  static void XMLCALL Chars(void* data, const XML_Char* s, int len) {
    static_cast<FeedParser*>(data)->text_.append(s, static_cast<size_t>(len));
  }

  XML_Parser parser_;
  bool ok_ = false;
  std::string error_;
  bool in_item_ = false;
  FeedItem item_;
  std::string text_;
  std::string feed_lang_;
  std::deque<FeedItem> items_;
};

std::string Trim(std::string s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

class FeedReader : public Reader {
 public:
  FeedReader(std::string content, std::string origin) : origin_(std::move(origin)) {
    FeedParser parser(content);
    if (!parser.ok()) error_ = origin_ + ": not a well-formed feed (" + parser.error() + ")";
    items_ = std::move(parser.items());
  }

  bool Next(Article* article, Status* status) override {
    if (!error_.empty()) {
      // Items read before the error are still delivered, the error last.
      if (items_.empty()) {
        *status = Status::InvalidInput(error_);
        error_.clear();
        return true;
      }
    }
    if (items_.empty()) return false;
    FeedItem item = std::move(items_.front());
    items_.pop_front();
    ++index_;
    *article = Article();
    article->origin = origin_ + ":item " + std::to_string(index_);
    article->format = Article::Format::kHtml;
    article->url = Trim(item.url);
    article->title = Trim(item.title);
    article->lang_hint = item.lang.substr(0, item.lang.find_first_of("-_"));
    article->id = Trim(item.id);
    if (article->id.empty()) article->id = article->url;
    const std::string raw_date = Trim(item.date);
    if (!raw_date.empty()) article->date = NormalizeDate(raw_date);
    // Feed bodies are HTML (escaped or in CDATA) or plain text.
    const std::string body = Trim(item.body);
    article->text = body.find('<') != std::string::npos ? ExtractHtml(body).text : body;
    if (article->id.empty()) article->id = ArticleIdFromContent(*article);
    *status = CheckArticle(*article);
    return true;
  }

 private:
  std::string origin_;
  std::string error_;
  std::deque<FeedItem> items_;
  size_t index_ = 0;
};

}  // namespace

std::unique_ptr<Reader> NewFeedReader(std::string content, std::string origin) {
  return std::make_unique<FeedReader>(std::move(content), std::move(origin));
}

}  // namespace strabo

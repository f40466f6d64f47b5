// Readers for plain text, HTML and JSON Lines, format detection and
// OpenReader. Feeds and WARC archives are in feed_reader.cc and warc_reader.cc.
#include "strabo/reader.h"

#include <simdjson.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "read/charset.h"
#include "read/date.h"
#include "read/html_extract.h"
#include "read/readers.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string HexId(uint64_t h) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xF];
  return out;
}

// "dir/000_59049.txt" → "000_59049".
std::string FileStem(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

bool IsBlank(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size())
    if (!IsSpace(DecodeUtf8(text, &pos))) return false;
  return true;
}

}  // namespace

Status CheckArticle(const Article& article) {
  size_t bad = 0;
  if (!IsValidUtf8(article.text, &bad))
    return Status::InvalidInput(article.origin + ": text is not valid UTF-8 (byte " +
                                std::to_string(bad) + "); convert it to UTF-8, e.g. with iconv");
  if (!IsValidUtf8(article.title, &bad))
    return Status::InvalidInput(article.origin + ": title is not valid UTF-8 (byte " +
                                std::to_string(bad) + ")");
  if (IsBlank(article.text)) return Status::InvalidInput(article.origin + ": empty article (no text)");
  if (article.text.size() > std::numeric_limits<uint32_t>::max() / 2)
    return Status::InvalidInput(article.origin + ": article larger than 2 GB");
  return Status::Ok();
}

std::string ArticleIdFromContent(const Article& article) {
  return HexId(Hash64(!article.url.empty() ? article.url : article.text));
}

namespace {

// One article per call; the whole content is the article.
class WholeDocumentReader : public Reader {
 public:
  WholeDocumentReader(std::string content, std::string origin, bool html)
      : content_(std::move(content)), origin_(std::move(origin)), html_(html) {}

  bool Next(Article* article, Status* status) override {
    if (done_) return false;
    done_ = true;
    *article = Article();
    article->origin = origin_;
    article->id = FileStem(origin_);
    std::string_view content = content_;
    if (content.substr(0, 3) == kUtf8Bom) content.remove_prefix(3);
    if (html_) {
      // Legacy pages declare their charset; undeclared non-UTF-8 is taken as
      // windows-1252, the web's de-facto default.
      std::string converted;
      if (!IsValidUtf8(content)) {
        std::string charset = DeclaredHtmlCharset(content);
        if (charset.empty() || charset == "utf-8" || charset == "utf8") charset = "windows-1252";
        auto utf8 = ConvertToUtf8(content, charset);
        if (!utf8.ok()) {
          *status = utf8.status().WithContext(origin_);
          return true;
        }
        converted = std::move(utf8.value());
        content = converted;
      }
      HtmlArticle page = ExtractHtml(content);
      article->format = Article::Format::kHtml;
      article->title = std::move(page.title);
      article->date = std::move(page.date);
      article->url = std::move(page.url);
      article->lang_hint = std::move(page.lang);
      article->text = std::move(page.text);
    } else {
      article->format = Article::Format::kText;
      article->text.assign(content);
    }
    *status = CheckArticle(*article);
    return true;
  }

 private:
  std::string content_;
  std::string origin_;
  bool html_;
  bool done_ = false;
};

// Reads an optional string field; a present field of another type is an error.
// Numbers are accepted for ids ("id": 8011115), as many dumps write them.
Status GetString(const simdjson::dom::object& obj, std::string_view key, std::string* out,
                 bool* present = nullptr) {
  simdjson::dom::element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) return Status::Ok();
  if (value.is_string()) {
    *out = std::string(value.get_string().value_unsafe());
  } else if (key == "id" && (value.is_int64() || value.is_uint64())) {
    *out = simdjson::minify(value);
  } else {
    return Status::InvalidInput("field \"" + std::string(key) + "\" is not a string");
  }
  if (present) *present = true;
  return Status::Ok();
}

class JsonLinesReader : public Reader {
 public:
  JsonLinesReader(std::unique_ptr<std::istream> in, std::string origin)
      : in_(std::move(in)), origin_(std::move(origin)) {}

  bool Next(Article* article, Status* status) override {
    std::string line;
    for (;;) {
      if (!std::getline(*in_, line)) {
        if (in_->bad() && !reported_io_error_) {
          reported_io_error_ = true;
          *status = Status::IoError(origin_ + ": read error after line " + std::to_string(line_no_));
          return true;
        }
        return false;
      }
      ++line_no_;
      if (line_no_ == 1 && std::string_view(line).substr(0, 3) == kUtf8Bom) line.erase(0, 3);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!IsBlank(line)) break;
    }
    *article = Article();
    article->origin = origin_ + ":" + std::to_string(line_no_);
    *status = ParseLine(line, article);
    if (status->ok()) *status = CheckArticle(*article);
    return true;
  }

 private:
  Status ParseLine(const std::string& line, Article* article) {
    auto fail = [&](const Status& s) {
      return Status::InvalidInput(article->origin + ": " + s.message());
    };
    size_t bad = 0;
    if (!IsValidUtf8(line, &bad))
      return fail(Status::InvalidInput("line is not valid UTF-8 (byte " + std::to_string(bad) + ")"));
    simdjson::dom::element doc;
    if (auto err = parser_.parse(line).get(doc); err)
      return fail(Status::InvalidInput(std::string("not valid JSON (") + simdjson::error_message(err) + ")"));
    simdjson::dom::object obj;
    if (doc.get_object().get(obj) != simdjson::SUCCESS)
      return fail(Status::InvalidInput("not a JSON object"));

    std::string html, date, published;
    bool has_text = false, has_html = false;
    Status s;
    if (!(s = GetString(obj, "id", &article->id)).ok() ||
        !(s = GetString(obj, "url", &article->url)).ok() ||
        !(s = GetString(obj, "title", &article->title)).ok() ||
        !(s = GetString(obj, "text", &article->text, &has_text)).ok() ||
        !(s = GetString(obj, "html", &html, &has_html)).ok() ||
        !(s = GetString(obj, "date", &date)).ok() ||
        !(s = GetString(obj, "published", &published)).ok() ||
        !(s = GetString(obj, "lang", &article->lang_hint)).ok())
      return fail(s);
    if (!has_text && !has_html)
      return fail(Status::InvalidInput("no \"text\" or \"html\" field"));

    if (has_text) {
      article->format = Article::Format::kJsonLines;
    } else {
      HtmlArticle page = ExtractHtml(html);
      article->format = Article::Format::kHtml;
      article->text = std::move(page.text);
      if (article->title.empty()) article->title = std::move(page.title);
      if (article->url.empty()) article->url = std::move(page.url);
      if (article->lang_hint.empty()) article->lang_hint = std::move(page.lang);
      if (date.empty()) date = page.date;
    }
    // "published" is what many dumps (VOA, news APIs) call the date.
    const std::string& raw_date = !date.empty() ? date : published;
    if (!raw_date.empty()) {
      article->date = NormalizeDate(raw_date);
      if (article->date.empty())
        return fail(Status::InvalidInput("date \"" + raw_date + "\" is not an ISO date"));
    }
    if (article->id.empty()) article->id = ArticleIdFromContent(*article);
    return Status::Ok();
  }

  std::unique_ptr<std::istream> in_;
  std::string origin_;
  size_t line_no_ = 0;
  bool reported_io_error_ = false;
  simdjson::dom::parser parser_;
};

// Wraps std::cin without owning it.
class StdinStream : public std::istream {
 public:
  StdinStream() : std::istream(std::cin.rdbuf()) {}
};

bool StartsWithCaseless(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view ToString(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "txt";
    case InputFormat::kJsonLines: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kFeed: return "feed";
    case InputFormat::kWarc: return "warc";
  }
  return "auto";
}

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "txt" || name == "text") return InputFormat::kText;
  if (name == "jsonl" || name == "json") return InputFormat::kJsonLines;
  if (name == "html" || name == "htm") return InputFormat::kHtml;
  if (name == "rss" || name == "atom" || name == "feed") return InputFormat::kFeed;
  if (name == "warc") return InputFormat::kWarc;
  return std::nullopt;
}

InputFormat DetectFormat(std::string_view head, std::string_view path) {
  if (head.substr(0, 3) == kUtf8Bom) head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  const std::string_view start = head.substr(i);
  if (!start.empty() && start[0] == '{') return InputFormat::kJsonLines;
  if (start.starts_with("WARC/1.")) return InputFormat::kWarc;
  if (!start.empty() && start[0] == '<') {
    // An XML feed: the root element shows within the first bytes.
    const std::string_view probe = start.substr(0, 1024);
    if (probe.find("<rss") != std::string_view::npos || probe.find("<feed") != std::string_view::npos ||
        probe.find("<rdf:RDF") != std::string_view::npos)
      return InputFormat::kFeed;
    if (start.starts_with("<?xml") && (probe.find("<html") != std::string_view::npos ||
                                       probe.find("<!DOCTYPE html") != std::string_view::npos))
      return InputFormat::kHtml;  // XHTML
    if (StartsWithCaseless(start, "<!doctype html") || StartsWithCaseless(start, "<html") ||
        StartsWithCaseless(start, "<!--") || StartsWithCaseless(start, "<head") ||
        StartsWithCaseless(start, "<body") || StartsWithCaseless(start, "<meta") ||
        StartsWithCaseless(start, "<div") || StartsWithCaseless(start, "<p"))
      return InputFormat::kHtml;
  }
  // Content was not conclusive: plain prose, or markup we do not know.
  if (EndsWith(path, ".html") || EndsWith(path, ".htm")) return InputFormat::kHtml;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".jsonl.gz"))
    return InputFormat::kJsonLines;
  if (EndsWith(path, ".warc") || EndsWith(path, ".warc.gz")) return InputFormat::kWarc;
  if (EndsWith(path, ".rss") || EndsWith(path, ".atom")) return InputFormat::kFeed;
  return InputFormat::kText;
}

std::unique_ptr<Reader> NewTextReader(std::string content, std::string origin) {
  return std::make_unique<WholeDocumentReader>(std::move(content), std::move(origin), false);
}

std::unique_ptr<Reader> NewHtmlReader(std::string content, std::string origin) {
  return std::make_unique<WholeDocumentReader>(std::move(content), std::move(origin), true);
}

std::unique_ptr<Reader> NewJsonLinesReader(std::unique_ptr<std::istream> in, std::string origin) {
  return std::make_unique<JsonLinesReader>(std::move(in), std::move(origin));
}

Result<std::unique_ptr<Reader>> OpenReader(const std::string& path, InputFormat format) {
  if (path == "-") {
    if (format == InputFormat::kAuto || format == InputFormat::kJsonLines)
      return NewJsonLinesReader(std::make_unique<StdinStream>(), "<stdin>");
    if (format == InputFormat::kWarc) return NewWarcReader(std::make_unique<StdinStream>(), "<stdin>");
    std::string content((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (format == InputFormat::kHtml) return NewHtmlReader(std::move(content), "<stdin>");
    if (format == InputFormat::kFeed) return NewFeedReader(std::move(content), "<stdin>");
    return NewTextReader(std::move(content), "<stdin>");
  }
  // Sniff the (decompressed) head without reading the whole file: dumps and
  // archives are large and are streamed.
  auto stream = OpenMaybeGzipped(path);
  if (!stream.ok()) {
    auto probe = ReadFile(path);  // for the operating system's reason
    return probe.ok() ? stream.status() : probe.status();
  }
  char head[1024];
  (*stream)->read(head, sizeof head);
  const std::string_view head_view(head, static_cast<size_t>((*stream)->gcount()));
  if ((*stream)->bad()) {
    auto probe = ReadFile(path);
    return probe.ok() ? Status::IoError(path + ": read error") : probe.status();
  }
  if (format == InputFormat::kAuto) format = DetectFormat(head_view, path);
  if (format == InputFormat::kJsonLines || format == InputFormat::kWarc) {
    auto reopened = OpenMaybeGzipped(path);  // from the start again
    if (!reopened.ok()) return reopened.status();
    if (format == InputFormat::kWarc) return NewWarcReader(std::move(reopened.value()), path);
    return NewJsonLinesReader(std::move(reopened.value()), path);
  }
  // One document per file: read it whole (decompressed).
  std::string content(head_view);
  content.append(std::istreambuf_iterator<char>(**stream), std::istreambuf_iterator<char>());
  if ((*stream)->bad()) return Status::IoError(path + ": read error");
  if (content.empty()) {
    auto probe = ReadFile(path);  // a directory or unreadable file says so here
    if (!probe.ok()) return probe.status();
  }
  if (format == InputFormat::kHtml) return NewHtmlReader(std::move(content), path);
  if (format == InputFormat::kFeed) return NewFeedReader(std::move(content), path);
  return NewTextReader(std::move(content), path);
}

}  // namespace strabo

// WARC archives (ISO 28500, WARC/1.0 and 1.1), as crawlers such as Common
// Crawl and Heritrix write them. Each HTML "response" (or "resource") record
// becomes one Article; requests, metadata, non-HTML payloads and HTTP errors
// are passed over silently, since they are not articles.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "read/charset.h"
#include "read/date.h"
#include "read/html_extract.h"
#include "read/readers.h"
#include "util/utf8.h"

namespace strabo {
namespace {

constexpr size_t kMaxRecordBytes = 32u << 20;  // larger payloads are skipped

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string TrimCopy(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return std::string(s);
}

// Headers as "name: value" lines up to a blank line; names are lower-cased.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string Get(std::string_view name) const {
    for (const auto& [k, v] : fields)
      if (k == name) return v;
    return "";
  }
  void Add(std::string_view line) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    fields.emplace_back(Lower(TrimCopy(line.substr(0, colon))), TrimCopy(line.substr(colon + 1)));
  }
};

// Decodes an HTTP/1.1 chunked body; returns false when it is malformed.
bool Dechunk(std::string_view body, std::string* out) {
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t eol = body.find("\r\n", pos);
    if (eol == std::string_view::npos) return false;
    size_t size = 0;
    size_t i = pos;
    for (; i < eol && std::isxdigit(static_cast<unsigned char>(body[i])); ++i)
      size = size * 16 + static_cast<size_t>(std::isdigit(static_cast<unsigned char>(body[i]))
                                                 ? body[i] - '0'
                                                 : (std::tolower(static_cast<unsigned char>(body[i])) - 'a' + 10));
    if (i == pos || size > kMaxRecordBytes) return false;
    if (size == 0) return true;
    pos = eol + 2;
    if (pos + size > body.size()) return false;
    out->append(body.substr(pos, size));
    pos += size + 2;
  }
  return true;
}

// Inflates gzip or zlib data (auto-detected); false on damage.
bool Inflate(std::string_view in, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof buf - zs.avail_out);
    if (out->size() > kMaxRecordBytes) rc = Z_DATA_ERROR;
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END || rc == Z_BUF_ERROR;
}

std::string CharsetOf(const std::string& content_type) {
  const std::string lower = Lower(content_type);
  const size_t pos = lower.find("charset=");
  if (pos == std::string::npos) return "";
  std::string cs = lower.substr(pos + 8);
  cs.erase(std::remove(cs.begin(), cs.end(), '"'), cs.end());
  return TrimCopy(cs.substr(0, cs.find(';')));
}

class WarcReader : public Reader {
 public:
  WarcReader(std::unique_ptr<std::istream> in, std::string origin)
      : in_(std::move(in)), origin_(std::move(origin)) {}

  bool Next(Article* article, Status* status) override {
    for (;;) {
      Headers warc;
      std::string block;
      size_t record_line = 0;
      const int got = ReadRecord(&warc, &block, &record_line, status);
      if (got == 0) return false;
      const std::string where = origin_ + ":" + std::to_string(record_line);
      if (got < 0) {
        *status = status->WithContext(where);
        return true;
      }
      const std::string type = warc.Get("warc-type");
      if (type != "response" && type != "resource") continue;
      std::string html, content_type;
      if (type == "response") {
        if (!ParseHttp(block, &html, &content_type)) continue;
      } else {
        content_type = warc.Get("content-type");
        html = std::move(block);
      }
      if (Lower(content_type).find("html") == std::string::npos) continue;
      *status = ToArticle(warc, std::move(html), content_type, where, article);
      return true;
    }
  }

 private:
  // Reads one record. Returns 1 with the record, 0 at the end of input, -1
  // with *status set when the record is damaged (the reader resynchronises on
  // the next "WARC/" line).
  int ReadRecord(Headers* warc, std::string* block, size_t* record_line, Status* status) {
    std::string line;
    // Skip the blank lines between records, find the version line.
    for (;;) {
      if (!std::getline(*in_, line)) return 0;
      ++line_no_;
      if (line.starts_with("WARC/")) break;
      if (!TrimCopy(line).empty() && !resyncing_) {
        resyncing_ = true;
        *record_line = line_no_;
        *status = Status::InvalidInput("expected a WARC record (\"WARC/1.x\"), skipping to the next one");
        return -1;
      }
    }
    resyncing_ = false;
    *record_line = line_no_;
    while (std::getline(*in_, line)) {
      ++line_no_;
      if (TrimCopy(line).empty()) break;
      warc->Add(line);
    }
    const std::string length = warc->Get("content-length");
    char* end = nullptr;
    const unsigned long long n = std::strtoull(length.c_str(), &end, 10);
    if (length.empty() || *end != '\0') {
      *status = Status::InvalidInput("WARC record without a valid Content-Length");
      resyncing_ = true;
      return -1;
    }
    if (n > kMaxRecordBytes) {
      in_->ignore(static_cast<std::streamsize>(n));
      warc->fields.clear();  // too large to be an article: pass over it
      return 1;
    }
    block->resize(n);
    in_->read(block->data(), static_cast<std::streamsize>(n));
    if (static_cast<unsigned long long>(in_->gcount()) != n) {
      *status = Status::InvalidInput("WARC record truncated (" + std::to_string(in_->gcount()) + " of " +
                                     length + " bytes)");
      return -1;
    }
    line_no_ += static_cast<size_t>(std::count(block->begin(), block->end(), '\n'));
    return 1;
  }

  // Splits an HTTP response into its decoded body and Content-Type. False for
  // non-2xx responses and bodies that cannot be decoded.
  static bool ParseHttp(const std::string& block, std::string* body, std::string* content_type) {
    size_t header_end = block.find("\r\n\r\n");
    size_t sep = 4;
    if (header_end == std::string::npos) header_end = block.find("\n\n"), sep = 2;
    if (header_end == std::string::npos || !block.starts_with("HTTP/")) return false;
    const size_t space = block.find(' ');
    if (space == std::string::npos || space + 1 >= block.size() || block[space + 1] != '2') return false;
    Headers http;
    size_t pos = block.find('\n') + 1;
    while (pos < header_end) {
      size_t eol = block.find('\n', pos);
      if (eol == std::string::npos || eol > header_end) eol = header_end;
      http.Add(std::string_view(block).substr(pos, eol - pos));
      pos = eol + 1;
    }
    *content_type = http.Get("content-type");
    std::string_view raw = std::string_view(block).substr(header_end + sep);
    std::string decoded;
    if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
      if (!Dechunk(raw, &decoded)) return false;
      raw = decoded;
    }
    const std::string encoding = Lower(http.Get("content-encoding"));
    if (encoding == "gzip" || encoding == "deflate" || encoding == "x-gzip") {
      std::string inflated;
      if (!Inflate(raw, &inflated)) return false;
      *body = std::move(inflated);
    } else {
      *body = std::string(raw);
    }
    return true;
  }

  static Status ToArticle(const Headers& warc, std::string html, const std::string& content_type,
                          const std::string& where, Article* article) {
    if (!IsValidUtf8(html)) {
      std::string charset = CharsetOf(content_type);
      if (charset.empty()) charset = DeclaredHtmlCharset(html);
      if (charset.empty() || charset == "utf-8" || charset == "utf8") charset = "windows-1252";
      auto converted = ConvertToUtf8(html, charset);
      if (!converted.ok()) return converted.status().WithContext(where);
      html = std::move(converted.value());
    }
    HtmlArticle page = ExtractHtml(html);
    *article = Article();
    article->origin = where;
    article->format = Article::Format::kHtml;
    article->url = warc.Get("warc-target-uri");
    if (article->url.empty()) article->url = page.url;
    article->title = std::move(page.title);
    article->date = !page.date.empty() ? page.date : NormalizeDate(warc.Get("warc-date"));
    article->lang_hint = std::move(page.lang);
    article->text = std::move(page.text);
    article->id = !article->url.empty() ? ArticleIdFromContent(*article) : warc.Get("warc-record-id");
    return CheckArticle(*article);
  }

  std::unique_ptr<std::istream> in_;
  std::string origin_;
  size_t line_no_ = 0;
  bool resyncing_ = false;
};

}  // namespace

std::unique_ptr<Reader> NewWarcReader(std::unique_ptr<std::istream> in, std::string origin) {
  return std::make_unique<WarcReader>(std::move(in), std::move(origin));
}

}  // namespace strabo

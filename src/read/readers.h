// Internals shared by the readers in src/read (not part of the public API).
#pragma once

#include <istream>
#include <memory>
#include <streambuf>
#include <string>

#include "strabo/reader.h"

namespace strabo {

// The checks every article passes, whatever its format: valid UTF-8 text and
// title, not blank, not absurdly large. Messages start with article.origin.
Status CheckArticle(const Article& article);

// An id for an article that has none: 16 hex digits of a hash of its url, or
// of its text when it has no url.
std::string ArticleIdFromContent(const Article& article);

// RSS 2.0 / RSS 1.0 / Atom, one Article per item (feed_reader.cc).
std::unique_ptr<Reader> NewFeedReader(std::string content, std::string origin);

// WARC 1.0/1.1 archives (plain or gzip): one Article per HTML response or
// resource record (warc_reader.cc).
std::unique_ptr<Reader> NewWarcReader(std::unique_ptr<std::istream> in, std::string origin);

// An istream over a file that may be gzip-compressed (any number of members);
// plain files are read as they are.
Result<std::unique_ptr<std::istream>> OpenMaybeGzipped(const std::string& path);

}  // namespace strabo

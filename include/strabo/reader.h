// Readers turn an input (a file or stdin) into Articles.
//
// The format is detected from the content, with the file extension as a tie
// breaker: JSON Lines (a line starting with '{'), WARC ("WARC/1."), RSS/Atom
// feeds (XML with <rss>, <feed> or <rdf:RDF>), HTML (markup such as
// "<!DOCTYPE html" or "<html"), else plain text (one article per file).
// gzip-compressed files (.jsonl.gz, .warc.gz) are decompressed on the fly.
// A reader never stops at a bad record: it reports it and moves on.
#pragma once

#include <cstdio>
#include <istream>
#include <optional>
#include <memory>
#include <string>

#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo {

enum class InputFormat : unsigned char { kAuto, kText, kJsonLines, kHtml, kFeed, kWarc };
std::string_view ToString(InputFormat format);
// Accepts "auto", "txt"/"text", "jsonl", "html", "rss"/"atom"/"feed", "warc";
// nullopt for anything else.
std::optional<InputFormat> ParseInputFormat(std::string_view name);

class Reader {
 public:
  virtual ~Reader() = default;

  // Reads the next record. Returns false at the end of the input. Otherwise
  // either fills *article and returns an OK status in *status, or leaves
  // *article unspecified and sets *status to why the record was rejected
  // (the message names the input and line). Call again after a rejection.
  virtual bool Next(Article* article, Status* status) = 0;
};

// Opens `path` for reading; "-" is standard input, which is read as JSON
// Lines unless `format` says otherwise. Fails when the file cannot be opened.
Result<std::unique_ptr<Reader>> OpenReader(const std::string& path,
                                           InputFormat format = InputFormat::kAuto);

// Detects the format of a document from its first (decompressed) bytes and
// its file name.
InputFormat DetectFormat(std::string_view head, std::string_view path);

// Readers over in-memory content, for tests and for callers that already hold
// the bytes. `origin` names the content in messages.
std::unique_ptr<Reader> NewTextReader(std::string content, std::string origin);
std::unique_ptr<Reader> NewHtmlReader(std::string content, std::string origin);
std::unique_ptr<Reader> NewJsonLinesReader(std::unique_ptr<std::istream> in, std::string origin);

}  // namespace strabo

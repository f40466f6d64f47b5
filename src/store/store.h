// The embedded store: articles and their analysis in one SQLite file.
//
// Schema and versioning are documented in doc/formats/store.md. Writes are
// idempotent: putting an article whose id and content are already stored
// changes nothing; a changed article (same id, new content) replaces the old
// version. Writes are grouped in transactions; Commit() makes them durable.
#pragma once

#include <memory>
#include <string>

#include "strabo/document.h"
#include "strabo/status.h"

struct sqlite3;

namespace strabo {

inline constexpr int kStoreSchemaVersion = 1;

class Store {
 public:
  enum class PutOutcome : unsigned char { kAdded, kUnchanged, kUpdated };

  // Opens (creating if needed) the database at `path`. Fails on a file that is
  // not a strabo store or one written by a newer strabo.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();

  // Stores `doc` with `analysis`, the extract JSON for it.
  Result<PutOutcome> Put(const Document& doc, const std::string& analysis);

  // Makes everything put so far durable.
  Status Commit();

  // Number of stored articles.
  Result<int64_t> CountArticles();

  const std::string& path() const { return path_; }

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Exec(const char* sql);
  Status Error(const std::string& what);
  Status Begin();

  sqlite3* db_;
  std::string path_;
  bool in_transaction_ = false;
  int pending_ = 0;
};

// A hex digest identifying an article's content (text, title, url, date).
std::string ContentHash(const Document& doc);

}  // namespace strabo

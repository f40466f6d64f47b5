#include "store/store.h"

#include <sqlite3.h>

#include <ctime>

#include "util/hash.h"

namespace strabo {
namespace {

constexpr const char* kMagic = "strabo-store";
constexpr int kCommitEvery = 500;  // articles per transaction

constexpr const char* kSchema = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  url          TEXT,
  title        TEXT,
  date         TEXT,
  lang         TEXT,
  text         TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  analysis     TEXT NOT NULL,
  origin       TEXT,
  ingested_at  TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles(date);
)sql";

// RAII for prepared statements.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Statement() { sqlite3_finalize(stmt_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return stmt_; }
  void Bind(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void BindOrNull(int i, const std::string& s) {
    if (s.empty()) sqlite3_bind_null(stmt_, i); else Bind(i, s);
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_;
};

std::string NowUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm;
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

std::string ContentHash(const Document& doc) {
  uint64_t h = Hash64(doc.text);
  h = HashCombine(h, Hash64(doc.title));
  h = HashCombine(h, Hash64(doc.url));
  h = HashCombine(h, Hash64(doc.date));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xF];
  return out;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = path + ": cannot open database: " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return Status::IoError(msg);
  }
  std::unique_ptr<Store> store(new Store(db, path));
  sqlite3_busy_timeout(db, 5000);
  // Checks the file is a database at all before touching it.
  Statement tables(db, "SELECT name FROM sqlite_master WHERE type='table'");
  if (!tables.ok()) return Status::Corrupt(path + ": not an SQLite database (" + sqlite3_errmsg(db) + ")");
  bool has_meta = false, has_any = false;
  while (sqlite3_step(tables.get()) == SQLITE_ROW) {
    has_any = true;
    if (std::string(reinterpret_cast<const char*>(sqlite3_column_text(tables.get(), 0))) == "meta")
      has_meta = true;
  }
  STRABO_RETURN_IF_ERROR(store->Exec("PRAGMA journal_mode=WAL"));
  STRABO_RETURN_IF_ERROR(store->Exec("PRAGMA synchronous=NORMAL"));
  if (!has_any) {
    STRABO_RETURN_IF_ERROR(store->Exec("BEGIN"));
    STRABO_RETURN_IF_ERROR(store->Exec(kSchema));
    Statement meta(db, "INSERT INTO meta(key, value) VALUES ('magic', ?1), ('schema_version', ?2)");
    meta.Bind(1, kMagic);
    meta.Bind(2, std::to_string(kStoreSchemaVersion));
    if (sqlite3_step(meta.get()) != SQLITE_DONE) return store->Error("cannot write schema");
    STRABO_RETURN_IF_ERROR(store->Exec("COMMIT"));
    return store;
  }
  if (!has_meta) return Status::Corrupt(path + ": an SQLite database, but not a strabo store");
  Statement version(db, "SELECT (SELECT value FROM meta WHERE key='magic'), "
                        "(SELECT value FROM meta WHERE key='schema_version')");
  if (!version.ok() || sqlite3_step(version.get()) != SQLITE_ROW)
    return Status::Corrupt(path + ": cannot read the store's version");
  const auto* magic = reinterpret_cast<const char*>(sqlite3_column_text(version.get(), 0));
  const int schema = sqlite3_column_int(version.get(), 1);
  if (!magic || std::string(magic) != kMagic)
    return Status::Corrupt(path + ": an SQLite database, but not a strabo store");
  if (schema > kStoreSchemaVersion)
    return Status::Unsupported(path + ": store schema version " + std::to_string(schema) +
                               " is newer than this strabo (" +
                               std::to_string(kStoreSchemaVersion) + "); upgrade strabo");
  return store;
}

Store::~Store() {
  if (in_transaction_) Commit();
  sqlite3_close(db_);
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = path_ + ": " + (err ? err : "database error");
    sqlite3_free(err);
    return Status::IoError(msg);
  }
  return Status::Ok();
}

Status Store::Error(const std::string& what) {
  return Status::IoError(path_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

Status Store::Begin() {
  if (in_transaction_) return Status::Ok();
  STRABO_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  in_transaction_ = true;
  return Status::Ok();
}

Status Store::Commit() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  pending_ = 0;
  return Exec("COMMIT");
}

Result<Store::PutOutcome> Store::Put(const Document& doc, const std::string& analysis) {
  STRABO_RETURN_IF_ERROR(Begin());
  const std::string hash = ContentHash(doc);
  PutOutcome outcome = PutOutcome::kAdded;
  {
    Statement find(db_, "SELECT content_hash FROM articles WHERE id = ?1");
    find.Bind(1, doc.id);
    const int rc = sqlite3_step(find.get());
    if (rc == SQLITE_ROW) {
      const auto* stored = reinterpret_cast<const char*>(sqlite3_column_text(find.get(), 0));
      if (stored && hash == stored) return PutOutcome::kUnchanged;
      outcome = PutOutcome::kUpdated;
    } else if (rc != SQLITE_DONE) {
      return Error("cannot look up article " + doc.id);
    }
  }
  const std::string now = NowUtc();
  Statement put(db_,
                "INSERT INTO articles(id, url, title, date, lang, text, content_hash, analysis, "
                "origin, ingested_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) "
                "ON CONFLICT(id) DO UPDATE SET url=excluded.url, title=excluded.title, "
                "date=excluded.date, lang=excluded.lang, text=excluded.text, "
                "content_hash=excluded.content_hash, analysis=excluded.analysis, "
                "origin=excluded.origin, updated_at=excluded.updated_at");
  if (!put.ok()) return Error("cannot prepare insert");
  put.Bind(1, doc.id);
  put.BindOrNull(2, doc.url);
  put.BindOrNull(3, doc.title);
  put.BindOrNull(4, doc.date);
  put.BindOrNull(5, doc.lang);
  put.Bind(6, doc.text);
  put.Bind(7, hash);
  put.Bind(8, analysis);
  put.BindOrNull(9, doc.origin);
  put.Bind(10, now);
  if (sqlite3_step(put.get()) != SQLITE_DONE) return Error("cannot store article " + doc.id);
  if (++pending_ >= kCommitEvery) STRABO_RETURN_IF_ERROR(Commit());
  return outcome;
}

Result<int64_t> Store::CountArticles() {
  Statement count(db_, "SELECT COUNT(*) FROM articles");
  if (!count.ok() || sqlite3_step(count.get()) != SQLITE_ROW) return Error("cannot count articles");
  return static_cast<int64_t>(sqlite3_column_int64(count.get(), 0));
}

}  // namespace strabo

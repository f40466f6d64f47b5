// Status and Result: how errors cross module boundaries in strabo.
//
// strabo never throws across a stage or module boundary. A function that can
// fail returns a Status (no value) or a Result<T> (a value or a Status). The
// message of a failed Status is one line meant for a person: it names what was
// being read and why it failed, e.g.
//   "news/a.jsonl:12: not valid JSON (missing closing brace)".
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace strabo {

class Status {
 public:
  enum class Code : unsigned char {
    kOk = 0,
    kInvalidInput,    // the input is malformed (bad JSON, invalid UTF-8, empty)
    kNotFound,        // a file, model or record that should exist does not
    kIoError,         // the operating system refused a read or write
    kCorrupt,         // a strabo file (model, gazetteer, database) is damaged
    kUnsupported,     // a valid request strabo cannot serve (format, language)
    kInternal,        // a bug in strabo
  };

  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corrupt(std::string msg) { return Status(Code::kCorrupt, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid input: <message>" style text for logs.
  std::string ToString() const;

  // Returns a copy whose message is "<context>: <message>"; OK stays OK.
  Status WithContext(std::string_view context) const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value of type T, or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}              // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {       // NOLINT: implicit by design
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace strabo

// Returns early from the enclosing function when `expr` yields a failed Status.
#define STRABO_RETURN_IF_ERROR(expr)            \
  do {                                          \
    ::strabo::Status strabo_status_ = (expr);   \
    if (!strabo_status_.ok()) return strabo_status_; \
  } while (0)

// A small streaming JSON writer for strabo's output (one object per line).
//
// It writes compact JSON with keys in the order given, escapes strings per
// RFC 8259 (UTF-8 passes through; control characters become \uXXXX) and
// inserts commas itself. Misuse (a value without a key inside an object) is a
// programming error caught by assertions in debug builds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace strabo {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Double(double value, int decimals = 6);  // non-finite values become null
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

  // Shorthands for a key followed by a value.
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, int64_t value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, int value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, uint32_t value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, bool value) { return Key(key).Bool(value); }
  // Writes null for an empty string: the contract's way to say "unknown".
  JsonWriter& StringOrNull(std::string_view key, std::string_view value);

 private:
  void BeforeValue();

  std::string* out_;
  // One entry per open container: true until its first element is written.
  std::vector<bool> first_;
  bool after_key_ = false;
};

// Appends `value` as a quoted, escaped JSON string.
void AppendJsonString(std::string_view value, std::string* out);

}  // namespace strabo

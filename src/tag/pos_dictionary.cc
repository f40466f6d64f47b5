#include "tag/pos_dictionary.h"

#include <algorithm>
#include <utility>

#include "util/container.h"
#include "util/hash.h"

namespace strabo {

namespace {
constexpr uint64_t kSeed = 0x77c1a55e5ULL;  // part of the model format
}

std::optional<uint16_t> PosDictionary::ParseLetters(std::string_view letters) {
  if (letters.empty()) return std::nullopt;
  uint16_t bits = 0;
  for (char c : letters) {
    const size_t bit = kLetters.find(c);
    if (bit == std::string_view::npos) return std::nullopt;
    bits |= static_cast<uint16_t>(1u << bit);
  }
  return bits;
}

uint32_t PosDictionary::Key(std::string_view word) {
  // Never 0, which marks an empty slot.
  return static_cast<uint32_t>(Hash64(word, kSeed)) | 1u;
}

void PosDictionary::Insert(uint32_t key, uint16_t classes) {
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), 0);
    count_ = 0;
    for (uint64_t s : old)
      if (s != 0) Insert(static_cast<uint32_t>(s >> 16), static_cast<uint16_t>(s));
  }
  const size_t mask = slots_.size() - 1;
  for (size_t j = MixBits(key) & mask;; j = (j + 1) & mask) {
    if (slots_[j] == 0) {
      slots_[j] = uint64_t{key} << 16 | classes;
      ++count_;
      return;
    }
    if (static_cast<uint32_t>(slots_[j] >> 16) == key) {
      slots_[j] |= classes;
      return;
    }
  }
}

void PosDictionary::Add(std::string_view word, uint16_t classes) { Insert(Key(word), classes); }

uint16_t PosDictionary::Find(std::string_view lower) const {
  if (slots_.empty()) return kUnlisted;
  const uint32_t key = Key(lower);
  const size_t mask = slots_.size() - 1;
  for (size_t j = MixBits(key) & mask;; j = (j + 1) & mask) {
    if (slots_[j] == 0) return kUnlisted;
    if (static_cast<uint32_t>(slots_[j] >> 16) == key) return static_cast<uint16_t>(slots_[j]);
  }
}

std::string PosDictionary::Serialize() const {
  std::vector<uint64_t> entries;
  for (uint64_t s : slots_)
    if (s != 0) entries.push_back(s);
  std::sort(entries.begin(), entries.end());  // by key: the key is the high part
  ByteWriter w;
  w.U32(static_cast<uint32_t>(entries.size()));
  for (uint64_t e : entries) {
    w.U32(static_cast<uint32_t>(e >> 16));
    const uint16_t classes = static_cast<uint16_t>(e);
    w.Raw(&classes, 2);
  }
  return std::move(w.bytes());
}

bool PosDictionary::Deserialize(std::string_view bytes, PosDictionary* out) {
  ByteReader r(bytes);
  const uint32_t n = r.U32();
  if (!r.ok() || r.remaining() != size_t{n} * 6) return false;
  *out = PosDictionary();
  uint32_t previous = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t key = r.U32();
    uint16_t classes = 0;
    r.Raw(&classes, 2);
    // Keys are odd, ascending and unique; classes never empty nor kUnlisted.
    if ((key & 1u) == 0 || key <= previous || classes == 0 || (classes & kUnlisted) != 0) return false;
    previous = key;
    out->Insert(key, classes);
  }
  return r.ok() && r.at_end();
}

}  // namespace strabo

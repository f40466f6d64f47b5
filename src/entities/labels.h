// Entity tags for the sequence model: BILOU over the four CoNLL types.
//
// Class 0 is O; type t (EntityType order: PER, ORG, LOC, MISC) at position p
// (B, I, L, U) is class 1 + 4t + p. A token's *allowed* set is a bit mask over
// these 17 classes: one bit for fully labelled data, several where a corpus
// does not say (UNER marks no MISC, so its O means "O or MISC").
#pragma once

#include <cstdint>
#include <string_view>

#include "strabo/document.h"

namespace strabo::ner {

inline constexpr int kNumTypes = 4;
inline constexpr int kNumTags = 1 + 4 * kNumTypes;
enum Position : int { kB = 0, kI = 1, kL = 2, kU = 3 };

using TagMask = uint32_t;
inline constexpr TagMask kAllTags = (1u << kNumTags) - 1;

inline int MakeTag(EntityType type, Position pos) { return 1 + 4 * static_cast<int>(type) + pos; }
inline bool IsOutside(int tag) { return tag == 0; }
inline EntityType TagType(int tag) { return static_cast<EntityType>((tag - 1) / 4); }
inline Position TagPosition(int tag) { return static_cast<Position>((tag - 1) % 4); }

// Every tag of `type` (B, I, L, U).
inline TagMask TypeMask(EntityType type) { return 0xFu << (1 + 4 * static_cast<int>(type)); }

// True when `tag` may follow `prev` (-1: sentence start) in a BILOU sequence.
inline bool ValidTransition(int prev, int tag) {
  const bool prev_open = prev > 0 && (TagPosition(prev) == kB || TagPosition(prev) == kI);
  if (tag == 0) return !prev_open;
  const Position pos = TagPosition(tag);
  if (pos == kB || pos == kU) return !prev_open;
  return prev_open && TagType(prev) == TagType(tag);  // I or L continue the same type
}
// True when a sentence may end after `tag`.
inline bool ValidEnd(int tag) { return tag == 0 || TagPosition(tag) == kL || TagPosition(tag) == kU; }

// "B-PER", "O", ...: for messages and tests.
std::string_view TagName(int tag);

// An entity as a token range [begin, end) of one sentence.
struct TokenSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kMisc;
  friend bool operator==(const TokenSpan& a, const TokenSpan& b) {
    return a.begin == b.begin && a.end == b.end && a.type == b.type;
  }
};

}  // namespace strabo::ner

// Discard lists (data/events/discards.<lang>.tsv): phrases that mark a
// sentence or a story as one whose event words are not political events
// (sports, entertainment, figurative senses, disasters, past wars).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "events/lexicon_file.h"
#include "events/phrase_key.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::events {

struct Discard {
  std::string phrase;              // as written
  bool story = false;              // scope: the whole story, else the sentence
  std::vector<std::string> types;  // PLOVER types blocked; empty: every type
  // Senses (PLOVER type, mode) the discard leaves alone whatever `types`
  // says: written "!TYPE/mode" in the types column ("*|!COERCE/arrest": a
  // football match is no figure of speech for an arrest at it).
  std::vector<std::pair<std::string, std::string>> spared;
  std::string reason;
  int line = 0;

  bool Blocks(std::string_view type, std::string_view mode) const;
};

class DiscardList {
 public:
  static constexpr std::string_view kKind = "discards";
  static constexpr int kVersion = 1;
  static const std::vector<std::string_view>& Columns();

  static Result<DiscardList> FromFile(const LexiconFile& file, std::string_view lang);
  static Result<DiscardList> Load(const std::string& path, std::string_view lang);

  const std::vector<Discard>& entries() const { return entries_; }

  // The discards whose phrase (or its plural: "heart attacks") occurs in
  // `tokens` (one sentence) at token boundaries. `text` is what the tokens'
  // spans point into; matching is on folded surface text (phrase_key.h).
  std::vector<const Discard*> Find(std::string_view text, std::span<const Token> tokens) const;

 private:
  std::vector<Discard> entries_;
  std::unordered_map<std::string, std::vector<size_t>, KeyHash, std::equal_to<>> by_key_;
  std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> prefix_max_;
};

}  // namespace strabo::events

// EventLexicon: every table the event coder runs on, loaded together and
// cross-checked (trigger codes against the CAMEO map, constraint classes
// against the word classes, leaders' codes against the countries).
//
// Files, found with FindResource under data/events/ (doc/formats/event-lexicons.md):
//   cameo_plover.tsv                      CAMEO → PLOVER type/mode/context, ACLED
//   triggers.{en,es}.tsv, classes.{en,es}.tsv, discards.{en,es}.tsv,
//   status_cues.{en,es}.tsv               per language
//   actors.tsv, leaders.tsv, agents.{en,es}.tsv
// Loading is all-or-nothing: a bad row fails the load with "file:line: reason".
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "events/actors.h"
#include "events/cameo_map.h"
#include "events/discards.h"
#include "events/status_cues.h"
#include "events/triggers.h"
#include "events/word_classes.h"
#include "strabo/status.h"

namespace strabo::events {

// The languages strabo codes events in.
inline constexpr std::string_view kEventLanguages[] = {"en", "es"};

class EventLexicon {
 public:
  // Loads data/events/* from the resource directory search path
  // (util/resources.h; `resource_dir` may be empty).
  static Result<std::shared_ptr<const EventLexicon>> Load(const std::string& resource_dir);
  // Loads from one directory holding the files themselves (tests, tools).
  static Result<std::shared_ptr<const EventLexicon>> LoadFromDirectory(const std::string& dir);

  const CameoMap& cameo() const { return cameo_; }
  const ActorLexicon& actors() const { return *actors_; }
  // nullptr for a language strabo does not code.
  const TriggerLexicon* triggers(std::string_view lang) const;
  const WordClasses* classes(std::string_view lang) const;
  const DiscardList* discards(std::string_view lang) const;
  const CueLexicon* cues(std::string_view lang) const;

  // One line per table with its size, for `strabo lexicon check` and the README.
  std::vector<std::string> Summary() const;

 private:
  // Maps a file name ("triggers.en.tsv") to its path.
  using Locate = std::function<Result<std::string>(const std::string& name)>;
  static Result<std::shared_ptr<const EventLexicon>> LoadWith(const Locate& locate);

  struct PerLanguage {
    std::string lang;
    WordClasses classes;
    TriggerLexicon triggers;
    DiscardList discards;
    CueLexicon cues;
  };
  const PerLanguage* Find(std::string_view lang) const;

  CameoMap cameo_;
  std::unique_ptr<ActorLexicon> actors_;
  std::vector<PerLanguage> languages_;
  std::vector<std::string> origins_;
};

}  // namespace strabo::events

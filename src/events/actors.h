// Actor lexicons and the actor matcher.
//
// Three kinds of files describe who can act in an event (formats in
// doc/formats/event-lexicons.md):
//   data/events/actors.tsv       named actors, any language: countries with
//                                their names, adjectives and demonyms in English
//                                and Spanish, capitals and seats of government,
//                                IGOs, NGOs, armed groups, named state bodies;
//   data/events/leaders.tsv      people (and a few groups) whose code depends on
//                                the date: office holders with their terms;
//   data/events/agents.<lang>.tsv  generic nouns ("police", "fuerzas de
//                                seguridad", "followers") and the sector each gives.
//
// The matcher finds these in text and combines what it finds in one noun
// phrase into one actor code: "Moroccan security forces" → MAR COP; "Daesh
// followers" → Islamic State (IMG, REB); "the Spanish authorities" → ESP GOV;
// "Javier Colomina Piriz, Deputy Secretary General of the North Atlantic Treaty
// Organisation (NATO)" → NATO (IGO). How the pieces combine is the codebook's
// "Actors" section; the rules live in ActorMatcher::Resolve.
//
// Matching is on folded surface text (case and diacritics ignored; an alias
// written in capitals, or with a leading '=', must match with its case), so
// it works the same whether or not the tokens carry lemmas, and whatever the
// tokeniser did with hyphens and apostrophes ("al-Qaeda", "Da'esh").
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/lexicon_file.h"
#include "events/phrase_key.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::events {

enum class ActorKind : unsigned char {
  kCountry, kTerritory, kCapital, kSeat, kRegion, kIgo, kNgo, kGroup, kOrg,
};
std::string_view ToString(ActorKind kind);

// A row of actors.tsv.
struct NamedActor {
  std::string id;
  ActorKind kind = ActorKind::kCountry;
  std::string code;     // PLOVER actor code (ISO3, or UNO EUR IGO NGO IMG ...); empty for regions
  std::string country;  // ISO3, empty for international actors
  std::string sector;   // may be empty (a country as a whole)
  std::string name;
  int line = 0;
};

// One period of a person's office: code and sector between two ISO dates
// (either may be empty: open). A role with neither date is the person's
// default, used when no dated role holds.
struct Role {
  std::string code;     // ISO3 or an international code
  std::string sector;   // may be empty
  std::string from, to;
  bool dated() const { return !from.empty() || !to.empty(); }
};

// A row of leaders.tsv.
struct Person {
  std::string name;
  std::vector<Role> roles;
  std::string source;   // "phoenix", "strabo" or "phoenix+strabo"
  int line = 0;
};

enum class AgentKind : unsigned char {
  kAgent,       // gives its sector: "police" COP
  kRole,        // a person's office: takes its organisation or country ("secretary general")
  kMember,      // takes the identity of the organisation it attaches to ("followers")
  kCountryRef,  // a country given by the context ("the Kingdom")
};

// A row of agents.<lang>.tsv.
struct Agent {
  std::string phrase;
  AgentKind kind = AgentKind::kAgent;
  std::string sector;  // may be empty
  int line = 0;
};

// How an alias found in text relates to its entry.
enum class AliasUse : unsigned char {
  kName,        // the name of a named actor ("Morocco", "NATO", "Rabat")
  kAdjective,   // a country adjective ("Moroccan", "marroquíes")
  kDemonym,     // a noun for people of a country ("Moroccans", "Spaniards")
  kAgent,       // an agent noun of the language
  kPerson,      // a name of a person in leaders.tsv
};

// One piece of a mention: which entry an alias found in the text refers to.
struct ActorPiece {
  AliasUse use = AliasUse::kName;
  uint32_t index = 0;   // into named(), people() or agents(lang) by `use`
  size_t first = 0;     // token range [first, end) within the span searched
  size_t end = 0;
};

// The actor a noun phrase denotes, combined from its pieces.
struct ActorMatch {
  bool found = false;
  std::string code;     // PLOVER actor code: country ISO3, else IGO/UNO/EUR/NGO/IMG...
  std::string country;  // ISO3 or empty
  std::string sector;   // empty when unknown
  std::string name;     // canonical name of a named organisation, group or person
  std::string person;   // the person's name when a leaders.tsv entry matched
  bool metonym = false;           // a capital or seat of government stands for the state
  bool context_country = false;   // the country came from the caller's context ("the Kingdom")
  bool needs_context = false;     // a country reference the caller has no context for
  bool unconfirmed = false;       // an open-ended Phoenix role applied after the file's date
  bool region = false;            // a regional construct (never coded)
  std::vector<ActorPiece> pieces;
};

class ActorLexicon {
 public:
  static constexpr std::string_view kActorsKind = "actors";
  static constexpr std::string_view kLeadersKind = "leaders";
  static constexpr std::string_view kAgentsKind = "agents";
  static constexpr int kVersion = 1;
  static const std::vector<std::string_view>& ActorColumns();
  static const std::vector<std::string_view>& LeaderColumns();
  static const std::vector<std::string_view>& AgentColumns();

  // Builds the lexicon from actors.tsv, leaders.tsv (may be null) and one
  // agents file per language. Every row is checked: codes, sectors, dates,
  // alias syntax; an alias that names two different codes in one language is
  // an error (ambiguity must be resolved in the data, not at run time).
  static Result<ActorLexicon> FromFiles(const LexiconFile& actors, const LexiconFile* leaders,
                                        const std::vector<const LexiconFile*>& agents);

  const std::vector<NamedActor>& named() const { return named_; }
  const std::vector<Person>& people() const { return people_; }
  const std::vector<Agent>& agents(std::string_view lang) const;
  const NamedActor* FindById(std::string_view id) const;
  // Aliases (word keys) shadowed by an actors.tsv name and so never matched
  // as a person: counted at load time, for the lexicon report.
  size_t shadowed_person_aliases() const { return shadowed_person_aliases_; }
  size_t alias_count() const { return index_.size(); }
  // The date Phoenix was last updated (from leaders.tsv): open-ended Phoenix
  // roles are unconfirmed for articles after it.
  const std::string& phoenix_date() const { return phoenix_date_; }

  // Every lexicon alias in `tokens` (one sentence, or a noun phrase), longest
  // match first and left to right, non-overlapping. `text` is the document
  // text the tokens' spans point into.
  std::vector<ActorPiece> FindPieces(std::string_view lang, std::string_view text,
                                     std::span<const Token> tokens) const;

  // The actor the noun phrase `tokens` denotes. `date` (ISO, may be empty)
  // selects leaders' roles; `context_country` (ISO3, may be empty) resolves
  // country references ("the security forces of the Kingdom"). Not found when
  // no piece matched, or only a region ("Latin America": found=false,
  // region=true).
  ActorMatch Match(std::string_view lang, std::string_view text, std::span<const Token> tokens,
                   std::string_view date, std::string_view context_country = {}) const;

  // Combines pieces already found (the coder may have collected them over an
  // apposition or a "de"/"of" complement).
  ActorMatch Resolve(std::string_view lang, std::span<const ActorPiece> pieces,
                     std::string_view date, std::string_view context_country) const;

  // The role of `person` on `date` (ISO or empty), or nullptr when none applies.
  const Role* RoleOn(const Person& person, std::string_view date) const;

 private:
  struct Target {
    AliasUse use;
    uint32_t index;
    std::string lang;         // "" for every language
    std::string exact;        // for case-sensitive aliases: the spelling to match; else ""
  };
  Status AddAlias(std::string_view alias_text, std::string_view lang, AliasUse use,
                  uint32_t index, bool case_sensitive, const LexiconFile& file,
                  const LexiconRow& row);
  std::string CodeOf(const Target& t) const;

  std::vector<NamedActor> named_;
  std::vector<Person> people_;
  std::unordered_map<std::string, std::vector<Agent>> agents_;  // by language
  std::unordered_map<std::string, size_t> by_id_;
  // phrase key → targets
  std::unordered_map<std::string, std::vector<Target>, KeyHash, std::equal_to<>> index_;
  // first 3 bytes of a key → the longest key with them (bounds the search)
  std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> prefix_max_;
  size_t shadowed_person_aliases_ = 0;
  std::string phoenix_date_;
};

}  // namespace strabo::events

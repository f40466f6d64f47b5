// Trigger lexicons (data/events/triggers.<lang>.tsv): the words and phrases
// that report an event, what they code, and the argument frame the coder
// reads from the dependency parse.
//
// One record per sense. Records of the same lemma and part of speech are
// tried in file order and the first whose pattern and constraints hold wins,
// so a specific sense ("seize" + weapons) is listed before a general one
// ("seize" + town). The file format and the frame/constraint language are
// documented in doc/formats/event-lexicons.md; the coding rules that use
// them in doc/codebook.md.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/cameo_map.h"
#include "events/lexicon_file.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::events {

class WordClasses;

// Where an argument of a trigger is found, relative to the trigger word.
struct Slot {
  enum class Kind : unsigned char {
    kSubj,      // nsubj of an active verb; for a passive verb, the agent (obl:agent, "by", "por")
    kObj,       // obj of an active verb (Spanish "a" objects included); for a passive, nsubj:pass
    kIobj,      // iobj
    kObl,       // an oblique with preposition `prep`: "protested against X", "disparó contra X"
    kNmod,      // a nominal modifier of a noun trigger with preposition `prep`: "the arrest of X"
    kPoss,      // a possessive of a noun trigger: "Russia's attack", "su detención"
    kCompound,  // a compound modifier of a noun trigger: "police raids"
    kAmod,      // an adjectival modifier naming an actor: "Israeli air strikes"
    kSelf,      // the trigger word itself denotes the participants: "los detenidos", "the wounded"
    kHead,      // for a noun trigger, the subject of the light verb it is the object of:
                // "X carried out an attack"; with a receiving light verb ("receive",
                // "recibir") the subject fills the other role: "X received praise"
                // (light verbs are listed in the status cues)
    kSpeaker,   // the speaker of the reported speech the trigger is in: "Colomina said
                // Morocco is a key partner" (SUPPORT by Colomina)
  };
  Kind kind = Kind::kSubj;
  std::string prep;  // for kObl and kNmod: the preposition's word key ("against", "de")
};

// Which slots hold the source and the target. A slot list is tried in order.
struct Frame {
  std::vector<Slot> source;
  std::vector<Slot> target;
};

// A condition a record places on its context, checked by the coder (which
// has the parse). Values are lists of word keys and @CLASS names. Two classes
// are built in: @ACTOR, the word heads a mention the actor lexicons know (or
// an entity the entities stage found), and @NUM, the word is a number
// ("detuvo a cinco", "11 detenidos").
struct Constraint {
  enum class Kind : unsigned char {
    kReflexive,     // refl: the verb has a reflexive clitic ("se manifestaron")
    kNotReflexive,  // !refl
    kIntransitive,  // intrans: the verb has no object and no clausal complement
                    // ("protesters demonstrated", not "demonstrated its resolve")
    kRoleIs,        // src=V / tgt=V: the head word of that role is in V
    kRoleIsNot,     // src!=V / tgt!=V
    kDepIs,         // dep=V: some dependent of the trigger is in V
    kDepIsNot,      // dep!=V: no dependent is ("heart attack" for "attack")
    kGovIs,         // gov=V: the word the trigger depends on is in V ("imposed a curfew")
    kGovIsNot,      // gov!=V ("detention centre")
    kPrepIs,        // prep=V: some dependent of the trigger is introduced by a preposition in V
    kPrepIsNot,     // prep!=V ("clashed over the budget" is a dispute, not a clash)
    kSourceSector,  // srcsec=S: the source's sector is one of S (GOV also matches a bare
                    // country: "Morocco protested" is the state's protest)
    kNeed,          // need=src / need=tgt: the role must be filled by a known actor
  };
  Kind kind = Kind::kNeed;
  bool source = false;               // kRoleIs, kRoleIsNot, kNeed: the source (true) or target
  std::vector<std::string> words;    // word keys (sector codes for kSourceSector)
  std::vector<std::string> classes;  // class names without '@'

  // Whether one of `keys` (word keys of a word) is in the value list.
  // `is_people`: the word names people though no HUMAN word ("israelíes", a
  // country's people), so @HUMAN holds.
  bool Matches(const std::vector<std::string>& keys, const WordClasses& word_classes, bool is_actor,
               bool is_number, bool is_people = false) const;
};

struct TriggerEntry {
  std::string lemma;                 // word key of the head lemma
  Upos upos = Upos::kVerb;           // VERB, NOUN or ADJ
  std::vector<std::string> pattern;  // word keys; "*" is a gap of up to kMaxGap words;
                                     // empty for a single word
  size_t head = 0;                   // index of the head lemma in `pattern`
  std::string type, mode, acled;     // mode and acled may be empty
  std::string cameo;                 // empty when no CAMEO code fits (PLOVER-only senses)
  Frame frame;
  std::vector<Constraint> constraints;
  std::string example;
  int line = 0;                      // line in the file, for explanations

  bool multiword() const { return !pattern.empty(); }
};

// A trigger found in a sentence: the entry and the tokens it covers.
struct TriggerMatch {
  const TriggerEntry* entry = nullptr;
  size_t head = 0;                   // token index (within the token span given) of the head
  std::vector<size_t> tokens;        // every token of the pattern, in order
};

class TriggerLexicon {
 public:
  static constexpr std::string_view kKind = "triggers";
  static constexpr int kVersion = 1;
  static constexpr size_t kMaxGap = 4;  // words a "*" in a pattern may skip
  static const std::vector<std::string_view>& Columns();

  // Checks every record against the CAMEO map (the type must be the
  // code's PLOVER type; the mode a PLOVER mode of the type; the ACLED value an
  // ACLED sub-event type) and the word classes named in constraints. The
  // file's "lang" setting must equal `lang`.
  static Result<TriggerLexicon> FromFile(const LexiconFile& file, std::string_view lang,
                                         const CameoMap& cameo, const WordClasses& classes);
  static Result<TriggerLexicon> Load(const std::string& path, std::string_view lang,
                                     const CameoMap& cameo, const WordClasses& classes);

  const std::string& lang() const { return lang_; }
  const std::vector<TriggerEntry>& entries() const { return entries_; }

  // The records of (lemma, upos), in file order; `lemma` is any spelling
  // (it is WordKey-folded here). Upos::kX (untagged text) matches every part
  // of speech.
  std::vector<const TriggerEntry*> Lookup(std::string_view lemma, Upos upos) const;

  // Whether `entry`'s pattern holds around the head token `head` of
  // `tokens` (true for single-word entries). On success *covered gets the
  // token indices of the pattern's words.
  bool MatchPattern(const TriggerEntry& entry, std::span<const Token> tokens, size_t head,
                    std::vector<size_t>* covered) const;

  // Every trigger in `tokens` (one sentence): for each token whose lemma
  // (or, for untagged tokens, a LemmaCandidates guess from its form) has
  // records, the records whose pattern holds, in file order. Constraints
  // that need the parse are left to the coder.
  std::vector<TriggerMatch> FindCandidates(std::span<const Token> tokens) const;

 private:
  std::string lang_;
  std::vector<TriggerEntry> entries_;
  // word key of the head lemma → entry indices in file order.
  std::unordered_map<std::string, std::vector<size_t>> by_lemma_;
};

// Whether `pattern` (word keys; "*" skips up to TriggerLexicon::kMaxGap
// words) holds with its word `pattern_head` at token `head`, where keys[i]
// are token i's word keys. An empty pattern is the head alone. On success
// *covered gets the token indices of the pattern's words, in order.
bool MatchKeyPattern(const std::vector<std::string>& pattern, size_t pattern_head,
                     const std::vector<std::vector<std::string>>& keys, size_t head,
                     std::vector<size_t>* covered);

// The word keys under which a token may be found in a lexicon: its lemma and
// form when the tagger gave a lemma that differs from the form; otherwise the
// form and LemmaCandidates of the form.
std::vector<std::string> TokenKeys(std::string_view lang, const Token& token);

}  // namespace strabo::events

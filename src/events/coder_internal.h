// What the event coder's two passes share: the candidate events a sentence
// yields, the actor mentions pronouns refer back to, and the per-document
// state. Internal to src/events (coder.cc, sentence_coder.cc, story.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/coder.h"
#include "events/discards.h"
#include "events/status_cues.h"
#include "events/triggers.h"
#include "strabo/document.h"

namespace strabo::events::internal {

// A noun phrase the actor lexicons know, remembered so that later pronouns
// ("he", "they", "it") can refer to it.
struct Mention {
  uint32_t sentence = 0;   // index into doc.sentences
  uint32_t head = 0;       // doc token index of the phrase head
  Actor actor;             // span: the phrase
  bool plural = false;
  bool human = false;      // a person, an office holder or people
  bool unconfirmed = false;
  bool subject = false;    // the subject of its clause (a subject pronoun prefers these)
  bool group = false;      // the name of an armed or political group, which "they" may stand
                           // for whatever its grammatical number ("the Taliban ... their")
};

// One role (source, target, speaker) of a candidate event.
struct Role {
  bool present = false;       // a phrase fills the slot, known to the lexicons or not
  bool known = false;         // the actor lexicons coded it
  bool generic = false;       // generic people ("men", "personas"), no country or name:
                              // a more specific mention of the same event refines it
  bool from_context = false;  // a pronoun, a fallback, "the Kingdom", the document pass
  bool unconfirmed = false;   // an open-ended Phoenix role after the file's date
  Actor actor;
  int head = -1;              // doc token index of the argument's head word; -1 when
                              // the role came from another sentence
  bool plural = false;        // the head is plural
  bool human = false;         // the head names people (for counts)
  bool demonym = false;       // the head is a noun for people of a country ("israelíes",
                              // "Moroccans"): people, so @HUMAN in a constraint
  bool protester = false;     // the head names protesters (ACLED's protest sub-events)
  bool person = false;        // not known, but a named person (a PER entity heads it):
                              // actor.name holds the name as written
  int pronoun = -1;           // doc token index of the pronoun when the role is a pronoun
                              // (its antecedent's actor when it has one), else -1
  std::string head_key;       // word key of the head word ("" when none)
};

// A coded event before the document pass.
struct Candidate {
  Event event;                       // type, mode, cameo, acled, status, date, spans
  const TriggerEntry* entry = nullptr;
  uint32_t sentence = 0;             // doc sentence index
  uint32_t trigger = 0;              // doc token index of the trigger's head word
  Role source, target;
  bool noun = false;                 // a noun (or adjective) trigger
  bool guessed = false;              // the trigger lemma came from LemmaCandidates
  bool source_fallback = false;      // the source came from the clause, not the frame
  bool status_from_course = false;  // its status came from the verb of its course ("cooperation
                                     // could resume"): no intent of its source, so not converted
  bool status_from_condition = false;  // hypothetical only by a condition ("when (and if) the
                                       // member states strike an agreement"): no willingness of
                                       // its source, so not converted
  bool in_clash = false;             // an attack told as happening in a two-sided fight
  bool at_protest = false;           // an act told as happening during or at a protest
  // An attack told by its weapon at a place (SentenceCoder: codable with no
  // known actor).
  bool told_by_weapon = false;
                                     // ("killed three villagers in a gunbattle")
  bool protested = false;            // what a protest is in protest of, a backdrop to it
                                     // ("in protest of the government's refusal")
  bool place_from_context = false;
  std::vector<const Place*> places;  // the event's places, in text order
  bool title = false;                // an event of the title (already final)
  // References the document pass resolves.
  bool refers_to_operation = false;  // "the operation", "this operation" in its clause
  int places_referred = 0;           // "five cities": the number of places referred to
  int story = -1;
  bool dropped = false;
};

// An earlier mention of an operation the document pass can draw on: a
// sentence listing places, an operation noun with its agent, or a coded
// material-conflict event with a known source.
struct Anchor {
  uint32_t sentence = 0;
  std::vector<const Place*> places;  // resolved places of the mention
  std::optional<Role> source;        // who carried the operation out
  std::string type;                  // the event type, "" for an operation noun
};

// State the sentence coder keeps across the sentences of one document.
struct DocState {
  std::string date;                  // article date (ISO) or ""
  std::string context_country;       // ISO3: most of the article's places and actors
  std::vector<const Discard*> story_discards;  // story-scope discards found in the story
  std::vector<Mention> mentions;     // in text order
  std::vector<Anchor> anchors;       // in text order
};

// Codes one sentence: appends its candidate events to *out and its actor
// mentions and anchors to *state. `lang` is "en" or "es".
void CodeSentence(const EventCoder& coder, const Document& doc, uint32_t sentence,
                  std::string_view lang, DocState* state, std::vector<Candidate>* out);

// The document pass: fills roles and places from earlier mentions of the
// same operation, groups events of one real event into stories (and fills
// each one's unknown parts from earlier members), drops events without a
// known actor, and writes confidences and ids. Title events in `existing`
// (already in doc.events) take part in story grouping.
void DocumentPass(const EventCoder& coder, Document& doc, DocState* state,
                  std::vector<Candidate>* candidates);

// Confidence of a candidate (codebook section 11).
float Confidence(const Candidate& c);

}  // namespace strabo::events::internal

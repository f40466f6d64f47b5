// Coding one sentence: triggers, frames, actors, status, speaker, count,
// place and date (doc/codebook.md, sections 1-10), then the sentence-level
// rules: contents folded into verbal events, conversions by status,
// triggers of one act merged.
#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <set>
#include <string>

#include "events/coder_internal.h"
#include "events/count.h"
#include "events/parse_view.h"
#include "events/plover.h"
#include "events/word_key.h"
#include "strabo/times.h"

namespace strabo::events::internal {
namespace {

// Closed-class words the frames need. They are grammar, not lexicon: the
// prepositions that introduce a passive agent or a place, personal pronouns.
bool IsAgentPrep(std::string_view lang, std::string_view key) {
  return lang == "es" ? key == "por" : key == "by";
}

bool IsLocativePrep(std::string_view lang, std::string_view key) {
  static constexpr std::string_view kEn[] = {"in", "at", "near", "outside", "inside", "around",
                                             "across", "throughout", "on", "off", "within"};
  static constexpr std::string_view kEs[] = {"en", "cerca", "junto", "frente", "dentro",
                                             "fuera", "alrededor", "afueras"};
  if (lang == "es") return std::find(std::begin(kEs), std::end(kEs), key) != std::end(kEs);
  return std::find(std::begin(kEn), std::end(kEn), key) != std::end(kEn);
}

// The prepositions of an instrument ("beat protesters with batons").
bool IsInstrumentPrep(std::string_view lang, std::string_view key) {
  return lang == "es" ? key == "con" : key == "with";
}

// A reciprocal act: its frame names the partner with "with", "con",
// "between" or "entre" (meet, talk, sign, agree, cooperate, clash, fight).
// Two sides do it together; it is done to no one.
bool IsReciprocal(const TriggerEntry& e) {
  return std::any_of(e.frame.target.begin(), e.frame.target.end(), [](const Slot& slot) {
    return (slot.kind == Slot::Kind::kObl || slot.kind == Slot::Kind::kNmod) &&
           (slot.prep == "with" || slot.prep == "con" || slot.prep == "between" ||
            slot.prep == "entre");
  });
}

enum class PronounKind { kNone, kHumanSingular, kPlural, kThing };

PronounKind Pronoun(std::string_view lang, std::string_view key) {
  if (lang == "es") {
    if (key == "el" || key == "ella") return PronounKind::kHumanSingular;
    if (key == "ellos" || key == "ellas") return PronounKind::kPlural;
    return PronounKind::kNone;
  }
  if (key == "he" || key == "him" || key == "his" || key == "himself" || key == "she" ||
      key == "her" || key == "herself")
    return PronounKind::kHumanSingular;
  if (key == "they" || key == "them" || key == "their" || key == "themselves" || key == "those")
    return PronounKind::kPlural;
  if (key == "it" || key == "its" || key == "itself") return PronounKind::kThing;
  return PronounKind::kNone;
}

// Status precedence (codebook 5): negated > called-for > planned > attempted
// > hypothetical > aggregate > asserted.
int Rank(Cue cue) {
  switch (cue) {
    case Cue::kNegated: return 6;
    case Cue::kCalledFor: return 5;
    case Cue::kPlanned: return 4;
    case Cue::kAttempted: return 3;
    case Cue::kHypothetical: return 2;
    case Cue::kAggregate: return 1;
    default: return 0;
  }
}

struct StatusInfo {
  int rank = 0;
  Cue cue = Cue::kReport;  // meaningful when rank > 0
  bool from_course = false;  // the winning cue modifies the verb of a noun trigger's course
  bool willing = false;      // a hypothetical cue other than a condition ("would", "could")
  // `condition`: the cue is a condition on the clause ("if", "unless"), which
  // says the act may happen, not that its source is willing to do it.
  void Consider(Cue c, bool condition = false) {
    if (c == Cue::kHypothetical && !condition) willing = true;
    if (Rank(c) > rank) {
      rank = Rank(c);
      cue = c;
    }
  }
  // Hypothetical by a condition alone: "for when (and if) the member states
  // strike an agreement" is no offer of the member states.
  bool ConditionOnly() const { return rank == Rank(Cue::kHypothetical) && !willing; }
};

// A light verb the noun trigger depends on ("carried out an attack",
// "is receiving praise", "fue objeto de un ataque").
struct Light {
  int verb = -1;
  bool receiving = false;     // light-passive: its subject is the target
  bool noun_subject = false;  // the noun is the verb's passive subject ("a curfew was imposed")
};

bool IsMaterialConflict(std::string_view type) { return PloverQuad(type) == 4; }

// The same coded actor: the codes a record carries (country, sector, name),
// whatever the text. Conjuncts coded alike are one actor (codebook 6.1).
bool SameCodes(const Actor& a, const Actor& b) {
  return a.country == b.country && a.sector == b.sector && a.name == b.name;
}

class SentenceCoder {
 public:
  SentenceCoder(const EventCoder& coder, const Document& doc, uint32_t index,
                std::string_view lang, DocState* state)
      : coder_(coder),
        lex_(coder.lexicon()),
        doc_(doc),
        index_(index),
        lang_(lang),
        v_(doc, doc.sentences[index], lang),
        triggers_(*lex_.triggers(lang)),
        cues_(*lex_.cues(lang)),
        classes_(*lex_.classes(lang)),
        actors_(lex_.actors()),
        state_(state) {}

  void Run(std::vector<Candidate>* out);

 private:
  // ---- syntax
  int Subject(int v, int depth = 0) const;
  int Agent(int v) const;
  int Object(int v) const;
  // Whether sentence token `k` is inside a time expression.
  bool InTime(int k) const;
  int PassiveObject(int v) const;
  // `done_to_people`: the sense is an act done to people (COERCE, ASSAULT),
  // for which a headline's bare plural subject naming people reads as its target.
  int ReducedPassiveSubject(int v, bool intransitive, bool done_to_people) const;
  // Whether nominal h is the sentence's first word, a bare plural (no
  // determiner, number, modifier phrase, conjunct or apposition): a
  // headline's subject.
  bool BarePluralOpening(int h) const;
  int ControllerObject(int p, int except) const;
  Light FindLight(int t) const;
  bool CueAt(int token, CueScope scope, Cue* cue, bool report = false) const;
  // Whether the case word of f, an oblique of p, directly follows p and is a
  // word of a pattern cue of p ("off" of "call off").
  bool PatternParticleCase(int p, int f) const;
  std::vector<const CueEntry*> CuesOf(int token) const;
  int ClauseVerb(int t, const Light& light) const;

  // ---- roles
  std::vector<int> SlotHeads(const Slot& slot, int t, bool verb, bool pronominal,
                             bool intransitive, bool done_to_people, const Light& light,
                             bool source, const std::vector<int>& covered) const;
  Role CodeRole(int h, bool conjuncts = true) const;
  std::vector<std::pair<int, int>> SettingRanges(int head, int first, int end) const;
  const Place* PlaceOver(int first, int end) const;
  int ThroughQuantity(int h) const;
  int VerbOfObjectPhrase(int t) const;
  std::vector<std::pair<Role, int>> ConjunctRoles(const Role& role, int h) const;
  std::vector<std::pair<Role, int>> NestedConjunctRoles(const Role& role, int h) const;
  // The role of pronoun `h` that names no antecedent: the pronoun's own text, no actor.
  Role UnresolvedPronoun(int h) const;
  // The role of pronoun `h` standing for mention `m`.
  Role FromMention(const Mention& m, int pronoun) const;
  // The mention pronoun `h` stands for, or null; never one coded as an actor
  // of `other_side` (the other role of the pronoun's own act).
  const Mention* ResolvePronoun(int h, PronounKind kind,
                                const std::vector<Actor>& other_side = {}) const;
  Role Speaker(int t, const Light& light) const;
  bool InClass(int h, std::string_view cls) const;

  // ---- constraints
  bool SetForALaterDay(const EventDate& date, int t, const Light& light) const;
  bool Holds(const TriggerEntry& e, int t, const Light& light, const Role& src, int src_head,
             const Role& tgt, int tgt_head, const std::vector<int>& covered) const;
  std::vector<std::string> DepKeys(int t, const Light& light) const;

  // ---- the rest of the event
  // The status cues of trigger t (codebook 5); `protest`: the event is a
  // PROTEST, which as the purpose of its own clause is not merely intended.
  StatusInfo DecideStatus(int t, const Light& light, bool protest, int* report_verb) const;
  // Whether verb `t` is a simple present in a relative clause on a bare
  // plural ("bloggers who praise China"): a kind of people, no act.
  bool GenericRelative(int t) const;
  // Whether verb `t` is in the clause a question mark ends.
  bool InQuestion(int t) const;
  // Whether `t` is the predicate a wh-word before it asks about ("Who
  // attacked?", "Why did police arrest him?"), which the question presupposes.
  bool AsksWhoOrWhy(int t) const;
  void CountFor(int h, Candidate* c) const;
  std::vector<const Place*> PlacesOf(int t, const Light& light) const;
  std::vector<const Place*> PlacesIn(int first, int end) const;
  // The places anywhere in the clause headed by `clause` (its arguments'
  // modifiers and relative clauses included, its conjuncts not), in text
  // order, less a country inside c's source or target phrase (codebook 9).
  // `destination`: a place moved to counts ("deployed reinforcements to
  // Tillaberi"), as for a mobilisation.
  std::vector<const Place*> PlacesInClause(int clause, const Candidate& c, bool destination) const;
  void NoteReferences(int t, const Light& light, Candidate* c) const;

  // ---- sentence-level rules
  void CollectMentions();
  void CollectAnchors(const std::vector<Candidate>& found);
  void FoldContents(std::vector<Candidate>* found) const;
  void Convert(Candidate* c) const;
  void Recode(Event* e, std::string_view type, std::string_view cameo) const;
  bool ConvertToThreat(Candidate* c) const;
  bool Unless(const Candidate& c) const;
  // Whether trigger t is introduced as the time of something else: "during
  // the arrest", "tras la detención".
  bool TimeFrame(int t) const;
  // The PER entity whose span holds token h's word, or nullptr.
  const Entity* PersonOver(int h) const;
  void Merge(std::vector<Candidate>* found) const;
  void DropMotives(std::vector<Candidate>* found) const;
  void DropTopics(std::vector<Candidate>* found) const;
  Candidate* CoordinatedMotive(std::vector<Candidate>* found, const Candidate& adjunct,
                               const std::function<bool(const Candidate&)>& is_act) const;
  void AddContentRequests(std::vector<Candidate>* found) const;
  int MotiveOf(int t, bool gerund) const;
  int AttackAround(int t) const;
  Candidate* ActServed(std::vector<Candidate>* found, const Candidate& adjunct, bool gerund,
                       const std::function<bool(const Candidate&)>& is_act) const;
  int ContentHead(int t) const;

  const EventCoder& coder_;
  const EventLexicon& lex_;
  const Document& doc_;
  uint32_t index_;
  std::string lang_;
  ParseView v_;
  const TriggerLexicon& triggers_;
  const CueLexicon& cues_;
  const WordClasses& classes_;
  const ActorLexicon& actors_;
  DocState* state_;
  std::vector<ActorPiece> pieces_;
  size_t first_mention_ = 0;  // this sentence's mentions start here in state_->mentions
};

// ---------------------------------------------------------------- syntax

int SentenceCoder::Agent(int v) const {
  for (int c : v_.children(v)) {
    if (v_.rel(c) == "obl:agent") return c;
    if (v_.Base(c) == "obl")
      for (int k : v_.children(c))
        if (v_.Base(k) == "case" && IsAgentPrep(lang_, v_.Key(k))) return c;
  }
  // A participle modifier's agent may be attached to the noun ("men arrested by police").
  return -1;
}

bool SentenceCoder::InTime(int k) const { return v_.InTime(k); }

int SentenceCoder::Object(int v) const {
  // A time the parser took for the object ("detuvo a Pinochet la noche del
  // viernes") is no object: the "a" phrase below is.
  for (int c : v_.children(v))
    if (v_.Base(c) == "obj" && !InTime(c))
      return v_.Referent(c);
  const int shared = v_.SharedObject(v);
  if (shared >= 0 && !InTime(shared)) return v_.Referent(shared);
  if (lang_ == "es") {
    // Spanish objects with "a" often come out as obl or iobj: "detuvo a cinco".
    for (int c : v_.children(v)) {
      const std::string_view b = v_.Base(c);
      if ((b == "obl" || b == "iobj") && v_.HasCase(c, "a") && v_.IsNominal(c) &&
          v_.tok(c).upos != Upos::kPron)
        return c;
    }
  }
  return -1;
}

int SentenceCoder::PassiveObject(int v) const {
  for (int c : v_.children(v))
    if (v_.rel(c) == "nsubj:pass") {
      const int a = v_.Antecedent(c);
      if (a >= 0) return a;
      // A clause has one subject: a pronoun subject with a plain subject
      // before it is a relative the parser did not hang on its noun ("The
      // student, who was arrested last week, remains in custody", parsed
      // with "student" as the subject of "arrested").
      if (v_.tok(c).upos == Upos::kPron)
        for (int noun : v_.children(v))
          if (v_.rel(noun) == "nsubj" && noun < c && v_.IsNominal(noun)) return noun;
      return c;
    }
  if (v_.IsParticipleModifier(v)) return v_.head(v);
  // "Jakarta has seen hundreds of students arrested", "got him arrested": a
  // passive participle complement's patient is the object of the verb it
  // complements.
  // Without one, the complemented verb's subject is the patient: "two
  // journalists remain detained", "permanecen secuestrados".
  if (v_.Base(v) == "xcomp" && v_.Feat(v, "VerbForm") == "Part" && v_.head(v) >= 0) {
    const int o = ControllerObject(v_.head(v), v);
    if (o >= 0) return o;
    if (v_.IsVerbal(v_.head(v)) && v_.Child(v, "mark") < 0)
      for (int c : v_.children(v_.head(v)))
        if (v_.rel(c) == "nsubj")
          return v_.Referent(c);
  }
  // A conjoined passive participle with no subject of its own shares its
  // first conjunct's: "Protesters were beaten and arrested by police".
  if (v_.Base(v) == "conj" && v_.Child(v, "nsubj") < 0 && v_.Child(v, "nsubj:pass") < 0) {
    const int f = v_.FirstConjunct(v);
    if (f != v && (v_.IsPassive(f) || v_.Child(f, "cop") >= 0))
      for (int c : v_.children(f))
        if (v_.Base(c) == "nsubj")
          return v_.Referent(c);
  }
  return Object(v);
}

// Headlines and tagger slips turn a reduced passive into a finite verb: "Five
// men arrested in Kenitra", "cities have seen men aged between 20 and 45
// arrested" (parsed with "men" as the subject of "arrested"). An English
// active past form of a transitive sense with no object (of its own or shared
// with a coordinated verb: Object; "Men in uniform shot and wounded a farmer"
// is active), no complement and no auxiliary, whose subject names people in general (class GENERIC: "men",
// "people"), is read as a passive: that subject underwent the act. So is one
// whose subject opens the sentence as a bare plural naming people ("Looters
// arrested in Johannesburg, police say", "Journalists detained in Minsk")
// when the act is done to people (a headline; "Ministers met in Brussels" is
// a meeting, and "Rebels attacked at dawn" takes the intransitive sense
// first). Returns the subject's head, or -1 when the verb reads as active.
int SentenceCoder::ReducedPassiveSubject(int v, bool intransitive, bool done_to_people) const {
  if (lang_ != "en" || intransitive || v_.IsPassive(v) || v_.Feat(v, "Tense") != "Past") return -1;
  if (Object(v) >= 0 || v_.Child(v, "ccomp") >= 0 || v_.Child(v, "xcomp") >= 0 ||
      v_.Child(v, "aux") >= 0)
    return -1;
  // Gapping after a passive: "Six people were killed and 30 arrested", the
  // second clause's subject hung by the parser on the conjunction.
  if (v_.Base(v) == "conj" && v_.Child(v, "nsubj") < 0 && v_.IsPassive(v_.FirstConjunct(v))) {
    for (int c : v_.children(v))
      if (v_.Base(c) == "cc")
        for (int g : v_.children(c))
          if (v_.IsNominal(g) && g < v) return g;
  }
  const int s = v_.Child(v, "nsubj");
  if (s < 0) return -1;
  const int h = ThroughQuantity(s);
  // A bare number names people too: the headlines "Five arrested after
  // clashes", "Eleven arrested" ("Eleven" may be tagged a proper noun).
  if (v_.children(h).empty() && (v_.IsNumber(h) || NumberValue(lang_, {v_.Text(h)}).has_value()))
    return s;
  const Role r = CodeRole(h);
  if (r.generic && r.human) return s;
  return done_to_people && r.human && BarePluralOpening(h) ? s : -1;
}

bool SentenceCoder::BarePluralOpening(int h) const {
  if (h != 0 || v_.tok(h).upos == Upos::kPron) return false;
  // Tagged a singular proper noun when it opens the sentence ("Looters").
  const std::string_view text = v_.Text(h);
  if (v_.Feat(h, "Number") != "Plur" && (text.empty() || text.back() != 's')) return false;
  for (int c : v_.children(h)) {
    const std::string_view b = v_.Base(c);
    if (b == "det" || b == "nummod" || b == "nmod" || b == "conj" || b == "appos") return false;
  }
  return true;
}

// An English "in"/"under" phrase the parser hung on a verb's object where the
// verb puts someone somewhere: "remanded the four suspects in custody".
// Returns that verb, or -1. Which verbs put someone there is the trigger's
// `gov=` constraint.
int SentenceCoder::VerbOfObjectPhrase(int t) const {
  if (lang_ != "en" || v_.Base(t) != "nmod" || !(v_.HasCase(t, "in") || v_.HasCase(t, "under")))
    return -1;
  const int o = v_.head(t);
  if (o < 0 || v_.Base(o) != "obj") return -1;
  const int w = v_.head(o);
  return w >= 0 && v_.IsVerbal(w) ? w : -1;
}

// The object that controls an infinitive complement: "urged Russia to withdraw".
int SentenceCoder::ControllerObject(int p, int except) const {
  for (int c : v_.children(p)) {
    if (c == except) continue;
    const std::string_view b = v_.Base(c);
    if (b == "obj" || b == "iobj") return c;
    if (lang_ == "es" && b == "obl" && v_.HasCase(c, "a") && v_.IsNominal(c) && c < except)
      return c;
  }
  return -1;
}

int SentenceCoder::Subject(int v, int depth) const {
  if (v < 0 || depth > 6) return -1;
  if (v_.IsPassive(v)) return Agent(v);
  for (int c : v_.children(v)) {
    if (v_.rel(c) == "nsubj" || v_.rel(c) == "nsubj:outer")
      return v_.Referent(c);
  }
  // "Syria says it is willing to withdraw its troops": the parser reads the
  // "it" of an adjective of intention (a cue over an infinitive: ready,
  // willing, prepared) as an expletive. Such an adjective takes no
  // expletive, so "it" is its subject.
  if (v_.tok(v).upos == Upos::kAdj) {
    Cue intention;
    const int it = v_.Child(v, "expl");
    if (it >= 0 && v_.Child(v, "xcomp") >= 0 && CueAt(v, CueScope::kXcomp, &intention)) return it;
  }
  const int p = v_.head(v);
  if (p < 0) return -1;
  const std::string_view b = v_.Base(v);
  // A verb with a possessor ("confirmed al-Rufay'i's killing") is a gerund
  // the parser took for a clause: a noun, which shares no subject with the
  // clause around it (the possessor is whose act or fate it is).
  if (v_.Child(v, "nmod:poss") >= 0) return -1;
  // A Spanish bare participle conjoined to a finite verb describes someone
  // ("manifestó su preocupación por ... 400 guerrilleros, encarcelados en
  // Perú"): it shares no subject with that verb.
  if (b == "conj" && lang_ == "es" && v_.Feat(v, "VerbForm") == "Part" && v_.Child(v, "aux") < 0 &&
      v_.Child(v, "aux:pass") < 0 && v_.Feat(v_.FirstConjunct(v), "VerbForm") == "Fin")
    return -1;
  if (b == "conj") return Subject(v_.FirstConjunct(v), depth + 1);
  if (b == "xcomp") {
    const int o = ControllerObject(p, v);
    return o >= 0 ? o : Subject(p, depth + 1);
  }
  if (b == "advcl") return v_.IsVerbal(p) ? Subject(p, depth + 1) : -1;
  // Spanish drops subjects: "Los agricultores dijeron que bloquearán las
  // carreteras". A finite complement clause with no subject of its own whose
  // person and number are those of the governing verb shares its subject;
  // "la policía dijo que detuvieron a cinco" (singular, plural) does not.
  if (b == "ccomp" && lang_ == "es" && v_.IsVerbal(p) && v_.Feat(v, "VerbForm") == "Fin" &&
      v_.Child(v, "expl:pass") < 0 && v_.ReflexiveClitic(v) < 0 &&
      !v_.Feat(v, "Number").empty() && v_.Feat(v, "Number") == v_.Feat(p, "Number") &&
      v_.Feat(v, "Person") == v_.Feat(p, "Person"))
    return Subject(p, depth + 1);
  // A Spanish relative clause whose "que" is marked as a subordinator (UD
  // Spanish GSD: "los estudiantes que ocupaban la universidad", que = mark)
  // has no subject of its own: the noun it modifies is its subject, when the
  // verb agrees with it in number ("las armas que encontraron" leaves a
  // plural verb with a plural noun: its object, read as the subject; such a
  // verb is rarely a trigger with a human target).
  if (v_.rel(v) == "acl:relcl" && lang_ == "es" && v_.Feat(v, "VerbForm") == "Fin") {
    const int mark = v_.Child(v, "mark");
    if (mark >= 0 && v_.HasKey(mark, "que") && v_.Child(v, "expl:pass") < 0 &&
        (v_.Feat(p, "Number").empty() || v_.Feat(p, "Number") == v_.Feat(v, "Number")))
      return p;
  }
  if (b == "acl" && v_.rel(v) != "acl:relcl") {
    // A finite verb hung on a noun, with no subject or marker of its own, is
    // the main clause the parser missed: "A group of 200 workers protested
    // outside the ministry" (protested as acl of workers). The noun is its
    // subject.
    if (v_.Feat(v, "VerbForm") == "Fin" && v_.Child(v, "mark") < 0 && v_.Child(v, "nsubj") < 0)
      return p;
    // "the gunmen attacking the convoy": the noun is the agent.
    // "Militants attacked the post" misparsed as a noun with a participle
    // modifier that has an object: the noun is the agent too. Not through a
    // preposition: in "her role in rioting" the role does not riot.
    if ((v_.Feat(v, "VerbForm") == "Ger" && v_.Child(v, "mark") < 0) ||
        (v_.Feat(v, "VerbForm") == "Part" && v_.Feat(v, "Tense") == "Pres") ||
        (v_.Feat(v, "VerbForm") == "Part" && v_.HasDirectObject(v)))
      return p;
    // "efforts to dismantle the cells": the noun's possessor, else its clause's subject.
    for (int c : v_.children(p))
      if (v_.rel(c) == "nmod:poss") return c;
    // "they were in the midst of preparing an attack": the subject of the
    // copular predicate the noun heads.
    if (v_.Child(p, "cop") >= 0) {
      const int s = v_.Child(p, "nsubj");
      if (s >= 0) return v_.Referent(s);
    }
    const int g = v_.GoverningHead(p);
    if (g >= 0 && v_.IsVerbal(g)) return Subject(g, depth + 1);
  }
  return -1;
}

std::vector<const CueEntry*> SentenceCoder::CuesOf(int token) const {
  std::vector<const CueEntry*> out;
  if (token < 0) return out;
  std::vector<size_t> covered;
  for (const std::string& key : v_.Keys(token)) {
    for (const CueEntry* e : cues_.Lookup(key, v_.tok(token).upos)) {
      if (std::find(out.begin(), out.end(), e) != out.end()) continue;
      if (!e->pattern.empty()) {
        size_t head = 0;
        while (head < e->pattern.size() && e->pattern[head] != e->lemma) ++head;
        if (head == e->pattern.size()) continue;
        if (!MatchKeyPattern(e->pattern, head, v_.AllKeys(), static_cast<size_t>(token),
                             &covered))
          continue;
      }
      out.push_back(e);
    }
  }
  return out;
}

bool SentenceCoder::PatternParticleCase(int p, int f) const {
  for (int c : v_.children(f)) {
    if (v_.Base(c) != "case" || c != p + 1) continue;
    for (const CueEntry* e : CuesOf(p))
      if (std::find(e->pattern.begin(), e->pattern.end(), v_.Key(c)) != e->pattern.end())
        return true;
  }
  return false;
}

bool SentenceCoder::CueAt(int token, CueScope scope, Cue* cue, bool report) const {
  for (const CueEntry* e : CuesOf(token)) {
    if (e->scope != scope) continue;
    const bool is_report = e->cue == Cue::kReport;
    if (is_report != report) continue;
    if (e->cue == Cue::kLight || e->cue == Cue::kLightPassive) continue;
    *cue = e->cue;
    return true;
  }
  return false;
}

Light SentenceCoder::FindLight(int t) const {
  Light light;
  const int f = v_.FirstConjunct(t);
  const int h = v_.head(f);
  if (h < 0) return light;
  const std::string_view r = v_.rel(f);
  const bool object = v_.Base(f) == "obj" || r == "nsubj:pass";
  const bool noun_complement = v_.Base(f) == "nmod" || v_.Base(f) == "obl";
  for (const CueEntry* e : CuesOf(h)) {
    if (e->cue != Cue::kLight && e->cue != Cue::kLightPassive) continue;
    // A verb with a particle is another verb ("called off a strike" is no
    // "called a strike"); a phrasal light verb has its pattern ("carry out").
    if (e->pattern.empty() && v_.Child(h, "compound:prt") >= 0) continue;
    const bool noun_cue = v_.tok(h).upos == Upos::kNoun;  // "ser objeto de"
    // A cue of scope obl takes the trigger as an oblique ("died in an
    // attack"); the others as their object.
    if (e->scope == CueScope::kObl) {
      if (v_.Base(f) != "obl") continue;
    } else if (!object && !(noun_cue && noun_complement)) {
      continue;
    }
    light.verb = h;
    light.receiving = e->cue == Cue::kLightPassive;
    light.noun_subject = r == "nsubj:pass";
    return light;
  }
  return light;
}

// The verb whose clause the trigger belongs to: the trigger itself for a
// verb; for a noun, its light verb or the verb it depends on.
int SentenceCoder::ClauseVerb(int t, const Light& light) const {
  if (v_.IsVerbal(t)) return t;
  if (light.verb >= 0) return light.verb;
  const int g = v_.GoverningHead(t);
  return g >= 0 && v_.IsVerbal(g) ? g : t;
}

bool SentenceCoder::InClass(int h, std::string_view cls) const {
  return h >= 0 && classes_.HasClass(cls) && classes_.ContainsAny(cls, v_.Keys(h));
}

// ---------------------------------------------------------------- roles

// `pronominal`: the sense is a pronominal verb (constraint refl: "se
// manifestaron"), so its clitic does not make a reflexive passive.
std::vector<int> SentenceCoder::SlotHeads(const Slot& slot, int t, bool verb, bool pronominal,
                                          bool intransitive, bool done_to_people,
                                          const Light& light, bool source,
                                          const std::vector<int>& covered) const {
  using K = Slot::Kind;
  std::vector<int> out;
  auto add = [&](int h) {
    if (h < 0) return;
    // Read through a quantity unless only the whole phrase is known:
    // "Scores of chicken sellers in Cameroon's capital" (the place hangs on
    // "Scores").
    if (const int through = ThroughQuantity(h);
        through != h && (CodeRole(through).known || !CodeRole(h).known))
      h = through;
    if (std::find(covered.begin(), covered.end(), h) != covered.end()) return;
    if (std::find(out.begin(), out.end(), h) == out.end()) out.push_back(h);
  };
  // A particle of the trigger's own pattern read as a preposition ("The union
  // called off the strike": "off the strike" an oblique, "called" a reduced
  // relative on "union"): the oblique is the object and the verb is active.
  // Only adverbial particles: the "with" of "charged with" is a preposition.
  auto particle = [&](int k) {
    static constexpr std::string_view kParticles[] = {"off", "up", "out", "down", "away", "back"};
    for (std::string_view p : kParticles)
      if (v_.HasKey(k, p)) return true;
    return false;
  };
  int particle_object = -1;
  if (verb && lang_ == "en" && v_.Child(t, "obj") < 0)
    for (int c : v_.Children(t, "obl"))
      for (int k : v_.children(c))
        if (v_.Base(k) == "case" && k == t + 1 && particle(k) &&
            std::find(covered.begin(), covered.end(), k) != covered.end())
          particle_object = c;
  const int reduced =
      verb && particle_object < 0 ? ReducedPassiveSubject(t, intransitive, done_to_people) : -1;
  const bool passive = verb && particle_object < 0 && (v_.IsPassive(t) || reduced >= 0);
  // A clitic the parser marks expl:pv (or compound:prt) belongs to a
  // pronominal verb ("la policía se incautó de armas"), not a reflexive
  // passive; but UD Spanish GSD, and so the parser, marks every "se"
  // expl:pv, so "se" before a verb whose subject (its own or the one it
  // shares) is absent or follows it ("se incautaron armas", "se detuvo a
  // cinco personas") is a reflexive passive all the same, unless the sense
  // is pronominal.
  const int clitic = verb && lang_ == "es" ? v_.ReflexiveClitic(t) : -1;
  bool se_passive = clitic >= 0 && v_.rel(clitic) != "expl:pv" && v_.rel(clitic) != "compound:prt";
  if (clitic >= 0 && v_.rel(clitic) == "expl:pv" && v_.HasKey(clitic, "se") && clitic < t) {
    // Its own subject or a shared one ("detuvo a once yihadistas y se
    // incautó de armas": the police's).
    const int subject = Subject(t);
    se_passive = subject < 0 || subject > t;
  }
  const bool refl_passive = !pronominal && se_passive;
  switch (slot.kind) {
    case K::kSubj:
      if (verb && intransitive && v_.IsParticipleModifier(t) && v_.Child(t, "obl:agent") < 0) {
        // An intransitive sense has no passive participle: "Hundreds of
        // students protested in Santiago", parsed as students that were
        // protested, is the students protesting. The noun must name people,
        // or an explosive: "a car bomb exploded at a busy market".
        const Role r = CodeRole(v_.head(t));
        if (r.known || r.human || r.protester || InClass(v_.head(t), "EXPLOSIVE"))
          add(v_.head(t));
      } else if (verb && intransitive && v_.Child(t, "nsubj:pass") >= 0 &&
                 v_.Child(t, "aux:pass") < 0 && v_.Child(t, "obl:agent") < 0) {
        // Nor a passive subject: "around 300 teachers demonstrated in front
        // of the Ministry", parsed with the teachers a passive subject and no
        // passive auxiliary, is the teachers demonstrating. As above, the
        // subject must name people or an explosive.
        const int s = v_.Child(t, "nsubj:pass");
        const Role r = CodeRole(s);
        if (r.known || r.human || r.protester || InClass(s, "EXPLOSIVE")) add(s);
      } else if (verb && particle_object >= 0 && v_.IsParticipleModifier(t)) {
        add(v_.head(t));
      } else if (verb && v_.Child(t, "obl:agent") >= 0 && v_.Child(t, "nsubj") < 0 &&
                 v_.Feat(t, "VerbForm") != "Inf") {
        // A verb with a "by" agent and no subject of its own is a gerund the
        // parser read as a verb ("lost their lives in Tuesday's train
        // hijacking by armed militants") or a participle it read as finite
        // ("a report, released this month by the OECD"). Its agent is its
        // source, never the subject of the clause it hangs in (the victims).
        // An infinitive's "by" phrase may be its object's ("to demand
        // reforms by the government").
        add(Agent(t));
      } else if (verb) {
        if ((refl_passive && !passive) || reduced >= 0) {
          // "se detuvo a cinco personas": no source but a "por" agent.
          add(Agent(t));
        } else {
          add(Subject(t));
        }
      } else {
        // A predicate noun's subject: "Morocco is a very important partner".
        int f = v_.FirstConjunct(t);
        for (int c : v_.children(f))
          if (v_.Base(c) == "nsubj") add(v_.Referent(c));
      }
      break;
    case K::kObj:
      if (!verb) break;
      if (particle_object >= 0) {
        add(particle_object);
      } else if (reduced >= 0) {
        add(reduced);
      } else if (passive) {
        add(PassiveObject(t));
      } else if (refl_passive) {
        for (int c : v_.children(t))
          if (v_.Base(c) == "nsubj" && v_.tok(c).upos != Upos::kPron) add(c);
        add(Object(t));
      } else {
        add(Object(t));
      }
      break;
    case K::kIobj:
      if (verb) add(v_.Child(t, "iobj"));
      break;
    case K::kObl: {
      // Whether phrase c names a state or an organisation (not people in general).
      auto names_party = [&](int c) {
        const Role r = CodeRole(c);
        return r.known && !r.generic && !r.from_context &&
               (!r.actor.country.empty() || !r.actor.name.empty());
      };
      // "V something for X" is ambiguous between X's benefit and the
      // object's purpose, wherever the parser hangs "for X": "providing food
      // for her children" names no recipient, "provided weapons for Ukraine"
      // does.
      const int obj = verb && !passive ? v_.Child(t, "obj") : -1;
      const bool benefactive = slot.prep == "for";
      for (int c : v_.children(t))
        if ((v_.Base(c) == "obl" || (!verb && v_.Base(c) == "nmod")) &&
            v_.HasCase(c, slot.prep) && !(obj >= 0 && benefactive && !names_party(c)))
          add(c);
      // The mirror of the kNmod rule below: a verb's oblique is often hung
      // on its object ("halted aid to Serbia", "suspendió la ayuda a
      // Honduras", "signed an accord with Iran"). Not for "of"/"de", which
      // name the object's own parts or owners. The attachment is ambiguous,
      // so only a phrase naming a state or an organisation is read as the
      // verb's: "providing food for her children" stays the food's.
      // When the object is a word of the trigger itself ("opened fire on
      // protesters", "fire" hung with "on protesters") or what is fired or
      // thrown ("fired tear gas at students", "fired rockets at the town",
      // "threw stones at police", "fired shots at protesters": a weapon, a
      // missile or a shot is aimed, it has no party of its own), the phrase
      // can only be the verb's, whoever it names.
      const bool object_in_trigger =
          obj >= 0 &&
          (std::find(covered.begin(), covered.end(), obj) != covered.end() ||
           InClass(obj, "CROWDCONTROL") || InClass(obj, "MUNITION") || InClass(obj, "EXPLOSIVE") ||
           InClass(obj, "WEAPON") || InClass(obj, "MISSILETHROWN") || InClass(obj, "SHOT"));
      if (obj >= 0 && out.empty() && slot.prep != "of" && slot.prep != "de")
        for (int c : v_.children(obj))
          if (v_.Base(c) == "nmod" && v_.rel(c) != "nmod:poss" && v_.HasCase(c, slot.prep) &&
              (object_in_trigger || names_party(c)))
            add(c);
      break;
    }
    case K::kNmod: {
      for (int c : v_.children(t))
        if (v_.Base(c) == "nmod" && v_.rel(c) != "nmod:poss" && v_.HasCase(c, slot.prep)) add(c);
      // The parser often attaches the noun's complement to the verb: "is
      // receiving praise from NATO". Not the agent of a passive verb whose
      // subject the noun is: "the arrest of the journalist was reported by
      // local media" (the media reported it, they did not arrest anyone).
      const int g = light.verb >= 0 ? light.verb : v_.GoverningHead(t);
      const bool verbs_agent = light.verb < 0 && v_.rel(v_.FirstConjunct(t)) == "nsubj:pass";
      if (out.empty() && g >= 0 && slot.prep != "of" && slot.prep != "de")
        for (int c : v_.children(g))
          if (v_.Base(c) == "obl" && v_.HasCase(c, slot.prep) && c > t &&
              !(verbs_agent && (v_.rel(c) == "obl:agent" || IsAgentPrep(lang_, slot.prep))))
            add(c);
      // Or to the word that groups the acts, or to that word's verb:
      // "carried out a series of airstrikes against IS", "a wave of attacks
      // on police" (class ACTNOUN).
      const int group = v_.head(t);
      if (out.empty() && group >= 0 && v_.Base(t) == "nmod" &&
          (v_.HasCase(t, "of") || v_.HasCase(t, "de")) && InClass(group, "ACTNOUN") &&
          slot.prep != "of" && slot.prep != "de") {
        for (int c : v_.children(group))
          if (v_.Base(c) == "nmod" && v_.rel(c) != "nmod:poss" && v_.HasCase(c, slot.prep) && c > t)
            add(c);
        const int group_verb = v_.GoverningHead(group);
        if (out.empty() && group_verb >= 0 && v_.IsVerbal(group_verb))
          for (int c : v_.children(group_verb))
            if (v_.Base(c) == "obl" && v_.HasCase(c, slot.prep) && c > t) add(c);
      }
      break;
    }
    case K::kPoss: {
      // Spanish "su" could be anyone's: not read as an actor.
      for (int c : v_.children(t))
        if (v_.rel(c) == "nmod:poss") add(c);
      // A conjoined noun with no determiner or possessor of its own shares
      // the first conjunct's ("Lai's lengthy trial and unjust detention":
      // UD hangs a shared dependent on the first conjunct).
      const int first = v_.FirstConjunct(t);
      if (first != t && v_.Child(t, "nmod:poss") < 0 && v_.Child(t, "det") < 0 && !verb &&
          !v_.IsVerbal(first))
        for (int c : v_.children(first))
          if (v_.rel(c) == "nmod:poss") add(c);
      break;
    }
    case K::kCompound:
      // A modifier on its own is an actor only when the actor lexicons know
      // it ("police raid", "rebel attacks"); otherwise it tells the act's
      // kind or time ("the ensuing battle", "border clashes"), and the slot
      // stays empty rather than make that word an unknown actor.
      for (int c : v_.children(t))
        if (v_.Base(c) == "compound" && c < t &&
            (v_.tok(c).upos == Upos::kNoun || v_.tok(c).upos == Upos::kPropn) &&
            CodeRole(c).known)
          add(c);
      break;
    case K::kAmod:
      for (int c : v_.children(t))
        if (v_.Base(c) == "amod") {
          // An English adjective that gives only a sector describes the act
          // ("terrorist attacks", "military cooperation between Russia and
          // North Korea"); a country's ("Russian strikes") or, in Spanish,
          // a sector's ("custodia policial") names its actor.
          if (lang_ == "en" && v_.tok(c).upos == Upos::kAdj) {
            const Role r = CodeRole(c);
            if (r.actor.country.empty() && r.actor.name.empty()) continue;
          }
          for (const ActorPiece& p : pieces_)
            if (static_cast<int>(p.first) <= c && c < static_cast<int>(p.end)) add(c);
        }
      break;
    case K::kSelf:
      add(t);
      break;
    case K::kHead:
      if (light.verb >= 0) {
        if (light.receiving ? !source : source)
          add(light.noun_subject ? Agent(light.verb) : Subject(light.verb));
      }
      break;
    case K::kSpeaker:
      break;  // handled by the caller (Speaker)
  }
  return out;
}

const Mention* SentenceCoder::ResolvePronoun(int h, PronounKind kind,
                                             const std::vector<Actor>& other_side) const {
  const uint32_t at = v_.DocIndex(h);
  const auto& ms = state_->mentions;
  auto other = [&](const Mention& m) {
    return std::any_of(other_side.begin(), other_side.end(),
                       [&](const Actor& a) { return SameCodes(a, m.actor); });
  };
  // "The train was carrying 450 passengers when it came under attack": the
  // subject pronoun of an adverbial clause, whose main clause has a thing for
  // its subject, names that thing, no actor; an earlier actor ("Pakistan's
  // province") is not its antecedent. (A reported clause is left alone: in
  // "the group said it had killed", "it" is the speaker.)
  if (kind == PronounKind::kThing && v_.Base(h) == "nsubj") {
    int clause = v_.head(h);
    for (int step = 0; clause >= 0 && step < 3; ++step) {
      if (v_.Base(clause) != "advcl") break;
      clause = v_.head(clause);
      if (clause < 0) break;
      const int subject = v_.Child(clause, "nsubj");
      if (subject < 0 || subject > h) continue;
      if (v_.tok(subject).upos != Upos::kNoun || v_.Feat(subject, "Number") == "Plur" ||
          InClass(subject, "HUMAN"))
        continue;
      const uint32_t subject_at = v_.DocIndex(subject);
      const bool actor = std::any_of(ms.begin(), ms.end(),
                                     [&](const Mention& m) { return m.head == subject_at; });
      if (!actor) return nullptr;
      break;
    }
  }
  // A subject pronoun continues the topic: "Colomina ... stressed ... He did
  // so during his visit to the country presided over by Ajanuch ... He
  // added": the latest fitting subject first, then any fitting mention.
  if (v_.Base(h) == "nsubj")
    for (size_t k = ms.size(); k-- > 0;) {
      const Mention& m = ms[k];
      if (m.sentence + 2 < index_) break;
      if (m.head >= at || !m.subject || m.actor.span.Contains(v_.tok(h).span) || other(m))
        continue;
      if (kind == PronounKind::kHumanSingular && m.human && !m.plural) return &m;
      if (kind == PronounKind::kPlural && (m.plural || m.group)) return &m;
    }
  for (size_t k = ms.size(); k-- > 0;) {
    const Mention& m = ms[k];
    if (m.sentence + 2 < index_) break;
    const Span ms_span = m.actor.span;
    if (m.head >= at) continue;
    if (ms_span.Contains(v_.tok(h).span) || other(m)) continue;
    switch (kind) {
      case PronounKind::kHumanSingular:
        if (m.human && !m.plural) return &m;
        break;
      case PronounKind::kPlural:
        if (m.plural || m.group) return &m;
        break;
      case PronounKind::kThing:
        if (!m.human && !m.plural) return &m;
        break;
      case PronounKind::kNone:
        return nullptr;
    }
  }
  return nullptr;
}

Role SentenceCoder::UnresolvedPronoun(int h) const {
  const PronounKind kind = Pronoun(lang_, v_.Key(h));
  Role r;
  r.present = true;
  r.head = static_cast<int>(v_.DocIndex(h));
  r.pronoun = r.head;
  r.plural = v_.Feat(h, "Number") == "Plur";
  r.head_key = v_.Key(h);
  r.protester = InClass(h, "PROTESTER");
  r.actor.span = v_.tok(h).span;
  r.human = kind == PronounKind::kHumanSingular || kind == PronounKind::kPlural;
  return r;
}

Role SentenceCoder::FromMention(const Mention& m, int pronoun) const {
  Role r;
  r.present = true;
  r.known = true;
  r.from_context = true;
  r.actor = m.actor;
  r.head = static_cast<int>(m.head);
  r.head_key = WordKey(doc_.tokens[m.head].lemma.empty() ? doc_.tokens[m.head].form
                                                         : doc_.tokens[m.head].lemma);
  r.plural = m.plural;
  r.human = m.human;
  r.unconfirmed = m.unconfirmed;
  r.pronoun = static_cast<int>(v_.DocIndex(pronoun));
  return r;
}

// A quantity noun heading a role ("Hundreds of students", "miles de
// manifestantes", "a group of gunmen", "un grupo de encapuchados") says how
// many; its "of"/"de" complement says who (codebook 6.1). The complement is
// the role's head, so the actor, the class checks of the trigger's frame and
// the count ("a group of 30 students") are read from it; the role's text
// keeps the quantity. Chains are followed ("a group of hundreds of ...").
// A named group ("the Group of Seven") is a proper noun and not read through.
int SentenceCoder::ThroughQuantity(int h) const {
  for (int depth = 0; h >= 0 && depth < 3; ++depth) {
    const Upos u = v_.tok(h).upos;
    if ((u != Upos::kNoun && u != Upos::kNum && u != Upos::kPron) || !InClass(h, "QUANTITY"))
      break;
    int next = -1;
    for (int c : v_.children(h))
      if (c > h && v_.Base(c) == "nmod" && v_.rel(c) != "nmod:poss" &&
          v_.HasCase(c, lang_ == "es" ? "de" : "of") &&
          (v_.tok(c).upos == Upos::kNoun || v_.tok(c).upos == Upos::kPropn ||
           v_.tok(c).upos == Upos::kPron)) {
        next = c;
        break;
      }
    if (next < 0) break;
    h = next;
  }
  return h;
}

// The actors of a coordinated role, each with its head (codebook 6.1). The
// contract has one source and one target per event, so "Venezuela y Colombia
// firmaron" is one event per distinct actor: the known conjuncts, one per
// distinct country + sector + name, each with the text of its own conjunct.
// Conjuncts coded alike ("Police and security forces" of one country, or no
// second known conjunct) leave the role as it is: one event, the whole
// coordination as its text. At most four actors per role.
std::vector<std::pair<Role, int>> SentenceCoder::ConjunctRoles(const Role& role, int h) const {
  std::vector<std::pair<Role, int>> out;
  if (h < 0 || !role.known || role.head != static_cast<int>(v_.DocIndex(h))) return out;
  std::vector<int> heads = {h};
  for (int c : v_.Children(h, "conj"))
    if (v_.IsNominal(c) && v_.tok(c).upos != Upos::kNum) heads.push_back(ThroughQuantity(c));
  if (heads.size() < 2) return NestedConjunctRoles(role, h);
  for (int k : heads) {
    Role r = CodeRole(k, false);
    // A country from the article's context ("other Western nations" read as
    // "the nation") is too weak to make an actor of its own.
    if (!r.known || r.from_context) continue;
    // A country adjective before the first conjunct covers the coordination
    // ("Nigerian police and soldiers"); a conjunct's own country wins.
    if (k != h && r.actor.country.empty() && r.actor.name.empty() && !out.empty() &&
        out.front().second == h && !out.front().first.actor.country.empty())
      for (int a : v_.children(h))
        if ((v_.Base(a) == "amod" || v_.Base(a) == "compound") && a < h)
          for (const ActorPiece& p : pieces_)
            if (static_cast<int>(p.first) <= a && a < static_cast<int>(p.end) &&
                p.use == AliasUse::kAdjective)
              r.actor.country = out.front().first.actor.country;
    bool seen = false;
    for (const auto& [o, oh] : out)
      seen |= SameCodes(o.actor, r.actor);
    if (!seen && out.size() < 4) out.emplace_back(std::move(r), k);
  }
  if (out.size() < 2) out.clear();
  return out;
}

// "the presidents of Venezuela and Colombia", "los cancilleres de Perú y
// Chile": a plural head whose country comes from a coordination of
// countries in its "of"/"de" modifier is one actor per country, each with
// the head's sector; the text stays the whole phrase.
std::vector<std::pair<Role, int>> SentenceCoder::NestedConjunctRoles(const Role& role,
                                                                     int h) const {
  std::vector<std::pair<Role, int>> out;
  if (!role.plural || role.actor.country.empty() || !role.actor.name.empty()) return out;
  int n = -1;
  for (int c : v_.children(h))
    if (v_.Base(c) == "nmod" && v_.rel(c) != "nmod:poss" &&
        (v_.HasCase(c, "of") || v_.HasCase(c, "de"))) {
      n = c;
      break;
    }
  if (n < 0) return out;
  std::vector<int> heads = {n};
  for (int c : v_.Children(n, "conj"))
    if (v_.IsNominal(c) && v_.tok(c).upos != Upos::kNum) heads.push_back(c);
  if (heads.size() < 2) return out;
  for (int k : heads) {
    const Role r = CodeRole(k, false);
    // Only countries (no named organisation or person), and the head's
    // country must be the first conjunct's: the coordination gave it.
    if (!r.known || r.from_context || r.actor.country.empty() || !r.actor.name.empty()) continue;
    if (k == n && r.actor.country != role.actor.country) return {};
    Role each = role;
    each.actor.country = r.actor.country;
    bool seen = false;
    for (const auto& [o, oh] : out) seen |= SameCodes(o.actor, each.actor);
    if (!seen && out.size() < 4) out.emplace_back(std::move(each), h);
  }
  if (out.size() < 2) out.clear();
  return out;
}

// Where or with what an actor is, not who it is (codebook 6.2): the token
// ranges, within [first, end), of the locative and instrument "in"/"at"/
// "near"/"with" modifiers ("en", "con") of head or of a word under it:
// "three villagers [in Zamfara state]", "protesters [with batons outside
// parliament]", "members of the Islamic State [in Mosul]". "of"/"de" and
// "from" complements say who ("residents of Kaduna", "soldiers from Chad")
// and are never among them, nor a modifier a lexicon name runs into ("the
// Committee on ..."). A "with" phrase that names an actor is a partner, not
// an instrument ("talks with the Nigerian government").
std::vector<std::pair<int, int>> SentenceCoder::SettingRanges(int head, int first, int end) const {
  std::vector<std::pair<int, int>> out;
  for (int k = first; k < end; ++k) {
    if (k == head || v_.Base(k) != "nmod" || !v_.Dominates(head, k)) continue;
    const std::string key = v_.CaseOf(k);
    if (!IsLocativePrep(lang_, key) && !IsInstrumentPrep(lang_, key)) continue;
    auto [lf, le] = v_.Phrase(k, true);
    for (int c : v_.Children(k, "case")) lf = std::min(lf, c);  // Phrase leaves out the "in"
    const bool instrument = !IsLocativePrep(lang_, key);
    // Whether token j is in a place phrase under k ("with batons [outside
    // parliament]"), which does not make k's phrase name an actor.
    auto placed_under_k = [&](int j) {
      for (; j >= 0 && j != k; j = v_.head(j))
        if (v_.Base(j) == "nmod" && IsLocativePrep(lang_, v_.CaseOf(j))) return true;
      return false;
    };
    bool crossed = false, names = false;
    for (const ActorPiece& p : pieces_) {
      const int pf = static_cast<int>(p.first), pe = static_cast<int>(p.end);
      crossed |= (pf < lf && pe > lf) || (pf < le && pe > le);
      names |= pf >= lf && pe <= le && !placed_under_k(pf);
    }
    // A common noun coordinated inside it may be the role's own ("a military
    // base in Malam Fatori (Borno) and soldiers", the conjunct hung on the
    // place); coordinated names are places ("between Djibo and Namsiga").
    bool coordinated = false;
    for (int j = lf; j < le; ++j)
      coordinated |= v_.Base(j) == "conj" && v_.IsNominal(j) && v_.tok(j).upos != Upos::kPropn;
    if (!crossed && !coordinated && !(instrument && names)) out.emplace_back(lf, le);
  }
  return out;
}

// The place the places stage found whose span holds tokens [first, end) (a
// metonym excluded: a capital standing for its government is an actor), or
// nullptr.
const Place* SentenceCoder::PlaceOver(int first, int end) const {
  const Span words{v_.tok(first).span.begin, v_.tok(end - 1).span.end};
  for (const Place& place : doc_.places)
    if (!place.metonym && place.span.Contains(words)) return &place;
  return nullptr;
}

Role SentenceCoder::CodeRole(int h, bool conjuncts) const {
  Role r;
  if (h < 0) return r;
  // A time expression is never an actor, whatever the parser made of it
  // ("este sábado en Roma" as a subject).
  // When the parser made the time the head ("Pakistan today threatened"),
  // the phrase's other nominal is read instead.
  auto in_time = [&](int k) { return InTime(k); };
  if (in_time(h)) {
    for (int c : v_.children(h)) {
      const std::string_view b = v_.Base(c);
      if ((b == "compound" || b == "flat" || b == "nmod" || b == "appos") && v_.IsNominal(c) &&
          !in_time(c))
        return CodeRole(c);
    }
    return r;
  }
  // A dateline is no actor: "MADRID, Mayo 18 (AFP) -", "PEKIN (AFP) -": a
  // sentence-initial word in capitals, then within a few words an agency in
  // capitals in parentheses (wire copy the clean stage leaves in the text).
  auto caps = [](std::string_view w, size_t min) {
    return w.size() >= min && std::all_of(w.begin(), w.end(), [](char ch) {
             return (ch >= 'A' && ch <= 'Z') || static_cast<unsigned char>(ch) >= 0x80;
           });
  };
  if (v_.Phrase(h, true).first == 0 && caps(v_.Text(0), 3))
    for (int k = 1; k + 2 < v_.size() && k <= 8; ++k)
      if (v_.Text(k) == "(" && caps(v_.Text(k + 1), 2) && v_.Text(k + 2) == ")") return r;
  r.present = true;
  r.head = static_cast<int>(v_.DocIndex(h));
  r.plural = v_.Feat(h, "Number") == "Plur";
  r.head_key = v_.Key(h);
  r.protester = InClass(h, "PROTESTER");
  if (v_.tok(h).upos == Upos::kPron) {
    const PronounKind kind = Pronoun(lang_, v_.Key(h));
    if (kind != PronounKind::kNone) {
      if (const Mention* m = ResolvePronoun(h, kind)) return FromMention(*m, h);
    }
    return UnresolvedPronoun(h);
  }
  // An attitude, a plan or a sum of money (class NONACTOR: "its reluctance",
  // "an $873 billion plan") is what no one is: with no actor word in its
  // phrase ("the EU's plan" is the EU's) the role is absent, as when no slot
  // is filled (codebook 6.2).
  if (v_.tok(h).upos == Upos::kNoun && InClass(h, "NONACTOR")) {
    // (No structured binding: clang 14 cannot capture one in a lambda.)
    const std::pair<int, int> phrase = v_.Phrase(h, conjuncts);
    const bool named = std::any_of(pieces_.begin(), pieces_.end(), [&](const ActorPiece& p) {
      return static_cast<int>(p.first) >= phrase.first && static_cast<int>(p.end) <= phrase.second;
    });
    if (!named) return Role();
  }
  bool setting_is_actor = false;  // set by `code`: a place phrase names the actor
  auto code = [&](int head, bool with_conj) -> bool {
    auto [first, end] = v_.Phrase(head, with_conj);
    // A bare participle right after the head ("el grupo armado que atacó",
    // parsed as a clause, acl, which phrases leave out) is one of the actor's
    // words: "grupo armado" is an agent.
    if (end < v_.size() && v_.head(end) == head && v_.Base(end) == "acl" &&
        v_.Feat(end, "VerbForm") == "Part" && v_.children(end).empty())
      ++end;
    std::vector<ActorPiece> inside;
    for (const ActorPiece& p : pieces_)
      if (static_cast<int>(p.first) >= first && static_cast<int>(p.end) <= end) inside.push_back(p);
    if (inside.empty()) return false;
    // Where an actor is posted is not whose it is (codebook 6.2): the
    // phrase without its locative and instrument modifiers (SettingRanges)
    // gives the sector and name, and the country when it has one: "el
    // embajador chileno en Argentina" is CHL, "Chinese troops in Tibet" CHN
    // MIL, "three villagers in Zamfara state" CVL (not the GOV of "state").
    // The place gives only a country, to a phrase that has none of its own
    // ("police in Rabat": MAR COP; "a bus driver in Port-au-Prince": HTI,
    // not the government the capital stands for as a head).
    const auto settings = SettingRanges(head, first, end);
    std::vector<ActorPiece> own, placed;
    for (const ActorPiece& p : inside) {
      const bool located = std::any_of(settings.begin(), settings.end(), [&](const auto& range) {
        return static_cast<int>(p.first) >= range.first && static_cast<int>(p.end) <= range.second;
      });
      (located ? placed : own).push_back(p);
    }
    auto resolve = [&](const std::vector<ActorPiece>& ps) {
      return actors_.Resolve(lang_, ps, state_->date, state_->context_country);
    };
    ActorMatch m = own.empty() ? ActorMatch() : resolve(own);
    if (!placed.empty() && (!m.found || (m.country.empty() && m.name.empty()))) {
      // A body's name inside a place's name, or the common noun that ends
      // it, is the place: "Borno State", "Niger state" are no state
      // government. The place the places stage resolved a name to gives the
      // country: "Niger state" is Nigeria's, not the NER its first word names.
      std::vector<ActorPiece> bodies;
      std::string place_country;
      for (const ActorPiece& p : placed) {
        const int pf = static_cast<int>(p.first), pe = static_cast<int>(p.end);
        const Place* place = PlaceOver(pf, pe);
        // Only for a name: an adjective is the country's ("the Somali city
        // of Beledweyne"), whatever place the same word names elsewhere.
        if (place && !place->demonym && p.use == AliasUse::kName && place_country.empty())
          place_country = coder_.Iso3(place->country);
        const bool name_end = pe - pf == 1 && pf > 0 && v_.tok(pf).upos == Upos::kNoun &&
                              PlaceOver(pf - 1, pf) != nullptr;
        if (!place && !name_end) bodies.push_back(p);
      }
      const ActorMatch where = resolve(placed);
      const ActorMatch body = bodies.empty() ? ActorMatch() : resolve(bodies);
      if (!m.found && body.found && !body.metonym &&
          (!body.sector.empty() || !body.name.empty())) {
        // A thing or a word the lexicons do not know, in or at a body the
        // lexicons know, stands for that body: "a recent resolution in the
        // U.S. Congress" (USA LEG), "attacks on militants" (REB), "a policy
        // expert at Paramadina University" (EDU). The whole phrase is the
        // actor, text included.
        m = resolve(inside);
        setting_is_actor = true;
      } else if (where.found && !where.country.empty()) {
        if (!m.found) {
          m = ActorMatch();
          m.found = true;
          m.context_country = where.context_country;
        }
        m.country = place_country.empty() ? where.country : place_country;
      }
    }
    if (!m.found) return false;
    r.known = true;
    // A country's people as the head ("decenas de israelíes", "the
    // Moroccans"): Spanish tags the adjective that heads a phrase a noun.
    r.demonym = std::any_of(own.begin(), own.end(), [&](const ActorPiece& p) {
      return static_cast<int>(p.first) <= head && head < static_cast<int>(p.end) &&
             (p.use == AliasUse::kDemonym ||
              (p.use == AliasUse::kAdjective && v_.tok(head).upos == Upos::kNoun));
    });
    r.actor.country = m.country;
    r.actor.sector = m.sector;
    r.actor.name = m.name;
    r.unconfirmed = m.unconfirmed;
    r.from_context = m.context_country;
    return true;
  };
  // The head's own phrase first; a conjunction codes as its first known
  // conjunct (ConjunctRoles splits conjuncts of different actors).
  if (!code(h, false) && conjuncts)
    for (int c : v_.Children(h, "conj"))
      if (code(c, false)) break;
  // Someone named whom the lexicons do not know ("Joseph", "Mech Dara") is
  // still someone: the name is kept, the role stays unknown (no country, no
  // sector to guess).
  if (!r.known && v_.tok(h).upos == Upos::kPropn && v_.Feat(h, "Number") != "Plur")
    if (const Entity* e = PersonOver(h)) {
      r.person = true;
      r.actor.name = std::string(doc_.text.substr(e->span.begin, e->span.end - e->span.begin));
    }
  // The text of a role read through a quantity keeps the quantity.
  int outer = h;
  while (v_.Base(outer) == "nmod" && v_.head(outer) >= 0 &&
         ThroughQuantity(v_.head(outer)) == h)
    outer = v_.head(outer);
  // A time the parser hung on the phrase is not part of the actor's text
  // ("the U.N. observers on Monday", "three children in the province on Sunday").
  auto [first, end] = v_.Phrase(outer, conjuncts);
  if (end - 1 > outer && InTime(end - 1)) {
    while (end - 1 > outer && InTime(end - 1)) --end;
    while (end - 1 > outer &&
           (v_.tok(end - 1).upos == Upos::kAdp || v_.tok(end - 1).upos == Upos::kPunct))
      --end;
  }
  // Nor a time set off before it by a comma: "On 5 March 2023, soldiers
  // raped two women" parsed with the date inside the subject's phrase. ("Tuesday's
  // announcement" keeps its possessor.)
  if (first < outer && InTime(first)) {
    int after = first;
    while (after < outer && InTime(after)) ++after;
    if (after < outer && v_.tok(after).upos == Upos::kPunct) {
      while (after < outer && v_.tok(after).upos == Upos::kPunct) ++after;
      first = after;
    }
  }
  // Nor where or with what it acted (SettingRanges): the text ends before a
  // locative or instrument phrase that ends the phrase ("three villagers in
  // Zamfara state", "protesters with batons outside parliament", "John Smith,
  // a former minister, in Nairobi"); one inside it stays ("police in Kenitra
  // and soldiers").
  int cut = end;
  if (!setting_is_actor)
    for (const auto& [lf, le] : SettingRanges(outer, first, end))
      if (lf > outer && le >= end) cut = std::min(cut, lf);
  if (cut < end) {
    end = cut;
    // Punctuation before the cut goes, except a bracket that closes one
    // opened in the text ("a Memorandum of Understanding (MOU)").
    while (end - 1 > outer &&
           ((v_.tok(end - 1).upos == Upos::kPunct && !v_.ClosesOpenBracket(first, end - 1)) ||
            v_.tok(end - 1).upos == Upos::kCconj))
      --end;
  }
  // A possessor's text ends before its "'s": "Mhlanga's arrest" is of Mhlanga.
  if (end - 1 > outer && v_.Base(end - 1) == "case" && v_.head(end - 1) == outer &&
      (v_.Text(end - 1) == "'s" || v_.Text(end - 1) == "\u2019s" || v_.Text(end - 1) == "'" ||
       v_.Text(end - 1) == "\u2019"))
    --end;
  r.actor.span = Span{v_.tok(first).span.begin, v_.tok(end - 1).span.end};
  r.human = InClass(h, "HUMAN") || r.demonym ||
            (r.known && !r.actor.sector.empty() && r.actor.sector != "GOV" &&
             v_.tok(h).upos == Upos::kNoun) ||
            v_.IsNumber(h);
  r.generic = r.known && r.actor.country.empty() && r.actor.name.empty() && InClass(h, "GENERIC");
  return r;
}

Role SentenceCoder::Speaker(int t, const Light& light) const {
  // Walk up from the trigger to a speech verb whose complement holds it.
  int cur = t;
  for (int step = 0; step < 6; ++step) {
    const int f = v_.FirstConjunct(cur);
    const int p = v_.head(f);
    if (p < 0) break;
    const std::string_view b = v_.Base(f);
    Cue cue;
    CueScope scope = CueScope::kCcomp;
    bool ok = false;
    if (b == "ccomp" || b == "parataxis") ok = CueAt(p, CueScope::kCcomp, &cue, true);
    else if (b == "obj" || b == "xcomp") {
      scope = CueScope::kObj;
      ok = CueAt(p, scope, &cue, true) || CueAt(p, CueScope::kCcomp, &cue, true);
    }
    if (ok) return CodeRole(Subject(p));
    // "issued a stern reminder to Iraq that it must cooperate": the content
    // clause of a noun a light verb takes ("issued a reminder", "made a
    // statement") is said by the light verb's subject.
    if (b == "acl" && v_.rel(f) != "acl:relcl" && v_.HasCase(f, "that") && v_.Base(p) == "obj") {
      const int g = v_.head(p);
      const auto cues = CuesOf(g);
      if (std::any_of(cues.begin(), cues.end(), [](const CueEntry* ce) {
            return ce->cue == Cue::kLight && ce->scope == CueScope::kObj;
          }))
        return CodeRole(Subject(g));
    }
    cur = p;
  }
  // "..., police said": a speech verb in parataxis of the clause; "according
  // to X", "según X": an oblique of the clause.
  const int clause = ClauseVerb(t, light);
  for (int k : {clause, v_.head(v_.FirstConjunct(clause))}) {
    if (k < 0) continue;
    for (int c : v_.children(k)) {
      Cue cue;
      // A Spanish speech verb after a comma that ends in its inverted subject
      // is a reporting clause also where the parser made it an adverbial one
      // ("fueron detenidos en Kenitra, informó la policía").
      const bool reporting_clause =
          v_.Base(c) == "parataxis" || (lang_ == "es" && v_.Base(c) == "advcl" && c > k &&
                                        v_.Text(c - 1) == "," && v_.Child(c, "mark") < 0);
      if (reporting_clause && CueAt(c, CueScope::kCcomp, &cue, true)) {
        // "..., informó la policía": the parser reads a Spanish subject after
        // its verb as the object; a speech verb's object in parataxis with no
        // subject is its speaker.
        int who = Subject(c);
        if (who < 0 && lang_ == "es") who = v_.Child(c, "obj");
        return CodeRole(who);
      }
      if (v_.Base(c) == "obl")
        for (int cs : v_.children(c))
          if (v_.Base(cs) == "case" && CueAt(cs, CueScope::kObl, &cue, true)) return CodeRole(c);
    }
  }
  return Role();
}

// ---------------------------------------------------------------- constraints

std::vector<std::string> SentenceCoder::DepKeys(int t, const Light& light) const {
  std::vector<std::string> keys;
  auto add = [&](int k) {
    for (const std::string& key : v_.Keys(k)) keys.push_back(key);
  };
  auto deep = [&](int c) {
    add(c);
    // The words of a name are not dependents of their own: in "mobilized
    // pressure groups in the United States", "United" (which the lemma
    // guesses read as "unit") names no troops.
    if (v_.tok(c).upos == Upos::kPropn) return;
    for (int g : v_.children(c)) {
      const std::string_view b = v_.Base(g);
      // An infinitive on the object is often the verb's own complement
      // misattached: "allowed the opposition leader to run".
      if (b == "nmod" || b == "conj" || b == "compound" || b == "flat" || b == "amod" ||
          b == "nummod" || b == "appos" || (b == "acl" && v_.Feat(g, "VerbForm") == "Inf"))
        add(g);
    }
  };
  for (int c : v_.children(t)) {
    const std::string_view b = v_.Base(c);
    if (b == "punct" || b == "case" || b == "det" || b == "cc" || b == "mark" || b == "aux" ||
        b == "cop")
      continue;
    deep(c);
    // Through a quantity or part: "suspended part of a military aid program".
    if (InClass(c, "QUANTITY"))
      for (int g : v_.children(c))
        if (v_.Base(g) == "nmod") deep(g);
  }
  (void)light;
  return keys;
}

// "Los sindicatos convocaron una huelga general para el jueves", "Unions
// called a strike for next Thursday": an act whose own day, a time hung on
// the trigger or on its light verb, comes after the article's date has not
// happened yet (codebook 5: planned). A day the act is only near in the
// sentence ("arrested five men who planned an attack for Friday") is not its
// own, and a text with no article date says nothing of what is to come.
bool SentenceCoder::SetForALaterDay(const EventDate& date, int t, const Light& light) const {
  if (date.source != EventDate::Source::kExpression || date.value.size() != 10 ||
      doc_.date.size() < 10 || date.value <= std::string_view(doc_.date).substr(0, 10))
    return false;
  const TimeExpr& time = doc_.times[static_cast<size_t>(date.time_index)];
  const uint32_t first = doc_.sentences[index_].first_token;
  for (uint32_t k = time.first_token; k < time.end_token; ++k) {
    int head = v_.head(static_cast<int>(k - first));
    // Through another time: "una huelga de 24 horas para el jueves".
    while (head >= 0 && v_.InTime(head) &&
           !(v_.DocIndex(head) >= time.first_token && v_.DocIndex(head) < time.end_token))
      head = v_.head(head);
    if (head >= 0 && (head == t || head == light.verb)) return true;
  }
  return false;
}

bool SentenceCoder::Holds(const TriggerEntry& e, int t, const Light& light, const Role& src,
                          int src_head, const Role& tgt, int tgt_head,
                          const std::vector<int>& covered) const {
  using K = Constraint::Kind;
  std::vector<std::string> dep_keys;
  bool have_dep_keys = false;
  auto deps = [&]() -> const std::vector<std::string>& {
    if (!have_dep_keys) {
      dep_keys = DepKeys(t, light);
      // Pattern words are not dependents ("open fire" has no dependent "fire").
      for (int c : covered)
        if (c != t)
          for (const std::string& k : v_.Keys(c))
            dep_keys.erase(std::remove(dep_keys.begin(), dep_keys.end(), k), dep_keys.end());
      have_dep_keys = true;
    }
    return dep_keys;
  };
  for (const Constraint& c : e.constraints) {
    switch (c.kind) {
      case K::kReflexive:
        if (v_.ReflexiveClitic(t) < 0) return false;
        break;
      case K::kNotReflexive:
        if (v_.ReflexiveClitic(t) >= 0) return false;
        break;
      case K::kIntransitive:
        for (int ch : v_.children(t)) {
          const std::string_view b = v_.Base(ch);
          // A protest's aim parsed as its complement ("rallied to demand",
          // "demonstrated demanding unpaid wages") leaves it intransitive.
          if (b == "xcomp" && InClass(ch, "PROTESTAIM")) continue;
          // A Spanish day parsed as the object ("manifestaron el martes en
          // Lima") is an adverbial, no object. (English is left as it was:
          // "the Cabinet met Sunday" would become a one-party meeting.)
          if (lang_ == "es" && b == "obj" && InTime(ch)) continue;
          if (b == "obj" || b == "ccomp" || b == "xcomp") return false;
        }
        break;
      case K::kRoleIs:
      case K::kRoleIsNot: {
        const Role& r = c.source ? src : tgt;
        const int h = c.source ? src_head : tgt_head;
        bool match = false;
        if (r.present) {
          std::vector<std::string> keys;
          if (h >= 0) keys = v_.Keys(h);
          else if (r.head >= 0) keys = TokenKeys(lang_, doc_.tokens[static_cast<size_t>(r.head)]);
          bool entity = false;
          if (r.head >= 0)
            for (const Entity& en : doc_.entities)
              if (en.span.Contains(doc_.tokens[static_cast<size_t>(r.head)].span)) entity = true;
          const bool number = h >= 0 && v_.IsNumber(h);
          match = c.Matches(keys, classes_, r.known || entity, number, r.demonym);
        }
        if (c.kind == K::kRoleIs ? !match : match) return false;
        break;
      }
      case K::kDepIs:
      case K::kDepIsNot: {
        const bool number = std::any_of(v_.children(t).begin(), v_.children(t).end(),
                                        [&](int ch) { return v_.Base(ch) == "nummod"; });
        bool match = c.Matches(deps(), classes_, false, number);
        // An army's withdrawal is its troops': "the army announced its
        // withdrawal", "su retirada" with a military source.
        if (!match && c.kind == K::kDepIs && e.upos == Upos::kNoun && src.known &&
            src.actor.sector == "MIL" &&
            std::find(c.classes.begin(), c.classes.end(), "TROOPS") != c.classes.end())
          match = true;
        if (c.kind == K::kDepIs ? !match : match) return false;
        break;
      }
      case K::kGovIs:
      case K::kGovIsNot: {
        // A predicate is governed by its copula: "were in custody" and "are
        // back in custody" (an oblique of the predicate "back") by "be", as
        // "remain in custody" by "remain".
        int g = v_.Child(t, "cop");
        if (g < 0) g = VerbOfObjectPhrase(t);
        if (g < 0) {
          g = v_.GoverningHead(t);
          if (g >= 0 && v_.Base(t) == "obl" && !v_.IsVerbal(g) && v_.Child(g, "cop") >= 0)
            g = v_.Child(g, "cop");
        }
        const bool match = g >= 0 && c.Matches(v_.Keys(g), classes_, false, false);
        if (c.kind == K::kGovIs ? !match : match) return false;
        break;
      }
      case K::kPrepIs:
      case K::kPrepIsNot: {
        bool match = false;
        for (int ch : v_.children(t)) {
          if (std::find(covered.begin(), covered.end(), ch) != covered.end()) continue;
          // A time phrase says when, not what about: "clashed on 14 November"
          // is no "clashed on [an issue]". Prepositions that only ever say
          // when ("held since June") still count.
          if (InTime(ch) && !v_.HasCase(ch, "since") && !v_.HasCase(ch, "until") &&
              !v_.HasCase(ch, "desde") && !v_.HasCase(ch, "hasta"))
            continue;
          for (int cs : v_.children(ch)) {
            const std::string_view b = v_.Base(cs);
            if ((b == "case" || b == "mark") && c.Matches(v_.Keys(cs), classes_, false, false))
              match = true;
          }
          // A particle or preposition attached to the verb itself.
          const std::string_view b = v_.Base(ch);
          if ((b == "compound" && v_.rel(ch) == "compound:prt") || b == "case")
            match |= c.Matches(v_.Keys(ch), classes_, false, false);
        }
        if (c.kind == K::kPrepIs ? !match : match) return false;
        break;
      }
      case K::kSourceSector: {
        if (!src.known) return false;
        const bool gov = std::find(c.words.begin(), c.words.end(), "GOV") != c.words.end();
        const bool match =
            std::find(c.words.begin(), c.words.end(), src.actor.sector) != c.words.end() ||
            (gov && src.actor.sector.empty() && !src.actor.country.empty());
        if (!match) return false;
        break;
      }
      case K::kNeed:
        // An explosive that kills is an attack's weapon: it stands for the
        // unknown attacker ("killed by an improvised explosive device").
        if (c.source && !src.known && e.type == "ASSAULT" && InClass(src_head, "EXPLOSIVE"))
          break;
        // So is an attack the killing happened in ("killed in a suicide car
        // bombing"): no accident or disaster, although no attacker is named.
        if (c.source && !src.present && e.type == "ASSAULT" && AttackAround(t) >= 0) break;
        if (!(c.source ? src.known : tgt.known)) return false;
        break;
    }
  }
  return true;
}

// ---------------------------------------------------------------- status

StatusInfo SentenceCoder::DecideStatus(int t, const Light& light, bool protest,
                                       int* report_verb) const {
  StatusInfo s;
  (void)report_verb;
  // Cues that modify the trigger (or its light verb): "not", "would", "no
  // arrests", "attempted coup", "if", "since 2002".
  auto own = [&](int k) {
    if (k < 0) return;
    for (int c : v_.children(k)) {
      const std::string_view b = v_.Base(c);
      Cue cue;
      if (b == "mark") {
        if (CueAt(c, CueScope::kMark, &cue)) s.Consider(cue, /*condition=*/true);
      } else if (b == "obl" || b == "nmod" || b == "advmod") {
        if (CueAt(c, CueScope::kObl, &cue)) s.Consider(cue);
        for (int cs : v_.children(c))
          if (v_.Base(cs) == "case" && CueAt(cs, CueScope::kObl, &cue)) s.Consider(cue);
        if (CueAt(c, CueScope::kMod, &cue)) s.Consider(cue);
      } else if (b != "punct" && b != "conj" && b != "ccomp" && b != "xcomp" && b != "advcl" &&
                 b != "parataxis" && b != "acl") {
        if (CueAt(c, CueScope::kMod, &cue)) s.Consider(cue);
      }
    }
    // Spanish future and conditional tenses carry what "will" and "would" do.
    if (v_.Feat(k, "Tense") == "Fut") s.Consider(Cue::kPlanned);
    if (v_.Feat(k, "Mood") == "Cnd") s.Consider(Cue::kHypothetical);
  };
  own(t);
  if (v_.Base(t) == "conj") own(v_.FirstConjunct(t));
  own(light.verb);
  // A noun trigger that is the subject of a verb of its own course (class
  // COURSE) takes that verb's cues: in "cooperation could resume" or
  // "cooperation will increase" the cooperation is only hypothetical or
  // planned. Other verbs say something about an event that is already there
  // ("the attack will be investigated"), so they lend it no cue.
  if (light.verb < 0 && v_.tok(t).upos == Upos::kNoun) {
    const int f = v_.FirstConjunct(t);
    if (v_.Base(f) == "nsubj" && InClass(v_.head(f), "COURSE")) {
      const int rank_before = s.rank;
      own(v_.head(f));
      s.from_course = s.rank > rank_before;
    }
    // A noun trigger that is the object of such a verb is done only when the
    // verb is: "it would tighten the naval blockade", "he will extend the
    // curfew". The verb's subject is the act's own source, so its intent
    // counts (the conversions of 5.1 apply).
    if (v_.Base(f) == "obj" && InClass(v_.head(f), "COURSE")) own(v_.head(f));
  }

  // Cues that govern the trigger, walking up: "plans to attack", "preparing
  // an attack", "efforts to dismantle", "an assassination attempt".
  int cur = light.verb >= 0 ? light.verb : t;
  for (int step = 0; step < 5; ++step) {
    const int f = v_.FirstConjunct(cur);
    const int p = v_.head(f);
    if (p < 0) break;
    const std::string_view b = v_.Base(f);
    const std::string_view r = v_.rel(f);
    std::optional<CueScope> scope;
    // A phrasal cue's particle the parser read as a preposition ("called off
    // the strike": "off the strike" an oblique) or its object read as a
    // nominal complement ("called off the march": "march" an xcomp) leaves
    // the object of the cue all the same.
    const bool particle_case = b == "obl" && PatternParticleCase(p, f);
    if (particle_case || (b == "xcomp" && v_.tok(f).upos == Upos::kNoun)) scope = CueScope::kObj;
    else if (b == "xcomp") scope = CueScope::kXcomp;
    // An infinitive complement the parser labelled advcl ("se abstuvieron de
    // criticar", "amenazaron con bloquear"); a purpose infinitive ("para",
    // "to") is not a complement.
    else if (b == "advcl" && v_.Feat(f, "VerbForm") == "Inf" && !v_.HasCase(f, "para") &&
             !v_.HasCase(f, "to"))
      scope = CueScope::kXcomp;
    else if (b == "ccomp") scope = CueScope::kCcomp;
    else if (b == "obj" || r == "nsubj:pass") scope = CueScope::kObj;
    else if ((b == "nmod" || b == "acl") && r != "acl:relcl") scope = CueScope::kNmod;
    else if (b == "compound") scope = CueScope::kHead;
    Cue cue;
    bool matched = false;
    if (scope && CueAt(p, *scope, &cue)) {
      // A noun of possibility ("the possibility of restoring cooperation",
      // "the risk of an attack") says the act may happen, not that its
      // source is willing to do it (5.1 converts nothing).
      s.Consider(cue, /*condition=*/scope == CueScope::kNmod && v_.tok(p).upos == Upos::kNoun);
      matched = true;
    } else if (scope == CueScope::kXcomp && CueAt(p, CueScope::kNmod, &cue) &&
               v_.tok(p).upos == Upos::kNoun) {
      s.Consider(cue);  // "plans to attack" parsed with "to attack" as xcomp of the noun
      matched = true;
    }
    // A modal on the verb an infinitive completes scopes over it: "he will
    // help release my father" is planned, "could continue to attack"
    // hypothetical. (Only auxiliaries: a negation there may deny the verb
    // alone, "did not hesitate to attack".)
    if (scope == CueScope::kXcomp)
      for (int c : v_.children(p)) {
        Cue modal;
        if (v_.Base(c) == "aux" && CueAt(c, CueScope::kMod, &modal) &&
            (modal == Cue::kPlanned || modal == Cue::kHypothetical || modal == Cue::kCalledFor))
          s.Consider(modal);
      }
    // Purpose: "to join forces", "para desarticular": intended, not done.
    // A protest that is the purpose of its own clause is done when the
    // clause's act is ("salieron a las calles para protestar", "marched to
    // protest"): going out, marching or striking for it is the protest.
    const bool protest_purpose = protest && f == v_.FirstConjunct(t);
    if (b == "advcl" && v_.Feat(f, "VerbForm") == "Inf" &&
        (v_.HasCase(f, "to") || v_.HasCase(f, "para")) && !protest_purpose)
      s.Consider(Cue::kPlanned);
    if (matched) {
      // A negated cue ("did not plan to attack") denies the event; a cue
      // that is called for ("the US must be ready to mediate") makes the
      // event the content of a request.
      for (int c : v_.children(p)) {
        Cue mod;
        if (CueAt(c, CueScope::kMod, &mod) && (mod == Cue::kNegated || mod == Cue::kCalledFor))
          s.Consider(mod);
      }
    }
    // A noun cue as the subject of the clause: "the intention is to intensify dialogue".
    for (int c : v_.children(p)) {
      if (v_.Base(c) != "nsubj" || c == f) continue;
      Cue subj_cue;
      if (CueAt(c, CueScope::kNmod, &subj_cue)) s.Consider(subj_cue);
    }
    // A new clause: a complement, or a relative clause, which tells of its
    // noun on its own ("police fired tear gas to disperse protesters who were
    // blocking a highway": the blocking is no purpose).
    if (v_.Base(f) == "ccomp" || v_.Base(f) == "parataxis" || r == "acl:relcl") break;
    if (b != "xcomp" && b != "obj" && b != "nmod" && b != "acl" && b != "advcl" &&
        b != "compound" && b != "obl" && r != "nsubj:pass")
      break;
    // The condition of the clause the trigger completes (as its object or
    // infinitive) is the trigger's: "unless they have intention to undertake
    // a military invasion", "if they decide to attack". Not of a clause the
    // trigger only modifies ("if they are added to the lists of prisoners
    // pardoned each year").
    if (scope == CueScope::kXcomp || scope == CueScope::kObj)
      for (int c : v_.children(p)) {
        Cue condition;
        if (v_.Base(c) == "mark" && CueAt(c, CueScope::kMark, &condition))
          s.Consider(condition, /*condition=*/true);
      }
    cur = p;
  }
  // A question asks whether an act happens, it does not tell it: "Will China
  // attack Taiwan?", "what kind of position does it put the U.S. in in terms
  // of defending Taiwan?". A condition, not a willingness (5.1 converts
  // nothing). Only verbs: a noun names an act the question presupposes
  // ("How to interpret the military drills?"), as does the predicate of a
  // wh-question ("Who attacked the hotel?").
  if (lang_ == "en" && v_.tok(t).upos == Upos::kVerb && InQuestion(t) && !AsksWhoOrWhy(t))
    s.Consider(Cue::kHypothetical, /*condition=*/true);
  // A simple present in a relative clause on a bare plural tells what a kind
  // of people does, no act: "Foreign bloggers who praise China rapidly gain
  // popularity", "Countries that arrest journalists". Like "can", it is
  // hypothetical (5), and expresses no one's willingness.
  if (lang_ == "en" && GenericRelative(t)) s.Consider(Cue::kHypothetical, /*condition=*/true);
  // Since 2002: a time that opens a period.
  return s;
}

bool SentenceCoder::GenericRelative(int t) const {
  if (v_.tok(t).upos != Upos::kVerb || v_.rel(t) != "acl:relcl") return false;
  if (v_.Feat(t, "Tense") != "Pres" || v_.Feat(t, "VerbForm") != "Fin") return false;
  if (v_.Child(t, "aux") >= 0 || v_.Child(t, "aux:pass") >= 0) return false;
  const int kind = v_.head(t);
  if (kind < 0 || v_.tok(kind).upos != Upos::kNoun || v_.Feat(kind, "Number") != "Plur")
    return false;
  for (int c : v_.children(kind)) {
    const std::string_view b = v_.Base(c);
    if (b == "det" || b == "nummod" || v_.rel(c) == "nmod:poss") return false;
  }
  return true;
}

bool SentenceCoder::InQuestion(int t) const {
  for (int q = 0; q < v_.size(); ++q)
    if (v_.Text(q) == "?" && (v_.head(q) < 0 || v_.Dominates(v_.head(q), t))) return true;
  return false;
}

bool SentenceCoder::AsksWhoOrWhy(int t) const {
  static const std::set<std::string_view> kWh = {"who",  "whom", "whose", "what", "which",
                                                 "why",  "how",  "when",  "where"};
  for (int c : v_.children(t)) {
    if (c > t) continue;
    if (kWh.count(v_.Key(c)) > 0) return true;
    for (int d : v_.children(c))
      if (d < c && v_.Base(d) == "det" && kWh.count(v_.Key(d)) > 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------- count, place

void SentenceCoder::CountFor(int h, Candidate* c) const {
  if (h < 0) return;
  auto value_of = [&](int n) -> std::optional<int64_t> {
    int first = n, end = n + 1;
    while (first > 0 && v_.IsNumber(first - 1) && first - 1 != h) --first;
    while (end < v_.size() && v_.IsNumber(end) && end != h) ++end;
    std::vector<std::string_view> words;
    for (int k = first; k < end; ++k) words.push_back(v_.Text(k));
    return NumberValue(lang_, words);
  };
  auto at_least = [&](int n) {
    for (int k : v_.children(n))
      for (const std::string& key : v_.Keys(k))
        if (IsAtLeastWord(key)) return true;
    if (n > 0 && IsAtLeastWord(v_.Key(n - 1))) return true;
    // "más de 3.500 personas", "more than 3,500 people" with "más"/"more"
    // hung on the noun rather than on the number.
    return n > 1 && (v_.Key(n - 1) == "de" || v_.Key(n - 1) == "than") &&
           IsAtLeastWord(v_.Key(n - 2));
  };
  // Groups are not people: "2,000 terrorist cells" counts no one.
  if (InClass(h, "CELL")) return;
  int number = -1;
  // "a once yihadistas": a number word the tagger took for a noun heading
  // the phrase is still the number.
  const bool word_number = !v_.IsNumber(h) && v_.tok(h).upos == Upos::kNoun &&
                           NumberValue(lang_, {v_.Text(h)}).has_value();
  if (v_.IsNumber(h) || word_number) {
    number = h;
  } else {
    for (int k : v_.children(h))
      if (v_.Base(k) == "nummod" && v_.IsNumber(k)) {
        number = k;
        break;
      }
  }
  if (number < 0) return;
  const auto value = value_of(number);
  if (!value || *value <= 0) return;
  c->event.count = *value;
  c->event.count_at_least = at_least(number);
}

std::vector<const Place*> SentenceCoder::PlacesIn(int first, int end) const {
  std::vector<const Place*> out;
  const Span span{v_.tok(first).span.begin, v_.tok(end - 1).span.end};
  for (const Place& p : doc_.places) {
    if (p.metonym || p.demonym) continue;
    if (span.Contains(p.span)) out.push_back(&p);
  }
  return out;
}

std::vector<const Place*> SentenceCoder::PlacesOf(int t, const Light& light) const {
  std::vector<const Place*> out;
  auto from = [&](int k) {
    if (k < 0 || !out.empty()) return;
    for (int c : v_.children(k)) {
      const std::string_view b = v_.Base(c);
      bool loc = false;
      if (b == "obl" || b == "nmod" || b == "advmod") {
        const std::string prep = v_.CaseOf(c);
        loc = prep.empty() ? v_.tok(c).upos == Upos::kPropn : IsLocativePrep(lang_, prep);
      } else if ((b == "compound" || b == "amod") && c < k) {
        loc = true;  // "the Melilla arrests"
      }
      if (!loc) continue;
      const auto [first, end] = v_.Phrase(c, true);
      for (const Place* p : PlacesIn(first, end)) out.push_back(p);
    }
  };
  from(t);
  from(light.verb);
  if (out.empty() && !v_.IsVerbal(t)) {
    const int g = v_.GoverningHead(t);
    if (g >= 0 && v_.IsVerbal(g)) from(g);
  }
  // A participle modifier's place may sit on the clause of the noun it modifies.
  std::sort(out.begin(), out.end(), [](const Place* a, const Place* b) {
    return a->span.begin < b->span.begin;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<const Place*> SentenceCoder::PlacesInClause(int clause, const Candidate& c,
                                                        bool destination) const {
  std::vector<const Place*> out;
  if (clause < 0) return out;
  // Whether token k is in the clause: under its head, not through a conjunct
  // of it (a clause of its own, with its own place).
  auto in_clause = [&](int k) {
    for (int steps = 0; k >= 0 && steps <= v_.size(); ++steps, k = v_.head(k)) {
      if (k == clause) return true;
      if (v_.head(k) == clause && v_.Base(k) == "conj") return false;
    }
    return false;
  };
  auto inside = [](const Span& outer, const Span& inner) {
    return !outer.empty() && outer.Contains(inner);
  };
  for (const Place& p : doc_.places) {
    if (p.metonym || p.demonym) continue;
    int first = -1;
    for (int k = 0; k < v_.size() && first < 0; ++k)
      if (v_.tok(k).span.begin >= p.span.begin && v_.tok(k).span.begin < p.span.end) first = k;
    if (first < 0 || !in_clause(first)) continue;
    // Only a place in a locative phrase ("near Djibo", "a highway in
    // Nairobi", "through Tbilisi") or one that is part of another place
    // ("the district centre of Spin Boldak", "residents of Douma"), or the
    // apposition of such a place ("near Sibi, Balochistan"): not a subject
    // or object ("China conducted drills"), a possessor, a modifier ("U.S.
    // deportation efforts") or a place things come from or go to ("bases in
    // Afghanistan" aside, "from Afghanistan", "to Venezuela", "by France").
    int last = first;
    while (last + 1 < v_.size() && v_.tok(last + 1).span.begin < p.span.end) ++last;
    auto locative = [&](int k) {
      const std::string prep = v_.CaseOf(k);
      return IsLocativePrep(lang_, prep) || prep == "of" || prep == "de" || prep == "through" ||
             prep == "into" || prep == "along" ||
             (destination && (prep == "to" || prep == "towards" || prep == "a" || prep == "hacia"));
    };
    // Its words whose head is outside it (the parser may hang each word of
    // "Spin Boldak" on the noun before) decide.
    bool placed = false;
    for (int k = first; k <= last && !placed; ++k) {
      const int h = v_.head(k);
      if (h >= first && h <= last) continue;
      const bool apposition = (v_.Base(k) == "appos" || v_.Base(k) == "flat") && h >= 0;
      placed = locative(k) || (apposition && locative(h));
    }
    if (!placed) continue;
    // A country inside an actor's phrase is its nationality, not the place:
    // "Police Forces of Senegal dispersed ...".
    const bool country = p.feature.rfind("A.PCL", 0) == 0;
    if (country && ((c.source.present && inside(c.source.actor.span, p.span)) ||
                    (c.target.present && inside(c.target.actor.span, p.span))))
      continue;
    out.push_back(&p);
  }
  return out;
}

// "The operation has resulted in ...", "this operation": a reference to an
// operation reported earlier; "five cities": to a list of five places. Only a
// determiner that points back refers (class REFERRING): "another crackdown"
// is a new operation, not the one told before.
void SentenceCoder::NoteReferences(int t, const Light& light, Candidate* c) const {
  const int clause = ClauseVerb(t, light);
  // Ancestors of the trigger, the clause itself included.
  std::vector<int> chain;
  for (int k = t, guard = 0; k >= 0 && guard < 8; k = v_.head(k), ++guard) chain.push_back(k);
  for (int i = 0; i < v_.size(); ++i) {
    if (InClass(i, "OPERATION") && InClass(v_.Child(i, "det"), "REFERRING")) {
      const int h = v_.head(i);
      const bool linked = std::find(chain.begin(), chain.end(), h) != chain.end() ||
                          std::find(chain.begin(), chain.end(), i) != chain.end();
      if (linked) c->refers_to_operation = true;
    }
    if (InClass(i, "PLACENOUN")) {
      for (int k : v_.children(i))
        if (v_.Base(k) == "nummod")
          if (auto n = NumberValue(lang_, {v_.Text(k)}); n && *n >= 2 && *n <= 20)
            c->places_referred = static_cast<int>(*n);
    }
  }
  (void)clause;
}

// ---------------------------------------------------------------- mentions

void SentenceCoder::CollectMentions() {
  first_mention_ = state_->mentions.size();
  for (int h = 0; h < v_.size(); ++h) {
    const Upos u = v_.tok(h).upos;
    if (u != Upos::kNoun && u != Upos::kPropn) continue;
    const std::string_view b = v_.Base(h);
    if (b == "compound" || b == "flat" || b == "fixed" || b == "amod" || b == "appos") continue;
    const auto [first, end] = v_.Phrase(h, false);
    std::vector<ActorPiece> inside;
    bool covers_head = false;
    for (const ActorPiece& p : pieces_)
      if (static_cast<int>(p.first) >= first && static_cast<int>(p.end) <= end) {
        inside.push_back(p);
        covers_head |= static_cast<int>(p.first) <= h && h < static_cast<int>(p.end);
      }
    const bool per = PersonOver(h) != nullptr;
    if (inside.empty() || (!covers_head && !per && u != Upos::kPropn)) continue;
    const ActorMatch m = actors_.Resolve(lang_, inside, state_->date, state_->context_country);
    if (!m.found) continue;
    Mention mention;
    mention.sentence = index_;
    mention.head = v_.DocIndex(h);
    mention.actor.span = v_.PhraseSpan(h, false);
    mention.actor.country = m.country;
    mention.actor.sector = m.sector;
    mention.actor.name = m.name;
    // "The United States said Tuesday that it would resume cooperation": the
    // name of a state or an organisation is one actor whatever its
    // grammatical number ("States", "Nations", "Philippines"), so "it" stands
    // for it. An armed group's name stays as written ("the Taliban ... they").
    bool singular_name = false;
    for (const ActorPiece& p : inside) {
      if (p.use != AliasUse::kName || static_cast<int>(p.first) > h || h >= static_cast<int>(p.end))
        continue;
      const ActorKind kind = actors_.named()[p.index].kind;
      singular_name |= kind != ActorKind::kGroup && kind != ActorKind::kRegion;
      mention.group |= kind == ActorKind::kGroup;
    }
    mention.plural = !singular_name && v_.Feat(h, "Number") == "Plur";
    bool role_noun = false;
    for (const ActorPiece& p : inside)
      if (p.use == AliasUse::kPerson) role_noun = true;
      else if (p.use == AliasUse::kAgent &&
               actors_.agents(lang_)[p.index].kind == AgentKind::kRole &&
               static_cast<int>(p.first) >= first)
        role_noun = true;
    mention.human = per || role_noun || InClass(h, "HUMAN");
    // A leaders.tsv name the entity recogniser took for no person is an
    // organisation listed there ("The Taliban barring Bennett ... their
    // crackdown"): "they" may stand for it.
    if (!per)
      for (const ActorPiece& p : inside)
        mention.group |= p.use == AliasUse::kPerson && static_cast<int>(p.first) <= h &&
                         h < static_cast<int>(p.end);
    mention.unconfirmed = m.unconfirmed;
    mention.subject = b == "nsubj";
    state_->mentions.push_back(std::move(mention));
  }
}

// ---------------------------------------------------------------- sentence rules

// The head of the content of a verbal trigger: its clausal complement or object.
int SentenceCoder::ContentHead(int t) const {
  for (int c : v_.children(t)) {
    const std::string_view b = v_.Base(c);
    if (b == "xcomp" || b == "ccomp") return c;
  }
  for (int c : v_.children(t)) {
    const std::string_view b = v_.Base(c);
    if (b == "obj" || (b == "nmod" && !v_.IsVerbal(t)) || b == "acl") return c;
  }
  return -1;
}

void SentenceCoder::FoldContents(std::vector<Candidate>* found) const {
  const uint32_t base = doc_.sentences[index_].first_token;
  for (Candidate& c : *found) {
    if (c.dropped) continue;
    const int t = static_cast<int>(c.trigger - base);
    // The nearest verbal trigger above this one, through complement links.
    int cur = t;
    for (int step = 0; step < 3; ++step) {
      const int f = v_.FirstConjunct(cur);
      const int p = v_.head(f);
      if (p < 0) break;
      const std::string_view b = v_.Base(f);
      if (b != "xcomp" && b != "ccomp" && b != "obj" && b != "nmod" && b != "acl" &&
          b != "advcl" && b != "obl")
        break;
      Candidate* parent = nullptr;
      for (Candidate& o : *found)
        if (!o.dropped && &o != &c && static_cast<int>(o.trigger - base) == p) parent = &o;
      if (parent) {
        const std::string& pt = parent->event.type;
        // An accusation's content ("accused the rebels of violating the
        // ceasefire", "blamed Israel for the bombing") is alleged, not
        // reported as fact: the ACCUSE event stands for it.
        // A disapproval presupposes what it condemns when that is a noun
        // it takes as object ("condemned Mhlanga's arrest", "denounced the
        // detention of the activists"): the act is told as fact.
        const bool condemned_fact = pt == "ACCUSE" && parent->event.mode == "disapprove" &&
                                    b == "obj" && cur == t && !v_.IsVerbal(t);
        if (!condemned_fact && (pt == "THREATEN" || pt == "REQUEST" || pt == "REJECT" ||
                                pt == "AGREE" || pt == "ACCUSE")) {
          if (pt == "THREATEN" && parent->event.mode.empty()) {
            const std::string& ty = c.event.type;
            const std::string& mo = c.event.mode;
            if (ty == "ASSAULT") parent->event.mode = "violence";
            else if (ty == "COERCE" && mo == "arrest") parent->event.mode = "arrest";
            else if (ty == "COERCE" && mo == "deport") parent->event.mode = "expel";
            else if (ty == "COERCE" && mo == "seize" && c.event.cameo == "192")
              parent->event.mode = "territory";
            else if (ty == "COERCE" || ty == "PROTEST") parent->event.mode = "restrict";
            else if (ty == "SANCTION" && mo == "expel") parent->event.mode = "expel";
            else if (ty == "SANCTION") parent->event.mode = "relations";
          }
          c.dropped = true;
        }
        break;
      }
      cur = p;
    }
  }
  // REQUEST and REJECT modes from what is asked or refused.
  for (Candidate& c : *found) {
    if (c.dropped || !c.event.mode.empty()) continue;
    if (c.event.type != "REQUEST" && c.event.type != "REJECT") continue;
    const int t = static_cast<int>(c.trigger - base);
    std::vector<int> heads;
    const int content = ContentHead(t);
    if (content >= 0) {
      heads.push_back(content);
      for (int k : v_.children(content))
        if (v_.Base(k) == "obj" || v_.Base(k) == "nmod") heads.push_back(k);
    }
    for (int k : heads) {
      if (InClass(k, "CONTENT_YIELD")) c.event.mode = "yield";
      else if (InClass(k, "CONTENT_MEET")) c.event.mode = "meet";
      else if (InClass(k, "CONTENT_CHANGE")) c.event.mode = "change";
      else if (InClass(k, "CONTENT_ASSIST")) c.event.mode = "assist";
      if (!c.event.mode.empty()) break;
    }
  }
}

// PLOVER's conversions by status (codebook 5.1): a planned cooperation is an
// agreement, a planned retreat a concession. The intent itself is asserted.
void SentenceCoder::Convert(Candidate* c) const {
  // "The opposition protested that the election had been rigged": a protest
  // verb that reports what was said (a clausal complement, or the verb of a
  // parenthetical report) is a verbal protest, ACCUSE/disapprove (CAMEO 114).
  // Not a clause that a relative adverb opens, which the parser may also
  // hang as parataxis (", donde unas 10.000 personas manifestaron").
  if (c->event.type == "PROTEST" && !c->noun) {
    const int t = static_cast<int>(c->trigger - doc_.sentences[index_].first_token);
    static constexpr std::array<std::string_view, 5> kRelativeAdverbs = {"where", "when", "donde",
                                                                         "cuando", "adonde"};
    bool relative = false;
    for (int k : v_.children(t)) relative |= k < t && v_.HasAnyKey(k, kRelativeAdverbs);
    if (v_.Child(t, "ccomp") >= 0 || (v_.Base(t) == "parataxis" && !relative)) {
      Recode(&c->event, "ACCUSE", "114");
      return;
    }
  }
  // "The UN said Iraq must cooperate with inspectors": what a speaker says
  // someone must or should do is the speaker's REQUEST of that someone
  // (codebook 5: the request is the event, its content is not). The mode
  // comes from the content (5.2). Without a known speaker the content stays
  // a called-for (hypothetical) event; so does what the speaker says they
  // must do themselves ("we have to support renewable energies," said
  // Marti), which asks nothing of anyone.
  const bool speaker_must =
      c->event.speaker && c->source.known && SameCodes(c->source.actor, *c->event.speaker);
  if (c->event.called_for && c->event.speaker && !speaker_must &&
      (!c->event.speaker->country.empty() || !c->event.speaker->sector.empty() ||
       !c->event.speaker->name.empty())) {
    const std::string& type = c->event.type;
    std::string cameo = "020";
    if (type == "RETREAT" || type == "CONCEDE") cameo = "025";
    else if (type == "CONSULT") cameo = "026";
    else if (type == "AID") cameo = "023";
    else if (type == "COOPERATE" || type == "SUPPORT") cameo = "021";
    Role speaker;
    speaker.present = speaker.known = true;
    speaker.actor = *c->event.speaker;
    c->target = c->source;
    c->source = speaker;
    Recode(&c->event, "REQUEST", cameo);
    c->event.called_for = false;
    c->event.status = EventStatus::kAsserted;
    return;
  }
  // Planned, and hypothetical by the source's own willingness ("would meet
  // the mediator if ..."), cooperation is AGREE (PLOVER); called-for is not.
  const bool intended = c->event.status == EventStatus::kPlanned ||
                        (c->event.status == EventStatus::kHypothetical && !c->event.called_for);
  if (!intended || c->status_from_course || c->status_from_condition) return;
  if (ConvertToThreat(c)) return;
  const std::string type = c->event.type;
  std::string cameo;
  if (type == "CONSULT") cameo = "036";
  else if (type == "SUPPORT") cameo = "032";
  else if (type == "COOPERATE") cameo = c->event.cameo == "064" ? "0314" : "030";
  else if (type == "AID") cameo = "033";
  if (!cameo.empty()) {
    c->event.type = "AGREE";
    c->event.cameo = cameo;
  } else if (type == "RETREAT" && c->event.status == EventStatus::kPlanned) {
    c->event.type = "CONCEDE";
    c->event.cameo = c->event.mode == "release" ? "0353" : "080";
    if (c->event.cameo == "0353") c->event.type = "AGREE";
  } else {
    return;
  }
  c->event.mode.clear();
  if (const CameoEntry* e = lex_.cameo().Find(c->event.cameo)) c->event.acled = e->acled;
  c->event.status = EventStatus::kAsserted;
}

// PLOVER THREATEN: an actor announcing that it will or would take a coercive
// or hostile step ("farmers said they would blockade Paris", "the party said
// it will boycott the elections unless ...", "Annan announced he will
// withdraw the inspectors") threatens it; the mode is the threat's content.
// Only an intention its own actor states is a threat: a plan others report
// ("they were preparing an attack") stays a planned act. Returns whether
// *c was converted.
// Whether the clause of c's trigger has an "unless" condition.
bool SentenceCoder::Unless(const Candidate& c) const {
  const int t = static_cast<int>(c.trigger - doc_.sentences[index_].first_token);
  const int clause = ClauseVerb(t, c.noun ? FindLight(t) : Light());
  for (int k : v_.children(clause))
    if (v_.Base(k) == "advcl" && v_.HasCase(k, "unless")) return true;
  return false;
}

bool SentenceCoder::ConvertToThreat(Candidate* c) const {
  const std::optional<Actor>& speaker = c->event.speaker;
  if (!speaker || !c->source.known || !SameCodes(*speaker, c->source.actor) ||
      (speaker->country.empty() && speaker->sector.empty() && speaker->name.empty()))
    return false;
  // A sector alone does not make two phrases one actor: "a professor said"
  // that students gathered to protest announces no protest of his own. Then
  // the speaker must be the source's own phrase ("the farmers said they
  // would blockade Paris": "they" is the farmers).
  if (speaker->country.empty() && speaker->name.empty() &&
      (speaker->span.begin != c->source.actor.span.begin ||
       speaker->span.end != c->source.actor.span.end))
    return false;
  // The act must be what is announced, not a detail of something else the
  // announcement names: "announced plans to use the base to hold migrants
  // slated for deportation" threatens no deportation. So no modifier clause
  // (acl) between the trigger and the announced clause.
  for (int k = static_cast<int>(c->trigger - doc_.sentences[index_].first_token), step = 0;
       k >= 0 && step < 12; k = v_.head(k), ++step) {
    const std::string_view b = v_.Base(k);
    if (b == "acl") return false;
    if (b == "ccomp" || b == "parataxis" || v_.head(k) < 0) break;
  }
  const std::string& type = c->event.type;
  const std::string& mode = c->event.mode;
  std::string cameo, threat_mode;
  if (type == "SANCTION") {
    // By what is cut: relations (161), aid (162), trade (163), talks (164),
    // mediation (165), international presence (166).
    static constexpr std::pair<std::string_view, std::string_view> kThreatOf[] = {
        {"161", "1313"}, {"162", "1311"}, {"163", "1312"},
        {"164", "134"},  {"165", "135"},  {"166", "136"}};
    cameo = "1312";
    for (const auto& [act, threat] : kThreatOf)
      if (c->event.cameo.starts_with(act)) cameo = threat;
  } else if (type == "COERCE") {
    if (mode == "arrest") {
      cameo = "130";
      threat_mode = "arrest";
    } else if (mode == "curfew") {
      cameo = "1323";
    } else if (mode == "martial-law") {
      cameo = "1324";
    } else if (mode == "censor") {
      cameo = "1321";
    } else if (mode == "deport") {
      cameo = "136";
    } else if (mode == "seize") {
      cameo = "1382";
    } else {
      cameo = "132";
    }
  } else if (type == "ASSAULT") {
    cameo = "138";
  } else if (type == "PROTEST") {
    cameo = "133";
  } else if (type == "RETREAT" && Unless(*c)) {
    // "will withdraw its peacekeepers from Chad unless ...": a withdrawal
    // set against a condition is a threat to end its presence.
    cameo = "136";
  } else {
    return false;
  }
  Recode(&c->event, "THREATEN", cameo);
  if (!threat_mode.empty()) c->event.mode = threat_mode;
  c->event.status = EventStatus::kAsserted;
  return true;
}

// Gives *e the type `type` and the CAMEO code `cameo`, with the mode and ACLED
// type the CAMEO table (data/events/cameo_plover.tsv) has for that code.
void SentenceCoder::Recode(Event* e, std::string_view type, std::string_view cameo) const {
  e->type = std::string(type);
  e->cameo = std::string(cameo);
  const CameoEntry* entry = lex_.cameo().Find(e->cameo);
  e->mode = entry ? entry->mode : std::string();
  e->acled = entry ? entry->acled : std::string();
}

bool Compatible(const Role& a, const Role& b) {
  if (!a.known || !b.known) return true;
  auto eq = [](const std::string& x, const std::string& y) {
    return x.empty() || y.empty() || x == y;
  };
  return eq(a.actor.country, b.actor.country) && eq(a.actor.sector, b.actor.sector) &&
         eq(a.actor.name, b.actor.name);
}

bool PlacesCompatible(const std::vector<const Place*>& a, const std::vector<const Place*>& b) {
  if (a.empty() || b.empty()) return true;
  for (const Place* p : a)
    for (const Place* q : b)
      if (p->geonameid == q->geonameid && p->name == q->name) return true;
  return false;
}

// A more specific CAMEO code: four digits, or not a generic x0 code.
bool MoreSpecific(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  return !a.empty() && a.back() != '0' && !b.empty() && b.back() == '0';
}

// Whether CAMEO code `fine` is a subcode of `coarse` ("1831" of "183").
bool Refines(const std::string& fine, const std::string& coarse) {
  return !coarse.empty() && fine.size() > coarse.size() && fine.starts_with(coarse);
}

// Whether protest word t is the motive of the clause it hangs in rather than
// a demonstration: a purpose infinitive ("para protestar", "to protest"), a
// bare manner phrase ("en protesta por", "in protest at", "como protesta") or
// the complement of a sign noun ("en señal de protesta", "as a sign of
// protest"). "en la protesta" (with a determiner) is a place in an event, and
// "cuando protestaban" a time: neither is a motive. With `gerund`, a gerund
// clause counts too ("iniciaron una huelga exigiendo ..."). Returns the word
// the adjunct hangs on, or -1. Used for protests (DropMotives) and for the
// demands of a protest (DropTopics).
int SentenceCoder::MotiveOf(int t, bool gerund) const {
  auto bare_manner = [&](int i) {
    if (v_.HasCase(i, "como") || v_.HasCase(i, "as")) return true;
    if (!v_.HasCase(i, "en") && !v_.HasCase(i, "in")) return false;
    return v_.Child(i, "det") < 0;
  };
  const int h = v_.head(t);
  if (h < 0) return -1;
  if (v_.Feat(t, "VerbForm") == "Inf" && (v_.HasCase(t, "para") || v_.HasCase(t, "to")))
    return h;
  // A second purpose infinitive shares the first one's "para"/"to": "para
  // protestar contra esa reunión y exigir la independencia".
  if (v_.Base(t) == "conj" && v_.Feat(t, "VerbForm") == "Inf" &&
      v_.Feat(h, "VerbForm") == "Inf" && (v_.HasCase(h, "para") || v_.HasCase(h, "to")))
    return MotiveOf(h, gerund);
  // (A present participle is one too: the parse view retags those the
  // parser hung as adverbial clauses, not those a mend made one.)
  const bool ing = v_.Feat(t, "VerbForm") == "Ger" ||
                   (v_.Feat(t, "VerbForm") == "Part" && v_.Feat(t, "Tense") == "Pres");
  if (gerund && ing && (v_.Base(t) == "advcl" || v_.Base(t) == "xcomp")) return h;
  if (v_.tok(t).upos != Upos::kNoun) return -1;
  if (bare_manner(t)) return h;
  // The object of a purpose infinitive counts as the infinitive: "blocked
  // roads to press their demands".
  if (v_.Base(t) == "obj" && v_.Feat(h, "VerbForm") == "Inf" &&
      (v_.HasCase(h, "para") || v_.HasCase(h, "to")) && v_.head(h) >= 0)
    return v_.head(h);
  // Word keys, diacritics removed ("señal" → "senal").
  static constexpr std::string_view kSign[] = {"senal", "muestra", "signo", "modo", "manera",
                                               "forma", "sign", "token", "gesture", "mark"};
  if (v_.Base(t) == "nmod")
    for (std::string_view sign : kSign)
      if (v_.HasKey(h, sign)) return v_.head(h);
  return -1;
}

// The attack a killing or wounding happened in: an oblique "in"/"during"
// ("en"/"durante") phrase of `t` headed by a word of class ATTACKEVENT ("were
// killed in a car bomb explosion", "murieron en un atentado"). Returns that
// word, or -1.
int SentenceCoder::AttackAround(int t) const {
  for (int ch : v_.children(t)) {
    if (v_.Base(ch) != "obl") continue;
    if (!v_.HasCase(ch, "in") && !v_.HasCase(ch, "during") && !v_.HasCase(ch, "en") &&
        !v_.HasCase(ch, "durante"))
      continue;
    if (InClass(ch, "ATTACKEVENT")) return ch;
  }
  return -1;
}

// PLOVER codes the act, not its motive: a protest that is only the purpose or
// manner of another coded act of its clause ("Irak suspendió sus exportaciones
// para protestar": SANCTION; "se retiró de la reunión en señal de protesta")
// is not an event of its own. The act must be one a protester does as the
// protest (a reduction of relations, a refusal, a withdrawal or resignation, a
// verbal condemnation) by a compatible source: "diez personas fueron detenidas
// cuando en forma de protesta ..." keeps its protest. The act is looked for up
// to four heads above the adjunct (the parser often hangs it on a nearby noun),
// not across a new clause. Protest triggers governing each other are merged by
// Merge instead.
void SentenceCoder::DropMotives(std::vector<Candidate>* found) const {
  static const std::set<std::string> kProtestActs = {"SANCTION", "REJECT", "RETREAT", "ACCUSE"};
  for (Candidate& p : *found) {
    if (p.dropped || p.event.type != "PROTEST") continue;
    if (ActServed(found, p, false,
                  [](const Candidate& act) { return kProtestActs.count(act.event.type) > 0; }))
      p.dropped = true;
  }
}

// "The Red Cross said US and British forces must ensure security", "Chirac
// reiterated that Iraq must cooperate fully": what a known speaker says a
// known actor must or should do is the speaker's REQUEST of that actor
// (codebook 5.2), also when what must be done is no trigger of its own. A
// content that is a trigger becomes the REQUEST in Convert; this adds the
// others, with no mode and CAMEO 020. English only ("must", "should").
void SentenceCoder::AddContentRequests(std::vector<Candidate>* found) const {
  if (lang_ != "en") return;
  const uint32_t first = doc_.sentences[index_].first_token;
  for (int v = 0; v < v_.size(); ++v) {
    if (v_.Base(v) != "ccomp" || !v_.IsVerbal(v)) continue;
    bool must = false;
    for (int c : v_.children(v))
      must |= v_.Base(c) == "aux" && (v_.HasKey(c, "must") || v_.HasKey(c, "should"));
    if (!must) continue;
    // A trigger inside the content is coded (and converted) on its own.
    const bool coded = std::any_of(found->begin(), found->end(), [&](const Candidate& c) {
      return v_.Dominates(v, static_cast<int>(c.trigger - first));
    });
    if (coded) continue;
    const Role speaker = Speaker(v, Light());
    const int subject = Subject(v);
    const Role target = subject >= 0 ? CodeRole(subject) : Role();
    if (!speaker.known || !target.known || SameCodes(speaker.actor, target.actor)) continue;
    // The one who must act is a party or people, not a thing that names one
    // ("talks with China must continue", "immigration to France should stop").
    const Upos u = v_.tok(subject).upos;
    if (u != Upos::kPropn && u != Upos::kPron && !target.human) continue;
    Candidate c;
    c.sentence = index_;
    c.trigger = v_.DocIndex(v);
    Recode(&c.event, "REQUEST", "020");
    c.event.sentence = doc_.sentences[index_].span;
    c.event.trigger = v_.tok(v).span;
    c.event.speaker = speaker.actor;
    c.source = speaker;
    c.target = target;
    const EventDate date = DateEvent(doc_, c.trigger, c.trigger + 1);
    if (date.bound != TimeBound::kStart) c.event.date = date.value;
    c.places = PlacesOf(v, Light());
    found->push_back(std::move(c));
  }
}

// PLOVER (PROTEST, potential ambiguities): the topic of a protest, typically a
// REQUEST, is not coded as an event of its own. A demand, condemnation or
// rejection that is the purpose or manner of a protest of the same source ("se
// manifestaron para exigir la renuncia", "iniciaron una huelga exigiendo", "un
// plantón en demanda de mejoras", "escalaron un silo para denunciar la
// manipulación genética", "se movilizaron en rechazo a una nueva política") is
// folded into the protest, which takes the topic's target when it has none. A
// demand of its own clause ("los manifestantes reclamaron elecciones") stays a
// REQUEST.
void SentenceCoder::DropTopics(std::vector<Candidate>* found) const {
  static const std::set<std::string> kTopics = {"REQUEST", "ACCUSE", "REJECT"};
  const auto is_protest = [](const Candidate& act) { return act.event.type == "PROTEST"; };
  for (Candidate& r : *found) {
    if (r.dropped || !kTopics.count(r.event.type)) continue;
    Candidate* protest = ActServed(found, r, true, is_protest);
    // A demand coordinated with a protest that is itself a purpose: "se
    // reunió frente a la sede para protestar contra la elección y pedir el
    // retorno de Parreira" (the gathering is no trigger; both are its aims).
    if (!protest) protest = CoordinatedMotive(found, r, is_protest);
    if (!protest) continue;
    if (!protest->target.known && r.target.known) protest->target = r.target;
    r.dropped = true;
  }
}

// The candidate accepted by `is_act` whose trigger is the purpose infinitive
// that `adjunct`'s trigger is coordinated with ("para protestar ... y pedir"),
// with a compatible source; null when there is none.
Candidate* SentenceCoder::CoordinatedMotive(
    std::vector<Candidate>* found, const Candidate& adjunct,
    const std::function<bool(const Candidate&)>& is_act) const {
  const uint32_t first = doc_.sentences[index_].first_token;
  const int t = static_cast<int>(adjunct.trigger - first);
  if (v_.Base(t) != "conj" || MotiveOf(t, false) < 0) return nullptr;
  const int h = v_.head(t);
  for (Candidate& act : *found)
    if (&act != &adjunct && !act.dropped && is_act(act) &&
        act.event.status != EventStatus::kNegated && Compatible(act.source, adjunct.source) &&
        static_cast<int>(act.trigger - first) == h)
      return &act;
  return nullptr;
}

// The act that `adjunct` is the motive of (MotiveOf): a live, not negated
// candidate accepted by `is_act`, with a source compatible with the adjunct's,
// whose trigger (or, for a noun, its light verb: "began a hunger strike to
// demand ...") is the word the adjunct hangs on or one of up to three heads
// above it (the parser often hangs the adjunct on a nearby noun), not across a
// new clause (ccomp, parataxis). Null when there is none.
Candidate* SentenceCoder::ActServed(std::vector<Candidate>* found, const Candidate& adjunct,
                                    bool gerund,
                                    const std::function<bool(const Candidate&)>& is_act) const {
  const uint32_t first = doc_.sentences[index_].first_token;
  int at = MotiveOf(static_cast<int>(adjunct.trigger - first), gerund);
  for (int hops = 0; at >= 0 && hops < 4; ++hops) {
    for (Candidate& act : *found) {
      if (&act == &adjunct || act.dropped || !is_act(act) ||
          act.event.status == EventStatus::kNegated || !Compatible(act.source, adjunct.source))
        continue;
      const int t = static_cast<int>(act.trigger - first);
      // A compound trigger counts as its head: "a hunger strike outside
      // Parliament to demand ..." parsed as one noun phrase.
      const int phrase = v_.Base(t) == "compound" ? v_.head(t) : t;
      if (t == at || phrase == at || (act.noun && FindLight(phrase).verb == at)) return &act;
    }
    if (v_.Base(at) == "ccomp" || v_.Base(at) == "parataxis") break;
    at = v_.head(at);
  }
  return nullptr;
}

const Entity* SentenceCoder::PersonOver(int h) const {
  for (const Entity& e : doc_.entities)
    if (e.type == EntityType::kPer && e.span.Contains(v_.tok(h).span)) return &e;
  return nullptr;
}

bool SentenceCoder::TimeFrame(int t) const {
  for (std::string_view p : {"during", "amid", "after", "before", "following", "durante", "tras"})
    if (v_.HasCase(t, p)) return true;
  return v_.HasCaseWord(t, "despues") || v_.HasCaseWord(t, "antes");
}

void SentenceCoder::Merge(std::vector<Candidate>* found) const {
  // One protest per sentence and source: "se manifestaron ... para protestar
  // contra", "protestas y una huelga", "una huelga que incluye el bloqueo de
  // carreteras" report one act; the first asserted trigger keeps the event.
  for (size_t i = 0; i < found->size(); ++i) {
    Candidate& a = (*found)[i];
    if (a.dropped || a.event.type != "PROTEST" || a.event.status == EventStatus::kNegated)
      continue;
    for (size_t j = 0; j < found->size(); ++j) {
      Candidate& b = (*found)[j];
      if (j == i || b.dropped || b.event.type != "PROTEST" ||
          b.event.status == EventStatus::kNegated)
        continue;
      const bool a_first = a.event.status == EventStatus::kAsserted
                               ? (b.event.status != EventStatus::kAsserted || i < j)
                               : (b.event.status != EventStatus::kAsserted && i < j);
      if (!a_first || !Compatible(a.source, b.source)) continue;
      if (!a.source.known && b.source.known) a.source = b.source;
      if (!a.target.known && b.target.known) a.target = b.target;
      if (!a.event.count && b.event.count) {
        a.event.count = b.event.count;
        a.event.count_at_least = b.event.count_at_least;
      }
      for (const Place* p : b.places)
        if (std::find(a.places.begin(), a.places.end(), p) == a.places.end())
          a.places.push_back(p);
      b.dropped = true;
    }
  }
  for (size_t i = 0; i < found->size(); ++i) {
    Candidate& a = (*found)[i];
    if (a.dropped) continue;
    for (size_t j = i + 1; j < found->size(); ++j) {
      Candidate& b = (*found)[j];
      if (b.dropped || b.event.type != a.event.type || b.event.status != a.event.status ||
          b.event.called_for != a.event.called_for)
        continue;
      // An arrest and a seizure in one sentence are two acts; a bombing and a
      // suicide bombing (CAMEO 183 and its subcode 1831) are one.
      // So are a suicide attack and the bombing it was carried out with
      // ("two suicide bombers detonated car bombs": 1831 and 1832): the
      // suicide attack tells it best.
      auto suicide_bombing = [](const Event& x, const Event& y) {
        return x.cameo == "1831" && y.cameo.starts_with("183");
      };
      const bool b_refines = Refines(b.event.cameo, a.event.cameo) || suicide_bombing(b.event, a.event);
      if (!a.event.mode.empty() && !b.event.mode.empty() && a.event.mode != b.event.mode &&
          !b_refines && !Refines(a.event.cameo, b.event.cameo) && !suicide_bombing(a.event, b.event))
        continue;
      // Coordinated triggers of one clause are one act told twice ("have
      // busted more than 2,000 cells and arrested more than 3,500 people"):
      // their targets may differ; the one with a count of people is kept.
      const int ta = static_cast<int>(a.trigger - doc_.sentences[index_].first_token);
      const int tb = static_cast<int>(b.trigger - doc_.sentences[index_].first_token);
      const bool conjoined = !a.noun && !b.noun &&
                             (v_.FirstConjunct(tb) == ta || v_.FirstConjunct(ta) == tb) &&
                             Compatible(a.source, b.source);
      if (conjoined && !a.event.count && b.event.count && !Compatible(a.target, b.target))
        a.target = b.target;
      // A relative clause tells of another act than the clause around it:
      // "the airstrikes ... killed Mansoor Tima-Weeyne, a senior al-Shabab
      // leader who masterminded ... terrorist attacks" are two acts, and the
      // attacks lend the airstrikes no source.
      auto relative_apart = [&](int x, int y) {
        for (int k = x; k >= 0; k = v_.head(k))
          if (v_.rel(k) == "acl:relcl" && !v_.Dominates(k, y)) return true;
        return false;
      };
      // So does a clause of its own subject set against the other by
      // "while"/"whereas": "a roadside bomb blast killed 11 coal miners ...,
      // while the BLA took credit for attacking a military vehicle" (the BLA
      // is not said to have set off the blast).
      auto contrast_apart = [&](int x, int y) {
        for (int k = x; k >= 0; k = v_.head(k)) {
          if (v_.Dominates(k, y)) return false;
          const int mark = v_.Child(k, "mark");
          if (mark >= 0 && (v_.HasKey(mark, "while") || v_.HasKey(mark, "whereas")) &&
              v_.Child(k, "nsubj") >= 0)
            return true;
        }
        return false;
      };
      if (!conjoined && (relative_apart(ta, tb) || relative_apart(tb, ta) ||
                         contrast_apart(ta, tb) || contrast_apart(tb, ta)))
        continue;
      if (!conjoined) {
        if (!Compatible(a.source, b.source) || !Compatible(a.target, b.target)) continue;
        // An arrest told as the time of another ("were arrested for taking
        // photos during the arrest of a lawmaker") is another arrest. Not for
        // attacks: "killed during the attack" is that attack. Unless the
        // arrest told as the time is of a possessive pronoun that looks
        // ahead to the other's target: "After his detention in March, the
        // activist was held for three weeks".
        auto looks_ahead = [&](const Candidate& x, int tx, const Candidate& y) {
          const Role& pronoun = x.target;
          const int k = pronoun.pronoun - static_cast<int>(v_.DocIndex(0));
          return TimeFrame(tx) && pronoun.pronoun >= 0 && !pronoun.known && k >= 0 &&
                 k < v_.size() && v_.rel(k) == "nmod:poss" && y.target.present && y.target.human &&
                 y.target.head > pronoun.pronoun;
        };
        if (a.event.type == "COERCE" && (TimeFrame(ta) || TimeFrame(tb)) &&
            !looks_ahead(a, ta, b) && !looks_ahead(b, tb, a))
          continue;
        if (!PlacesCompatible(a.places, b.places)) continue;
        if (a.event.count && b.event.count && *a.event.count != *b.event.count) continue;
      }
      // b restates a: keep a's evidence, take what b knows better.
      if ((!a.source.known && b.source.known) || (!a.source.present && b.source.present))
        a.source = b.source;
      if ((!a.target.known && b.target.known) || (!a.target.present && b.target.present))
        a.target = b.target;
      if (a.event.mode.empty() && !b.event.mode.empty()) {
        a.event.mode = b.event.mode;
        a.event.cameo = b.event.cameo;
        a.event.acled = b.event.acled;
      } else if (b_refines || (a.event.mode == b.event.mode && MoreSpecific(b.event.cameo, a.event.cameo))) {
        a.event.mode = b.event.mode;
        a.event.cameo = b.event.cameo;
        if (!b.event.acled.empty()) a.event.acled = b.event.acled;
      }
      if (!a.event.count && b.event.count) {
        a.event.count = b.event.count;
        a.event.count_at_least = b.event.count_at_least;
      }
      for (const Place* p : b.places)
        if (std::find(a.places.begin(), a.places.end(), p) == a.places.end())
          a.places.push_back(p);
      a.refers_to_operation |= b.refers_to_operation;
      a.places_referred = std::max(a.places_referred, b.places_referred);
      if (!a.event.speaker && b.event.speaker) a.event.speaker = b.event.speaker;
      b.dropped = true;
    }
  }
}

void SentenceCoder::CollectAnchors(const std::vector<Candidate>& found) {
  // Places listed together: a candidate target for "five cities" later.
  Anchor anchor;
  anchor.sentence = index_;
  anchor.places = PlacesIn(0, v_.size());
  // An operation noun and who carried it out: "the operation orchestrated by
  // the security forces of the Kingdom", "a police operation".
  for (int i = 0; i < v_.size() && !anchor.source; ++i) {
    if (!InClass(i, "OPERATION")) continue;
    std::vector<int> agents;
    for (int c : v_.children(i)) {
      const std::string_view b = v_.Base(c);
      if ((b == "nmod" && v_.HasCase(c, lang_ == "es" ? "de" : "by")) || v_.rel(c) == "nmod:poss" ||
          b == "amod" || b == "compound")
        agents.push_back(c);
      if (b == "acl") {
        const int a = Agent(c);
        if (a >= 0) agents.insert(agents.begin(), a);
      }
    }
    const Light light = FindLight(i);
    if (light.verb >= 0 && !light.receiving) agents.push_back(Subject(light.verb));
    for (int a : agents) {
      if (a < 0) continue;
      Role r = CodeRole(a);
      if (r.known) {
        anchor.source = r;
        break;
      }
    }
  }
  if (anchor.places.size() >= 2 || anchor.source) state_->anchors.push_back(anchor);
  for (const Candidate& c : found) {
    if (c.dropped || !c.source.known || !IsMaterialConflict(c.event.type)) continue;
    if (c.event.status != EventStatus::kAsserted) continue;
    Anchor a;
    a.sentence = index_;
    a.places = c.places;
    a.source = c.source;
    a.type = c.event.type;
    state_->anchors.push_back(std::move(a));
  }
}

// ---------------------------------------------------------------- the sentence

void SentenceCoder::Run(std::vector<Candidate>* out) {
  if (!v_.parsed()) return;
  pieces_ = actors_.FindPieces(lang_, doc_.text, v_.tokens());
  // A one-word person alias that starts a longer person name is someone
  // else's first name: "Khalid" (King Khalid of Saudi Arabia) in "Khalid
  // Mehdiyev". A surname ending one ("Barack Obama") still matches.
  std::erase_if(pieces_, [&](const ActorPiece& p) {
    if (p.use != AliasUse::kPerson || p.end != p.first + 1) return false;
    const Span word = v_.tok(static_cast<int>(p.first)).span;
    return std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const Entity& en) {
      return en.type == EntityType::kPer && en.span.begin == word.begin && en.span.end > word.end;
    });
  });
  // "Al-Shabab, a U.S.-designated terrorist group", "U.S.-backed forces": a
  // name joined by a hyphen to a participle names who designated, backed or
  // brokered the phrase's head, not its nationality (written as one word,
  // "Iranian-backed", it matches no alias either). "U.S.-led" is the
  // exception: a coalition led by a country is coded as that country's.
  std::erase_if(pieces_, [&](const ActorPiece& p) {
    const int hyphen = static_cast<int>(p.end);
    const int participle = hyphen + 1;
    if (p.use == AliasUse::kAgent || participle >= v_.size() || v_.Text(hyphen) != "-" ||
        v_.tok(hyphen - 1).span.end != v_.tok(hyphen).span.begin ||
        v_.tok(hyphen).span.end != v_.tok(participle).span.begin)
      return false;
    return v_.Feat(participle, "VerbForm") == "Part" && v_.Feat(participle, "Tense") == "Past" &&
           v_.Key(participle) != "lead";
  });
  CollectMentions();

  // Discards of this sentence (the story's come from the caller).
  std::vector<const Discard*> discards = state_->story_discards;
  for (const Discard* d : lex_.discards(lang_)->Find(doc_.text, v_.tokens()))
    if (!d->story) discards.push_back(d);
  auto is_blocked = [&](const TriggerEntry& e) {
    return std::any_of(discards.begin(), discards.end(),
                       [&](const Discard* d) { return d->Blocks(e.type, e.mode); });
  };

  // Candidates grouped by head token, senses in file order.
  std::vector<TriggerMatch> matches = triggers_.FindCandidates(v_.tokens());
  std::stable_sort(matches.begin(), matches.end(), [](const TriggerMatch& a, const TriggerMatch& b) {
    return a.head != b.head ? a.head < b.head : a.entry->line < b.entry->line;
  });
  // Tokens inside a multiword trigger of another head are not triggers of
  // their own ("arrest warrant", "car bomb attack", "take ... into custody").
  std::vector<char> in_multiword(static_cast<size_t>(v_.size()), 0);
  for (const TriggerMatch& match : matches)
    if (match.entry->multiword())
      for (size_t k2 : match.tokens)
        if (k2 != match.head) in_multiword[k2] = 1;

  std::vector<Candidate> found;
  size_t m = 0;
  while (m < matches.size()) {
    const size_t head = matches[m].head;
    size_t end = m;
    while (end < matches.size() && matches[end].head == head) ++end;
    const int t = static_cast<int>(head);
    for (size_t k = m; k < end; ++k) {
      const TriggerMatch& match = matches[k];
      const TriggerEntry& e = *match.entry;
      if (!e.multiword() && in_multiword[head]) continue;
      if (is_blocked(e)) continue;
      std::vector<int> covered(match.tokens.begin(), match.tokens.end());
      const bool verb = e.upos == Upos::kVerb;
      const bool pronominal =
          std::any_of(e.constraints.begin(), e.constraints.end(), [](const Constraint& c) {
            return c.kind == Constraint::Kind::kReflexive;
          });
      const Light light = verb ? Light() : FindLight(t);
      // A sense whose target is no object ("protest against", "march"), or
      // a reciprocal one ("clashed with"): its verb has no passive ("Two
      // militias clashed", read as militias that were clashed, clashed).
      const bool intransitive =
          IsReciprocal(e) ||
          std::none_of(e.frame.target.begin(), e.frame.target.end(), [](const Slot& s) {
            return s.kind == Slot::Kind::kObj || s.kind == Slot::Kind::kIobj;
          });
      // A clash is done together, to no one.
      const bool done_to_people = (e.type == "COERCE" || e.type == "ASSAULT") && !IsReciprocal(e);
      auto resolve = [&](const std::vector<Slot>& slots, bool source, int* head_out) {
        for (const Slot& slot : slots) {
          if (slot.kind == Slot::Kind::kSpeaker) {
            Role r = Speaker(t, light);
            if (r.known) {
              *head_out = -1;
              return r;
            }
            continue;
          }
          for (int h : SlotHeads(slot, t, verb, pronominal, intransitive, done_to_people, light, source,
                                     covered)) {
            // "last month's U.S. invasion": a time is nobody's.
            if (slot.kind == Slot::Kind::kPoss && InTime(h)) continue;
            Role r = CodeRole(h);
            // A possessive pronoun with no antecedent found leaves the role
            // to the next slot: "Israel mounted its invasion" (the light
            // verb's subject). Not a person's as the target: "his arrest"
            // is of someone, whoever he is.
            if (slot.kind == Slot::Kind::kPoss && v_.tok(h).upos == Upos::kPron && !r.known &&
                (source || !r.human))
              continue;
            // A status cue is nobody: "planning attacks" parsed with
            // "planning" as a noun modifier.
            if (slot.kind == Slot::Kind::kCompound && !r.known && !CuesOf(h).empty()) continue;
            // A Spanish "por" phrase is an agent only when it names an actor.
            if (slot.kind == Slot::Kind::kSubj && lang_ == "es" && !r.known &&
                v_.HasCase(h, "por"))
              continue;
            // A noun trigger's "of"/"de" complement is its source only when it
            // names an actor or people: "la huelga de los maestros", not "una
            // huelga de dos días", "el bloqueo de carreteras".
            if (source && !verb && slot.kind == Slot::Kind::kNmod && !r.known && !r.human &&
                !r.protester && v_.tok(h).upos != Upos::kPropn)
              continue;
            // Nor, for an attack, when it names a building or a place: "el
            // bombardeo de la embajada china" hit the embassy.
            if (source && !verb && e.type == "ASSAULT" && slot.kind == Slot::Kind::kNmod &&
                (slot.prep == "of" || slot.prep == "de") &&
                (InClass(h, "BUILDING") || InClass(h, "PLACENOUN") || InClass(h, "INFRASTRUCTURE")))
              continue;
            // A protest noun that only gives the motive of its clause ("a
            // hunger strike in protest of the government's refusal") has
            // what is protested as its "of" complement, never who protests.
            if (source && !verb && e.type == "PROTEST" && slot.kind == Slot::Kind::kNmod &&
                (slot.prep == "of" || slot.prep == "de") && MotiveOf(t, false) >= 0)
              continue;
            *head_out = h;
            return r;
          }
        }
        *head_out = -1;
        return Role();
      };
      int src_head = -1, tgt_head = -1;
      Role src = resolve(e.frame.source, true, &src_head);
      Role tgt = resolve(e.frame.target, false, &tgt_head);
      // The subject of a receiving light verb undergoes an attack ("the
      // convoy suffered an attack", "tres policías murieron en un atentado")
      // also when the frame names `head` only among the source slots. Not
      // other acts: who faces imprisonment or criticism has not had it yet.
      if (!tgt.present && light.receiving && e.type == "ASSAULT") {
        const bool head_source = std::any_of(e.frame.source.begin(), e.frame.source.end(),
                                             [](const Slot& s) { return s.kind == Slot::Kind::kHead; });
        if (head_source) {
          Slot head_slot;
          head_slot.kind = Slot::Kind::kHead;
          tgt = resolve({head_slot}, false, &tgt_head);
        }
      }
      // Who is or remains "in detention", "in custody", "en prisión" is held,
      // not holding: the clause's subject is the target and there is no
      // source from the clause.
      // Only nouns of holding (class HOLDING): "resulting in the dismantling
      // of cells" or "resulted in 11 arrests" keep their agent.
      // The same holds of a predicate nominal ("had been in pretrial
      // detention", "are back in custody", "están bajo custodia"), whose
      // subject is its own. Who is put or kept there is the verb's object
      // ("remanded the four suspects in custody"), and then the subject
      // holds them.
      bool held_in = false;
      const bool in_holding = !verb && e.type == "COERCE" && e.mode == "arrest" &&
                              (v_.HasCase(t, "in") || v_.HasCase(t, "en") ||
                               v_.HasCase(t, "under") || v_.HasCase(t, "bajo")) &&
                              InClass(t, "HOLDING");
      const bool predicate = in_holding && v_.Child(t, "cop") >= 0;
      const bool oblique = in_holding && v_.Base(t) == "obl" &&
                           (v_.IsVerbal(v_.head(t)) || v_.Child(v_.head(t), "cop") >= 0);
      const int putting_verb = in_holding && !predicate ? VerbOfObjectPhrase(t) : -1;
      if (predicate || oblique || putting_verb >= 0) {
        const int clause = predicate ? t : putting_verb >= 0 ? putting_verb : v_.head(t);
        const int object = v_.IsVerbal(clause) ? v_.Child(clause, "obj") : -1;
        held_in = object < 0;
        // Who is there: the clause's subject, or, in a clause conjoined to a
        // passive one, that clause's ("have been caught and are back in
        // custody").
        auto held_one = [&]() {
          int c = clause;
          for (int guard = 0; guard < 4 && c >= 0; ++guard) {
            for (int sub : v_.children(c))
              if (v_.Base(sub) == "nsubj")
                return v_.Referent(sub);
            if (v_.Base(c) != "conj") break;
            c = v_.FirstConjunct(c);
          }
          return Subject(clause);
        };
        if (!tgt.present) {
          const int s = object >= 0 ? object : held_one();
          if (s >= 0) {
            tgt = CodeRole(s);
            tgt_head = s;
          }
        }
        if (object >= 0 && !src.present) {
          const int s = Subject(clause);
          if (s >= 0) {
            src = CodeRole(s);
            src_head = s;
          }
        }
      }
      // Only people are arrested: a singular proper name no lexicon knows as
      // an arrest's target names someone (codebook 12), also where the
      // entity model took it for a place ("Zamora's detention", "the arrest
      // of Mhlanga": surnames that are also towns). A number word the tagger
      // took for a name ("Sixty of those") is a number of people.
      if (e.type == "COERCE" && e.mode == "arrest" && tgt.present && !tgt.known && !tgt.person &&
          tgt_head >= 0 && v_.tok(tgt_head).upos == Upos::kPropn &&
          v_.Feat(tgt_head, "Number") != "Plur") {
        if (NumberValue(lang_, {v_.Text(tgt_head)}).has_value()) {
          tgt.human = true;
        } else {
          tgt.person = true;
          tgt.actor.name = std::string(
              doc_.text.substr(tgt.actor.span.begin, tgt.actor.span.end - tgt.actor.span.begin));
        }
      }
      if (!Holds(e, t, light, src, src_head, tgt, tgt_head, covered)) continue;
      // A word that names the doer of an attack ("suicide bomber") is an act
      // only when the doer does something: "snipers killed suicide bombers"
      // killed them, and no suicide bombing happened.
      const bool self_source =
          std::any_of(e.frame.source.begin(), e.frame.source.end(),
                      [](const Slot& s) { return s.kind == Slot::Kind::kSelf; });
      const int self_word = v_.FirstConjunct(t);
      if (self_source && done_to_people &&
          (v_.Base(self_word) == "obj" || v_.rel(self_word) == "nsubj:pass"))
        continue;
      // A noun trigger that only modifies another noun names a kind of thing,
      // not an event: "invasion forces", "attack helicopters", "protest
      // leaders" (multiword triggers such as "hunger strike" are matched
      // whole). "strike action", "protest campaign", "a mediation effort"
      // are still acts.
      if (!verb && v_.Base(t) == "compound" && !e.multiword() && v_.head(t) > t &&
          v_.tok(v_.head(t)).upos == Upos::kNoun && !InClass(v_.head(t), "PROTESTEVENT") &&
          !InClass(v_.head(t), "OPERATION") && !InClass(v_.head(t), "ATTACKEVENT") &&
          !InClass(v_.head(t), "ACTNOUN"))
        continue;
      // "the accused judge", "veinticinco acusados por crímenes de guerra":
      // a participle describing someone is not an accusation made now.
      if (e.type == "ACCUSE" && verb && v_.IsParticipleModifier(t)) continue;
      // Nor is a ban, an arrest or a capture that a participle before its
      // noun names: "the banned separatist outfit", "a prison to hold
      // captured terrorists" describe a standing state, not an act told now.
      if (verb && (e.type == "COERCE" || (e.type == "ASSAULT" && e.mode == "abduct")) &&
          v_.Base(t) == "amod" && t < v_.head(t) && v_.IsParticipleModifier(t))
        continue;
      // Nor is a verb of imprisoning (class IMPRISON) set off after its noun
      // with neither agent nor time ("400 guerrilleros del MRTA, encarcelados
      // en Perú"): where they are held, a standing state as "held in
      // Balochistan prisons" is.
      if (verb && lang_ == "es" && InClass(t, "IMPRISON") && v_.Base(t) == "acl" &&
          t > v_.head(t) && v_.Text(t - 1) == "," && v_.IsParticipleModifier(t) &&
          v_.Child(t, "obl:agent") < 0 &&
          std::none_of(v_.children(t).begin(), v_.children(t).end(),
                       [&](int c) { return InTime(c); }))
        continue;

      Candidate c;
      c.entry = &e;
      c.sentence = index_;
      c.trigger = v_.DocIndex(t);
      c.noun = !verb;
      c.guessed = WordKey(v_.tok(t).lemma) != e.lemma;
      // "a hunger strike in protest of the government's refusal": the refusal
      // is the protest's backdrop, told less surely than the protest.
      if (const int h = v_.head(t); h >= 0 && v_.Base(t) == "nmod" && e.type != "PROTEST" &&
                                    InClass(h, "PROTESTEVENT") && MotiveOf(h, false) >= 0)
        c.protested = true;
      c.event.type = e.type;
      c.event.mode = e.mode;
      c.event.cameo = e.cameo;
      c.event.acled = e.acled;
      c.event.sentence = doc_.sentences[index_].span;
      // The trigger's span: the pattern's words when they are contiguous.
      int lo = t, hi = t;
      for (int k2 : covered) {
        lo = std::min(lo, k2);
        hi = std::max(hi, k2);
      }
      if (hi - lo + 1 != static_cast<int>(covered.size())) lo = hi = t;
      c.event.trigger = Span{v_.tok(lo).span.begin, v_.tok(hi).span.end};
      // A role's text stops before the trigger's own words when the parser
      // hung them on it: "placed [the opposition leader] under house arrest".
      for (Role* r : {&src, &tgt}) {
        if (!r->present || r->head < 0) continue;
        const int h = static_cast<int>(r->head) - static_cast<int>(v_.DocIndex(0));
        int cut = -1;
        for (int k2 : covered)
          if (k2 > h && v_.tok(k2).span.begin < r->actor.span.end && (cut < 0 || k2 < cut)) cut = k2;
        if (cut < 0) continue;
        int last = cut - 1;
        while (last > h && (v_.tok(last).upos == Upos::kAdp || v_.tok(last).upos == Upos::kPunct))
          --last;
        r->actor.span.end = v_.tok(last).span.end;
      }

      // "killed by an improvised explosive device", "a minefield explosion
      // killed two youths": an explosive in the source slot is the weapon of
      // someone unknown, not an actor, and makes the attack a bombing.
      // So is a rocket or shell (class MUNITION: "rockets fired by Hezbollah
      // struck northern Israel"; a tank has a crew); whoever a participle says fired or planted it is the
      // source ("fired by Hezbollah", "an IED planted by militants").
      const bool weapon_as_source =
          e.type == "ASSAULT" && src_head >= 0 &&
          (InClass(src_head, "EXPLOSIVE") || InClass(src_head, "MUNITION"));
      if (weapon_as_source) {
        const int weapon = src_head;
        src = Role();
        src_head = -1;
        if (e.mode.empty()) Recode(&c.event, "ASSAULT", "183");
        for (int ch : v_.children(weapon))
          if (v_.Base(ch) == "acl" && v_.IsParticipleModifier(ch)) {
            const int agent = Agent(ch);
            if (agent < 0) continue;
            Role r = CodeRole(agent);
            if (r.known) {
              src = r;
              src_head = agent;
            }
            break;
          }
      }
      if (e.type == "ASSAULT" && e.mode.empty() && !src.present && InClass(AttackAround(t), "EXPLOSIVE"))
        Recode(&c.event, "ASSAULT", "183");
      // The harm a participle clause tells of an explosive's clause is the
      // bombing's: "an IED planted by militants exploded near a convoy,
      // injuring 3 soldiers" (whoever planted it).
      if (e.type == "ASSAULT" && e.mode.empty() && verb && v_.Base(t) == "advcl" &&
          (v_.Feat(t, "VerbForm") == "Part" || v_.Feat(t, "VerbForm") == "Ger")) {
        for (int ch : v_.children(v_.head(t)))
          if (v_.Base(ch) == "nsubj" && InClass(ch, "EXPLOSIVE")) {
            Recode(&c.event, "ASSAULT", "183");
            break;
          }
      }
      // Killed in a clash, or the clash itself ("clashes between police and
      // protesters"): two sides fought.
      c.in_clash =
          e.type == "ASSAULT" && (InClass(AttackAround(t), "CLASH") || InClass(t, "CLASH"));
      // "arrested 12 students during a protest", "shot dead a protester at a
      // rally": the act is an intervention in that protest (ACLED).
      for (int ch : v_.children(t))
        if (v_.Base(ch) == "obl" && (v_.HasCase(ch, "during") || v_.HasCase(ch, "at")) &&
            InClass(ch, "PROTESTEVENT"))
          c.at_protest = true;
      // An attack by aircraft is an air strike ("British aircraft ... killed
      // 4 Iraqis", "warplanes bombed the town", "helicopters opened fire"), by
      // drones a drone strike; a verb of artillery keeps its mode
      // ("helicopters and tanks shelled").
      // A suicide bomber is no aircraft.
      auto suicide_bomber = [&] {
        return std::any_of(v_.children(src_head).begin(), v_.children(src_head).end(),
                           [&](int ch) { return v_.HasKey(ch, "suicide"); });
      };
      if (e.type == "ASSAULT" && (e.mode.empty() || e.mode == "explosives" || e.mode == "firearms") &&
          InClass(src_head, "AIRCRAFT") && !suicide_bomber())
        Recode(&c.event, "ASSAULT", InClass(src_head, "DRONE") ? "1952" : "195");
      // A bombing by suicide bombers is a suicide attack: "two Al Shabaab
      // suicide bombers detonated car bombs".
      if (e.type == "ASSAULT" && e.mode == "explosives" && src_head >= 0 && suicide_bomber())
        Recode(&c.event, "ASSAULT", "1831");

      // A source from the clause when the frame slot is empty: the nearest
      // governing verb's subject ("Rabat has pursued a policy ... resulting
      // in the dismantling of numerous cells").
      const bool head_frame = std::any_of(e.frame.source.begin(), e.frame.source.end(),
                                          [](const Slot& s) {
                                            return s.kind == Slot::Kind::kHead ||
                                                   s.kind == Slot::Kind::kSubj;
                                          });
      // A passive's source is its agent or no one: "schoolgirls kidnapped
      // in Zamfara were freed", "civilians remain ... bombed".
      // Nor is an act given as a cause ("iniciaron una huelga de hambre por la
      // detención de sus dirigentes", "protested over the arrest of"): the
      // clause's subject reacts to it.
      // "a raíz del secuestro" is parsed with "raíz" heading the phrase.
      const bool cause =
          !verb && ((v_.Base(t) == "nmod" && v_.HasKey(v_.head(t), "raiz")) ||
                    (v_.Base(t) == "obl" &&
                     (v_.HasCase(t, "por") || v_.HasCase(t, "over") || v_.HasCase(t, "against") ||
                      v_.HasCase(t, "contra") || v_.HasCaseWord(t, "raiz") ||
                      v_.HasCaseWord(t, "debido") || v_.HasCaseWord(t, "because") ||
                      v_.HasCaseWord(t, "due"))));
      // A participle describing someone ("guerrilleros encarcelados en
      // Perú") is passive too: its agent only from "por"/"by".
      if (!src.present && head_frame && !weapon_as_source && !cause && !held_in &&
          !(verb && (v_.IsPassive(t) || v_.IsParticipleModifier(t) ||
                     ReducedPassiveSubject(t, intransitive, done_to_people) >= 0))) {
        int cur = t;
        for (int step = 0; step < 9 && !src.known; ++step) {
          const int p = v_.head(v_.FirstConjunct(cur));
          if (p < 0) break;
          if (v_.Base(v_.FirstConjunct(cur)) == "ccomp" || v_.Base(v_.FirstConjunct(cur)) == "parataxis")
            break;
          // Who protests, condemns or rejects an act is its opponent, not its
          // agent: "los jóvenes protestan contra la incautación de antenas"
          // (class OPPOSE) gives the seizure no source; so does a protest
          // or condemnation noun ("a strike in protest of last week's arrest
          // of activists": the strikers did not arrest them).
          // Who answers a request or a question about it answers that
          // (class ANSWER: "have not responded to requests for comment on
          // the decision to evacuate migrants"): the walk goes on.
          if (InClass(p, "OPPOSE") &&
              !(InClass(p, "ANSWER") && cur != t && InClass(v_.FirstConjunct(cur), "STATEMENT")))
            break;
          // Nor is who witnesses, survives or recounts it ("a resident who
          // witnessed the attack"; class OBSERVE).
          if (InClass(p, "OBSERVE")) break;
          // Nor the clause around someone "involved in", "suspected of" or
          // "accused of" it ("the police arrested men suspected of planning
          // attacks": the police planned nothing; class INVOLVE).
          if (InClass(p, "INVOLVE")) break;
          // The subject of a receiving light verb undergoes the act ("they
          // face imprisonment", "received praise"): the frame's `head` slot
          // made it the target if anything, never the source.
          if (p == light.verb && light.receiving) break;
          // The walk stops at someone a clause or phrase around the act
          // describes: "demanded the arrest of the officers involved in the
          // shooting" (the protesters did not shoot). Where that clause makes
          // them its agent ("the gunmen attacking the convoy"), the step before
          // found them as its subject.
          if (!verb && cur != t && v_.IsNominal(p) && !v_.IsVerbal(p) &&
              (v_.Base(cur) == "acl" || v_.Base(cur) == "nmod" || v_.Base(cur) == "amod") &&
              (InClass(p, "HUMAN") || v_.tok(p).upos == Upos::kPropn))
            break;
          // Nor did the clause do an act that is its agent ("damages caused
          // by a missile attack").
          if (!verb && cur == t && (v_.rel(t) == "obl:agent" || v_.HasCase(t, "by"))) break;
          // A noun trigger modifying another noun describes it ("the
          // mastermind of the attack", "in connection with the bombing"): the
          // clause around that noun did not do the act. A noun of acts or quantities passes
          // ("a wave of arrests", "a campaign of bombings", "dozens of raids",
          // "after five days of fighting"),
          // and so do "responsibility for the attack" (class AUTHORSHIP) and
          // "una nota de protesta" (DOCUMENT, STATEMENT; "a statement on the
          // release" is about the act, not the act);
          // an "in" phrase is the clause's circumstance the parser hung on a
          // noun ("wounded two soldiers in a bomb attack").
          if (!verb && cur == t && v_.Base(t) == "nmod" && v_.tok(p).upos == Upos::kNoun &&
              p != light.verb && !v_.HasCase(cur, "in") && !v_.HasCase(cur, "en") && !InClass(p, "ACTNOUN") &&
              !InClass(p, "OPERATION") && !InClass(p, "QUANTITY") &&
              !InClass(p, "PROTESTEVENT") && !InClass(p, "ATTACKEVENT") &&
              !InClass(p, "AUTHORSHIP") && !InTime(p) &&
              !((InClass(p, "DOCUMENT") || InClass(p, "STATEMENT")) &&
                (v_.HasCase(t, "of") || v_.HasCase(t, "de"))))
            break;
          // A protest noun is done by whoever takes part in it: its clause's
          // subject is the protester only when the verb is one of taking part
          // ("thousands joined the protests", "participaron en una
          // manifestación") or of holding it, also through another noun
          // ("protagonizarán una jornada de protesta"). Who faces, bans,
          // provokes or disperses a protest, or acts during or after one, is
          // not its source (codebook 14.1).
          if (!verb && e.type == "PROTEST" && v_.IsVerbal(p) && !InClass(p, "PARTICIPATE")) {
            const auto cues = CuesOf(p);
            if (std::none_of(cues.begin(), cues.end(),
                             [](const CueEntry* ce) { return ce->cue == Cue::kLight; }))
              break;
          }
          if (v_.IsVerbal(p)) {
            const int s = Subject(p);
            // A clause with a subject of its own that names no actor ("the
            // car hit a roadside bomb", "with many facing threats of ...
            // sexual assault") gives the act no source, and neither does any
            // clause around it: the walk stops rather than guess.
            const int own = v_.Child(p, "nsubj");
            if (s >= 0 && s != t && own >= 0 && v_.Referent(own) == s &&
                v_.tok(own).upos != Upos::kPron && !CodeRole(ThroughQuantity(s)).known &&
                !CodeRole(s).known)
              break;
            // Nor does a passive with no agent ("a court has lifted orders ...
            // dealing a blow to Gachagua, who was impeached and removed from
            // office amid accusations of gross misconduct"): whoever
            // underwent it, the clauses around it did not do the act.
            // (A participle modifier is read as passive too, and the tagger
            // makes "Israeli troops remained on alert" one: the walk goes on.)
            if (s < 0 && v_.IsPassive(p) && !v_.IsParticipleModifier(p)) break;
            if (s >= 0 && s != t) {
              const int through = ThroughQuantity(s);
              Role r = CodeRole(through);
              if (!r.known) r = CodeRole(s);
              if (r.known) {
                src = r;
                src.from_context = true;
                c.source_fallback = true;
              }
            }
          }
          cur = p;
        }
      }
      // Speech: the speaker is kept; for a verbal event with no source, the
      // speaker is its source ("He added that the intention is to intensify
      // dialogue with Morocco").
      Role speaker = Speaker(t, light);
      if (speaker.present) {
        Actor a = speaker.actor;
        c.event.speaker = a;
        const int quad = PloverQuad(e.type);
        if (!src.known && speaker.known && (quad == 1 || quad == 3)) {
          src = speaker;
          src.from_context = true;
        }
        // Police or a ministry telling of an arrest with no agent made it:
        // "Three suspects were taken into custody, police said". Only the
        // state's own agencies (not a witness, a lawyer or a rights group).
        const std::string& sector = speaker.actor.sector;
        if (!src.present && speaker.known && e.type == "COERCE" && e.mode == "arrest" &&
            (sector == "COP" || sector == "MIL" || sector == "GOV" || sector == "JUD")) {
          src = speaker;
          src.from_context = true;
        }
      }
      // Cooperation with no partner named in a purpose clause takes the
      // governing verb's object: "moving closer to the Alawi kingdom to join
      // forces", "approach Rabat to reach agreements".
      if (!tgt.known && (PloverQuad(e.type) == 1 || PloverQuad(e.type) == 2)) {
        int cur = light.verb >= 0 ? light.verb : t;
        for (int step = 0; step < 4 && !tgt.known; ++step) {
          const int f = v_.FirstConjunct(cur);
          const int p = v_.head(f);
          if (p < 0) break;
          if (v_.IsVerbal(p)) {
            for (int ch : v_.children(p)) {
              if (ch == f) continue;
              const std::string_view b = v_.Base(ch);
              const bool partner = b == "obj" || (b == "obl" && (v_.HasCase(ch, "to") ||
                                                                 v_.HasCase(ch, "with") ||
                                                                 v_.HasCase(ch, "a") ||
                                                                 v_.HasCase(ch, "con")));
              if (!partner) continue;
              Role r = CodeRole(ch);
              if (r.known && !(src.known && r.actor.country == src.actor.country &&
                               r.actor.name == src.actor.name)) {
                tgt = r;
                tgt.from_context = true;
                break;
              }
            }
          }
          cur = p;
        }
      }
      // One phrase is not both roles ("cooperation between the United States
      // and Ukraine" read twice): the target goes.
      if (src.present && tgt.present && src.actor.span.begin == tgt.actor.span.begin &&
          src.actor.span.end == tgt.actor.span.end)
        tgt = Role();
      c.source = src;
      c.target = tgt;

      // Status.
      int report = -1;
      const StatusInfo status = DecideStatus(t, light, e.type == "PROTEST", &report);
      const EventDate date = DateEvent(doc_, c.trigger, c.trigger + 1);
      EventStatus st = EventStatus::kAsserted;
      switch (status.rank ? status.cue : Cue::kReport) {
        case Cue::kNegated: st = EventStatus::kNegated; break;
        case Cue::kCalledFor: st = EventStatus::kHypothetical; c.event.called_for = true; break;
        case Cue::kPlanned: st = EventStatus::kPlanned; break;
        case Cue::kAttempted: st = EventStatus::kAttempted; break;
        case Cue::kHypothetical: st = EventStatus::kHypothetical; break;
        case Cue::kAggregate: st = EventStatus::kAggregate; break;
        default: break;
      }
      if (date.bound == TimeBound::kStart && status.rank < Rank(Cue::kAggregate))
        st = EventStatus::kAggregate;
      if (st == EventStatus::kAsserted && SetForALaterDay(date, t, light))
        st = EventStatus::kPlanned;
      c.event.status = st;
      c.status_from_course = status.from_course;
      c.status_from_condition = status.ConditionOnly();
      if (date.bound != TimeBound::kStart) c.event.date = date.value;

      // Count: of the people arrested, attacked, deported; of the protesters.
      const bool count_type = e.type == "COERCE" || e.type == "ASSAULT" || e.type == "PROTEST" ||
                              (e.type == "RETREAT" && e.mode == "release") || e.type == "AID";
      if (count_type) {
        const Role& who = e.type == "PROTEST" ? c.source : c.target;
        const int who_head = e.type == "PROTEST" ? src_head : tgt_head;
        if (who.present && who_head >= 0 && (who.human || who.known))
          CountFor(who_head, &c);
        if (!c.event.count && !verb) CountFor(t, &c);  // "11 arrests", "11 detenidos"
      }
      c.places = PlacesOf(t, light);
      // "arrested five men in Kenitra": the parser often hangs the place on
      // the object; a locative modifier of a role is the event's place too.
      for (int h : {tgt_head, src_head}) {
        if (!c.places.empty() || h < 0) break;
        for (int ch : v_.children(h)) {
          if (v_.Base(ch) != "nmod" || !IsLocativePrep(lang_, v_.CaseOf(ch))) continue;
          const auto [lo_tok, end_tok] = v_.Phrase(ch, true);
          for (const Place* p : PlacesIn(lo_tok, end_tok)) c.places.push_back(p);
        }
      }
      // Failing those, for a material conflict (where ACLED and its users
      // place every event), a place anywhere in the trigger's clause. Not for
      // statements: the places they name are mostly their topics ("urged
      // Beijing to ...", "calls for rearming Europe").
      if (c.places.empty() && (e.type == "ASSAULT" || e.type == "COERCE" || e.type == "PROTEST" ||
                               e.type == "MOBILIZE"))
        c.places = PlacesInClause(verb ? t : light.verb >= 0 ? light.verb : v_.GoverningHead(t), c,
                                  /*destination=*/e.type == "MOBILIZE");
      // An attack told by its weapon (explosives, a suicide bombing,
      // aircraft, drones, artillery, chemicals) at a place happened whoever
      // did it and whoever it hit: "a car bomb exploded at a busy market in
      // Mogadishu", "a landmine exploded under a vehicle near Djibo". ACLED
      // codes such remote violence with unknown actors. Not a plural noun
      // ("conducts bombings in Somalia" tells a habit) or one with no place
      // ("preparations for launching an ICBM"), nor an act someone is
      // suspected of or protests (classes INVOLVE, OPPOSE: "suspected of
      // blowing up a plane", "protestaba contra el bombardeo de la embajada").
      static const std::set<std::string_view> kWeaponModes = {
          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "unconventional"};
      // The place may be anywhere in the clause: "a roadside bomb hit a police
      // vehicle in Mandera".
      const int governor = v_.GoverningHead(t);
      if (c.event.type == "ASSAULT" && kWeaponModes.count(c.event.mode) > 0 &&
          (verb || v_.Feat(t, "Number") != "Plur") && !InClass(governor, "INVOLVE") &&
          !InClass(governor, "OPPOSE")) {
        const int clause = !verb && governor >= 0 && v_.IsVerbal(governor) ? governor : t;
        const auto [clause_first, clause_end] = v_.Phrase(clause, true);
        c.told_by_weapon = !c.places.empty() || !PlacesIn(clause_first, clause_end).empty();
      }
      NoteReferences(t, light, &c);
      // Coordinated actors of different codes: one event per actor pair.
      const auto sources = ConjunctRoles(c.source, src_head);
      const auto targets = ConjunctRoles(c.target, tgt_head);
      // A pronoun never stands for the other side of its own act: in "unless
      // they have intention to undertake a military invasion of the DPRK and
      // Russian Federation", "they" is not "the two countries" (the DPRK) of
      // the sentence before. It stands for the latest other fitting mention,
      // if any, else for no one known. (Not a reflexive: "turned themselves
      // in" names its subject.)
      auto other_side_of = [&](Role* pronoun, const Role& other,
                               const std::vector<std::pair<Role, int>>& other_conjuncts) {
        const int h = pronoun->pronoun - static_cast<int>(v_.DocIndex(0));
        if (pronoun->pronoun < 0 || !pronoun->known || !other.known || h < 0 || h >= v_.size() ||
            v_.Feat(h, "Reflex") == "Yes")
          return;
        std::vector<Actor> other_side = {other.actor};
        for (const auto& conjunct : other_conjuncts) other_side.push_back(conjunct.first.actor);
        if (std::none_of(other_side.begin(), other_side.end(),
                         [&](const Actor& a) { return SameCodes(a, pronoun->actor); }))
          return;
        const Mention* antecedent = ResolvePronoun(h, Pronoun(lang_, v_.Key(h)), other_side);
        *pronoun = antecedent ? FromMention(*antecedent, h) : UnresolvedPronoun(h);
      };
      other_side_of(&c.source, c.target, targets);
      other_side_of(&c.target, c.source, sources);
      if (sources.empty() && targets.empty()) {
        found.push_back(std::move(c));
        break;  // the first sense that holds is the trigger
      }
      const std::vector<std::pair<Role, int>> one_src = {{c.source, src_head}};
      const std::vector<std::pair<Role, int>> one_tgt = {{c.target, tgt_head}};
      // A reciprocal act (its partner told with "with", "con", "between",
      // "entre") done by a coordination with no partner named has the
      // conjuncts for partners (codebook 6.1): "Russia and China held talks"
      // is RUS → CHN and CHN → RUS, "Marruecos y España firmaron un acuerdo"
      // MAR → ESP and ESP → MAR. (Up to four conjuncts, every ordered pair.)
      if (IsReciprocal(e) && !c.target.present && sources.size() >= 2 && sources.size() <= 4) {
        const size_t before = found.size();
        for (size_t i = 0; i < sources.size(); ++i)
          for (size_t j = 0; j < sources.size(); ++j) {
            const Role& s_role = sources[i].first;
            const Role& t_role = sources[j].first;
            // Conjuncts inside one head ("the foreign ministers of Peru and
            // Chile") are one phrase, which is never both sides of an act.
            if (i == j || !s_role.known || !t_role.known || s_role.head == t_role.head ||
                SameCodes(s_role.actor, t_role.actor))
              continue;
            Candidate each = c;
            each.source = s_role;
            each.target = t_role;
            found.push_back(std::move(each));
          }
        if (found.size() > before) break;  // the first sense that holds is the trigger
      }
      for (const auto& [s_role, s_head] : sources.empty() ? one_src : sources)
        for (const auto& [t_role, t_head] : targets.empty() ? one_tgt : targets) {
          if (s_role.known && t_role.known && SameCodes(s_role.actor, t_role.actor))
            continue;  // "Colombia y Venezuela firmaron con Colombia": no self-pair
          Candidate each = c;
          each.source = s_role;
          each.target = t_role;
          if (count_type) {
            const bool split = e.type == "PROTEST" ? !sources.empty() : !targets.empty();
            const int who_head = e.type == "PROTEST" ? s_head : t_head;
            if (split) {
              each.event.count.reset();
              each.event.count_at_least = false;
              CountFor(who_head, &each);
            }
          }
          found.push_back(std::move(each));
        }
      break;  // the first sense that holds is the trigger
    }
    m = end;
  }
  FoldContents(&found);
  AddContentRequests(&found);
  for (Candidate& c : found)
    if (!c.dropped) Convert(&c);
  DropMotives(&found);
  DropTopics(&found);
  Merge(&found);
  // One phrase is never both sides of an act: a source merged in from
  // another trigger that is the target ("a passenger train came under
  // attack, injuring eight") is no source.
  for (Candidate& c : found)
    if (c.source.present && c.target.present && c.source.head >= 0 && c.source.head == c.target.head)
      c.source = Role();
  CollectAnchors(found);
  for (Candidate& c : found)
    if (!c.dropped) out->push_back(std::move(c));
}

}  // namespace

void CodeSentence(const EventCoder& coder, const Document& doc, uint32_t sentence,
                  std::string_view lang, DocState* state, std::vector<Candidate>* out) {
  SentenceCoder(coder, doc, sentence, lang, state).Run(out);
}

}  // namespace strabo::events::internal

#include "events/parse_view.h"

#include <algorithm>

#include "events/inflect.h"
#include "events/triggers.h"
#include "events/word_key.h"
#include "util/text.h"

namespace strabo::events {
namespace {

bool IsClausal(std::string_view base) {
  return base == "acl" || base == "advcl" || base == "ccomp" || base == "xcomp" ||
         base == "parataxis" || base == "csubj" || base == "dislocated" || base == "reparandum" ||
         base == "vocative" || base == "discourse";
}

// English verbs that take an object and a "to" infinitive whose subject the
// object is ("allow police to detain", "urge the government to resign").
constexpr std::string_view kObjectAndInfinitiveVerbs[] = {
    "allow",   "permit", "authorize", "authorise", "empower",   "enable", "force", "order",
    "require", "urge",   "ask",       "tell",      "encourage", "compel", "oblige"};

bool IsDigits(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != ' ') return false;
  }
  return digit;
}

}  // namespace

ParseView::ParseView(const Document& doc, const Sentence& sentence, std::string_view lang)
    : doc_(doc), sentence_(sentence), lang_(lang) {
  tokens_ = std::span<const Token>(doc.tokens.data() + sentence.first_token, sentence.num_tokens());
  RepairTags();
  const int n = size();
  heads_.assign(static_cast<size_t>(n), -1);
  rels_.reserve(static_cast<size_t>(n));
  children_.resize(static_cast<size_t>(n));
  keys_.reserve(static_cast<size_t>(n));
  parsed_ = n > 0;
  for (int i = 0; i < n; ++i) {
    const Token& t = tok(i);
    keys_.push_back(TokenKeys(lang_, t));
    rels_.push_back(t.deprel);
    if (t.head == Token::kNoHead) {
      parsed_ = false;
      continue;
    }
    const int h = t.head - 1;
    if (h >= 0 && h < n && h != i) heads_[static_cast<size_t>(i)] = h;
  }
  if (!parsed_) {
    std::fill(heads_.begin(), heads_.end(), -1);
    return;
  }
  LinkChildren();
  // The mends, in order. Each rewires a few words; one that would leave a
  // cycle (a word its own ancestor: a parse no mend foresaw) is undone, so
  // that every reader of the view may walk up from any word to the root.
  using Mend = void (ParseView::*)();
  static constexpr Mend kMends[] = {
      &ParseView::MendNameBeforeTitle,
      &ParseView::MendDependentOfPunctuation,
      &ParseView::MendDependentOfBracketedWord,
      &ParseView::MendBracketedApposition,
      &ParseView::MendStrandedAdjective,
      &ParseView::MendArgumentReadAsModifierOfTime,
      &ParseView::MendSplitSubject,
      &ParseView::MendNameSplitIntoTwoSubjects,
      &ParseView::MendConjunctReadAsSecondSubject,
      &ParseView::MendConjunctReadAsApposition,
      &ParseView::MendSubjectSplitInsideModifier,
      &ParseView::MendAgentReadAsModifier,
      &ParseView::MendNameAfterAcronymAndColon,
      &ParseView::MendOfPhraseReadAsClause,
      &ParseView::MendVerbReadAsNoun,
      &ParseView::MendVerbReadAsCompound,
      &ParseView::MendVerbAfterAuxiliaryReadAsNoun,
      &ParseView::MendClauseReadAsPrepositionalPhrase,
      &ParseView::MendCompoundReadAsInfinitive,
      &ParseView::MendObjectPredicateReadAsAdverbial,
      &ParseView::MendObjectInfinitiveReadAsAdverbial,
      &ParseView::MendVerbsPhraseReadAsObjectModifier,
      &ParseView::MendParticipleClauseOnSubjectlessComplement,
      &ParseView::MendPredicateReadAsParataxisOfRelative,
      &ParseView::MendComplementReadAsAdverbial,
      &ParseView::MendPurposeReadAsModifierOfMeans,
      &ParseView::MendHeadReadAsSubjectOfItsModifier,
      &ParseView::MendAppositionReadAsConjunct,
      &ParseView::MendMainVerbReadAsComplementOfRelativeEnglish,
      &ParseView::MendConjunctReadAsModifier,
      &ParseView::MendObjectReadAsOblique,
      &ParseView::MendObjectReadAsAgent,
      &ParseView::MendPassiveSubjectOfActiveVerb,
      &ParseView::MendNounReadAsCompoundOfModifier,
      &ParseView::MendReportingClauseReadAsComplement,
      &ParseView::MendResultativeDead,
      &ParseView::MendNounReadAsImperative,
      &ParseView::MendCountedNounReadAsVerb,
      &ParseView::MendParticipleClauseReadAsRoot,
      &ParseView::MendMainVerbReadAsModifierBeforeParticiple,
      &ParseView::MendReducedRelativeReadAsMainVerb,
      &ParseView::MendIntroductoryDateHungOnNominal,
      &ParseView::MendIntroductoryPhraseRoot,
      &ParseView::MendMainVerbReadAsParticipleWithObject,
      &ParseView::MendVerbReadAsModifier,
      &ParseView::MendMainClauseReadAsRelative,
      &ParseView::MendRelativeClauseReadAsComplementOfParticiple,
      &ParseView::MendMainVerbReadAsComplementOfRelative,
      &ParseView::MendMainVerbReadAsRelativeOfInfinitivesSubject,
      &ParseView::MendSubjectOfPurposeInfinitive,
      &ParseView::MendControlVerbReadAsNoun,
      &ParseView::MendRelativeClauseReadAsAdverbial,
      &ParseView::MendSubjectAfterIntroductoryDate,
      &ParseView::MendSubjectReadAsTimeModifier,
      &ParseView::MendComplementReadAsRelativeOfTime,
      &ParseView::MendTimeReadAsSecondSubject,
      &ParseView::MendFiniteConjunctOfNonFiniteVerb,
  };
  std::vector<int> heads_before;
  std::vector<std::string_view> rels_before;
  for (const Mend mend : kMends) {
    heads_before = heads_;
    rels_before = rels_;
    (this->*mend)();
    if (HasCycle()) {
      heads_ = heads_before;
      rels_ = rels_before;
      LinkChildren();
    }
  }
  AddTwoWordKeys();
}

// The word classes hold two-word names of things ("coche bomba", "choque
// armado", "fuerza aérea", "car bomb", "machine gun"), and a class is asked of
// a phrase's head word: the head also has the keys of itself with the word
// next to it that modifies it without a preposition (after it: "coche bomba",
// with "bomba" an amod or nmod; before it, as a compound: "car bomb").
void ParseView::AddTwoWordKeys() {
  // Read the single-word keys before any two-word key is added.
  std::vector<std::pair<int, std::string>> added;
  auto join = [&](int at, int first, int second) {
    for (const std::string& a : keys_[static_cast<size_t>(first)])
      for (const std::string& b : keys_[static_cast<size_t>(second)])
        added.emplace_back(at, a + " " + b);
  };
  for (int h = 0; h < size(); ++h) {
    if (!IsNominal(h) || tok(h).upos == Upos::kPron) continue;
    const int next = h + 1;
    if (next < size() && head(next) == h && Child(next, "case") < 0) {
      const std::string_view b = Base(next);
      if (b == "amod" || b == "compound" || b == "nmod" || b == "appos" || b == "flat")
        join(h, h, next);
    }
    const int before = h - 1;
    if (before >= 0 && head(before) == h && Base(before) == "compound") join(h, before, h);
  }
  for (auto& [at, key] : added) {
    std::vector<std::string>& keys = keys_[static_cast<size_t>(at)];
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
}

int ParseView::IntroductoryDateComma() const {
  if (lang_ != "en" || size() < 5 || tok(0).upos != Upos::kAdp) return -1;
  int comma = -1;
  for (int k = 1; k < size() && k <= 6 && comma < 0; ++k)
    if (Text(k) == ",") comma = k;
  if (comma < 2) return -1;
  for (int k = 1; k < comma; ++k)
    if (!InTime(k)) return -1;
  return comma;
}

bool ParseView::HasCycle() const {
  for (int i = 0; i < size(); ++i) {
    int k = i;
    for (int steps = 0; k >= 0; ++steps, k = head(k))
      if (steps > size()) return true;
  }
  return false;
}

void ParseView::LinkChildren() {
  for (auto& c : children_) c.clear();
  for (int i = 0; i < size(); ++i)
    if (heads_[static_cast<size_t>(i)] >= 0) children_[static_cast<size_t>(heads_[i])].push_back(i);
}

// "In this context, Javier Colomina Piriz, Deputy Secretary General of NATO,
// stressed ...": parsers sometimes hang the name on the comma before it and
// make the title the subject, which loses the person. Punctuation never has
// dependents in UD, so a name (PROPN with its flat parts) hung on punctuation
// and followed by a comma and the phrase of a subject is mended into the gold
// reading: the name is the subject and the title its apposition.
bool ParseView::Dominates(int a, int b) const {
  for (int steps = 0; b >= 0 && steps <= size(); ++steps, b = head(b))
    if (b == a) return true;
  return false;
}

int ParseView::Root() const {
  for (int i = 0; i < size(); ++i)
    if (head(i) < 0 && Base(i) == "root") return i;
  return -1;
}

int ParseView::VerblessRoot() const {
  const int root = Root();
  return root >= 0 && IsNominal(root) && Child(root, "cop") < 0 ? root : -1;
}

bool ParseView::IsSubjectlessToInfinitive(int i) const {
  return tok(i).upos == Upos::kVerb && Feat(i, "VerbForm") == "Inf" && HasCase(i, "to") &&
         !HasCase(i, "for") && Child(i, "aux") < 0;
}

bool ParseView::HasClauseOfItsOwn(int v) const {
  for (int c : children(v)) {
    const std::string_view b = Base(c);
    if (b == "nsubj" || b == "csubj" || b == "mark" || b == "expl" || b == "aux") return true;
  }
  return false;
}

void ParseView::RootAtVerbOfSubject(int verb, int old_root, int subject,
                                    std::string_view subject_rel) {
  const std::vector<int> before = children(old_root);
  Attach(verb, -1, "root");
  Attach(subject, verb, subject_rel);
  // What the old root held before the subject (an opening time) is the verb's.
  for (int c : before)
    if (c < subject) Attach(c, verb, rel(c));
}

void ParseView::PromoteToRoot(int verb, int old_root) {
  Attach(verb, -1, "root");
  if (old_root < 0) return;
  for (int c : children(old_root)) {
    if (c <= verb) continue;
    heads_[static_cast<size_t>(c)] = verb;  // the clause's own dependents
    // A participle clause the parser hung on the noun ("Herders attacked
    // farmers ..., killing seven people") modifies the clause: its subject
    // is the clause's subject, not the clause.
    if (rel(c) == "acl") Attach(c, verb, "advcl");
  }
}

void ParseView::PromoteWithRootAsSubject(int verb, int old_root) {
  const bool passive = Child(verb, "aux:pass") >= 0;
  PromoteToRoot(verb, old_root);
  Attach(old_root, verb, passive ? "nsubj:pass" : "nsubj");
  LinkChildren();
}

void ParseView::MendNameBeforeTitle() {
  for (int name = 0; name < size(); ++name) {
    const int p = head(name);
    if (p < 0 || tok(name).upos != Upos::kPropn || tok(p).upos != Upos::kPunct) continue;
    int last = name;
    for (int c : children(name))
      if (Base(c) == "flat") last = std::max(last, c);
    const int comma = last + 1;
    if (comma + 1 >= size() || Text(comma) != ",") continue;
    for (int subject = comma + 1; subject < size(); ++subject) {
      if (Base(subject) != "nsubj" || Phrase(subject, true).first != comma + 1) continue;
      if (Dominates(name, head(subject))) break;  // the swap would make a cycle
      Attach(name, head(subject), rel(subject));
      Attach(subject, name, "appos");
      LinkChildren();
      break;
    }
  }
}

// "On 9 May 2023, PTI supporters protesting against the arrest ...": the
// parser hung the nominal after the date's comma on the comma as its
// apposition. Punctuation has no dependents in UD: what is hung on a
// punctuation mark (and was not mended by MendNameBeforeTitle) is hung, with
// its relation, on the mark's head.
void ParseView::MendDependentOfPunctuation() {
  for (int i = 0; i < size(); ++i) {
    const int p = head(i);
    if (p < 0 || tok(p).upos != Upos::kPunct || tok(i).upos == Upos::kPunct || head(p) < 0 ||
        Dominates(i, head(p)))
      continue;
    Attach(i, head(p), rel(i));
  }
  LinkChildren();
}

// "Russian President Boris Yeltsin on Saturday hosted ...": an adjective
// directly before a noun, such as a demonym before a title, is sometimes
// left out of the noun phrase (the sentence's root, with the verb as its
// advcl, or an obl:unmarked of the verb), which loses the actor's country.
// An adjective followed by a noun or proper noun, with no subject and no
// copula of its own, is mended into the noun's amod; when it was the root,
// its clausal dependent (the verb) becomes the root and takes its other
// dependents.
void ParseView::MendStrandedAdjective() {
  for (int a = 0; a + 1 < size(); ++a) {
    const Upos next = tok(a + 1).upos;
    if (tok(a).upos != Upos::kAdj || (next != Upos::kNoun && next != Upos::kPropn)) continue;
    if (Child(a, "nsubj") >= 0 || Child(a, "cop") >= 0 || head(a + 1) == a) continue;
    const std::string_view b = Base(a);
    int verb = -1;
    if (b == "root") {
      for (int c : children(a))
        if (tok(c).upos == Upos::kVerb &&
            (Base(c) == "advcl" || Base(c) == "ccomp" || Base(c) == "parataxis")) {
          verb = c;
          break;
        }
      if (verb < 0) continue;
    } else if (b != "obl" && b != "nsubj" && b != "obj" && b != "dep") {
      continue;
    }
    bool other = false;  // dependents besides punctuation and the verb
    for (int c : children(a)) other |= c != verb && tok(c).upos != Upos::kPunct;
    if (other) continue;
    if (verb >= 0) PromoteToRoot(verb, a);
    Attach(a, a + 1, "amod");
    LinkChildren();
  }
}

// "Burmese troops have captured ...": a clause has one subject, but the
// parser sometimes makes the word before the subject's phrase a second
// subject, and the coder takes the first ("Burmese", a country with no
// sector). A childless proper noun, noun or adjective that is a subject and
// directly precedes another subject of the same verb is mended into that
// subject's compound (amod for an adjective). Conjuncts split the same way:
// "a clash between Donald Trump and Ukrainian President Volodymyr
// Zelenskyy" parsed with "Ukrainian" a conjunct of its own and "Volodymyr"
// another; the word with nothing under it but its "and" joins the next
// conjunct, which takes the "and".
//
// Another parser makes the word an unmarked oblique of the verb instead
// ("Ugandan police arrested opposition candidate Robert Kyagulanyi":
// "Ugandan" obl:unmarked): the same word directly before the subject's phrase
// (not a time: "Monday police arrested ...") is the subject's as well.
void ParseView::MendSplitSubject() {
  for (int a = 0; a + 1 < size(); ++a) {
    const std::string_view rel_a = Base(a);
    const bool unmarked_oblique = rel_a == "obl" && Child(a, "case") < 0 && !InTime(a);
    if ((rel_a != "nsubj" && rel_a != "conj" && !unmarked_oblique) || head(a) < 0) continue;
    const std::string_view partner = unmarked_oblique ? std::string_view("nsubj") : rel_a;
    int cc = -1;
    bool other = false;  // dependents besides a conjunct's "and"
    for (int c : children(a)) {
      if (rel_a == "conj" && Base(c) == "cc" && c < a && cc < 0)
        cc = c;
      else
        other = true;
    }
    if (other) continue;
    const Upos u = tok(a).upos;
    if (u != Upos::kPropn && u != Upos::kNoun && u != Upos::kAdj) continue;
    for (int b : children(head(a))) {
      if (b <= a || Base(b) != partner || Phrase(b, false).first != a + 1) continue;
      // A time read as a subject ("Mohammad Zia-Ul-Haq today rejected")
      // is no phrase to join: MendTimeReadAsSecondSubject makes it the
      // verb's time.
      if (InTime(b)) break;
      if (rel_a == "conj" && Child(b, "cc") >= 0) break;  // "X and Y and Z"
      Attach(a, b, u == Upos::kAdj ? "amod" : "compound");
      if (cc >= 0) Attach(cc, b, "cc");
      LinkChildren();
      break;
    }
  }
}

// "Pakistan President Mohammad Zia-Ul-Haq today rejected a fresh offer": the
// parser made the last word of a name a second subject of the verb. A clause
// has one subject: a childless capitalised noun or proper noun that is a
// subject and directly follows the phrase of another subject of the same
// verb, a proper noun, ends that name (flat).
void ParseView::MendNameSplitIntoTwoSubjects() {
  for (int b = 1; b < size(); ++b) {
    const Upos u = tok(b).upos;
    if (Base(b) != "nsubj" || head(b) < 0 || !children(b).empty() ||
        (u != Upos::kPropn && u != Upos::kNoun) || !StartsUpper(Text(b)))
      continue;
    for (int a : children(head(b))) {
      if (a >= b || Base(a) != "nsubj" || tok(a).upos != Upos::kPropn || Phrase(a, false).second != b)
        continue;
      Attach(b, a, "flat");
      LinkChildren();
      break;
    }
  }
}

// "The police and the gendarmerie arrested 12 people": the parser made the
// second conjunct a second subject of the verb, its "and" with it. A clause
// has one subject: a subject whose phrase starts with a coordinating
// conjunction and directly follows the phrase of another subject of the
// same verb is that subject's conjunct, and keeps its "and".
void ParseView::MendConjunctReadAsSecondSubject() {
  for (int b = 2; b < size(); ++b) {
    if (Base(b) != "nsubj" || head(b) < 0) continue;
    const int first = Leftmost(b);
    if (first >= b || tok(first).upos != Upos::kCconj || Base(first) != "cc" || head(first) != b)
      continue;
    for (int a : children(head(b))) {
      if (a >= first || Base(a) != "nsubj" || Phrase(a, false).second != first) continue;
      Attach(b, a, "conj");
      LinkChildren();
      break;
    }
  }
}

// "a clash between U.S. President Donald Trump and Ukrainian President
// Volodymyr Zelenskyy": the parser hung the second name on the first as an
// apposition (another parser: as a list item), with the "and" inside it. An
// apposition never starts with a coordinating conjunction: one whose phrase
// does is a conjunct, and takes the "and".
void ParseView::MendConjunctReadAsApposition() {
  for (int x = 1; x < size(); ++x) {
    if ((Base(x) != "appos" && Base(x) != "list") || head(x) < 0 || head(x) > x) continue;
    const int first = Leftmost(x);
    if (first >= x || tok(first).upos != Upos::kCconj || Base(first) != "cc") continue;
    Attach(x, head(x), "conj");
    Attach(first, x, "cc");
    LinkChildren();
  }
}

// "the hijacking of a bus by armed bandits": the parser hangs the "by"
// phrase on the nearest noun, the "of" complement, where it reads as part of
// the victim's phrase ("a bus by armed bandits"). English puts a noun's agent
// after its "of" object, so a "by" phrase modifying the "of" complement of a
// common noun is mended into that noun's modifier: its agent.
void ParseView::MendAgentReadAsModifier() {
  if (lang_ != "en") return;
  for (int b = 0; b < size(); ++b) {
    const int of = head(b);
    if (of < 0 || of > b || Base(b) != "nmod" || !HasCase(b, "by")) continue;
    const int noun = head(of);
    if (noun < 0 || noun > of || Base(of) != "nmod" || !HasCase(of, "of") ||
        tok(noun).upos != Upos::kNoun)
      continue;
    Attach(b, noun, "nmod");
    LinkChildren();
  }
}

// "Military Forces of Sri Lanka dispersed protesters near the Prime
// Minister's office in Colombo (Western) with tear gas": the parser hung the
// phrase after the closing bracket on the word inside the brackets (an
// oblique of "Western"), where it modifies the region's name. A bracket
// closes its phrase: a word after a ")" hung on a word inside the brackets
// hangs on the word the bracketed phrase hangs on (an oblique of a nominal
// becoming its nmod).
void ParseView::MendDependentOfBracketedWord() {
  for (int k = 2; k < size(); ++k) {
    const int h = head(k);
    if (h < 1 || h >= k || Base(k) == "punct") continue;
    int open = h - 1;
    while (open >= 0 && tok(open).form != "(" && tok(open).form != ")") --open;
    if (open < 0 || tok(open).form != "(") continue;
    int close = h + 1;
    while (close < k && tok(close).form != ")" && tok(close).form != "(") ++close;
    if (close >= k || tok(close).form != ")") continue;
    int top = h;
    while (head(top) > open && head(top) < close) top = head(top);
    const int outer = head(top);
    if (outer < 0 || (outer >= open && outer <= close)) continue;
    const bool nominal_outer = IsNominal(outer) && Child(outer, "cop") < 0;
    Attach(k, outer,
           nominal_outer && Base(k) == "obl" ? std::string_view("nmod")
           : !nominal_outer && Base(k) == "nmod" ? std::string_view("obl")
                                                 : rel(k));
    LinkChildren();
  }
}

// "On 9 February 2023, JNIM: Group for Support of Islam and Muslims
// ambushed a patrol": ACLED names an actor by its acronym, a colon and its
// full name, and the parser read the full name as the subject of a verb it
// hung on the acronym as a relative clause (or as a second subject). A name
// after an acronym (a word in capitals) and a colon is the acronym's
// apposition: the one word of the name (its words capitalised, "of", "for",
// "and", "the" between them) that hangs outside it, when it is a noun or
// proper noun read as a subject, becomes the acronym's appos. (Only there:
// an acronym that is a conjunct, "the Government of Colombia and ELN:
// National Liberation Army", is left as the parser read it.)
void ParseView::MendNameAfterAcronymAndColon() {
  if (lang_ != "en") return;
  for (int colon = 1; colon + 1 < size(); ++colon) {
    const int acronym = colon - 1;
    if (Text(colon) != ":" || !IsNominal(acronym)) continue;
    const std::string_view a = Text(acronym);
    bool capitals = a.size() >= 2;
    for (char ch : a) capitals &= (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (!capitals) continue;
    int end = colon + 1;
    while (end < size()) {
      const std::string_view w = Text(end);
      const bool capitalised = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
      if (!capitalised && w != "of" && w != "for" && w != "and" && w != "the") break;
      ++end;
    }
    while (end > colon + 1 && !(Text(end - 1)[0] >= 'A' && Text(end - 1)[0] <= 'Z')) --end;
    int name = -1, outside = 0;
    for (int k = colon + 1; k < end; ++k)
      if (head(k) <= colon || head(k) >= end) {
        name = k;
        ++outside;
      }
    if (outside != 1 || Base(acronym) == "conj") continue;
    if (tok(name).upos == Upos::kVerb && name == colon + 1 && head(name) == acronym &&
        head(end - 1) == name && Base(end - 1) == "obj") {
      // "ADF: Allied Democratic Forces killed at least 18 civilians": the
      // name's first word read as a verb with the rest its object, and the
      // clause's verb a relative clause of that object. The word is the
      // name's adjective; what it governed after the name is the clause
      // verb's (its object when no preposition marks it).
      const int last = end - 1;
      int verb = -1;
      for (int c : children(last))
        if (c >= end && Base(c) == "acl" && tok(c).upos == Upos::kVerb) verb = c;
      if (verb < 0) continue;
      for (int c : children(name)) {
        if (c < end) continue;
        const bool object = Base(c) == "obl" && Child(c, "case") < 0 && Child(verb, "obj") < 0;
        Attach(c, verb, object ? std::string_view("obj") : rel(c));
        LinkChildren();
      }
      Retag(name, Upos::kAdj, "");
      Attach(name, last, "amod");
      Attach(last, acronym, "appos");
      Attach(colon, last, "punct");
      LinkChildren();
      continue;
    }
    if ((tok(name).upos != Upos::kNoun && tok(name).upos != Upos::kPropn) ||
        head(name) == acronym || Base(name) != "nsubj")
      continue;
    Attach(name, acronym, "appos");
    Attach(colon, name, "punct");
    LinkChildren();
  }
}

// "fired a ballistic missile at Marib city (Marib)", "struck a car near
// Qamishli (Al-Hasakeh)": ACLED puts the region of a place (and the country
// or years of an actor: "Rioters (India)") in brackets after its name, and
// the parser hung the bracketed word elsewhere, as the apposition of another
// word or a loose dependent of the verb (discourse, parataxis), which cuts
// the region from its place. A nominal alone in brackets directly after a
// noun or proper noun, hung elsewhere with a loose relation, is that word's
// apposition.
void ParseView::MendBracketedApposition() {
  for (int open = 1; open + 2 < size(); ++open) {
    if (tok(open).form != "(") continue;
    const int before = open - 1;
    int close = open + 1;
    while (close < size() && tok(close).form != ")" && tok(close).form != "(") ++close;
    if (close >= size() || tok(close).form != ")" || close - open > 5) continue;
    if (tok(before).upos != Upos::kNoun && tok(before).upos != Upos::kPropn) continue;
    int inner = -1, outside = 0;
    for (int k = open + 1; k < close; ++k)
      if (head(k) <= open || head(k) >= close) {
        inner = k;
        ++outside;
      }
    if (outside != 1 || inner < 0 || head(inner) == before) continue;
    const Upos u = tok(inner).upos;
    if (u != Upos::kPropn && u != Upos::kNoun && u != Upos::kAdj && u != Upos::kNum) continue;
    const std::string_view b = Base(inner);
    if (b != "appos" && b != "discourse" && b != "dep" && b != "parataxis" && b != "list" &&
        b != "vocative")
      continue;
    Attach(inner, before, "appos");
    LinkChildren();
  }
}

// "On 16 October 2021, gang members of 400 Mawozo kidnapped 17
// missionaries": the parser read "of" as the marker of a clause whose subject
// is the name after it ("Mawozo kidnapped", "400" an oblique), which leaves
// the gang's phrase without its name (and, when the parser hung the verb on
// that phrase as a relative clause, the sentence without its main clause).
// English "of" introduces no finite clause: an "of" marking a finite verb,
// directly after a noun and followed by nothing but a nominal phrase that ends
// in the verb's subject directly before the verb, is the case of that
// subject, which becomes the noun's nmod; the words of the phrase the parser
// hung on the verb become its modifiers.
void ParseView::MendOfPhraseReadAsClause() {
  if (lang_ != "en") return;
  for (int of = 1; of + 2 < size(); ++of) {
    const int verb = head(of);
    const int owner = of - 1;
    if (Base(of) != "mark" || !HasKey(of, "of") || verb <= of + 1 ||
        tok(verb).upos != Upos::kVerb || Feat(verb, "VerbForm") != "Fin" ||
        (tok(owner).upos != Upos::kNoun && tok(owner).upos != Upos::kPropn))
      continue;
    const int name = verb - 1;
    if (head(name) != verb || Base(name) != "nsubj" ||
        (tok(name).upos != Upos::kNoun && tok(name).upos != Upos::kPropn))
      continue;
    bool nominal_phrase = true;
    for (int k = of + 1; k < name && nominal_phrase; ++k) {
      const Upos u = tok(k).upos;
      nominal_phrase = (head(k) == verb || (head(k) > of && head(k) <= name)) &&
                       (u == Upos::kNum || u == Upos::kDet || u == Upos::kAdj ||
                        u == Upos::kNoun || u == Upos::kPropn);
    }
    if (!nominal_phrase) continue;
    for (int k = of + 1; k < name; ++k) {
      if (head(k) != verb) continue;
      const Upos u = tok(k).upos;
      Attach(k, name,
             u == Upos::kNum ? "nummod" : u == Upos::kDet ? "det" : u == Upos::kAdj ? "amod"
                                                                               : "compound");
    }
    Attach(of, name, "case");
    Attach(name, owner, "nmod");
    LinkChildren();
  }
}

// A verb read as a modifier has no dependents, or only adverbs before it
// ("Military Forces of Ukraine allegedly fired artillery at ...": ACLED's
// "reportedly", "allegedly"); they stay the verb's when it is mended.
// `subject` (-1: none), a subject the caller found the verb has, is allowed too,
// and with `time` an introductory time the verb took as its oblique ("On 2
// February 2023, Fulani ethnic militia attacked farmers").
bool ParseView::OnlyAdverbsBefore(int v, int subject, bool time) const {
  for (int c : children(v)) {
    if (c == subject || (time && c < v && Base(c) == "obl" && InTime(c))) continue;
    if (c > v || Base(c) != "advmod" || tok(c).upos != Upos::kAdv) return false;
  }
  return true;
}

// "held a peaceful march in Kisumu": the tagger reads a lowercase "march"
// as the month. English writes month names with a capital, so a lowercase
// "march" or "marches" tagged as a proper noun is the common noun (the
// trigger lexicon's protest march).
void ParseView::RepairTags() {
  if (lang_ != "en") return;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (t.upos == Upos::kVerb && IsEnglishIrregularNounPlural(WordKey(t.form))) {
      // "Gunmen in a car shot and killed two traders", with "Gunmen" a verb:
      // an irregular noun plural ("gunmen", "men", "policemen") is no verb.
      Retag(static_cast<int>(i), Upos::kNoun, "Number=Plur");
      continue;
    }
    if (IsAcronymReadAsCopula(i)) {
      MendAcronymReadAsCopula(i);
      continue;
    }
    // "Gunmen stormed a church, killing dozens of worshippers": EWT marks an
    // adverbial -ing clause now a participle (Tense=Pres|VerbForm=Part), now
    // a gerund, and taggers follow it either way; the coder reads both as
    // the gerund it was written against (VerbForm=Ger).
    if (t.upos == Upos::kVerb && t.feats == "Tense=Pres|VerbForm=Part" && t.deprel == "advcl" &&
        t.form.ends_with("ing")) {
      Retag(static_cast<int>(i), Upos::kVerb, "VerbForm=Ger");
      continue;
    }
    if (t.upos != Upos::kPropn || (t.form != "march" && t.form != "marches")) continue;
    Token& fixed = RepairedToken(i);
    fixed.upos = Upos::kNoun;
    fixed.lemma = "march";
  }
}

// "carried out a series of airstrikes against IS in Syria": the tagger reads
// the acronym of the Islamic State as the copula "is" of the noun after it.
// An "IS" in capitals that comes directly after a preposition, in a sentence
// that is not written in capitals, is a name: the preposition's object.
bool ParseView::IsAcronymReadAsCopula(size_t i) const {
  const Token& t = tokens_[i];
  if (t.form != "IS" || t.upos != Upos::kAux || i == 0 || t.head <= 0) return false;
  if (tokens_[i - 1].upos != Upos::kAdp) return false;
  const auto lower = [](const Token& k) {
    return std::any_of(k.form.begin(), k.form.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  };
  return std::any_of(tokens_.begin(), tokens_.end(), lower);
}

// The name takes the place of the nominal it was the copula of, with the
// prepositions before it ("against"); that nominal ("in Syria") stays where
// the parser put it.
void ParseView::MendAcronymReadAsCopula(size_t i) {
  const int name = static_cast<int>(i) + 1;  // 1-based, as Token::head
  const int nominal = tokens_[i].head;
  const size_t n = static_cast<size_t>(nominal - 1);
  if (n >= tokens_.size() || n <= i) return;
  const int nominal_head = tokens_[n].head;
  const std::string nominal_rel = tokens_[n].deprel;
  for (size_t k = 0; k < i; ++k)
    if (tokens_[k].head == nominal && tokens_[k].deprel == "case") RepairedToken(k).head = name;
  Token& fixed = RepairedToken(i);
  fixed.upos = Upos::kPropn;
  fixed.lemma = "IS";
  fixed.feats = "Number=Sing";
  fixed.head = nominal_head;
  fixed.deprel = nominal_rel;
}

Token& ParseView::RepairedToken(size_t i) {
  if (!repaired_) {
    repaired_ = std::make_unique<std::vector<Token>>(tokens_.begin(), tokens_.end());
    tokens_ = std::span<const Token>(*repaired_);
  }
  return (*repaired_)[i];
}

void ParseView::Retag(int i, Upos upos, std::string_view feats) {
  Token& t = RepairedToken(static_cast<size_t>(i));
  t.upos = upos;
  t.feats = std::string(feats);
}

// "Gunmen shot and killed three villagers", "Police shot dead a suspect",
// "Militants shot and wounded a police officer": the tagger reads the verb
// after a plural noun it does not know as a noun ("shot" NOUN), and the
// parser builds a noun phrase ("Gunmen shot") or hangs it on the subject
// (appos, obj). A bare noun (no determiner, number, preposition or
// possessor of its own) that directly follows a nominal (or that nominal's
// prepositional phrase: "Assailants on motorcycles shot") and is directly
// followed by "and" and a coordinated past-tense verb, or by "dead", is that
// verb's coordinated past-tense verb: it takes the nominal's place in the
// tree and the nominal becomes its subject. Its word keys are unchanged
// (TokenKeys guesses "shoot" from "shot" for the trigger lexicon).
void ParseView::MendVerbReadAsNoun() {
  if (lang_ != "en") return;
  for (int n = 1; n + 1 < size(); ++n) {
    // A plural is a noun ("tied their hands and shot them").
    if (tok(n).upos != Upos::kNoun || Feat(n, "Number") == "Plur") continue;
    int subject = n - 1;
    // "Assailants on motorcycles shot dead a journalist": the subject's
    // prepositional phrase hung on the noun (its preposition a case child,
    // its noun a compound); the subject is the nominal the noun hangs on.
    // "Gunmen in a car shot": determiners and adjectives may come between.
    int phrase_case = -1;
    if (n >= 3 && (Base(n) == "nmod" || Base(n) == "obl") && head(n) >= 0 && IsNominal(head(n)) &&
        Base(n - 1) == "compound" && head(n - 1) == n) {
      int k = n - 2;
      while (k > head(n) && head(k) == n &&
             (Base(k) == "det" || Base(k) == "amod" || Base(k) == "nummod"))
        --k;
      if (k > head(n) && head(k) == n && Base(k) == "case") {
        phrase_case = k;
        subject = head(n);
      }
    }
    const Upos s = tok(subject).upos;
    if ((s != Upos::kNoun && s != Upos::kPropn && s != Upos::kPron) ||
        Child(subject, "case") >= 0 || Feat(subject, "Poss") == "Yes" || Base(subject) == "nmod")
      continue;
    const bool dead = Text(n + 1) == "dead" && tok(n + 1).upos == Upos::kAdj;
    // The coordinated verb is the noun's conjunct, or the adjective of the
    // noun's object ("Riot police beat and arrested dozens of students").
    const bool coordinated =
        n + 2 < size() && tok(n + 1).upos == Upos::kCconj && Key(n + 1) == "and" &&
        tok(n + 2).upos == Upos::kVerb && Feat(n + 2, "Tense") == "Past" &&
        (Base(n + 2) == "conj" ||
         (Base(n + 2) == "amod" && head(n + 2) > n + 2 && head(head(n + 2)) == n));
    if (!dead && !coordinated) continue;
    bool bare = true;
    for (int c : children(n)) {
      const std::string_view b = Base(c);
      if (c < n && c != subject && (phrase_case < 0 || c < phrase_case) &&
          (b == "det" || b == "case" || b == "nummod" || b == "nmod"))
        bare = false;
    }
    if (!bare) continue;
    if (phrase_case >= 0) {
      for (int k = phrase_case; k < n - 1; ++k) heads_[static_cast<size_t>(k)] = n - 1;
      Attach(n - 1, subject, "nmod");
      LinkChildren();
    }
    if (head(subject) == n) {
      // "Gunmen shot": the noun heads the subject; the verb keeps its place.
    } else if (Dominates(subject, n)) {
      // "Militants shot" (appos), "gunmen shot" (obj): the verb takes the
      // subject's place and its dependents after the verb.
      const auto dependents = children(subject);
      if (head(subject) < 0) {
        PromoteToRoot(n, subject);
      } else {
        Attach(n, head(subject), rel(subject));
        for (int c : dependents)
          if (c > n) heads_[static_cast<size_t>(c)] = n;
      }
    } else {
      continue;
    }
    for (int c : children(n))
      if (c < subject) heads_[static_cast<size_t>(c)] = subject;  // the subject's own words
    Attach(subject, n, "nsubj");
    if (coordinated && Base(n + 2) == "amod") {
      // The noun the coordinated verb modified is the verbs' object, also
      // when the parser hung it on the noun as a modifier ("dozens" an nmod
      // of "beat") rather than as its object.
      const int object = head(n + 2);
      if (head(object) == n && Child(object, "case") < 0) Attach(object, n, "obj");
    }
    if (coordinated) Attach(n + 2, n, "conj");
    // "Unknown gunmen shot dead a police officer": another parser made the
    // object a conjunct of the noun, with no "and": the verb's object.
    if (dead)
      for (int c : children(n))
        if (c > n + 1 && Base(c) == "conj" && IsNominal(c) && Child(c, "cc") < 0 &&
            Child(c, "case") < 0)
          Attach(c, n, "obj");
    Retag(n, Upos::kVerb, kFinitePast);
    LinkChildren();
    MendResultativeDead();
  }
}

// "Protest organisers said the turnout exceeded their expectations",
// "Protest leaders called off the march": the tagger reads a headline-style
// noun modifier at the start of a sentence as an imperative ("Protest!"),
// and the plural noun after it as the imperative's object or as the subject
// of a verb coordinated with it. An imperative has no subject and needs no
// second finite verb: when the sentence's first word is an imperative
// directly followed by a plural noun that is the subject of a past-tense
// verb coordinated with the imperative, or its object carrying a past-tense
// verb as a reduced relative, that verb is the root, the plural noun its
// subject and the first word the noun's compound (a NOUN: a trigger noun
// modifying a noun names a kind, codebook 12).
void ParseView::MendNounReadAsImperative() {
  if (lang_ != "en" || size() < 3) return;
  const int first = 0, noun = 1;
  if (tok(first).upos != Upos::kVerb || Feat(first, "Mood") != "Imp" || head(first) >= 0 ||
      tok(noun).upos != Upos::kNoun || Feat(noun, "Number") != "Plur" ||
      Child(first, "nsubj") >= 0)
    return;
  int verb = -1;
  for (int v = noun + 1; v < size() && verb < 0; ++v) {
    if (tok(v).upos != Upos::kVerb || Feat(v, "Tense") != "Past") continue;
    const bool coordinated = Base(v) == "conj" && head(v) == first && head(noun) == v &&
                             Base(noun) == "nsubj";
    const bool relative = Base(v) == "acl" && head(v) == noun && head(noun) == first &&
                          Base(noun) == "obj" && Child(v, "nsubj") < 0;
    if (coordinated || relative) verb = v;
  }
  if (verb < 0) return;
  PromoteToRoot(verb, first);
  for (int c : children(first))
    if (c < verb && c != noun) heads_[static_cast<size_t>(c)] = verb;
  Attach(noun, verb, "nsubj");
  Attach(first, noun, "compound");
  Retag(first, Upos::kNoun, "Number=Sing");
  // A reduced relative's participle tagged passive is the active main verb.
  Retag(verb, tok(verb).upos, kFinitePast);
  LinkChildren();
}

// "Police made eleven arrests after the clashes": the tagger reads a plural
// noun after a number as a present-tense verb ("arrests" VERB, Person=3) and
// the parser makes it the root or the conjunct of the verb before the
// number. A verb in the third person singular present directly after a
// cardinal number, itself directly after a verb, is that verb's counted
// object: a plural noun with the number as its nummod. The verb before the
// number takes the noun's clause: its subject, its clauses, and its place in
// the tree when the noun was the root. A past participle read as a
// reduced relative of the subject ("Police made", no auxiliary) is the
// finite verb, so that MendMainClauseReadAsRelative makes it the root.
void ParseView::MendCountedNounReadAsVerb() {
  if (lang_ != "en") return;
  for (int w = 2; w < size(); ++w) {
    const int number = w - 1, verb = w - 2;
    if (tok(w).upos != Upos::kVerb || Feat(w, "Person") != "3" || Feat(w, "Number") != "Sing" ||
        Feat(w, "Tense") != "Pres" || tok(number).upos != Upos::kNum ||
        tok(verb).upos != Upos::kVerb || (!Dominates(w, verb) && head(w) != verb))
      continue;
    // The verb is the noun's head ("made ... arrests" conj) or under it (root).
    const auto dependents = children(w);
    if (head(w) < 0) PromoteToRoot(verb, -1);
    for (int c : dependents) {
      // The subject and the clauses and punctuation are the verb's; what
      // modifies the noun stays ("arrests after the clashes").
      const std::string_view b = Base(c);
      if (c != verb && c != number &&
          (c < verb || b == "punct" || b == "ccomp" || b == "advcl" || b == "parataxis"))
        heads_[static_cast<size_t>(c)] = verb;
    }
    Attach(number, w, "nummod");
    Attach(w, verb, "obj");
    Retag(w, Upos::kNoun, "Number=Plur");
    if (Feat(verb, "VerbForm") == "Part" && Child(verb, "aux") < 0 && Child(verb, "aux:pass") < 0)
      Retag(verb, tok(verb).upos, kFinitePast);
    LinkChildren();
  }
}

// "On 5 April 2023, police beat protesters with batons": the tagger reads an
// irregular past form between two nouns as a noun and the parser makes the
// three one compound ("police beat protesters"), in a sentence with no verb. A
// bare singular noun that is an irregular verb form ("beat", "shot", "hit",
// inflect.h), directly after a bare noun that starts the clause (the subject,
// first in the sentence or after a comma) and a compound
// of the noun after it (the object, its determiners and adjectives between
// them allowed), is the verb: it takes the object's place in the tree, the
// object's dependents before it (an introductory date) and its
// prepositional phrases ("with batons", "during a rally"), with the plural
// as its subject and the noun as its object.
void ParseView::MendVerbReadAsCompound() {
  if (lang_ != "en") return;
  for (int n = 1; n + 1 < size(); ++n) {
    const int subject = n - 1, object = head(n);
    if (tok(n).upos != Upos::kNoun || Feat(n, "Number") == "Plur" || Base(n) != "compound" ||
        children(n).size() > (head(subject) == n ? 1u : 0u) || object <= n || !IsNominal(object) ||
        !IsEnglishIrregularVerbForm(WordKey(tok(n).form)))
      continue;
    // Only in a sentence left without a verb, with the subject a bare word at
    // the start of the clause ("police", after an introductory date): "The
    // budget cut proposals were rejected" keeps its compound.
    bool verbless = true;
    for (int k = 0; k < size() && verbless; ++k)
      verbless = tok(k).upos != Upos::kVerb && tok(k).upos != Upos::kAux;
    if (!verbless) continue;
    const Upos s = tok(subject).upos;
    if ((s != Upos::kNoun && s != Upos::kPropn) || Child(subject, "case") >= 0 ||
        (subject > 0 && Text(subject - 1) != ",") ||
        (head(subject) != n && head(subject) != object))
      continue;
    bool object_phrase = true;  // what lies between the verb and the object is the object's
    for (int k = n + 1; k < object && object_phrase; ++k) object_phrase = head(k) == object;
    if (!object_phrase) continue;
    const auto dependents = children(object);
    if (head(object) < 0) {
      PromoteToRoot(n, -1);
    } else {
      Attach(n, head(object), rel(object));
    }
    for (int c : dependents) {
      if (c == n || c == subject) continue;
      if (c < n || Base(c) == "punct") heads_[static_cast<size_t>(c)] = n;
      else if (c > object && Base(c) == "nmod" && Child(c, "case") >= 0) Attach(c, n, "obl");
    }
    Attach(subject, n, "nsubj");
    Attach(object, n, "obj");
    Retag(n, Upos::kVerb, kFinitePast);
    LinkChildren();
  }
}

// "Did police arrest the journalists?", "Libya must hand over the
// suspects": after an auxiliary and a noun, the tagger read the verb as a
// noun ("arrest", "hand") and the parser made the noun before it its
// compound. A noun takes no auxiliary but through a copula, nor a direct
// object: an English noun with an auxiliary, no copula and an object is the
// clause's verb (a bare infinitive), and a compound directly before it its
// subject.
void ParseView::MendVerbAfterAuxiliaryReadAsNoun() {
  if (lang_ != "en") return;
  for (int v = 1; v < size(); ++v) {
    if (tok(v).upos != Upos::kNoun || Child(v, "aux") < 0 || Child(v, "cop") >= 0 ||
        Child(v, "obj") < 0)
      continue;
    Retag(v, Upos::kVerb, "VerbForm=Inf");
    const int compound = v - 1;
    if (head(compound) == v && Base(compound) == "compound" && IsNominal(compound) &&
        Child(v, "nsubj") < 0)
      Attach(compound, v, "nsubj");
    LinkChildren();
  }
  // "Why did police arrest the journalists?": another parser made the
  // object the head, with the auxiliary, and the verb (a noun, with the
  // subject its compound) the object's subject. A noun with an auxiliary and
  // no copula whose subject, a noun with a compound, directly precedes its
  // phrase: the subject is the verb, the head its object, the compound its
  // subject.
  for (int x = 2; x < size(); ++x) {
    const int verb = Child(x, "nsubj");
    if (!IsNominal(x) || Child(x, "aux") < 0 || Child(x, "cop") >= 0 || verb < 1 || verb > x ||
        tok(verb).upos != Upos::kNoun)
      continue;
    bool adjacent = true;  // only the head's determiners and modifiers between
    for (int k = verb + 1; k < x && adjacent; ++k)
      adjacent = head(k) == x && (Base(k) == "det" || Base(k) == "amod" || Base(k) == "nummod" ||
                                  Base(k) == "compound");
    if (!adjacent) continue;
    const int subject = verb - 1;
    if (head(subject) != verb || Base(subject) != "compound" || !IsNominal(subject)) continue;
    // A view of stable storage (the token's relation or a literal), as Attach keeps it.
    const std::string_view old_rel = rel(x);
    const int old_head = head(x);
    for (int c : children(x))
      if (c < verb || (c > x && Base(c) == "punct")) heads_[static_cast<size_t>(c)] = verb;
    Attach(verb, old_head, old_rel);
    Attach(x, verb, "obj");
    Attach(subject, verb, "nsubj");
    Retag(verb, Upos::kVerb, "VerbForm=Inf");
    LinkChildren();
  }
}

// "Police made eleven arrests after protesters blocked a highway": the
// parser read "after" as the preposition of the noun after it ("arrests after
// protesters") and left the verb that follows without a subject. When a
// nominal's phrase starts with "after", "before", "since", "until" or
// "once" and is directly followed by a finite verb with no subject, the
// word is that verb's marker and the nominal its subject; the verb takes the
// nominal's place if it hung on it.
void ParseView::MendClauseReadAsPrepositionalPhrase() {
  if (lang_ != "en") return;
  static constexpr std::string_view kMarkers[] = {"after", "before", "since", "until", "once"};
  for (int n = 1; n + 1 < size(); ++n) {
    const std::string_view b = Base(n);
    const int marker = Child(n, "case");
    if ((b != "nmod" && b != "obl") || head(n) < 0 || !IsNominal(n) || marker < 0 ||
        Leftmost(n) != marker)
      continue;
    const bool subordinator = HasAnyKey(marker, kMarkers);
    const int v = Phrase(n, false).second;
    if (!subordinator || v >= size() || tok(v).upos != Upos::kVerb || Feat(v, "VerbForm") != "Fin" ||
        Child(v, "nsubj") >= 0 || Child(v, "nsubj:pass") >= 0 || Dominates(v, n))
      continue;
    if (head(v) == n || head(v) < 0) Attach(v, head(n), "advcl");
    Attach(n, v, "nsubj");
    Attach(marker, v, "mark");
    LinkChildren();
  }
}

// "Rioters set upon a man accused of stealing a motorcycle and burned him to
// death": the parser coordinated the finite verb with the -ing form or
// participle of a subordinate clause before it ("stealing ... and burned").
// Only like forms coordinate: a past-tense finite verb whose first conjunct
// is a non-finite verb below the root is the root's conjunct, when the root
// is a past-tense verb before it.
void ParseView::MendFiniteConjunctOfNonFiniteVerb() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 0 || tok(root).upos != Upos::kVerb || Feat(root, "Tense") != "Past") return;
  for (int c = root + 1; c < size(); ++c) {
    const int h = head(c);
    if (Base(c) != "conj" || tok(c).upos != Upos::kVerb || Feat(c, "VerbForm") != "Fin" ||
        Feat(c, "Tense") != "Past" || h < 0 || h == root || tok(h).upos != Upos::kVerb ||
        Feat(h, "VerbForm") == "Fin" || Child(c, "nsubj") >= 0)
      continue;
    Attach(c, root, "conj");
    LinkChildren();
  }
}

// "Organizers called off Saturday's protest": the parser made the object of
// a phrasal verb an oblique. An English nominal with no preposition (and no
// time: "rounded up last week") hung as an oblique on a verb with no object,
// directly after the verb's particle or the particle's phrase start, is the
// verb's object. So is such a nominal hung, as a modifier with no
// preposition, on an oblique of the verb after it ("Officers picked up three
// teenagers outside the stadium after the match": "teenagers" an
// nmod:unmarked of "match").
//
// Another parser does the same without a particle ("Bandits killed five
// residents of Kaduna": "residents" an obl:unmarked of "killed"): a nominal
// with no preposition hung as an oblique on an active verb with a subject
// and no object, starting right after the verb, is its object when it is a
// common noun counted, determined or plural; a bare singular noun ("went
// home") and a name ("said Thursday", a time when the times stage missed
// it) stay obliques.
void ParseView::MendObjectReadAsOblique() {
  if (lang_ != "en") return;
  for (int c = 2; c < size(); ++c) {
    const int verb = head(c);
    if (verb < 0 || verb >= c || Base(c) != "obl" || tok(verb).upos != Upos::kVerb ||
        !IsNominal(c) || tok(c).upos == Upos::kPron || Child(c, "case") >= 0 || InTime(c) ||
        Child(verb, "obj") >= 0 || Child(verb, "nsubj") < 0 || Child(verb, "aux:pass") >= 0 ||
        Phrase(c, false).first != verb + 1)
      continue;
    const bool marked =
        tok(c).upos == Upos::kNoun &&
        (Child(c, "det") >= 0 || Child(c, "nummod") >= 0 || Feat(c, "Number") == "Plur");
    if (!marked) continue;
    Attach(c, verb, "obj");
    LinkChildren();
  }
  for (int prt = 1; prt + 1 < size(); ++prt) {
    const int verb = head(prt);
    if (rel(prt) != "compound:prt" || verb != prt - 1 || Child(verb, "obj") >= 0) continue;
    for (int c = prt + 1; c < size(); ++c) {
      const int h = head(c);
      const bool oblique = h == verb && Base(c) == "obl";
      const bool oblique_modifier =
          h > c && Base(c) == "nmod" && head(h) == verb && Base(h) == "obl";
      if ((!oblique && !oblique_modifier) || !IsNominal(c) || Child(c, "case") >= 0 || InTime(c))
        continue;
      // The phrase starts right after the particle.
      if (Phrase(c, false).first != prt + 1) continue;
      Attach(c, verb, "obj");
      LinkChildren();
      break;
    }
  }
}

// "Ugandan police arrested opposition candidate Robert Kyagulanyi": the
// parser labelled the object a passive's agent, with no "by". An English
// agent is a "by" phrase: an obl:agent without one, on a verb with a plain
// subject and no object, is the verb's object.
void ParseView::MendObjectReadAsAgent() {
  if (lang_ != "en") return;
  for (int o = 1; o < size(); ++o) {
    const int verb = head(o);
    if (rel(o) != "obl:agent" || Child(o, "case") >= 0 || verb < 0 || verb > o ||
        tok(verb).upos != Upos::kVerb || Child(verb, "obj") >= 0 ||
        Child(verb, "nsubj:pass") >= 0 || Child(verb, "nsubj") < 0)
      continue;
    Attach(o, verb, "obj");
    LinkChildren();
  }
}

// "On 8 June 2022, Wagner Group set up a base": the parser read the past
// form as a passive participle and its subject as a passive subject. An
// English passive has a passive auxiliary ("was given a warning"); a verb
// with a direct object and a passive subject but no auxiliary is an active
// past tense, its subject a plain one.
void ParseView::MendPassiveSubjectOfActiveVerb() {
  if (lang_ != "en") return;
  for (int s = 0; s < size(); ++s) {
    const int verb = head(s);
    if (rel(s) != "nsubj:pass" || verb < 0 || tok(verb).upos != Upos::kVerb ||
        Child(verb, "obj") < 0 || Child(verb, "aux") >= 0)
      continue;
    Attach(s, verb, "nsubj");
  }
}

// "Military Forces of Nigeria discovered and detonated an IED planted by
// ISWAP": the parser made the determiner the verb's object and the noun after
// it the compound of the participle that modifies it (or, another parser,
// the subject of that participle read as a relative clause of the
// determiner). A determiner heads no phrase, and a noun is no compound of a
// verb: when a determiner with a nominal relation is directly followed by a
// noun read as the compound of a verb hung on the determiner, or as the
// subject of such a verb directly after it with no clause of its own (no
// auxiliary or marker: "an IED that was planted" keeps its clause), the noun
// takes the determiner's place, the determiner is its det and the verb its
// acl.
void ParseView::MendNounReadAsCompoundOfModifier() {
  for (int d = 0; d + 2 < size(); ++d) {
    const int noun = d + 1;
    const int verb = head(noun);
    if (tok(d).upos != Upos::kDet || head(d) < 0 ||
        (tok(noun).upos != Upos::kNoun && tok(noun).upos != Upos::kPropn) || verb <= noun ||
        tok(verb).upos != Upos::kVerb || head(verb) != d)
      continue;
    const bool compound = Base(noun) == "compound";
    const bool reduced_relative_subject = Base(noun) == "nsubj" && verb == noun + 1 &&
                                          Child(verb, "aux") < 0 && Child(verb, "mark") < 0;
    if (!compound && !reduced_relative_subject) continue;
    const std::string_view b = Base(d);
    if (b != "obj" && b != "nsubj" && b != "obl" && b != "nmod" && b != "iobj") continue;
    Attach(noun, head(d), rel(d));
    Attach(d, noun, "det");
    Attach(verb, noun, "acl");
    for (int c : children(d)) heads_[static_cast<size_t>(c)] = noun;
    LinkChildren();
  }
}

// "Looters arrested in Johannesburg, police say": the parser read the
// reporting clause after the comma as the complement of the verb it reports
// on, or ("... has agreed to set up a research center, officials said
// Thursday") as its conjunct with no conjunction. A clause that follows its
// head after a comma, with a subject of its own and no marker, object,
// complement or conjunction (the speech verb's content is the clause before
// it), and that ends the sentence, is a reporting clause: UD makes it a
// parataxis of the reported clause.
void ParseView::MendReportingClauseReadAsComplement() {
  if (lang_ != "en") return;
  for (int c = 2; c < size(); ++c) {
    if ((Base(c) != "ccomp" && Base(c) != "conj") || head(c) >= c ||
        tok(c).upos != Upos::kVerb)
      continue;
    int first = Leftmost(c);
    while (first < c && tok(first).upos == Upos::kPunct) ++first;  // its own comma
    if (first < 1 || Text(first - 1) != ",") continue;
    bool own_subject = false, reporting = true;
    for (int k : children(c)) {
      const std::string_view b = Base(k);
      own_subject |= b == "nsubj" && k < c;
      if (b == "mark" || b == "obj" || b == "ccomp" || b == "xcomp" || b == "csubj" || b == "cc")
        reporting = false;
    }
    for (int k = c + 1; k < size() && reporting; ++k)
      reporting = Dominates(c, k) || tok(k).upos == Upos::kPunct;
    if (!own_subject || !reporting) continue;
    Attach(c, head(c), "parataxis");
  }
}

// "Security forces rounded up and detained dozens of young men": the parser
// hung the second verb, with its "and", on the first verb's object as an
// adjective. An English past-tense verb read as the modifier of the object
// of a verb before it, whose own first dependent is that "and"/"or" directly
// before it, is the first verb's conjunct (and shares its object:
// SharedObject).
void ParseView::MendConjunctReadAsModifier() {
  if (lang_ != "en") return;
  for (int v = 2; v + 1 < size(); ++v) {
    const int object = head(v);
    if (tok(v).upos != Upos::kVerb || Base(v) != "amod" || Feat(v, "Tense") != "Past" ||
        object <= v || Base(object) != "obj")
      continue;
    const int verb = head(object);
    const int cc = v - 1;
    if (verb < 0 || verb >= cc || tok(verb).upos != Upos::kVerb || head(cc) != v ||
        Base(cc) != "cc" || children(v).front() != cc)
      continue;
    Attach(v, verb, "conj");
    LinkChildren();
  }
}

// "Soldiers and police fired tear gas at students": the tagger read the
// first word of a noun compound after a verb as a bare infinitive ("tear"
// VERB), and the parser made it the verb's xcomp with the compound's head as
// its object. English takes a bare infinitive only after a closed set of
// verbs ("helped build schools", "let go", "made them leave"); after any
// other verb with no object of its own, an infinitive xcomp with no marker,
// auxiliary or subject, directly after the verb and directly before its
// object noun's phrase, is the compound of the noun after it and its object
// the verb's ("used tear gas and water cannon": "cannon" the object of
// "tear", with "gas" in its phrase).
void ParseView::MendCompoundReadAsInfinitive() {
  if (lang_ != "en") return;
  static constexpr std::string_view kBareInfinitiveVerbs[] = {
      "make", "let", "help", "have", "see", "hear", "watch", "feel", "notice", "bid", "dare",
      "go", "come", "need"};
  for (int x = 1; x + 1 < size(); ++x) {
    const int verb = head(x), next = x + 1, object = Child(x, "obj");
    if (verb != x - 1 || Base(x) != "xcomp" || tok(x).upos != Upos::kVerb ||
        Feat(x, "VerbForm") != "Inf" || tok(verb).upos != Upos::kVerb ||
        Child(verb, "obj") >= 0 || object < 0 || tok(object).upos != Upos::kNoun ||
        tok(next).upos != Upos::kNoun || !Dominates(object, next) ||
        Phrase(object, true).first != next)
      continue;
    bool other_children = false;
    for (int c : children(x)) other_children |= c != object;
    const bool bare_infinitive_verb = HasAnyKey(verb, kBareInfinitiveVerbs);
    if (other_children || bare_infinitive_verb) continue;
    Attach(object, verb, "obj");
    Attach(x, next, "compound");
    Retag(x, Upos::kNoun, "Number=Sing");
    LinkChildren();
  }
}

// "Jakarta has seen hundreds of students arrested": another parser made the
// participle an adverbial clause of "seen". After a verb of perception or
// causation ("see", "watch", "hear", "find", "want", "have", "get", "leave",
// "keep"), a past participle (or the same form tagged a finite past) with
// nothing of its own that makes a clause (subject, auxiliary, marker,
// comma), directly after the verb's object, is the object's predicate: an
// xcomp, as UD has it, and a passive participle, so that the object is the
// one arrested. Elsewhere such a participle may describe the subject
// ("Police dispersed the crowd armed with batons") and is left alone.
void ParseView::MendObjectPredicateReadAsAdverbial() {
  if (lang_ != "en") return;
  static constexpr std::string_view kObjectPredicateVerbs[] = {
      "see", "watch", "hear", "find", "want", "have", "get", "leave", "keep"};
  for (int p = 2; p < size(); ++p) {
    const int verb = head(p);
    // The tagger may take the participle for a finite past ("men aged
    // between 20 and 45 arrested"): the same "-ed" form.
    if (verb < 0 || verb > p || Base(p) != "advcl" || tok(p).upos != Upos::kVerb ||
        Feat(p, "Tense") != "Past" || Feat(p, "VerbForm") == "Ger")
      continue;
    const int object = Child(verb, "obj");
    if (object < 0 || object > p || Phrase(object, false).second != p) continue;
    bool clause = false;
    for (int c : children(p)) {
      const std::string_view r = Base(c);
      clause |= r == "nsubj" || r == "aux" || r == "mark" || r == "cop" || (r == "punct" && c < p);
    }
    const bool object_predicate_verb = HasAnyKey(verb, kObjectPredicateVerbs);
    if (clause || !object_predicate_verb) continue;
    Attach(p, verb, "xcomp");
    // What is done to the object: a passive participle.
    Retag(p, Upos::kVerb, "Tense=Past|VerbForm=Part|Voice=Pass");
    LinkChildren();
  }
}

// "These counterterrorism laws prevent humanitarian actors to negotiate with
// all parties": another parser made the infinitive an adverbial clause (a
// purpose) of "prevent" (or, "allows police to detain suspects", a modifier
// of the object). After a verb that takes an object and an infinitive
// (kObjectAndInfinitiveVerbs, "prevent", "forbid"), a "to" infinitive with no
// subject of its own, directly after the verb's object, is the verb's
// complement (xcomp): what the object is allowed, urged or kept from doing.
void ParseView::MendObjectInfinitiveReadAsAdverbial() {
  if (lang_ != "en") return;
  for (int x = 2; x < size(); ++x) {
    // Hung on the verb as an adverbial clause, or on its object as a
    // modifier ("allows police to detain suspects": "to detain" an acl).
    const bool on_object = Base(x) == "acl" && head(x) >= 0 && Base(head(x)) == "obj";
    const int verb = on_object ? head(head(x)) : head(x);
    if (verb < 0 || verb > x || (Base(x) != "advcl" && !on_object) ||
        !IsSubjectlessToInfinitive(x) || Child(x, "nsubj") >= 0)
      continue;
    const int object = Child(verb, "obj");
    if (object < 0 || object > x || (on_object && head(x) != object) ||
        Phrase(object, false).second != Leftmost(x))
      continue;
    const bool takes_infinitive = HasKey(verb, "prevent") || HasKey(verb, "forbid") ||
                                  HasAnyKey(verb, kObjectAndInfinitiveVerbs);
    if (!takes_infinitive) continue;
    Attach(x, verb, "xcomp");
    LinkChildren();
  }
}

// "... during which he also wished to express the importance of the country
// presided over by Aziz Ajanuch, saying that it is an 'indispensable
// player'": another parser hung the "saying" clause on "presided", an xcomp
// with no subject of its own, which gave the saying to the president. A
// participle clause after a comma, with no subject or marker of its own, is
// said of a clause with a subject: when the verb it hangs on has none and is
// itself a complement (xcomp), it goes up the complements to the first verb
// that has one ("wished", whose subject says it).
void ParseView::MendParticipleClauseOnSubjectlessComplement() {
  if (lang_ != "en") return;
  auto HasSubject = [&](int v) {
    for (int c : children(v))
      if (Base(c) == "nsubj" || Base(c) == "csubj") return true;
    return false;
  };
  for (int x = 2; x < size(); ++x) {
    if (Base(x) != "advcl" || tok(x).upos != Upos::kVerb || Feat(x, "VerbForm") != "Ger" ||
        Text(x - 1) != "," || head(x) < 0 || head(x) > x || HasSubject(x) || Child(x, "mark") >= 0)
      continue;
    int target = head(x);
    while (target >= 0 && !HasSubject(target) && Base(target) == "xcomp") target = head(target);
    if (target < 0 || target == head(x) || !HasSubject(target) || !IsVerbal(target)) continue;
    Attach(x, target, "advcl");
    LinkChildren();
  }
}

// "The reporter, who is known for coverage that exposes corruption, had been
// in pretrial detention since September 30": another parser rooted the
// sentence in its subject and hung the predicate, after the comma that
// closes the subject's relative clause, on that clause as a parataxis. A
// predicate with an auxiliary or copula and no subject of its own, after a
// comma, inside a relative clause of a nominal root, is the sentence's
// predicate, and the root its subject.
void ParseView::MendPredicateReadAsParataxisOfRelative() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 0 || !IsNominal(root) || Child(root, "cop") >= 0) return;
  for (int x = root + 2; x < size(); ++x) {
    // The comma is the predicate's own punctuation, or just before it.
    const int first = Leftmost(x);
    if (Base(x) != "parataxis" || (Child(x, "aux") < 0 && Child(x, "cop") < 0) ||
        Child(x, "nsubj") >= 0 || Child(x, "expl") >= 0 ||
        (Text(first) != "," && (first < 1 || Text(first - 1) != ",")))
      continue;
    bool in_relative = false;
    for (int r : children(root)) in_relative |= rel(r) == "acl:relcl" && r < x && Dominates(r, x);
    if (!in_relative) continue;
    PromoteWithRootAsSubject(x, root);
    return;
  }
}

// "Egyptian police opened fire to disperse Moslem fundamentalist
// demonstrators": another parser hung the purpose infinitive on "fire" as
// its modifier. What a force uses (fire, gas, bullets, force) takes no
// infinitive of its own: a subjectless "to" infinitive hung on such an
// object, right after it, is the verb's purpose (an adverbial clause), as
// after "fired tear gas" or "used force".
void ParseView::MendPurposeReadAsModifierOfMeans() {
  if (lang_ != "en") return;
  static constexpr std::string_view kMeans[] = {"fire",   "gas",     "bullet", "force",
                                                "cannon", "grenade", "shot",   "baton"};
  for (int x = 2; x < size(); ++x) {
    const int object = head(x);
    if (object < 0 || object > x || Base(x) != "acl" || !IsSubjectlessToInfinitive(x) ||
        Child(x, "nsubj") >= 0 || Base(object) != "obj" ||
        Phrase(object, false).second != Leftmost(x))
      continue;
    const int verb = head(object);
    const bool means = HasAnyKey(object, kMeans);
    if (verb < 0 || tok(verb).upos != Upos::kVerb || !means) continue;
    Attach(x, verb, "advcl");
    LinkChildren();
  }
}

// "their crackdown on human rights ... is ongoing": another parser made
// "rights", the noun after the preposition, the head and "crackdown" its
// subject. A nominal with a preposition of its own and a subject but no
// copula is no predicate: the subject is the head of the phrase, and the
// nominal its modifier (nmod).
void ParseView::MendHeadReadAsSubjectOfItsModifier() {
  if (lang_ != "en") return;
  for (int x = 1; x < size(); ++x) {
    const int subject = Child(x, "nsubj");
    const int preposition = Child(x, "case");
    if (subject < 0 || subject > x || !IsNominal(x) || preposition < 0 || Child(x, "cop") >= 0 ||
        Child(x, "aux") >= 0 || tok(subject).upos != Upos::kNoun || head(x) < 0 ||
        Phrase(subject, false).second != preposition)  // "crackdown" right before "on"
      continue;
    // A view of stable storage (the token's relation or a literal), as Attach keeps it.
    const std::string_view old_rel = rel(x);
    Attach(subject, head(x), old_rel);
    Attach(x, subject, "nmod");
    LinkChildren();
  }
}

// "their crackdown on human rights, especially the rights of women and
// girls": another parser made the phrase after "especially" a conjunct,
// with no conjunction. A phrase set off by a comma and led by a focusing
// adverb ("especially", "particularly", "notably", "mainly", "mostly",
// "chiefly") names part of the phrase before it: an apposition, not a
// coordinated second thing.
void ParseView::MendAppositionReadAsConjunct() {
  if (lang_ != "en") return;
  static constexpr std::string_view kFocusing[] = {"especially", "particularly", "notably",
                                                   "mainly",     "mostly",       "chiefly"};
  for (int x = 2; x < size(); ++x) {
    if (Base(x) != "conj" || head(x) < 0 || head(x) > x || Child(x, "cc") >= 0 || !IsNominal(x))
      continue;
    const int adverb = Child(x, "advmod");
    if (adverb < 0 || adverb > x || adverb < 1 || Text(adverb - 1) != ",") continue;
    const bool focusing = HasAnyKey(adverb, kFocusing);
    if (!focusing) continue;
    Attach(x, head(x), "appos");
    LinkChildren();
  }
}

// "Foreign bloggers who praise China rapidly gain popularity": another
// parser read the main verb as a clause that the relative clause's verb
// takes ("praise [China gains]"), with the relative's object its subject,
// and left the sentence rooted in its subject. When the root is a nominal
// with no copula and its relative clause's verb, which has no object and is
// no verb of saying or thinking (nor one taking a bare infinitive), takes a
// finite clause (or a bare form the tagger read as an infinitive) with no
// marker whose subject directly follows the verb, that subject is the verb's
// object and the clause the sentence's predicate, the root its subject.
// (MendMainVerbReadAsComplementOfRelative is the Spanish case.)
void ParseView::MendMainVerbReadAsComplementOfRelativeEnglish() {
  if (lang_ != "en") return;
  static constexpr std::string_view kComplementVerbs[] = {
      "say", "think", "believe", "know", "claim", "hope", "fear", "feel", "expect", "suggest",
      "argue", "insist", "warn", "report", "announce", "admit", "deny", "show", "mean", "see",
      "hear", "find", "assume", "wish", "realize", "agree", "note", "add", "state", "confirm",
      "reveal", "decide", "ensure", "doubt", "understand",
      // ... or a bare infinitive with its subject ("help people gain access")
      "help", "make", "let", "have", "watch", "feel"};
  const int root = VerblessRoot();
  if (root < 0) return;
  for (int relative : children(root)) {
    if (relative < root || rel(relative) != "acl:relcl" || Child(relative, "obj") >= 0) continue;
    const bool complement_verb = HasAnyKey(relative, kComplementVerbs);
    if (complement_verb) continue;
    for (int clause : children(relative)) {
      const int subject = Child(clause, "nsubj");
      // The tagger may take the present plural for a bare infinitive.
      const std::string_view form = Feat(clause, "VerbForm");
      if (clause < relative || Base(clause) != "ccomp" || tok(clause).upos != Upos::kVerb ||
          (form != "Fin" && form != "Inf") || Child(clause, "mark") >= 0 || subject < 0 ||
          Phrase(subject, false).first != relative + 1)
        continue;
      Attach(subject, relative, "obj");
      PromoteWithRootAsSubject(clause, root);
      return;
    }
  }
}

// "Police arrested 12 students during a protest against fuel prices":
// another parser hung the "during" phrase on the object. A "during" phrase
// places an act in time: on the object of a verb it is the verb's oblique
// (the students were arrested during the protest; they are not "students
// during a protest"). So is an "in" phrase naming a fight ("Serb forces
// killed three ethnic Albanians in a gunbattle": the killing was in the
// gunbattle), and a time hung on the object with no preposition ("attacked a
// passenger train Tuesday").
//
// "Thousands of workers marched to demand higher wages from the
// government": another parser hung the "from" phrase on the object. After a
// verb of asking or getting ("demand", "request", "seek", "ask", "receive",
// "obtain"), a "from" phrase on the object names whom it is asked of or got
// from: the verb's oblique (not "wages from the government").
//
// So is a "to" phrase on what a verb of giving hands over ("give", "hand",
// "send", "transfer", "deliver", "return"), its object or, after "hand
// over" read as a preposition, its oblique: the receiver ("MONUSCO handed
// over its base in Kamanyola to the Congolese army": not "Kamanyola to the
// army").
//
// Spanish the same for "durante" and "en" + a fight ("La policía arrestó a 20
// personas durante las protestas", "mataron a tres rebeldes en un
// enfrentamiento"), on an object or on a personal object with "a" (an obl in
// the Spanish treebank's parses).
void ParseView::MendVerbsPhraseReadAsObjectModifier() {
  const bool es = lang_ == "es";
  if (lang_ != "en" && !es) return;
  static constexpr std::string_view kFights[] = {
      "gunbattle", "battle", "clash",  "fighting", "firefight", "shootout", "skirmish",
      "ambush",    "raid",   "attack", "assault",  "crossfire", "exchange"};
  static constexpr std::string_view kFightsEs[] = {
      "enfrentamiento", "combate",    "choque",   "tiroteo",  "balacera",
      "emboscada",      "ataque",     "asalto",   "redada",   "operativo",
      "operación",      "escaramuza", "refriega", "incursión"};
  static constexpr std::string_view kAskOrGetVerbs[] = {"demand", "request", "seek",
                                                        "ask",    "receive", "obtain"};
  static constexpr std::string_view kGiveVerbs[] = {"give",     "hand",    "send",
                                                    "transfer", "deliver", "return"};
  for (int n = 1; n < size(); ++n) {
    const int object = head(n);
    if (object < 0 || object > n || (Base(object) != "obj" && Base(object) != "obl")) continue;
    const int verb = head(object);
    if (verb < 0 || tok(verb).upos != Upos::kVerb) continue;
    if (es) {
      const bool personal_object =
          Base(object) == "obj" || (Base(object) == "obl" && HasCase(object, "a") && verb < object);
      if (!personal_object || Base(n) != "nmod") continue;
      if (!HasCase(n, "durante") && !(HasCase(n, "en") && HasAnyKey(n, kFightsEs))) continue;
      Attach(n, verb, "obl");
      LinkChildren();
      continue;
    }
    const bool on_object = Base(object) == "obj", nmod = Base(n) == "nmod";
    const bool during = on_object && nmod && HasCase(n, "during");
    const bool in_fight = on_object && nmod && HasCase(n, "in") && HasAnyKey(n, kFights);
    const bool time =
        on_object && InTime(n) && Child(n, "case") < 0 &&
        (rel(n) == "obl:unmarked" || rel(n) == "nmod:unmarked" || rel(n) == "nmod:tmod");
    const bool asked_of =
        on_object && nmod && verb < object && HasCase(n, "from") && HasAnyKey(verb, kAskOrGetVerbs);
    const bool given_to = nmod && verb < object && HasCase(n, "to") && HasAnyKey(verb, kGiveVerbs);
    if (!during && !in_fight && !time && !asked_of && !given_to) continue;
    Attach(n, verb, time ? "obl:unmarked" : "obl");
    LinkChildren();
  }
}

// "Egyptian President Hosni Mubarak said here Wednesday that the US must be
// ready to mediate": another parser hung the "that" clause on "said" as an
// adverbial clause. An English clause marked by "that" alone is a
// complement; adverbial "that" comes with a word before it ("so that", "now
// that", "such that"), which the clause then has as a fixed or advmod
// dependent, or after "so"/"such" in the main clause.
void ParseView::MendComplementReadAsAdverbial() {
  if (lang_ != "en") return;
  for (int x = 1; x < size(); ++x) {
    const int verb = head(x), mark = Child(x, "mark");
    if (verb < 0 || verb > x || Base(x) != "advcl" || mark < 0 || Text(mark) != "that" ||
        tok(verb).upos != Upos::kVerb)
      continue;
    bool compound_marker = !children(mark).empty() ||
                           (mark > 0 && (Text(mark - 1) == "so" || Text(mark - 1) == "now" ||
                                         Text(mark - 1) == "such"));
    for (int c : children(verb)) compound_marker |= Text(c) == "so" || Text(c) == "such";
    if (compound_marker) continue;
    Attach(x, verb, "ccomp");
    LinkChildren();
  }
}

// "On 23 September 2022, Fulani ethnic militia and Tiv ethnic militia
// clashed in Guma (Benue), killing 4 people": the parser rooted the sentence
// in the participle clause after the comma and hung everything before it
// (the date, with the subject and the verb inside) on the participle. A
// participle with no subject, auxiliary or marker of its own, after a comma,
// heads no sentence: when the root is one whose only dependent before its
// comma is a nominal that holds a past-tense verb, that nominal becomes the
// root, as a verbless sentence, and the participle its adverbial clause; the
// mends after this one find the verb (MendSubjectAfterIntroductoryDate,
// MendIntroductoryPhraseRoot).
void ParseView::MendParticipleClauseReadAsRoot() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 2 || tok(root).upos != Upos::kVerb || Text(root - 1) != "," ||
      head(root - 1) != root || HasClauseOfItsOwn(root))
    return;
  const std::string_view form = Feat(root, "VerbForm");
  if (form != "Ger" && !(form == "Part" && Feat(root, "Tense") == "Pres")) return;
  int left = -1;
  for (int c : children(root)) {
    if (c >= root - 1 || tok(c).upos == Upos::kPunct) continue;
    if (left >= 0) return;  // more than one
    left = c;
  }
  if (left < 0 || !IsNominal(left)) return;
  bool holds_past_verb = false;
  for (int k = 0; k < root - 1 && !holds_past_verb; ++k)
    holds_past_verb = tok(k).upos == Upos::kVerb && Feat(k, "Tense") == "Past" && Dominates(left, k);
  if (!holds_past_verb) return;
  Attach(left, -1, "root");
  Attach(root, left, "advcl");
  LinkChildren();
}

// "The soldiers accused of the massacre were taken into custody", "A man
// suspected of planting the bomb was caught": the parser took the reduced
// relative for the main verb and the passive after it for its complement. A
// past-tense root with a subject, no object and no auxiliary, whose
// complement (or conjunct, or parataxis) after it is a passive with no
// subject of its own, is its subject's reduced relative: the passive is the
// main verb and the subject its passive subject.
void ParseView::MendReducedRelativeReadAsMainVerb() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 1 || tok(root).upos != Upos::kVerb || Feat(root, "Tense") != "Past") return;
  const int subject = Child(root, "nsubj");
  if (subject < 0 || subject > root || Child(root, "obj") >= 0 || Child(root, "aux") >= 0 ||
      Child(root, "aux:pass") >= 0)
    return;
  for (int v : children(root)) {
    const std::string_view b = Base(v);
    if (v < root || (b != "ccomp" && b != "conj" && b != "parataxis") ||
        tok(v).upos != Upos::kVerb || Child(v, "aux:pass") < 0 || Child(v, "nsubj") >= 0 ||
        Child(v, "nsubj:pass") >= 0 || Child(v, "mark") >= 0 || Child(v, "cc") >= 0)
      continue;
    RootAtVerbOfSubject(v, root, subject, "nsubj:pass");
    Attach(root, subject, "acl");
    LinkChildren();
    return;
  }
}

// "On 13 January 2023, opposition supporters demonstrated in Lima demanding
// the resignation of President Boluarte": with no comma before it, the
// parser rooted the sentence in the participle clause, made the subject its
// subject and the verb the subject's reduced relative. A present participle
// or gerund at the root whose subject carries a past-tense verb of its own
// (an acl with no subject, marker or auxiliary, between them) is that verb's
// adverbial clause: the verb is the root, with the subject and everything
// before it.
void ParseView::MendMainVerbReadAsModifierBeforeParticiple() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 2 || tok(root).upos != Upos::kVerb) return;
  const std::string_view form = Feat(root, "VerbForm");
  if (form != "Ger" && !(form == "Part" && Feat(root, "Tense") == "Pres")) return;
  // (After a comma, MendParticipleClauseReadAsRoot's case.)
  if (Text(root - 1) == ",") return;
  const int subject = Child(root, "nsubj");
  if (subject < 0 || subject > root) return;
  for (int v : children(subject)) {
    // Not a true reduced relative: one set off by a comma or with an agent
    // ("soldiers, supported by local militias, are conducting operations").
    if (v < subject || v > root || Base(v) != "acl" || tok(v).upos != Upos::kVerb ||
        Feat(v, "Tense") != "Past" || HasClauseOfItsOwn(v) || Text(v - 1) == "," ||
        Child(v, "obl:agent") >= 0)
      continue;
    RootAtVerbOfSubject(v, root, subject, "nsubj");
    Attach(root, v, "advcl");
    LinkChildren();
    return;
  }
}

// "On 3 April 2023, Military Forces of Nigeria clashed with ISWAP": the
// parser rooted the sentence in its introductory date (a phrase with a
// preposition of its own, which heads no clause) and hung the verb on the
// subject as a reduced relative. When the root is a nominal with a case
// marker and a nominal after it carries a past-tense verb (an acl with no
// subject, marker or auxiliary of its own), that verb is the main clause:
// it becomes the root, the nominal its subject and the old root its oblique.
void ParseView::MendIntroductoryPhraseRoot() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 0 || !IsNominal(root) || Child(root, "case") < 0 || Child(root, "cop") >= 0) return;
  for (int n : children(root)) {
    if (n < root || !IsNominal(n)) continue;
    // The verb may hang on the coordination's last conjunct: "On 9 September
    // 2021, a Mai-Mai militia and a Raia Mutomboki faction clashed": the
    // subject is the whole coordination.
    std::vector<int> hosts = {n};
    for (int c : children(n))
      if (c > n && Base(c) == "conj" && IsNominal(c)) hosts.push_back(c);
    std::vector<int> verbs;
    for (int host : hosts)
      for (int v : children(host))
        if (v > host && Base(v) == "acl" && tok(v).upos == Upos::kVerb &&
            Feat(v, "Tense") == "Past")
          verbs.push_back(v);
    for (int v : verbs) {
      const int host = head(v);
      // "JNIM militants and Military Forces of Burkina Faso fought": the
      // host's "of" phrase read as the verb's clause, "of" its mark and the
      // country its subject. An "of" right after the host, then the
      // subject, belong to the host.
      const int mark = Child(v, "mark"), subject = Child(v, "nsubj");
      if (mark >= 0 && subject > mark && HasKey(mark, "of") && tok(mark).upos == Upos::kAdp &&
          Phrase(host, false).second == mark) {
        Attach(subject, host, "nmod");
        Attach(mark, subject, "case");
        LinkChildren();
      }
      if (HasClauseOfItsOwn(v)) continue;
      // "On 14 March 2022, rockets fired by Hezbollah struck northern
      // Israel": the main verb read as the complement of a true reduced
      // relative. A complement takes no finite verb: that verb is the main
      // clause and the relative stays the nominal's.
      int main_verb = v;
      for (int x : children(v))
        if (x > v && Base(x) == "xcomp" && tok(x).upos == Upos::kVerb &&
            Feat(x, "VerbForm") == "Fin" && !HasClauseOfItsOwn(x))
          main_verb = x;
      PromoteToRoot(main_verb, root);
      Attach(n, main_verb, "nsubj");
      Attach(root, main_verb, "obl");
      LinkChildren();
      return;
    }
  }
  // "On 8 July 2021, rioters looted shops": the verb read as the adjective
  // of its object (as in MendVerbReadAsModifier), the subject hung on the
  // object ("rioters" its possessor) or on the root after it (an apposition:
  // "Military Forces of Ukraine allegedly fired artillery"). The subject is
  // that nominal, never the introductory phrase, which becomes the verb's
  // oblique.
  for (int v = root + 1; v + 1 < size(); ++v) {
    const int object = head(v);
    if (tok(v).upos != Upos::kVerb || Base(v) != "amod" || Feat(v, "Tense") != "Past" ||
        object <= v || !IsNominal(object) || !OnlyAdverbsBefore(v))
      continue;
    int subject = -1;
    for (int c : children(object))
      if (c < v && IsNominal(c)) subject = c;  // the nearest one before the verb
    if (subject < 0)
      for (int c : children(root))
        if (c > root && c < v && c != object && IsNominal(c)) subject = c;
    if (subject < 0) continue;
    int start = subject;
    while (start > 0 && Dominates(subject, start - 1)) --start;
    // Everything from the subject to the verb must be the subject's, or
    // dependents of the object that move to it.
    bool subject_only = true;
    for (int k = start; k < v && subject_only; ++k)
      subject_only = Dominates(subject, k) || head(k) == object;
    if (!subject_only) return;
    const auto dependents = children(object);
    PromoteToRoot(v, root);
    for (int c : dependents) {
      if (c < v && c != subject) heads_[static_cast<size_t>(c)] = subject;
      // After the object, a prepositional phrase (not "of": "ambushed
      // Military Forces of Cameroon") and a coordinated verb are the verb's
      // ("fired artillery at Donetsk city", "looted shops and burned a
      // warehouse").
      if (c > object && Base(c) == "nmod" && Child(c, "case") >= 0 && !HasCase(c, "of")) {
        Attach(c, v, "obl");
      }
      if (c > object && Base(c) == "conj" && tok(c).upos == Upos::kVerb)
        heads_[static_cast<size_t>(c)] = v;
    }
    Attach(subject, v, "nsubj");
    Attach(object, v, "obj");
    Attach(root, v, "obl");
    LinkChildren();
    return;
  }
}

// "Young Algerians blocked roads leading to the city centre", "Hundreds of
// thousands of people blocked streets in Hong Kong": the parser read the verb
// as an adjective of the noun after it ("blocked roads") and left the
// sentence without a verb, rooted in a noun. When the root is a nominal with
// no copula and a past-tense verb before a noun modifies that noun, the verb
// is mended into the root: the noun is its object and the nominal before it
// (the old root, or the noun's own left dependent when the noun was the root)
// its subject. So is such a verb with a subject of its own when the parser
// rooted the sentence in a purpose infinitive after it, with the noun its
// subject ("Hundreds of thousands of people blocked streets in Hong Kong ...
// to demand democratic reforms": "to demand" the root, "streets" its subject):
// an English sentence is no "to" infinitive with a subject, and the
// infinitive becomes the verb's adverbial clause.
void ParseView::MendVerbReadAsModifier() {
  // English only: Spanish participles follow their noun.
  if (lang_ != "en") return;
  const int root = VerblessRoot();
  int infinitive = -1;
  if (root < 0) {
    for (int i = 0; i < size() && infinitive < 0; ++i)
      if (head(i) < 0 && tok(i).upos == Upos::kVerb && Feat(i, "VerbForm") == "Inf" &&
          HasCase(i, "to"))
        infinitive = i;
    if (infinitive < 0) return;
  }
  for (int v = 1; v + 1 < size(); ++v) {
    const int object = head(v);
    // "Soldiers arrested dozens of looters": the parser gave the adjective a
    // subject of its own, which no adjective of a noun has: it is the verb's.
    int own_subject = -1;
    for (int c : children(v))
      if (c < v && rel(c) == "nsubj" && IsNominal(c)) own_subject = c;
    if (tok(v).upos != Upos::kVerb || Base(v) != "amod" || Feat(v, "Tense") != "Past" ||
        object <= v || !IsNominal(object) || !OnlyAdverbsBefore(v, own_subject, true))
      continue;
    if (infinitive >= 0 &&
        (own_subject < 0 || head(object) != infinitive || Base(object) != "nsubj"))
      continue;
    int subject = root >= 0 && root < v ? root : -1;
    if (object == root)
      for (int c : children(object))
        if (c < v && IsNominal(c)) subject = c;  // the nearest one before the verb
    if (own_subject >= 0) subject = own_subject;
    // Everything before the verb must be the subject's: its subtree, or
    // dependents of the object that move to it (or the verb's own adverbs
    // and time).
    bool subject_only = subject >= 0;
    for (int k = 0; k < v && subject_only; ++k)
      subject_only = Dominates(subject, k) || head(k) == object || Dominates(v, k);
    if (!subject_only) continue;
    const auto dependents = children(object);
    // When the object was the root, what follows it stays its own ("roads
    // leading to the city centre").
    PromoteToRoot(v, subject == root ? root : -1);
    if (subject != root)
      for (int c : dependents)
        if (c < v && c != subject) heads_[static_cast<size_t>(c)] = subject;
    Attach(subject, v, "nsubj");
    Attach(object, v, "obj");
    if (infinitive >= 0) Attach(infinitive, v, "advcl");
    // An adverbial clause is a verb's, never a noun's ("attacked farmers in
    // Bokkos, killing 10 people": MendParticipleClauseReadAsRoot left it on
    // the noun).
    for (int c : dependents)
      if (c > v && Base(c) == "advcl") Attach(c, v, "advcl");
    LinkChildren();
    return;
  }
}

// "European Community foreign ministers agreed in principle on Saturday to
// provide about 70 million dollars of aid": the parser rooted the sentence
// in the "to" infinitive, with the verb a reduced relative of the
// infinitive's subject. A "to" infinitive takes no subject of its own (but
// after "for": "for them to leave"): when the root is one whose subject
// carries, between itself and the infinitive, a past-tense verb as a clause
// with no subject, marker or auxiliary of its own, that verb is the root, the
// nominal its subject and the infinitive its complement (its adverbial
// clause when the verb has an object: "blocked roads to press their
// demands").
void ParseView::MendMainVerbReadAsRelativeOfInfinitivesSubject() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 0 || !IsSubjectlessToInfinitive(root)) return;
  const int subject = Child(root, "nsubj");
  if (subject < 0 || subject > root || !IsNominal(subject)) return;
  for (int v : children(subject)) {
    if (v < subject || v > root || Base(v) != "acl" || tok(v).upos != Upos::kVerb ||
        Feat(v, "Tense") != "Past")
      continue;
    if (HasClauseOfItsOwn(v)) continue;
    Attach(v, -1, "root");
    Attach(subject, v, "nsubj");
    Attach(root, v, Child(v, "obj") >= 0 ? "advcl" : "xcomp");
    for (int c : children(root))
      if (c > root && tok(c).upos == Upos::kPunct && c + 1 == size()) Attach(c, v, "punct");
    LinkChildren();
    return;
  }
}

// "The new law allows police to detain suspects for up to 14 days": the
// tagger read the verb as a plural noun ("allows" NOUN), and the parser hung
// it on the noun after it as a compound, with the "to" infinitive either the
// root with that noun as its subject or a modifier of that noun as the root.
// A "to" infinitive takes no subject of its own but after "for", and a
// verb that takes an object and an infinitive ("allow police to detain")
// is what English puts before such a pair: when a word of that closed set,
// inflected (not its lemma's form), hangs on the infinitive's subject (or
// the root noun the infinitive modifies) from before it, with a nominal
// right before it and nothing but that nominal's phrase before, the word is
// the sentence's verb: the nominal its subject, the noun its object, the
// infinitive its complement (xcomp), retagged as a present-tense verb.
void ParseView::MendControlVerbReadAsNoun() {
  if (lang_ != "en") return;
  const int root = Root();
  if (root < 0) return;
  int infinitive = -1, noun = -1;
  if (IsSubjectlessToInfinitive(root)) {
    infinitive = root;
    noun = Child(root, "nsubj");
  } else if (VerblessRoot() >= 0) {
    noun = root;
    for (int c : children(root))
      if (infinitive < 0 && c > root && Base(c) == "acl" && IsSubjectlessToInfinitive(c)) infinitive = c;
  }
  if (infinitive < 0 || noun < 0 || noun > infinitive || !IsNominal(noun)) return;
  const int verb = noun - 1, subject = noun - 2;
  if (subject < 0 || head(verb) != noun || (Base(verb) != "compound" && Base(verb) != "amod") ||
      !IsNominal(subject) || Child(subject, "case") >= 0)
    return;
  const std::string form = WordKey(tok(verb).form);
  bool control_verb = false;
  for (std::string_view key : kObjectAndInfinitiveVerbs) control_verb |= HasKey(verb, key) && form != key;
  if (!control_verb) return;
  // Everything before the verb is the subject's phrase: the subject's own
  // dependents and the determiners and adjectives the parser hung on the noun.
  for (int k = 0; k < verb; ++k)
    if (k != subject && !Dominates(subject, k) && head(k) != noun && head(k) != verb) return;
  const auto noun_dependents = children(noun);
  const auto infinitive_dependents = children(infinitive);
  Attach(verb, -1, "root");
  for (int k = 0; k < verb; ++k)
    if (k != subject && !Dominates(subject, k)) heads_[static_cast<size_t>(k)] = subject;
  Attach(subject, verb, "nsubj");
  Attach(noun, verb, "obj");
  Attach(infinitive, verb, "xcomp");
  // The sentence's closing punctuation and what else hung on the old root
  // after the infinitive belong to the verb's clause.
  for (int c : infinitive == root ? infinitive_dependents : noun_dependents)
    if (c > infinitive && Base(c) == "punct") heads_[static_cast<size_t>(c)] = verb;
  Retag(verb, Upos::kVerb,
        form.ends_with("ed") ? kFinitePast : "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin");
  LinkChildren();
}

// "... to let the eight Uyghurs who remain in its custody settle
// elsewhere": the parser hung the relative clause on the verb before it as
// an adverbial clause, so that what it says took that verb's status
// ("custody" planned with "let"). An English clause whose subject is "who"
// or "which", right after a nominal, is a relative clause of that nominal
// (an adverbial clause has a marker, not a relative pronoun, for subject).
void ParseView::MendRelativeClauseReadAsAdverbial() {
  if (lang_ != "en") return;
  for (int pronoun = 1; pronoun + 1 < size(); ++pronoun) {
    const int clause = head(pronoun), antecedent = pronoun - 1;
    if (clause <= pronoun || rel(pronoun) != "nsubj" || !(HasKey(pronoun, "who") || HasKey(pronoun, "which")) ||
        Base(clause) != "advcl" || Child(clause, "mark") >= 0 || tok(antecedent).upos == Upos::kPron ||
        !IsNominal(antecedent) || head(antecedent) == clause || Dominates(clause, antecedent))
      continue;
    Attach(clause, antecedent, "acl:relcl");
    LinkChildren();
  }
}

// "Algerian landowners began a hunger strike outside Parliament to demand
// the return of property": the parser gave the purpose infinitive the
// nominal before it as its subject and hung it apart from the verb it serves.
// A "to" infinitive takes no subject of its own but after "for": when one
// (not the root) has a subject directly before its "to", and that subject's
// phrase directly follows the phrase of a verb's object, the infinitive is
// that verb's adverbial clause and the nominal the verb's oblique.
void ParseView::MendSubjectOfPurposeInfinitive() {
  if (lang_ != "en") return;
  for (int inf = 2; inf < size(); ++inf) {
    if (head(inf) < 0 || !IsSubjectlessToInfinitive(inf)) continue;
    const int subject = Child(inf, "nsubj");
    if (subject < 0 || subject + 2 != inf || !IsNominal(subject)) continue;
    const int start = Phrase(subject, true).first;
    // The verb whose object's phrase ends right before the subject's.
    int verb = -1;
    for (int o = 0; o < start && verb < 0; ++o)
      if (Base(o) == "obj" && head(o) >= 0 && tok(head(o)).upos == Upos::kVerb &&
          Phrase(o, true).second == start && !Dominates(inf, head(o)))
        verb = head(o);
    if (verb < 0) continue;
    Attach(inf, verb, "advcl");
    Attach(subject, verb, "obl");
    LinkChildren();
  }
}

// "Opposition lawmakers, including those in the upper house, have denounced
// the extension": the parser hung the sentence's verb on its subject as a
// relative clause and rooted the sentence in the noun. A clause attached to
// a nominal root that has no copula, where the clause is finite (or has a
// finite auxiliary) and has no subject (relative pronouns included) or
// marker of its own, is the main clause: its verb becomes the root and the noun its
// subject.
void ParseView::MendMainClauseReadAsRelative() {
  // English only: a Spanish relative clause drops its subject ("la casa que
  // compraron").
  if (lang_ != "en") return;
  const int root = VerblessRoot();
  if (root < 0) return;
  for (int v : children(root)) {
    if (v < root || Base(v) != "acl" || tok(v).upos != Upos::kVerb) continue;
    bool finite = Feat(v, "VerbForm") == "Fin";
    bool own_subject = false;
    for (int c : children(v)) {
      const std::string_view b = Base(c);
      if (b == "aux" && Feat(c, "VerbForm") == "Fin") finite = true;
      // A relative pronoun is the clause's own subject ("who attacked").
      if (b == "nsubj" || b == "csubj" || b == "mark" || b == "expl") own_subject = true;
    }
    if (!finite || own_subject) continue;
    PromoteWithRootAsSubject(v, root);
    return;
  }
}

// "El grupo armado que atacó el cuartel", "jóvenes enmascarados que lanzaron
// botellas": the parser hung the relative clause on the participle that
// modifies the noun, as the participle's complement clause. A Spanish finite
// clause marked by "que" under a participle that modifies a nominal is the
// nominal's: a relative clause when it has no subject of its own, else a
// content clause ("la garantía escrita detallada que un desarme se producirá").
void ParseView::MendRelativeClauseReadAsComplementOfParticiple() {
  if (lang_ != "es") return;
  for (int c = 0; c < size(); ++c) {
    const int participle = head(c);
    if (participle < 0 || Base(c) != "ccomp" || Feat(c, "VerbForm") != "Fin") continue;
    const int mark = Child(c, "mark");
    if (mark < 0 || Key(mark) != "que" || mark > c) continue;
    if (Feat(participle, "VerbForm") != "Part" ||
        (Base(participle) != "acl" && Base(participle) != "amod"))
      continue;
    const int noun = head(participle);
    if (noun < 0 || !IsNominal(noun) || noun > participle) continue;
    Attach(c, noun, Child(c, "nsubj") < 0 ? "acl:relcl" : "acl");
    LinkChildren();
  }
}

// "Los hombres que atacaron el cuartel mataron a tres soldados": UD Spanish
// GSD marks a subject relative's "que" as a subordinator, and the parser then
// took the sentence's verb for a complement of the relative clause's verb and
// rooted the sentence in the subject. A finite verb hung as xcomp (which is
// never finite), or as an unmarked ccomp or advcl, on the verb of a relative
// clause of the nominal root, with no subject or conjunction of its own and
// after that verb, is the main verb, and the root its subject.
void ParseView::MendMainVerbReadAsComplementOfRelative() {
  if (lang_ != "es") return;
  const int root = VerblessRoot();
  if (root < 0) return;
  for (int relative : children(root)) {
    if (relative < root || rel(relative) != "acl:relcl") continue;
    for (int v : children(relative)) {
      const std::string_view b = Base(v);
      if (v < relative || tok(v).upos != Upos::kVerb || Feat(v, "VerbForm") != "Fin") continue;
      if (b != "xcomp" && b != "ccomp" && b != "advcl") continue;
      bool own_clause = false;
      for (int c : children(v)) {
        const std::string_view cb = Base(c);
        own_clause |= cb == "nsubj" || cb == "csubj" || cb == "mark" || cb == "cc" || cb == "expl";
      }
      if (own_clause) continue;
      PromoteWithRootAsSubject(v, root);
      return;
    }
  }
}

// "British aircraft using precision guided missiles killed 4 Iraqis": the
// tagger read the verb as a participle and the parser hung it on the noun
// before it as a reduced relative ("missiles killed 4 Iraqis"), rooting the
// sentence in its subject. A past participle with a direct object is active
// (IsPassive): when the root is a nominal with no copula and such a
// participle, with no subject, marker or auxiliary of its own, hangs in the
// root's phrase after it, it is the main verb, past tense, and the root its
// subject. Not verbs that keep an object in the passive ("a man given a
// life sentence", "reporters denied entry").
void ParseView::MendMainVerbReadAsParticipleWithObject() {
  if (lang_ != "en") return;
  const int root = VerblessRoot();
  // Not an introductory phrase or date (MendSubjectAfterIntroductoryDate).
  if (root < 0 || Child(root, "case") >= 0 || InTime(root) || IsNumber(root)) return;
  static constexpr std::string_view kTwoObjectVerbs[] = {
      "give", "award", "grant", "offer", "deny", "hand", "show", "tell", "pay", "send",
      "promise", "lend", "allow", "refuse", "teach", "ask", "owe", "bring", "issue", "serve"};
  for (int v = root + 1; v < size(); ++v) {
    if (tok(v).upos != Upos::kVerb || Base(v) != "acl" || Feat(v, "VerbForm") != "Part" ||
        Feat(v, "Tense") != "Past" || Child(v, "obj") < 0 || HasClauseOfItsOwn(v) ||
        !Dominates(root, v))
      continue;
    const bool two_objects = HasAnyKey(v, kTwoObjectVerbs);
    if (two_objects) return;
    // The participle's own head must be part of the subject's phrase: no
    // finite verb between the root and it.
    bool finite_between = false;
    for (int k = root + 1; k < v; ++k) finite_between |= Feat(k, "VerbForm") == "Fin";
    if (finite_between) return;
    PromoteToRoot(v, root);
    Attach(root, v, "nsubj");
    Retag(v, Upos::kVerb, "Mood=Ind|Tense=Past|VerbForm=Fin");
    LinkChildren();
    return;
  }
}

// "Militants shot dead two soldiers", "gunmen shot dead a police officer":
// the resultative "dead" of "shoot/stab/beat ... dead" stands before the
// object, and the parser hangs it on the object as an adjective or adverb
// (the target's text then starts with "dead": "shot dead a trader and his
// son") or makes it a dependent of the verb that governs the object (the
// verb then has no object). An English "dead" directly after a verb is mended into the verb's
// xcomp, and a nominal it governs or modifies into the verb's object. (An
// adjective takes no object in UD; "dead" is the one resultative wire copy
// puts before the object.)
void ParseView::MendResultativeDead() {
  if (lang_ != "en") return;
  for (int d = 1; d + 1 < size(); ++d) {
    const int verb = d - 1;
    if (tok(d).upos != Upos::kAdj || !HasKey(d, "dead") || tok(verb).upos != Upos::kVerb) continue;
    int object = -1;
    if (head(d) > d && head(head(d)) == verb && Base(head(d)) == "obj")
      object = head(d);  // "shot dead two soldiers": dead read as the object's modifier
    if (head(d) == verb && Child(verb, "obj") < 0)
      for (int c : children(d))
        if (c > d && Base(c) == "obj" && IsNominal(c)) object = c;  // "dead" governs the object
    if (object < 0) continue;
    Attach(d, verb, "xcomp");
    Attach(object, verb, "obj");
    LinkChildren();
  }
}

// "On 3 May 2022, journalists held a sit-in", "On 6 November 2022, a mob
// attacked ...": ACLED's notes open with a dated phrase, and the parser often
// takes its preposition for the case of the subject after the comma (an
// oblique, "journalists" then no subject) or roots the sentence in the date
// with the subject as its apposition. When the sentence opens with a
// preposition, a date (a time the times stage found) and a comma, and the
// first verb after the comma is finite with no subject of its own, the
// phrase between the comma and the verb (one nominal phrase) is its subject,
// and the date, with its preposition and comma, its oblique. Only where the
// root is that verb or inside the date: other misreadings are left alone.
void ParseView::MendSubjectAfterIntroductoryDate() {
  const int comma = IntroductoryDateComma();
  if (comma < 0) return;
  int verb = -1;
  for (int k = comma + 1; k < size() && verb < 0; ++k)
    if (tok(k).upos == Upos::kVerb) verb = k;
  if (verb < 0 || verb == comma + 1) return;
  bool finite = Feat(verb, "VerbForm") == "Fin", aux = false;
  // "On 2 November 2022, the Government of Ethiopia and the TPLF signed":
  // the parser made the first conjunct of the subject the date's oblique and
  // the second, after an "and" it hung on the verb, the verb's only subject.
  // A root verb has no "and" of its own: the two are one coordinated subject.
  int second_conjunct = -1, conjunction = -1;
  for (int c : children(verb)) {
    const std::string_view b = Base(c);
    if (b == "nsubj" && second_conjunct < 0 && c > comma && c < verb) {
      const int cc = Phrase(c, false).first - 1;
      if (cc > comma + 1 && head(cc) == verb && Base(cc) == "cc") {
        second_conjunct = c;
        conjunction = cc;
        continue;
      }
    }
    if (b == "nsubj" || b == "csubj" || b == "mark" || b == "expl" || rel(c) == "obl:agent")
      return;
    if (b == "aux") aux = true;
    if (b == "aux" && Feat(c, "VerbForm") == "Fin") finite = true;
  }
  // A past form read as a reduced relative of the subject ("a mob attacked
  // and burned", tagged a participle) is the clause's verb when no finite verb
  // follows but its own conjuncts ("protesters arrested by police were
  // released" keeps its relative).
  if (!finite && !aux && rel(verb) == "acl" && Feat(verb, "Tense") == "Past" &&
      head(verb) > comma && head(verb) < verb) {
    finite = true;
    for (int k = verb + 1; k < size(); ++k)
      if ((tok(k).upos == Upos::kVerb || tok(k).upos == Upos::kAux) &&
          Feat(k, "VerbForm") == "Fin" && !(Base(k) == "conj" && head(k) == verb))
        finite = false;
  }
  if (!finite) return;
  int root = -1;
  for (int i = 0; i < size() && root < 0; ++i)
    if (head(i) < 0) root = i;
  if (root != verb && (root < 0 || root >= comma)) return;
  // The subject: the one token between the comma and the verb whose head is
  // outside that span.
  int subject = -1;
  for (int k = comma + 1; k < verb; ++k) {
    if ((head(k) > comma && head(k) < verb) || k == conjunction || k == second_conjunct) continue;
    if (subject >= 0 || !IsNominal(k)) return;
    subject = k;
  }
  if (subject < 0 || (second_conjunct >= 0 && subject > conjunction)) return;
  if (second_conjunct >= 0) {
    Attach(conjunction, second_conjunct, "cc");
    Attach(second_conjunct, subject, "conj");
  }
  const int date = 1;
  if (root != verb) PromoteToRoot(verb, root);
  for (int k = 2; k < comma; ++k)
    if (head(k) < 1 || head(k) >= comma) Attach(k, date, "nmod:unmarked");
  Attach(date, verb, "obl");
  Attach(0, date, "case");
  Attach(comma, date, "punct");
  Attach(subject, verb, "nsubj");
  LinkChildren();
}

// "On 3 March 2023, unidentified armed men kidnapped a Catholic priest": the
// parser hung the introductory date on the subject after the comma ("3" a
// nummod of "men"; or its preposition the case of the object: "On ...
// farmers"), which makes the date part of an actor's text. When the sentence
// opens with a preposition, a date (a time the times stage found) and a
// comma, and a word of that opening hangs on a nominal after the comma, the
// date is the oblique of the verb that nominal's clause hangs on (the first
// verb above it; else the verb the date already hangs on), with its
// preposition and its comma.
void ParseView::MendIntroductoryDateHungOnNominal() {
  const int comma = IntroductoryDateComma();
  if (comma < 0) return;
  int verb = -1, misplaced = -1;
  for (int k = 0; k <= comma; ++k) {
    const int h = head(k);
    if (h <= comma) continue;
    if (tok(h).upos == Upos::kVerb) verb = h;
    else if (misplaced < 0) misplaced = h;
  }
  if (misplaced < 0) return;
  if (verb < 0)
    for (int h = misplaced; h >= 0 && verb < 0; h = head(h))
      if (tok(h).upos == Upos::kVerb) verb = h;
  const int date = 1;
  // A date the parser made the root, over the verb, is
  // MendIntroductoryPhraseRoot's.
  if (verb < 0 || Dominates(date, verb)) return;
  for (int k = 2; k < comma; ++k)
    if (head(k) < 1 || head(k) >= comma) Attach(k, date, "nmod:unmarked");
  Attach(date, verb, "obl");
  Attach(0, date, "case");
  Attach(comma, date, "punct");
  LinkChildren();
}

// "Pakistan today threatened to break off diplomatic relations", "Pakistan
// President Mohammad Zia-Ul-Haq today rejected a fresh offer": wire copy puts
// a bare time word between the subject and its verb, and the parser takes the
// subject for the time word's compound (the verb then has no subject) or
// roots the sentence in the subject with the verb as its parataxis. A time
// word (inside a time the times stage found, with no preposition) directly
// before a verb that has no subject, hung on that verb, gives the verb its
// subject back: the nominal directly before the time word, when it is the
// time word's own modifier or the nominal root the verb hangs on.
void ParseView::MendSubjectReadAsTimeModifier() {
  if (lang_ != "en") return;
  for (int when = 1; when + 1 < size(); ++when) {
    const int verb = when + 1;
    if (head(when) != verb || !InTime(when) || Child(when, "case") >= 0 ||
        tok(verb).upos != Upos::kVerb)
      continue;
    bool has_subject = false;
    for (int c : children(verb)) {
      const std::string_view b = Base(c);
      has_subject |= b == "nsubj" || b == "csubj" || b == "expl";
    }
    if (has_subject) continue;
    int subject = -1;
    for (int c : children(when))
      if (c < when && IsNominal(c) && Phrase(c, true).second == when) subject = c;
    const int root = head(verb);
    const bool rooted_in_subject = subject < 0 && root >= 0 && root < when && head(root) < 0 &&
                                   VerblessRoot() == root && Phrase(root, true).second == when &&
                                   (Base(verb) == "parataxis" || Base(verb) == "acl");
    if (rooted_in_subject) {
      PromoteToRoot(verb, root);
      subject = root;
    }
    if (subject < 0) continue;
    Attach(subject, verb, "nsubj");
    LinkChildren();
  }
}

// "El lunes, la policía detuvo a los manifestantes": the parser took the
// opening time for a second subject of the verb, and the first subject is
// the one the coder reads. A subject inside a time the times stage found, of
// a verb with another subject that is no time, is the verb's time adjunct.
void ParseView::MendTimeReadAsSecondSubject() {
  for (int when = 0; when < size(); ++when) {
    const int verb = head(when);
    if (verb < 0 || Base(when) != "nsubj" || !InTime(when)) continue;
    bool other_subject = false;
    for (int c : children(verb)) other_subject |= c != when && Base(c) == "nsubj" && !InTime(c);
    if (!other_subject) continue;
    Attach(when, verb, "obl");
    LinkChildren();
  }
}

// "Egyptian President Hosni Mubarak said here Wednesday that the US must be
// ready to mediate", "the United States said Tuesday that it would resume
// cooperation": the parser takes the day after a reporting verb for a second
// subject and the complement clause for the day's relative clause, which
// cuts the clause off from its speaker (another parser makes the day the
// verb's unmarked oblique, rightly, and the clause still the day's). A time
// word (inside a time the times stage found) after its verb, that is a
// subject of a verb with another subject or an oblique of the verb with no
// preposition, and whose relative clause (or clausal modifier) opens with
// the conjunction "that" (a mark, not a relative pronoun), is the verb's time
// adjunct, and the clause the verb's complement.
void ParseView::MendComplementReadAsRelativeOfTime() {
  if (lang_ != "en") return;
  for (int when = 1; when < size(); ++when) {
    const int verb = head(when);
    const bool second_subject = Base(when) == "nsubj";
    const bool adjunct = Base(when) == "obl" && Child(when, "case") < 0;
    if (verb < 0 || verb > when || (!second_subject && !adjunct) || !InTime(when) ||
        tok(verb).upos != Upos::kVerb)
      continue;
    bool other_subject = false;
    for (int c : children(verb)) other_subject |= c != when && Base(c) == "nsubj";
    if (second_subject && !other_subject) continue;
    for (int clause : children(when)) {
      if (Base(clause) != "acl") continue;
      const int mark = Child(clause, "mark");
      if (mark < 0 || mark != when + 1 || tok(mark).upos != Upos::kSconj || Key(mark) != "that")
        continue;
      if (second_subject) Attach(when, verb, "obl:tmod");
      Attach(clause, verb, "ccomp");
      LinkChildren();
      break;
    }
  }
  // The same day hung as a second subject inside the complement itself, before
  // its "that" ("said here Wednesday that the US must be ready": "Wednesday"
  // a subject of "ready"): it is the reporting verb's time adjunct.
  for (int when = 1; when + 1 < size(); ++when) {
    const int clause = head(when), mark = when + 1;
    if (clause <= mark || Base(when) != "nsubj" || !InTime(when) || Child(when, "case") >= 0 ||
        head(mark) != clause || Base(mark) != "mark" || Key(mark) != "that" ||
        Base(clause) != "ccomp" || head(clause) < 0 || head(clause) >= when)
      continue;
    bool other_subject = false;
    for (int c : children(clause)) other_subject |= c != when && Base(c) == "nsubj";
    if (!other_subject) continue;
    Attach(when, head(clause), "obl:tmod");
    LinkChildren();
  }
}

// "La policía detuvo este lunes a cinco manifestantes", "El sindicato levantó
// este miércoles la huelga", "Murieron el lunes tres soldados en un ataque":
// Spanish wire copy puts the day between the verb and its arguments, and the
// parser takes the day for an argument (object or subject) and what follows
// for the day's own dependents (nmod, appos, a conjunct with no "and"). A time
// is modified by no word outside it: when a time (the times stage found it)
// is an object, subject or oblique after its verb, its first nominal
// dependent after it that is no time and has no preposition but the personal
// "a" takes the time's relation (an object when the verb has a subject
// already, or with the personal "a"; after an oblique day, only then), its
// nominal modifiers with a preposition other than "de" or
// "of" ("en un ataque", not "eight hours of talks") are the verb's obliques,
// and the time becomes the verb's adjunct.
void ParseView::MendArgumentReadAsModifierOfTime() {
  for (int when = 1; when + 1 < size(); ++when) {
    const int verb = head(when);
    const std::string_view b = Base(when);
    if (verb < 0 || verb > when || (b != "obj" && b != "nsubj" && b != "obl") || !InTime(when) ||
        !IsVerbal(verb))
      continue;
    bool other_subject = false;
    for (int c : children(verb)) other_subject |= c != when && Base(c) == "nsubj";
    bool moved = false, argument_found = false;
    for (int c : children(when)) {  // (Attach leaves children_ as it is)
      const std::string_view cb = Base(c);
      const bool bare_conjunct = cb == "conj" && Child(c, "cc") < 0;
      if (c < when || (cb != "nmod" && cb != "appos" && !bare_conjunct) || !IsNominal(c) ||
          InTime(c) || tok(c).upos == Upos::kPron)
        continue;
      bool other_case = false;
      for (int k : children(c))
        if (Base(k) == "case" && !HasKey(k, "a")) other_case = true;
      if (other_case) {
        // "more than eight hours of peace talks": an "of" phrase is the time's.
        if (cb != "nmod" || HasCase(c, "of") || HasCase(c, "de")) continue;
        Attach(c, verb, "obl");
      } else {
        if (argument_found) continue;
        const bool personal_a = HasCase(c, "a");
        // A day rightly an adjunct leaves a bare noun after it undecided
        // (subject or object: "murieron el lunes tres soldados", "levantó el
        // lunes la huelga"), unless the verb has its subject already.
        if (b == "obl" && !personal_a && !other_subject) continue;
        argument_found = true;
        Attach(c, verb,
               personal_a || (b != "obj" && other_subject) ? std::string_view("obj") : rel(when));
      }
      moved = true;
    }
    if (!moved) continue;
    Attach(when, verb, "obl");
    LinkChildren();
  }
}

// "Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone
// the demonstration": the parser closed the first subject's "of" phrase early
// ("of the Azadliq (Freedom)") and made the rest ("opposition coalition") a
// second subject of the verb. A clause has one subject: when the second
// subject's phrase starts right where a nominal modifier of the first ends,
// it is the head of that modifier, whose noun becomes its compound (and
// hands it its preposition and determiner). A time read as the first
// subject ("El jueves por la noche la policía detuvo") is no subject to join:
// MendTimeReadAsSecondSubject makes it the verb's time.
void ParseView::MendSubjectSplitInsideModifier() {
  for (int second = 1; second < size(); ++second) {
    if (Base(second) != "nsubj" || head(second) < 0 || !IsNominal(second) ||
        tok(second).upos == Upos::kPron)
      continue;
    const int verb = head(second);
    const int start = Phrase(second, false).first;
    for (int first : children(verb)) {
      if (first >= start || Base(first) != "nsubj") continue;
      if (InTime(first)) break;
      for (int modifier : children(first)) {
        if (Base(modifier) != "nmod" || Phrase(modifier, false).second != start) continue;
        Attach(second, first, rel(modifier));
        for (int c : children(modifier)) {
          const std::string_view b = Base(c);
          if (c < modifier && (b == "case" || b == "det")) Attach(c, second, rel(c));
        }
        Attach(modifier, second, "compound");
        LinkChildren();
        break;
      }
      break;
    }
  }
}

std::string_view ParseView::Base(int i) const {
  const std::string_view r = rel(i);
  return r.substr(0, r.find(':'));
}

const std::string& ParseView::Key(int i) const {
  static const std::string kEmpty;
  const auto& keys = Keys(i);
  return keys.empty() ? kEmpty : keys.front();
}

bool ParseView::HasKey(int i, std::string_view key) const {
  for (const std::string& k : Keys(i))
    if (k == key) return true;
  return false;
}

bool ParseView::HasAnyKey(int i, std::span<const std::string_view> keys) const {
  for (std::string_view key : keys)
    if (HasKey(i, key)) return true;
  return false;
}

std::vector<int> ParseView::Children(int i, std::string_view r) const {
  std::vector<int> out;
  if (i < 0) return out;
  const bool exact = r.find(':') != std::string_view::npos;
  for (int c : children(i))
    if (exact ? rel(c) == r : Base(c) == r) out.push_back(c);
  return out;
}

int ParseView::Child(int i, std::string_view r) const {
  if (i < 0) return -1;
  const bool exact = r.find(':') != std::string_view::npos;
  for (int c : children(i))
    if (exact ? rel(c) == r : Base(c) == r) return c;
  return -1;
}

std::string ParseView::CaseOf(int i) const {
  if (i < 0) return {};
  for (int c : children(i)) {
    const std::string_view b = Base(c);
    if ((b == "case" || b == "mark") && c < i) return Key(c);
  }
  for (int c : children(i))
    if (Base(c) == "case") return Key(c);
  return {};
}

bool ParseView::HasCase(int i, std::string_view key) const {
  if (i < 0) return false;
  for (int c : children(i)) {
    const std::string_view b = Base(c);
    if ((b == "case" || b == "mark") && HasKey(c, key)) return true;
    // "a" + "el" contracted as "al": the case word is the first part.
    if (b == "case" && Key(c) == key) return true;
  }
  return false;
}

bool ParseView::HasCaseWord(int i, std::string_view key) const {
  if (i < 0) return false;
  for (int c : children(i)) {
    if (Base(c) != "case") continue;
    if (HasKey(c, key)) return true;
    for (int f : children(c))
      if (Base(f) == "fixed" && HasKey(f, key)) return true;
  }
  return false;
}

std::string_view ParseView::Feat(int i, std::string_view name) const {
  std::string_view f = tok(i).feats;
  while (!f.empty()) {
    const size_t bar = f.find('|');
    const std::string_view item = f.substr(0, bar);
    const size_t eq = item.find('=');
    if (eq != std::string_view::npos && item.substr(0, eq) == name) return item.substr(eq + 1);
    if (bar == std::string_view::npos) break;
    f.remove_prefix(bar + 1);
  }
  return {};
}

bool ParseView::IsNominal(int i) const {
  const Upos u = tok(i).upos;
  return u == Upos::kNoun || u == Upos::kPropn || u == Upos::kPron || u == Upos::kNum;
}

bool ParseView::IsVerbal(int i) const {
  const Upos u = tok(i).upos;
  return u == Upos::kVerb || u == Upos::kAux;
}

int ParseView::Leftmost(int i) const {
  int first = i;
  while (first > 0 && Dominates(i, first - 1)) --first;
  return first;
}

bool ParseView::IsNumber(int i) const {
  return tok(i).upos == Upos::kNum || IsDigits(tok(i).form);
}

std::pair<int, int> ParseView::Phrase(int i, bool conj) const {
  int first = i, end = i + 1;
  if (!parsed_) return {first, end};
  // Collect the subtree, pruning clausal dependents (and conjuncts).
  std::vector<char> in(static_cast<size_t>(size()), 0);
  std::vector<int> stack = {i};
  in[static_cast<size_t>(i)] = 1;
  while (!stack.empty()) {
    const int t = stack.back();
    stack.pop_back();
    for (int c : children(t)) {
      const std::string_view b = Base(c);
      if (IsClausal(b)) continue;
      if (!conj && t == i && b == "conj") continue;
      in[static_cast<size_t>(c)] = 1;
      stack.push_back(c);
    }
  }
  // The contiguous run of subtree tokens around i.
  while (first > 0 && in[static_cast<size_t>(first - 1)]) --first;
  while (end < size() && in[static_cast<size_t>(end)]) ++end;
  // No punctuation (or coordinators) at the edges, except the bracket that
  // closes one opened inside the phrase ("in Mweso (Nord-Kivu)").
  auto edge = [&](int k) {
    const Upos u = tok(k).upos;
    return u == Upos::kPunct || u == Upos::kCconj || (u == Upos::kAdp && k != i);
  };
  while (end - 1 > i && edge(end - 1) && !ClosesOpenBracket(first, end - 1)) --end;
  while (first < i && (tok(first).upos == Upos::kPunct || tok(first).upos == Upos::kCconj ||
                       (Base(first) == "case" && head(first) == i)))
    ++first;
  return {first, end};
}

bool ParseView::ClosesOpenBracket(int first, int k) const {
  if (tok(k).form != ")") return false;
  int open = 0;
  for (int j = first; j < k; ++j) open += tok(j).form == "(" ? 1 : tok(j).form == ")" ? -1 : 0;
  return open > 0;
}

bool ParseView::InTime(int i) const {
  const uint32_t d = DocIndex(i);
  for (const TimeExpr& te : doc_.times)
    if (te.first_token <= d && d < te.end_token) return true;
  return false;
}

Span ParseView::PhraseSpan(int i, bool conj) const {
  const auto [first, end] = Phrase(i, conj);
  return Span{tok(first).span.begin, tok(end - 1).span.end};
}

bool ParseView::IsPassive(int i) const {
  if (i < 0) return false;
  for (int c : children(i))
    if (rel(c) == "nsubj:pass" || rel(c) == "aux:pass" || rel(c) == "csubj:pass") return true;
  // A participle with a direct object is active whatever its features say:
  // the parser read "Militants attacked the post" as a noun with a modifier.
  if (HasDirectObject(i)) return false;
  // A past participle complement is passive: "two journalists remain
  // detained", "permanecen secuestrados", "saw students arrested".
  // Not with a Spanish personal object of its own: "mantenían retenidas a 24
  // personas" (they kept 24 people held).
  if (Base(i) == "xcomp" && Feat(i, "VerbForm") == "Part" && Feat(i, "Tense") != "Pres") {
    for (int c : children(i))
      if (lang_ == "es" && Base(c) == "obl" && HasCase(c, "a")) return false;
    return true;
  }
  // The tagger marks past forms Voice=Pass when they look like participles
  // ("A French minister threatened today to ..."); an English finite clause
  // with a plain subject and no passive auxiliary is active.
  if (Feat(i, "Voice") == "Pass") {
    bool plain_subject = false;
    for (int c : children(i)) plain_subject |= rel(c) == "nsubj";
    return !(lang_ == "en" && plain_subject && Base(i) != "acl" && Base(i) != "amod");
  }
  return IsParticipleModifier(i);
}

bool ParseView::HasDirectObject(int i) const {
  for (int c : children(i))
    if (Base(c) == "obj" && tok(c).upos != Upos::kPron) return true;
  const int shared = SharedObject(i);
  return shared >= 0 && tok(shared).upos != Upos::kPron;
}

int ParseView::SharedObject(int i) const {
  if (lang_ != "en" || i < 0 || tok(i).upos != Upos::kVerb || Child(i, "obj") >= 0) return -1;
  auto own_subject = [&](int v) { return Child(v, "nsubj") >= 0 || Child(v, "csubj") >= 0; };
  // Only verbs coordinated directly ("beat and detained"): a dependent of
  // the first verb between the two ("signed between the military and
  // protest leaders", "accused of targeting and killing civilians") makes
  // the second a conjunct of something else.
  auto adjacent = [&](int first, int second) {
    for (int c : children(first))
      if (c > first && c < second && rel(c) != "compound:prt") return false;  // "rounded up"
    return true;
  };
  for (int c : children(i)) {
    if (c < i || Base(c) != "conj" || tok(c).upos != Upos::kVerb || own_subject(c) ||
        !adjacent(i, c))
      continue;
    const int o = Child(c, "obj");
    if (o >= 0) return o;
  }
  if (Base(i) != "conj" || own_subject(i)) return -1;
  const int first = FirstConjunct(i);
  const int o = first != i && adjacent(first, i) ? Child(first, "obj") : -1;
  return o > i ? o : -1;
}

bool ParseView::IsParticipleModifier(int i) const {
  if (i < 0 || head(i) < 0) return false;
  const std::string_view b = Base(i);
  if (b != "acl" && b != "amod") return false;
  if (rel(i) == "acl:relcl") return false;
  if (Feat(i, "VerbForm") != "Part") return false;
  if (HasDirectObject(i)) return false;
  // A present participle ("the gunmen attacking the convoy") is active.
  return Feat(i, "Tense") != "Pres";
}

int ParseView::ReflexiveClitic(int i) const {
  if (lang_ != "es" || i < 0) return -1;
  for (int c : children(i)) {
    const std::string_view b = Base(c);
    if (b != "expl" && b != "obj" && b != "iobj" && b != "nsubj" && b != "compound") continue;
    if (tok(c).upos != Upos::kPron) continue;
    const std::string& k = Key(c);
    if (k == "se" || HasKey(c, "se") || k == "me" || k == "te" || k == "nos" || k == "os")
      return c;
  }
  return -1;
}

int ParseView::FirstConjunct(int i) const {
  int guard = 0;
  while (i >= 0 && Base(i) == "conj" && head(i) >= 0 && guard++ < 64) i = head(i);
  return i;
}

int ParseView::GoverningHead(int i) const { return head(FirstConjunct(i)); }

int ParseView::Antecedent(int i) const {
  if (i < 0) return -1;
  static const char* const kRel[] = {"who", "whom", "which", "that", "whose",
                                     "que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya"};
  bool relative = false;
  for (const char* r : kRel) relative |= Key(i) == r;
  if (!relative) return -1;
  // The pronoun is a dependent (maybe through a preposition) of the clause verb.
  int v = head(i);
  for (int guard = 0; v >= 0 && rel(v) != "acl:relcl" && guard < 3; ++guard) v = head(v);
  if (v < 0 || rel(v) != "acl:relcl") return -1;
  return head(v);
}

}  // namespace strabo::events

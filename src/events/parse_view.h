// A read-only view of one parsed sentence for the event coder: heads and
// relations as sentence-relative indices, children lists, the word keys of
// every token, and the few syntactic questions the coder asks (which
// preposition introduces a phrase, which tokens a phrase spans, whether a
// verb is passive).
//
// Indices are 0-based within the sentence; -1 means "none" (the root's head,
// a missing child). The view mends a few parser errors the coder cannot read
// around (the Mend* functions); heads and relations are otherwise the parse's. Relations are UD v2 as the parse stage gives them
// ("nsubj:pass", "obl:agent", "acl:relcl"); Base() strips the subtype.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strabo/document.h"

namespace strabo::events {

class ParseView {
 public:
  // `tokens` is the sentence's token range of `doc`; `lang` is "en" or "es".
  ParseView(const Document& doc, const Sentence& sentence, std::string_view lang);

  const Document& doc() const { return doc_; }
  std::string_view lang() const { return lang_; }
  const Sentence& sentence() const { return sentence_; }
  std::span<const Token> tokens() const { return tokens_; }
  int size() const { return static_cast<int>(tokens_.size()); }
  bool parsed() const { return parsed_; }

  const Token& tok(int i) const { return tokens_[static_cast<size_t>(i)]; }
  // Index into doc.tokens of sentence token i.
  uint32_t DocIndex(int i) const { return sentence_.first_token + static_cast<uint32_t>(i); }
  int head(int i) const { return heads_[static_cast<size_t>(i)]; }
  std::string_view rel(int i) const { return rels_[static_cast<size_t>(i)]; }
  // The relation without its subtype: "nsubj" for "nsubj:pass".
  std::string_view Base(int i) const;
  const std::vector<int>& children(int i) const { return children_[static_cast<size_t>(i)]; }
  // Word keys of token i: its lemma and form (TokenKeys), computed once; a
  // nominal also has two-word keys with its modifier next to it ("coche
  // bomba", "car bomb": AddTwoWordKeys), for the word classes' phrases.
  const std::vector<std::string>& Keys(int i) const { return keys_[static_cast<size_t>(i)]; }
  // The first key (the lemma's key when the tagger gave one).
  const std::string& Key(int i) const;
  const std::vector<std::vector<std::string>>& AllKeys() const { return keys_; }
  bool HasKey(int i, std::string_view key) const;
  bool HasAnyKey(int i, std::span<const std::string_view> keys) const;  // HasKey for any of them
  std::string_view Text(int i) const { return doc_.Text(tok(i).span); }

  // Children of i whose relation is `rel` exactly, or whose base is `rel`
  // when `rel` has no subtype ("obl" matches "obl:agent" too).
  std::vector<int> Children(int i, std::string_view rel) const;
  int Child(int i, std::string_view rel) const;  // the first of them, or -1

  // The preposition that introduces nominal i (its case child, or for a
  // clause its mark child), as a word key; "" when none. A multiword
  // preposition gives its first word ("according").
  std::string CaseOf(int i) const;
  // Whether i's case/mark children include `key`.
  bool HasCase(int i, std::string_view key) const;
  // Whether any word of i's case preposition is `key`, multiword ones
  // included ("because of", "debido a": the case word and its fixed parts).
  bool HasCaseWord(int i, std::string_view key) const;

  // A feature value of token i ("Tense" → "Past"), "" when absent.
  std::string_view Feat(int i, std::string_view name) const;
  bool IsNominal(int i) const;  // NOUN, PROPN, PRON, NUM
  bool IsVerbal(int i) const;   // VERB, AUX, or ADJ heading a clause
  bool IsNumber(int i) const;   // NUM or digits
  int Leftmost(int i) const;  // the first word of the contiguous run i heads that ends at i

  // The token range [first, end) of the phrase headed by i: its subtree
  // without clausal dependents (acl, advcl, ccomp, xcomp, parataxis, csubj),
  // without conjuncts when `conj` is false, and without punctuation at the
  // edges. Non-projective parses are clipped to the contiguous part around i.
  std::pair<int, int> Phrase(int i, bool conj) const;
  Span PhraseSpan(int i, bool conj) const;

  // Whether token i is inside a time expression the times stage found.
  bool InTime(int i) const;
  // Whether token k is a ")" that closes a "(" opened in [first, k).
  bool ClosesOpenBracket(int first, int k) const;

  // Passive: an nsubj:pass or aux:pass child, Voice=Pass, or a past
  // participle used as a modifier ("men arrested", "los detenidos"), which
  // the caller detects with IsParticipleModifier.
  bool IsPassive(int i) const;
  // A past participle attached to a nominal as acl/amod (a reduced relative:
  // "men ... arrested", "those arrested").
  bool IsParticipleModifier(int i) const;
  // Whether verb i has a non-pronoun direct object (a participle that has
  // one is active: a misparsed clause, not a reduced relative).
  // (Its own, or one it shares with a coordinated verb: SharedObject.)
  bool HasDirectObject(int i) const;
  // The direct object an English verb i with none of its own shares with a
  // verb coordinated with it that has no subject of its own: the later
  // verb's ("Soldiers beat and detained five protesters"), or the first
  // verb's when it stands after i ("Police beat and arrested dozens of
  // students", parsed with the object on "beat"). -1 when none.
  int SharedObject(int i) const;
  // A Spanish reflexive clitic ("se", "me", "nos"...) attached to verb i.
  int ReflexiveClitic(int i) const;

  // i's head, skipping conj links to the first conjunct's head ("arrested and
  // charged": the head of "charged" is the head of "arrested").
  int GoverningHead(int i) const;
  // The first conjunct of a coordination i belongs to (i itself when not a conjunct).
  int FirstConjunct(int i) const;
  // Whether a is b or one of b's heads.
  bool Dominates(int a, int b) const;
  // The relative pronoun's antecedent: for a token that is a relative
  // pronoun inside an acl:relcl, the noun the clause modifies; else -1.
  int Antecedent(int i) const;
  // Whom token i stands for: its antecedent when it is a relative pronoun,
  // else i itself.
  int Referent(int i) const {
    const int a = Antecedent(i);
    return a >= 0 ? a : i;
  }

 private:
  void LinkChildren();
  // Whether some word is its own ancestor (a mend gone wrong).
  bool HasCycle() const;
  // English: the comma that closes an opening preposition and date ("On 3
  // March 2023, ..."; the date a time the times stage found), or -1.
  int IntroductoryDateComma() const;
  // The word hung on the root, -1 when there is none.
  int Root() const;
  // The root when it is a nominal without a copula (a sentence the parser
  // left without a verb), else -1.
  int VerblessRoot() const;
  // Makes `verb` the root; old_root's dependents after the verb move to it
  // (none when old_root is -1), an acl among them as the verb's advcl. The
  // caller relinks children.
  void PromoteToRoot(int verb, int old_root);
  // Makes `verb` the root and `subject` its `subject_rel`; old_root's
  // dependents before the subject (an opening time) move to the verb. The
  // caller attaches old_root and relinks children.
  void RootAtVerbOfSubject(int verb, int old_root, int subject, std::string_view subject_rel);
  // PromoteToRoot, then old_root (a nominal) becomes the verb's subject
  // (nsubj:pass when the verb has a passive auxiliary); children relinked.
  void PromoteWithRootAsSubject(int verb, int old_root);
  // Whether `i` is a "to" infinitive that can take no subject of its own:
  // no "for" before it ("for them to leave"), no auxiliary.
  bool IsSubjectlessToInfinitive(int i) const;
  // Whether verb `v` has a subject, marker, expletive or auxiliary of its
  // own: then it heads a clause of its own, not a reduced relative.
  bool HasClauseOfItsOwn(int v) const;
  // Hangs `dependent` on `head` (-1: the root) with relation `rel` (a
  // literal or a view into the parse, which outlives this view). The caller
  // relinks children.
  void Attach(int dependent, int head, std::string_view rel) {
    heads_[static_cast<size_t>(dependent)] = head;
    rels_[static_cast<size_t>(dependent)] = rel;
  }
  // Tagging errors the coder reads past (codebook 14.1): called before
  // anything reads the tokens.
  void RepairTags();
  // "airstrikes against IS": the acronym read as a copula (RepairTags).
  bool IsAcronymReadAsCopula(size_t i) const;
  void MendAcronymReadAsCopula(size_t i);
  // Token i of the sentence, copied into repaired_ first (tokens_ then views
  // the copies), for a repair of its tags.
  Token& RepairedToken(size_t i);
  // Gives token i the tag and features a mend found it has (in repaired_).
  void Retag(int i, Upos upos, std::string_view feats);
  // The features of a finite past-tense verb, what a mended noun or
  // participle becomes ("Gunmen shot", "militants attacked").
  static constexpr std::string_view kFinitePast = "Mood=Ind|Tense=Past|VerbForm=Fin";
  void MendNameBeforeTitle();
  void MendDependentOfPunctuation();
  void MendDependentOfBracketedWord();
  void MendBracketedApposition();
  void MendStrandedAdjective();
  void AddTwoWordKeys();
  void MendArgumentReadAsModifierOfTime();
  void MendSplitSubject();
  void MendNameSplitIntoTwoSubjects();
  void MendConjunctReadAsSecondSubject();
  void MendConjunctReadAsApposition();
  void MendSubjectSplitInsideModifier();
  void MendAgentReadAsModifier();
  void MendNameAfterAcronymAndColon();
  void MendOfPhraseReadAsClause();
  // True when the verb's dependents are only adverbs before it (and
  // `subject`, when not -1; and a time oblique before it, with `time`).
  bool OnlyAdverbsBefore(int v, int subject = -1, bool time = false) const;
  void MendParticipleClauseReadAsRoot();
  void MendMainVerbReadAsModifierBeforeParticiple();
  void MendReducedRelativeReadAsMainVerb();
  void MendIntroductoryDateHungOnNominal();
  void MendIntroductoryPhraseRoot();
  void MendVerbReadAsNoun();
  void MendVerbReadAsCompound();
  void MendVerbAfterAuxiliaryReadAsNoun();
  void MendClauseReadAsPrepositionalPhrase();
  void MendFiniteConjunctOfNonFiniteVerb();
  void MendCompoundReadAsInfinitive();
  void MendObjectPredicateReadAsAdverbial();
  void MendObjectInfinitiveReadAsAdverbial();
  void MendVerbsPhraseReadAsObjectModifier();
  void MendParticipleClauseOnSubjectlessComplement();
  void MendPredicateReadAsParataxisOfRelative();
  void MendComplementReadAsAdverbial();
  void MendPurposeReadAsModifierOfMeans();
  void MendHeadReadAsSubjectOfItsModifier();
  void MendAppositionReadAsConjunct();
  void MendMainVerbReadAsComplementOfRelativeEnglish();
  void MendConjunctReadAsModifier();
  void MendObjectReadAsOblique();
  void MendObjectReadAsAgent();
  void MendPassiveSubjectOfActiveVerb();
  void MendNounReadAsCompoundOfModifier();
  void MendReportingClauseReadAsComplement();
  void MendNounReadAsImperative();
  void MendCountedNounReadAsVerb();
  void MendVerbReadAsModifier();
  void MendMainClauseReadAsRelative();
  void MendRelativeClauseReadAsComplementOfParticiple();
  void MendMainVerbReadAsComplementOfRelative();
  void MendMainVerbReadAsParticipleWithObject();
  void MendMainVerbReadAsRelativeOfInfinitivesSubject();
  void MendSubjectOfPurposeInfinitive();
  void MendControlVerbReadAsNoun();
  void MendRelativeClauseReadAsAdverbial();
  void MendResultativeDead();
  void MendSubjectAfterIntroductoryDate();
  void MendSubjectReadAsTimeModifier();
  void MendTimeReadAsSecondSubject();
  void MendComplementReadAsRelativeOfTime();

  const Document& doc_;
  const Sentence& sentence_;
  std::string lang_;
  std::span<const Token> tokens_;
  // The sentence's tokens after RepairTags, when it changed any (tokens_
  // then views these); null otherwise.
  std::unique_ptr<std::vector<Token>> repaired_;
  bool parsed_ = false;
  std::vector<int> heads_;
  std::vector<std::string_view> rels_;  // the parse's relations, after the mends
  std::vector<std::vector<int>> children_;
  std::vector<std::vector<std::string>> keys_;
};

}  // namespace strabo::events

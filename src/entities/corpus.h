// Reading gold named-entity corpora (training and evaluation data).
//
// Accepted layouts, detected per line, one token per line and a blank line
// between sentences:
//   - "WORD TAG" or "WORD<TAB>TAG" (CoNLL-2002, wikigold, GUM), and "WORD
//     POS CHUNK TAG" (CoNLL-2003): the tag is the last column;
//   - "ID<TAB>WORD<TAB>TAG<TAB>..." (Universal NER): the first column is a
//     number, the tag is the third and the last is no tag ("-"), which
//     tells it from a CoNLL-2003 line whose word is a number ("3 CD I-NP O");
//   - "#" comment lines: "#" alone or followed by a space or tab (a "#
//     newdoc" comment starts a document; "#Ghazni B-LOC" is a hashtag
//     token), and
//     "-DOCSTART-" lines (also a document break) are not tokens.
// A corpus with no document breaks at all (GUM's files here, CoNLL-2002)
// is cut into pseudo-documents of kPseudoDocumentSentences sentences, about
// a news article's length, so that document-level decisions and features
// see article-sized contexts rather than the whole file.
//
// A path may end in a document selection, "FILE@K/N" (the documents whose
// number is K modulo N) or "FILE@-K/N" (all the others): a fixed held-out
// split of a corpus without a file of its own.
// Tags are IOB1 or IOB2 (an entity starts at B-X, or at I-X after anything
// that is not X), with E-/S- read as in IOBES. Types are mapped to the four
// CoNLL types: PER/PERSON, ORG/ORGANIZATION, LOC/LOCATION/GPE, MISC; GUM's
// lower-case types (person, place, organization, event, ...) go through
// MapGumMention below.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/labels.h"
#include "strabo/status.h"

namespace strabo::ner {

struct NerSentence {
  std::vector<std::string> words;
  std::vector<TagMask> allowed;   // per word: the tags training may accept
  std::vector<TokenSpan> gold;    // the entities, for evaluation
  uint32_t doc = 0;               // document number within the corpus
};

inline constexpr uint32_t kPseudoDocumentSentences = 20;

struct NerCorpus {
  std::string origin;
  uint32_t documents = 0;         // after selection
  std::vector<NerSentence> sentences;
  bool has_misc = false;          // the corpus annotates MISC at all
  bool gum = false;               // GUM-style entity types were found
  uint64_t tokens = 0;
  uint64_t dropped_mentions = 0;  // GUM mentions that are not names
};

// Reads a corpus (the path may carry a document selection, see above).
// When it has no MISC annotation at all, a capitalised O
// word listed in `misc_words` (folded nationalities, religions: optional)
// becomes MISC, and the allowed set of every other capitalised O word (but a
// sentence-initial common word) also admits MISC: an unannotated type is
// unknown there, not O. Lower-case words stay O.
// `titles` (folded, optional): titles and offices that GUM's person mentions
// include ("President Obama") and CoNLL's names do not; they are dropped
// from the front of a GUM person name.
Result<NerCorpus> ReadNerCorpus(const std::string& path,
                                const std::unordered_set<std::string>* misc_words = nullptr,
                                const std::unordered_set<std::string>* titles = nullptr);
// The same over text in memory (`origin` names it in messages).
Result<NerCorpus> ParseNerCorpus(std::string_view text, const std::string& origin,
                                 const std::unordered_set<std::string>* misc_words = nullptr,
                                 const std::unordered_set<std::string>* titles = nullptr);

// GUM marks every mention ("the back of my car" is an object). A mention is
// kept as a name when, after a leading "the", every word is capitalised or a
// lower-case connective ("of", "and", "de"...), its last word is capitalised,
// and it is not a lone capitalised pronoun. Kept mentions map person → PER,
// place → LOC, organization → ORG, event → MISC; times are not names; other
// kinds of names (objects, works, substances) are `masked`: their words may
// be MISC or O in training.
struct GumDecision {
  bool keep = false;       // a name of one of the four types
  bool masked = false;     // a name of another kind: do not teach O
  uint32_t begin = 0;      // the name's words (after dropping "the")
  EntityType type = EntityType::kMisc;
};
// `lower_vocab` (optional): words seen in lower case in the corpus, so that a
// sentence-initial "Hotels" is not taken for a name. `titles` (optional,
// folded, one or two words): leading titles of a person's name are dropped.
GumDecision MapGumMention(const std::vector<std::string>& words, uint32_t begin, uint32_t end,
                          std::string_view gum_type,
                          const std::unordered_set<std::string>* lower_vocab = nullptr,
                          const std::unordered_set<std::string>* titles = nullptr);

}  // namespace strabo::ner

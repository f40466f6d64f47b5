// CoNLL-U (Universal Dependencies) reading and writing, and the bridge
// between CoNLL-U sentences and strabo Documents.
//
// Used by `strabo train`, `strabo eval` and `strabo parse`. The reader is
// tolerant of what it may ignore (empty nodes "8.1" are skipped, unknown
// columns are kept as text) and strict about what it needs: a malformed line
// fails its sentence with a message that names the file and line, and reading
// goes on with the next sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo {

// One syntactic word (a line whose ID is an integer).
struct ConlluWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = -1;  // -1: "_" (not given)
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

// A multi-word token "18-19 del": words [first, last] (1-based) share `form`.
struct ConlluRange {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc = "_";
};

struct ConlluSentence {
  std::vector<std::string> comments;  // comment lines, verbatim ("# text = ...")
  std::vector<ConlluWord> words;      // words[i] has ID i + 1
  std::vector<ConlluRange> ranges;    // sorted by `first`
  int line = 0;                       // line of the first row, for messages
};

// Reads sentences one at a time from CoNLL-U text held by the caller.
class ConlluReader {
 public:
  // With `forms_only`, HEAD is neither parsed nor checked (input that is to
  // be analysed needs only ID and FORM; the other columns are overwritten).
  ConlluReader(std::string_view text, std::string origin, bool forms_only = false)
      : text_(text), origin_(std::move(origin)), forms_only_(forms_only) {}

  // Reads the next sentence into *sentence. Returns false at the end of the
  // text. A malformed sentence sets *status (and still returns true) so the
  // caller can report it and go on.
  bool Next(ConlluSentence* sentence, Status* status);

 private:
  std::string_view text_;
  std::string origin_;
  bool forms_only_ = false;
  size_t pos_ = 0;
  int line_ = 0;
};

// Reads a whole file; malformed sentences are counted and the first problem
// reported in *first_error (when given) rather than failing the read.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path, int* bad_sentences = nullptr,
                                                   std::string* first_error = nullptr);

// Appends `sentence` in CoNLL-U (ten tab-separated columns, a blank line after).
void AppendConllu(const ConlluSentence& sentence, std::string* out);

// The surface text of a sentence, rebuilt from its tokens and SpaceAfter=No.
std::string SentenceText(const ConlluSentence& sentence);

// True when MISC says SpaceAfter=No.
bool NoSpaceAfter(std::string_view misc);

// Builds a Document holding `sentences` (one Sentence each, lang `lang`),
// with text rebuilt from the surface tokens; multi-word tokens become Tokens
// that share a span (part/parts). Gold columns are not copied.
Document DocumentFromConllu(const std::vector<ConlluSentence>& sentences, const std::string& lang);

// Copies LEMMA, UPOS, FEATS, HEAD and DEPREL of `doc`'s sentence `index` into
// `sentence` (which must be the one the Document was built from).
void CopyAnalysis(const Document& doc, size_t index, ConlluSentence* sentence);

// Builds a CoNLL-U sentence from sentence `index` of a segmented (and
// possibly tagged and parsed) Document.
ConlluSentence SentenceFromDocument(const Document& doc, size_t index);

}  // namespace strabo

namespace strabo {

// Word-level agreement of a system's analysis with gold, in percent of words.
// Sentences are paired in order and must have the same words (gold
// tokenisation); pairs that differ are counted in `mismatched` and skipped.
struct ConlluScores {
  size_t sentences = 0, words = 0, mismatched = 0;
  double upos = 0, lemma = 0, feats = 0, uas = 0;
  double las = 0;            // head and full relation ("obl:tmod") right
  double las_universal = 0;  // head and universal relation ("obl") right: the CoNLL 2018
                             // shared task's LAS, which ignores subtypes
};
// `reduce_feats` maps a FEATS column to the part that is compared.
ConlluScores ScoreConllu(const std::vector<ConlluSentence>& gold, const std::vector<ConlluSentence>& system,
                         std::string (*reduce_feats)(std::string_view) = nullptr);

}  // namespace strabo

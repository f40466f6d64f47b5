// libFuzzer target: bytes → a few parsed sentences → the events stage.
//
// The other targets reach the coder only through the shipped tagger and
// parser, so it sees the few trees they give. Here the input bytes choose the
// words (real English and Spanish forms with their UPOS, lemma and FEATS, from
// the tables below: triggers, actors, places, function words, numbers and
// dates the event lexicons know) and any dependency tree over them, within the
// parse stage's contract (tests/random_tree.h: heads in range, one root, no
// cycle; or a sentence left unparsed, every head Token::kNoHead). Entities,
// places and times are either what the standard pipeline's stages find on
// those tokens or none. Then the events stage runs as in the pipeline, and
// the Document must keep the invariants of tests/invariants.h (every event's
// spans in bounds and on code point boundaries, its trigger inside its
// sentence, no negative count, a valid status) and be written as JSON. A
// crash, a sanitizer report, a broken invariant or a hang (-timeout) is a bug
// of the coder, not of the input.
//
// Input layout (every byte optional: a missing one reads as 0):
//   byte 0       flags: bit 0 run the entities, places and times stages;
//                bit 1 set the article's date; bits 2-3 number of sentences
//                minus one
//   per sentence one byte: bit 0 Spanish, bits 1-3 all zero: left unparsed;
//                then the number of words minus one (mod kMaxWords), one
//                byte per word (the word table entry), then the tree's
//                choices (HangAsRandomTree), one byte each.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include "../tests/invariants.h"
#include "../tests/random_tree.h"
#include "drain.h"
#include "pipeline/output.h"
#include "strabo/pipeline.h"

namespace {

using strabo::Upos;

// One table word. A contraction ("del" = "de" + "el") is two entries, the
// first with `contracts` set: both words share the first's surface.
struct Word {
  const char* form;
  const char* lemma;
  Upos upos;
  const char* feats;
  bool contracts = false;
};

constexpr const char kPast[] = "Mood=Ind|Tense=Past|VerbForm=Fin";
constexpr const char kPart[] = "Tense=Past|VerbForm=Part";
constexpr const char kGer[] = "VerbForm=Ger";
constexpr const char kInf[] = "VerbForm=Inf";
constexpr const char kPres3[] = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
constexpr const char kSing[] = "Number=Sing";
constexpr const char kPlur[] = "Number=Plur";

const Word kEnglish[] = {
    // Triggers, as verbs and nouns.
    {"arrested", "arrest", Upos::kVerb, kPast}, {"arrested", "arrest", Upos::kVerb, kPart},
    {"arrest", "arrest", Upos::kNoun, kSing}, {"detained", "detain", Upos::kVerb, kPast},
    {"detain", "detain", Upos::kVerb, kInf}, {"attacked", "attack", Upos::kVerb, kPast},
    {"attacking", "attack", Upos::kVerb, kGer}, {"attack", "attack", Upos::kNoun, kSing},
    {"killed", "kill", Upos::kVerb, kPast}, {"killed", "kill", Upos::kVerb, kPart},
    {"protested", "protest", Upos::kVerb, kPast}, {"protest", "protest", Upos::kNoun, kSing},
    {"demonstrated", "demonstrate", Upos::kVerb, kPast}, {"fired", "fire", Upos::kVerb, kPast},
    {"threw", "throw", Upos::kVerb, kPast}, {"blocked", "block", Upos::kVerb, kPast},
    {"met", "meet", Upos::kVerb, kPast}, {"condemned", "condemn", Upos::kVerb, kPast},
    {"sentenced", "sentence", Upos::kVerb, kPart}, {"marching", "march", Upos::kVerb, kGer},
    {"crackdown", "crackdown", Upos::kNoun, kSing}, {"blast", "blast", Upos::kNoun, kSing},
    {"said", "say", Upos::kVerb, kPast}, {"accused", "accuse", Upos::kVerb, kPast},
    {"allows", "allow", Upos::kVerb, kPres3},
    // Actors, agents, places.
    {"police", "police", Upos::kNoun, kPlur}, {"Police", "police", Upos::kNoun, kPlur},
    {"soldiers", "soldier", Upos::kNoun, kPlur}, {"protesters", "protester", Upos::kNoun, kPlur},
    {"students", "student", Upos::kNoun, kPlur}, {"civilians", "civilian", Upos::kNoun, kPlur},
    {"suspects", "suspect", Upos::kNoun, kPlur}, {"forces", "force", Upos::kNoun, kPlur},
    {"security", "security", Upos::kNoun, kSing}, {"government", "government", Upos::kNoun, kSing},
    {"Morocco", "Morocco", Upos::kPropn, kSing}, {"Moroccan", "Moroccan", Upos::kAdj, ""},
    {"NATO", "NATO", Upos::kPropn, kSing}, {"Taliban", "Taliban", Upos::kPropn, kSing},
    {"Daesh", "Daesh", Upos::kPropn, kSing}, {"Rabat", "Rabat", Upos::kPropn, kSing},
    {"Kenitra", "Kenitra", Upos::kPropn, kSing}, {"Dakar", "Dakar", Upos::kPropn, kSing},
    {"ADF", "ADF", Upos::kPropn, kSing}, {"Erdogan", "Erdogan", Upos::kPropn, kSing},
    {"they", "they", Upos::kPron, "Case=Nom|Number=Plur|Person=3|PronType=Prs"},
    {"who", "who", Upos::kPron, "PronType=Rel"}, {"tear", "tear", Upos::kNoun, kSing},
    {"gas", "gas", Upos::kNoun, kSing}, {"stones", "stone", Upos::kNoun, kPlur},
    // Function words and punctuation.
    {"the", "the", Upos::kDet, "Definite=Def|PronType=Art"}, {"a", "a", Upos::kDet, ""},
    {"of", "of", Upos::kAdp, ""}, {"in", "in", Upos::kAdp, ""}, {"On", "on", Upos::kAdp, ""},
    {"at", "at", Upos::kAdp, ""}, {"by", "by", Upos::kAdp, ""}, {"to", "to", Upos::kPart, ""},
    {"for", "for", Upos::kAdp, ""}, {"with", "with", Upos::kAdp, ""},
    {"and", "and", Upos::kCconj, ""}, {"not", "not", Upos::kPart, "Polarity=Neg"},
    {"was", "be", Upos::kAux, kPast}, {"were", "be", Upos::kAux, kPast},
    {"will", "will", Upos::kAux, "VerbForm=Fin"}, {"least", "least", Upos::kAdj, ""},
    {",", ",", Upos::kPunct, ""}, {".", ".", Upos::kPunct, ""}, {"(", "(", Upos::kPunct, ""},
    {")", ")", Upos::kPunct, ""}, {":", ":", Upos::kPunct, ""}, {"“", "\"", Upos::kPunct, ""},
    // Numbers and dates.
    {"five", "five", Upos::kNum, "NumType=Card"}, {"18", "18", Upos::kNum, "NumType=Card"},
    {"3,500", "3,500", Upos::kNum, "NumType=Card"}, {"16", "16", Upos::kNum, "NumType=Card"},
    {"March", "March", Upos::kPropn, kSing}, {"2024", "2024", Upos::kNum, "NumType=Card"},
    {"Wednesday", "Wednesday", Upos::kPropn, kSing}, {"days", "day", Upos::kNoun, kPlur},
    // The rest of the seed sentences' words (kSeedTexts).
    {"busted", "bust", Upos::kVerb, kPart}, {"suspected", "suspect", Upos::kVerb, kPart},
    {"seen", "see", Upos::kVerb, kPart}, {"comes", "come", Upos::kVerb, kPres3},
    {"receiving", "receive", Upos::kVerb, kGer}, {"praise", "praise", Upos::kNoun, kSing},
    {"have", "have", Upos::kAux, "Mood=Ind|Tense=Pres|VerbForm=Fin"},
    {"is", "be", Upos::kAux, kPres3}, {"aged", "aged", Upos::kAdj, "Degree=Pos"},
    {"alleged", "alleged", Upos::kAdj, "Degree=Pos"}, {"terrorist", "terrorist", Upos::kAdj, "Degree=Pos"},
    {"terrorist", "terrorist", Upos::kNoun, kSing}, {"more", "more", Upos::kAdj, "Degree=Cmp"},
    {"followers", "follower", Upos::kNoun, kPlur}, {"cities", "city", Upos::kNoun, kPlur},
    {"men", "man", Upos::kNoun, kPlur}, {"people", "people", Upos::kNoun, kPlur},
    {"cells", "cell", Upos::kNoun, kPlur}, {"links", "link", Upos::kNoun, kPlur},
    {"organisation", "organisation", Upos::kNoun, kSing}, {"operation", "operation", Upos::kNoun, kSing},
    {"occasion", "occasion", Upos::kNoun, kSing}, {"time", "time", Upos::kNoun, kSing},
    {"university", "university", Upos::kNoun, kSing},
    {"their", "they", Upos::kPron, "Number=Plur|Person=3|Poss=Yes|PronType=Prs"},
    {"this", "this", Upos::kDet, "Number=Sing|PronType=Dem"},
    {"This", "this", Upos::kDet, "Number=Sing|PronType=Dem"}, {"when", "when", Upos::kAdv, ""},
    {"precisely", "precisely", Upos::kAdv, ""}, {"Since", "since", Upos::kAdp, ""},
    {"up", "up", Upos::kAdp, ""}, {"between", "between", Upos::kAdp, ""},
    {"than", "than", Upos::kAdp, ""}, {"from", "from", Upos::kAdp, ""},
    {"towards", "towards", Upos::kAdp, ""}, {"20", "20", Upos::kNum, "NumType=Card"},
    {"45", "45", Upos::kNum, "NumType=Card"}, {"2002", "2002", Upos::kNum, "NumType=Card"},
    {"2,000", "2,000", Upos::kNum, "NumType=Card"},
};

const Word kSpanish[] = {
    // Triggers.
    {"detuvo", "detener", Upos::kVerb, "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"},
    {"detenidos", "detener", Upos::kVerb, "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"},
    {"detención", "detención", Upos::kNoun, kSing},
    {"atacaron", "atacar", Upos::kVerb, "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
    {"ataque", "ataque", Upos::kNoun, kSing},
    {"protestaron", "protestar", Upos::kVerb, "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
    {"manifestación", "manifestación", Upos::kNoun, kSing},
    {"mataron", "matar", Upos::kVerb, "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
    {"muertos", "muerto", Upos::kNoun, kPlur},
    {"dijo", "decir", Upos::kVerb, "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"},
    {"desmantelado", "desmantelar", Upos::kVerb, "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"},
    // Actors, agents, places.
    {"policía", "policía", Upos::kNoun, kSing}, {"Policía", "policía", Upos::kNoun, kSing},
    {"Guardia", "Guardia", Upos::kPropn, kSing}, {"Civil", "Civil", Upos::kPropn, kSing},
    {"Marruecos", "Marruecos", Upos::kPropn, kSing}, {"marroquí", "marroquí", Upos::kAdj, kSing},
    {"OTAN", "OTAN", Upos::kPropn, kSing}, {"manifestantes", "manifestante", Upos::kNoun, kPlur},
    {"soldados", "soldado", Upos::kNoun, kPlur}, {"yihadistas", "yihadista", Upos::kNoun, kPlur},
    {"célula", "célula", Upos::kNoun, kSing}, {"Rabat", "Rabat", Upos::kPropn, kSing},
    {"Tánger", "Tánger", Upos::kPropn, kSing}, {"Madrid", "Madrid", Upos::kPropn, kSing},
    {"que", "que", Upos::kPron, "PronType=Rel"},
    // Function words and punctuation; "del" and "al" are contractions.
    {"el", "el", Upos::kDet, "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"},
    {"la", "el", Upos::kDet, "Definite=Def|Gender=Fem|Number=Sing|PronType=Art"},
    {"los", "el", Upos::kDet, "Definite=Def|Gender=Masc|Number=Plur|PronType=Art"},
    {"de", "de", Upos::kAdp, ""}, {"en", "en", Upos::kAdp, ""}, {"a", "a", Upos::kAdp, ""},
    {"por", "por", Upos::kAdp, ""}, {"y", "y", Upos::kCconj, ""},
    {"se", "él", Upos::kPron, "Case=Acc|Person=3|PronType=Prs|Reflex=Yes"},
    {"no", "no", Upos::kAdv, "Polarity=Neg"}, {"ha", "haber", Upos::kAux, kPres3},
    {"fue", "ser", Upos::kAux, "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"},
    {"según", "según", Upos::kAdp, ""},
    {"del", "de", Upos::kAdp, "", true}, {"el", "el", Upos::kDet, "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"},
    {"al", "a", Upos::kAdp, "", true}, {"el", "el", Upos::kDet, "Definite=Def|Gender=Masc|Number=Sing|PronType=Art"},
    {",", ",", Upos::kPunct, ""}, {".", ".", Upos::kPunct, ""}, {"(", "(", Upos::kPunct, ""},
    {")", ")", Upos::kPunct, ""}, {"«", "«", Upos::kPunct, ""}, {"»", "»", Upos::kPunct, ""},
    // Numbers and dates.
    {"cinco", "cinco", Upos::kNum, "NumType=Card"}, {"18", "18", Upos::kNum, "NumType=Card"},
    {"16", "16", Upos::kNum, "NumType=Card"}, {"marzo", "marzo", Upos::kNoun, kSing},
    {"2024", "2024", Upos::kNum, "NumType=Card"}, {"lunes", "lunes", Upos::kNoun, kSing},
    // The rest of the seed sentences' words (kSeedTexts).
    {"detiene", "detener", Upos::kVerb, kPres3}, {"Daesh", "Daesh", Upos::kPropn, kSing},
    {"seguidores", "seguidor", Upos::kNoun, kPlur}, {"ciudades", "ciudad", Upos::kNoun, kPlur},
    {"varias", "varios", Upos::kDet, "Gender=Fem|Number=Plur|PronType=Ind"},
    {"centro", "centro", Upos::kNoun, kSing}, {"sur", "sur", Upos::kNoun, kSing},
    {"país", "país", Upos::kNoun, kSing},
};

constexpr size_t kMaxSentences = 4;
constexpr size_t kMaxWords = 32;
// A word or a relation is one byte's choice (Choices::Pick).
static_assert(std::size(kEnglish) <= 256 && std::size(kSpanish) <= 256 &&
              std::size(strabo::testing::kTreeRelations) <= 256 && 2 * kMaxWords <= 256);

// The input bytes as a stream of choices; past the end every choice is 0.
class Choices {
 public:
  Choices(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  // A choice in [0, bound), from one byte; none is read when bound is 1.
  size_t Pick(size_t bound) { return bound <= 1 ? 0 : Byte() % bound; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Appends one sentence of `num_words` table words to `doc`, separated by
// spaces, unparsed.
void AppendSentence(std::span<const Word> table, const char* lang, size_t num_words,
                    Choices& choices, strabo::Document& doc) {
  if (!doc.text.empty()) doc.text += ' ';
  strabo::Sentence sentence;
  sentence.lang = lang;
  sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
  for (size_t w = 0; w < num_words; ++w) {
    size_t k = choices.Pick(table.size());
    if (k > 0 && table[k - 1].contracts) --k;  // a contraction's second word starts none
    if (w > 0) doc.text += ' ';
    const uint32_t begin = static_cast<uint32_t>(doc.text.size());
    doc.text += table[k].form;
    const strabo::Span span{begin, static_cast<uint32_t>(doc.text.size())};
    const size_t parts = table[k].contracts ? 2 : 1;
    for (size_t p = 0; p < parts; ++p) {
      const Word& word = table[k + p];
      strabo::Token t;
      t.span = span;
      t.form = parts == 1 ? word.form : word.lemma;
      t.part = static_cast<uint8_t>(p);
      t.parts = static_cast<uint8_t>(parts);
      t.upos = word.upos;
      t.lemma = word.lemma;
      t.feats = word.feats;
      doc.tokens.push_back(std::move(t));
    }
  }
  sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
  sentence.span = {doc.tokens[sentence.first_token].span.begin, doc.tokens.back().span.end};
  doc.sentences.push_back(sentence);
}

// Seeds: sentences of the founding article (doc/codebook.md, section 13) and
// of the coder's robustness test, as the shipped tagger and parser read them.
struct SeedText {
  const char* lang;
  const char* text;
};
const SeedText kSeedTexts[] = {
    {"es", "Marruecos detiene a cinco seguidores de Daesh en varias ciudades del centro y sur del "
           "país."},
    {"en", "On this occasion, up to five cities have seen men aged between 20 and 45 arrested for "
           "their alleged links with the terrorist organisation."},
    {"en", "This operation comes precisely at a time when Rabat is receiving praise from NATO."},
    {"en", "Since 2002, the Moroccan police have busted more than 2,000 terrorist cells and "
           "arrested more than 3,500 people."},
    {"en", "Moroccan security forces arrested five suspected Daesh followers in Kenitra, police "
           "said Wednesday."},
    {"en", "On 16 March 2024, soldiers and police fired tear gas at students who were marching "
           "towards the university in Dakar (Dakar)."},
};

// The table entry for `t` (for a contraction's part, the contraction's first
// entry): the same form, the same UPOS when the table has it; -1 when none.
int TableIndex(std::span<const Word> table, const strabo::Document& doc, const strabo::Token& t) {
  const std::string_view form = t.parts > 1 ? doc.Text(t.span) : std::string_view(t.form);
  int same_form = -1;
  for (size_t k = 0; k < table.size(); ++k) {
    if (k > 0 && table[k - 1].contracts) continue;  // reached through its first part
    if (table[k].contracts != (t.parts > 1) || form != table[k].form) continue;
    if (t.parts > 1 || table[k].upos == t.upos) return static_cast<int>(k);
    if (same_form < 0) same_form = static_cast<int>(k);
  }
  return same_form;
}

// The input bytes that decode to sentence `s` of `doc` with its parse, or
// "" (with the reason on stderr) when a word or relation is not in the tables.
std::string EncodeSentence(const strabo::Document& doc, const strabo::Sentence& s) {
  const bool spanish = s.lang == "es";
  const std::span<const Word> table = spanish ? std::span<const Word>(kSpanish) : kEnglish;
  const std::span<const strabo::Token> tokens(doc.tokens.data() + s.first_token, s.num_tokens());
  const size_t n = tokens.size();
  std::string words;
  bool known = true;
  for (const strabo::Token& t : tokens) {
    const int k = TableIndex(table, doc, t);
    if (k < 0) {
      std::fprintf(stderr, "events seeds: no table word for \"%s\" %s (%s)\n", t.form.c_str(),
                   std::string(strabo::ToString(t.upos)).c_str(), s.lang.c_str());
      known = false;
    }
    if (t.part == 0) words += static_cast<char>(k);
  }
  if (!known || words.size() > kMaxWords) return "";
  // The tree: an order with every head before its dependents (root first),
  // which the Fisher-Yates picks of HangAsRandomTree produce from 0..n-1,
  // then each word's head as a position in that order and its relation.
  std::vector<size_t> order;
  std::vector<size_t> position(n, n);
  for (size_t placed = 0; order.size() < n; placed = order.size()) {
    for (size_t i = 0; i < n; ++i) {
      const int h = tokens[i].head;
      if (position[i] < n || h < 0) continue;
      if (h == 0 ? order.empty() : position[static_cast<size_t>(h - 1)] < n) {
        position[i] = order.size();
        order.push_back(i);
      }
    }
    if (order.size() == placed) return "";  // no tree
  }
  std::string tree;
  std::vector<size_t> current(n);
  std::iota(current.begin(), current.end(), 0);
  for (size_t k = n; k > 1; --k) {
    const size_t j = static_cast<size_t>(
        std::find(current.begin(), current.begin() + static_cast<long>(k), order[k - 1]) - current.begin());
    std::swap(current[k - 1], current[j]);
    tree += static_cast<char>(j);
  }
  for (size_t k = 1; k < n; ++k) {
    const strabo::Token& t = tokens[order[k]];
    if (k > 1) tree += static_cast<char>(position[static_cast<size_t>(t.head - 1)]);  // Pick(1) reads none
    const auto rel = std::find(std::begin(strabo::testing::kTreeRelations),
                               std::end(strabo::testing::kTreeRelations), t.deprel);
    if (rel == std::end(strabo::testing::kTreeRelations)) {
      std::fprintf(stderr, "events seeds: no relation \"%s\"\n", t.deprel.c_str());
      return "";
    }
    tree += static_cast<char>(rel - std::begin(strabo::testing::kTreeRelations));
  }
  std::string out;
  out += static_cast<char>(spanish ? 0x0f : 0x0e);  // parsed
  out += static_cast<char>(words.size() - 1);
  return out + words + tree;
}

// Writes one seed per sentence of kSeedTexts into `dir`: one sentence with
// entities, places and times and the article's date.
void WriteSeeds(const std::string& dir) {
  int written = 0;
  for (const SeedText& seed : kSeedTexts) {
    strabo::Article article;
    article.text = seed.text;
    article.lang_hint = seed.lang;
    strabo::Document doc = strabo::Document::FromArticle(std::move(article));
    if (!strabo::fuzz::StandardPipeline().Run(doc).ok()) std::abort();
    for (const strabo::Sentence& s : doc.sentences) {
      const std::string sentence = EncodeSentence(doc, s);
      if (sentence.empty()) continue;
      std::ofstream(dir + "/events-" + std::to_string(written++), std::ios::binary)
          << static_cast<char>(0x03) << sentence;
    }
  }
  std::fprintf(stderr, "events seeds: %d written to %s\n", written, dir.c_str());
}

}  // namespace

// Loads the models before the first input, so that -timeout measures the work
// one input causes, not the start-up. With STRABO_FUZZ_EVENTS_SEEDS=dir in the
// environment, writes the seeds into dir instead and exits (scripts/fuzz).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  strabo::fuzz::StandardPipeline();
  if (const char* dir = std::getenv("STRABO_FUZZ_EVENTS_SEEDS")) {
    WriteSeeds(dir);
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Choices choices(data, size);
  const uint8_t flags = choices.Byte();
  const bool earlier_stages = flags & 1;
  const size_t num_sentences = 1 + ((flags >> 2) & 3);
  strabo::Document doc;
  doc.id = "fuzz";
  if (flags & 2) doc.date = "2024-03-14";
  for (size_t s = 0; s < num_sentences && s < kMaxSentences; ++s) {
    const uint8_t sentence_flags = choices.Byte();
    const bool spanish = sentence_flags & 1;
    const bool parsed = (sentence_flags & 0x0e) != 0;
    const size_t num_words = 1 + choices.Pick(kMaxWords);
    if (spanish) AppendSentence(kSpanish, "es", num_words, choices, doc);
    else AppendSentence(kEnglish, "en", num_words, choices, doc);
    const strabo::Sentence& sentence = doc.sentences.back();
    if (parsed)
      strabo::testing::HangAsRandomTree(
          std::span<strabo::Token>(doc.tokens.data() + sentence.first_token, sentence.num_tokens()),
          strabo::testing::kTreeRelations, [&](size_t bound) { return choices.Pick(bound); });
  }
  doc.lang = doc.sentences.front().lang;
  doc.paragraphs.push_back({strabo::Span{0, static_cast<uint32_t>(doc.text.size())}, doc.lang});
  for (const auto& stage : strabo::fuzz::StandardPipeline().stages()) {
    const std::string_view name = stage->name();
    const bool run = name == "events" ||
                     (earlier_stages && (name == "entities" || name == "places" || name == "times"));
    if (run && !stage->Process(doc).ok()) std::abort();
  }
  if (!strabo::testing::CheckInvariants(doc).empty()) std::abort();
  std::string json;
  strabo::AppendDocumentJson(doc, strabo::OutputOptions{true}, &json);
  return 0;
}

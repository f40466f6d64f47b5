#include "time/tense.h"

#include <string>
#include <string_view>

#include "util/text.h"

namespace strabo::time {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool In(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

// English words ending in -ed that are not past tenses.
bool EnglishNotPast(std::string_view w) {
  return In(w, {"need", "speed", "seed", "bed", "red", "hundred", "indeed", "feed", "shed",
                "breed", "creed", "greed", "deed", "weed", "bled", "fled", "led", "wed",
                "embed", "proceed", "exceed", "succeed", "united", "limited", "based",
                "related", "detailed", "advanced", "armed", "alleged", "supposed",
                "so-called", "unidentified", "unnamed", "injured", "wounded", "wanted",
                "expected", "scheduled", "planned", "proposed", "continued", "disputed",
                "occupied", "concerned", "interested", "involved", "skilled", "talented"});
}

Tense EnglishTense(std::string_view w, std::string_view next) {
  if (In(w, {"will", "'ll", "shall", "wo"})) return Tense::kFuture;
  if (w == "going" && next == "to") return Tense::kFuture;
  if (In(w, {"was", "were", "had", "did", "said", "told", "went", "came", "took", "made",
             "gave", "met", "held", "left", "began", "saw", "got", "found", "became", "fell",
             "rose", "won", "lost", "sent", "spent", "brought", "thought", "knew", "ran",
             "wrote", "spoke", "broke", "struck", "fought", "caught", "sought", "hit", "shot",
             "stood", "felt", "kept", "paid", "sold", "led", "fled", "drove", "grew", "chose",
             "seized", "'d", "ago"}))
    return Tense::kPast;
  if (In(w, {"is", "are", "am", "'s", "'re", "says", "say", "does", "do"}))
    return Tense::kPresent;
  if (In(w, {"has", "have"})) {
    // Present perfect reports a past event: "has arrested", "have been".
    if (EndsWith(next, "ed") || EndsWith(next, "en") || next == "been" || next == "made" ||
        next == "said")
      return Tense::kPast;
    return Tense::kPresent;
  }
  if (w.size() >= 5 && EndsWith(w, "ed") && !EnglishNotPast(w)) return Tense::kPast;
  return Tense::kUnknown;
}

Tense SpanishTense(std::string_view w, std::string_view next) {
  if (In(w, {"va", "van", "voy", "vamos", "vas", "iba", "iban"}) && next == "a")
    return w == "iba" || w == "iban" ? Tense::kUnknown : Tense::kFuture;
  if (In(w, {"fue", "fueron", "era", "eran", "hubo", "había", "habían", "dijo", "dijeron",
             "hizo", "hicieron", "tuvo", "tuvieron", "estuvo", "estaba", "estaban", "pudo",
             "puso", "vino", "dio", "dieron", "quiso", "murió", "murieron", "anunció"}))
    return Tense::kPast;
  if (In(w, {"ha", "han", "he", "hemos", "has", "habría"})) {
    if (EndsWith(next, "ado") || EndsWith(next, "ido") || EndsWith(next, "to") ||
        EndsWith(next, "cho"))
      return Tense::kPast;
    return Tense::kUnknown;
  }
  if (In(w, {"es", "son", "está", "están", "hay", "dice", "dicen"})) return Tense::kPresent;
  if (w.size() >= 4 && (EndsWith(w, "rá") || EndsWith(w, "rán") || EndsWith(w, "ré") ||
                        EndsWith(w, "remos")))
    return Tense::kFuture;
  if (w.size() >= 4 && (EndsWith(w, "aron") || EndsWith(w, "ieron") || EndsWith(w, "aba") ||
                        EndsWith(w, "aban")))
    return Tense::kPast;
  // Preterite -ó/-ió ("detuvo" is in the list above; "detuvo" style
  // irregulars end in -o without an accent and are not caught here).
  if (w.size() >= 4 && EndsWith(w, "ó")) return Tense::kPast;
  return Tense::kUnknown;
}

}  // namespace

Tense TokenTense(const Document& doc, uint32_t index, uint32_t sentence_end, bool spanish) {
  const Token& t = doc.tokens[index];
  const std::string w = FoldCase(t.form);
  const std::string next =
      index + 1 < sentence_end ? FoldCase(doc.tokens[index + 1].form) : std::string();
  // Lexical future markers first: taggers leave "will" without a tense.
  if (!spanish && (w == "will" || w == "'ll" || w == "shall" || w == "wo"))
    return Tense::kFuture;
  // A plan or schedule points ahead whatever its own tense: "is scheduled
  // to close Monday", "set to resume Monday", "expected to vote Friday".
  // Without tags (FEATS empty) any word after "to" counts as the verb.
  if (!spanish && index >= 2 && FoldCase(doc.tokens[index - 1].form) == "to" &&
      (t.feats.empty() || ((t.upos == Upos::kVerb || t.upos == Upos::kAux) &&
                           t.feats.find("VerbForm=Inf") != std::string::npos))) {
    const std::string frame = FoldCase(doc.tokens[index - 2].form);
    // "had been due to expire Friday": a plan of the past, left to the
    // other cues.
    const std::string before =
        index >= 3 ? FoldCase(doc.tokens[index - 3].form) : std::string();
    if (before != "been" && before != "had" &&
        In(frame, {"scheduled", "set", "expected", "due", "slated", "poised", "plans", "plan",
                   "planned", "planning", "going", "likely", "intends", "intend", "ready",
                   "prepared", "preparing", "promised", "vowed", "pledged"}))
      return Tense::kFuture;
  }
  if (!t.feats.empty() && (t.upos == Upos::kVerb || t.upos == Upos::kAux)) {
    const std::string_view f = t.feats;
    if (f.find("Mood=Cnd") != std::string_view::npos) return Tense::kUnknown;
    if (f.find("Tense=Fut") != std::string_view::npos) return Tense::kFuture;
    if (f.find("Tense=Past") != std::string_view::npos ||
        f.find("Tense=Imp") != std::string_view::npos) {
      // A participle alone is no finite tense ("the man arrested"): only
      // trust it when it is not a bare participle.
      if (f.find("VerbForm=Part") == std::string_view::npos) return Tense::kPast;
    }
    if (f.find("Tense=Pres") != std::string_view::npos &&
        f.find("VerbForm=Part") == std::string_view::npos) {
      // Perfects: "has arrested", "ha detenido".
      if (index + 1 < sentence_end) {
        const Token& n = doc.tokens[index + 1];
        if (n.feats.find("VerbForm=Part") != std::string::npos &&
            n.feats.find("Tense=Past") != std::string::npos && t.upos == Upos::kAux)
          return Tense::kPast;
      }
      if (!spanish && (w == "going") && next == "to") return Tense::kFuture;
      return Tense::kPresent;
    }
  }
  return spanish ? SpanishTense(w, next) : EnglishTense(w, next);
}

Tense TenseAround(const Document& doc, const Sentence& sentence, uint32_t begin, uint32_t end,
                  bool spanish) {
  const uint32_t first = sentence.first_token, last = sentence.end_token;
  for (uint32_t d = 1; d < sentence.num_tokens(); ++d) {
    // Left first: in "said Monday" and "el lunes detuvo" both sides count,
    // the nearer wins and the verb before wins a tie.
    if (begin >= first + d) {
      Tense t = TokenTense(doc, begin - d, last, spanish);
      if (t != Tense::kUnknown) return t;
    }
    if (end - 1 + d < last) {
      Tense t = TokenTense(doc, end - 1 + d, last, spanish);
      if (t != Tense::kUnknown) return t;
    }
    if (begin < first + d && end - 1 + d >= last) break;
  }
  return Tense::kUnknown;
}

}  // namespace strabo::time

#include "tag/tagger.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

#include "core/casing.h"
#include "ml/best_epoch.h"
#include "ml/features.h"
#include "ml/word_features.h"
#include "tag/edit_script.h"
#include "util/container.h"
#include "util/hash.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo {
namespace {

constexpr uint64_t kPadBefore = 0x5ad0b5ad0b1ULL;
constexpr uint64_t kPadAfter = 0xea0ea0ea0e2ULL;
constexpr int kNoTag = kNumUpos;  // "no previous tag" (sentence start)
constexpr uint64_t kNoVerbToTheLeft = 0x1e7f0e2bULL;

// Feature template ids. Part of the model format: append, never renumber.
enum Template : uint32_t {
  kBias = 1, kWord, kForm, kWordM1, kWordP1, kWordM2, kWordP2, kSuffix /* 8..12 */,
  kPrefix = 13 /* 13..15 */, kShape = 16, kFlags, kTagM1, kTagM2M1, kTagM1Word, kWordM1Word,
  kWordWordP1, kSuffix3P1, kShapeP1, kSuffix3M1, kAmb, kAmbP1, kAmbM1, kTagM1Amb, kTagM1Suffix3,
  kAmbP2, kTagM1WordP1, kWordAmbP1, kSuffix2P1, kSuffix1P1Word, kTagM2Word, kWordP1P2,
  // Verb-likeness (kind_version 2, only in models trained with verb rules).
  kVerbLike, kVerbRule, kTagM1VerbLike, kVerbLikeP1,
  // Part-of-speech dictionary classes (kind_version 4, only in models trained
  // with one): the word's, its neighbours', the word's with the previous tag.
  kDict, kDictP1, kDictM1, kTagM1Dict,
  // FEATS classifier (every template is conjoined with the word's UPOS).
  kfBias = 64, kfWord, kfSuffix /* 66..70 */, kfWordM1 = 71, kfWordM2, kfTagM1, kfTagP1, kfWordP1,
  kfTagM1WordM1, kfShape,
  // The nearest verb or auxiliary to the left (kind_version 4, only in
  // models trained with feats_context).
  kfLeftVerb, kfLeftVerbDistanceTagM1,
  // Lemma classifier (conjoined with UPOS).
  klBias = 96, klWord, klSuffix /* 98..102 */, klPrefix = 103 /* 103..104 */, klShape = 105,
  klFeats,
};

// Everything the classifiers need about one sentence, computed once.
struct SentenceInfo {
  std::vector<WordInfo> words;
  std::vector<const void*> lex;  // Tagger::LexEntry*, or null
  std::vector<uint64_t> amb;     // hash of the ambiguity class
  std::vector<uint8_t> scored;   // 0: a frequent unambiguous word, tagged without features
  // Verb-likeness class and rule id per word (Tagger::VerbLikeness); empty
  // when the model has no verb rules.
  std::vector<uint32_t> verb;
  std::vector<uint64_t> verb_rule;
  // PosDictionary classes per word; empty when the model has no dictionary.
  std::vector<uint16_t> dict;

  uint64_t Word(int i) const {
    if (i < 0) return kPadBefore;
    if (i >= static_cast<int>(words.size())) return kPadAfter;
    return words[i].word;
  }
  uint64_t Dict(int i) const {
    if (i < 0) return kPadBefore;
    if (i >= static_cast<int>(words.size())) return kPadAfter;
    return dict[i];
  }
  uint64_t Amb(int i) const {
    if (i < 0) return kPadBefore;
    if (i >= static_cast<int>(words.size())) return kPadAfter;
    return amb[i];
  }
};

void UposFeatures(const SentenceInfo& s, int i, int t1, int t2, FeatureBuilder* fb) {
  const WordInfo& w = s.words[i];
  const int n = static_cast<int>(s.words.size());
  fb->Clear();
  fb->AddFlag(kBias);
  fb->AddIds(kWord, w.word);
  fb->AddIds(kForm, w.form);
  fb->AddIds(kWordM1, s.Word(i - 1));
  fb->AddIds(kWordP1, s.Word(i + 1));
  fb->AddIds(kWordM2, s.Word(i - 2));
  fb->AddIds(kWordP2, s.Word(i + 2));
  for (int k = 0; k < WordInfo::kSuffixes; ++k) fb->AddIds(kSuffix + k, w.suffix[k]);
  for (int k = 0; k < WordInfo::kPrefixes; ++k) fb->AddIds(kPrefix + k, w.prefix[k]);
  fb->AddIds(kShape, w.shape);
  fb->AddIds(kFlags, w.flags | (i == 0 ? 0x100 : 0));
  fb->AddIds(kTagM1, t1);
  fb->AddIds(kTagM2M1, t2, t1);
  fb->AddIds(kTagM1Word, t1, w.word);
  fb->AddIds(kWordM1Word, s.Word(i - 1), w.word);
  fb->AddIds(kWordWordP1, w.word, s.Word(i + 1));
  fb->AddIds(kSuffix3P1, i + 1 < n ? s.words[i + 1].suffix[2] : kPadAfter);
  fb->AddIds(kShapeP1, i + 1 < n ? s.words[i + 1].shape : kPadAfter);
  fb->AddIds(kSuffix3M1, i > 0 ? s.words[i - 1].suffix[2] : kPadBefore);
  fb->AddIds(kAmb, s.Amb(i));
  fb->AddIds(kAmbP1, s.Amb(i + 1));
  fb->AddIds(kAmbM1, s.Amb(i - 1));
  fb->AddIds(kTagM1Amb, t1, s.Amb(i));
  fb->AddIds(kTagM1Suffix3, t1, w.suffix[2]);
  fb->AddIds(kAmbP2, s.Amb(i + 2));
  fb->AddIds(kTagM1WordP1, t1, s.Word(i + 1));
  fb->AddIds(kWordAmbP1, w.word, s.Amb(i + 1));
  fb->AddIds(kSuffix2P1, i + 1 < n ? s.words[i + 1].suffix[1] : kPadAfter);
  fb->AddIds(kSuffix1P1Word, w.word, i + 1 < n ? s.words[i + 1].suffix[0] : kPadAfter);
  fb->AddIds(kTagM2Word, t2, w.word);
  fb->AddIds(kWordP1P2, s.Word(i + 1), s.Word(i + 2));
  if (!s.dict.empty()) {
    fb->AddIds(kDict, s.Dict(i));
    fb->AddIds(kDictP1, s.Dict(i + 1));
    fb->AddIds(kDictM1, s.Dict(i - 1));
    fb->AddIds(kTagM1Dict, t1, s.Dict(i));
  }
  if (!s.verb.empty()) {
    fb->AddIds(kVerbLike, s.verb[i]);
    fb->AddIds(kVerbRule, s.verb_rule[i]);
    fb->AddIds(kTagM1VerbLike, t1, s.verb[i]);
    fb->AddIds(kVerbLikeP1, i + 1 < n ? s.verb[i + 1] : 5);
  }
}

void FeatsFeatures(const SentenceInfo& s, std::span<const int> tags, int i, bool context, FeatureBuilder* fb) {
  const WordInfo& w = s.words[i];
  const int n = static_cast<int>(s.words.size());
  const uint64_t u = static_cast<uint64_t>(tags[i]) + 1;
  const uint64_t tm1 = i > 0 ? tags[i - 1] : kNoTag;
  const uint64_t tp1 = i + 1 < n ? tags[i + 1] : kNoTag + 1;
  fb->Clear();
  fb->AddIds(kfBias, u);
  fb->AddIds(kfWord, u, w.word);
  for (int k = 0; k < WordInfo::kSuffixes; ++k) fb->AddIds(kfSuffix + k, u, w.suffix[k]);
  fb->AddIds(kfWordM1, u, s.Word(i - 1));
  fb->AddIds(kfWordM2, u, s.Word(i - 2));
  fb->AddIds(kfTagM1, u, tm1);
  fb->AddIds(kfTagP1, u, tp1);
  fb->AddIds(kfWordP1, u, s.Word(i + 1));
  fb->AddIds(kfTagM1WordM1, u, tm1, s.Word(i - 1));
  fb->AddIds(kfShape, u, w.shape);
  if (context) {
    // A past tense or a participle ("police responded" / "have responded",
    // "the men arrested")? The nearest VERB or AUX within eight words to the
    // left, and how far it is, tell them apart where the neighbours do not.
    uint64_t left = kNoVerbToTheLeft, distance = 0;
    for (int j = i - 1; j >= 0 && i - j <= 8; --j) {
      const int t = tags[j];
      if (t == static_cast<int>(Upos::kAux) || t == static_cast<int>(Upos::kVerb)) {
        left = HashCombine(static_cast<uint64_t>(t), s.words[j].word);
        distance = static_cast<uint64_t>(std::min(i - j, 4));
        break;
      }
    }
    fb->AddIds(kfLeftVerb, u, left);
    fb->AddIds(kfLeftVerbDistanceTagM1, u, distance, tm1);
  }
}

void LemmaFeatures(const SentenceInfo& s, int tag, int feats_class, int i, FeatureBuilder* fb) {
  const WordInfo& w = s.words[i];
  const uint64_t u = static_cast<uint64_t>(tag) + 1;
  fb->Clear();
  fb->AddIds(klBias, u);
  fb->AddIds(klWord, u, w.word);
  for (int k = 0; k < WordInfo::kSuffixes; ++k) fb->AddIds(klSuffix + k, u, w.suffix[k]);
  for (int k = 0; k < 2; ++k) fb->AddIds(klPrefix + k, u, w.prefix[k]);
  fb->AddIds(klShape, u, w.shape);
  fb->AddIds(klFeats, u, static_cast<uint64_t>(feats_class), w.suffix[1]);
}

uint64_t AmbiguityHash(uint32_t mask, const WordInfo& w) {
  // Unknown words: their shape class stands in for the ambiguity class.
  return mask != 0 ? MixBits(mask) : HashCombine(0xa3b1, w.shape);
}

// Byte offsets of the code point boundaries of `text`, from the start (0) to
// the end (text.size()).
void CodePointBounds(std::string_view text, std::vector<size_t>* bounds) {
  bounds->clear();
  size_t pos = 0;
  bounds->push_back(0);
  while (pos < text.size()) {
    DecodeUtf8(text, &pos);
    bounds->push_back(pos);
  }
}

// A rule "form ending → lemma ending" learned from a VERB/AUX word: what
// remains after the longest common prefix of the case-folded form and the
// lemma. "detuvieron"/"detener" → ("uvieron", "ener").
std::pair<std::string, std::string> VerbRule(std::string_view lower, std::string_view lemma) {
  const size_t common = CommonPrefix(lower, lemma);
  return {std::string(lower.substr(common)), std::string(lemma.substr(common))};
}

}  // namespace

std::string ReduceFeats(std::string_view feats) {
  std::string out;
  if (feats == "_") return out;
  size_t start = 0;
  while (start < feats.size()) {
    size_t end = feats.find('|', start);
    if (end == std::string_view::npos) end = feats.size();
    const std::string_view kv = feats.substr(start, end - start);
    const std::string_view key = kv.substr(0, kv.find('='));
    for (std::string_view keep : kTaggedFeatures) {
      if (key == keep) {
        if (!out.empty()) out.push_back('|');
        out.append(kv);
      }
    }
    start = end + 1;
  }
  return out;
}

// ---- inference ------------------------------------------------------------------

void Tagger::IndexVerbs() {
  size_t size = 1024;
  while (size < verbs_.size() * 2) size *= 2;
  verb_hashes_.assign(size, 0);
  for (const std::string& v : verbs_) {
    const uint64_t h = Hash64(v) | 1;
    size_t i = h & (size - 1);
    while (verb_hashes_[i] != 0 && verb_hashes_[i] != h) i = (i + 1) & (size - 1);
    verb_hashes_[i] = h;
  }
  for (auto& [word, e] : lexicon_) e.verb = static_cast<uint8_t>(VerbLikeness(word, &e.verb_rule));
}

void Tagger::VerbColumns(std::span<const WordInfo> words, std::span<const void* const> lex,
                         std::span<const uint8_t> scored, std::vector<uint32_t>* verb,
                         std::vector<uint64_t>* rule) const {
  const size_t n = words.size();
  verb->assign(n, 0);
  rule->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!scored[i] && !(i > 0 && scored[i - 1])) continue;
    if (const auto* e = static_cast<const LexEntry*>(lex[i])) {
      (*verb)[i] = e->verb;
      (*rule)[i] = e->verb_rule;
    } else if (!(words[i].flags & WordInfo::kNoLetter)) {
      // Words without letters are never verbs.
      (*verb)[i] = VerbLikeness(words[i].lower, &(*rule)[i]);
    }
  }
}

bool Tagger::MaybeVerb(std::string_view lemma) const {
  const uint64_t h = Hash64(lemma) | 1;
  const size_t mask = verb_hashes_.size() - 1;
  for (size_t i = h & mask; verb_hashes_[i] != 0; i = (i + 1) & mask)
    if (verb_hashes_[i] == h) return true;
  return false;
}

void Tagger::VerbRules::Add(const std::string& ending, const std::string& append) {
  std::vector<std::string>& appends = by_ending[ending];
  if (std::find(appends.begin(), appends.end(), append) == appends.end()) appends.push_back(append);
  longest = std::max(longest, CountCodePoints(ending));
}

bool Tagger::VerbByRules(const VerbRules& rules, size_t min_kept, std::string_view lower, std::string* lemma,
                         uint64_t* rule) const {
  if (rules.empty()) return false;
  thread_local std::vector<size_t> bounds;
  CodePointBounds(lower, &bounds);
  const size_t cps = bounds.size() - 1;
  if (cps < std::max<size_t>(min_kept, 2)) return false;
  const size_t longest = std::min(rules.longest, cps - min_kept);
  for (size_t len = longest + 1; len-- > 0;) {
    const size_t cut = bounds[cps - len];
    const std::string_view key = lower.substr(cut);
    auto it = rules.by_ending.find(key);
    if (it == rules.by_ending.end()) continue;
    for (const std::string& append : it->second) {
      lemma->assign(lower.substr(0, cut));
      *lemma += append;
      if (!MaybeVerb(*lemma) || !verbs_.count(*lemma)) continue;
      if (rule) *rule = Hash64(append, Hash64(key, 0x7e5b)) | 1;
      return true;
    }
  }
  return false;
}

int Tagger::VerbLikeness(std::string_view lower, uint64_t* rule) const {
  thread_local std::string lemma;
  uint64_t fired = 0;
  // Longest ending first: "-uvo" → "-ener" before "-o" → "-ar"; at least two
  // code points of the word stay (a rule learned from "fue" → "ser" says
  // nothing about "sue").
  const bool found = VerbByRules(verb_rules_, 2, lower, &lemma, &fired);
  if (rule) *rule = fired;
  if (!found) return 0;
  const std::string_view l = lemma;
  if (l.ends_with("ar")) return 1;
  if (l.ends_with("er")) return 2;
  if (l.ends_with("ir") || l.ends_with("ír")) return 3;
  return 4;
}

std::string Tagger::ParadigmLemma(std::string_view lower) const {
  std::string lemma;
  // A paradigm's ending may take all but the first letter ("vuelvan" →
  // "volver"): the verb list, not the length of the rule, decides.
  if (!VerbByRules(verb_endings_, 1, lower, &lemma, nullptr)) lemma.clear();
  return lemma;
}

std::vector<std::string> Tagger::TrueCased(std::span<const Token> tokens) const {
  std::vector<std::string> forms = LowerCasedForms(tokens);
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string& form = forms[i];
    const std::string key = FoldTypography(form);  // as DescribeWord reads it
    const LexEntry* e = Find(key);
    const uint32_t propn = 1u << static_cast<int>(Upos::kPropn);
    // An unknown first word is capitalised as in any sentence ("MOROCCO
    // ARRESTS ..."), unless it looks like a verb ("ORGANIZAN PROTESTA ...").
    const bool known = e && e->ambiguity != 0;  // seen often enough to have tags
    const bool name = known ? (e->sure == static_cast<int>(Upos::kPropn) || e->ambiguity == propn)
                            : i == 0 && VerbLikeness(key) == 0;
    if (!name || form.empty()) continue;
    size_t pos = 0;
    DecodeUtf8(form, &pos);
    form = ToUpper(std::string_view(form).substr(0, pos)) + form.substr(pos);
  }
  return forms;
}

void Tagger::DictionaryColumn(std::span<const WordInfo> words, std::span<const void* const> lex,
                              std::vector<uint16_t>* dict) const {
  dict->clear();
  if (pos_dictionary_.empty()) return;
  dict->reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const LexEntry* e = static_cast<const LexEntry*>(lex[i]);
    const bool taught = e != nullptr && e->ambiguity != 0;
    dict->push_back(taught ? kTaughtByTreebank : pos_dictionary_.Find(words[i].lower));
  }
}

void Tagger::Tag(std::span<Token> tokens) const {
  if (tokens.empty()) return;
  ScopedForms headline;
  if (IsAllCaps(tokens)) headline.Replace(tokens, TrueCased(tokens));
  thread_local SentenceInfo s;
  thread_local FeatureBuilder fb;
  thread_local std::vector<int> tags, feats;
  thread_local std::string folded;
  const int n = static_cast<int>(tokens.size());
  s.words.resize(n);
  s.lex.resize(n);
  s.amb.resize(n);
  s.scored.resize(n);
  for (int i = 0; i < n; ++i) {
    DescribeWord(tokens[i].form, &s.words[i]);
    const LexEntry* e = Find(s.words[i].lower);
    s.lex[i] = e;
    s.scored[i] = !(e && e->sure >= 0);
    s.amb[i] = AmbiguityHash(e ? e->ambiguity : 0, s.words[i]);
  }
  DictionaryColumn(s.words, s.lex, &s.dict);
  if (verb_rules_.empty()) s.verb.clear(), s.verb_rule.clear();
  else VerbColumns(s.words, s.lex, s.scored, &s.verb, &s.verb_rule);
  tags.assign(n, 0);
  feats.assign(n, 0);
  // Greedy, left to right from word `from` (the two tags before it as they are).
  auto tag_from = [&](int from) {
    int t1 = from > 0 ? tags[from - 1] : kNoTag, t2 = from > 1 ? tags[from - 2] : kNoTag;
    for (int i = from; i < n; ++i) {
      const LexEntry* e = static_cast<const LexEntry*>(s.lex[i]);
      int tag;
      if (e && e->sure >= 0) {
        tag = e->sure;
      } else {
        UposFeatures(s, i, t1, t2, &fb);
        tag = upos_.Predict(fb.features());
      }
      tags[i] = tag;
      t2 = t1;
      t1 = tag;
    }
  };
  tag_from(0);
  // "La Unión Europea impuso sanciones contra Irán", "La derecha italiana
  // organiza marcha masiva", "MILES DE PERSONAS MANIFIESTAN CONTRA ...": after
  // a name or a noun and its adjective, the greedy pass reads a verb it knows
  // badly (rare, irregular, or in a headline) as one more adjective, and the
  // sentence is left with no verb. In a sentence of at least four words with
  // no VERB or AUX, an adjective (not the first word) whose form a verb
  // paradigm explains (verb-likeness or the dictionary's paradigms), that
  // the treebank never taught as an
  // adjective and that is no participle, is the verb: the one whose VERB
  // score is nearest its ADJ score; the words after it are tagged again.
  const int kVerbTag = static_cast<int>(Upos::kVerb), kAdjTag = static_cast<int>(Upos::kAdj);
  auto verb_read_as_adjective = [&]() {
    if (s.verb.empty() || n < 4) return -1;
    for (int t : tags)
      if (t == kVerbTag || t == static_cast<int>(Upos::kAux)) return -1;
    // Participles (plural "s" stripped first): regular, and the irregular
    // "dicho", "escrito", "puesto", "abierto", "vuelto", "muerto".
    static constexpr std::string_view kParticipleEndings[] = {
        "ado",    "ada",    "ido",   "ida",   "cho",   "cha",   "crito", "crita",
        "puesto", "puesta", "ierto", "ierta", "uelto", "uelta", "uerto", "uerta"};
    thread_local std::vector<float> scores;
    scores.resize(upos_.num_classes());
    int best = -1;
    float best_margin = 0;
    for (int i = 1; i < n; ++i) {
      if (tags[i] != kAdjTag) continue;
      const LexEntry* e = static_cast<const LexEntry*>(s.lex[i]);
      if (e && e->ambiguity != 0 && (e->ambiguity & (1u << kAdjTag)) != 0) continue;
      const std::string_view w = s.words[i].lower;
      // The paradigms also explain stem changes ("manifiestan": manifestar).
      if (s.verb[i] == 0 && ParadigmLemma(w).empty()) continue;
      const std::string_view singular = w.ends_with('s') ? w.substr(0, w.size() - 1) : w;
      bool participle = false;
      for (std::string_view ending : kParticipleEndings) participle |= singular.ends_with(ending);
      if (participle) continue;
      UposFeatures(s, i, tags[i - 1], i > 1 ? tags[i - 2] : kNoTag, &fb);
      upos_.Score(fb.features(), scores.data());
      const float margin =
          scores[static_cast<size_t>(kVerbTag)] - scores[static_cast<size_t>(kAdjTag)];
      if (best < 0 || margin > best_margin) {
        best = i;
        best_margin = margin;
      }
    }
    return best;
  };
  if (const int verb = verb_read_as_adjective(); verb >= 0) {
    tags[verb] = kVerbTag;
    tag_from(verb + 1);
  }
  for (int i = 0; i < n; ++i) {
    Token& t = tokens[i];
    t.upos = static_cast<Upos>(tags[i]);
    FeatsFeatures(s, tags, i, feats_context_, &fb);
    feats[i] = feats_.Predict(fb.features());
    t.feats = feat_classes_[feats[i]];
    // Lemmas are those of the word with ASCII apostrophes, as the lexicon and
    // the edit scripts learned them: "n’t" → "not", "O’Brien" → "O'Brien".
    const std::string_view form = FoldTypography(t.form, &folded);
    const LexEntry* e = static_cast<const LexEntry*>(s.lex[i]);
    bool found = false;
    if (e) {
      for (const auto& [u, lemma] : e->lemmas) {
        if (u == t.upos) {
          t.lemma = lemma;
          found = true;
          break;
        }
      }
    }
    if (found) continue;
    LemmaFeatures(s, tags[i], feats[i], i, &fb);
    float scores[1024];
    std::vector<float> heap;
    float* sc = scores;
    if (lemma_.num_classes() > 1024) {
      heap.resize(lemma_.num_classes());
      sc = heap.data();
    }
    lemma_.Score(fb.features(), sc);
    // The best script that fits the word; the form itself when none does.
    std::vector<int> order(lemma_.num_classes());
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + std::min<size_t>(8, order.size()), order.end(),
                      [&](int a, int b) { return sc[a] > sc[b] || (sc[a] == sc[b] && a < b); });
    t.lemma = form;
    const size_t top = std::min<size_t>(8, order.size());
    bool done = false;
    if ((t.upos == Upos::kVerb || t.upos == Upos::kAux) && !verbs_.empty()) {
      // A script that keeps only the first letter of the form fits an
      // irregular verb, and training saw those: on an unseen form it invents
      // a verb ("huyeron" → "haber" by the script of "hubieron").
      std::vector<std::string> results;
      for (size_t k = 0; k < top && !done; ++k) {
        size_t kept = 0;
        auto lemma = ApplyEditScript(script_classes_[order[k]], form, &kept);
        if (!lemma || kept < 2) continue;
        if (verbs_.count(*lemma)) {
          t.lemma = std::move(*lemma);
          done = true;
        } else {
          results.push_back(std::move(*lemma));
        }
      }
      // A dictionary's paradigms ("niega" → "negar", "acerquen" → "acercar").
      if (!done) {
        std::string lemma = ParadigmLemma(s.words[i].lower);
        if (!lemma.empty()) {
          t.lemma = std::move(lemma);
          done = true;
        }
      }
      // Spanish stem-changing verbs: the stem's last vowel is o or e in the
      // infinitive where the form has u or i ("murieron" → "morir",
      // "hirieron" → "herir", "pidieron" → "pedir").
      for (size_t k = 0; k < results.size() && !done && lang_ == "es"; ++k) {
        std::string& r = results[k];
        if (r.size() < 4) continue;
        const size_t stem_vowel = r.find_last_of("aeiou", r.size() - 3);
        if (stem_vowel == std::string::npos || (r[stem_vowel] != 'u' && r[stem_vowel] != 'i'))
          continue;
        r[stem_vowel] = r[stem_vowel] == 'u' ? 'o' : 'e';
        if (verbs_.count(r)) {
          t.lemma = std::move(r);
          done = true;
        }
      }
    }
    for (size_t k = 0; k < top && !done; ++k) {
      if (auto lemma = ApplyEditScript(script_classes_[order[k]], form)) {
        t.lemma = std::move(*lemma);
        done = true;
      }
    }
  }
}

// ---- file format ------------------------------------------------------------------

namespace {

std::string JoinLines(const std::vector<std::string>& items) {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(items.size()));
  for (const std::string& s : items) w.Str(s);
  return std::move(w.bytes());
}

bool SplitLines(std::string_view bytes, std::vector<std::string>* out) {
  ByteReader r(bytes);
  const uint32_t n = r.U32();
  if (!r.ok() || n > bytes.size()) return false;
  out->clear();
  for (uint32_t i = 0; i < n && r.ok(); ++i) out->emplace_back(r.Str());
  return r.ok() && r.at_end();
}

// The `verb_rules` / `verb_endings` layout (doc/formats/tagger.md): u32
// count, then per form ending, sorted: the ending, u32 k, k lemma endings in
// the order they are tried.
template <typename RuleMap>
std::string SerializeVerbRules(const RuleMap& by_ending) {
  std::vector<std::string> endings;
  for (const auto& kv : by_ending) endings.push_back(kv.first);
  std::sort(endings.begin(), endings.end());
  ByteWriter rules;
  rules.U32(static_cast<uint32_t>(endings.size()));
  for (const std::string& e : endings) {
    const auto& appends = by_ending.find(e)->second;
    rules.Str(e);
    rules.U32(static_cast<uint32_t>(appends.size()));
    for (const std::string& a : appends) rules.Str(a);
  }
  return std::move(rules.bytes());
}

// Reads that layout into (form ending, lemma ending) pairs in order; false
// when it is damaged, truncated or empty.
bool ParseVerbRules(std::string_view bytes, std::vector<std::pair<std::string, std::string>>* rules) {
  ByteReader r(bytes);
  const uint32_t n = r.U32();
  if (n > bytes.size()) return false;
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    const std::string ending(r.Str());
    const uint32_t k = r.U32();
    if (k > bytes.size()) return false;
    for (uint32_t j = 0; j < k && r.ok(); ++j) rules->emplace_back(ending, std::string(r.Str()));
  }
  return r.ok() && r.at_end() && !rules->empty();
}

}  // namespace

Status Tagger::Save(const std::string& path, const std::map<std::string, std::string>& settings) const {
  // The oldest version that has what the model uses: without verb rules or
  // a dictionary a version 1 file, as before them; with learned rules only,
  // a version 2 file; with paradigm rules too, 3; with a dictionary, 4.
  const uint32_t version = !pos_dictionary_.empty() || feats_context_ ? 4
                           : !verb_endings_.empty()                  ? 3
                           : !verb_rules_.empty()                    ? 2
                                                                     : 1;
  ContainerWriter w("tagger", version);
  for (const auto& [k, v] : settings) w.SetSetting(k, v);
  w.SetSetting("lang", lang_);
  if (!verb_rules_.empty()) {
    w.SetSetting("verb_feature", "1");
    w.AddSection("verb_rules", SerializeVerbRules(verb_rules_.by_ending));
  }
  if (!verb_endings_.empty()) w.AddSection("verb_endings", SerializeVerbRules(verb_endings_.by_ending));
  if (!pos_dictionary_.empty()) w.AddSection("pos_dictionary", pos_dictionary_.Serialize());
  if (feats_context_) w.SetSetting("feats_context", "1");
  w.AddSection("upos", upos_.SerializeCompact());
  w.AddSection("feats", feats_.SerializeCompact());
  w.AddSection("lemma", lemma_.SerializeCompact());
  w.AddSection("feat_classes", JoinLines(feat_classes_));
  w.AddSection("scripts", JoinLines(script_classes_));
  // Lexicon, sorted for deterministic files.
  std::vector<const std::pair<const std::string, LexEntry>*> entries;
  for (const auto& kv : lexicon_) entries.push_back(&kv);
  std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
  ByteWriter lex;
  lex.U32(static_cast<uint32_t>(entries.size()));
  for (const auto* kv : entries) {
    lex.Str(kv->first);
    lex.U32(kv->second.ambiguity);
    lex.U8(static_cast<uint8_t>(kv->second.sure + 1));
    lex.U8(static_cast<uint8_t>(kv->second.lemmas.size()));
    for (const auto& [u, lemma] : kv->second.lemmas) {
      lex.U8(static_cast<uint8_t>(u));
      lex.Str(lemma);
    }
  }
  w.AddSection("lexicon", std::move(lex.bytes()));
  std::vector<std::string> verbs(verbs_.begin(), verbs_.end());
  std::sort(verbs.begin(), verbs.end());
  w.AddSection("verbs", JoinLines(verbs));
  return w.Write(path);
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  auto c = Container::Open(path, "tagger", kKindVersion);
  if (!c.ok()) return c.status();
  auto t = std::make_unique<Tagger>();
  t->lang_ = c->Setting("lang");
  struct {
    const char* name;
    LinearModel* model;
  } models[] = {{"upos", &t->upos_}, {"feats", &t->feats_}, {"lemma", &t->lemma_}};
  for (auto& m : models) {
    auto bytes = c->Section(m.name);
    if (!bytes.ok()) return bytes.status();
    auto model = LinearModel::Deserialize(*bytes, path + ": section " + m.name);
    if (!model.ok()) return model.status();
    *m.model = std::move(model.value());
  }
  auto feat_bytes = c->Section("feat_classes");
  auto script_bytes = c->Section("scripts");
  auto lex_bytes = c->Section("lexicon");
  if (!feat_bytes.ok()) return feat_bytes.status();
  if (!script_bytes.ok()) return script_bytes.status();
  if (!lex_bytes.ok()) return lex_bytes.status();
  auto verb_bytes = c->Section("verbs");
  if (!verb_bytes.ok()) return verb_bytes.status();
  std::vector<std::string> verbs;
  if (!SplitLines(*verb_bytes, &verbs)) return Status::Corrupt(path + ": tagger verb list is damaged");
  t->verbs_.insert(verbs.begin(), verbs.end());
  // Version 2's learned rules; version 3's paradigm rules too. From version
  // 4 on, each optional section is read when the file has it.
  const uint32_t version = c->kind_version();
  for (const auto& [since, section, rules] : {std::tuple{2u, "verb_rules", &t->verb_rules_},
                                              std::tuple{3u, "verb_endings", &t->verb_endings_}}) {
    if (version < since || (version >= 4 && !c->HasSection(section))) continue;
    auto rule_bytes = c->Section(section);
    if (!rule_bytes.ok()) return rule_bytes.status();
    std::vector<std::pair<std::string, std::string>> pairs;
    if (!ParseVerbRules(*rule_bytes, &pairs))
      return Status::Corrupt(path + ": tagger section " + section + " is damaged or truncated");
    for (const auto& [ending, append] : pairs) rules->Add(ending, append);
  }
  t->feats_context_ = version >= 4 && c->Setting("feats_context") == "1";
  if (version >= 4 && c->HasSection("pos_dictionary")) {
    auto dict_bytes = c->Section("pos_dictionary");
    if (!dict_bytes.ok()) return dict_bytes.status();
    if (!PosDictionary::Deserialize(*dict_bytes, &t->pos_dictionary_) || t->pos_dictionary_.empty())
      return Status::Corrupt(path + ": tagger section pos_dictionary is damaged or truncated");
  }
  if (!SplitLines(*feat_bytes, &t->feat_classes_) || !SplitLines(*script_bytes, &t->script_classes_) ||
      static_cast<int>(t->feat_classes_.size()) != t->feats_.num_classes() ||
      static_cast<int>(t->script_classes_.size()) != t->lemma_.num_classes() ||
      t->upos_.num_classes() != kNumUpos)
    return Status::Corrupt(path + ": tagger class tables do not match its models; rebuild it with "
                           "'strabo train tagger'");
  ByteReader r(*lex_bytes);
  const uint32_t n = r.U32();
  if (n > lex_bytes->size()) return Status::Corrupt(path + ": tagger lexicon is damaged");
  t->lexicon_.reserve(n);
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    std::string word(r.Str());
    LexEntry e;
    e.ambiguity = r.U32();
    e.sure = static_cast<int8_t>(static_cast<int>(r.U8()) - 1);
    const uint8_t k = r.U8();
    for (uint8_t j = 0; j < k && r.ok(); ++j) {
      const uint8_t u = r.U8();
      if (u >= kNumUpos) return Status::Corrupt(path + ": tagger lexicon has a bad UPOS");
      e.lemmas.emplace_back(static_cast<Upos>(u), std::string(r.Str()));
    }
    if (e.sure >= kNumUpos) return Status::Corrupt(path + ": tagger lexicon has a bad UPOS");
    t->lexicon_.emplace(std::move(word), std::move(e));
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(path + ": tagger lexicon is truncated");
  if (!t->verb_rules_.empty() || !t->verb_endings_.empty()) t->IndexVerbs();
  return t;
}

// ---- evaluation and training --------------------------------------------------------

TagScores EvaluateTagger(const Tagger& tagger, const std::vector<TagSentence>& gold) {
  TagScores sc;
  size_t upos = 0, lemma = 0, feats = 0;
  std::vector<Token> tokens;
  for (const TagSentence& s : gold) {
    tokens.assign(s.size(), Token());
    for (size_t i = 0; i < s.size(); ++i) tokens[i].form = s[i].form;
    tagger.Tag(tokens);
    for (size_t i = 0; i < s.size(); ++i) {
      upos += tokens[i].upos == s[i].upos;
      lemma += tokens[i].lemma == s[i].lemma;
      feats += tokens[i].feats == ReduceFeats(s[i].feats);
    }
    sc.words += s.size();
  }
  const double n = sc.words ? static_cast<double>(sc.words) : 1.0;
  sc.upos = 100.0 * upos / n;
  sc.lemma = 100.0 * lemma / n;
  sc.feats = 100.0 * feats / n;
  return sc;
}

class TaggerTrainer {
 public:
  static Result<std::unique_ptr<Tagger>> Train(const std::vector<TagSentence>& train,
                                               const std::vector<TagSentence>& dev,
                                               const TaggerTrainOptions& o, TagScores* best_dev);
};

Result<std::unique_ptr<Tagger>> TrainTagger(const std::vector<TagSentence>& train,
                                            const std::vector<TagSentence>& dev,
                                            const TaggerTrainOptions& options, TagScores* best_dev) {
  return TaggerTrainer::Train(train, dev, options, best_dev);
}

Result<std::unique_ptr<Tagger>> TaggerTrainer::Train(const std::vector<TagSentence>& train,
                                                     const std::vector<TagSentence>& dev,
                                                     const TaggerTrainOptions& o, TagScores* best_dev) {
  if (train.empty()) return Status::InvalidInput("no training sentences");
  auto log = [&](const std::string& line) {
    if (o.log) o.log(line);
  };
  auto model = std::make_unique<Tagger>();
  Tagger& t = *model;
  t.lang_ = o.lang;

  // Lexicon: tag counts and lemma counts per lower-cased form.
  struct Counts {
    uint32_t total = 0;
    uint32_t tag[kNumUpos] = {};
    std::map<std::pair<int, std::string>, uint32_t> lemmas;
  };
  std::unordered_map<std::string, Counts> counts;
  std::map<std::string, uint32_t> feat_count, script_count;
  for (const TagSentence& s : train) {
    for (const TagWord& w : s) {
      WordInfo info;
      DescribeWord(w.form, &info);
      Counts& c = counts[info.lower];
      ++c.total;
      ++c.tag[static_cast<int>(w.upos)];
      ++c.lemmas[{static_cast<int>(w.upos), w.lemma}];
      ++feat_count[ReduceFeats(w.feats)];
      ++script_count[MakeEditScript(FoldTypography(w.form), w.lemma)];
      if (w.upos == Upos::kVerb || w.upos == Upos::kAux) t.verbs_.insert(w.lemma);
    }
  }
  t.verbs_.insert(o.verbs.begin(), o.verbs.end());
  if (o.verb_feature) {
    // Verb rules: the endings of VERB/AUX words seen at least twice.
    std::map<std::pair<std::string, std::string>, uint32_t> rule_count;
    for (const TagSentence& s : train) {
      for (const TagWord& w : s) {
        if (w.upos != Upos::kVerb && w.upos != Upos::kAux) continue;
        ++rule_count[VerbRule(FoldCase(FoldTypography(w.form)), w.lemma)];
      }
    }
    std::map<std::string, std::vector<std::pair<uint32_t, std::string>>> by_ending;
    for (const auto& [rule, n] : rule_count)
      if (n >= 2) by_ending[rule.first].emplace_back(n, rule.second);
    for (auto& [ending, appends] : by_ending) {
      // Most frequent first; ties: the smaller string (deterministic).
      std::sort(appends.begin(), appends.end(),
                [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
      for (const auto& a : appends) t.verb_rules_.Add(ending, a.second);
    }
    if (t.verb_rules_.empty()) return Status::InvalidInput(
          "--verb-feature: the training data has no VERB/AUX ending seen twice to learn verb rules from; "
          "train on more data or without --verb-feature");
  }
  for (auto& [word, c] : counts) {
    Tagger::LexEntry e;
    int best = 0;
    for (int u = 0; u < kNumUpos; ++u) {
      if (c.tag[u] * 20 >= c.total && c.total >= 2) e.ambiguity |= 1u << u;
      if (c.tag[u] > c.tag[best]) best = u;
    }
    if (c.total >= 20 && c.tag[best] * 1000 >= c.total * 995) e.sure = static_cast<int8_t>(best);
    // Most frequent lemma per UPOS (ties: the smaller string, for determinism).
    for (int u = 0; u < kNumUpos; ++u) {
      const std::string* lemma = nullptr;
      uint32_t n = 0;
      for (const auto& [key, k] : c.lemmas)
        if (key.first == u && k > n) lemma = &key.second, n = k;
      if (lemma) e.lemmas.emplace_back(static_cast<Upos>(u), *lemma);
    }
    t.lexicon_.emplace(word, std::move(e));
  }
  for (const auto& [ending, append] : o.verb_endings) t.verb_endings_.Add(ending, append);
  t.pos_dictionary_ = o.pos_dictionary;
  t.feats_context_ = o.feats_context;
  if (!t.verb_rules_.empty() || !t.verb_endings_.empty()) t.IndexVerbs();
  std::map<std::string, int> feat_id, script_id;
  for (const auto& [f, n] : feat_count) {
    feat_id[f] = static_cast<int>(t.feat_classes_.size());
    t.feat_classes_.push_back(f);
  }
  for (const auto& [s, n] : script_count) {
    if (n < 2) continue;  // one-off scripts are left to the lexicon
    script_id[s] = static_cast<int>(t.script_classes_.size());
    t.script_classes_.push_back(s);
  }
  if (t.script_classes_.empty()) t.script_classes_.push_back("k|0|");
  log("tagger: " + std::to_string(train.size()) + " training sentences, " +
      std::to_string(t.lexicon_.size()) + " word types, " + std::to_string(t.feat_classes_.size()) +
      " FEATS classes, " + std::to_string(t.script_classes_.size()) + " lemma scripts, " +
      std::to_string(t.verbs_.size()) + " known verbs" +
      (t.verb_rules_.empty() ? "" : ", " + std::to_string(t.verb_rules_.size()) + " verb endings"));

  PerceptronTrainer upos(kNumUpos);
  PerceptronTrainer feats(static_cast<int>(t.feat_classes_.size()));
  PerceptronTrainer lemma(static_cast<int>(t.script_classes_.size()));

  // Precompute word information once.
  struct Prepared {
    SentenceInfo info;
    std::vector<int> tags, feats, scripts;  // gold; script -1 when not a class
  };
  std::vector<Prepared> prepared(train.size());
  for (size_t k = 0; k < train.size(); ++k) {
    const TagSentence& s = train[k];
    Prepared& p = prepared[k];
    p.info.words.resize(s.size());
    p.info.lex.resize(s.size());
    p.info.amb.resize(s.size());
    p.info.scored.resize(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
      DescribeWord(s[i].form, &p.info.words[i]);
      const Tagger::LexEntry* e = t.Find(p.info.words[i].lower);
      p.info.lex[i] = e;
      p.info.scored[i] = !(e && e->sure >= 0);
      p.info.amb[i] = AmbiguityHash(e ? e->ambiguity : 0, p.info.words[i]);
      p.tags.push_back(static_cast<int>(s[i].upos));
      p.feats.push_back(feat_id[ReduceFeats(s[i].feats)]);
      auto it = script_id.find(MakeEditScript(FoldTypography(s[i].form), s[i].lemma));
      p.scripts.push_back(it == script_id.end() ? -1 : it->second);
    }
    t.DictionaryColumn(p.info.words, p.info.lex, &p.info.dict);
    if (!t.verb_rules_.empty())
      t.VerbColumns(p.info.words, p.info.lex, p.info.scored, &p.info.verb, &p.info.verb_rule);
  }

  std::mt19937 rng(o.seed);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  FeatureBuilder fb;
  BestEpoch<Tagger, TagScores> best(3);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t words = 0, correct = 0;
    for (size_t k : order) {
      const Prepared& p = prepared[k];
      const int n = static_cast<int>(p.tags.size());
      int t1 = kNoTag, t2 = kNoTag;
      for (int i = 0; i < n; ++i) {
        const Tagger::LexEntry* e = static_cast<const Tagger::LexEntry*>(p.info.lex[i]);
        int guess;
        if (e && e->sure >= 0) {
          guess = e->sure;
        } else {
          UposFeatures(p.info, i, t1, t2, &fb);
          guess = upos.Predict(fb.features());
          upos.Update(fb.features(), p.tags[i], guess);
        }
        upos.Tick();
        correct += guess == p.tags[i];
        ++words;
        t2 = t1;
        t1 = guess;
        // FEATS and lemma learn from gold UPOS.
        FeatsFeatures(p.info, p.tags, i, t.feats_context_, &fb);
        feats.Update(fb.features(), p.feats[i], feats.Predict(fb.features()));
        feats.Tick();
        if (p.scripts[i] >= 0) {
          LemmaFeatures(p.info, p.tags[i], p.feats[i], i, &fb);
          lemma.Update(fb.features(), p.scripts[i], lemma.Predict(fb.features()));
          lemma.Tick();
        }
      }
    }
    auto candidate = std::make_unique<Tagger>();
    candidate->lang_ = t.lang_;
    candidate->feat_classes_ = t.feat_classes_;
    candidate->script_classes_ = t.script_classes_;
    candidate->lexicon_ = t.lexicon_;
    candidate->verbs_ = t.verbs_;
    candidate->verb_rules_ = t.verb_rules_;
    candidate->verb_endings_ = t.verb_endings_;
    candidate->pos_dictionary_ = t.pos_dictionary_;
    candidate->feats_context_ = t.feats_context_;
    candidate->verb_hashes_ = t.verb_hashes_;
    candidate->upos_ = upos.Average(o.min_weight);
    candidate->feats_ = feats.Average(o.min_weight);
    candidate->lemma_ = lemma.Average(o.min_weight);
    char line[256];
    std::snprintf(line, sizeof line, "tagger epoch %d/%d: train UPOS %.2f%%", epoch, o.epochs,
                  100.0 * correct / std::max<size_t>(words, 1));
    std::string msg = line;
    double score = epoch;
    TagScores d;
    if (!dev.empty()) {
      d = EvaluateTagger(*candidate, dev);
      std::snprintf(line, sizeof line, "; dev UPOS %.2f%% lemma %.2f%% feats %.2f%% (%zu words)",
                    d.upos, d.lemma, d.feats, d.words);
      msg += line;
      score = d.upos + 0.01 * (d.lemma + d.feats) / 2;
    }
    if (best.Offer(std::move(candidate), score, d)) msg += " *";
    log(msg);
    if (!dev.empty() && best.ShouldStop()) {
      log("tagger: no dev gain for " + std::to_string(best.patience()) + " epochs, stopping");
      break;
    }
  }
  if (best_dev) *best_dev = best.scores();
  return best.Take();
}

}  // namespace strabo

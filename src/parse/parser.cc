#include "parse/parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <limits>
#include <numeric>
#include <random>

#include "ml/best_epoch.h"
#include "ml/features.h"
#include "ml/word_features.h"
#include "util/container.h"
#include "util/text.h"

namespace strabo {
namespace {

constexpr int kNone = -1;
constexpr uint64_t kNoWord = 0x6e6f6e65ULL;   // an empty position
constexpr uint64_t kNoTag = kNumUpos + 1;
constexpr uint64_t kRootTag = kNumUpos + 2;
constexpr uint64_t kNoLabel = 0xFFFF;
constexpr uint64_t kNoCluster = 0x10000;    // a word the cluster table does not have
constexpr uint64_t kRootCluster = 0x10001;

// The parser configuration. Words are 0..n-1; n is the artificial root, which
// sits at the end of the buffer.
struct State {
  int n = 0;
  int b = 0;  // buffer front; the buffer is [b, n]
  std::vector<int> stack;
  std::vector<int> head, label;
  std::vector<int> l1, l2, r1, r2;  // two leftmost / rightmost children
  std::vector<uint8_t> nl, nr;      // number of left / right children
  std::vector<uint64_t> ls, rs;     // sets of the left / right children's labels (bit l % 64)

  void Reset(int words) {
    n = words;
    b = 0;
    stack.clear();
    head.assign(n + 1, kNone);
    label.assign(n + 1, kNone);
    l1.assign(n + 1, kNone);
    l2.assign(n + 1, kNone);
    r1.assign(n + 1, kNone);
    r2.assign(n + 1, kNone);
    nl.assign(n + 1, 0);
    nr.assign(n + 1, 0);
    ls.assign(n + 1, 0);
    rs.assign(n + 1, 0);
  }
  bool Terminal() const { return b == n && stack.empty(); }
  // The relation of word i to its head, kNoLabel when it has none (yet).
  uint64_t L(int i) const { return i == kNone || label[i] == kNone ? kNoLabel : static_cast<uint64_t>(label[i]); }
  int S(int k) const {
    return k < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - k] : kNone;
  }
  int B(int k) const { return b + k <= n ? b + k : kNone; }

  void AddArc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      // Left children arrive right to left: the newest is the leftmost.
      l2[h] = l1[h];
      l1[h] = d;
      if (nl[h] < 255) ++nl[h];
      ls[h] |= uint64_t{1} << (l & 63);
    } else {
      r2[h] = r1[h];
      r1[h] = d;
      if (nr[h] < 255) ++nr[h];
      rs[h] |= uint64_t{1} << (l & 63);
    }
  }
};

enum Move { kShift = 0, kLeft = 1, kRight = 2 };

struct Transitions {
  int labels = 0;
  int num_classes() const { return 1 + 2 * labels; }
  static Move MoveOf(int cls, int labels) {
    return cls == 0 ? kShift : cls <= labels ? kLeft : kRight;
  }
  static int LabelOf(int cls, int labels) { return cls <= labels ? cls - 1 : cls - 1 - labels; }
};

// Legal transitions, as up to three ascending ranges of classes [first, last)
// written to `out`; returns how many. Label 0 is "root" and only attaches to
// the artificial root.
struct ClassRange {
  int first, last;
};
int LegalRanges(const State& s, int labels, ClassRange* out) {
  int n = 0;
  const int depth = static_cast<int>(s.stack.size());
  if (s.b < s.n) out[n++] = {0, 1};  // SHIFT
  if (depth >= 1) {
    if (s.b == s.n) {
      if (depth == 1) out[n++] = {1, 2};  // LEFT-root, once, for the last word
    } else {
      out[n++] = {2, 1 + labels};  // LEFT-l, l ≥ 1
    }
  }
  if (depth >= 2) out[n++] = {2 + labels, 1 + 2 * labels};  // RIGHT-l, l ≥ 1
  return n;
}

// The same set as one flag per class (training scores every class).
void Legal(const State& s, int labels, std::vector<bool>* allowed) {
  allowed->assign(1 + 2 * labels, false);
  ClassRange ranges[3];
  const int n = LegalRanges(s, labels, ranges);
  for (int i = 0; i < n; ++i)
    for (int c = ranges[i].first; c < ranges[i].last; ++c) (*allowed)[c] = true;
}

void Apply(State* s, int cls, int labels) {
  switch (Transitions::MoveOf(cls, labels)) {
    case kShift:
      s->stack.push_back(s->b++);
      break;
    case kLeft: {
      const int s0 = s->stack.back();
      s->stack.pop_back();
      s->AddArc(s->b, s0, Transitions::LabelOf(cls, labels));
      break;
    }
    case kRight: {
      const int s0 = s->stack.back();
      s->stack.pop_back();
      s->AddArc(s->stack.back(), s0, Transitions::LabelOf(cls, labels));
      break;
    }
  }
}

// Per-word values for features, computed once per sentence.
struct Words {
  std::vector<uint64_t> word;  // lower-cased form hash (position n: the root)
  std::vector<uint64_t> tag;
  std::vector<uint64_t> wt;    // word and tag combined
  std::vector<uint64_t> tf;    // tag and FEATS combined (morphology: VerbForm, Voice, ...)
  std::vector<uint64_t> lemma; // case-folded lemma: "detuvo", "detiene" → "detener"
  std::vector<uint64_t> cluster;  // word cluster id, kNoCluster; filled only with a table
  bool has_clusters = false;

  // Feature values of position i (kNone: an empty position, e.g. s2 of a
  // stack of two) of the word, UPOS, both, UPOS and FEATS, and lemma.
  uint64_t W(int i) const { return i == kNone ? kNoWord : word[i]; }
  uint64_t T(int i) const { return i == kNone ? kNoTag : tag[i]; }
  uint64_t WT(int i) const { return i == kNone ? kNoWord : wt[i]; }
  uint64_t TF(int i) const { return i == kNone ? kNoTag : tf[i]; }
  uint64_t LM(int i) const { return i == kNone ? kNoWord : lemma[i]; }
  uint64_t C(int i) const { return i == kNone ? kNoWord : cluster[i]; }  // with clusters only

  // `clusters`: the model's table, or null/empty for no cluster features.
  void Fill(std::span<const Token> tokens, const WordClusters* clusters) {
    const size_t n = tokens.size();
    has_clusters = clusters != nullptr && clusters->size() > 0;
    std::string scratch;
    if (has_clusters) {
      cluster.resize(n + 1);
      for (size_t i = 0; i < n; ++i) {
        // The table keeps case ("US" vs "us"); a capitalised sentence-initial
        // word it lacks falls back to its folded form. Both with ASCII
        // apostrophes, as DescribeWord reads words.
        const std::string_view form = FoldTypography(tokens[i].form, &scratch);
        uint16_t c = clusters->Find(form);
        if (c == WordClusters::kNone) c = clusters->Find(FoldCase(form));
        cluster[i] = c == WordClusters::kNone ? kNoCluster : c;
      }
      cluster[n] = kRootCluster;
    }
    word.resize(n + 1);
    tag.resize(n + 1);
    wt.resize(n + 1);
    tf.resize(n + 1);
    lemma.resize(n + 1);
    WordInfo info;
    for (size_t i = 0; i < n; ++i) {
      DescribeWord(tokens[i].form, &info);
      word[i] = info.word;
      tag[i] = static_cast<uint64_t>(tokens[i].upos);
      wt[i] = HashCombine(word[i], tag[i]);
      tf[i] = HashCombine(Hash64(tokens[i].feats, 23), tag[i]);
      lemma[i] = tokens[i].lemma.empty() ? word[i]
                                         : Hash64(FoldCase(FoldTypography(tokens[i].lemma, &scratch)), 17);
    }
    word[n] = 0x726f6f74ULL;
    tag[n] = kRootTag;
    wt[n] = HashCombine(word[n], tag[n]);
    tf[n] = tag[n];
    lemma[n] = word[n];
  }
};

uint64_t Distance(int a, int b) {
  if (a == kNone || b == kNone) return 0;
  const int d = std::abs(a - b);
  return d <= 4 ? static_cast<uint64_t>(d) : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

// The groups Features() writes its templates to, by what they read, so that
// Parser::Parse can keep each group's scores while the transitions leave
// them unchanged:
//   kStep            anything else: recomputed at every transition;
//   kBuffer          b0, b1, b2: unchanged until the next SHIFT;
//   kBufferChildren  b0 with its left children: until the next SHIFT or LEFT;
//   kStack           s0, s1, s2 and the left children of s0 and s1: fixed
//                    while s0 is on the stack, as nothing below the top
//                    ever changes and a word has all its left children
//                    before it is shifted;
//   kStackChildren   the right children of s0 and s1 (and what reads them:
//                    valencies, label sets): as kStack, until a RIGHT gives
//                    s1 (the next top) a child.
enum FeatureGroup { kStep = 0, kBuffer, kBufferChildren, kStack, kStackChildren, kNumFeatureGroups };
using FeatureGroups = std::array<FeatureBuilder*, kNumFeatureGroups>;

// Adds a template's feature to one group's builder unless the builder is
// null or the template is dropped. Always inlined: Features() makes over a
// hundred calls per transition, with constant template ids.
struct TemplateAdder {
  FeatureBuilder* builder;
  const TemplateMask& dropped;
  [[gnu::always_inline]] void operator()(uint32_t templ, uint64_t x, uint64_t y = 0,
                                         uint64_t z = 0) const {
    if (builder != nullptr && !dropped[templ]) builder->AddIds(templ, x, y, z);
  }
};

// Feature template ids: part of the model format (append, never renumber).
// `label_sets`: the format 3 templates; `dropped`: templates left out (format
// 5). Each template goes to the builder of its group (above), and is skipped
// when that builder is null. The order of the features is the same whichever
// builders they go to (training, which gives every group one builder, relies
// on it).
void Features(const State& s, const Words& w, bool label_sets, const TemplateMask& dropped,
              const FeatureGroups& groups);
void Features(const State& s, const Words& w, bool label_sets, const TemplateMask& dropped, FeatureBuilder* fb) {
  Features(s, w, label_sets, dropped, FeatureGroups{fb, fb, fb, fb, fb});
}
void Features(const State& s, const Words& w, bool label_sets, const TemplateMask& dropped,
              const FeatureGroups& groups) {
  // One adder per group: F (kStep), A (kBuffer), B (kBufferChildren), S
  // (kStack), D (kStackChildren).
  const TemplateAdder F{groups[kStep], dropped}, A{groups[kBuffer], dropped},
      B{groups[kBufferChildren], dropped}, S{groups[kStack], dropped},
      D{groups[kStackChildren], dropped};
  auto Ch = [&](const std::vector<int>& v, int i) { return i == kNone ? kNone : v[i]; };

  const int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2);
  const int b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
  const int s0l1 = Ch(s.l1, s0), s0l2 = Ch(s.l2, s0), s0r1 = Ch(s.r1, s0), s0r2 = Ch(s.r2, s0);
  const int s1l1 = Ch(s.l1, s1), s1r1 = Ch(s.r1, s1), s1r2 = Ch(s.r2, s1);
  const int b0l1 = Ch(s.l1, b0), b0l2 = Ch(s.l2, b0);
  const uint64_t d_s0b0 = Distance(s0, b0), d_s1s0 = Distance(s1, s0);
  const uint64_t s0vl = s0 == kNone ? 0 : s.nl[s0], s0vr = s0 == kNone ? 0 : s.nr[s0];
  const uint64_t s1vl = s1 == kNone ? 0 : s.nl[s1], s1vr = s1 == kNone ? 0 : s.nr[s1];
  const uint64_t b0vl = b0 == kNone ? 0 : s.nl[b0];

  for (int g = 0; g < kNumFeatureGroups; ++g) {
    bool first = groups[g] != nullptr;  // clear each builder once
    for (int earlier = 0; earlier < g && first; ++earlier) first = groups[earlier] != groups[g];
    if (first) groups[g]->Clear();
  }
  if (groups[kStep] != nullptr) groups[kStep]->AddFlag(1);
  // Single positions.
  S(2, w.W(s0)); S(3, w.T(s0)); S(4, w.WT(s0));
  S(5, w.W(s1)); S(6, w.T(s1)); S(7, w.WT(s1));
  A(8, w.W(b0)); A(9, w.T(b0)); A(10, w.WT(b0));
  A(11, w.W(b1)); A(12, w.T(b1)); A(13, w.WT(b1));
  A(14, w.W(b2)); A(15, w.T(b2));
  S(16, w.T(s2)); S(17, w.W(s2));
  // Pairs.
  F(20, w.WT(s0), w.WT(b0)); F(21, w.WT(s0), w.W(b0)); F(22, w.W(s0), w.WT(b0));
  F(23, w.WT(s0), w.T(b0)); F(24, w.T(s0), w.WT(b0)); F(25, w.W(s0), w.W(b0));
  F(26, w.T(s0), w.T(b0)); A(27, w.T(b0), w.T(b1));
  S(28, w.WT(s1), w.WT(s0)); S(29, w.W(s1), w.W(s0)); S(30, w.T(s1), w.T(s0));
  S(31, w.T(s1), w.WT(s0)); S(32, w.WT(s1), w.T(s0)); A(33, w.W(b0), w.T(b1));
  F(34, w.T(s1), w.T(b0)); F(35, w.W(s1), w.W(b0));
  // Triples of tags.
  A(40, w.T(b0), w.T(b1), w.T(b2)); F(41, w.T(s0), w.T(b0), w.T(b1));
  F(42, w.T(s1), w.T(s0), w.T(b0)); S(43, w.T(s2), w.T(s1), w.T(s0));
  F(44, w.T(s0), w.T(s0l1), w.T(b0)); F(45, w.T(s0), w.T(s0r1), w.T(b0));
  F(46, w.T(s0), w.T(b0), w.T(b0l1)); S(47, w.T(s1), w.T(s0), w.T(s0l1));
  D(48, w.T(s1), w.T(s0), w.T(s0r1)); D(49, w.T(s1), w.T(s1r1), w.T(s0));
  S(50, w.T(s1), w.T(s1l1), w.T(s0)); F(51, w.T(s1), w.T(s0), w.T(b1));
  // Distance.
  F(55, w.W(s0), d_s0b0); F(56, w.T(s0), d_s0b0); F(57, w.W(b0), d_s0b0);
  F(58, w.T(b0), d_s0b0); F(59, w.T(s0), w.T(b0), d_s0b0);
  S(60, w.T(s1), w.T(s0), d_s1s0); S(61, w.W(s1), w.W(s0), d_s1s0);
  F(62, w.W(s0), w.W(b0), d_s0b0);
  // Valency.
  D(65, w.W(s0), s0vr); D(66, w.T(s0), s0vr); S(67, w.W(s0), s0vl);
  S(68, w.T(s0), s0vl); B(69, w.W(b0), b0vl); B(70, w.T(b0), b0vl);
  D(71, w.T(s1), s1vr); S(72, w.T(s1), s1vl);
  // Children: second order.
  S(75, w.W(s0l1)); S(76, w.T(s0l1)); S(77, s.L(s0l1));
  D(78, w.W(s0r1)); D(79, w.T(s0r1)); D(80, s.L(s0r1));
  B(81, w.W(b0l1)); B(82, w.T(b0l1)); B(83, s.L(b0l1));
  D(84, w.T(s1r1)); D(85, s.L(s1r1)); S(86, w.T(s1l1)); S(87, s.L(s1l1));
  S(88, w.T(s0), s.L(s0l1)); D(89, w.T(s0), s.L(s0r1)); B(90, w.T(b0), s.L(b0l1));
  D(91, w.T(s1), s.L(s1r1));
  // Third order.
  S(95, w.W(s0l2)); S(96, w.T(s0l2)); S(97, s.L(s0l2));
  D(98, w.W(s0r2)); D(99, w.T(s0r2)); D(100, s.L(s0r2));
  B(101, w.W(b0l2)); B(102, w.T(b0l2)); B(103, s.L(b0l2));
  S(104, w.T(s0), w.T(s0l1), w.T(s0l2)); D(105, w.T(s0), w.T(s0r1), w.T(s0r2));
  B(106, w.T(b0), w.T(b0l1), w.T(b0l2)); D(107, w.T(s1), w.T(s1r1), w.T(s1r2));
  S(108, w.W(s0), s.L(s0l1), s.L(s0l2)); D(109, w.W(s0), s.L(s0r1), s.L(s0r2));
  B(110, w.W(b0), s.L(b0l1), s.L(b0l2)); S(111, w.T(s0), s.L(s0l1), s.L(s0l2));
  D(112, w.T(s0), s.L(s0r1), s.L(s0r2)); B(113, w.T(b0), s.L(b0l1), s.L(b0l2));
  // Whether s0 already has a subject or object (a cheap label set).
  D(114, w.WT(s0), s.L(s0l1), s.L(s0r1));
  // Morphology.
  S(120, w.TF(s0)); A(121, w.TF(b0)); S(122, w.TF(s1));
  F(123, w.TF(s0), w.TF(b0)); S(124, w.TF(s1), w.TF(s0)); F(125, w.TF(s0), w.T(b0), d_s0b0);
  F(126, w.T(s0), w.TF(b0), d_s0b0); S(127, w.TF(s1), w.TF(s0), d_s1s0);
  // Lemmas: a verb's preferences for its dependents and their case markers.
  S(130, w.LM(s0)); S(131, w.LM(s1)); A(132, w.LM(b0));
  S(133, w.LM(s1), w.W(s0l1)); F(134, w.LM(b0), w.W(s0l1));
  S(135, w.LM(s1), w.TF(s0)); F(136, w.LM(b0), w.TF(s0));
  F(137, w.LM(s0), w.W(b0)); S(138, w.LM(s1), w.W(s0l1), w.T(s0));
  // Word clusters (format 2), only when the model has a table: a few
  // templates, as each one costs time on every transition.
  if (w.has_clusters) {
    S(140, w.C(s0)); A(141, w.C(b0)); S(142, w.C(s1)); A(143, w.C(b1));
    F(144, w.C(s0), w.C(b0)); F(145, w.C(s0), w.T(b0)); F(146, w.T(s0), w.C(b0));
    S(147, w.C(s1), w.C(s0)); S(148, w.C(s1), w.T(s0)); S(149, w.T(s1), w.C(s0));
    S(150, w.C(s0l1), w.T(s0)); D(151, w.C(s0r1), w.T(s0)); F(152, w.C(b0l1), w.T(b0));
    F(153, w.C(s0), w.T(b0), d_s0b0);
  }
  // Label sets (format 3, Zhang & Nivre 2011): which relations a word has
  // already taken on each side, e.g. whether a verb has its subject yet.
  if (label_sets) {
    auto LS = [&](int i) { return i == kNone ? ~uint64_t{0} : s.ls[i]; };
    auto RS = [&](int i) { return i == kNone ? ~uint64_t{0} : s.rs[i]; };
    S(160, w.W(s0), LS(s0)); S(161, w.T(s0), LS(s0));
    D(162, w.W(s0), RS(s0)); D(163, w.T(s0), RS(s0));
    B(164, w.W(b0), LS(b0)); B(165, w.T(b0), LS(b0));
    D(166, w.T(s1), RS(s1)); F(167, w.T(s0), LS(s0), w.T(b0));
  }
}

// The factored model's relation features for the arc head → dep (dep is s0,
// all of whose dependents are attached; head is b0 or s1): the two words,
// their tags, lemmas and morphology, their distance, the dependent's
// leftmost child (the case marker: "by" for obl:agent), the relations each
// already has, the dependent's neighbours in the sentence. Template ids
// continue Features' numbering (part of the model format).
void ArcFeatures(const State& s, const Words& w, int head, int dep, FeatureBuilder* fb) {
  const int h = head, d = dep;
  const int dl1 = s.l1[d], dr1 = s.r1[d];
  const int before = d > 0 ? d - 1 : kNone, after = d + 1;  // d < n, so d + 1 ≤ n (the root)
  const uint64_t dist = Distance(h, d);
  fb->Clear();
  fb->AddFlag(200);
  fb->AddIds(201, w.W(d)); fb->AddIds(202, w.T(d)); fb->AddIds(203, w.WT(d)); fb->AddIds(204, w.LM(d));
  fb->AddIds(205, w.TF(d));
  fb->AddIds(206, w.W(h)); fb->AddIds(207, w.T(h)); fb->AddIds(208, w.WT(h)); fb->AddIds(209, w.LM(h));
  fb->AddIds(210, w.TF(h));
  fb->AddIds(211, w.T(h), w.T(d)); fb->AddIds(212, w.WT(h), w.T(d)); fb->AddIds(213, w.T(h), w.WT(d));
  fb->AddIds(214, w.W(h), w.W(d)); fb->AddIds(215, w.LM(h), w.LM(d)); fb->AddIds(216, w.TF(h), w.TF(d));
  fb->AddIds(217, w.LM(h), w.TF(d)); fb->AddIds(218, w.TF(h), w.LM(d));
  fb->AddIds(219, w.T(h), w.T(d), dist); fb->AddIds(220, w.W(d), dist); fb->AddIds(221, w.T(d), dist);
  fb->AddIds(222, w.W(dl1)); fb->AddIds(223, w.T(dl1)); fb->AddIds(224, s.L(dl1)); fb->AddIds(225, s.L(dr1));
  fb->AddIds(226, w.W(dl1), w.T(h)); fb->AddIds(227, w.W(dl1), w.LM(h)); fb->AddIds(228, w.W(dl1), w.T(d));
  fb->AddIds(229, w.T(d), s.L(dl1), s.L(dr1)); fb->AddIds(230, w.T(d), s.ls[d]); fb->AddIds(231, w.T(d), s.rs[d]);
  fb->AddIds(232, w.T(h), s.ls[h]); fb->AddIds(233, w.T(h), s.rs[h]);
  fb->AddIds(234, s.ls[h], w.T(d)); fb->AddIds(235, s.rs[h], w.T(d));
  fb->AddIds(236, w.T(before), w.T(d)); fb->AddIds(237, w.T(d), w.T(after)); fb->AddIds(238, w.W(after), w.T(d));
  fb->AddIds(240, w.W(h), w.T(d)); fb->AddIds(241, w.T(h), w.W(d));
  fb->AddIds(242, w.T(d), s.nl[d], s.nr[d]); fb->AddIds(243, w.T(h), s.nl[h], s.nr[h]);
  fb->AddIds(250, w.TF(h), w.W(dl1));
  fb->AddIds(251, w.W(dr1)); fb->AddIds(252, w.T(dr1), w.T(d)); fb->AddIds(253, w.T(h), w.T(d), w.T(dl1));
  fb->AddIds(254, w.W(before), w.T(d)); fb->AddIds(255, w.TF(d), w.W(dl1)); fb->AddIds(256, w.LM(h), w.W(dl1), w.T(d));
  fb->AddIds(257, HashCombine(w.T(h), w.T(d)), w.W(dl1), dist); fb->AddIds(258, d == 0 ? 1 : 0, w.T(d));
  fb->AddIds(259, w.W(h), s.ls[h]); fb->AddIds(260, w.W(h), s.rs[h]); fb->AddIds(261, w.T(h), w.T(d), w.T(after));
  if (w.has_clusters) {
    fb->AddIds(244, w.C(d)); fb->AddIds(245, w.C(h)); fb->AddIds(246, w.C(h), w.C(d)); fb->AddIds(247, w.C(d), w.T(h));
  }
}

// Oracle: the cost of each transition, i.e. the arcs of the gold tree that
// it makes unreachable, plus one for a wrong label on the arc it adds.
// Computed once per move (O(n)); labels only add their own term.
struct MoveCosts {
  int shift = 0, left = 0, right = 0;
  int of(Move m) const { return m == kShift ? shift : m == kLeft ? left : right; }
};
MoveCosts CostsOfMoves(const State& s, const std::vector<int>& gold_head) {
  const int s0 = s.S(0), s1 = s.S(1), b = s.b, n = s.n;
  int shift = 0, left = 0, right = 0;
  if (s.b < n) {
    // b can no longer take a head or dependents among the stack below it
    // (except s0 as its head, via RIGHT).
    for (const int x : s.stack) {
      if (gold_head[x] == b) ++shift;
      if (gold_head[b] == x && x != s0) ++shift;
    }
  }
  if (s0 != kNone) {
    int deps_in_buffer = 0;  // s0 can no longer take these dependents
    for (int d = b; d < n; ++d) deps_in_buffer += gold_head[d] == s0;
    const int h = gold_head[s0];
    left = deps_in_buffer + (h != b && (h == s1 || (h > b && h <= n)) ? 1 : 0);
    right = deps_in_buffer + (h != s1 && h >= b && h <= n ? 1 : 0);
  }
  return MoveCosts{shift, left, right};
}

void Costs(const State& s, int labels, const std::vector<int>& gold_head,
           const std::vector<int>& gold_label, const std::vector<bool>& allowed, std::vector<int>* costs) {
  const int s0 = s.S(0), s1 = s.S(1), b = s.b;
  const MoveCosts moves = CostsOfMoves(s, gold_head);
  const int shift = moves.shift, left = moves.left, right = moves.right;
  costs->assign(allowed.size(), 0);
  for (size_t c = 0; c < allowed.size(); ++c) {
    if (!allowed[c]) continue;
    const int cls = static_cast<int>(c);
    switch (Transitions::MoveOf(cls, labels)) {
      case kShift:
        (*costs)[c] = shift;
        break;
      case kLeft:
        (*costs)[c] = left + (gold_head[s0] == b && gold_label[s0] != Transitions::LabelOf(cls, labels));
        break;
      case kRight:
        (*costs)[c] = right + (gold_head[s0] == s1 && gold_label[s0] != Transitions::LabelOf(cls, labels));
        break;
    }
  }
}

int BestAllowed(const float* scores, const std::vector<bool>& allowed) {
  int best = -1;
  for (size_t c = 0; c < allowed.size(); ++c)
    if (allowed[c] && (best < 0 || scores[c] > scores[best])) best = static_cast<int>(c);
  return best;
}

// The factored model's move classes: SHIFT, and LEFT and RIGHT each split
// by the kind of relation the arc takes (the relation's subtype ignored), so
// that the move model has some of the joint model's per-relation weights at
// no cost: all the weights of a feature sit in one 32-byte hash slot. Part of
// the model format.
constexpr int kMoveClasses = 14;
int MoveClassOfArc(Move move, std::string_view deprel) {
  const std::string_view r = deprel.substr(0, deprel.find(':'));
  auto in = [&](std::initializer_list<const char*> set) {
    for (const char* x : set)
      if (r == x) return true;
    return false;
  };
  if (move == kLeft) {  // classes 1..6
    if (in({"nsubj", "csubj", "expl"})) return 1;
    if (in({"det"})) return 2;
    if (in({"case"})) return 3;
    if (in({"mark", "cc"})) return 4;
    if (in({"aux", "cop"})) return 5;
    return 6;
  }
  // RIGHT: classes 7..13
  if (in({"punct"})) return 7;
  if (in({"obj", "iobj", "ccomp", "xcomp"})) return 8;
  if (in({"obl", "nmod"})) return 9;
  if (in({"conj", "parataxis", "appos", "list"})) return 10;
  if (in({"advcl", "acl"})) return 11;
  if (in({"compound", "flat", "fixed", "goeswith"})) return 12;
  return 13;
}
Move MoveOfClass(int mc) { return mc == 0 ? kShift : mc <= 6 ? kLeft : kRight; }
// Each relation's move class as LEFT-l (entry l) and as RIGHT-l (entry L + l).
std::vector<uint8_t> ArcClasses(const std::vector<std::string>& labels) {
  std::vector<uint8_t> out;
  for (const Move m : {kLeft, kRight})
    for (const std::string& l : labels) out.push_back(static_cast<uint8_t>(MoveClassOfArc(m, l)));
  return out;
}

// The factored model's arc: head and dependent of the arc `move` adds.
struct Arc {
  int head, dep;
};
Arc ArcOf(const State& s, Move move) { return Arc{move == kLeft ? s.b : s.S(1), s.S(0)}; }

// The best relation l ≥ 1 for an arc added by `move` (the lowest on ties),
// from label-model scores over LEFT-l then RIGHT-l; with `arc_classes`
// (ArcClasses) non-null, among the relations of move class `want`.
int BestRelation(const float* scores, Move move, int labels, const std::vector<uint8_t>* arc_classes = nullptr,
                 int want = -1) {
  const int side = move == kLeft ? 0 : labels;
  int best = -1;
  for (int l = 1; l < labels; ++l) {
    if (arc_classes != nullptr && (*arc_classes)[side + l] != want) continue;
    if (best < 0 || scores[side + l] > scores[side + best]) best = l;
  }
  return best < 0 ? BestRelation(scores, move, labels) : best;
}

// The joint transition class of `move` with relation `label`.
int ClassOf(Move move, int label, int labels) {
  return move == kShift ? 0 : move == kLeft ? 1 + label : 1 + labels + label;
}

}  // namespace

// ---- inference ------------------------------------------------------------------

void Parser::Parse(std::span<Token> tokens) const {
  if (tokens.empty()) return;
  thread_local State s;
  thread_local Words w;
  thread_local FeatureBuilder fb;
  thread_local std::vector<float> scores, label_scores;
  const int labels = static_cast<int>(labels_.size());
  const int n = static_cast<int>(tokens.size());
  w.Fill(tokens, &clusters_);
  s.Reset(n);
  scores.resize(model_.num_classes());
  label_scores.resize(label_model_.num_classes());
  // The joint compact model keeps the scores of each group of templates
  // (FeatureGroup) while the transitions leave them unchanged: the buffer's
  // until a SHIFT (b0's left children's also until a LEFT), and the stack's
  // per stack depth, since what lies below the top never changes: an entry
  // is recomputed when a SHIFT puts a new word at its depth, and its
  // children's part also when a RIGHT gives the word there a child.
  // Exact: a compact model's scores are integer sums scaled once.
  thread_local FeatureBuilder group_fb[kNumFeatureGroups];
  thread_local std::vector<int32_t> buffer_acc, children_acc, acc, stack_acc, stack_children_acc;
  thread_local std::vector<uint8_t> stack_valid, stack_children_valid;
  const bool reuse = !factored_ && model_.compact();
  const size_t n_classes = static_cast<size_t>(model_.num_classes());
  buffer_acc.resize(n_classes);
  children_acc.resize(n_classes);
  acc.resize(n_classes);
  // Stack depths 1..n (one row of sums per depth).
  stack_acc.resize(static_cast<size_t>(n + 1) * n_classes);
  stack_children_acc.resize(static_cast<size_t>(n + 1) * n_classes);
  stack_valid.assign(static_cast<size_t>(n + 1), 0);
  stack_children_valid.assign(static_cast<size_t>(n + 1), 0);
  bool buffer_valid = false, children_valid = false;
  auto Step = [&](int cls) {
    const Move move = Transitions::MoveOf(cls, labels);
    if (move == kShift) buffer_valid = false;
    if (move != kRight) children_valid = false;
    Apply(&s, cls, labels);
    const size_t depth = s.stack.size();
    if (move == kShift) stack_valid[depth] = stack_children_valid[depth] = 0;
    if (move == kRight) stack_children_valid[depth] = 0;
  };
  // Adds the scores of group g's features to sums[0, n_classes), after
  // zeroing them.
  auto Sum = [&](FeatureGroup g, int32_t* sums) {
    std::fill(sums, sums + n_classes, 0);
    model_.AddScores(group_fb[g].features(), sums);
  };
  ClassRange ranges[3];
  while (!s.Terminal()) {
    const int n_ranges = LegalRanges(s, labels, ranges);
    // Where a single transition is legal, the scores could not change the
    // choice, so they are not computed: SHIFT on an empty stack (every
    // sentence's first move and each time LEFT empties the stack), LEFT-root
    // for the last word on the stack once the buffer holds only the root.
    if (n_ranges == 1 && ranges[0].last - ranges[0].first == 1) {
      Step(ranges[0].first);
      continue;
    }
    int cls = -1;
    if (!factored_) {
      if (reuse) {
        const size_t depth = s.stack.size();
        int32_t* stack_sums = &stack_acc[depth * n_classes];
        int32_t* stack_children_sums = &stack_children_acc[depth * n_classes];
        const FeatureGroups groups{&group_fb[kStep], buffer_valid ? nullptr : &group_fb[kBuffer],
                                   children_valid ? nullptr : &group_fb[kBufferChildren],
                                   stack_valid[depth] ? nullptr : &group_fb[kStack],
                                   stack_children_valid[depth] ? nullptr : &group_fb[kStackChildren]};
        Features(s, w, label_sets_, dropped_, groups);
        if (!buffer_valid) Sum(kBuffer, buffer_acc.data());
        if (!children_valid) Sum(kBufferChildren, children_acc.data());
        if (!stack_valid[depth]) Sum(kStack, stack_sums);
        if (!stack_children_valid[depth]) Sum(kStackChildren, stack_children_sums);
        buffer_valid = children_valid = true;
        stack_valid[depth] = stack_children_valid[depth] = 1;
        for (size_t c = 0; c < n_classes; ++c)
          acc[c] = buffer_acc[c] + children_acc[c] + stack_sums[c] + stack_children_sums[c];
        model_.AddScores(group_fb[kStep].features(), acc.data());
        model_.Scale(acc.data(), scores.data());
      } else {
        Features(s, w, label_sets_, dropped_, &fb);
        model_.Score(fb.features(), scores.data());
      }
      // The best legal class, the lowest on ties (as BestAllowed).
      for (int r = 0; r < n_ranges; ++r)
        for (int c = ranges[r].first; c < ranges[r].last; ++c)
          if (cls < 0 || scores[c] > scores[cls]) cls = c;
    } else {
      // The best legal move class (the lowest on ties), then its arc's
      // relation, of the kind the class says. Each range holds one move's
      // classes: with one range the move is known without scoring (RIGHT,
      // when only the root is left in the buffer), and the relation is then
      // chosen among all.
      int move = n_ranges == 1 ? Transitions::MoveOf(ranges[0].first, labels) : -1;
      int move_class = -1;
      if (n_ranges > 1) {
        Features(s, w, label_sets_, dropped_, &fb);
        model_.Score(fb.features(), scores.data());
        for (int mc = 0; mc < kMoveClasses; ++mc) {
          const Move m = MoveOfClass(mc);
          bool legal = false;
          for (int r = 0; r < n_ranges; ++r) legal |= Transitions::MoveOf(ranges[r].first, labels) == m;
          if (legal && (move_class < 0 || scores[mc] > scores[move_class])) move_class = mc;
        }
        move = MoveOfClass(move_class);
      }
      if (move == kShift) {
        cls = 0;
      } else if (move == kLeft && s.b == s.n) {
        cls = 1;  // onto the artificial root: always "root"
      } else if (move >= 0) {
        const Arc arc = ArcOf(s, static_cast<Move>(move));
        ArcFeatures(s, w, arc.head, arc.dep, &fb);
        label_model_.Score(fb.features(), label_scores.data());
        cls = ClassOf(static_cast<Move>(move),
                      BestRelation(label_scores.data(), static_cast<Move>(move), labels,
                                   move_class < 0 ? nullptr : &arc_classes_, move_class),
                      labels);
      }
    }
    if (cls < 0) break;  // cannot happen: some transition is always legal
    Step(cls);
  }
  for (int i = 0; i < n; ++i) {
    const int h = s.head[i];
    tokens[i].head = h == kNone ? 0 : h == n ? 0 : h + 1;
    tokens[i].deprel = s.label[i] == kNone ? "dep" : labels_[s.label[i]];
  }
}

// ---- file format ----------------------------------------------------------------

std::string FormatTemplateList(const TemplateMask& templates) {
  std::string out;
  for (size_t t = 0; t < templates.size(); ++t)
    if (templates[t]) {
      if (!out.empty()) out += ',';
      out += std::to_string(t);
    }
  return out;
}

Result<TemplateMask> ParseTemplateList(std::string_view list) {
  TemplateMask mask;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t comma = list.find(',', pos);
    if (comma == std::string_view::npos) comma = list.size();
    const std::string_view item = list.substr(pos, comma - pos);
    uint32_t id = 0;
    const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), id);
    if (item.empty() || error != std::errc() || end != item.data() + item.size() || id < 2 ||
        id >= mask.size()) {
      std::string message = "'";
      message.append(item);
      message += "' is not a template id (2 to " + std::to_string(mask.size() - 1) + ")";
      return Status::InvalidInput(message);
    }
    mask.set(id);
    pos = comma + 1;
  }
  return mask;
}

Status Parser::Save(const std::string& path, const std::map<std::string, std::string>& settings) const {
  const bool with_clusters = clusters_.size() > 0;
  // The oldest version that has every template the model uses, so that files
  // without the newer templates stay readable by older builds.
  ContainerWriter c("parser", dropped_.any() ? 5 : factored_ ? 4 : label_sets_ ? 3 : with_clusters ? 2 : 1);
  for (const auto& [k, v] : settings) c.SetSetting(k, v);
  c.SetSetting("lang", lang_);
  if (factored_ || dropped_.any()) c.SetSetting("label_sets", label_sets_ ? "1" : "0");
  if (dropped_.any()) c.SetSetting("dropped_templates", FormatTemplateList(dropped_));
  c.AddSection("model", model_.SerializeCompact());
  if (factored_) c.AddSection("label-model", label_model_.SerializeCompact());
  ByteWriter w;
  w.U32(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) w.Str(l);
  c.AddSection("labels", std::move(w.bytes()));
  if (with_clusters) c.AddSection("clusters", clusters_.Serialize());
  return c.Write(path);
}

Result<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  auto c = Container::Open(path, "parser", kKindVersion);
  if (!c.ok()) return c.status();
  // Format 1 has no cluster templates: a table in such a file would be
  // ignored by the builds it was meant for, so the file is not one we wrote.
  if (c->kind_version() < 2 && c->HasSection("clusters"))
    return Status::Corrupt(path + ": a parser of format 1 with a 'clusters' section; rebuild it with "
                           "'strabo train parser'");
  auto p = std::make_unique<Parser>();
  p->lang_ = c->Setting("lang");
  p->factored_ = c->kind_version() == 4;
  if (c->kind_version() == 5) {
    auto dropped = ParseTemplateList(c->Setting("dropped_templates"));
    if (!dropped.ok() || dropped->none())
      return Status::Corrupt(path + ": a parser of format 5 needs a list of template ids in its "
                             "'dropped_templates' setting; rebuild it with 'strabo train parser'");
    p->dropped_ = *dropped;
  }
  p->label_sets_ = c->kind_version() >= 4 ? c->Setting("label_sets") == "1" : c->kind_version() >= 3;
  auto bytes = c->Section("model");
  if (!bytes.ok()) return bytes.status();
  auto model = LinearModel::Deserialize(*bytes, path + ": section model");
  if (!model.ok()) return model.status();
  p->model_ = std::move(model.value());
  if (p->factored_) {
    auto label_bytes = c->Section("label-model");
    if (!label_bytes.ok()) return label_bytes.status();
    auto label_model = LinearModel::Deserialize(*label_bytes, path + ": section label-model");
    if (!label_model.ok()) return label_model.status();
    p->label_model_ = std::move(label_model.value());
  }
  auto label_bytes = c->Section("labels");
  if (!label_bytes.ok()) return label_bytes.status();
  ByteReader r(*label_bytes);
  const uint32_t n = r.U32();
  for (uint32_t i = 0; i < n && r.ok() && i < 4096; ++i) p->labels_.emplace_back(r.Str());
  const int num_labels = static_cast<int>(p->labels_.size());
  p->arc_classes_ = ArcClasses(p->labels_);
  const bool classes_match = p->factored_ ? p->model_.num_classes() == kMoveClasses &&
                                                p->label_model_.num_classes() == 2 * num_labels && num_labels >= 2
                                          : p->model_.num_classes() == 1 + 2 * num_labels;
  if (!r.ok() || !r.at_end() || p->labels_.empty() || p->labels_[0] != "root" || !classes_match)
    return Status::Corrupt(path + ": parser labels do not match its model; rebuild it with "
                           "'strabo train parser'");
  if (c->HasSection("clusters")) {
    auto cluster_bytes = c->Section("clusters");
    if (!cluster_bytes.ok()) return cluster_bytes.status();
    auto clusters = WordClusters::Deserialize(*cluster_bytes, path + ": section clusters");
    if (!clusters.ok()) return clusters.status();
    p->clusters_ = std::move(clusters.value());
  }
  return p;
}

// ---- evaluation and training -------------------------------------------------------

ParseScores EvaluateParser(const Parser& parser, const std::vector<ParseSentence>& gold) {
  ParseScores sc;
  size_t uas = 0, las = 0;
  std::vector<Token> tokens;
  for (const ParseSentence& s : gold) {
    tokens.assign(s.size(), Token());
    for (size_t i = 0; i < s.size(); ++i) {
      tokens[i].form = s[i].form;
      tokens[i].upos = s[i].upos;
      tokens[i].feats = s[i].feats;
      tokens[i].lemma = s[i].lemma;
    }
    parser.Parse(tokens);
    for (size_t i = 0; i < s.size(); ++i) {
      if (tokens[i].head != s[i].head) continue;
      ++uas;
      las += tokens[i].deprel == s[i].deprel;
    }
    sc.words += s.size();
  }
  const double n = sc.words ? static_cast<double>(sc.words) : 1.0;
  sc.uas = 100.0 * uas / n;
  sc.las = 100.0 * las / n;
  return sc;
}

class ParserTrainer {
 public:
  static Result<std::unique_ptr<Parser>> Train(const std::vector<ParseSentence>& train,
                                               const std::vector<ParseSentence>& dev,
                                               const ParserTrainOptions& o, ParseScores* best_dev);
};

Result<std::unique_ptr<Parser>> TrainParser(const std::vector<ParseSentence>& train,
                                            const std::vector<ParseSentence>& dev,
                                            const ParserTrainOptions& options, ParseScores* best_dev) {
  return ParserTrainer::Train(train, dev, options, best_dev);
}

Result<std::unique_ptr<Parser>> ParserTrainer::Train(const std::vector<ParseSentence>& train,
                                                     const std::vector<ParseSentence>& dev,
                                                     const ParserTrainOptions& o, ParseScores* best_dev) {
  if (train.empty()) return Status::InvalidInput("no training sentences");
  TemplateMask dropped;
  for (uint32_t t : o.dropped_templates) {
    if (t < 2 || t >= dropped.size())
      return Status::InvalidInput("template " + std::to_string(t) + " cannot be dropped (ids 2 to " +
                                  std::to_string(dropped.size() - 1) + ", as in Features())");
    dropped.set(t);
  }
  if (dropped.any() && o.factored)
    return Status::InvalidInput("dropping templates is for the joint model, not the factored one");
  auto log = [&](const std::string& line) {
    if (o.log) o.log(line);
  };
  // Labels: "root" first, then the others sorted.
  std::map<std::string, int> label_id;
  for (const ParseSentence& s : train)
    for (const ParseWord& w : s)
      if (w.deprel != "root") label_id[w.deprel] = 0;
  std::vector<std::string> labels = {"root"};
  for (auto& [l, id] : label_id) {
    id = static_cast<int>(labels.size());
    labels.push_back(l);
  }
  label_id["root"] = 0;
  const int num_labels = static_cast<int>(labels.size());
  log("parser: " + std::to_string(train.size()) + " training sentences, " + std::to_string(num_labels) +
      " relations, " + std::to_string(1 + 2 * num_labels) + " transitions");

  // Gold in the parser's indexing: head n is the root.
  struct Gold {
    std::vector<Token> tokens;
    std::vector<int> head, label;
  };
  std::vector<Gold> gold(train.size());
  for (size_t k = 0; k < train.size(); ++k) {
    const ParseSentence& s = train[k];
    const int n = static_cast<int>(s.size());
    Gold& g = gold[k];
    g.tokens.resize(n);
    g.head.assign(n + 1, kNone);
    g.label.assign(n + 1, 0);
    for (int i = 0; i < n; ++i) {
      g.tokens[i].form = s[i].form;
      g.tokens[i].upos = s[i].upos;
      g.tokens[i].feats = s[i].feats;
      g.tokens[i].lemma = s[i].lemma;
      g.head[i] = s[i].head == 0 ? n : s[i].head - 1;
      g.label[i] = s[i].head == 0 ? 0 : label_id[s[i].deprel];
    }
  }

  // Joint: one classifier over the 1 + 2L transitions. Factored: `trainer`
  // scores the move classes and `label_trainer` the relations of arcs.
  PerceptronTrainer trainer(o.factored ? kMoveClasses : 1 + 2 * num_labels);
  const std::vector<uint8_t> arc_classes = ArcClasses(labels);
  PerceptronTrainer label_trainer(2 * num_labels);
  std::mt19937 rng(o.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  const WordClusters no_clusters;
  const WordClusters& clusters = o.clusters ? *o.clusters : no_clusters;
  if (clusters.size() > 0)
    log("parser: word clusters for " + std::to_string(clusters.size()) + " words in " +
        std::to_string(clusters.num_clusters()) + " classes");
  State s;
  Words w;
  FeatureBuilder fb;
  std::vector<bool> allowed;
  std::vector<float> scores(1 + 2 * num_labels), label_scores(2 * num_labels);
  std::vector<int> costs(1 + 2 * num_labels);
  BestEpoch<Parser, ParseScores> best(o.patience);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t steps = 0, errors = 0, arcs = 0, label_errors = 0;
    // One step of the perceptron with the dynamic oracle, on the features in
    // `fb`: a guess that costs more than the best gold class is an error,
    // learnt from and, after the first epoch, followed with probability
    // `explore`. Returns the class to follow.
    auto Learn = [&](int guess, int best_gold, bool wrong) {
      ++steps;
      int next = best_gold;
      if (wrong) {
        ++errors;
        trainer.Update(fb.features(), best_gold, guess);
        if (epoch > 1 && coin(rng) < o.explore) next = guess;
      }
      trainer.Tick();
      return next;
    };
    for (size_t k : order) {
      const Gold& g = gold[k];
      w.Fill(g.tokens, &clusters);
      s.Reset(static_cast<int>(g.tokens.size()));
      while (!s.Terminal() && o.factored) {
        // The move class, by the dynamic oracle's structural costs plus one
        // for an arc of the gold tree given the wrong kind of relation.
        Legal(s, num_labels, &allowed);
        bool legal_move[3] = {false, false, false};
        for (size_t c = 0; c < allowed.size(); ++c)
          if (allowed[c]) legal_move[Transitions::MoveOf(static_cast<int>(c), num_labels)] = true;
        Features(s, w, o.label_sets, dropped, &fb);
        trainer.Score(fb.features(), scores.data());
        const MoveCosts moves = CostsOfMoves(s, g.head);
        int cost[kMoveClasses];
        const int s0 = s.S(0);
        for (int mc = 0; mc < kMoveClasses; ++mc) {
          const Move m = MoveOfClass(mc);
          cost[mc] = moves.of(m);
          if (m == kShift) continue;
          const Arc arc = ArcOf(s, m);
          const bool gold_arc = s0 != kNone && arc.head != kNone && g.head[s0] == arc.head;
          if (gold_arc && arc_classes[(m == kLeft ? 0 : num_labels) + g.label[s0]] != mc) ++cost[mc];
        }
        int min_cost = std::numeric_limits<int>::max();
        for (int mc = 0; mc < kMoveClasses; ++mc)
          if (legal_move[MoveOfClass(mc)]) min_cost = std::min(min_cost, cost[mc]);
        int guess = -1, best_gold = -1;
        for (int mc = 0; mc < kMoveClasses; ++mc) {
          if (!legal_move[MoveOfClass(mc)]) continue;
          if (guess < 0 || scores[mc] > scores[guess]) guess = mc;
          if (cost[mc] == min_cost && (best_gold < 0 || scores[mc] > scores[best_gold])) best_gold = mc;
        }
        const Move move = MoveOfClass(Learn(guess, best_gold, cost[guess] != min_cost));
        int label = 0;  // SHIFT, and LEFT onto the root
        if (move != kShift && !(move == kLeft && s.b == s.n)) {
          // The relation: learnt on arcs the gold tree has, predicted on others
          // (their relation still feeds later features).
          const Arc arc = ArcOf(s, move);
          ArcFeatures(s, w, arc.head, arc.dep, &fb);
          label_trainer.Score(fb.features(), label_scores.data());
          label = BestRelation(label_scores.data(), move, num_labels);
          if (g.head[arc.dep] == arc.head) {
            ++arcs;
            const int side = move == kLeft ? 0 : num_labels;
            const int truth = g.label[arc.dep];
            if (label != truth) {
              ++label_errors;
              label_trainer.Update(fb.features(), side + truth, side + label);
              if (!(epoch > 1 && coin(rng) < o.explore)) label = truth;
            }
            label_trainer.Tick();
          }
        }
        Apply(&s, ClassOf(move, label, num_labels), num_labels);
      }
      while (!s.Terminal()) {
        Legal(s, num_labels, &allowed);
        Features(s, w, o.label_sets, dropped, &fb);
        trainer.Score(fb.features(), scores.data());
        Costs(s, num_labels, g.head, g.label, allowed, &costs);
        int min_cost = std::numeric_limits<int>::max();
        for (size_t c = 0; c < allowed.size(); ++c)
          if (allowed[c]) min_cost = std::min(min_cost, costs[c]);
        const int guess = BestAllowed(scores.data(), allowed);
        int best_gold = -1;
        for (size_t c = 0; c < allowed.size(); ++c)
          if (allowed[c] && costs[c] == min_cost && (best_gold < 0 || scores[c] > scores[best_gold]))
            best_gold = static_cast<int>(c);
        Apply(&s, Learn(guess, best_gold, costs[guess] != min_cost), num_labels);
      }
    }
    auto candidate = std::make_unique<Parser>();
    candidate->lang_ = o.lang;
    candidate->labels_ = labels;
    candidate->clusters_ = clusters;
    candidate->label_sets_ = o.label_sets;
    candidate->dropped_ = dropped;
    candidate->factored_ = o.factored;
    candidate->arc_classes_ = arc_classes;
    candidate->model_ = trainer.Average(o.min_weight);
    if (o.factored) candidate->label_model_ = label_trainer.Average(o.min_weight);
    char line[256];
    std::snprintf(line, sizeof line, "parser epoch %d/%d: %.2f%% of %zu %s wrong, %zu features", epoch, o.epochs,
                  100.0 * errors / std::max<size_t>(steps, 1), steps, o.factored ? "moves" : "transitions",
                  candidate->num_features());
    std::string msg = line;
    if (o.factored) {
      std::snprintf(line, sizeof line, ", %.2f%% of %zu relations wrong",
                    100.0 * label_errors / std::max<size_t>(arcs, 1), arcs);
      msg += line;
    }
    double score = epoch;
    ParseScores d;
    if (!dev.empty()) {
      d = EvaluateParser(*candidate, dev);
      std::snprintf(line, sizeof line, "; dev UAS %.2f%% LAS %.2f%% (%zu words)", d.uas, d.las, d.words);
      msg += line;
      score = d.las;
    }
    if (best.Offer(std::move(candidate), score, d)) msg += " *";
    log(msg);
    if (!dev.empty() && best.ShouldStop()) {
      log("parser: no dev gain for " + std::to_string(best.patience()) + " epochs, stopping");
      break;
    }
  }
  if (best_dev) *best_dev = best.scores();
  return best.Take();
}

}  // namespace strabo

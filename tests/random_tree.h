// Random dependency trees over a sentence's words, for the randomized tests
// and the events fuzzer (fuzz/events_fuzzer.cc): parses no parser model gave,
// within what the parse stage promises the stages after it.
#pragma once

#include <cstddef>
#include <numeric>
#include <span>
#include <utility>
#include <vector>

#include "strabo/document.h"

namespace strabo::testing {

// The UD relations the events coder and its parse view's mends read
// (src/events), besides "root".
inline constexpr const char* kTreeRelations[] = {
    "nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj", "obl", "obl:agent", "obl:tmod", "nmod",
    "nmod:unmarked", "nmod:poss", "amod", "advmod", "acl", "acl:relcl", "advcl", "xcomp",
    "ccomp", "csubj", "csubj:pass", "conj", "cc", "case", "mark", "det", "compound",
    "compound:prt", "appos", "punct", "aux", "aux:pass", "cop", "parataxis", "nummod", "flat",
    "fixed", "expl", "expl:pv", "expl:pass", "dep", "vocative", "discourse", "dislocated",
    "reparandum", "list"};

// Gives `words` (one sentence) a random tree as the parse stage would leave
// it (Token::head 1-based, 0 for the root): the words in a random order, the
// first the root, each later one hung on a word placed before it, so the
// result is always a tree (heads in range, one root, no cycle), projective or
// not. Relations other than the root's are drawn from `relations`.
// `pick(bound)` returns a choice in [0, bound): a random engine's in the
// tests, the input bytes' in the fuzzer.
template <class Pick>
void HangAsRandomTree(std::span<Token> words, std::span<const char* const> relations, Pick&& pick) {
  const size_t n = words.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (size_t k = n; k > 1; --k) std::swap(order[k - 1], order[pick(k)]);  // Fisher-Yates
  for (size_t k = 0; k < n; ++k) {
    Token& t = words[order[k]];
    if (k == 0) {
      t.head = 0;
      t.deprel = "root";
    } else {
      t.head = static_cast<int>(order[pick(k)]) + 1;
      t.deprel = relations[pick(relations.size())];
    }
  }
}

}  // namespace strabo::testing

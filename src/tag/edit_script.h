// Lemma edit scripts: how to turn a word form into its lemma by its end.
//
// A script is "<case>|<strip>|<append>": case 'k' keeps the form as written,
// 'l' case-folds it first; then <strip> code points are removed from the end
// and <append> is added. "detuvieron" → "detener" is "k|7|ener"; "Police" →
// "police" is "l|0|"; "was" → "be" is "k|3|be". Scripts are learned from a
// treebank: the tagger picks one per word, so unseen forms of a known
// inflection class get the right lemma.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace strabo {

// Byte length of the longest common prefix of a and b, on code point boundaries.
size_t CommonPrefix(std::string_view a, std::string_view b);

// The shortest script that turns `form` into `lemma`.
std::string MakeEditScript(std::string_view form, std::string_view lemma);

// Applies `script` to `form`; nothing when the script does not fit (strips
// more than the word has) or is malformed. `kept`, when given, receives how
// many code points of the form the lemma keeps.
std::optional<std::string> ApplyEditScript(std::string_view script, std::string_view form,
                                           size_t* kept = nullptr);

}  // namespace strabo

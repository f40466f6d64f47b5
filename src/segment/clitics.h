// Spanish enclitic pronouns: "detenerlos" → "detener" "los", "dárselo" →
// "dar" "se" "lo", "transmitiéndose" → "transmitiendo" "se", as Universal
// Dependencies (Spanish GSD) writes them.
//
// A word is split only when what is left is a verb: an infinitive found in
// the verb list data/es-verbs.txt ("parte", "suerte", "cuadernos" and
// "Carla" are not "par"/"suer"/"cuader"/"car" + pronoun), or a gerund or an
// infinitive with two pronouns whose written accent shows them ("-ándolo",
// "-iéndose", "-árselo"). Without the verb list (it is looked up on the
// default resource path, see util/resources.h) only the accented forms are
// split.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace strabo {

// The words of `surface` (one Spanish word token), or nothing when it is not
// a verb with enclitic pronouns. The verb keeps the case of the surface and
// loses the accent the pronouns required ("Dárselo" → "Dar" "se" "lo").
std::vector<std::string> SplitSpanishClitics(std::string_view surface);

}  // namespace strabo

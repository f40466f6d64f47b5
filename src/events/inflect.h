// Word forms for the event lexicons.
//
// The lexicons list nouns and adjectives once, in their dictionary form
// ("security force", "marroquí"); at load time the forms news text uses are
// generated from them (plural "security forces"; Spanish gender and number
// "marroquíes", "alemana", "franceses"), so the matcher works on surface
// forms whether or not a token carries a lemma. Irregular forms the rules
// miss are listed in the lexicons themselves.
//
// LemmaCandidates is the reverse direction, a stopgap for text that has not
// been through the tagger (Token::lemma empty): the possible dictionary forms
// of a surface word, to be checked against a lexicon. It over-generates on
// purpose; the lexicon decides which candidate is a word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace strabo::events {

// The plural(s) of an English or Spanish noun phrase whose last word is the
// head ("security force" → "security forces"; "fuerza de seguridad" →
// "fuerzas de seguridad": in Spanish the first word is the head when the
// phrase has a "de" complement). Lower-case input; lang "en" or "es".
std::vector<std::string> NounPlurals(std::string_view lang, std::string_view singular);

// Every form of a Spanish adjective or demonym given its masculine singular
// ("alemán" → alemán, alemana, alemanes, alemanas); for English, the word
// and its plural as a demonym noun ("Moroccan" → Moroccan, Moroccans).
std::vector<std::string> AdjectiveForms(std::string_view lang, std::string_view masculine);

// Possible lemmas of a surface word (already WordKey-folded), the word itself
// first. For English: plural nouns, -s/-ed/-ing verb forms and a table of
// irregular verbs; for Spanish: plural and feminine forms and the common
// verb endings.
std::vector<std::string> LemmaCandidates(std::string_view lang, std::string_view word);

// Whether a (WordKey-folded) English word is a form of an irregular verb in
// the table LemmaCandidates reads ("shot", "beat", "fought"; not "men").
bool IsEnglishIrregularVerbForm(std::string_view word);

// Whether a (WordKey-folded) English word is an irregular noun plural in that
// table ("men", "gunmen", "policemen").
bool IsEnglishIrregularNounPlural(std::string_view word);

}  // namespace strabo::events

#include "segment/clitics.h"

#include <mutex>
#include <unordered_set>

#include "util/file.h"
#include "util/resources.h"
#include "util/text.h"

namespace strabo {
namespace {

// The verb list, loaded once from the default resource path.
const std::unordered_set<std::string>& Verbs() {
  static std::unordered_set<std::string>* verbs = [] {
    auto* set = new std::unordered_set<std::string>();
    auto path = FindResource("data/es-verbs.txt", "");
    if (!path.ok()) return set;
    auto data = ReadFile(*path);
    if (!data.ok()) return set;
    size_t pos = 0;
    while (pos < data->size()) {
      size_t end = data->find('\n', pos);
      if (end == std::string::npos) end = data->size();
      if (end > pos && (*data)[pos] != '#') set->emplace(data->substr(pos, end - pos));
      pos = end + 1;
    }
    return set;
  }();
  return *verbs;
}

// Pronouns that attach to verbs ("os" is left out: "-eros", "-aros" endings
// of nouns are far more common than vosotros imperatives).
constexpr std::string_view kLast[] = {"los", "las", "les", "nos", "lo", "la", "le", "me", "te", "se"};
constexpr std::string_view kFirst[] = {"nos", "me", "te", "se", "le"};

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// Replaces the first accented vowel among á é í ó with its plain form;
// returns whether there was one.
bool StripAccent(std::string* s) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"á", "a"}, {"é", "e"}, {"í", "i"}, {"ó", "o"}, {"Á", "A"}, {"É", "E"}, {"Í", "I"}, {"Ó", "O"}};
  size_t best = std::string::npos;
  std::string_view from, to;
  for (const auto& [a, b] : kPairs) {
    const size_t at = s->rfind(a);
    if (at != std::string::npos && (best == std::string::npos || at > best)) best = at, from = a, to = b;
  }
  if (best == std::string::npos) return false;
  s->replace(best, from.size(), to);
  return true;
}

}  // namespace

std::vector<std::string> SplitSpanishClitics(std::string_view surface) {
  const std::string lower = FoldCase(surface);
  if (lower.size() != surface.size() || lower.size() < 5) return {};  // case folding changed lengths
  for (std::string_view last : kLast) {
    if (!EndsWith(lower, last)) continue;
    for (int n = 1; n <= 2; ++n) {
      std::string_view first;
      size_t stem_len = lower.size() - last.size();
      if (n == 2) {
        bool found = false;
        for (std::string_view f : kFirst) {
          if (stem_len > f.size() && std::string_view(lower).substr(0, stem_len).ends_with(f)) {
            first = f;
            stem_len -= f.size();
            found = true;
            break;
          }
        }
        if (!found) continue;
      }
      if (stem_len < 3) continue;
      std::string stem = lower.substr(0, stem_len);
      const bool accented = StripAccent(&stem);
      const bool infinitive = EndsWith(stem, "ar") || EndsWith(stem, "er") || EndsWith(stem, "ir");
      const bool gerund = EndsWith(stem, "ando") || EndsWith(stem, "iendo") || EndsWith(stem, "yendo");
      bool verb = false;
      if (gerund) verb = accented;  // "-ándolo", "-iéndose": the accent shows the pronoun
      // An infinitive takes an accent only with two pronouns ("dárselo"), which
      // no noun looks like; with one, the verb list decides.
      else if (infinitive) verb = n == 1 ? !accented && Verbs().count(stem) > 0 : accented;
      if (!verb) continue;
      // Rebuild the words in the case of the surface.
      std::string verb_form(surface.substr(0, stem_len));
      std::string plain = verb_form;
      if (accented) StripAccent(&plain);
      std::vector<std::string> words = {plain};
      size_t at = stem_len;
      if (n == 2) {
        words.emplace_back(surface.substr(at, first.size()));
        at += first.size();
      }
      words.emplace_back(surface.substr(at));
      return words;
    }
  }
  return {};
}

}  // namespace strabo

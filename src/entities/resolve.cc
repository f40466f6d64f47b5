#include "entities/resolve.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <set>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo::ner {
namespace {

char32_t FirstCp(std::string_view w) {
  size_t pos = 0;
  return w.empty() ? 0 : DecodeUtf8(w, &pos);
}

bool StartsUpper(std::string_view w) { return IsUpper(FirstCp(w)); }

bool IsConnective(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "of", "the", "and", "for", "on", "in", "at", "de", "del", "la", "las", "los", "el", "y",
      "e", "du", "des", "et", "le", "&", "-"};
  return kWords.count(w) > 0;
}

// An acronym-looking word: 2-10 characters, capital letters (and dots), at
// most one lower-case letter ("DGSN", "U.N.", "BCIJ", "PSOE").
bool LooksLikeAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 12) return false;
  int upper = 0, lower = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= 'a' && c <= 'z') ++lower;
    else if (c != '.' && c != '-' && c != '&') return false;
  }
  return upper >= 2 && lower <= 1;
}

bool Overlaps(const Mention& m, uint32_t sentence, uint32_t begin, uint32_t end) {
  return m.sentence == sentence && m.span.begin < end && begin < m.span.end;
}

std::string Key(const SentenceWords& s, uint32_t sentence, TokenSpan span) {
  std::string key;
  for (uint32_t i = span.begin; i < span.end; ++i) {
    if (i > span.begin) key.push_back(' ');
    key.append(s[sentence][i]);
  }
  return key;
}

void SortMentions(std::vector<Mention>* mentions) {
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.span.begin < b.span.begin;
  });
}

}  // namespace

bool AcronymFits(std::string_view acronym, std::span<const std::string_view> words, bool exact) {
  std::array<int, 26> need{}, have{};
  int letters = 0;
  for (char c : acronym)
    if (c >= 'A' && c <= 'Z') ++need[c - 'A'], ++letters;
  if (letters < 2) return false;
  int initials = 0;
  for (std::string_view w : words) {
    if (!StartsUpper(w)) continue;
    const char32_t cp = FirstCp(FoldCase(w.substr(0, std::min<size_t>(w.size(), 4))));
    if (cp >= 'a' && cp <= 'z') ++have[cp - 'a'];
    ++initials;
  }
  // Every acronym letter is an initial; at most one initial is left out and
  // at most one acronym letter comes from elsewhere ("DGSN": Sûreté).
  int missing = 0, used = 0;
  for (int k = 0; k < 26; ++k) {
    missing += std::max(0, need[k] - have[k]);
    used += std::min(need[k], have[k]);
  }
  return missing == 0 && initials - used <= (exact ? 0 : 1) && used >= 2;
}

void ResolveDocument(const SentenceWords& sentences, const AliasTable& aliases,
                     const Gazetteer* gazetteer,
                     const std::function<std::string(uint32_t, uint32_t, uint32_t)>& text_of,
                     std::vector<Mention>* mentions) {
  auto find_exact = [&](uint32_t s, uint32_t b, uint32_t e) -> Mention* {
    for (Mention& m : *mentions)
      if (m.sentence == s && m.span.begin == b && m.span.end == e) return &m;
    return nullptr;
  };
  auto overlapping = [&](uint32_t s, uint32_t b, uint32_t e) {
    for (const Mention& m : *mentions)
      if (Overlaps(m, s, b, e)) return true;
    return false;
  };
  // Removes mentions inside [b, e) and adds one spanning it.
  auto replace = [&](uint32_t s, uint32_t b, uint32_t e, EntityType type, std::string name) {
    std::erase_if(*mentions, [&](const Mention& m) { return Overlaps(m, s, b, e); });
    mentions->push_back({s, {b, e, type}, std::move(name)});
  };

  // 1. Aliases.
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    for (const AliasMatch& am : aliases.Match(sentences[s])) {
      const Alias& a = aliases.at(am.alias);
      if (Mention* m = find_exact(s, am.begin, am.end)) {
        m->span.type = a.type;
        m->name = a.canonical;
        continue;
      }
      if (a.weak) continue;
      // A longer tagged name around the alias ("Islamic State group") stays.
      bool inside_longer = false;
      for (const Mention& m : *mentions)
        if (m.sentence == s && m.span.begin <= am.begin && am.end <= m.span.end) inside_longer = true;
      if (!inside_longer) replace(s, am.begin, am.end, a.type, a.canonical);
    }
  }

  // 2. Acronym definitions: "... Long Name ( ACR ) ...".
  struct Definition {
    EntityType type;
    std::string name;
  };
  std::map<std::string, Definition, std::less<>> acronyms;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& w = sentences[s];
    for (uint32_t k = 1; k + 2 < w.size(); ++k) {
      if (w[k] != "(" || w[k + 2] != ")" || !LooksLikeAcronym(w[k + 1])) continue;
      const std::string_view acr = w[k + 1];
      Mention* long_form = nullptr;
      for (Mention& m : *mentions)
        if (m.sentence == s && m.span.end == k && m.span.type != EntityType::kPer) long_form = &m;
      if (long_form) {
        const uint32_t b = long_form->span.begin;
        if (!AcronymFits(acr, std::span(w).subspan(b, k - b))) {
          long_form = nullptr;
        } else {
          // "Deputy Secretary General of the North Atlantic Treaty
          // Organisation (NATO)": keep the shortest tail whose initials are
          // exactly the acronym's letters, when there is one.
          for (uint32_t start = k - 1; start > b; --start) {
            if (!StartsUpper(w[start]) || !AcronymFits(acr, std::span(w).subspan(start, k - start), true))
              continue;
            long_form->span.begin = start;
            break;
          }
        }
      }
      if (!long_form) {
        // The longest run of capitalised words and connectives before the
        // bracket whose initials fit the acronym.
        uint32_t b = k;
        while (b > 0 && (StartsUpper(w[b - 1]) || (IsConnective(w[b - 1]) && b < k))) --b;
        while (b < k && !StartsUpper(w[b])) ++b;  // no leading connective
        uint32_t found = k;
        for (uint32_t start = b; start + 1 < k; ++start) {
          if (!StartsUpper(w[start])) continue;
          if (AcronymFits(acr, std::span(w).subspan(start, k - start))) {
            found = start;
            break;
          }
        }
        if (found == k) continue;
        if (overlapping(s, found, k)) {
          // Widen whatever the tagger found into the full long name.
          EntityType type = EntityType::kOrg;
          for (const Mention& m : *mentions)
            if (Overlaps(m, s, found, k)) type = m.span.type;
          replace(s, found, k, type == EntityType::kPer ? EntityType::kOrg : type, "");
        } else {
          mentions->push_back({s, {found, k, EntityType::kOrg}, ""});
        }
        long_form = find_exact(s, found, k);
      }
      const std::string name = long_form->name.empty()
                                   ? text_of(s, long_form->span.begin, long_form->span.end)
                                   : long_form->name;
      acronyms[std::string(acr)] = {long_form->span.type, name};
    }
  }
  if (!acronyms.empty()) {
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (uint32_t i = 0; i < sentences[s].size(); ++i) {
        auto it = acronyms.find(sentences[s][i]);
        if (it == acronyms.end()) continue;
        if (Mention* m = find_exact(s, i, i + 1)) {
          m->span.type = it->second.type;
          if (m->name.empty()) m->name = it->second.name;
        } else if (!overlapping(s, i, i + 1)) {
          mentions->push_back({s, {i, i + 1, it->second.type}, it->second.name});
        }
      }
    }
  }

  // 3. Lists are of one kind: in "Casablanca, Kenitra, Sidi Yahya Zaer and
  // Chichaua" the items the gazetteer lists under exactly one type (and
  // none under another) decide the type of the others.
  if (gazetteer) {
    SortMentions(mentions);
    std::vector<uint64_t> hashes;
    // The gazetteer's entity-type bits for a mention's exact words.
    auto listed = [&](const Mention& m) -> uint8_t {
      hashes.clear();
      for (uint32_t i = m.span.begin; i < m.span.end; ++i)
        hashes.push_back(Gazetteer::WordHash(FoldCase(sentences[m.sentence][i])));
      return gazetteer->Lookup(hashes) & 0xF;
    };
    auto joins = [&](const Mention& a, const Mention& b) {
      if (a.sentence != b.sentence || b.span.begin != a.span.end + 1) return false;
      const std::string_view sep = sentences[a.sentence][a.span.end];
      return sep == "," || sep == "and" || sep == "or" || sep == "y" || sep == "e" || sep == "o" ||
             sep == "&" || sep == ";";
    };
    for (size_t i = 0; i < mentions->size();) {
      size_t j = i + 1;
      while (j < mentions->size() && joins((*mentions)[j - 1], (*mentions)[j])) ++j;
      if (j - i >= 3) {
        // Anchors: items the tagger and the gazetteer agree on. Only items
        // the gazetteer does not know change ("Barcelona" tagged ORG in a
        // list of clubs stays ORG).
        int type = -1;
        bool conflict = false;
        std::vector<bool> unknown(j - i);
        for (size_t k = i; k < j; ++k) {
          const uint8_t mask = listed((*mentions)[k]);
          unknown[k - i] = mask == 0;
          const int t = mask != 0 && (mask & (mask - 1)) == 0 ? std::countr_zero(mask) : -1;
          if (t < 0 || t != static_cast<int>((*mentions)[k].span.type)) continue;
          if (type >= 0 && t != type) conflict = true;
          type = t;
        }
        if (type >= 0 && !conflict)
          for (size_t k = i; k < j; ++k)
            if (unknown[k - i]) (*mentions)[k].span.type = static_cast<EntityType>(type);
      }
      i = j;
    }
  }

  // 4. One type per name, and repetitions of a tagged name.
  struct Votes {
    std::array<int, kNumTypes> count{};
    std::string name;
  };
  std::map<std::string, Votes> votes;
  for (const Mention& m : *mentions) {
    Votes& v = votes[Key(sentences, m.sentence, m.span)];
    ++v.count[static_cast<int>(m.span.type)];
    if (v.name.empty()) v.name = m.name;
  }
  auto majority = [](const Votes& v) {
    int best = 0;
    for (int t = 1; t < kNumTypes; ++t)
      if (v.count[t] > v.count[best]) best = t;
    return static_cast<EntityType>(best);
  };
  for (Mention& m : *mentions) {
    const Votes& v = votes[Key(sentences, m.sentence, m.span)];
    m.span.type = majority(v);
    if (m.name.empty()) m.name = v.name;
  }
  // Repetitions: tagged names of two or more characters that start with a
  // capital, found again where nothing was tagged.
  std::map<std::string_view, std::vector<std::pair<std::vector<std::string_view>, const Votes*>>> by_first;
  std::vector<std::vector<std::string_view>> keys_words;
  for (const auto& [key, v] : votes) {
    std::vector<std::string_view> kw;
    size_t pos = 0;
    std::string_view k(key);
    while (pos <= k.size()) {
      size_t end = k.find(' ', pos);
      if (end == std::string_view::npos) end = k.size();
      kw.push_back(k.substr(pos, end - pos));
      pos = end + 1;
    }
    if (kw.empty() || !StartsUpper(kw[0]) || key.size() < 2) continue;
    by_first[kw[0]].emplace_back(std::move(kw), &v);
  }
  std::vector<Mention> added;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& w = sentences[s];
    for (uint32_t i = 0; i < w.size(); ++i) {
      auto it = by_first.find(w[i]);
      if (it == by_first.end()) continue;
      for (const auto& [kw, v] : it->second) {
        const uint32_t e = i + static_cast<uint32_t>(kw.size());
        if (e > w.size() || !std::equal(kw.begin(), kw.end(), w.begin() + i)) continue;
        if (overlapping(s, i, e)) continue;
        bool clash = false;
        for (const Mention& m : added)
          if (Overlaps(m, s, i, e)) clash = true;
        if (clash) continue;
        added.push_back({s, {i, e, majority(*v)}, v->name});
      }
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  SortMentions(mentions);
}

}  // namespace strabo::ner

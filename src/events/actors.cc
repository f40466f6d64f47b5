#include "events/actors.h"

#include <algorithm>

#include "events/inflect.h"
#include "events/phrase_key.h"
#include "events/plover.h"
#include "events/word_key.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::events {
namespace {

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool IsCodeShape(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

Result<ActorKind> ParseKind(std::string_view s) {
  if (s == "country") return ActorKind::kCountry;
  if (s == "territory") return ActorKind::kTerritory;
  if (s == "capital") return ActorKind::kCapital;
  if (s == "seat") return ActorKind::kSeat;
  if (s == "region") return ActorKind::kRegion;
  if (s == "igo") return ActorKind::kIgo;
  if (s == "ngo") return ActorKind::kNgo;
  if (s == "group") return ActorKind::kGroup;
  if (s == "org") return ActorKind::kOrg;
  return Status::InvalidInput("kind '" + std::string(s) +
                              "' (country territory capital seat region igo ngo group org)");
}

// An alias as written in a lexicon: [en:|es:][=]text.
struct AliasSpec {
  std::string lang;
  bool case_sensitive = false;
  std::string_view text;
};

Result<AliasSpec> ParseAlias(std::string_view s) {
  AliasSpec a;
  if (s.size() > 3 && s[2] == ':' && (s.substr(0, 2) == "en" || s.substr(0, 2) == "es")) {
    a.lang = std::string(s.substr(0, 2));
    s.remove_prefix(3);
  }
  if (!s.empty() && s.front() == '=') {
    a.case_sensitive = true;
    s.remove_prefix(1);
  }
  if (s.empty() || s.front() == ' ' || s.back() == ' ')
    return Status::InvalidInput("empty alias or alias with outer spaces");
  a.text = s;
  if (IsAcronym(s)) a.case_sensitive = true;
  return a;
}

// True when the text has letters and none of them is lower case.
bool HasNoLowerCase(std::string_view s) {
  bool letters = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = DecodeUtf8(s, &pos);
    if (IsLower(cp)) return false;
    if (IsLetter(cp)) letters = true;
  }
  return letters;
}

// Whether `surface` is spelled as the case-sensitive alias `exact` ("US", "Turkey").
// A long alias also matches in capitals ("TURKEY"); a short one ("US", "IS")
// never does inside a headline in capitals, where it cannot be told from a word.
bool CaseMatches(const std::string& exact, std::string_view surface, bool all_caps) {
  const std::string spelled = NormalizeSpacing(CaseSensitiveKey(surface));
  const bool short_alias = CountCodePoints(exact) <= 3;
  if (all_caps && short_alias && surface.find('.') == std::string_view::npos) return false;
  if (spelled == exact) return true;
  return !short_alias && HasNoLowerCase(surface) && FoldCase(spelled) == FoldCase(exact);
}

// Priority of a target when one alias names several entries: a named actor's
// name first (a country before its capital), then adjectives, demonyms,
// agent nouns, and people last.
int Priority(AliasUse use, ActorKind kind) {
  switch (use) {
    case AliasUse::kName: return kind == ActorKind::kCapital ? 1 : 0;
    case AliasUse::kAdjective: return 2;
    case AliasUse::kDemonym: return 3;
    case AliasUse::kAgent: return 4;
    case AliasUse::kPerson: return 5;
  }
  return 6;
}

}  // namespace

std::string_view ToString(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kTerritory: return "territory";
    case ActorKind::kCapital: return "capital";
    case ActorKind::kSeat: return "seat";
    case ActorKind::kRegion: return "region";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kNgo: return "ngo";
    case ActorKind::kGroup: return "group";
    case ActorKind::kOrg: return "org";
  }
  return "";
}

const std::vector<std::string_view>& ActorLexicon::ActorColumns() {
  static const std::vector<std::string_view> columns = {
      "id", "kind", "code", "country", "sector", "name", "names", "adjectives", "demonyms", "note"};
  return columns;
}
const std::vector<std::string_view>& ActorLexicon::LeaderColumns() {
  static const std::vector<std::string_view> columns = {"name", "aliases", "roles", "source"};
  return columns;
}
const std::vector<std::string_view>& ActorLexicon::AgentColumns() {
  static const std::vector<std::string_view> columns = {"phrase", "kind", "sector", "note"};
  return columns;
}

Status ActorLexicon::AddAlias(std::string_view alias_text, std::string_view lang, AliasUse use,
                              uint32_t index, bool case_sensitive, const LexiconFile& file,
                              const LexiconRow& row) {
  const std::string key = PhraseKey(alias_text);
  if (key.empty()) return file.RowError(row, "alias '" + std::string(alias_text) + "' is empty");
  Target t{use, index, std::string(lang),
           case_sensitive ? NormalizeSpacing(CaseSensitiveKey(alias_text)) : std::string()};
  auto& targets = index_[key];
  for (const Target& other : targets)
    if (other.use == t.use && other.index == t.index && other.lang == t.lang &&
        other.exact == t.exact)
      return Status::Ok();  // the same alias twice (a generated form equal to a listed one)
  targets.push_back(std::move(t));
  if (key.size() >= 3) {
    size_t& longest = prefix_max_[key.substr(0, 3)];
    longest = std::max(longest, key.size());
  }
  return Status::Ok();
}

std::string ActorLexicon::CodeOf(const Target& t) const {
  switch (t.use) {
    case AliasUse::kName:
    case AliasUse::kAdjective:
    case AliasUse::kDemonym: return named_[t.index].code;
    case AliasUse::kAgent: return "agent:" + agents_.at(t.lang)[t.index].sector;
    case AliasUse::kPerson: return "person";
  }
  return "";
}

Result<ActorLexicon> ActorLexicon::FromFiles(const LexiconFile& actors, const LexiconFile* leaders,
                                             const std::vector<const LexiconFile*>& agents) {
  ActorLexicon lex;
  // ---- actors.tsv
  for (const LexiconRow& row : actors.rows()) {
    NamedActor a;
    a.line = row.line;
    a.id = std::string(row.Get(0));
    auto kind = ParseKind(row.Get(1));
    if (!kind.ok()) return actors.RowError(row, kind.status().message());
    a.kind = *kind;
    a.code = std::string(row.Get(2));
    a.country = std::string(row.Get(3));
    a.sector = std::string(row.Get(4));
    a.name = std::string(row.Get(5));
    if (a.id.empty() || a.name.empty()) return actors.RowError(row, "id and name are required");
    if (a.kind == ActorKind::kRegion) {
      if (!a.code.empty() || !a.country.empty() || !a.sector.empty())
        return actors.RowError(row, "a region is never coded: code, country and sector are '-'");
    } else if (!IsCodeShape(a.code)) {
      return actors.RowError(row, "code '" + a.code + "' is not a three-letter actor code");
    }
    if (!a.country.empty() && !IsCodeShape(a.country))
      return actors.RowError(row, "country '" + a.country + "' is not an ISO3 code");
    if (!a.sector.empty() && !IsSectorCode(a.sector))
      return actors.RowError(row, "sector '" + a.sector + "' is not a sector code");
    if (a.kind == ActorKind::kCountry && (a.code != a.country || a.code != a.id))
      return actors.RowError(row, "a country's id, code and country are its ISO3 code");
    if (!lex.by_id_.emplace(a.id, lex.named_.size()).second)
      return actors.RowError(row, "id '" + a.id + "' is used twice");
    lex.named_.push_back(std::move(a));
  }
  // Codes and countries must be countries of this file or PLOVER's international codes.
  for (size_t i = 0; i < lex.named_.size(); ++i) {
    const NamedActor& a = lex.named_[i];
    const LexiconRow* row = &actors.rows()[i];
    auto known = [&](const std::string& code) {
      if (code.empty() || IsInternationalCode(code)) return true;
      const auto it = lex.by_id_.find(code);
      return it != lex.by_id_.end() && lex.named_[it->second].kind == ActorKind::kCountry;
    };
    if (!known(a.code) || !known(a.country))
      return actors.RowError(*row, "code or country is neither a country of actors.tsv nor a "
                                   "PLOVER international code");
  }
  for (size_t i = 0; i < lex.named_.size(); ++i) {
    const LexiconRow& row = actors.rows()[i];
    const uint32_t index = static_cast<uint32_t>(i);
    for (std::string_view item : SplitList(row.Get(6), '|')) {
      auto alias = ParseAlias(item);
      if (!alias.ok()) return actors.RowError(row, alias.status().message());
      STRABO_RETURN_IF_ERROR(lex.AddAlias(alias->text, alias->lang, AliasUse::kName, index,
                                          alias->case_sensitive, actors, row));
    }
    for (int column : {7, 8}) {
      for (std::string_view item : SplitList(row.Get(column), '|')) {
        auto alias = ParseAlias(item);
        if (!alias.ok()) return actors.RowError(row, alias.status().message());
        if (alias->lang.empty())
          return actors.RowError(row, "adjectives and demonyms need a language (en: or es:)");
        const bool adjective = column == 7;
        const std::string base(alias->text);
        std::vector<std::string> forms =
            adjective ? AdjectiveForms(alias->lang, base) : NounPlurals(alias->lang, base);
        if (!adjective) forms.insert(forms.begin(), base);
        for (size_t f = 0; f < forms.size(); ++f) {
          // English adjectives: the base form is the adjective, its plural the
          // people ("Moroccans"). Spanish forms serve as both.
          AliasUse use = adjective ? AliasUse::kAdjective : AliasUse::kDemonym;
          if (adjective && alias->lang == "en" && f > 0) use = AliasUse::kDemonym;
          STRABO_RETURN_IF_ERROR(lex.AddAlias(forms[f], alias->lang, use, index,
                                              alias->case_sensitive, actors, row));
        }
      }
    }
  }
  // One alias, one code per language: ambiguity is resolved in the data.
  for (const auto& [key, targets] : lex.index_) {
    for (size_t i = 0; i < targets.size(); ++i)
      for (size_t j = i + 1; j < targets.size(); ++j) {
        const Target& a = targets[i];
        const Target& b = targets[j];
        if (!a.lang.empty() && !b.lang.empty() && a.lang != b.lang) continue;
        if (lex.named_[a.index].kind == ActorKind::kRegion ||
            lex.named_[b.index].kind == ActorKind::kRegion)
          continue;
        if (lex.CodeOf(a) != lex.CodeOf(b))
          return Status::InvalidInput(actors.origin() + ": the alias '" + key + "' names both " +
                                      lex.named_[a.index].id + " and " + lex.named_[b.index].id);
      }
  }
  // ---- agents.<lang>.tsv
  for (const LexiconFile* file : agents) {
    const std::string lang = file->Setting("lang");
    if (lang != "en" && lang != "es")
      return Status::InvalidInput(file->origin() + ": lang=" + lang + " (en or es)");
    auto& list = lex.agents_[lang];
    for (const LexiconRow& row : file->rows()) {
      Agent a;
      a.line = row.line;
      const auto kind = row.Get(1);
      if (kind == "agent") a.kind = AgentKind::kAgent;
      else if (kind == "role") a.kind = AgentKind::kRole;
      else if (kind == "member") a.kind = AgentKind::kMember;
      else if (kind == "countryref") a.kind = AgentKind::kCountryRef;
      else return file->RowError(row, "kind '" + std::string(kind) +
                                          "' (agent role member countryref)");
      a.sector = std::string(row.Get(2));
      if (!a.sector.empty() && !IsSectorCode(a.sector))
        return file->RowError(row, "sector '" + a.sector + "' is not a sector code");
      const auto forms = SplitList(row.Get(0), '|');
      if (forms.empty()) return file->RowError(row, "no phrase");
      // An irregular plural has the words of its singular ("policeman|policemen",
      // "solicitante de asilo|solicitantes de asilo"); more words is a note
      // written in the phrase column.
      auto words = [](std::string_view f) { return std::count(f.begin(), f.end(), ' ') + 1; };
      for (std::string_view form : forms)
        if (words(form) > words(forms.front()))
          return file->RowError(row, "form '" + std::string(form) +
                                         "' has more words than its singular (a note belongs "
                                         "in the note column)");
      const uint32_t index = static_cast<uint32_t>(list.size());
      for (std::string_view form : forms) {
        const bool as_is = !form.empty() && form.back() == '!';
        if (as_is) form.remove_suffix(1);
        if (form.empty()) return file->RowError(row, "empty form");
        if (a.phrase.empty()) a.phrase = std::string(form);
        const bool cs = IsAcronym(form);
        STRABO_RETURN_IF_ERROR(lex.AddAlias(form, lang, AliasUse::kAgent, index, cs, *file, row));
        if (as_is) continue;
        for (const std::string& plural : NounPlurals(lang, std::string(form)))
          STRABO_RETURN_IF_ERROR(lex.AddAlias(plural, lang, AliasUse::kAgent, index, cs, *file, row));
      }
      list.push_back(std::move(a));
    }
  }
  // ---- leaders.tsv
  if (leaders) {
    lex.phoenix_date_ = leaders->Setting("phoenix_date");
    if (!lex.phoenix_date_.empty() && !IsIsoDate(lex.phoenix_date_))
      return Status::InvalidInput(leaders->origin() + ": phoenix_date is not an ISO date");
    for (const LexiconRow& row : leaders->rows()) {
      Person p;
      p.line = row.line;
      p.name = std::string(row.Get(0));
      p.source = std::string(row.Get(3));
      for (std::string_view item : SplitList(row.Get(2), ';')) {
        const auto parts = SplitList(item, ' ');
        if (parts.size() != 4) return leaders->RowError(row, "a role is 'CODE SECTOR FROM TO'");
        Role r;
        r.code = std::string(parts[0]);
        r.sector = parts[1] == "-" ? "" : std::string(parts[1]);
        r.from = parts[2] == "-" ? "" : std::string(parts[2]);
        r.to = parts[3] == "-" ? "" : std::string(parts[3]);
        const auto it = lex.by_id_.find(r.code);
        const bool country = it != lex.by_id_.end() &&
                             lex.named_[it->second].kind == ActorKind::kCountry;
        if (!country && !IsInternationalCode(r.code))
          return leaders->RowError(row, "role code '" + r.code + "' is not a country of actors.tsv");
        if (!r.sector.empty() && !IsSectorCode(r.sector))
          return leaders->RowError(row, "sector '" + r.sector + "' is not a sector code");
        if ((!r.from.empty() && !IsIsoDate(r.from)) || (!r.to.empty() && !IsIsoDate(r.to)))
          return leaders->RowError(row, "role dates are ISO dates (YYYY-MM-DD) or '-'");
        if (!r.from.empty() && !r.to.empty() && r.from > r.to)
          return leaders->RowError(row, "a role ends before it starts");
        p.roles.push_back(std::move(r));
      }
      if (p.name.empty() || p.roles.empty())
        return leaders->RowError(row, "a person needs a name and a role");
      const uint32_t index = static_cast<uint32_t>(lex.people_.size());
      for (std::string_view alias : SplitList(row.Get(1), '|')) {
        if (alias.empty()) return leaders->RowError(row, "empty alias");
        const auto it = lex.index_.find(PhraseKey(alias));
        if (it != lex.index_.end() &&
            std::any_of(it->second.begin(), it->second.end(),
                        [](const Target& t) { return t.use != AliasUse::kPerson; })) {
          ++lex.shadowed_person_aliases_;
          continue;
        }
        STRABO_RETURN_IF_ERROR(
            lex.AddAlias(alias, "", AliasUse::kPerson, index, false, *leaders, row));
      }
      lex.people_.push_back(std::move(p));
    }
  }
  return lex;
}

const std::vector<Agent>& ActorLexicon::agents(std::string_view lang) const {
  static const std::vector<Agent> kNone;
  const auto it = agents_.find(std::string(lang));
  return it == agents_.end() ? kNone : it->second;
}

const NamedActor* ActorLexicon::FindById(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &named_[it->second];
}

std::vector<ActorPiece> ActorLexicon::FindPieces(std::string_view lang, std::string_view text,
                                                 std::span<const Token> tokens) const {
  std::vector<ActorPiece> out;
  // In a headline in capitals, short case-sensitive aliases ("US", "IS",
  // "UN") cannot be told from ordinary words.
  size_t caps_words = 0, words = 0;
  for (const Token& t : tokens) {
    const std::string_view s = text.substr(t.span.begin, t.span.size());
    bool letters = false;
    for (char c : s) letters |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!letters) continue;
    ++words;
    if (HasNoLowerCase(s)) ++caps_words;
  }
  const bool all_caps = words >= 3 && caps_words == words;

  const SurfaceKeys keys(text, tokens);
  auto limit = [&](std::string_view prefix) {
    const auto it = prefix_max_.find(prefix);
    return it == prefix_max_.end() ? size_t{0} : it->second;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    keys.VisitFrom(i, limit, [&](size_t j, std::string_view key) {
      const auto it = index_.find(key);
      if (it == index_.end()) return false;
      const Target* best = nullptr;
      int best_priority = 99;
      for (const Target& t : it->second) {
        if (!t.lang.empty() && t.lang != lang) continue;
        if (!t.exact.empty()) {
          const uint32_t b = tokens[i].span.begin, e = tokens[j].span.end;
          if (!CaseMatches(t.exact, text.substr(b, e - b), all_caps)) continue;
        }
        const ActorKind kind = t.use == AliasUse::kAgent || t.use == AliasUse::kPerson
                                   ? ActorKind::kOrg
                                   : named_[t.index].kind;
        const int p = Priority(t.use, kind);
        if (p < best_priority) {
          best = &t;
          best_priority = p;
        }
      }
      if (!best) return false;
      out.push_back(ActorPiece{best->use, best->index, i, j + 1});
      i = j;
      return true;
    });
  }
  return out;
}

const Role* ActorLexicon::RoleOn(const Person& person, std::string_view date) const {
  const Role* undated = nullptr;
  for (const Role& r : person.roles)
    if (!r.dated() && !undated) undated = &r;
  if (date.empty()) {
    if (undated) return undated;
    // No date: the most recent role (latest start; open-ended ones first).
    const Role* best = nullptr;
    for (const Role& r : person.roles)
      if (!best || r.from > best->from || (r.from == best->from && r.to.empty())) best = &r;
    return best;
  }
  const Role* best = nullptr;
  for (const Role& r : person.roles) {
    if (!r.dated()) continue;
    if (!r.from.empty() && date < std::string_view(r.from)) continue;
    if (!r.to.empty() && date > std::string_view(r.to)) continue;
    // Several roles hold: an office beats ELI (a former official), then the latest start.
    const bool r_eli = r.sector == "ELI";
    if (!best || (best->sector == "ELI" && !r_eli) ||
        ((best->sector == "ELI") == r_eli && r.from > best->from))
      best = &r;
  }
  return best ? best : undated;
}

ActorMatch ActorLexicon::Resolve(std::string_view lang, std::span<const ActorPiece> pieces,
                                 std::string_view date, std::string_view context_country) const {
  ActorMatch m;
  m.pieces.assign(pieces.begin(), pieces.end());
  const Person* person = nullptr;
  const NamedActor* named = nullptr;       // an organisation, group, seat or territory
  const NamedActor* country = nullptr;     // a country (or capital) named
  const NamedActor* adjective = nullptr;   // a country adjective
  const NamedActor* demonym = nullptr;     // people of a country
  bool region = false, countryref = false;
  std::vector<const Agent*> agents;
  const auto& lang_agents = this->agents(lang);
  for (const ActorPiece& p : pieces) {
    switch (p.use) {
      case AliasUse::kPerson:
        if (!person) person = &people_[p.index];
        break;
      case AliasUse::kAgent: {
        const Agent& a = lang_agents[p.index];
        if (a.kind == AgentKind::kCountryRef)
          countryref = true;
        else
          agents.push_back(&a);
        break;
      }
      case AliasUse::kAdjective:
        if (!adjective) adjective = &named_[p.index];
        break;
      case AliasUse::kDemonym:
        if (!demonym) demonym = &named_[p.index];
        break;
      case AliasUse::kName: {
        const NamedActor& a = named_[p.index];
        if (a.kind == ActorKind::kRegion)
          region = true;
        else if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kCapital)
          country = country ? country : &a;
        else
          named = &a;  // the last named organisation is the most specific ("... of NATO (NATO)")
        break;
      }
    }
  }
  // The head agent: English noun phrases end with their head ("Moroccan
  // security forces"), Spanish ones start with it ("las fuerzas de seguridad
  // marroquíes"). A member or role noun without a sector of its own defers
  // to an agent noun that has one, and so does an agent noun without a
  // sector that modifies another ("presuntos yihadistas": REB; "presunto",
  // "sospechoso" alone say nothing of whose side).
  const Agent* head = nullptr;
  auto consider = [&](const Agent* a) {
    if (!head || (head->kind != AgentKind::kAgent && a->kind == AgentKind::kAgent) ||
        (head->sector.empty() && !a->sector.empty() &&
         (head->kind != AgentKind::kAgent || a->kind == AgentKind::kAgent)))
      head = a;
  };
  if (lang == "es")
    for (const Agent* a : agents) consider(a);
  else
    for (auto it = agents.rbegin(); it != agents.rend(); ++it) consider(*it);

  if (person) {
    m.found = true;
    m.name = m.person = person->name;
    if (const Role* r = RoleOn(*person, date)) {
      m.code = r->code;
      m.country = IsInternationalCode(r->code) ? "" : r->code;
      m.sector = r->sector;
      m.unconfirmed = person->source == "phoenix" && r->to.empty() && !date.empty() &&
                      !phoenix_date_.empty() && date > std::string_view(phoenix_date_);
    } else {
      // Known person, no role on this date: keep the country if every role agrees.
      std::string code = person->roles.front().code;
      for (const Role& role : person->roles)
        if (role.code != code) code.clear();
      m.code = code;
      m.country = IsInternationalCode(code) ? "" : code;
    }
    return m;
  }
  if (named) {
    m.found = true;
    m.code = named->code;
    m.country = named->country;
    m.sector = named->sector;
    m.name = named->name;
    m.metonym = named->kind == ActorKind::kSeat;
    if (m.sector.empty() && head) m.sector = head->sector;
    return m;
  }
  const NamedActor* nation = country ? country : adjective ? adjective : demonym;
  if (nation) {
    m.country = nation->country;
    m.code = nation->code;
  } else if (countryref) {
    if (!context_country.empty()) {
      m.country = m.code = std::string(context_country);
      m.context_country = true;
    } else {
      m.needs_context = true;
    }
  }
  if (head) {
    m.sector = head->sector;
  } else if (country && country->kind == ActorKind::kCapital) {
    m.sector = country->sector;  // "Rabat said": the government
    m.metonym = true;
  } else if (!country && !adjective && demonym) {
    m.sector = "CVL";  // "five Moroccans": people of the country
  }
  m.found = !m.country.empty() || !m.sector.empty();
  m.region = region && !m.found;
  return m;
}

ActorMatch ActorLexicon::Match(std::string_view lang, std::string_view text,
                               std::span<const Token> tokens, std::string_view date,
                               std::string_view context_country) const {
  const auto pieces = FindPieces(lang, text, tokens);
  return Resolve(lang, pieces, date, context_country);
}

}  // namespace strabo::events

#include "events/lexicon.h"

#include "util/resources.h"

namespace strabo::events {

const EventLexicon::PerLanguage* EventLexicon::Find(std::string_view lang) const {
  for (const PerLanguage& l : languages_)
    if (l.lang == lang) return &l;
  return nullptr;
}

const TriggerLexicon* EventLexicon::triggers(std::string_view lang) const {
  const PerLanguage* l = Find(lang);
  return l ? &l->triggers : nullptr;
}
const WordClasses* EventLexicon::classes(std::string_view lang) const {
  const PerLanguage* l = Find(lang);
  return l ? &l->classes : nullptr;
}
const DiscardList* EventLexicon::discards(std::string_view lang) const {
  const PerLanguage* l = Find(lang);
  return l ? &l->discards : nullptr;
}
const CueLexicon* EventLexicon::cues(std::string_view lang) const {
  const PerLanguage* l = Find(lang);
  return l ? &l->cues : nullptr;
}

std::vector<std::string> EventLexicon::Summary() const {
  std::vector<std::string> out;
  out.push_back("cameo_plover.tsv: " + std::to_string(cameo_.entries().size()) + " CAMEO codes");
  size_t countries = 0, capitals = 0, seats = 0, orgs = 0, regions = 0;
  for (const NamedActor& a : actors_->named()) {
    switch (a.kind) {
      case ActorKind::kCountry: ++countries; break;
      case ActorKind::kCapital: ++capitals; break;
      case ActorKind::kSeat: ++seats; break;
      case ActorKind::kRegion: ++regions; break;
      default: ++orgs; break;
    }
  }
  out.push_back("actors.tsv: " + std::to_string(actors_->named().size()) + " actors (" +
                std::to_string(countries) + " countries, " + std::to_string(capitals) +
                " capitals, " + std::to_string(seats) + " seats of government, " +
                std::to_string(orgs) + " organisations, groups and territories, " +
                std::to_string(regions) + " regions)");
  out.push_back("leaders.tsv: " + std::to_string(actors_->people().size()) + " people (" +
                std::to_string(actors_->shadowed_person_aliases()) +
                " aliases shadowed by actors.tsv names)");
  out.push_back("actor aliases, all forms: " + std::to_string(actors_->alias_count()));
  for (const PerLanguage& l : languages_) {
    out.push_back("triggers." + l.lang + ".tsv: " + std::to_string(l.triggers.entries().size()) +
                  " senses");
    out.push_back("agents." + l.lang + ".tsv: " + std::to_string(actors_->agents(l.lang).size()) +
                  " agent nouns");
    out.push_back("classes." + l.lang + ".tsv: " + std::to_string(l.classes.ClassNames().size()) +
                  " classes, " + std::to_string(l.classes.size()) + " words with plurals");
    out.push_back("discards." + l.lang + ".tsv: " + std::to_string(l.discards.entries().size()) +
                  " phrases");
    out.push_back("status_cues." + l.lang + ".tsv: " + std::to_string(l.cues.entries().size()) +
                  " cues");
  }
  return out;
}

namespace {

using LocateFn = std::function<Result<std::string>(const std::string&)>;

Result<LexiconFile> OpenTable(const LocateFn& locate, const std::string& name,
                              std::string_view kind, int version,
                              const std::vector<std::string_view>& columns) {
  auto path = locate(name);
  if (!path.ok()) return path.status();
  return LexiconFile::Open(*path, kind, version, columns);
}

// Locates `name` and loads it as a T table.
template <typename T, typename... Args>
Result<T> Table(const LocateFn& locate, const std::string& name, const Args&... args) {
  auto path = locate(name);
  if (!path.ok()) return path.status();
  return LoadTable<T>(*path, args...);
}

}  // namespace

Result<std::shared_ptr<const EventLexicon>> EventLexicon::Load(const std::string& resource_dir) {
  return LoadWith([&](const std::string& name) {
    return FindResource("data/events/" + name, resource_dir);
  });
}

Result<std::shared_ptr<const EventLexicon>> EventLexicon::LoadFromDirectory(
    const std::string& dir) {
  return LoadWith([&](const std::string& name) -> Result<std::string> {
    return dir + "/" + name;
  });
}

Result<std::shared_ptr<const EventLexicon>> EventLexicon::LoadWith(const Locate& locate) {
  auto lex = std::make_shared<EventLexicon>();
  auto cameo = Table<CameoMap>(locate, "cameo_plover.tsv");
  if (!cameo.ok()) return cameo.status();
  lex->cameo_ = std::move(cameo.value());
  {
    auto actors = OpenTable(locate, "actors.tsv", ActorLexicon::kActorsKind,
                            ActorLexicon::kVersion, ActorLexicon::ActorColumns());
    if (!actors.ok()) return actors.status();
    auto leaders = OpenTable(locate, "leaders.tsv", ActorLexicon::kLeadersKind,
                             ActorLexicon::kVersion, ActorLexicon::LeaderColumns());
    if (!leaders.ok()) return leaders.status();
    std::vector<LexiconFile> agent_files;
    for (std::string_view lang : kEventLanguages) {
      auto agents = OpenTable(locate, "agents." + std::string(lang) + ".tsv",
                              ActorLexicon::kAgentsKind, ActorLexicon::kVersion,
                              ActorLexicon::AgentColumns());
      if (!agents.ok()) return agents.status();
      agent_files.push_back(std::move(agents.value()));
    }
    std::vector<const LexiconFile*> agent_ptrs;
    for (const LexiconFile& f : agent_files) agent_ptrs.push_back(&f);
    auto actor_lex = ActorLexicon::FromFiles(*actors, &*leaders, agent_ptrs);
    if (!actor_lex.ok()) return actor_lex.status();
    lex->actors_ = std::make_unique<ActorLexicon>(std::move(actor_lex.value()));
  }
  for (std::string_view lang_view : kEventLanguages) {
    const std::string lang(lang_view);
    auto classes = Table<WordClasses>(locate, "classes." + lang + ".tsv", lang);
    if (!classes.ok()) return classes.status();
    auto triggers =
        Table<TriggerLexicon>(locate, "triggers." + lang + ".tsv", lang, lex->cameo_, *classes);
    if (!triggers.ok()) return triggers.status();
    auto discards = Table<DiscardList>(locate, "discards." + lang + ".tsv", lang);
    if (!discards.ok()) return discards.status();
    auto cues = Table<CueLexicon>(locate, "status_cues." + lang + ".tsv", lang);
    if (!cues.ok()) return cues.status();
    lex->languages_.push_back(PerLanguage{lang, std::move(classes.value()),
                                          std::move(triggers.value()),
                                          std::move(discards.value()), std::move(cues.value())});
  }
  return std::shared_ptr<const EventLexicon>(std::move(lex));
}

}  // namespace strabo::events

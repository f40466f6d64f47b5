// The document pass of the event coder (doc/codebook.md, section 14.2):
// references to an earlier operation, stories (events of one real event),
// filling unknown parts from earlier members of a story, ACLED refinement,
// confidence, ids, and the final Events.
#include <algorithm>
#include <set>

#include "events/coder_internal.h"
#include "events/plover.h"

namespace strabo::events::internal {
namespace {

bool IsMaterialConflict(std::string_view type) { return PloverQuad(type) == 4; }

// What story grouping compares, for coded candidates and for title events
// (which are final Events already).
struct Item {
  Candidate* candidate = nullptr;  // null for a title event
  Event* event = nullptr;
  const Role* source = nullptr;
  const Role* target = nullptr;
  Role title_source, title_target;  // roles rebuilt from a title event
  std::vector<std::pair<int64_t, std::string>> places;  // geonameid, name
};

Role RoleOf(const std::optional<Actor>& actor) {
  Role r;
  if (!actor) return r;
  r.present = true;
  r.actor = *actor;
  r.known = !actor->country.empty() || !actor->sector.empty() || !actor->name.empty();
  return r;
}

bool RolesCompatible(const Role& a, const Role& b) {
  if (!a.present || !b.present) return true;
  if (a.known && b.known && !a.generic && !b.generic) {
    auto eq = [](const std::string& x, const std::string& y) {
      return x.empty() || y.empty() || x == y;
    };
    if (!eq(a.actor.country, b.actor.country) || !eq(a.actor.sector, b.actor.sector) ||
        !eq(a.actor.name, b.actor.name))
      return false;
    // A named actor without a country (NATO, the Islamic State) is not a
    // country's unnamed actor (Germany): empty codes are not wildcards there.
    const Actor& named = a.actor.name.empty() ? b.actor : a.actor;
    const Actor& other = a.actor.name.empty() ? a.actor : b.actor;
    return named.name.empty() || !other.name.empty() || other.country.empty() ||
           !named.country.empty();
  }
  // A generic or unknown phrase: compatible unless both are specific words that differ
  // ("a journalist" is not "five protesters").
  const bool a_specific = !a.known && !a.generic && !a.head_key.empty() && !a.from_context;
  const bool b_specific = !b.known && !b.generic && !b.head_key.empty() && !b.from_context;
  if (a_specific && b_specific) return a.head_key == b.head_key;
  return true;
}

// A singular person cannot be the several people another report counts.
bool CountFits(const Role& role, const std::optional<int64_t>& other) {
  if (!other || *other < 2 || !role.present || role.head < 0) return true;
  return role.plural || role.known || role.from_context || role.generic;
}

bool Compatible(const Item& a, const Item& b) {
  const Event& x = *a.event;
  const Event& y = *b.event;
  if (x.type != y.type) return false;
  if (!x.mode.empty() && !y.mode.empty() && x.mode != y.mode) return false;
  if (x.status != y.status || x.called_for != y.called_for) return false;
  if (x.status == EventStatus::kAggregate) return false;  // each sums its own period
  if (!RolesCompatible(*a.source, *b.source) || !RolesCompatible(*a.target, *b.target))
    return false;
  if (x.count && y.count && *x.count != *y.count) return false;
  if (!CountFits(*a.target, y.count) || !CountFits(*b.target, x.count)) return false;
  if (!a.places.empty() && !b.places.empty()) {
    bool shared = false;
    for (const auto& p : a.places)
      if (std::find(b.places.begin(), b.places.end(), p) != b.places.end()) shared = true;
    if (!shared) return false;
  }
  // A title's date is the article's by default ("Morocco arrests five" on
  // the day after the arrest): only the body's dates can contradict.
  if (a.candidate && b.candidate && !x.date.empty() && !y.date.empty() && x.date != y.date)
    return false;
  return true;
}

// Whether two compatible members of a story are told as one act, so that
// one's known actors may stand for the other's unknown ones: something
// besides compatibility must tie them (the same place, count or known actor
// in a role, a title, or the next sentence). Otherwise two unrelated
// crackdowns or attacks of an article would lend each other their agents.
bool SameAct(const Candidate& c, const Candidate& d) {
  if (c.title || d.title) return true;
  // Two acts of one type and status that the sentence coder kept apart
  // (SentenceCoder::Merge) are two acts: "arrested ... during the arrest of
  // a lawmaker". The records of one trigger, one per actor of a
  // coordination, are one act.
  if (c.sentence == d.sentence && c.trigger != d.trigger && c.event.status == d.event.status)
    return false;
  if (c.sentence == d.sentence + 1 || c.sentence == d.sentence) return true;
  if (c.event.count && d.event.count && *c.event.count == *d.event.count) return true;
  for (const Place* p : c.places)
    if (std::find(d.places.begin(), d.places.end(), p) != d.places.end()) return true;
  // The same known party: the same name, or the same country (Morocco's
  // police and "Marruecos").
  auto same_known = [](const Role& a, const Role& b) {
    // Someone named whom no lexicon knows ties by the name ("the arrest of
    // Mhlanga", "Mhlanga's arrest").
    if (a.person && b.person) return a.actor.name == b.actor.name;
    if (!a.known || !b.known || a.generic || b.generic) return false;
    if (!a.actor.name.empty() || !b.actor.name.empty()) return a.actor.name == b.actor.name;
    return !a.actor.country.empty() && a.actor.country == b.actor.country;
  };
  return same_known(c.source, d.source) || same_known(c.target, d.target);
}

// The latest earlier anchor that fits `want`.
template <typename Pred>
const Anchor* LatestBefore(const std::vector<Anchor>& anchors, uint32_t sentence, Pred want) {
  const Anchor* best = nullptr;
  for (const Anchor& a : anchors)
    if (a.sentence < sentence && want(a)) best = &a;
  return best;
}

size_t DistinctPlaces(const std::vector<const Place*>& places) {
  std::set<std::pair<int64_t, std::string>> seen;
  for (const Place* p : places) seen.emplace(p->geonameid, p->name);
  return seen.size();
}

// ACLED sub-event types that depend on who acted against whom (codebook 4).
void RefineAcled(Candidate* c) {
  Event& e = c->event;
  const std::string& s = c->source.known ? c->source.actor.sector : std::string();
  const std::string& t = c->target.known ? c->target.actor.sector : std::string();
  auto in = [](const std::string& x, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), x) != set.end();
  };
  // Criminal gangs are armed too: ACLED codes their killings of civilians
  // as attacks and their gunfights with police as armed clashes.
  const bool armed_s = in(s, {"MIL", "REB", "PRM", "UAF", "COP", "SPY", "CRM"}) ||
                       (c->source.known && c->source.actor.name.size() && s == "REB");
  const bool armed_t = in(t, {"MIL", "REB", "PRM", "UAF", "COP", "SPY", "CRM"});
  const bool state_s = in(s, {"COP", "MIL", "GOV"});
  if (e.type == "ASSAULT") {
    static const std::set<std::string> kByWeapon = {
        "Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
        "Shelling/artillery/missile attack", "Grenade", "Chemical weapon", "Sexual violence",
        "Abduction/forced disappearance", "Looting/property destruction"};
    if (e.mode == "crowd-control") {
      e.acled = "Protest with intervention";
    } else if (in(s, {"CVL", "EDU", "LAB", "AGR", "BUS"}) && c->source.protester) {
      // Civilians a protest word names, students and workers included
      // ("students attacked the police station"): a riot. Against people
      // it is mob violence, suspected criminals included ("an angry crowd
      // burned a suspected thief to death"): they are no armed side.
      e.acled = c->target.human && (!armed_t || t == "CRM") ? "Mob violence"
                                                            : "Violent demonstration";
    } else if (state_s && c->in_clash && c->target.protester) {
      // "clashes between police and protesters": two sides fought, the
      // protesters too (the protesters' own record is a violent
      // demonstration above; so is the state's side of it).
      e.acled = "Violent demonstration";
    } else if (state_s && (c->target.protester || c->at_protest)) {
      e.acled = "Excessive force against protesters";
    } else if (kByWeapon.count(e.acled)) {
      // the weapon decides
    } else if ((armed_s && armed_t) || (armed_s && c->in_clash)) {
      // Killed "in a gunbattle": whoever died, two armed sides fought.
      e.acled = "Armed clash";
    } else if (armed_s && (in(t, {"CVL", "JRN", "MED", "REL", "EDU", "REF", "LAB", "AGR", "HLH"}) ||
                           (c->target.human && !armed_t))) {
      e.acled = "Attack";
    } else if (s == "CVL" && !s.empty()) {
      e.acled = "Mob violence";
    }
  } else if (e.type == "COERCE" && e.mode == "seize" && e.cameo == "192") {
    if (in(s, {"GOV", "MIL", "COP"}) || (c->source.known && s.empty() &&
                                         !c->source.actor.country.empty()))
      e.acled = "Government regains territory";
    else if (in(s, {"REB", "PRM", "UAF"}))
      e.acled = "Non-state actor overtakes territory";
  } else if (e.type == "COERCE" && e.mode == "arrest") {
    // Arrests at a protest suppress that protest. (Not every arrest of
    // someone the PROTESTER class names is: "detained a rights activist".)
    e.acled = c->at_protest ? "Protest with intervention" : "Arrests";
  } else if (e.type == "COERCE" && c->target.protester && e.acled.empty()) {
    e.acled = "Protest with intervention";
  }
}

std::optional<Actor> ActorOf(const Role& r) {
  if (!r.present) return std::nullopt;
  return r.actor;
}

EventPlace ToEventPlace(const Place& p) {
  EventPlace e;
  e.geonameid = p.geonameid;
  e.name = p.name;
  e.country = p.country;
  e.lat = p.lat;
  e.lon = p.lon;
  return e;
}

// Whether a candidate is coded (codebook 12, 14.2): a known source or target;
// or a protest, whose trigger names its actors (protesters), as ACLED codes
// protests by unnamed crowds; or an arrest, attack or abduction of someone
// named ("Joseph had been arrested"): the act and its victim are specific
// although no lexicon knows either party; or an arrest of people told by a
// word for people, a pronoun or a number ("the reporter had been in
// detention", "he was arrested", "20 arrested"): only people are arrested,
// so the arrest sense's own constraints and a human target leave no other
// reading (codebook 12); or an attack told by its weapon at a named place
// ("a landmine exploded under a vehicle in Tillaberi", codebook 14.2).
bool Codable(const Candidate& c) {
  return c.source.known || c.target.known || c.event.type == "PROTEST" ||
         ((c.event.type == "COERCE" || c.event.type == "ASSAULT") && c.target.person) ||
         (c.event.type == "COERCE" && c.event.mode == "arrest" && c.target.present &&
          c.target.human) ||
         c.told_by_weapon;
}

}  // namespace

// ACLED codes a protest the authorities suppress as one event (codebook 4):
// an arrest or use of force by police, army or government in the protest's
// sentence or the next, against the protesters (a protest word, a pronoun or
// number: "police detained 5 of them", "used tear gas to disperse them") or
// against no one named, is an intervention in that protest (a protest told
// by a noun: only when the act is told as during or at it); the protest is
// then "Protest with intervention", or "Excessive force against protesters"
// when the force was more than crowd control ("police shot dead a protester
// during a demonstration"). A riot stays a violent demonstration.
void MarkInterventions(std::vector<Candidate>* candidates) {
  static const std::set<std::string> kPeople = {"them", "they", "several", "some", "many",
                                                "most", "dozens", "hundreds", "scores"};
  auto is_intervention = [](const Candidate& c) {
    const Event& e = c.event;
    if (c.dropped || e.status != EventStatus::kAsserted) return false;
    if (!(e.type == "ASSAULT" || (e.type == "COERCE" && e.mode == "arrest"))) return false;
    const std::string& s = c.source.known ? c.source.actor.sector : std::string();
    if (s != "COP" && s != "MIL" && s != "GOV") return false;
    const Role& t = c.target;
    const bool number = !t.head_key.empty() &&
                        std::all_of(t.head_key.begin(), t.head_key.end(),
                                    [](char ch) { return ch >= '0' && ch <= '9'; });
    return !t.present || t.protester || t.from_context || number ||
           kPeople.count(t.head_key) > 0;
  };
  for (Candidate& protest : *candidates) {
    Event& p = protest.event;
    if (protest.dropped || p.type != "PROTEST" || p.status != EventStatus::kAsserted ||
        p.acled != "Peaceful protest")
      continue;
    for (Candidate& act : *candidates) {
      if (act.sentence != protest.sentence && act.sentence != protest.sentence + 1) continue;
      if (!is_intervention(act)) continue;
      // A protest noun is often a backdrop ("arrested dozens of protesters
      // following two nights of demonstrations"): only an act told as
      // happening during or at it intervenes.
      if (protest.noun && !act.at_protest) continue;
      act.at_protest = true;
      const bool excessive = act.event.type == "ASSAULT" && act.event.mode != "crowd-control";
      if (excessive || p.acled == "Peaceful protest")
        p.acled = excessive ? "Excessive force against protesters" : "Protest with intervention";
    }
  }
}

float Confidence(const Candidate& c) {
  float conf = 0.9f;
  if (c.noun) conf -= 0.05f;
  for (const Role* r : {&c.source, &c.target}) {
    // A protest is seldom against a named recipient (PLOVER requires none):
    // its absence is no doubt about the event.
    if (!r->present && !(r == &c.target && c.event.type == "PROTEST")) conf -= 0.1f;
    if (!r->present) continue;
    if (!r->known) conf -= 0.2f;
    else if (r->generic) conf -= 0.05f;
    if (r->from_context) conf -= 0.1f;
    if (r->unconfirmed) conf -= 0.1f;
  }
  if (c.places.empty()) conf -= 0.05f;
  else if (c.place_from_context) conf -= 0.05f;
  if (c.guessed) conf -= 0.2f;
  if (c.source_fallback) conf -= 0.05f;
  if (c.protested) conf -= 0.15f;
  // Users order a snippet's events by confidence to see what happened: an
  // act only planned, attempted, supposed or called for comes after those
  // that were done.
  if (c.event.status != EventStatus::kAsserted && c.event.status != EventStatus::kAggregate)
    conf -= 0.1f;
  return std::clamp(conf, 0.05f, 1.0f);
}

void DocumentPass(const EventCoder& coder, Document& doc, DocState* state,
                  std::vector<Candidate>* candidates) {
  (void)coder;
  // (a) References to an earlier operation. Candidates are in text order;
  // a material-conflict event with a known source becomes an anchor for the
  // sentences after it.
  std::vector<Anchor> anchors = state->anchors;
  for (Candidate& c : *candidates) {
    if (c.places_referred >= 2 && c.places.empty()) {
      const size_t n = static_cast<size_t>(c.places_referred);
      if (const Anchor* a = LatestBefore(anchors, c.sentence, [&](const Anchor& x) {
            return x.type.empty() && DistinctPlaces(x.places) == n;
          })) {
        c.places = a->places;
        c.place_from_context = true;
        if (IsMaterialConflict(c.event.type) && !c.source.known) {
          const Anchor* op = a->source ? a : LatestBefore(anchors, c.sentence + 1, [&](const Anchor& x) {
            return x.sentence == a->sentence && x.source.has_value();
          });
          if (op && op->source) {
            c.source = *op->source;
            c.source.from_context = true;
          }
        }
      }
    }
    // An operation is carried out by force: the withdrawal of ambassadors
    // (SANCTION) or a protest told before it is no operation "the
    // crackdown" can point back to ("both countries withdrew their
    // ambassadors. ... wept over the crackdown against the ... Muslim
    // Brotherhood supporters": the countries cracked down on no one).
    if (c.refers_to_operation && IsMaterialConflict(c.event.type)) {
      if (const Anchor* a = LatestBefore(anchors, c.sentence, [](const Anchor& x) {
            return x.source.has_value() && x.type != "SANCTION" && x.type != "PROTEST";
          })) {
        if (!c.source.known) {
          c.source = *a->source;
          c.source.from_context = true;
        }
        if (c.places.empty() && !a->places.empty()) {
          c.places = a->places;
          c.place_from_context = true;
        }
      }
    }
    if (c.source.known && IsMaterialConflict(c.event.type) &&
        c.event.status == EventStatus::kAsserted) {
      Anchor a;
      a.sentence = c.sentence;
      a.places = c.places;
      a.source = c.source;
      a.type = c.event.type;
      anchors.push_back(std::move(a));
    }
  }

  // (b) Stories: events of the article that report one real event.
  std::vector<Item> items;
  items.reserve(doc.events.size() + candidates->size());
  for (Event& e : doc.events) {
    Item it;
    it.event = &e;
    it.title_source = RoleOf(e.source);
    it.title_target = RoleOf(e.target);
    for (const EventPlace& p : e.places) it.places.emplace_back(p.geonameid, p.name);
    items.push_back(std::move(it));
  }
  for (Item& it : items) {
    it.source = &it.title_source;
    it.target = &it.title_target;
  }
  for (Candidate& c : *candidates) {
    Item it;
    it.candidate = &c;
    it.event = &c.event;
    it.source = &c.source;
    it.target = &c.target;
    for (const Place* p : c.places) it.places.emplace_back(p->geonameid, p->name);
    items.push_back(std::move(it));
  }
  std::vector<std::vector<size_t>> stories;
  std::vector<int> story_of(items.size(), -1);
  for (size_t i = 0; i < items.size(); ++i) {
    // The records of one event coded once per actor of a coordination
    // (codebook 6.1: same sentence, trigger and type) are one story: the
    // first record chooses it; later stories must fit every record.
    if (const Candidate* c = items[i].candidate)
      for (size_t j = 0; j < i && story_of[i] < 0; ++j) {
        const Candidate* d = items[j].candidate;
        if (d && d->sentence == c->sentence && d->trigger == c->trigger &&
            d->event.type == c->event.type) {
          story_of[i] = story_of[j];
          stories[static_cast<size_t>(story_of[j])].push_back(i);
        }
      }
    for (size_t s = 0; s < stories.size() && story_of[i] < 0; ++s) {
      bool all = true;
      for (size_t j : stories[s]) all = all && Compatible(items[i], items[j]);
      if (all) {
        stories[s].push_back(i);
        story_of[i] = static_cast<int>(s);
      }
    }
    if (story_of[i] < 0) {
      story_of[i] = static_cast<int>(stories.size());
      stories.push_back({i});
    }
  }

  // (c) A member's unknown parts from the earliest member that knows them:
  // the body's "men ... arrested" are the headline's "cinco seguidores de Daesh".
  for (const auto& members : stories) {
    for (size_t i : members) {
      Candidate* c = items[i].candidate;
      if (!c) continue;
      for (size_t j : members) {
        const Candidate* d = items[j].candidate;
        if (!d || d == c) continue;
        if (d->sentence > c->sentence) continue;
        if (!SameAct(*c, *d)) continue;
        // A role the sentence fills with a thing of its own ("their crackdown
        // on human rights") is said: another member's actor ("a ban on the
        // media outlet") does not replace it. Unknown people, pronouns ("we",
        // "it") and generic words may still be the other member's actor.
        auto fill = [](Role* mine, const Role& theirs) {
          const bool own_thing = mine->present && !mine->known && !mine->generic &&
                                 !mine->from_context && !mine->human && !mine->person &&
                                 !mine->protester && mine->pronoun < 0 && mine->head >= 0;
          if (own_thing) return;
          if (theirs.known && !theirs.generic && (!mine->known || mine->generic)) {
            *mine = theirs;
            mine->from_context = true;
          }
        };
        fill(&c->source, d->source);
        fill(&c->target, d->target);
        if (!c->event.count && d->event.count) {
          c->event.count = d->event.count;
          c->event.count_at_least = d->event.count_at_least;
        }
        if (c->places.empty() && !d->places.empty()) {
          c->places = d->places;
          c->place_from_context = true;
        }
      }
    }
  }

  // Story ids in order of first appearance; events without a known actor go.
  int next_story = 0;
  std::vector<int> story_id(stories.size(), -1);
  for (size_t i = 0; i < items.size(); ++i) {
    Candidate* c = items[i].candidate;
    if (c && !Codable(*c)) continue;
    int& id = story_id[static_cast<size_t>(story_of[i])];
    if (id < 0) id = ++next_story;
    items[i].event->story = doc.id + ":s" + std::to_string(id);
  }

  // (d) The final events.
  MarkInterventions(candidates);
  size_t n = doc.events.size();
  for (Candidate& c : *candidates) {
    if (c.dropped || !Codable(c)) continue;
    RefineAcled(&c);
    Event e = std::move(c.event);
    e.id = doc.id + ":e" + std::to_string(++n);
    e.source = ActorOf(c.source);
    e.target = ActorOf(c.target);
    e.places.clear();
    for (const Place* p : c.places) {
      EventPlace ep = ToEventPlace(*p);
      if (std::none_of(e.places.begin(), e.places.end(), [&](const EventPlace& x) {
            return x.geonameid == ep.geonameid && x.name == ep.name;
          }))
        e.places.push_back(std::move(ep));
    }
    if (!e.places.empty()) e.place = e.places.front();
    e.confidence = Confidence(c);
    doc.events.push_back(std::move(e));
  }
}

}  // namespace strabo::events::internal

#include "events/eval/score.h"

#include "geo/fold.h"
#include <algorithm>
#include <cstdio>
#include <set>

#include "events/plover.h"
#include "events/word_key.h"
#include "geo/fold.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::events {
namespace {

std::set<std::string> Words(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  size_t pos = 0;
  auto flush = [&] {
    if (CountCodePoints(word) >= 3) out.insert(WordKey(word));
    word.clear();
  };
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, &pos);
    if (IsLetter(cp) || IsDigit(cp) || IsMark(cp))
      word.append(text.substr(start, pos - start));
    else
      flush();
  }
  flush();
  return out;
}

// Codes compared as the gold writes them: every IGO is IGO.
std::string Comparable(std::string code) {
  if (code == "UNO" || code == "EUR") return "IGO";
  return code;
}

struct ActorScore {
  int code = -1, sector = -1, text = -1;  // -1: not comparable, 0 disagree, 1 agree
};

ActorScore ScoreActor(const std::vector<GoldActor>& gold, bool has, const std::string& code,
                      const std::string& sector, const std::string& text) {
  ActorScore s;
  bool gold_code = false, gold_sector = false, gold_text = false;
  for (const GoldActor& g : gold) {
    gold_code |= !g.code.empty();
    gold_sector |= !g.sector.empty();
    gold_text |= !g.text.empty();
  }
  if (gold_code) {
    s.code = 0;
    for (const GoldActor& g : gold)
      if (has && !code.empty() && Comparable(g.code) == Comparable(code)) s.code = 1;
  }
  if (gold_sector) {
    s.sector = 0;
    for (const GoldActor& g : gold)
      if (has && !sector.empty() && g.sector == sector) s.sector = 1;
  }
  if (gold_text && !gold_code) {
    s.text = 0;
    for (const GoldActor& g : gold)
      if (has && TextsOverlap(g.text, text)) s.text = 1;
  }
  return s;
}

// Distinct predicted events among the predictions `in` accepts: records of
// one event coded once per coordinated actor (same type and trigger) are one.
template <class In>
size_t EventsIn(const std::vector<PredictedEvent>& predicted, In in) {
  std::set<std::string> seen;
  size_t n = 0;
  for (const PredictedEvent& p : predicted)
    if (in(p) && (p.trigger_at.empty() || seen.insert(p.type + " " + p.trigger_at).second)) ++n;
  return n;
}

// Adds a sentence's class counts (multisets of one class) to `c`.
void AddClass(size_t gold, size_t predicted, Counts* c) {
  const size_t tp = std::min(gold, predicted);
  c->tp += tp;
  c->fp += predicted - tp;
  c->fn += gold - tp;
}

bool IsCameo173(std::string_view cameo) { return cameo.substr(0, 3) == "173"; }

void Tally(int score, Agreement* a) {
  if (score < 0) return;
  ++a->compared;
  a->agree += static_cast<size_t>(score);
}

}  // namespace

bool TextsOverlap(std::string_view a, std::string_view b) {
  const auto wa = Words(a), wb = Words(b);
  for (const std::string& w : wa)
    if (wb.count(w)) return true;
  return false;
}

bool IsArrest(const GoldEvent& e) {
  return IsCameo173(e.cameo) || (e.type == "COERCE" && e.mode == "arrest");
}

bool IsArrest(const PredictedEvent& e) {
  return IsCameo173(e.cameo) || (e.type == "COERCE" && e.mode == "arrest");
}

std::string GoldAcled(const GoldEvent& e, const CameoMap& table) {
  if (!e.acled.empty()) return e.acled;
  std::vector<const CameoEntry*> rows;
  std::string_view codes = e.cameo;
  while (!codes.empty()) {
    const size_t slash = codes.find('/');
    const std::string_view code = codes.substr(0, slash);
    codes = slash == std::string_view::npos ? std::string_view() : codes.substr(slash + 1);
    if (code.empty()) continue;
    for (const CameoEntry& row : table.entries())
      if (std::string_view(row.cameo).substr(0, code.size()) == code) rows.push_back(&row);
  }
  if (rows.empty() && !e.type.empty())
    for (const CameoEntry& row : table.entries())
      if (row.type == e.type && (e.mode.empty() || row.mode == e.mode)) rows.push_back(&row);
  if (rows.empty()) return "";
  for (const CameoEntry* row : rows)
    if (row->acled.empty() || row->acled != rows[0]->acled) return "";
  return rows[0]->acled;
}

int MostConfident(const std::vector<PredictedEvent>& predicted) {
  int best = -1;
  for (size_t i = 0; i < predicted.size(); ++i)
    if (best < 0 || predicted[i].confidence > predicted[static_cast<size_t>(best)].confidence)
      best = static_cast<int>(i);
  return best;
}

std::string PloverCode(const Actor& actor) {
  if (!actor.country.empty()) return actor.country;
  if (actor.sector == "IGO" || actor.sector == "NGO") return actor.sector;
  if (actor.sector == "REB" && !actor.name.empty()) return "IMG";
  return {};
}

std::vector<PredictedEvent> PredictedEvents(const Document& doc) {
  std::vector<PredictedEvent> out;
  for (const Event& e : doc.events) {
    PredictedEvent p;
    p.type = e.type;
    p.mode = e.mode;
    p.cameo = e.cameo;
    p.acled = e.acled;
    p.confidence = e.confidence;
    p.status = std::string(ToString(e.status));
    p.trigger = std::string(doc.Text(e.trigger));
    // Formatted in a buffer: gcc 12 at -O3 reports a false -Wrestrict
    // overlap for string concatenation here.
    char at[16];
    std::snprintf(at, sizeof at, "%c%u", e.in_title ? 't' : 'b', e.trigger.begin);
    p.trigger_at = at;
    if (e.source) {
      p.has_source = true;
      p.source_code = PloverCode(*e.source);
      p.source_sector = e.source->sector;
      p.source_text = std::string(doc.Text(e.source->span));
    }
    if (e.target) {
      p.has_target = true;
      p.target_code = PloverCode(*e.target);
      p.target_sector = e.target->sector;
      p.target_text = std::string(doc.Text(e.target->span));
    }
    for (const EventPlace& ep : e.places) {
      p.place_keys.push_back(geo::FoldKey(ep.name));
      for (const Place& mention : doc.places)
        if (mention.geonameid == ep.geonameid && mention.name == ep.name)
          p.place_keys.push_back(geo::FoldKey(doc.Text(mention.span)));
    }
    if (!e.places.empty()) p.place = e.places.front().name;
    out.push_back(std::move(p));
  }
  return out;
}

SentenceScore EventScorer::Add(const GoldSentence& gold,
                               const std::vector<PredictedEvent>& predicted) {
  ++sentences_;
  SentenceScore score;
  std::vector<const GoldEvent*> golds;
  for (const GoldEvent& e : gold.events)
    if (!e.type.empty()) golds.push_back(&e);
  score.gold_matched.assign(golds.size(), false);
  score.predicted_matched.assign(predicted.size(), false);
  for (const GoldEvent* g : golds) score.gold_types.push_back(g->type);
  for (const PredictedEvent& p : predicted) score.predicted_types.push_back(p.type);

  // Pair gold and predicted events of the same type, best actor agreement first.
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    const GoldEvent& g = *golds[gi];
    int best = -1, best_value = -1;
    ActorScore best_source, best_target;
    for (size_t pi = 0; pi < predicted.size(); ++pi) {
      if (score.predicted_matched[pi] || predicted[pi].type != g.type) continue;
      const PredictedEvent& p = predicted[pi];
      const ActorScore s = ScoreActor(g.sources, p.has_source, p.source_code, p.source_sector,
                                      p.source_text);
      const ActorScore t = ScoreActor(g.targets, p.has_target, p.target_code, p.target_sector,
                                      p.target_text);
      const int value = std::max(s.code, 0) + std::max(s.sector, 0) + std::max(s.text, 0) +
                        std::max(t.code, 0) + std::max(t.sector, 0) + std::max(t.text, 0);
      if (value > best_value) {
        best = static_cast<int>(pi);
        best_value = value;
        best_source = s;
        best_target = t;
      }
    }
    if (best < 0) continue;
    score.gold_matched[gi] = true;
    score.predicted_matched[static_cast<size_t>(best)] = true;
    Tally(best_source.code, &source_code_);
    Tally(best_source.sector, &source_sector_);
    Tally(best_source.text, &source_text_);
    Tally(best_target.code, &target_code_);
    Tally(best_target.sector, &target_sector_);
    Tally(best_target.text, &target_text_);
    if (!g.place.empty()) {
      const std::vector<std::string>& keys = predicted[static_cast<size_t>(best)].place_keys;
      ++place_.compared;
      place_.agree += std::find(keys.begin(), keys.end(), geo::FoldKey(g.place)) != keys.end() ? 1 : 0;
      place_missing_ += keys.empty() ? 1 : 0;
    }
  }
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    Counts& c = by_type_[golds[gi]->type];
    if (score.gold_matched[gi]) {
      ++c.tp;
      ++score.counts.tp;
    } else {
      ++c.fn;
      ++score.counts.fn;
    }
  }
  // The records of one event coded once per actor of a coordination ("Jordan
  // and Britain agreed": one record for each) are one predicted event: a
  // record left over after its event matched is part of the match, and
  // unmatched records of one event are one false positive.
  auto same_event = [&](size_t a, size_t b) {
    return predicted[a].type == predicted[b].type && !predicted[a].trigger_at.empty() &&
           predicted[a].trigger_at == predicted[b].trigger_at;
  };
  for (size_t pi = 0; pi < predicted.size(); ++pi) {
    if (score.predicted_matched[pi]) continue;
    bool counted = false;
    for (size_t pj = 0; pj < predicted.size() && !counted; ++pj)
      if (pj != pi && same_event(pi, pj) && (score.predicted_matched[pj] || pj < pi))
        counted = true;
    for (size_t pj = 0; pj < predicted.size(); ++pj)
      if (pj != pi && same_event(pi, pj) && score.predicted_matched[pj]) {
        score.predicted_matched[pi] = true;  // reported as part of the matched event
        break;
      }
    if (counted) continue;
    ++by_type_[predicted[pi].type].fp;
    ++score.counts.fp;
  }

  // Arrests.
  size_t gold_arrests = 0;
  for (const GoldEvent* g : golds) gold_arrests += IsArrest(*g) ? 1 : 0;
  AddClass(gold_arrests,
           EventsIn(predicted, [](const PredictedEvent& p) { return IsArrest(p); }), &arrest_);

  // Modes: "TYPE mode" classes; no predicted mode counted for a type the
  // gold codes without one here.
  std::map<std::string, size_t> gold_modes;
  std::set<std::string> modeless;
  for (const GoldEvent* g : golds) {
    if (g->mode.empty())
      modeless.insert(g->type);
    else
      ++gold_modes[g->type + " " + g->mode];
  }
  std::set<std::string> mode_keys;
  for (const auto& [key, n] : gold_modes) mode_keys.insert(key);
  for (const PredictedEvent& p : predicted)
    if (!p.mode.empty() && !modeless.count(p.type)) mode_keys.insert(p.type + " " + p.mode);
  for (const std::string& key : mode_keys) {
    const size_t n = EventsIn(predicted, [&](const PredictedEvent& p) {
      return !p.mode.empty() && p.type + " " + p.mode == key;
    });
    const auto g = gold_modes.find(key);
    AddClass(g == gold_modes.end() ? 0 : g->second, n, &by_mode_[key]);
  }

  // ACLED sub-event type of the most confident event.
  if (table_ != nullptr) {
    // The types the gold gives for the sentence replace the mapped ones: the
    // mapping would add the types of its other events ("injuring 3" in an
    // IED note is no attack of its own).
    const bool given = std::any_of(gold.events.begin(), gold.events.end(),
                                   [](const GoldEvent& g) { return !g.acled.empty(); });
    for (const GoldEvent& g : gold.events) {
      if (given && g.acled.empty()) continue;
      std::string acled = GoldAcled(g, *table_);
      if (!acled.empty() && std::find(score.gold_acled.begin(), score.gold_acled.end(), acled) ==
                                score.gold_acled.end())
        score.gold_acled.push_back(std::move(acled));
    }
    if (!score.gold_acled.empty()) {
      score.most_confident = MostConfident(predicted);
      const std::string coded =
          score.most_confident < 0 ? "" : predicted[static_cast<size_t>(score.most_confident)].acled;
      const bool right = !coded.empty() && std::find(score.gold_acled.begin(),
                                                     score.gold_acled.end(),
                                                     coded) != score.gold_acled.end();
      ++acled_.sentences;
      acled_.given += given ? 1 : 0;
      acled_.right += right ? 1 : 0;
      acled_.no_event += score.most_confident < 0 ? 1 : 0;
      for (const std::string& a : score.gold_acled) {
        AcledScore& t = acled_by_type_[a];
        ++t.sentences;
        t.right += coded == a ? 1 : 0;
        t.no_event += score.most_confident < 0 ? 1 : 0;
      }
    }
  }

  total_.tp += score.counts.tp;
  total_.fp += score.counts.fp;
  total_.fn += score.counts.fn;
  return score;
}

}  // namespace strabo::events

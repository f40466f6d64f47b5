// `strabo eval events --gold FILE`: event type P/R/F1 per sentence and actor
// agreement against PLOVER JSON or UniversalPetrarch XML gold records; with
// --lexicon-recall, how many gold events the trigger lexicon has a trigger
// for. See src/events/eval/score.h for the measures.
#include <array>
#include <cstdio>
#include <map>
#include <memory>

#include "commands.h"
#include "events/eval/coverage.h"
#include "events/eval/gold.h"
#include "events/eval/score.h"
#include "events/lexicon.h"

namespace strabo::cli {
namespace {

struct EvalEventsOptions {
  std::string gold;
  std::string lang = "auto";
  std::string resources;
  bool dump = false;
  bool dump_errors = false;
  bool lexicon_recall = false;
  bool asserted_only = false;
  std::string split = "all";
  int max_notes = 20;
};

// The fixed split of a gold file (--split): every fifth scored sentence
// (the 5th, 10th, ...) is held out; the rest is what the coder is tuned on.
bool InSplit(const std::string& split, size_t index) {
  if (split == "all") return true;
  const bool held_out = index % 5 == 4;
  return split == "held-out" ? held_out : !held_out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : " ") + s;
  return out.empty() ? "-" : out;
}

// "text [CODE SECTOR]; ..." for --dump.
std::string Describe(const std::vector<events::GoldActor>& actors) {
  std::string out;
  for (const events::GoldActor& actor : actors) {
    out += (out.empty() ? "" : "; ") + actor.text;
    if (!actor.code.empty())
      out += " [" + actor.code + (actor.sector.empty() ? "" : " " + actor.sector) + "]";
  }
  return out.empty() ? "-" : out;
}

void PrintNotes(const events::GoldSet& gold, int max_notes) {
  if (gold.notes.empty()) return;
  std::printf("\ngold data notes (%zu; what the reader had to interpret):\n", gold.notes.size());
  for (size_t i = 0; i < gold.notes.size() && static_cast<int>(i) < max_notes; ++i)
    std::printf("  %s\n", gold.notes[i].c_str());
  if (gold.notes.size() > static_cast<size_t>(max_notes))
    std::printf("  ... %zu more (--max-notes N)\n", gold.notes.size() - max_notes);
}

std::string LangOf(const events::GoldSentence& s, const EvalEventsOptions& o) {
  return o.lang == "auto" ? (s.lang.empty() ? "en" : s.lang) : o.lang;
}

int RunLexiconRecall(const EvalEventsOptions& o, const events::GoldSet& gold) {
  auto lex = events::EventLexicon::Load(o.resources);
  if (!lex.ok()) {
    std::fprintf(stderr, "strabo: %s\n", lex.status().message().c_str());
    return kExitFatal;
  }
  // English gold has no parse: segment with the standard pipeline and guess lemmas.
  std::map<std::string, Result<Pipeline>> pipelines;
  std::map<std::string, std::array<size_t, 4>> by_type;  // right, rule, other, none
  std::array<size_t, 4> total{};
  for (const events::GoldSentence& s : gold.sentences) {
    if (!s.evaluate) continue;
    const std::string lang = LangOf(s, o);
    const events::TriggerLexicon* triggers = (*lex)->triggers(lang);
    if (!triggers) continue;
    std::vector<Token> tokens;
    std::string text;
    if (!s.parse.empty()) {
      tokens = events::TokensFromParse(s.parse, &text);
    } else {
      auto it = pipelines.find(lang);
      if (it == pipelines.end()) {
        StageOptions stage;
        stage.lang = lang;
        stage.resource_dir = o.resources;
        it = pipelines.emplace(lang, Pipeline::CreateStandard(stage)).first;
      }
      if (!it->second.ok()) {
        std::fprintf(stderr, "strabo: %s\n", it->second.status().message().c_str());
        return kExitFatal;
      }
      Article a;
      a.text = s.text;
      a.lang_hint = lang;
      Document doc = Document::FromArticle(std::move(a));
      if (Status st = it->second->Run(doc); !st.ok()) {
        std::fprintf(stderr, "strabo: %s: %s\n", s.id.c_str(), st.message().c_str());
        continue;
      }
      tokens = std::move(doc.tokens);
    }
    for (const events::GoldEvent& e : s.events) {
      if (e.type.empty()) continue;
      const auto r = events::TriggerCoverage(*triggers, *(*lex)->cues(lang), e, tokens);
      const size_t k = static_cast<size_t>(r.coverage);
      ++total[k];
      ++by_type[e.type][k];
      if (o.dump && r.coverage != events::Coverage::kRightType &&
          r.coverage != events::Coverage::kRule)
        std::printf("%s\t%s\t\"%s\"\t%s\tlexicon: %s\n", e.id.c_str(), e.type.c_str(),
                    e.event_text.c_str(),
                    r.coverage == events::Coverage::kNone ? "no trigger" : "other type",
                    Join(r.types).c_str());
    }
  }
  const size_t n = total[0] + total[1] + total[2] + total[3];
  std::printf("lexicon recall on %s (%s): %zu gold events with a PLOVER type\n",
              gold.origin.c_str(), gold.format.c_str(), n);
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
  std::printf("  covered: %zu (%.1f%%)\n", total[0] + total[1], pct(total[0] + total[1], n));
  std::printf("    a trigger with the gold type:        %zu (%.1f%%)\n", total[0], pct(total[0], n));
  std::printf("    the gold type by a codebook rule:    %zu (%.1f%%)\n", total[1], pct(total[1], n));
  std::printf("  a trigger of another type only:        %zu (%.1f%%)\n", total[2], pct(total[2], n));
  std::printf("  no trigger:                            %zu (%.1f%%)\n", total[3], pct(total[3], n));
  std::printf("  %-10s %6s %6s %6s %6s %6s\n", "type", "gold", "right", "rule", "other", "none");
  for (const auto& [type, c] : by_type)
    std::printf("  %-10s %6zu %6zu %6zu %6zu %6zu\n", type.c_str(), c[0] + c[1] + c[2] + c[3],
                c[0], c[1], c[2], c[3]);
  PrintNotes(gold, o.max_notes);
  return kExitOk;
}

int RunEvalEvents(const EvalEventsOptions& o) {
  auto gold = events::ReadGold(o.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "strabo: %s\n", gold.status().message().c_str());
    return kExitUsage;
  }
  if (o.lexicon_recall) return RunLexiconRecall(o, *gold);

  // strabo's CAMEO table gives the gold its ACLED sub-event types.
  auto lex = events::EventLexicon::Load(o.resources);
  if (!lex.ok()) {
    std::fprintf(stderr, "strabo: %s\n", lex.status().message().c_str());
    return kExitFatal;
  }
  std::map<std::string, Result<Pipeline>> pipelines;
  events::EventScorer scorer(&(*lex)->cameo());
  size_t skipped = 0, predicted_total = 0, not_counted = 0;
  std::string stage_names;
  size_t index = 0;
  for (const events::GoldSentence& s : gold->sentences) {
    if (!s.evaluate) {
      ++skipped;
      continue;
    }
    if (!InSplit(o.split, index++)) continue;
    const std::string lang = LangOf(s, o);
    auto it = pipelines.find(lang);
    if (it == pipelines.end()) {
      StageOptions stage;
      stage.lang = lang;
      stage.resource_dir = o.resources;
      it = pipelines.emplace(lang, Pipeline::CreateStandard(stage)).first;
      if (it->second.ok() && stage_names.empty())
        for (const auto& st : it->second->stages())
          stage_names += (stage_names.empty() ? "" : ", ") + std::string(st->name());
    }
    if (!it->second.ok()) {
      std::fprintf(stderr, "strabo: %s\n", it->second.status().message().c_str());
      return kExitFatal;
    }
    Article a;
    a.id = s.id;
    a.text = s.text;
    a.date = s.date;
    a.lang_hint = lang;
    a.origin = o.gold + ": " + s.id;
    Document doc = Document::FromArticle(std::move(a));
    std::vector<events::PredictedEvent> predicted;
    if (Status st = it->second->Run(doc); !st.ok()) {
      std::fprintf(stderr, "strabo: %s\n", st.message().c_str());
    } else {
      for (events::PredictedEvent& p : events::PredictedEvents(doc)) {
        // Negated events did not happen; --asserted-only keeps asserted ones only.
        const bool counted = o.asserted_only ? p.status == "asserted" : p.status != "negated";
        if (counted)
          predicted.push_back(std::move(p));
        else
          ++not_counted;
      }
    }
    predicted_total += predicted.size();
    const events::SentenceScore score = scorer.Add(s, predicted);
    const bool error = score.counts.fp + score.counts.fn > 0;
    if (o.dump || (o.dump_errors && error)) {
      std::printf("== %s  tp=%zu fp=%zu fn=%zu\n%s\n", s.id.c_str(), score.counts.tp,
                  score.counts.fp, score.counts.fn, s.text.c_str());
      size_t gi = 0;
      for (const events::GoldEvent& e : s.events) {
        if (e.type.empty()) {
          std::printf("  gold  %-9s (not scored: %s) \"%s\"\n", "-", e.raw_type.c_str(),
                      e.event_text.c_str());
          continue;
        }
        const std::string src = Describe(e.sources), tgt = Describe(e.targets);
        std::printf("  gold  %-9s %s \"%s\"  source: %s  target: %s%s%s\n", e.type.c_str(),
                    score.gold_matched[gi++] ? "match" : "MISS ", e.event_text.c_str(),
                    src.c_str(), tgt.c_str(), e.place.empty() ? "" : "  place: ", e.place.c_str());
      }
      for (size_t pi = 0; pi < predicted.size(); ++pi) {
        const auto& p = predicted[pi];
        std::printf("  pred  %-9s %s \"%s\" %s  mode: %s  source: %s [%s %s]  target: %s [%s %s]  "
                    "place: %s  confidence %.2f\n",
                    p.type.c_str(), score.predicted_matched[pi] ? "match" : "EXTRA",
                    p.trigger.c_str(), p.status.c_str(), p.mode.empty() ? "-" : p.mode.c_str(),
                    p.source_text.c_str(), p.source_code.c_str(), p.source_sector.c_str(),
                    p.target_text.c_str(), p.target_code.c_str(), p.target_sector.c_str(),
                    p.place.empty() ? "-" : p.place.c_str(), p.confidence);
      }
      if (!score.gold_acled.empty()) {
        const std::string coded =
            score.most_confident < 0
                ? std::string()
                : predicted[static_cast<size_t>(score.most_confident)].acled;
        std::printf("  acled gold: %s  most confident: %s\n", Join(score.gold_acled).c_str(),
                    coded.empty() ? "-" : coded.c_str());
      }
    }
  }
  const auto& t = scorer.total();
  size_t gold_events = t.tp + t.fn, unscored = 0;
  for (const auto& s : gold->sentences)
    for (const auto& e : s.events) unscored += e.type.empty() && s.evaluate ? 1 : 0;
  std::printf("gold: %s (%s): %zu sentences scored (split %s; %zu not: evaluate=\"false\"), "
              "%zu events (%zu more without a PLOVER type, not scored; %zu records skipped)\n",
              gold->origin.c_str(), gold->format.c_str(), scorer.sentences(), o.split.c_str(),
              skipped, gold_events, unscored, gold->skipped_records);
  std::printf("pipeline: %s\n", stage_names.c_str());
  std::printf("predicted: %zu events counted (%zu %s not counted)\n", predicted_total, not_counted,
              o.asserted_only ? "not asserted" : "negated");
  if (predicted_total == 0 && not_counted == 0)
    std::printf("  no events: the pipeline has no events stage yet (or it coded nothing), so "
                "recall is 0 by construction\n");
  std::printf("event type per sentence: P %.1f  R %.1f  F1 %.1f  (tp %zu, fp %zu, fn %zu)\n",
              100 * t.Precision(), 100 * t.Recall(), 100 * t.F1(), t.tp, t.fp, t.fn);
  std::printf("  %-10s %6s %6s %6s %7s %7s %7s\n", "type", "tp", "fp", "fn", "P", "R", "F1");
  for (const auto& [type, c] : scorer.by_type())
    std::printf("  %-10s %6zu %6zu %6zu %7.1f %7.1f %7.1f\n", type.c_str(), c.tp, c.fp, c.fn,
                100 * c.Precision(), 100 * c.Recall(), 100 * c.F1());
  std::printf("  per mode (the gold's modes; a coded mode of a type the gold gives no mode in "
              "that sentence is not counted):\n");
  std::printf("  %-24s %6s %6s %6s %7s %7s %7s\n", "type mode", "tp", "fp", "fn", "P", "R", "F1");
  for (const auto& [key, c] : scorer.by_mode())
    std::printf("  %-24s %6zu %6zu %6zu %7.1f %7.1f %7.1f\n", key.c_str(), c.tp, c.fp, c.fn,
                100 * c.Precision(), 100 * c.Recall(), 100 * c.F1());
  const events::Counts& arrest = scorer.arrest();
  if (arrest.tp + arrest.fn == 0)
    std::printf("arrests (COERCE arrest / CAMEO 173x): no gold arrest in this split (%zu coded)\n",
                arrest.fp);
  else
    std::printf("arrests (COERCE arrest / CAMEO 173x): P %.1f  R %.1f  F1 %.1f  (tp %zu, fp %zu, "
                "fn %zu)\n",
                100 * arrest.Precision(), 100 * arrest.Recall(), 100 * arrest.F1(), arrest.tp,
                arrest.fp, arrest.fn);
  const events::AcledScore& acled = scorer.acled();
  if (acled.sentences == 0) {
    std::printf("ACLED sub-event of the most confident event: no gold sentence maps to an ACLED "
                "type through data/events/cameo_plover.tsv\n");
  } else {
    std::printf("ACLED sub-event of the most confident event: %zu of %zu sentences (%.1f%%; %zu "
                "with no event coded). ",
                acled.right, acled.sentences, 100.0 * double(acled.right) / double(acled.sentences),
                acled.no_event);
    if (acled.given == acled.sentences)
      std::printf("The gold gives the ACLED types.\n");
    else
      std::printf("The gold's ACLED type comes through strabo's own CAMEO table "
                  "(data/events/cameo_plover.tsv), not from ACLED coders, for %zu of them.\n",
                  acled.sentences - acled.given);
    for (const auto& [type, a] : scorer.acled_by_type())
      std::printf("  %-36s %3zu of %3zu\n", type.c_str(), a.right, a.sentences);
  }
  auto agreement = [](const char* what, const events::Agreement& a) {
    if (a.compared == 0) {
      std::printf("%s: no matched pair where the gold has it\n", what);
      return;
    }
    std::printf("%s: %zu of %zu matched pairs (%.1f%%)\n", what, a.agree, a.compared,
                100 * a.Rate());
  };
  agreement("source code agreement", scorer.source_code());
  agreement("source sector agreement", scorer.source_sector());
  agreement("target code agreement", scorer.target_code());
  agreement("target sector agreement", scorer.target_sector());
  agreement("source text overlap", scorer.source_text());
  agreement("target text overlap", scorer.target_text());
  if (scorer.place().compared == 0)
    std::printf("event place: no matched pair where the gold names it\n");
  else
    std::printf("event place: %zu of %zu matched pairs where the gold names it (%.1f%%; %zu with no place coded)\n",
                scorer.place().agree, scorer.place().compared, 100 * scorer.place().Rate(),
                scorer.place_missing());
  PrintNotes(*gold, o.max_notes);
  return kExitOk;
}

}  // namespace

void RegisterEvalEvents(CLI::App* eval, int* exit_code) {
  auto o = std::make_shared<EvalEventsOptions>();
  CLI::App* cmd = eval->add_subcommand(
      "events",
      "Run the standard pipeline on each gold sentence and score the events it codes: "
      "precision, recall and F1 of the event type per sentence (micro and per type), and "
      "source/target agreement where the gold has codes or texts. Reads PLOVER gold records "
      "(JSON array) and UniversalPetrarch validation XML.");
  cmd->add_option("--gold", o->gold, "Gold file: PLOVER JSON or UniversalPetrarch XML")
      ->required();
  cmd->add_option("--lang", o->lang, "Language of the gold sentences: auto (from the gold), en, es")
      ->check(CLI::IsMember({"auto", "en", "es"}))
      ->default_val("auto");
  cmd->add_option("--resources", o->resources, "Directory holding models/ and data/");
  cmd->add_flag("--dump", o->dump,
                "List every sentence with its gold and predicted events (with --lexicon-recall: "
                "the gold events the lexicon misses)");
  cmd->add_flag("--dump-errors", o->dump_errors, "List only sentences with a miss or an extra");
  cmd->add_flag("--lexicon-recall", o->lexicon_recall,
                "Instead of scoring the pipeline, check the trigger lexicon: is there an entry, of "
                "the gold type, for the words the gold marks as the event?");
  cmd->add_flag("--asserted-only", o->asserted_only,
                "Count only asserted events (default: every status but negated)");
  cmd->add_option("--split", o->split,
                  "Score all sentences, or the fixed split: 'held-out' is every fifth scored "
                  "sentence (kept aside for unbiased figures), 'dev' the rest (for tuning)")
      ->check(CLI::IsMember({"all", "dev", "held-out"}))
      ->default_val("all");
  cmd->add_option("--max-notes", o->max_notes, "Gold data notes to print")->default_val(20);
  cmd->callback([o, exit_code] { *exit_code = RunEvalEvents(*o); });
}

}  // namespace strabo::cli

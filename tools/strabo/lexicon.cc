// `strabo lexicon`: check the event lexicons and look things up in them.
//
//   strabo lexicon check                       load every table, print sizes
//   strabo lexicon actor [--lang L] [--date D] [--context ISO3] TEXT
//   strabo lexicon trigger [--lang L] TEXT     triggers found in TEXT
#include <cstdio>
#include <memory>

#include "commands.h"
#include "events/lexicon.h"

namespace strabo::cli {
namespace {

struct LexiconOptions {
  std::string resources;
  std::string lang = "en";
  std::string date;
  std::string context;
  std::string text;
};

Result<std::shared_ptr<const events::EventLexicon>> LoadLexicon(const LexiconOptions& o) {
  auto lex = events::EventLexicon::Load(o.resources);
  if (!lex.ok()) std::fprintf(stderr, "strabo: %s\n", lex.status().message().c_str());
  return lex;
}

// Segments `text` with the standard pipeline (forced to `lang`) into a Document.
Result<Document> Segment(const LexiconOptions& o) {
  StageOptions stage;
  stage.lang = o.lang;
  stage.resource_dir = o.resources;
  auto pipeline = Pipeline::CreateStandard(stage);
  if (!pipeline.ok()) return pipeline.status();
  Article article;
  article.id = "lexicon";
  article.text = o.text;
  article.lang_hint = o.lang;
  article.origin = "<text>";
  Document doc = Document::FromArticle(std::move(article));
  STRABO_RETURN_IF_ERROR(pipeline->Run(doc));
  return doc;
}

int RunCheck(const LexiconOptions& o) {
  auto lex = LoadLexicon(o);
  if (!lex.ok()) return kExitFatal;
  for (const std::string& line : (*lex)->Summary()) std::printf("%s\n", line.c_str());
  std::printf("all event lexicons load and agree with each other\n");
  return kExitOk;
}

// Loads the lexicon and segments o.text; prints the reason and returns false on failure.
bool Prepare(const LexiconOptions& o, std::shared_ptr<const events::EventLexicon>* lex,
             Document* doc) {
  auto loaded = LoadLexicon(o);
  if (!loaded.ok()) return false;
  auto segmented = Segment(o);
  if (!segmented.ok()) {
    std::fprintf(stderr, "strabo: %s\n", segmented.status().message().c_str());
    return false;
  }
  *lex = std::move(loaded.value());
  *doc = std::move(segmented.value());
  return true;
}

int RunActor(const LexiconOptions& o) {
  std::shared_ptr<const events::EventLexicon> lex;
  Document doc;
  if (!Prepare(o, &lex, &doc)) return kExitFatal;
  const auto& actors = lex->actors();
  const auto m = actors.Match(o.lang, doc.text, doc.tokens, o.date, o.context);
  for (const events::ActorPiece& p : m.pieces) {
    const uint32_t b = doc.tokens[p.first].span.begin, e = doc.tokens[p.end - 1].span.end;
    std::string what;
    switch (p.use) {
      case events::AliasUse::kPerson: what = "person " + actors.people()[p.index].name; break;
      case events::AliasUse::kAgent: {
        const auto& a = actors.agents(o.lang)[p.index];
        what = "agent " + a.phrase + (a.sector.empty() ? "" : " " + a.sector);
        break;
      }
      default: {
        const auto& a = actors.named()[p.index];
        what = std::string(p.use == events::AliasUse::kName        ? "name "
                           : p.use == events::AliasUse::kAdjective ? "adjective "
                                                                   : "demonym ") +
               a.id + " (" + std::string(events::ToString(a.kind)) + ")";
      }
    }
    std::printf("  \"%s\" → %s\n", std::string(doc.Text(Span{b, e})).c_str(), what.c_str());
  }
  if (!m.found) {
    std::printf("%s\n", m.region ? "a region: not coded" : "unknown actor");
    return kExitOk;
  }
  std::printf("code=%s country=%s sector=%s name=%s%s%s%s%s\n", m.code.c_str(),
              m.country.empty() ? "-" : m.country.c_str(),
              m.sector.empty() ? "-" : m.sector.c_str(), m.name.empty() ? "-" : m.name.c_str(),
              m.metonym ? " metonym" : "", m.context_country ? " country-from-context" : "",
              m.needs_context ? " needs-context-country" : "",
              m.unconfirmed ? " role-unconfirmed-after-source-date" : "");
  return kExitOk;
}

int RunTrigger(const LexiconOptions& o) {
  std::shared_ptr<const events::EventLexicon> lex;
  Document doc;
  if (!Prepare(o, &lex, &doc)) return kExitFatal;
  const events::TriggerLexicon* triggers = lex->triggers(o.lang);
  for (const Sentence& s : doc.sentences) {
    std::span<const Token> tokens(doc.tokens.data() + s.first_token, s.num_tokens());
    for (const events::TriggerMatch& m : triggers->FindCandidates(tokens)) {
      const events::TriggerEntry& e = *m.entry;
      std::printf("\"%s\" (line %d) %s %s cameo=%s acled=%s frame: %zu source / %zu target slots%s\n",
                  std::string(doc.Text(tokens[m.head].span)).c_str(), e.line, e.type.c_str(),
                  e.mode.empty() ? "-" : e.mode.c_str(), e.cameo.empty() ? "-" : e.cameo.c_str(),
                  e.acled.empty() ? "-" : e.acled.c_str(), e.frame.source.size(),
                  e.frame.target.size(), e.constraints.empty() ? "" : ", constrained");
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterLexicon(CLI::App* app, int* exit_code) {
  auto o = std::make_shared<LexiconOptions>();
  CLI::App* cmd = app->add_subcommand(
      "lexicon",
      "Check the event lexicons (data/events) and look up actors and triggers in them. See "
      "doc/formats/event-lexicons.md and doc/codebook.md.");
  cmd->require_subcommand(1);
  cmd->add_option("--resources", o->resources,
                  "Directory holding data/ (default: $STRABO_HOME, the build's source tree, "
                  "next to the executable)");
  CLI::App* check = cmd->add_subcommand(
      "check", "Load every event table, check them against each other and print their sizes");
  check->callback([o, exit_code] { *exit_code = RunCheck(*o); });

  CLI::App* actor = cmd->add_subcommand(
      "actor", "Code a noun phrase as an actor: \"Moroccan security forces\" → MAR COP");
  actor->add_option("text", o->text, "The noun phrase")->required();
  actor->add_option("--lang", o->lang, "Language of the text: en or es")
      ->check(CLI::IsMember({"en", "es"}));
  actor->add_option("--date", o->date, "Article date (YYYY-MM-DD) for dated leader roles");
  actor->add_option("--context", o->context,
                    "Country (ISO3) for references such as \"the Kingdom\"");
  actor->callback([o, exit_code] { *exit_code = RunActor(*o); });

  CLI::App* trigger = cmd->add_subcommand(
      "trigger", "List the trigger lexicon senses found in a text (before the parse decides)");
  trigger->add_option("text", o->text, "The text")->required();
  trigger->add_option("--lang", o->lang, "Language of the text: en or es")
      ->check(CLI::IsMember({"en", "es"}));
  trigger->callback([o, exit_code] { *exit_code = RunTrigger(*o); });
}

}  // namespace strabo::cli

// `strabo eval`: measure a stage against gold data. One subcommand per
// stage, each in its own file (eval_events.cc, eval_geo.cc, eval_parse.cc, eval_times.cc, ner.cc).
#include "commands.h"

namespace strabo::cli {

void RegisterEval(CLI::App* app, int* exit_code) {
  CLI::App* eval = app->add_subcommand(
      "eval", "Measure strabo against gold data: 'strabo eval events|geo|ner|parse|times --gold FILE'");
  eval->require_subcommand(1);
  RegisterEvalEvents(eval, exit_code);
  RegisterEvalGeo(eval, exit_code);
  RegisterEvalNer(eval, exit_code);
  RegisterEvalParse(eval, exit_code);
  RegisterEvalTimes(eval, exit_code);
}

}  // namespace strabo::cli

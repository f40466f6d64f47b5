// `strabo eval`: measure a stage against gold data. One subcommand per
// stage, each in its own file (eval_events.cc, ...).
#include "commands.h"

namespace strabo::cli {

void RegisterEval(CLI::App* app, int* exit_code) {
  CLI::App* eval = app->add_subcommand(
      "eval", "Measure strabo against gold data: 'strabo eval events --gold FILE'");
  eval->require_subcommand(1);
  RegisterEvalEvents(eval, exit_code);
}

}  // namespace strabo::cli

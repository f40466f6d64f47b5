// strabo: turns news into a record of events. See README.md.
#include <cstdio>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace strabo::cli;
  CLI::App app(
      "strabo turns news into a record of events: who did what to whom, where, when, how "
      "many, with the sentence that says so.",
      "strabo");
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 all inputs processed; 1 finished, but some inputs or articles were "
      "rejected (each is reported on stderr); 2 usage error; 3 fatal error (the run stopped).\n"
      "Run 'strabo COMMAND --help' for a command's options.");
  int exit_code = kExitOk;
  RegisterExtract(&app, &exit_code);
  RegisterIngest(&app, &exit_code);
  RegisterParse(&app, &exit_code);
  RegisterLexicon(&app, &exit_code);
  RegisterGazetteer(&app, &exit_code);
  RegisterTrain(&app, &exit_code);
  RegisterEval(&app, &exit_code);
  SetInvocation(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return exit_code;
}

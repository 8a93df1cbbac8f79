// siaga: the command post's server and its operator commands.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Siaga — sistem operasi pengamanan pemilu / election-security operations"};
  app.require_subcommand(1);
  siaga::cli::register_serve(app);
  siaga::cli::register_import(app);
  siaga::cli::register_user(app);
  siaga::cli::register_backup(app);
  siaga::cli::register_audit(app);
  siaga::cli::register_routes(app);
  siaga::cli::register_plan(app);
  siaga::cli::register_route(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}

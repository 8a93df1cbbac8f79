#pragma once
// The subcommands of `siaga`; each registers its options and its callback.

namespace CLI {
class App;
}

namespace siaga::cli {

void register_serve(CLI::App& root);
void register_import(CLI::App& root);
void register_user(CLI::App& root);
void register_backup(CLI::App& root);
void register_audit(CLI::App& root);
void register_routes(CLI::App& root);
void register_plan(CLI::App& root);
void register_route(CLI::App& root);

}  // namespace siaga::cli

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "http/api.hpp"
#include "service/audit_log.hpp"

namespace siaga::cli {

void register_backup(CLI::App& root) {
  struct Options {
    std::string db = "var/siaga.db";
    std::string target;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = root.add_subcommand(
      "backup", "Salinan basis data saat berjalan / online backup of the database");
  cmd->add_option("file", o->target, "Berkas tujuan / target file")->required();
  cmd->add_option("--db", o->db,
                  "Berkas SQLite atau URI PostgreSQL / SQLite file or postgresql://...")
      ->capture_default_str();
  cmd->callback([o] {
    if (std::filesystem::exists(o->target)) {
      fmt::print(stderr, "galat: '{}' sudah ada\nerror: '{}' already exists\n", o->target,
                 o->target);
      std::exit(2);
    }
    auto app = open_app(o->db);
    const Status st = app->db->backup(o->target);
    if (!st.ok()) {
      print_error(st.error());
      std::exit(1);
    }
    fmt::print("Cadangan ditulis ke / backup written to {}\n", o->target);
    std::exit(0);
  });
}

void register_audit(CLI::App& root) {
  struct Options {
    std::string db = "var/siaga.db";
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = root.add_subcommand("audit", "Log audit / audit log");
  cmd->require_subcommand(1);
  cmd->add_option("--db", o->db,
                  "Berkas SQLite atau URI PostgreSQL / SQLite file or postgresql://...")
      ->capture_default_str();
  CLI::App* verify = cmd->add_subcommand(
      "verify", "Periksa rantai hash log audit / verify the audit log's hash chain");
  verify->fallthrough();
  verify->callback([o] {
    auto app = open_app(o->db);
    auto verdict = service::verify_audit(*app->db);
    if (!verdict.ok()) {
      print_error(verdict.error());
      std::exit(1);
    }
    if (verdict->intact) {
      fmt::print("Log audit utuh: {} entri / audit log intact: {} entries\n", verdict->entries,
                 verdict->entries);
      std::exit(0);
    }
    fmt::print(stderr, "LOG AUDIT RUSAK / AUDIT LOG BROKEN: {}\n{}\n", verdict->problem_id,
               verdict->problem_en);
    std::exit(1);
  });
}

void register_routes(CLI::App& root) {
  CLI::App* cmd = root.add_subcommand("routes", "Daftar rute API / list the API routes");
  cmd->callback([] {
    auto app = open_app(":memory:");
    http::Api api(*app->context);
    http::Router router;
    http::register_api_routes(router, api);
    for (const auto& r : router.routes()) fmt::print("{} {}\n", r.method, r.pattern);
    std::exit(0);
  });
}

}  // namespace siaga::cli

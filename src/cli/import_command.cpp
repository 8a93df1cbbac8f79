#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "service/import_service.hpp"
#include "service/user_service.hpp"

namespace siaga::cli {

namespace {

struct ImportOptions {
  std::string db = "var/siaga.db";
  std::string kind;
  std::string file;
};

int run_import(const ImportOptions& o) {
  auto kind = service::parse_import_kind(o.kind);
  // Regions come as CSV (codes and names) or GeoJSON (their outlines).
  const bool geojson = o.file.ends_with(".geojson") || o.file.ends_with(".json");
  if (kind == service::ImportKind::regions && geojson) kind = service::ImportKind::region_shapes;
  if (!kind) {
    fmt::print(stderr,
               "galat: jenis '{}' tidak dikenal; pilih regions, units, tps, objects, elections, "
               "stages, candidates, observations, personnel, partners, items\n"
               "error: unknown kind '{}'\n",
               o.kind, o.kind);
    return 2;
  }
  const std::string content = read_file_or_exit(o.file);
  auto app = open_app(o.db);
  service::ImportService imports(*app->context);
  ProgressReporter progress(fmt::format("impor / import {}", o.file));
  auto outcome =
      imports.run(service::console_actor(os_user()), *kind, content,
                  [&](std::int64_t done, std::int64_t total) { progress.update(done, total); });
  progress.finish();
  if (!outcome.ok()) {
    print_error(outcome.error());
    return 1;
  }
  if (!outcome->ok()) {
    for (const ImportIssue& i : outcome->issues) {
      const std::string where = i.column.empty() ? "" : fmt::format(" kolom/column {}:", i.column);
      fmt::print(stderr, "{}:{}:{} {} / {}\n", o.file, i.line, where, i.message, i.message_en);
    }
    fmt::print(stderr,
               "Berkas ditolak: {} masalah, tidak ada yang disimpan.\n"
               "File rejected: {} problems, nothing was stored.\n",
               outcome->issues.size(), outcome->issues.size());
    return 1;
  }
  fmt::print("{} baris diimpor / rows imported\n", outcome->imported);
  return 0;
}

}  // namespace

void register_import(CLI::App& root) {
  auto o = std::make_shared<ImportOptions>();
  CLI::App* cmd = root.add_subcommand(
      "import", "Impor CSV/GeoJSON ke registri / import CSV or GeoJSON into the registry");
  cmd->add_option("kind", o->kind,
                  "regions | units | tps | objects | elections | stages | candidates")
      ->required();
  cmd->add_option("file", o->file,
                  "Berkas CSV (regions: juga GeoJSON) / CSV file (regions: also GeoJSON)")
      ->required();
  cmd->add_option("--db", o->db,
                  "Berkas SQLite atau URI PostgreSQL / SQLite file or postgresql://...")
      ->capture_default_str();
  cmd->callback([o] { std::exit(run_import(*o)); });
}

}  // namespace siaga::cli

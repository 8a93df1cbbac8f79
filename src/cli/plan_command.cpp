// `siaga plan`: a deployment plan from the command line (contract in
// docs/deployment.md): stored as a draft version of the unit, written as JSON.

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <boost/json/serialize.hpp>

#include <fstream>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "http/deployment_json.hpp"
#include "service/deployment_service.hpp"

namespace siaga::cli {

namespace {

struct PlanOptions {
  std::string db = "var/siaga.db";
  std::string unit;
  std::string out;
  std::string voting_day;
  std::vector<std::string> unavailable;
  std::vector<std::string> bko;
};

int exit_code_of(const Error& e) {
  return e.code == ErrorCode::internal ? 1 : 2;
}

int plan(const PlanOptions& o) {
  auto app = open_app(o.db);
  Actor console;
  console.username = os_user();
  console.role = Role::admin;
  service::DeploymentService deployment(*app->context);
  ProgressReporter bar("Menyusun rencana / planning (Polres)");
  deployment.on_progress([&bar](std::size_t done, std::size_t total) {
    bar.update(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
  });
  service::PlanRequest request;
  request.unit_code = o.unit;
  request.voting_day = o.voting_day;
  request.reason = "siaga plan";
  request.unavailable = o.unavailable;
  request.bko = o.bko;
  auto made = deployment.create(console, request);
  if (!made.ok()) {
    print_error(made.error());
    return exit_code_of(made.error());
  }
  bar.finish();
  if (made->record.status != store::PlanStatus::draft) {
    fmt::print(stderr, "galat: rencana gagal: {}\nerror: the plan failed: {}\n",
               made->record.message, made->record.message);
    return 1;
  }
  auto posts = deployment.all_posts(made->record.id);
  auto reserve = deployment.reserve(console, made->record.id);
  if (!posts.ok() || !reserve.ok()) {
    print_error(posts.ok() ? reserve.error() : posts.error());
    return 1;
  }
  std::ofstream file(o.out, std::ios::binary | std::ios::trunc);
  file << boost::json::serialize(http::plan_export_json(*made, *posts, *reserve)) << '\n';
  file.close();
  if (!file) {
    fmt::print(stderr, "galat: '{}' tidak dapat ditulis\nerror: cannot write '{}'\n", o.out, o.out);
    return 1;
  }
  const auto& s = made->summary;
  fmt::print(
      "Rencana {} versi {} (konsep / draft): {} TPS, {} pos, {} personel bertugas, {} cadangan, "
      "kekurangan {} personel; {:.2f} s\n"
      "Plan {} version {} (draft): {} TPS, {} posts, {} officers assigned, {} reserve, {} short; "
      "written to {}\n",
      made->record.unit_code, made->record.version, s.tps, s.posts, s.officers_assigned, s.reserve,
      s.officers_missing, s.seconds, made->record.unit_code, made->record.version, s.tps, s.posts,
      s.officers_assigned, s.reserve, s.officers_missing, o.out);
  for (const auto& w : made->warnings) fmt::print("! {} / {}\n", w.message_id, w.message_en);
  return 0;
}

}  // namespace

void register_plan(CLI::App& root) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* cmd = root.add_subcommand(
      "plan", "Susun rencana pengamanan TPS / make a TPS deployment plan (stored as a draft)");
  cmd->add_option("--db", o->db,
                  "Berkas SQLite atau URI PostgreSQL / SQLite file or postgresql://...")
      ->capture_default_str();
  cmd->add_option("--unit", o->unit, "Kode satuan / unit code, e.g. POLRES-JEMBER")->required();
  cmd->add_option("--out", o->out, "Berkas JSON hasil / output JSON file")->required();
  cmd->add_option("--voting-day", o->voting_day,
                  "Hari pemungutan suara / voting day (YYYY-MM-DD); default: the election's");
  cmd->add_option("--unavailable", o->unavailable, "NRP yang berhalangan / NRPs out for the day")
      ->delimiter(',');
  cmd->add_option("--bko", o->bko, "NRP BKO untuk hari itu / NRPs attached for the day")
      ->delimiter(',');
  cmd->callback([o] { std::exit(plan(*o)); });
}

}  // namespace siaga::cli

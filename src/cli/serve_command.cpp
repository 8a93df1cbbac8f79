#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <thread>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/demo.hpp"
#include "http/api.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "service/commit_group.hpp"
#include "service/deployment_service.hpp"
#include "service/event_bus.hpp"
#include "service/patrol_sweep.hpp"
#include "service/plan_runner.hpp"
#include "service/postgres_event_bus.hpp"
#include "service/rate_limiter.hpp"
#include "service/user_service.hpp"
#include "store/region_repo.hpp"

namespace siaga::cli {

namespace {

struct ServeOptions {
  std::string db = "var/siaga.db";
  std::string address = "0.0.0.0";
  unsigned short port = 8080;
  bool demo = false;
  std::string demo_dir;
  std::string web_dir;
  int threads = 0;
  long long session_idle_seconds = 2 * 3600;
  long long session_max_seconds = 12 * 3600;
  int public_report_limit = 10;  // per client address per 10 minutes
  bool group_commit = true;
  int patrol_sweep_seconds = 30;
  int patrol_grace_minutes = 10;
};

bool database_is_empty(App& app) {
  auto tx = app.db->begin(store::TxMode::read);
  if (!tx.ok()) return false;
  auto n = (*tx)->regions().count();
  return n.ok() && *n == 0;
}

int serve(const ServeOptions& o) {
  auto app = open_app(o.db);
  app->context->sessions.idle_timeout = std::chrono::seconds(o.session_idle_seconds);
  app->context->sessions.absolute_timeout = std::chrono::seconds(o.session_max_seconds);
  app->context->sessions.touch_interval = std::min(
      std::chrono::seconds(60), std::chrono::seconds(std::max(1LL, o.session_idle_seconds / 4)));
  app->context->patrols.grace = std::chrono::minutes(o.patrol_grace_minutes);

  if (o.demo) {
    auto dir = find_demo_dir(o.demo_dir, nullptr);
    if (!dir) {
      fmt::print(stderr,
                 "galat: folder data demo tidak ditemukan\nerror: demo data folder not found\n");
      return 2;
    }
    if (database_is_empty(*app)) {
      fmt::print("Memuat data demo dari {} / loading demo data...\n", dir->string());
      if (!load_demo(*app, *dir)) return 1;
    }
    print_demo_accounts(*dir);
  }

  // Events travel in memory for one process on SQLite; on PostgreSQL through
  // LISTEN/NOTIFY, so that screens on every instance see every change.
  std::unique_ptr<service::EventBus> events;
  if (o.db.starts_with("postgresql://") || o.db.starts_with("postgres://")) {
    auto bus = service::PostgresEventBus::open(o.db);
    if (!bus.ok()) {
      print_error(bus.error());
      return 1;
    }
    events = std::move(bus).value();
  } else {
    events = std::make_unique<service::InProcessEventBus>();
  }
  app->context->events = events.get();
  // Plans are made in the background; one left `running` by a stopped server
  // will never finish, so it is marked failed.
  service::PlanRunner plans(*app->context);
  service::RateLimiter public_reports(static_cast<std::size_t>(o.public_report_limit),
                                      std::chrono::minutes(10));
  app->context->public_reports = &public_reports;
  // Reports arriving together share one commit: each still waits for its
  // own commit to be on disk before it is acknowledged.
  service::CommitGroup commits(*app->db);
  if (o.group_commit) app->context->commits = &commits;
  app->context->plan_runner = &plans;
  if (auto st = service::DeploymentService(*app->context).fail_interrupted(); !st.ok()) {
    print_error(st.error());
    return 1;
  }
  http::Api api(*app->context);
  http::Router router;
  http::register_api_routes(router, api);
  http::register_static_routes(router, http::find_web_dir(o.web_dir));

  http::ServerConfig config;
  config.address = o.address;
  config.port = o.port;
  // Handlers block on the database; more threads than cores let reports
  // that arrive together wait on one shared commit instead of queueing.
  config.threads = o.threads > 0
                       ? o.threads
                       : static_cast<int>(std::max(16u, std::thread::hardware_concurrency() * 4));
  http::Server server(config, router);
  unsigned short port = 0;
  try {
    port = server.bind();
  } catch (const std::exception& e) {
    fmt::print(stderr, "galat: port {} tidak dapat dipakai ({})\nerror: cannot use port {} ({})\n",
               o.port, e.what(), o.port, e.what());
    return 1;
  }
  // Patrol stops whose window closed past the grace are marked missed and
  // alerted; stopped (and joined) before the context it uses goes away.
  service::PatrolSweeper patrol_sweeper(*app->context,
                                        std::chrono::seconds(o.patrol_sweep_seconds));
  fmt::print("Siaga berjalan di / serving on http://localhost:{}  (basis data / database: {})\n",
             port, app->db->describe());
  std::fflush(stdout);
  server.run();
  patrol_sweeper.stop();
  fmt::print("Siaga berhenti / stopped\n");
  return 0;
}

}  // namespace

void register_serve(CLI::App& root) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = root.add_subcommand("serve", "Menjalankan server HTTP / run the HTTP server");
  cmd->add_option("--db", options->db,
                  "Berkas SQLite atau URI PostgreSQL / SQLite file (or sqlite:FILE) or "
                  "postgresql://user@host:port/db")
      ->capture_default_str();
  cmd->add_option("--port", options->port, "Port HTTP")->capture_default_str();
  cmd->add_option("--address", options->address, "Alamat dengar / listen address")
      ->capture_default_str();
  cmd->add_flag("--demo", options->demo,
                "Muat data demo bila basis data kosong / load demo data into an empty database");
  cmd->add_option("--demo-dir", options->demo_dir, "Folder data demo / demo data folder");
  cmd->add_option("--web-dir", options->web_dir, "Folder aplikasi web / web app folder (web/dist)");
  cmd->add_option("--threads", options->threads, "Jumlah thread / worker threads");
  cmd->add_option("--session-idle", options->session_idle_seconds,
                  "Sesi berakhir setelah diam (detik) / idle session timeout (seconds)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--session-max", options->session_max_seconds,
                  "Umur maksimum sesi (detik) / absolute session lifetime (seconds)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--public-report-limit", options->public_report_limit,
                  "Laporan publik per alamat per 10 menit / public reports per address per 10 "
                  "minutes")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("!--no-group-commit", options->group_commit,
                "Satu commit per laporan / one commit per incident report (for comparison)");
  cmd->add_option("--patrol-sweep-seconds", options->patrol_sweep_seconds,
                  "Selang pemeriksaan titik patroli terlewat (detik) / how often missed patrol "
                  "stops are swept (seconds)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--patrol-grace-minutes", options->patrol_grace_minutes,
                  "Tenggang setelah jendela titik ditutup sebelum terlewat (menit) / grace after "
                  "a stop's window closes before it is missed (minutes)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->callback([options] { std::exit(serve(*options)); });
}

}  // namespace siaga::cli

// siaga_bench_readiness --db DB [--runs N] [--unit CODE]...
//
// The readiness roll-up in process, on a database holding the national roster
// (bench/run, part g; the roster comes from `siaga_bench_gen --roster`):
//
//   service      ReadinessService::readiness(admin, CODE) for each --unit
//                (default MABES), as GET /api/v1/readiness/{CODE} runs it but
//                without HTTP and JSON: one warm-up, then --runs timed calls;
//                the median is printed with the unit's figures (a check).
//   breakdown    each bulk read of the readiness repository (unit_tree,
//                people, held_items, absences_on, last_presence, vehicles,
//                open_defects) alone in a read transaction: rows and median
//                time over --runs, so a slow query shows before the profiler.
//
// DB is a SQLite file or a postgresql:// URI. Prints peak RSS at the end.

#include <fmt/format.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/time_zone.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"
#include "service/crypto.hpp"
#include "service/readiness_service.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& message) {
  fmt::print(stderr, "siaga_bench_readiness: {}\n", message);
  std::exit(1);
}

int usage() {
  fmt::print(stderr, "usage: siaga_bench_readiness --db DB [--runs N] [--unit CODE]...\n");
  return 2;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string runs_text(const std::vector<double>& v) {
  std::string out;
  for (double x : v) out += fmt::format("{}{:.0f}", out.empty() ? "" : " / ", x);
  return out;
}

// CPU time of this thread: with other work on the machine the wall time of a
// call stretches, its CPU time much less.
double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_spec;
  int runs = 5;
  std::vector<std::string> units;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--db" && i + 1 < argc) {
      db_spec = argv[++i];
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
      if (runs < 1) return usage();
    } else if (arg == "--unit" && i + 1 < argc) {
      units.emplace_back(argv[++i]);
    } else if (arg == "-h" || arg == "--help") {
      return usage(), 0;
    } else {
      return usage();
    }
  }
  if (db_spec.empty()) return usage();
  if (units.empty()) units.emplace_back("MABES");
  if (auto st = siaga::service::init_crypto(); !st.ok()) fail(st.error().message_en);

  std::unique_ptr<siaga::store::Database> db;
  if (db_spec.starts_with("postgresql://") || db_spec.starts_with("postgres://")) {
    auto opened = siaga::store::postgres::PostgresDatabase::open(db_spec, 2);
    if (!opened.ok()) fail(opened.error().message_en);
    db = std::move(opened).value();
  } else {
    auto opened = siaga::store::sqlite::SqliteDatabase::open(
        db_spec.starts_with("sqlite:") ? db_spec.substr(7) : db_spec, 2);
    if (!opened.ok()) fail(opened.error().message_en);
    db = std::move(opened).value();
  }
  siaga::service::SystemClock clock;
  siaga::service::Context ctx{*db, clock, {}};
  siaga::service::ReadinessService service(ctx);
  siaga::Actor admin;
  admin.username = "bench";
  admin.role = siaga::Role::admin;
  admin.unit_code = "MABES";
  admin.territory = siaga::Territory::everywhere();

  // The service, per unit.
  for (const std::string& code : units) {
    std::vector<double> ms, cpu;
    siaga::service::ReadinessFigures figures;
    for (int run = 0; run <= runs; ++run) {  // run 0: warm-up
      const double c0 = cpu_ms();
      const auto t0 = Clock::now();
      auto result = service.readiness(admin, code);
      const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!result.ok()) fail(fmt::format("readiness({}): {}", code, result.error().message_en));
      if (run > 0) {
        ms.push_back(elapsed);
        cpu.push_back(cpu_ms() - c0);
      }
      figures = std::move(result).value();
    }
    const auto& u = figures.unit;
    fmt::print(
        "readiness {}: median {:.0f} ms, CPU {:.0f} ms (runs {} ms); people {} ({} ready), "
        "vehicles {} ({} fit), readiness {:.4f}, {} missing lines, {} child units\n",
        code, median(ms), median(cpu), runs_text(ms), u.people, u.people_ready, u.vehicles,
        u.vehicles_fit, u.readiness, u.missing.size(), figures.children.size());
  }

  // The bulk reads, one at a time.
  const std::string today = siaga::format_date(
      std::chrono::floor<std::chrono::days>(clock.now() + siaga::utc_offset(siaga::TimeZone::wib)));
  struct Read {
    const char* name;
    std::function<std::size_t(siaga::store::ReadinessRepo&)> run;
  };
  auto rows = [](auto result) -> std::size_t {
    if (!result.ok()) fail(result.error().message_en);
    return result->size();
  };
  const std::vector<Read> reads{
      {"unit_tree", [&](auto& r) { return rows(r.unit_tree()); }},
      {"people", [&](auto& r) { return rows(r.people()); }},
      {"held_items", [&](auto& r) { return rows(r.held_items()); }},
      {"absences_on", [&](auto& r) { return rows(r.absences_on(today)); }},
      {"last_presence", [&](auto& r) { return rows(r.last_presence()); }},
      {"vehicles", [&](auto& r) { return rows(r.vehicles()); }},
      {"open_defects", [&](auto& r) { return rows(r.open_defects()); }},
  };
  fmt::print("bulk reads (median of {} runs after a warm-up):\n", runs);
  double total = 0, total_cpu = 0;
  fmt::print("  {:<14} {:>9} {:>9} {:>9}\n", "read", "rows", "wall ms", "CPU ms");
  for (const Read& read : reads) {
    std::vector<double> ms, cpu;
    std::size_t n = 0;
    for (int run = 0; run <= runs; ++run) {
      auto tx = db->begin(siaga::store::TxMode::read);
      if (!tx.ok()) fail(tx.error().message_en);
      const double c0 = cpu_ms();
      const auto t0 = Clock::now();
      n = read.run((*tx)->readiness());
      const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (run > 0) {
        ms.push_back(elapsed);
        cpu.push_back(cpu_ms() - c0);
      }
    }
    total += median(ms);
    total_cpu += median(cpu);
    fmt::print("  {:<14} {:>9} {:>9.1f} {:>9.1f}\n", read.name, n, median(ms), median(cpu));
  }
  fmt::print("  {:<14} {:>9} {:>9.1f} {:>9.1f}\n", "sum", "", total, total_cpu);
  fmt::print("peak RSS {} MB\n", peak_rss_mb());
  return 0;
}

#include "cli/demo.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <array>

#include "cli/progress.hpp"
#include "service/import_service.hpp"
#include "service/personnel_service.hpp"
#include "service/readiness_service.hpp"
#include "service/user_service.hpp"
#include "service/vulnerability_service.hpp"

namespace siaga::cli {

std::optional<std::filesystem::path> find_demo_dir(const std::filesystem::path& given,
                                                   const char* /*argv0_hint*/) {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (!given.empty()) candidates.push_back(given);
  candidates.emplace_back("data/demo");
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / "../../data/demo");
  for (const fs::path& p : candidates) {
    if (fs::exists(p / "regions.csv")) return fs::weakly_canonical(p);
  }
  return std::nullopt;
}

namespace {

// Field accounts (officer, binmas) stand for a Bhabinkamtibmas of their unit,
// so handovers can be acknowledged in the demo.
bool link_demo_officers(App& app, const Actor& actor, const std::vector<io::AccountLine>& rows) {
  service::PersonnelService personnel(*app.context);
  service::ReadinessService readiness(*app.context);
  for (const auto& a : rows) {
    if (a.role != Role::officer && a.role != Role::binmas) continue;
    auto unit = readiness.unit_id(actor, a.unit_code);
    if (!unit.ok()) continue;
    store::PersonQuery q;
    q.unit_id = *unit;
    q.function = PersonFunction::bhabinkamtibmas;
    q.page.limit = 50;
    auto people = personnel.list(actor, q);
    if (!people.ok()) {
      print_error(people.error());
      return false;
    }
    for (const Person& p : people->items) {
      if (!p.username.empty()) continue;
      if (auto linked = personnel.link_account(actor, p.id, a.username); !linked.ok()) {
        print_error(linked.error());
        return false;
      }
      break;
    }
  }
  return true;
}

}  // namespace

bool load_demo(App& app, const std::filesystem::path& dir) {
  service::ImportService imports(*app.context);
  const Actor actor = service::console_actor("demo");
  struct Step {
    service::ImportKind kind;
    const char* file;
  };
  constexpr std::array<Step, 12> kSteps{{
      {service::ImportKind::regions, "regions.csv"},
      {service::ImportKind::region_shapes, "regions.geojson"},
      {service::ImportKind::units, "units.csv"},
      {service::ImportKind::tps, "tps.csv"},
      {service::ImportKind::objects, "objects.csv"},
      {service::ImportKind::elections, "elections.csv"},
      {service::ImportKind::stages, "stages.csv"},
      {service::ImportKind::candidates, "candidates.csv"},
      {service::ImportKind::observations, "observations.csv"},
      {service::ImportKind::personnel, "personnel.csv"},
      {service::ImportKind::partners, "partners.csv"},
      {service::ImportKind::items, "items.csv"},
  }};
  for (const Step& step : kSteps) {
    const std::string content = read_file_or_exit(dir / step.file);
    ProgressReporter progress(fmt::format("demo {}", step.file));
    auto outcome =
        imports.run(actor, step.kind, content,
                    [&](std::int64_t done, std::int64_t total) { progress.update(done, total); });
    progress.finish();
    if (!outcome.ok()) {
      print_error(outcome.error());
      return false;
    }
    if (!outcome->ok()) {
      for (const ImportIssue& i : outcome->issues) {
        fmt::print(stderr, "{}:{}: {} {}\n", (dir / step.file).string(), i.line, i.column,
                   i.message);
      }
      return false;
    }
  }
  // TPS without any observation yet score 0: kurang rawan until observed.
  if (auto scored = service::VulnerabilityService(*app.context).rescore(actor, ""); !scored.ok()) {
    print_error(scored.error());
    return false;
  }
  const std::string accounts_text = read_file_or_exit(dir / "accounts.csv");
  auto accounts = io::parse_accounts_csv(accounts_text);
  if (!accounts.ok()) {
    for (const ImportIssue& i : accounts.issues) {
      fmt::print(stderr, "accounts.csv:{}: {} {}\n", i.line, i.column, i.message);
    }
    return false;
  }
  service::UserService users(*app.context);
  ProgressReporter progress("demo accounts.csv");
  for (std::size_t i = 0; i < accounts.rows.size(); ++i) {
    const auto& a = accounts.rows[i];
    auto user = users.add(actor, {a.username, a.password, "", a.role, a.unit_code});
    if (!user.ok()) {
      print_error(user.error());
      return false;
    }
    progress.update(static_cast<std::int64_t>(i + 1),
                    static_cast<std::int64_t>(accounts.rows.size()));
  }
  progress.finish();
  return link_demo_officers(app, actor, accounts.rows) && add_demo_field_units(app, actor) &&
         add_demo_patrols(app, actor);
}

void print_demo_accounts(const std::filesystem::path& dir) {
  auto accounts = io::parse_accounts_csv(read_file_or_exit(dir / "accounts.csv"));
  fmt::print("\nAkun demo / demo accounts ({}):\n", (dir / "accounts.csv").string());
  fmt::print("  {:<30} {:<22} {:<10} {}\n", "username", "password", "role", "unit");
  for (const auto& a : accounts.rows) {
    fmt::print("  {:<30} {:<22} {:<10} {}\n", a.username, a.password, to_string(a.role),
               a.unit_code);
  }
  fmt::print("\n");
}

}  // namespace siaga::cli

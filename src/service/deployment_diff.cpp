// DeploymentService::diff: what changed for each officer between two
// versions of a plan. Posts compare by the TPS they hold, since numbers are
// given afresh in each version.

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "service/deployment_service.hpp"
#include "service/permission.hpp"

namespace siaga::service {

namespace {

struct Side {
  std::map<int, std::string> key_of_post;  // post number → its TPS ids, sorted, joined
  std::map<int, std::string> first_tps;    // post number → code of its first TPS
  std::map<std::int64_t, std::optional<int>> post_of;  // person → post (nullopt: reserve)
  std::map<std::int64_t, store::PostOfficerView> person;
};

Result<Side> load_side(store::DeploymentRepo& repo, std::int64_t plan_id) {
  Side side;
  SIAGA_ASSIGN_OR_RETURN(auto tps, repo.tps_views(plan_id, 0, std::numeric_limits<int>::max()));
  std::map<int, std::vector<std::int64_t>> ids;
  for (const auto& t : tps) {
    ids[t.number].push_back(t.tps_id);
    if (t.seq == 0) side.first_tps[t.number] = t.code;
  }
  for (auto& [number, list] : ids) {
    std::sort(list.begin(), list.end());
    std::string key;
    for (std::int64_t id : list) key += std::to_string(id) + ",";
    side.key_of_post[number] = std::move(key);
  }
  SIAGA_ASSIGN_OR_RETURN(auto officers,
                         repo.officer_views(plan_id, std::nullopt, std::nullopt, false));
  for (auto& o : officers) {
    side.post_of[o.person_id] = o.number;
    side.person[o.person_id] = std::move(o);
  }
  return side;
}

}  // namespace

Result<PlanDiff> DeploymentService::diff(const Actor& actor, std::int64_t id,
                                         std::int64_t against) {
  SIAGA_ASSIGN_OR_RETURN(PlanView to, visible_plan(actor, id, Permission::read_deployment));
  SIAGA_ASSIGN_OR_RETURN(PlanView from, visible_plan(actor, against, Permission::read_deployment));
  for (const PlanView* v : {&from, &to}) {
    if (v->record.status == store::PlanStatus::running ||
        v->record.status == store::PlanStatus::cancelled ||
        v->record.status == store::PlanStatus::failed) {
      return make_error(
          ErrorCode::conflict,
          fmt::format("Rencana {} belum jadi: tidak dapat dibandingkan", v->record.id),
          fmt::format("Plan {} is not finished: nothing to compare", v->record.id),
          v == &from ? "against" : "id");
    }
  }
  SIAGA_ASSIGN_OR_RETURN(auto tx, ctx_.db.begin(store::TxMode::read));
  SIAGA_ASSIGN_OR_RETURN(Side a, load_side(tx->deployment(), against));
  SIAGA_ASSIGN_OR_RETURN(Side b, load_side(tx->deployment(), id));

  PlanDiff out;
  out.from = against;
  out.to = id;
  std::set<std::string> keys_a, keys_b;
  for (const auto& [n, k] : a.key_of_post) keys_a.insert(k);
  for (const auto& [n, k] : b.key_of_post) keys_b.insert(k);
  for (const auto& k : keys_b) (keys_a.count(k) ? out.posts_kept : out.posts_new)++;
  for (const auto& k : keys_a) out.posts_gone += keys_b.count(k) ? 0 : 1;

  std::set<std::int64_t> people;
  for (const auto& [p, post] : a.post_of) people.insert(p);
  for (const auto& [p, post] : b.post_of) people.insert(p);
  for (std::int64_t p : people) {
    const auto in_a = a.post_of.find(p);
    const auto in_b = b.post_of.find(p);
    const std::optional<int> pa = in_a != a.post_of.end() ? in_a->second : std::nullopt;
    const std::optional<int> pb = in_b != b.post_of.end() ? in_b->second : std::nullopt;
    const bool was = in_a != a.post_of.end(), is = in_b != b.post_of.end();
    std::string change;
    if (pa && pb) {
      change = a.key_of_post[*pa] == b.key_of_post[*pb] ? "" : "moved";
    } else if (pb) {
      change = "assigned";
    } else if (pa) {
      change = is ? "released" : "removed";
    } else if (was != is) {
      change = was ? "removed" : "added";  // left the reserve, or new in it
    }
    if (change.empty()) {
      ++out.unchanged;
      continue;
    }
    const store::PostOfficerView& who = is ? b.person[p] : a.person[p];
    DiffChange c{who.nrp, who.name, who.rank, change, pa, pb, "", ""};
    if (pa) c.from_tps = a.first_tps[*pa];
    if (pb) c.to_tps = b.first_tps[*pb];
    out.changes.push_back(std::move(c));
  }
  std::sort(out.changes.begin(), out.changes.end(), [](const DiffChange& x, const DiffChange& y) {
    return std::tie(x.change, x.name, x.nrp) < std::tie(y.change, y.name, y.nrp);
  });
  return out;
}

}  // namespace siaga::service

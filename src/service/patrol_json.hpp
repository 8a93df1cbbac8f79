#pragma once
// Patrol plans as compact JSON text (docs/patrols.md): one writer for the
// plan screens, the phone's team route and the execution side's answers.

#include <cstdint>
#include <string>

#include "domain/patrol.hpp"
#include "service/patrol_plan_service.hpp"
#include "store/patrol_repo.hpp"

namespace siaga::service {

// `Plan` of the contract: teams with crew and route, stops, unserved, compliance.
std::string patrol_plan_json(const PatrolPlanView& view);
// One line of `GET /patrol-plans`.
std::string patrol_plan_summary_json(const store::PatrolPlanSummary& summary);
// The phone's route of one team: plan, team, depot, the team's stops in order.
// One line of the crew's "my routes" list.
std::string patrol_team_of_day_json(const store::PatrolTeamOfDay& team);
std::string patrol_team_route_json(const PatrolPlanView& view, std::int64_t team_id);

std::string patrol_stop_json(const PatrolStop& stop, TimeZone zone);
std::string patrol_team_json(const PatrolTeam& team, const PatrolPlan& plan);
std::string patrol_depot_json(const PatrolPlanView& view);
// {total, selesai, terlambat, terlewat, menunggu} over the stops.
std::string patrol_counts_json(const PatrolPlan& plan);

}  // namespace siaga::service

#pragma once
// Roles and what each may do. The one table of permissions lives in role.cpp;
// every service use case asks `allows(role, permission)` before it acts.

#include <optional>
#include <string_view>
#include <vector>

namespace siaga {

enum class Role { admin, pimpinan, ops, ren, intelkam, binmas, kapolsek, officer, partner };

enum class Permission {
  read_registry,          // regions, units, TPS, objects, elections, candidates
  write_objects,          // create/edit/delete strategic objects
  import_registry,        // bulk imports of regions, units, TPS, objects
  manage_elections,       // elections, stages, candidates
  read_skck,              // see SKCK requests
  submit_skck,            // register a candidate's SKCK application at the desk
  process_skck,           // move an SKCK request through its workflow
  manage_users,           // create users, reset passwords
  read_audit,             // read and verify the audit log
  observe_vulnerability,  // record vulnerability observations at a TPS or desa
  manage_vulnerability,   // indicator catalogue, class thresholds, Bawaslu list import
  override_class,         // set a TPS class by hand, with a reason (the Kapolres)
  read_personnel,         // personnel, rosters, equipment, readiness figures
  manage_readiness,       // rosters, items, handovers, inspection plans (Kabag Ren)
  run_inspection,         // tick an inspection checklist
  report_defect,          // report damage or an empty tank from the field
  process_defect,         // follow up and close defect reports
  read_deployment,        // deployment plans, guard posts, the Sprin
  manage_deployment,      // guard patterns, make, replan and cancel plans (Kabag Ops)
  approve_deployment,     // approve a plan (Kabag Ops, Kapolres)
  read_incidents,         // the incident board, field units, the Laphar
  report_incident,        // record a report of a disturbance, send unit positions
  dispatch_incident,      // verify, reject, dispatch, escalate and close incidents
  respond_incident,       // a unit's own steps: on the way, arrived, done
  manage_field_units,     // register field units and set their status
  read_patrols,           // patrol and escort plans, routes, tracks, compliance
  manage_patrols,         // create and solve patrol plans (Kabag Ops, Kapolsek)
  check_in_patrol,        // a patrol team checks in at a stop
};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
std::string_view to_string(Permission permission);
const std::vector<Role>& all_roles();

bool allows(Role role, Permission permission);
std::vector<Permission> permissions_of(Role role);

}  // namespace siaga

#include "domain/role.hpp"

#include <array>
#include <utility>
#include <vector>

namespace siaga {

namespace {

using P = Permission;

struct RoleGrant {
  Role role;
  std::string_view name;
  std::vector<Permission> permissions;
};

// The whole policy in one place. Territory limits apply on top of this table.
const std::array<RoleGrant, 9>& grants() {
  static const std::array<RoleGrant, 9> kGrants{{
      {Role::admin, "admin", {P::read_registry,
                              P::write_objects,
                              P::import_registry,
                              P::manage_elections,
                              P::read_skck,
                              P::submit_skck,
                              P::process_skck,
                              P::manage_users,
                              P::read_audit,
                              P::observe_vulnerability,
                              P::manage_vulnerability,
                              P::override_class,
                              P::read_personnel,
                              P::manage_readiness,
                              P::run_inspection,
                              P::report_defect,
                              P::process_defect,
                              P::read_deployment,
                              P::manage_deployment,
                              P::approve_deployment,
                              P::read_incidents,
                              P::report_incident,
                              P::dispatch_incident,
                              P::respond_incident,
                              P::manage_field_units,
                              P::read_patrols,
                              P::manage_patrols,
                              P::check_in_patrol}},
      {Role::pimpinan,
       "pimpinan",
       {P::read_registry, P::read_skck, P::read_audit, P::override_class, P::read_personnel,
        P::read_deployment, P::approve_deployment, P::read_incidents, P::report_incident,
        P::read_patrols}},
      {Role::ops,
       "ops",
       {P::read_registry, P::write_objects, P::import_registry, P::observe_vulnerability,
        P::read_personnel, P::run_inspection, P::report_defect, P::process_defect,
        P::read_deployment, P::manage_deployment, P::approve_deployment, P::read_incidents,
        P::report_incident, P::dispatch_incident, P::respond_incident, P::manage_field_units,
        P::read_patrols, P::manage_patrols, P::check_in_patrol}},
      {Role::ren,
       "ren",
       {P::read_registry, P::read_personnel, P::manage_readiness, P::run_inspection,
        P::report_defect, P::process_defect, P::read_deployment, P::read_incidents,
        P::read_patrols}},
      {Role::intelkam,
       "intelkam",
       {P::read_registry, P::write_objects, P::read_skck, P::submit_skck, P::process_skck,
        P::manage_elections, P::observe_vulnerability, P::manage_vulnerability, P::read_personnel,
        P::report_defect, P::read_incidents, P::report_incident, P::read_patrols}},
      {Role::binmas,
       "binmas",
       {P::read_registry, P::write_objects, P::observe_vulnerability, P::read_personnel,
        P::run_inspection, P::report_defect, P::read_incidents, P::report_incident,
        P::read_patrols}},
      {Role::kapolsek,
       "kapolsek",
       {P::read_registry, P::write_objects, P::observe_vulnerability, P::read_personnel,
        P::run_inspection, P::report_defect, P::process_defect, P::read_deployment,
        P::read_incidents, P::report_incident, P::dispatch_incident, P::respond_incident,
        P::read_patrols, P::manage_patrols, P::check_in_patrol}},
      {Role::officer,
       "officer",
       {P::read_registry, P::observe_vulnerability, P::read_personnel, P::run_inspection,
        P::report_defect, P::read_incidents, P::report_incident, P::respond_incident,
        P::read_patrols, P::check_in_patrol}},
      {Role::partner, "partner", {P::read_registry, P::report_incident}},
  }};
  return kGrants;
}

const RoleGrant& grant_of(Role role) {
  return grants()[static_cast<std::size_t>(role)];
}

}  // namespace

std::string_view to_string(Role role) {
  return grant_of(role).name;
}

std::optional<Role> parse_role(std::string_view text) {
  for (const RoleGrant& g : grants()) {
    if (g.name == text) return g.role;
  }
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> kRoles = [] {
    std::vector<Role> roles;
    for (const RoleGrant& g : grants()) roles.push_back(g.role);
    return roles;
  }();
  return kRoles;
}

std::string_view to_string(Permission permission) {
  switch (permission) {
    case P::read_registry:
      return "read_registry";
    case P::write_objects:
      return "write_objects";
    case P::import_registry:
      return "import_registry";
    case P::manage_elections:
      return "manage_elections";
    case P::read_skck:
      return "read_skck";
    case P::submit_skck:
      return "submit_skck";
    case P::process_skck:
      return "process_skck";
    case P::manage_users:
      return "manage_users";
    case P::read_audit:
      return "read_audit";
    case P::observe_vulnerability:
      return "observe_vulnerability";
    case P::manage_vulnerability:
      return "manage_vulnerability";
    case P::override_class:
      return "override_class";
    case P::read_personnel:
      return "read_personnel";
    case P::manage_readiness:
      return "manage_readiness";
    case P::run_inspection:
      return "run_inspection";
    case P::report_defect:
      return "report_defect";
    case P::process_defect:
      return "process_defect";
    case P::read_deployment:
      return "read_deployment";
    case P::manage_deployment:
      return "manage_deployment";
    case P::approve_deployment:
      return "approve_deployment";
    case P::read_incidents:
      return "read_incidents";
    case P::report_incident:
      return "report_incident";
    case P::dispatch_incident:
      return "dispatch_incident";
    case P::respond_incident:
      return "respond_incident";
    case P::manage_field_units:
      return "manage_field_units";
    case P::read_patrols:
      return "read_patrols";
    case P::manage_patrols:
      return "manage_patrols";
    case P::check_in_patrol:
      return "check_in_patrol";
  }
  return "";
}

bool allows(Role role, Permission permission) {
  for (Permission p : grant_of(role).permissions) {
    if (p == permission) return true;
  }
  return false;
}

std::vector<Permission> permissions_of(Role role) {
  return grant_of(role).permissions;
}

}  // namespace siaga

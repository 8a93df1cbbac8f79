#pragma once
// What route handlers share: the services, authentication of a request, and
// readers for JSON bodies and query parameters that answer bad input with a
// 4xx naming the field.

#include <boost/json/object.hpp>

#include <optional>
#include <string>

#include "http/message.hpp"
#include "http/router.hpp"
#include "service/auth_service.hpp"
#include "service/defect_service.hpp"
#include "service/deployment_service.hpp"
#include "service/election_service.hpp"
#include "service/equipment_service.hpp"
#include "service/field_unit_service.hpp"
#include "service/import_service.hpp"
#include "service/incident_service.hpp"
#include "service/inspection_service.hpp"
#include "service/laphar_service.hpp"
#include "service/object_service.hpp"
#include "service/patrol_execution_service.hpp"
#include "service/patrol_plan_service.hpp"
#include "service/personnel_service.hpp"
#include "service/readiness_service.hpp"
#include "service/registry_service.hpp"
#include "service/search_service.hpp"
#include "service/skck_service.hpp"
#include "service/user_service.hpp"
#include "service/vulnerability_service.hpp"
#include "store/page.hpp"

namespace siaga::http {

struct Api {
  explicit Api(service::Context& ctx)
      : context(ctx),
        auth(ctx),
        registry(ctx),
        objects(ctx),
        elections(ctx),
        skck(ctx),
        imports(ctx),
        users(ctx),
        search(ctx),
        vulnerability(ctx),
        personnel(ctx),
        equipment(ctx),
        readiness(ctx),
        inspections(ctx),
        defects(ctx),
        deployment(ctx),
        incidents(ctx),
        field_units(ctx),
        laphar(ctx),
        patrol_execution(ctx),
        patrol_plans(ctx) {}

  service::Context& context;
  service::AuthService auth;
  service::RegistryService registry;
  service::ObjectService objects;
  service::ElectionService elections;
  service::SkckService skck;
  service::ImportService imports;
  service::UserService users;
  service::SearchService search;
  service::VulnerabilityService vulnerability;
  service::PersonnelService personnel;
  service::EquipmentService equipment;
  service::ReadinessService readiness;
  service::InspectionService inspections;
  service::DefectService defects;
  service::DeploymentService deployment;
  service::IncidentService incidents;
  service::FieldUnitService field_units;
  service::LapharService laphar;
  service::PatrolExecutionService patrol_execution;
  service::PatrolPlanService patrol_plans;
};

inline constexpr const char* kSessionCookie = "siaga_session";

// The bearer token or session cookie of a request ("" when none).
std::string session_token(const Request& request);
Result<Actor> authenticate(Api& api, const Request& request);

// A failed read: the response to send.
struct BadInput {
  Response response;
};

// The body as a JSON object, or a 400 naming the problem.
std::optional<boost::json::object> json_body(const Request& request, Response& error);

// Typed optional fields; a present field of the wrong type fills `error`.
class FieldReader {
 public:
  FieldReader(const boost::json::object& body, Response& error) : body_(body), error_(error) {}
  std::optional<std::string> text(const char* name);
  std::optional<double> number(const char* name);
  std::optional<std::int64_t> integer(const char* name);
  bool failed() const { return failed_; }

 private:
  void wrong_type(const char* name, const char* type_id, const char* type_en);
  const boost::json::object& body_;
  Response& error_;
  bool failed_ = false;
};

// limit (1..max_limit, default 100) and cursor (the `next` of the previous page).
std::optional<store::PageRequest> page_request(const Request& request, Response& error,
                                               int max_limit = 1000);
std::optional<std::int64_t> int_param(const Request& request, const char* name);
// The Idempotency-Key header ("" when absent); none, with `error` set, when too long.
std::optional<std::string> idempotency_key(const Request& request, Response& error);
// A positive whole number written with digits only ("12", not "12abc" or "7.5").
std::optional<std::int64_t> parse_id(const std::string& text);

void register_session_routes(Router& router, Api& api);
void register_registry_routes(Router& router, Api& api);
void register_object_routes(Router& router, Api& api);
void register_election_routes(Router& router, Api& api);
void register_skck_routes(Router& router, Api& api);
void register_admin_routes(Router& router, Api& api);
void register_event_routes(Router& router, Api& api);
void register_vulnerability_routes(Router& router, Api& api);
void register_readiness_routes(Router& router, Api& api);
void register_inspection_routes(Router& router, Api& api);
void register_defect_routes(Router& router, Api& api);
void register_readiness_recap_routes(Router& router, Api& api);
void register_deployment_routes(Router& router, Api& api);
void register_incident_routes(Router& router, Api& api);
void register_field_unit_routes(Router& router, Api& api);
void register_laphar_routes(Router& router, Api& api);
void register_patrol_execution_routes(Router& router, Api& api);
void register_patrol_routes(Router& router, Api& api);

// Every API route.
void register_api_routes(Router& router, Api& api);

}  // namespace siaga::http

// Authenticates the request or returns its 401 response.
#define SIAGA_HTTP_ACTOR(api, request, name)                                            \
  auto name##_result = ::siaga::http::authenticate(api, request);                       \
  if (!name##_result.ok()) return ::siaga::http::error_response(name##_result.error()); \
  const ::siaga::Actor& name = *name##_result

#pragma once
// JSON shapes of guard patterns and deployment plans (docs/deployment.md,
// docs/openapi.yaml), shared by the API and `siaga plan`.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>

#include "service/deployment_service.hpp"

namespace siaga::http {

boost::json::object patterns_json(const PatternSet& patterns);
boost::json::value pattern_view_json(const service::PatternView& view);
// Reads {"kurang_rawan": {...}, ...}: every class, every field a whole number
// (max_distance_m a number); the error names the field ("rawan.officers").
Result<PatternSet> patterns_from_body(const boost::json::value& body);

// `detail`: with the shortfall and the reserve per unit (one plan, not a list).
boost::json::value plan_json(const service::PlanView& plan, bool detail = true);
boost::json::value post_json(const service::PostDetail& post);
boost::json::value officer_json(const store::PostOfficerView& officer);
boost::json::value diff_json(const service::PlanDiff& diff);

// The file `siaga plan --out` writes (contract: posts, reserve, shortfall,
// cost, pattern).
boost::json::value plan_export_json(const service::PlanView& plan,
                                    const std::vector<service::PostDetail>& posts,
                                    const std::vector<store::PostOfficerView>& reserve);

}  // namespace siaga::http

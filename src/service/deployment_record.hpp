#pragma once
// What a plan row keeps as JSON text (patterns, figures, warnings, NRP
// lists), written and read back by the deployment use cases.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <vector>

#include "domain/deployment.hpp"
#include "service/deployment_service.hpp"

namespace siaga::service {

// The same values as JSON objects, which the API also sends as they are.
boost::json::object patterns_object(const PatternSet& patterns);
boost::json::object summary_object(const PlanSummary& summary);
boost::json::array warnings_array(const std::vector<PlanWarning>& warnings);
boost::json::array strings_array(const std::vector<std::string>& items);

std::string patterns_to_json(const PatternSet& patterns);
PatternSet patterns_from_json(const std::string& text);  // national defaults where unreadable

std::string summary_to_json(const PlanSummary& summary);
PlanSummary summary_from_json(const std::string& text);

std::string warnings_to_json(const std::vector<PlanWarning>& warnings);
std::vector<PlanWarning> warnings_from_json(const std::string& text);

std::string strings_to_json(const std::vector<std::string>& items);
std::vector<std::string> strings_from_json(const std::string& text);

// Fills the JSON-held parts of a view from its record.
PlanView view_of(const store::PlanRecord& record);

}  // namespace siaga::service

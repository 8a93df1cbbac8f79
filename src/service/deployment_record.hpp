#pragma once
// What a plan row keeps as JSON text (patterns, figures, warnings, NRP
// lists), written and read back by the deployment use cases.

#include <string>
#include <vector>

#include "domain/deployment.hpp"
#include "service/deployment_service.hpp"

namespace siaga::service {

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

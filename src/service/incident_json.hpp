#pragma once
// Incidents and field units as compact JSON text: one writer for the API
// answers and the live events, so both always agree.

#include <string>

#include "service/incident_service.hpp"

namespace siaga::service {

std::string incident_json(const IncidentView& view);
// The incident plus timeline, next statuses, offers, duplicates and escalation.
std::string incident_detail_json(const IncidentDetail& detail);
std::string field_unit_json(const FieldUnit& unit);

}  // namespace siaga::service

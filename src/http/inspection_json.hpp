#pragma once
// JSON shapes of readiness inspections (apel kesiapan) and defect reports
// (see docs/openapi.yaml: Inspection, InspectionSheet, Defect).

#include <boost/json/value.hpp>

#include "service/defect_service.hpp"
#include "service/inspection_service.hpp"
#include "store/page.hpp"

namespace siaga::http {

boost::json::value inspection_json(const Inspection& inspection);
boost::json::value inspection_page_json(const store::Page<Inspection>& page);
// {inspection, people:[entry], vehicles:[entry]}
boost::json::value inspection_sheet_json(const service::InspectionSheet& sheet);
// {person, items, check|null}
boost::json::value inspection_person_json(const service::InspectionPerson& line);
// {vehicle, check|null}
boost::json::value inspection_vehicle_json(const service::InspectionVehicle& line);

boost::json::value defect_json(const service::DefectView& view);
boost::json::value defect_page_json(const store::Page<service::DefectView>& page);

}  // namespace siaga::http

#pragma once
// Pieces the incident use cases share (intake, lifecycle, field units, the
// Laphar): names beside codes, the dispatch advice, and the live events.

#include "service/incident_service.hpp"
#include "store/database.hpp"

namespace siaga::service {

// The incident with its desa, kecamatan, TPS and unit names and photo ids.
Result<IncidentView> view_of(store::Transaction& tx, const Incident& incident);

// Timeline, next steps, offers, duplicates and escalation forces.
Result<IncidentDetail> detail_of(store::Transaction& tx, const Incident& incident);

// Free units of the incident's Polres ranked by ETA, top 3.
Result<std::vector<UnitOfferView>> nearest_offers(store::Transaction& tx, const Incident& incident);

// Tells live screens once the change is committed.
void announce_incident(Context& ctx, const char* type, const IncidentView& view);
void announce_field_unit(Context& ctx, const FieldUnit& unit);

// The statuses the doctrine allows a role to set: the command post decides,
// the unit reports its own progress.
Permission permission_for_step(IncidentStatus to);

}  // namespace siaga::service

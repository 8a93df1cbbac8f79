#pragma once
// Incidents, their timeline and photos; field units and their position pings.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/field_unit.hpp"
#include "domain/incident_record.hpp"
#include "domain/territory.hpp"
#include "store/page.hpp"

namespace siaga::store {

struct IncidentQuery {
  std::optional<IncidentStatus> status;
  std::optional<std::string> type;
  std::optional<EscalationLevel> level;
  bool open_only = false;
  std::optional<std::string> region_code;  // any level
  std::string reported_from;               // UTC ISO-8601, inclusive; empty: no bound
  std::string reported_until;              // exclusive
  // Newest first: `page.after_id` is the cursor, the smallest id seen so far.
  PageRequest page;
};

struct FieldUnitQuery {
  std::optional<FieldUnitStatus> status;
  std::optional<std::string> region_code;  // home region at or below
};

class IncidentRepo {
 public:
  virtual ~IncidentRepo() = default;

  virtual Result<std::int64_t> insert(const Incident& incident) = 0;
  // Status, level, unit, duplicate link and the step times.
  virtual Status update(const Incident& incident) = 0;
  virtual Result<std::optional<Incident>> find(std::int64_t id, const Territory& territory) = 0;
  virtual Result<std::optional<Incident>> find_by_tracking_code(const std::string& code) = 0;
  virtual Result<Page<Incident>> list(const IncidentQuery& query, const Territory& territory) = 0;
  // Incidents of a type reported in [from, until] inside a box (duplicate candidates).
  virtual Result<std::vector<Incident>> of_type_near(const std::string& type, const BBox& box,
                                                     const std::string& from,
                                                     const std::string& until) = 0;

  // The public form's Idempotency-Key: (fingerprint, incident id) when seen.
  virtual Result<std::optional<std::pair<std::string, std::int64_t>>> public_key(
      const std::string& key) = 0;
  virtual Status put_public_key(const std::string& key, const std::string& fingerprint,
                                std::int64_t incident_id) = 0;

  virtual Result<std::int64_t> insert_event(const IncidentEvent& event) = 0;
  virtual Result<std::vector<IncidentEvent>> events(std::int64_t incident_id) = 0;

  virtual Result<std::int64_t> insert_photo(std::int64_t incident_id, const std::string& bytes,
                                            const std::string& content_type) = 0;
  virtual Result<std::vector<std::int64_t>> photo_ids(std::int64_t incident_id) = 0;
  // (bytes, content type)
  virtual Result<std::optional<std::pair<std::string, std::string>>> photo(
      std::int64_t incident_id, std::int64_t photo_id) = 0;

  virtual Result<std::int64_t> insert_field_unit(const FieldUnit& unit) = 0;
  // Status and position.
  virtual Status update_field_unit(const FieldUnit& unit) = 0;
  virtual Result<std::optional<FieldUnit>> find_field_unit(std::int64_t id,
                                                           const Territory& territory) = 0;
  virtual Result<std::vector<FieldUnit>> field_units(const FieldUnitQuery& query,
                                                     const Territory& territory) = 0;
  virtual Status insert_positions(std::int64_t field_unit_id,
                                  const std::vector<PositionPing>& pings,
                                  const std::string& received_at) = 0;
};

}  // namespace siaga::store

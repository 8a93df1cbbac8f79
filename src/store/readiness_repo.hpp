#pragma once
// Storage of personnel, partner rosters, equipment, inspections and defects;
// see migrations/*/0003_readiness.sql. Lists take the caller's territory:
// a row belongs to a unit, and a unit is visible when its regions lie inside
// the territory.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/defect.hpp"
#include "domain/equipment.hpp"
#include "domain/inspection.hpp"
#include "domain/personnel.hpp"
#include "domain/result.hpp"
#include "domain/territory.hpp"
#include "store/page.hpp"

namespace siaga::store {

struct PersonQuery {
  std::optional<std::string> region_code;  // people of units inside this region
  std::optional<PersonFunction> function;
  std::optional<std::int64_t> unit_id;  // this unit only
  std::optional<std::string> desa_binaan;
  PageRequest page;
};

struct PartnerQuery {
  std::optional<std::string> region_code;
  std::optional<PartnerForce> force;
  std::optional<std::string> desa_code;
  PageRequest page;
};

struct ItemQuery {
  std::optional<std::string> region_code;
  std::optional<std::int64_t> unit_id;
  std::optional<std::int64_t> holder_id;
  std::optional<std::string> kind;
  std::optional<bool> vehicles;  // true: vehicles only; false: no vehicles
  PageRequest page;
};

struct DefectQuery {
  std::optional<std::string> region_code;
  std::optional<std::int64_t> unit_id;
  std::optional<bool> open;  // not selesai
  PageRequest page;
};

struct Handover {
  std::int64_t id = 0;
  std::int64_t item_id = 0;
  std::string item_kind;
  std::string item_serial;
  std::int64_t person_id = 0;
  std::string handed_by, handed_at;
  std::string acknowledged_at;  // empty until the person confirms
};

// The state the readiness engine reads, in bulk.
struct UnitNode {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;
};
struct PersonRow {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  PersonFunction function = PersonFunction::samapta;
};
struct HeldItemRow {
  std::int64_t holder_id = 0;
  std::string kind;
  bool usable = false;
  bool missing_at_last_check = false;  // the last inspection found it not held
};
struct AbsenceRow {
  std::int64_t person_id = 0;
  AbsenceKind kind = AbsenceKind::cuti;
};
struct PresenceRow {
  std::int64_t person_id = 0;
  bool present = false;
};
struct VehicleRow {
  std::int64_t unit_id = 0;
  bool usable = false;
  int fuel_percent = 0;
};
struct OpenDefectRow {
  std::int64_t unit_id = 0;
  DefectKind kind = DefectKind::kerusakan;
  std::string reported_at;
};

class ReadinessRepo {
 public:
  virtual ~ReadinessRepo() = default;

  virtual Result<std::int64_t> insert_person(const Person& person) = 0;
  virtual Result<std::optional<Person>> find_person(std::int64_t id) = 0;
  virtual Result<std::optional<Person>> find_person_by_nrp(const std::string& nrp) = 0;
  virtual Result<std::optional<Person>> find_person_by_username(const std::string& username) = 0;
  virtual Status link_username(std::int64_t person_id, const std::string& username) = 0;
  // Handovers: an item given to a person, acknowledged by them.
  virtual Result<std::int64_t> insert_handover(std::int64_t item_id, std::int64_t person_id,
                                               const std::string& by, const std::string& at) = 0;
  virtual Result<std::vector<Handover>> handovers_of(std::int64_t person_id) = 0;
  virtual Result<std::optional<Handover>> find_handover(std::int64_t id) = 0;
  virtual Status acknowledge_handover(std::int64_t id, const std::string& at) = 0;
  virtual Result<Page<Person>> list_people(const PersonQuery& query, const Territory& scope) = 0;

  virtual Result<std::int64_t> insert_absence(const Absence& absence, const std::string& by,
                                              const std::string& at) = 0;
  virtual Result<std::vector<Absence>> absences_of(std::int64_t person_id) = 0;

  virtual Result<std::int64_t> insert_partner(const PartnerMember& member) = 0;
  virtual Result<Page<PartnerMember>> list_partners(const PartnerQuery& query,
                                                    const Territory& scope) = 0;

  virtual Result<std::int64_t> insert_item(const Item& item) = 0;
  virtual Result<std::optional<Item>> find_item(std::int64_t id) = 0;
  virtual Status update_item(const Item& item) = 0;
  virtual Result<Page<Item>> list_items(const ItemQuery& query, const Territory& scope) = 0;
  virtual Result<std::vector<Item>> items_of_person(std::int64_t person_id) = 0;

  virtual Result<std::int64_t> insert_inspection(const Inspection& inspection) = 0;
  virtual Result<std::optional<Inspection>> find_inspection(std::int64_t id) = 0;
  virtual Result<Page<Inspection>> list_inspections(std::optional<std::int64_t> unit_id,
                                                    const Territory& scope,
                                                    const PageRequest& page) = 0;
  virtual Status update_inspection(const Inspection& inspection) = 0;
  virtual Result<bool> has_person_check(std::int64_t inspection_id, std::int64_t person_id) = 0;
  virtual Result<bool> has_vehicle_check(std::int64_t inspection_id, std::int64_t item_id) = 0;
  virtual Status insert_person_check(const PersonCheck& check) = 0;
  virtual Status insert_vehicle_check(const VehicleCheck& check) = 0;
  virtual Result<std::vector<PersonCheck>> person_checks(std::int64_t inspection_id) = 0;
  virtual Result<std::vector<VehicleCheck>> vehicle_checks(std::int64_t inspection_id) = 0;

  virtual Result<std::int64_t> insert_defect(const Defect& defect, const std::string& photo,
                                             const std::string& photo_type) = 0;
  virtual Result<std::optional<Defect>> find_defect(std::int64_t id) = 0;
  virtual Status update_defect(const Defect& defect) = 0;
  virtual Result<Page<Defect>> list_defects(const DefectQuery& query, const Territory& scope) = 0;
  // The photo bytes and content type, when the report has one.
  virtual Result<std::optional<std::pair<std::string, std::string>>> defect_photo(
      std::int64_t id) = 0;

  // Bulk reads for the readiness engine (the whole country at once).
  virtual Result<std::vector<UnitNode>> unit_tree() = 0;
  virtual Result<std::vector<PersonRow>> people() = 0;
  virtual Result<std::vector<HeldItemRow>> held_items() = 0;
  virtual Result<std::vector<AbsenceRow>> absences_on(const std::string& date) = 0;
  virtual Result<std::vector<PresenceRow>> last_presence() = 0;
  virtual Result<std::vector<VehicleRow>> vehicles() = 0;
  virtual Result<std::vector<OpenDefectRow>> open_defects() = 0;
};

}  // namespace siaga::store

#pragma once
// Apel kesiapan: Kabag Ren plans a readiness inspection per unit; the
// supervisor ticks one checklist line per person (present, each item held and
// working) and per vehicle (condition, fuel, lights, documents); the
// inspection is closed with a result once every line is answered. What the
// checklist finds broken or refuelled is written back to the items, so the
// readiness figures see it.

#include <optional>
#include <string>
#include <vector>

#include "domain/inspection.hpp"
#include "domain/personnel.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/readiness_repo.hpp"

namespace siaga::service {

// One person's line of the checklist: the items they hold (no vehicles) and
// their answer, once given.
struct InspectionPerson {
  Person person;
  std::vector<Item> items;
  std::optional<PersonCheck> check;
};

// One vehicle's line of the checklist.
struct InspectionVehicle {
  Item vehicle;
  std::optional<VehicleCheck> check;
};

struct InspectionSheet {
  Inspection inspection;
  std::vector<InspectionPerson> people;
  std::vector<InspectionVehicle> vehicles;
};

struct PersonCheckInput {
  bool present = false;
  std::vector<ItemCheck> items;  // one answer per item the person holds
};

struct VehicleCheckInput {
  std::optional<ItemCondition> condition;
  std::optional<int> fuel_percent;
  bool lights_ok = false;
  bool documents_ok = false;
};

inline constexpr std::size_t kMaxInspectionTitle = 200;
inline constexpr std::size_t kMaxInspectionNote = 2000;
// Below this share of people present with all their kit, a unit is not ready.
inline constexpr double kReadyPeopleShare = 0.8;

class InspectionService {
 public:
  explicit InspectionService(Context& ctx) : ctx_(ctx) {}

  // One inspection per unit, all on `date` (YYYY-MM-DD). manage_readiness.
  Result<std::vector<Inspection>> plan(const Actor& actor,
                                       const std::vector<std::string>& unit_codes,
                                       const std::string& date, const std::string& title);
  // `unit_code` empty: every inspection in the actor's territory. read_personnel.
  Result<store::Page<Inspection>> list(const Actor& actor, const std::string& unit_code,
                                       const store::PageRequest& page);
  Result<InspectionSheet> get(const Actor& actor, std::int64_t id);

  // run_inspection. Each answer is given once; a second is a conflict.
  Result<InspectionPerson> check_person(const Actor& actor, std::int64_t inspection_id,
                                        std::int64_t person_id, const PersonCheckInput& input);
  Result<InspectionVehicle> check_vehicle(const Actor& actor, std::int64_t inspection_id,
                                          std::int64_t item_id, const VehicleCheckInput& input);
  // `result` none: computed from the answers. Refused while a line is unanswered.
  Result<Inspection> close(const Actor& actor, std::int64_t inspection_id,
                           std::optional<InspectionResult> result, const std::string& note);

 private:
  Context& ctx_;
};

// The result the answers call for: siap when everyone is present with every
// item held and working and every vehicle is fit; tidak_siap when fewer than
// 80 % of the people are present and fully equipped; otherwise
// siap_dengan_catatan.
InspectionResult computed_result(const std::vector<PersonCheck>& people,
                                 const std::vector<VehicleCheck>& vehicles);

}  // namespace siaga::service

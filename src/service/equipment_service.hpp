#pragma once
// Equipment and vehicles: the list, condition and fuel updates, and the
// handover (penyerahan) of an item to a person, acknowledged by that person.

#include <optional>
#include <string>

#include "domain/equipment.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/readiness_repo.hpp"

namespace siaga::service {

struct ItemUpdate {
  std::optional<std::string> condition;
  std::optional<int> fuel_percent;
  std::optional<int> odometer_km;
  std::optional<std::string> service_date;
};

class EquipmentService {
 public:
  explicit EquipmentService(Context& ctx) : ctx_(ctx) {}

  Result<store::Page<Item>> list(const Actor& actor, const store::ItemQuery& query);
  Result<Item> update(const Actor& actor, std::int64_t id, const ItemUpdate& update);
  // Gives the item to the person named by NRP, who must serve in the item's
  // own Polres; the handover waits for their acknowledgement.
  Result<store::Handover> hand_over(const Actor& actor, std::int64_t item_id,
                                    const std::string& nrp);
  // Only the person who received it, from their own account.
  Result<store::Handover> acknowledge(const Actor& actor, std::int64_t handover_id);

 private:
  Context& ctx_;
};

}  // namespace siaga::service

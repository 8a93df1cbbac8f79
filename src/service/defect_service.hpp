#pragma once
// Laporan kerusakan dan BBM: an officer reports from the field that an item
// or vehicle is broken or out of fuel, with a photo when there is one; Kabag
// Ren (or Ops, or the Kapolsek) follows it up and closes it. Closing a report
// on an item puts the item back in the register as repaired or refuelled.

#include <optional>
#include <string>
#include <utility>

#include "domain/defect.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/readiness_repo.hpp"

namespace siaga::service {

struct DefectInput {
  std::string unit_code;  // empty: the actor's own unit
  std::optional<std::int64_t> item_id;
  std::optional<DefectKind> kind;
  std::string description;
  std::string photo;  // the image bytes, empty when none
};

// A report with how long it has been open (or took, once closed) and whether
// it waits longer than its kind allows.
struct DefectView {
  Defect defect;
  std::int64_t age_hours = 0;
  bool overdue = false;
};

struct DefectCreated {
  DefectView defect;
  bool replayed = false;  // true when an Idempotency-Key returned an earlier result
};

struct DefectFilter {
  std::string unit_code;     // empty: the whole territory
  std::optional<bool> open;  // true: not yet selesai; false: selesai only
  store::PageRequest page;
};

struct DefectPhoto {
  std::string bytes;
  std::string content_type;
};

class DefectService {
 public:
  explicit DefectService(Context& ctx) : ctx_(ctx) {}

  // report_defect. `idempotency_key` empty: no replay protection.
  Result<DefectCreated> report(const Actor& actor, const DefectInput& input,
                               const std::string& idempotency_key, const std::string& fingerprint);
  // read_personnel.
  Result<store::Page<DefectView>> list(const Actor& actor, const DefectFilter& filter);
  Result<DefectView> get(const Actor& actor, std::int64_t id);
  // process_defect. A note is required to close (selesai).
  Result<DefectView> transition(const Actor& actor, std::int64_t id, DefectStatus to,
                                const std::string& note);
  // read_personnel; not_found when the report has no photo.
  Result<DefectPhoto> photo(const Actor& actor, std::int64_t id);

 private:
  Context& ctx_;
};

// Age and overdue flag of a report at `now`.
DefectView view_of(const Defect& defect, SysSeconds now);

}  // namespace siaga::service

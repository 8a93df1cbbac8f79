#pragma once
// Incidents (Sispamkota live): the one intake queue for reports from the
// public form, partners, officers and the 110 operator; the lifecycle with
// every step timed and attributed; the dispatch advice (nearest free units,
// possible duplicates, the forces the escalation level calls for).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/field_unit.hpp"
#include "domain/incident_record.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/incident_repo.hpp"

namespace siaga::service {

struct IncidentInput {
  std::optional<std::string> type;
  std::optional<std::string> description;
  std::optional<double> lat;
  std::optional<double> lon;
  std::optional<int> severity;
  std::optional<EscalationLevel> level;
  std::optional<IncidentSource> source;
  std::string reporter_name;
  std::string reporter_phone;
  std::string photo;  // image bytes; empty when none
};

// An incident with the names a screen shows beside the codes.
struct IncidentView {
  Incident incident;
  std::string desa_name;
  std::string kecamatan_name;
  std::string tps_code;
  std::string field_unit_call_sign;
  std::vector<std::int64_t> photo_ids;
};

struct UnitOfferView {
  std::int64_t field_unit_id = 0;
  std::string call_sign;
  FieldUnitKind kind = FieldUnitKind::mobil_patroli;
  double distance_m = 0;
  double eta_s = 0;
  bool same_sector = false;
};

struct DuplicateCandidate {
  std::int64_t id = 0;
  std::string type;
  std::string reported_at;
  double distance_m = 0;
  IncidentStatus status = IncidentStatus::baru;
};

struct ForceAdvice {
  ForceKind force = ForceKind::dalmas_awal;
  std::vector<FieldUnit> free;  // units of that force on standby in the Polres
};

struct IncidentDetail {
  IncidentView view;
  std::vector<IncidentEvent> timeline;
  std::vector<IncidentStatus> next_statuses;
  std::vector<UnitOfferView> offers;
  std::vector<DuplicateCandidate> duplicates;
  std::vector<ForceAdvice> escalation;
};

struct CreatedIncident {
  IncidentView view;
  bool replayed = false;
};

struct PublicReceipt {
  std::string tracking_code;
  IncidentStatus status = IncidentStatus::baru;
  bool replayed = false;
};

struct PublicStatus {
  std::string tracking_code;
  IncidentStatus status = IncidentStatus::baru;
  std::string updated_at;
};

struct TransitionInput {
  std::optional<IncidentStatus> status;
  std::optional<std::int64_t> field_unit_id;  // required to dispatch (ditugaskan)
  std::optional<std::int64_t> duplicate_of;   // required for duplikat
  std::string note;
};

class IncidentService {
 public:
  explicit IncidentService(Context& ctx) : ctx_(ctx) {}

  // A report recorded by an officer, partner or the 110 operator.
  Result<CreatedIncident> report(const Actor& actor, const IncidentInput& input,
                                 const std::string& idempotency_key,
                                 const std::string& fingerprint);
  // The public form: no account. Ask admit_public first.
  Result<PublicReceipt> report_public(const IncidentInput& input,
                                      const std::string& idempotency_key,
                                      const std::string& fingerprint);
  // Counts one public submission from this client address: zero when allowed,
  // else how long to wait. Every attempt counts, valid or not, so a flood of
  // bad requests is stopped too.
  std::chrono::seconds admit_public(const std::string& client);
  // What the reporter may see with the tracking code: the status, nothing else.
  Result<PublicStatus> public_status(const std::string& tracking_code);

  // `date` (YYYY-MM-DD, the actor's zone) fills the query's time bounds.
  Result<store::Page<IncidentView>> list(const Actor& actor, store::IncidentQuery query,
                                         const std::optional<std::string>& date);
  Result<IncidentDetail> get(const Actor& actor, std::int64_t id);
  Result<IncidentDetail> move(const Actor& actor, std::int64_t id, const TransitionInput& input);
  Result<IncidentDetail> escalate(const Actor& actor, std::int64_t id, EscalationLevel level,
                                  const std::string& note);
  // (bytes, content type)
  Result<std::pair<std::string, std::string>> photo(const Actor& actor, std::int64_t id,
                                                    std::int64_t photo_id);

 private:
  Context& ctx_;
};

}  // namespace siaga::service

#pragma once
// Incidents of the operation (Sispamkota live, issue 8): the type catalogue,
// where a report comes from, the lifecycle and its legal steps, and the
// escalation levels with the forces the doctrine calls for at each
// (brief section 6: hijau → Dalmas Awal, kuning → Dalmas Lanjut, merah →
// Brimob PHH).

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace siaga {

struct IncidentType {
  std::string_view code;  // lower-case catalogue code, the API's `type`
  std::string_view name_id;
  std::string_view name_en;
  bool forward_to_gakkumdu = false;  // election offences go to Bawaslu/Gakkumdu
};

std::span<const IncidentType> incident_types();
const IncidentType* find_incident_type(std::string_view code);

enum class IncidentSource { publik, fkpm, pos_kamling, bhabinkamtibmas, patroli, operator_110 };
std::string_view to_string(IncidentSource source);
std::optional<IncidentSource> parse_incident_source(std::string_view text);

enum class IncidentStatus {
  baru,
  diverifikasi,
  ditolak,
  duplikat,
  ditugaskan,
  menuju_lokasi,
  tiba_di_lokasi,
  selesai,
  ditutup,
};
std::string_view to_string(IncidentStatus status);
std::optional<IncidentStatus> parse_incident_status(std::string_view text);
std::string_view label_id(IncidentStatus status);  // "Menuju lokasi"
std::string_view label_en(IncidentStatus status);  // "On the way"

// baru → diverifikasi | ditolak | duplikat; diverifikasi → ditugaskan;
// ditugaskan → menuju_lokasi; menuju_lokasi → tiba_di_lokasi; tiba_di_lokasi →
// selesai; selesai → ditutup. A dispatched unit may also be reassigned
// (menuju_lokasi → ditugaskan) and a verified incident closed when it resolved
// itself (diverifikasi → selesai). Nothing leaves ditolak, duplikat or ditutup.
bool may_move(IncidentStatus from, IncidentStatus to);
std::vector<IncidentStatus> next_statuses(IncidentStatus from);

enum class EscalationLevel { hijau, kuning, merah };
std::string_view to_string(EscalationLevel level);
std::optional<EscalationLevel> parse_escalation_level(std::string_view text);

enum class ForceKind { dalmas_awal, dalmas_lanjut, brimob_phh };
std::string_view to_string(ForceKind force);

// What the doctrine calls for at a level, first the force in front.
std::vector<ForceKind> forces_for(EscalationLevel level);

}  // namespace siaga

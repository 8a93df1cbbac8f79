#include "domain/incident.hpp"

#include <array>
#include <utility>

namespace siaga {

namespace {

constexpr std::array<IncidentType, 12> kTypes{{
    {"provokasi", "Provokasi", "Provocation", false},
    {"kerumunan", "Kerumunan / unjuk rasa", "Crowd / demonstration", false},
    {"bentrok", "Bentrok antarpendukung", "Clash between supporters", false},
    {"teror", "Ancaman teror / bom", "Terror or bomb threat", false},
    {"perusakan_logistik", "Perusakan logistik pemilu", "Damage to election logistics", true},
    {"gangguan_tps", "Gangguan di TPS", "Disturbance at a polling station", true},
    {"intimidasi", "Intimidasi", "Intimidation", true},
    {"politik_uang", "Politik uang", "Vote buying", true},
    {"hoaks", "Hoaks / ujaran kebencian", "Hoax / hate speech", false},
    {"kecelakaan", "Kecelakaan", "Accident", false},
    {"bencana", "Bencana", "Disaster", false},
    {"lainnya", "Lainnya", "Other", false},
}};

constexpr std::array<std::string_view, 6> kSources{"publik",          "fkpm",    "pos_kamling",
                                                   "bhabinkamtibmas", "patroli", "operator_110"};

constexpr std::array<std::string_view, 9> kStatuses{
    "baru",          "diverifikasi",   "ditolak", "duplikat", "ditugaskan",
    "menuju_lokasi", "tiba_di_lokasi", "selesai", "ditutup"};

constexpr std::array<std::string_view, 3> kLevels{"hijau", "kuning", "merah"};

using S = IncidentStatus;
constexpr std::array<std::pair<S, S>, 10> kSteps{{
    {S::baru, S::diverifikasi},
    {S::baru, S::ditolak},
    {S::baru, S::duplikat},
    {S::diverifikasi, S::ditugaskan},
    {S::diverifikasi, S::selesai},
    {S::ditugaskan, S::menuju_lokasi},
    {S::menuju_lokasi, S::ditugaskan},
    {S::menuju_lokasi, S::tiba_di_lokasi},
    {S::tiba_di_lokasi, S::selesai},
    {S::selesai, S::ditutup},
}};

template <std::size_t N, typename E>
std::optional<E> parse_from(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::span<const IncidentType> incident_types() {
  return kTypes;
}

const IncidentType* find_incident_type(std::string_view code) {
  for (const IncidentType& t : kTypes) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

std::string_view to_string(IncidentSource source) {
  return kSources[static_cast<std::size_t>(source)];
}
std::optional<IncidentSource> parse_incident_source(std::string_view text) {
  return parse_from<kSources.size(), IncidentSource>(kSources, text);
}

std::string_view to_string(IncidentStatus status) {
  return kStatuses[static_cast<std::size_t>(status)];
}
std::optional<IncidentStatus> parse_incident_status(std::string_view text) {
  return parse_from<kStatuses.size(), IncidentStatus>(kStatuses, text);
}

std::string_view label_id(IncidentStatus status) {
  static constexpr std::array<std::string_view, 9> kLabels{
      "Baru",          "Diverifikasi",   "Ditolak", "Duplikat", "Ditugaskan",
      "Menuju lokasi", "Tiba di lokasi", "Selesai", "Ditutup"};
  return kLabels[static_cast<std::size_t>(status)];
}

std::string_view label_en(IncidentStatus status) {
  static constexpr std::array<std::string_view, 9> kLabels{"New",       "Verified", "Rejected",
                                                           "Duplicate", "Assigned", "On the way",
                                                           "Arrived",   "Resolved", "Closed"};
  return kLabels[static_cast<std::size_t>(status)];
}

bool may_move(IncidentStatus from, IncidentStatus to) {
  for (const auto& [a, b] : kSteps) {
    if (a == from && b == to) return true;
  }
  return false;
}

std::vector<IncidentStatus> next_statuses(IncidentStatus from) {
  std::vector<IncidentStatus> out;
  for (const auto& [a, b] : kSteps) {
    if (a == from) out.push_back(b);
  }
  return out;
}

std::string_view to_string(EscalationLevel level) {
  return kLevels[static_cast<std::size_t>(level)];
}
std::optional<EscalationLevel> parse_escalation_level(std::string_view text) {
  return parse_from<kLevels.size(), EscalationLevel>(kLevels, text);
}

std::string_view to_string(ForceKind force) {
  switch (force) {
    case ForceKind::dalmas_awal:
      return "dalmas_awal";
    case ForceKind::dalmas_lanjut:
      return "dalmas_lanjut";
    case ForceKind::brimob_phh:
      return "brimob_phh";
  }
  return "";
}

std::vector<ForceKind> forces_for(EscalationLevel level) {
  switch (level) {
    case EscalationLevel::hijau:
      return {ForceKind::dalmas_awal};
    // Lapis ganti: Dalmas Lanjut takes over, Dalmas Awal stays behind it.
    case EscalationLevel::kuning:
      return {ForceKind::dalmas_lanjut, ForceKind::dalmas_awal};
    // Lintas ganti: Brimob PHH takes over from Dalmas Lanjut.
    case EscalationLevel::merah:
      return {ForceKind::brimob_phh, ForceKind::dalmas_lanjut};
  }
  return {};
}

}  // namespace siaga

#include "domain/incident_record.hpp"

#include <fmt/format.h>

namespace siaga {

namespace {

Error invalid(std::string id, std::string en, const char* field) {
  return make_error(ErrorCode::invalid_input, std::move(id), std::move(en), field);
}

// Characters, not bytes: limits are told to people in characters.
std::size_t utf8_length(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

bool phone_chars_only(const std::string& phone) {
  for (char c : phone) {
    if (!(c >= '0' && c <= '9') && c != ' ' && c != '+' && c != '-') return false;
  }
  return true;
}

}  // namespace

Status validate_incident(const Incident& incident) {
  if (!find_incident_type(incident.type)) {
    return invalid(fmt::format("jenis kejadian '{}' tidak dikenal", incident.type),
                   fmt::format("unknown incident type '{}'", incident.type), "type");
  }
  if (incident.description.find_first_not_of(" \t\r\n") == std::string::npos) {
    return invalid("uraian kejadian wajib diisi", "description is required", "description");
  }
  if (utf8_length(incident.description) > kIncidentDescriptionMax) {
    return invalid(fmt::format("uraian melebihi {} karakter", kIncidentDescriptionMax),
                   fmt::format("description is longer than {} characters", kIncidentDescriptionMax),
                   "description");
  }
  if (incident.severity < 1 || incident.severity > 3) {
    return invalid("tingkat keparahan harus 1, 2 atau 3", "severity must be 1, 2 or 3", "severity");
  }
  if (!inside_indonesia(incident.position)) {
    return invalid("lokasi berada di luar wilayah Indonesia", "the position lies outside Indonesia",
                   "lat");
  }
  if (utf8_length(incident.reporter_name) > kReporterNameMax) {
    return invalid(fmt::format("nama pelapor melebihi {} karakter", kReporterNameMax),
                   fmt::format("reporter name is longer than {} characters", kReporterNameMax),
                   "reporter_name");
  }
  if (incident.reporter_phone.size() > kReporterPhoneMax ||
      !phone_chars_only(incident.reporter_phone)) {
    return invalid("nomor telepon pelapor tidak sah (angka, spasi, + atau -, maksimal 20)",
                   "reporter phone is not valid (digits, spaces, + or -, at most 20)",
                   "reporter_phone");
  }
  return ok_status();
}

bool is_open(IncidentStatus status) {
  switch (status) {
    case IncidentStatus::ditolak:
    case IncidentStatus::duplikat:
    case IncidentStatus::selesai:
    case IncidentStatus::ditutup:
      return false;
    default:
      return true;
  }
}

}  // namespace siaga

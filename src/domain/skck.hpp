#pragma once
// SKCK (surat keterangan catatan kepolisian) for candidates: a required
// document, issued by the Polres of the candidate's domicile (by the Polda when
// the domicile lies outside any Polres). Workflow:
//   diajukan → diproses → terbit | ditolak

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace siaga {

enum class SkckStatus { diajukan, diproses, terbit, ditolak };

std::string_view to_string(SkckStatus status);
std::optional<SkckStatus> parse_skck_status(std::string_view text);

// The only legal moves; anything else is a conflict naming both states.
Status check_skck_transition(SkckStatus from, SkckStatus to);

struct SkckRequest {
  std::int64_t id = 0;
  std::string applicant_name;
  std::string nik;            // 16-digit national identity number
  std::string domicile_code;  // desa or kecamatan code of the domicile
  std::optional<std::int64_t> election_id;
  std::int64_t issuing_unit_id = 0;
  std::string issuing_unit_name;
  SkckStatus status = SkckStatus::diajukan;
  std::string number;  // certificate number once issued
  std::string reason;  // why it was refused
  std::string submitted_by, submitted_at;
  std::string processed_by, processed_at;
  std::string decided_by, decided_at;
  friend bool operator==(const SkckRequest&, const SkckRequest&) = default;
};

Status validate_nik(std::string_view nik);

}  // namespace siaga

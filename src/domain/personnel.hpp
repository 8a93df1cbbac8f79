#pragma once
// The people of a command: Polri personnel with their function and desa
// binaan, their availability, and the partner forces on the rosters (TNI,
// Satpol PP, Dishub, Linmas). One model for readiness and for the deployment
// planner.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace siaga {

enum class PersonFunction {
  bhabinkamtibmas,
  samapta,
  intelkam,
  reskrim,
  lantas,
  brimob,
  binmas,
  propam,
  staf,  // Bag Ops, Bag Ren, Sium, pimpinan and other staff
};

std::string_view to_string(PersonFunction f);
std::optional<PersonFunction> parse_person_function(std::string_view text);
std::string_view label_id(PersonFunction f);
const std::vector<PersonFunction>& all_person_functions();

struct Person {
  std::int64_t id = 0;
  std::string nrp;  // Nomor Registrasi Pokok: 8 digits
  std::string name;
  std::string rank;  // Bripda .. Kombes, as written by Polri
  PersonFunction function = PersonFunction::samapta;
  std::int64_t unit_id = 0;
  std::string unit_code;
  std::string phone;
  std::vector<std::string> desa_binaan;  // Bhabinkamtibmas: the desa they serve
  std::string username;                  // their own account, if linked
  friend bool operator==(const Person&, const Person&) = default;
};

Status validate_nrp(std::string_view nrp);
// A Polri rank as written in orders (Bripda, Briptu, Brigpol, Bripka, Aipda,
// Aiptu, Ipda, Iptu, AKP, Kompol, AKBP, Kombes, Brigjen, Irjen, Komjen, Jenderal).
bool is_polri_rank(std::string_view rank);
Status validate_person(const Person& person);

// Why a person is not at their post: cuti (leave), sakit (sick), dinas luar
// (on duty elsewhere), BKO (attached to another unit for a period).
enum class AbsenceKind { cuti, sakit, dinas_luar, bko };

std::string_view to_string(AbsenceKind kind);
std::optional<AbsenceKind> parse_absence_kind(std::string_view text);
std::string_view label_id(AbsenceKind kind);

struct Absence {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  AbsenceKind kind = AbsenceKind::cuti;
  std::string starts_on;                    // ISO date, inclusive
  std::string ends_on;                      // ISO date, inclusive
  std::optional<std::int64_t> bko_unit_id;  // the receiving unit, for BKO
  std::string note;
  friend bool operator==(const Absence&, const Absence&) = default;
};

Status validate_absence(const Absence& absence);

enum class PartnerForce { tni, satpol_pp, dishub, linmas };

std::string_view to_string(PartnerForce force);
std::optional<PartnerForce> parse_partner_force(std::string_view text);
std::string_view label_id(PartnerForce force);

// A member of a partner force on a Polres roster: a Babinsa (TNI) or Linmas
// serves one desa; Satpol PP and Dishub the whole regency.
struct PartnerMember {
  std::int64_t id = 0;
  PartnerForce force = PartnerForce::linmas;
  std::string identifier;  // NRP TNI, NIP or NIK, unique per force
  std::string name;
  std::string rank;          // TNI rank or position, may be empty
  std::int64_t unit_id = 0;  // the Polres whose roster holds them
  std::string unit_code;
  std::string desa_code;  // empty for Satpol PP and Dishub
  std::string phone;
  friend bool operator==(const PartnerMember&, const PartnerMember&) = default;
};

Status validate_partner(const PartnerMember& member);

}  // namespace siaga

#include "domain/personnel.hpp"

#include <fmt/format.h>

#include <array>

#include "domain/region.hpp"
#include "domain/time_zone.hpp"

namespace siaga {

namespace {

struct FunctionName {
  PersonFunction function;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<FunctionName, 9> kFunctions{{
    {PersonFunction::bhabinkamtibmas, "bhabinkamtibmas", "Bhabinkamtibmas"},
    {PersonFunction::samapta, "samapta", "Samapta/Sabhara"},
    {PersonFunction::intelkam, "intelkam", "Intelkam"},
    {PersonFunction::reskrim, "reskrim", "Reskrim"},
    {PersonFunction::lantas, "lantas", "Lantas"},
    {PersonFunction::brimob, "brimob", "Brimob"},
    {PersonFunction::binmas, "binmas", "Binmas"},
    {PersonFunction::propam, "propam", "Propam"},
    {PersonFunction::staf, "staf", "Staf"},
}};

constexpr std::array<std::string_view, 16> kRanks{
    "Bripda", "Briptu", "Brigpol", "Bripka", "Aipda",   "Aiptu", "Ipda",   "Iptu",
    "AKP",    "Kompol", "AKBP",    "Kombes", "Brigjen", "Irjen", "Komjen", "Jenderal"};

Error invalid(std::string id, std::string en, const char* field) {
  return make_error(ErrorCode::invalid_input, std::move(id), std::move(en), field);
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

std::string_view to_string(PersonFunction f) {
  return kFunctions[static_cast<std::size_t>(f)].code;
}

std::optional<PersonFunction> parse_person_function(std::string_view text) {
  for (const auto& f : kFunctions) {
    if (f.code == text) return f.function;
  }
  return std::nullopt;
}

std::string_view label_id(PersonFunction f) {
  return kFunctions[static_cast<std::size_t>(f)].label;
}

const std::vector<PersonFunction>& all_person_functions() {
  static const std::vector<PersonFunction> kAll = [] {
    std::vector<PersonFunction> out;
    for (const auto& f : kFunctions) out.push_back(f.function);
    return out;
  }();
  return kAll;
}

Status validate_nrp(std::string_view nrp) {
  if (nrp.size() != 8 || !all_digits(nrp)) {
    return invalid(fmt::format("NRP '{}' harus 8 angka", nrp),
                   fmt::format("NRP '{}' must be 8 digits", nrp), "nrp");
  }
  return ok_status();
}

bool is_polri_rank(std::string_view rank) {
  for (std::string_view r : kRanks) {
    if (r == rank) return true;
  }
  return false;
}

Status validate_person(const Person& p) {
  SIAGA_TRY(validate_nrp(p.nrp));
  if (p.name.empty() || p.name.size() > 200) {
    return invalid("nama wajib diisi (paling panjang 200)", "name is required (at most 200)",
                   "name");
  }
  if (!is_polri_rank(p.rank)) {
    return invalid(fmt::format("pangkat '{}' tidak dikenal (mis. Bripda, Aiptu, AKP)", p.rank),
                   fmt::format("unknown rank '{}' (e.g. Bripda, Aiptu, AKP)", p.rank), "rank");
  }
  if (p.phone.size() > 32) {
    return invalid("nomor telepon paling panjang 32", "phone is at most 32 characters", "phone");
  }
  for (const std::string& desa : p.desa_binaan) {
    auto depth = validate_region_code(desa);
    if (!depth.ok() || *depth != 4) {
      return invalid(fmt::format("'{}' bukan kode desa", desa),
                     fmt::format("'{}' is not a desa code", desa), "desa_binaan");
    }
  }
  if (!p.desa_binaan.empty() && p.function != PersonFunction::bhabinkamtibmas) {
    return invalid("hanya Bhabinkamtibmas yang memiliki desa binaan",
                   "only a Bhabinkamtibmas has desa binaan", "desa_binaan");
  }
  return ok_status();
}

std::string_view to_string(AbsenceKind kind) {
  switch (kind) {
    case AbsenceKind::cuti:
      return "cuti";
    case AbsenceKind::sakit:
      return "sakit";
    case AbsenceKind::dinas_luar:
      return "dinas_luar";
    case AbsenceKind::bko:
      return "bko";
  }
  return "cuti";
}

std::optional<AbsenceKind> parse_absence_kind(std::string_view text) {
  for (auto k :
       {AbsenceKind::cuti, AbsenceKind::sakit, AbsenceKind::dinas_luar, AbsenceKind::bko}) {
    if (to_string(k) == text) return k;
  }
  return std::nullopt;
}

std::string_view label_id(AbsenceKind kind) {
  switch (kind) {
    case AbsenceKind::cuti:
      return "Cuti";
    case AbsenceKind::sakit:
      return "Sakit";
    case AbsenceKind::dinas_luar:
      return "Dinas luar";
    case AbsenceKind::bko:
      return "BKO ke satuan lain";
  }
  return "";
}

Status validate_absence(const Absence& a) {
  std::chrono::sys_days from{};
  std::chrono::sys_days to{};
  if (!parse_date(a.starts_on, from)) {
    return invalid("tanggal mulai harus YYYY-MM-DD", "start date must be YYYY-MM-DD", "starts_on");
  }
  if (!parse_date(a.ends_on, to)) {
    return invalid("tanggal selesai harus YYYY-MM-DD", "end date must be YYYY-MM-DD", "ends_on");
  }
  if (to < from) {
    return invalid("tanggal selesai sebelum tanggal mulai", "it ends before it starts", "ends_on");
  }
  if (a.kind == AbsenceKind::bko && !a.bko_unit_id) {
    return invalid("BKO wajib menyebut satuan penerima", "BKO needs the receiving unit",
                   "bko_unit");
  }
  return ok_status();
}

std::string_view to_string(PartnerForce force) {
  switch (force) {
    case PartnerForce::tni:
      return "tni";
    case PartnerForce::satpol_pp:
      return "satpol_pp";
    case PartnerForce::dishub:
      return "dishub";
    case PartnerForce::linmas:
      return "linmas";
  }
  return "linmas";
}

std::optional<PartnerForce> parse_partner_force(std::string_view text) {
  for (auto f :
       {PartnerForce::tni, PartnerForce::satpol_pp, PartnerForce::dishub, PartnerForce::linmas}) {
    if (to_string(f) == text) return f;
  }
  return std::nullopt;
}

std::string_view label_id(PartnerForce force) {
  switch (force) {
    case PartnerForce::tni:
      return "TNI (Babinsa)";
    case PartnerForce::satpol_pp:
      return "Satpol PP";
    case PartnerForce::dishub:
      return "Dishub";
    case PartnerForce::linmas:
      return "Linmas";
  }
  return "";
}

Status validate_partner(const PartnerMember& m) {
  if (m.identifier.empty() || m.identifier.size() > 32) {
    return invalid("nomor identitas wajib diisi (paling panjang 32)",
                   "identifier is required (at most 32)", "identifier");
  }
  if (m.name.empty() || m.name.size() > 200) {
    return invalid("nama wajib diisi (paling panjang 200)", "name is required (at most 200)",
                   "name");
  }
  const bool per_desa = m.force == PartnerForce::tni || m.force == PartnerForce::linmas;
  if (per_desa) {
    auto depth = validate_region_code(m.desa_code);
    if (!depth.ok() || *depth != 4) {
      return invalid("Babinsa dan Linmas wajib menyebut kode desa",
                     "Babinsa and Linmas need a desa code", "desa_code");
    }
  }
  return ok_status();
}

}  // namespace siaga

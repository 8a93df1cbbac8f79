#include "report/sprin_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/vulnerability.hpp"

namespace siaga::report {
namespace {

bool starts_with_pol(std::string_view name) {
  return name.size() > 3 && (name[0] == 'P' || name[0] == 'p') && name.substr(1, 2) == "ol";
}

// "Polda Jawa Timur" -> "Jawa Timur"; "Polres Jember" stays whole when it
// has no such prefix.
std::string_view without_word(std::string_view name, std::string_view word) {
  if (name.size() > word.size() && name.substr(0, word.size()) == word &&
      name[word.size()] == ' ') {
    return name.substr(word.size() + 1);
  }
  return name;
}

}  // namespace

std::string sprin_head_name(std::string_view unit_name) {
  if (unit_name == "Mabes Polri") return "Kapolri";
  if (starts_with_pol(unit_name)) return "Kapol" + std::string(unit_name.substr(3));
  return unit_name.empty() ? std::string("Kepala Satuan") : "Kepala " + std::string(unit_name);
}

std::string sprin_class_label(TpsClass c) {
  return std::string(label_id(c));
}

bool sprin_linmas_by_tps(const SprinPost& post) {
  if (post.linmas.empty()) return false;
  for (const SprinLinmas& l : post.linmas) {
    const bool known = std::any_of(post.tps.begin(), post.tps.end(),
                                   [&](const SprinTps& t) { return t.code == l.tps; });
    if (l.tps.empty() || !known) return false;
  }
  return true;
}

bool sprin_is_draft(const SprinReport& report) {
  return report.status != "approved" && report.status != "superseded";
}

std::vector<std::string> sprin_dasar(const SprinReport& report) {
  if (!report.dasar.empty()) return report.dasar;
  const std::string unit = report.unit_name.empty() ? "satuan" : report.unit_name;
  std::vector<std::string> lines{
      "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia;",
      "Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 "
      "Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun "
      "2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang;",
  };
  std::string plan =
      "Rencana " + (report.operation.empty() ? "Operasi" : report.operation) + " " + unit;
  if (!report.election.empty()) plan += " dalam rangka pengamanan " + report.election;
  lines.push_back(plan + ";");
  lines.push_back(fmt::format("Rencana pengamanan TPS (pola pengamanan TPS) {} versi {}.", unit,
                              report.version));
  return lines;
}

std::vector<std::string> sprin_tembusan(const SprinReport& report) {
  if (!report.tembusan.empty()) return report.tembusan;
  std::vector<std::string> lines;
  if (!report.parent_unit_name.empty()) {
    lines.push_back(sprin_head_name(report.parent_unit_name));
    const std::string_view region = without_word(report.parent_unit_name, "Polda");
    if (region != report.parent_unit_name) {
      lines.push_back(fmt::format("Irwasda Polda {}", region));
      lines.push_back(fmt::format("Karoops Polda {}", region));
    }
  }
  if (starts_with_pol(report.unit_name)) {
    lines.push_back("Wakap" + report.unit_name.substr(1));
    lines.push_back("Kabag Ops " + report.unit_name);
    lines.push_back("Para Kapolsek jajaran " + report.unit_name);
  } else if (!report.unit_name.empty()) {
    lines.push_back("Wakil Kepala " + report.unit_name);
  }
  return lines;
}

}  // namespace siaga::report

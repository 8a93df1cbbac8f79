#include "io/roster_csv.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "io/field_reader.hpp"
#include "io/parse_table.hpp"

namespace siaga::io {

namespace {

// The domain check of a whole row, reported at its field.
void check(FieldReader& f, const Status& status) {
  if (!status.ok())
    f.issue(status.error().field, status.error().message, status.error().message_en);
}

std::vector<std::string> split_codes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string code = text.substr(start, end - start);
    while (!code.empty() && code.front() == ' ') code.erase(code.begin());
    while (!code.empty() && code.back() == ' ') code.pop_back();
    if (!code.empty()) out.push_back(code);
    start = end + 1;
  }
  return out;
}

std::optional<int> optional_int(FieldReader& f, const char* column) {
  if (f.text(column).empty()) return std::nullopt;
  auto v = f.integer(column);
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

}  // namespace

Lines<Person> parse_personnel_csv(std::string_view text) {
  return parse_table<Person>(
      text, {"nrp", "name", "rank", "function", "unit_code"}, [](FieldReader& f) {
        Person p;
        p.nrp = f.required("nrp");
        p.name = f.required("name");
        p.rank = f.required("rank");
        const std::string function = f.required("function");
        if (auto parsed = parse_person_function(function)) {
          p.function = *parsed;
        } else if (!function.empty()) {
          f.issue("function", fmt::format("fungsi '{}' tidak dikenal", function),
                  fmt::format("unknown function '{}'", function));
        }
        p.unit_code = f.required("unit_code");
        p.phone = f.text("phone");
        p.desa_binaan = split_codes(f.text("desa_binaan"));
        for (std::size_t i = 0; i < p.desa_binaan.size(); ++i) {
          const std::string& desa = p.desa_binaan[i];
          if (std::find(p.desa_binaan.begin(), p.desa_binaan.begin() + i, desa) !=
              p.desa_binaan.begin() + i) {
            f.issue("desa_binaan", fmt::format("desa {} disebut dua kali", desa),
                    fmt::format("desa {} is listed twice", desa));
            break;
          }
        }
        if (!f.row_has_issues()) check(f, validate_person(p));
        return p;
      });
}

Lines<PartnerMember> parse_partners_csv(std::string_view text) {
  return parse_table<PartnerMember>(
      text, {"force", "identifier", "name", "unit_code"}, [](FieldReader& f) {
        PartnerMember m;
        const std::string force = f.required("force");
        if (auto parsed = parse_partner_force(force)) {
          m.force = *parsed;
        } else if (!force.empty()) {
          f.issue("force", fmt::format("satuan mitra '{}' tidak dikenal", force),
                  fmt::format("unknown partner force '{}'", force));
        }
        m.identifier = f.required("identifier");
        m.name = f.required("name");
        m.rank = f.text("rank");
        m.unit_code = f.required("unit_code");
        m.desa_code = f.text("desa_code");
        m.phone = f.text("phone");
        if (!f.row_has_issues()) check(f, validate_partner(m));
        return m;
      });
}

Lines<Item> parse_items_csv(std::string_view text) {
  return parse_table<Item>(text, {"kind", "serial", "unit_code"}, [](FieldReader& f) {
    Item i;
    i.kind = f.required("kind");
    i.serial = f.required("serial");
    i.unit_code = f.required("unit_code");
    i.holder_nrp = f.text("holder_nrp");
    const std::string condition = f.text("condition");
    if (condition.empty()) {
      i.condition = ItemCondition::baik;
    } else if (auto parsed = parse_item_condition(condition)) {
      i.condition = *parsed;
    } else {
      f.issue("condition", fmt::format("kondisi '{}' tidak dikenal", condition),
              fmt::format("unknown condition '{}'", condition));
    }
    i.plate = f.text("plate");
    i.odometer_km = optional_int(f, "odometer_km");
    i.fuel_percent = optional_int(f, "fuel_percent");
    i.service_date = f.text("service_date");
    if (!f.row_has_issues()) check(f, validate_item(i));
    return i;
  });
}

}  // namespace siaga::io

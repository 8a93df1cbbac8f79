#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "store/sql/collect.hpp"
#include "store/sql/paged_query.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/sql_builder.hpp"

namespace siaga::store::sql {

namespace {

// "unit_id IN (units whose regions lie inside `region`)".
std::string units_inside(const char* column, std::vector<SqlParam>& params,
                         const std::vector<std::string>& regions) {
  std::string cond = std::string(column) + " IN (SELECT unit_id FROM unit_regions WHERE ";
  for (std::size_t i = 0; i < regions.size(); ++i) {
    if (i) cond += " OR ";
    cond += "region_code = ? OR (region_code > ? AND region_code < ?)";
    params.emplace_back(regions[i]);
    params.emplace_back(regions[i] + ".");
    params.emplace_back(regions[i] + "/");
  }
  return cond + ")";
}

void limit_to_region(WhereBuilder& where, const char* column, const std::string& region) {
  std::vector<SqlParam> params;
  std::string cond = units_inside(column, params, {region});
  where.add(std::move(cond), std::move(params));
}

void limit_to_territory(WhereBuilder& where, const char* column, const Territory& scope) {
  if (scope.is_everywhere()) return;
  if (scope.region_codes().empty()) {
    where.add("1 = 0");
    return;
  }
  std::vector<SqlParam> params;
  std::string cond = units_inside(column, params, scope.region_codes());
  where.add(std::move(cond), std::move(params));
}

// ---- personnel ----

constexpr const char* kPersonColumns =
    "id, nrp, name, rank, function, unit_id, (SELECT code FROM units u WHERE u.id = "
    "personnel.unit_id), phone, coalesce(username, '')";

Person read_person(Statement& s) {
  Person p;
  p.id = s.int64(0);
  p.nrp = s.text(1);
  p.name = s.text(2);
  p.rank = s.text(3);
  p.function = parse_person_function(s.text(4)).value_or(PersonFunction::staf);
  p.unit_id = s.int64(5);
  p.unit_code = s.is_null(6) ? "" : s.text(6);
  p.phone = s.text(7);
  p.username = s.text(8);
  return p;
}

}  // namespace

Status SqlReadinessRepo::load_desa_binaan(std::vector<Person>& people) {
  for (Person& p : people) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement s,
        c_.prepare("SELECT desa_code FROM desa_binaan WHERE person_id = ? ORDER BY desa_code"));
    s.bind(1, p.id);
    SIAGA_ASSIGN_OR_RETURN(p.desa_binaan,
                           collect<std::string>(s, [](Statement& r) { return r.text(0); }));
  }
  return ok_status();
}

Result<std::int64_t> SqlReadinessRepo::insert_person(const Person& p) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO personnel (nrp, name, rank, function, unit_id, phone, username) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(p.nrp, p.name, p.rank, to_string(p.function), p.unit_id, p.phone);
  if (p.username.empty()) {
    s.bind_null(7);
  } else {
    s.bind(7, p.username);
  }
  SIAGA_ASSIGN_OR_RETURN(std::int64_t id, s.returning_id());
  for (const std::string& desa : p.desa_binaan) {
    SIAGA_ASSIGN_OR_RETURN(
        Statement d, c_.prepare("INSERT INTO desa_binaan (person_id, desa_code) VALUES (?, ?)"));
    d.bind_all(id, desa);
    SIAGA_TRY(d.run());
  }
  return id;
}

Result<std::optional<Person>> SqlReadinessRepo::find_person(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kPersonColumns +
                                                 " FROM personnel WHERE id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<Person>(s, read_person));
  SIAGA_TRY(load_desa_binaan(rows));
  if (rows.empty()) return std::optional<Person>{};
  return std::optional<Person>{rows.front()};
}

Result<std::optional<Person>> SqlReadinessRepo::find_person_where(const char* condition,
                                                                  const std::string& value) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kPersonColumns +
                                                 " FROM personnel WHERE " + condition));
  s.bind(1, value);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<Person>(s, read_person));
  SIAGA_TRY(load_desa_binaan(rows));
  if (rows.empty()) return std::optional<Person>{};
  return std::optional<Person>{rows.front()};
}

Result<std::optional<Person>> SqlReadinessRepo::find_person_by_nrp(const std::string& nrp) {
  return find_person_where("nrp = ?", nrp);
}

Result<std::optional<Person>> SqlReadinessRepo::find_person_by_username(
    const std::string& username) {
  return find_person_where("username = ?", username);
}

Status SqlReadinessRepo::link_username(std::int64_t person_id, const std::string& username) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("UPDATE personnel SET username = ? WHERE id = ?"));
  s.bind_all(username, person_id);
  return s.run();
}

namespace {

constexpr const char* kHandoverSelect =
    "SELECT h.id, h.item_id, i.kind, i.serial, h.person_id, h.handed_by, h.handed_at, "
    "coalesce(h.acknowledged_at, '') FROM handovers h JOIN items i ON i.id = h.item_id";

Handover read_handover(Statement& r) {
  return Handover{r.int64(0), r.int64(1), r.text(2), r.text(3),
                  r.int64(4), r.text(5),  r.text(6), r.text(7)};
}

}  // namespace

Result<std::int64_t> SqlReadinessRepo::insert_handover(std::int64_t item_id, std::int64_t person_id,
                                                       const std::string& by,
                                                       const std::string& at) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("INSERT INTO handovers (item_id, person_id, handed_by, handed_at) "
                              "VALUES (?, ?, ?, ?) RETURNING id"));
  s.bind_all(item_id, person_id, by, at);
  return s.returning_id();
}

Result<std::vector<Handover>> SqlReadinessRepo::handovers_of(std::int64_t person_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string(kHandoverSelect) +
                                                 " WHERE h.person_id = ? ORDER BY h.id DESC"));
  s.bind(1, person_id);
  return collect<Handover>(s, read_handover);
}

Result<std::optional<Handover>> SqlReadinessRepo::find_handover(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string(kHandoverSelect) + " WHERE h.id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<Handover>(s, read_handover));
  if (rows.empty()) return std::optional<Handover>{};
  return std::optional<Handover>{rows.front()};
}

Status SqlReadinessRepo::acknowledge_handover(std::int64_t id, const std::string& at) {
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("UPDATE handovers SET acknowledged_at = ? WHERE id = ?"));
  s.bind_all(at, id);
  return s.run();
}

Result<Page<Person>> SqlReadinessRepo::list_people(const PersonQuery& q, const Territory& scope) {
  WhereBuilder where;
  if (q.region_code) limit_to_region(where, "unit_id", *q.region_code);
  if (q.function) where.add("function = ?", {std::string(to_string(*q.function))});
  if (q.unit_id) where.add("unit_id = ?", {*q.unit_id});
  if (q.desa_binaan) {
    where.add("id IN (SELECT person_id FROM desa_binaan WHERE desa_code = ?)", {*q.desa_binaan});
  }
  limit_to_territory(where, "unit_id", scope);
  SIAGA_ASSIGN_OR_RETURN(
      auto page, paged_query<Person>(c_, kPersonColumns, "personnel", where, q.page, read_person));
  SIAGA_TRY(load_desa_binaan(page.items));
  return page;
}

Result<std::int64_t> SqlReadinessRepo::insert_absence(const Absence& a, const std::string& by,
                                                      const std::string& at) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO absences (person_id, kind, starts_on, ends_on, bko_unit_id, note, "
                 "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(a.person_id, to_string(a.kind), a.starts_on, a.ends_on, a.bko_unit_id, a.note, by, at);
  return s.returning_id();
}

Result<std::vector<Absence>> SqlReadinessRepo::absences_of(std::int64_t person_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT id, person_id, kind, starts_on, ends_on, bko_unit_id, note "
                 "FROM absences WHERE person_id = ? ORDER BY starts_on DESC, id DESC"));
  s.bind(1, person_id);
  return collect<Absence>(s, [](Statement& r) {
    Absence a;
    a.id = r.int64(0);
    a.person_id = r.int64(1);
    a.kind = parse_absence_kind(r.text(2)).value_or(AbsenceKind::cuti);
    a.starts_on = r.text(3);
    a.ends_on = r.text(4);
    if (!r.is_null(5)) a.bko_unit_id = r.int64(5);
    a.note = r.text(6);
    return a;
  });
}

// ---- partners ----

namespace {

constexpr const char* kPartnerColumns =
    "id, force, identifier, name, rank, unit_id, (SELECT code FROM units u WHERE u.id = "
    "partner_members.unit_id), desa_code, phone";

PartnerMember read_partner(Statement& s) {
  PartnerMember m;
  m.id = s.int64(0);
  m.force = parse_partner_force(s.text(1)).value_or(PartnerForce::linmas);
  m.identifier = s.text(2);
  m.name = s.text(3);
  m.rank = s.text(4);
  m.unit_id = s.int64(5);
  m.unit_code = s.is_null(6) ? "" : s.text(6);
  m.desa_code = s.is_null(7) ? "" : s.text(7);
  m.phone = s.text(8);
  return m;
}

}  // namespace

Result<std::int64_t> SqlReadinessRepo::insert_partner(const PartnerMember& m) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO partner_members (force, identifier, name, rank, unit_id, desa_code, "
                 "phone) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(to_string(m.force), m.identifier, m.name, m.rank, m.unit_id);
  if (m.desa_code.empty()) {
    s.bind_null(6);
  } else {
    s.bind(6, m.desa_code);
  }
  s.bind(7, m.phone);
  return s.returning_id();
}

Result<Page<PartnerMember>> SqlReadinessRepo::list_partners(const PartnerQuery& q,
                                                            const Territory& scope) {
  WhereBuilder where;
  if (q.region_code) limit_to_region(where, "unit_id", *q.region_code);
  if (q.force) where.add("force = ?", {std::string(to_string(*q.force))});
  if (q.desa_code) where.add("desa_code = ?", {*q.desa_code});
  limit_to_territory(where, "unit_id", scope);
  return paged_query<PartnerMember>(c_, kPartnerColumns, "partner_members", where, q.page,
                                    read_partner);
}

// ---- items ----

namespace {

constexpr const char* kItemColumns =
    "id, kind, serial, unit_id, (SELECT code FROM units u WHERE u.id = items.unit_id), holder_id, "
    "(SELECT nrp FROM personnel p WHERE p.id = items.holder_id), condition, plate, odometer_km, "
    "fuel_percent, service_date";

Item read_item(Statement& s) {
  Item i;
  i.id = s.int64(0);
  i.kind = s.text(1);
  i.serial = s.text(2);
  i.unit_id = s.int64(3);
  i.unit_code = s.is_null(4) ? "" : s.text(4);
  if (!s.is_null(5)) i.holder_id = s.int64(5);
  i.holder_nrp = s.is_null(6) ? "" : s.text(6);
  i.condition = parse_item_condition(s.text(7)).value_or(ItemCondition::baik);
  i.plate = s.text(8);
  if (!s.is_null(9)) i.odometer_km = static_cast<int>(s.int64(9));
  if (!s.is_null(10)) i.fuel_percent = static_cast<int>(s.int64(10));
  i.service_date = s.text(11);
  return i;
}

std::string vehicle_kinds_sql() {
  std::string out = "(";
  bool first = true;
  for (const EquipmentKind& k : default_equipment_kinds()) {
    if (!k.vehicle) continue;
    if (!first) out += ", ";
    out += "'" + k.code + "'";
    first = false;
  }
  return out + ")";
}

}  // namespace

Result<std::int64_t> SqlReadinessRepo::insert_item(const Item& i) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO items (kind, serial, unit_id, holder_id, condition, plate, "
                 "odometer_km, fuel_percent, service_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id"));
  s.bind_all(i.kind, i.serial, i.unit_id, i.holder_id, to_string(i.condition), i.plate,
             i.odometer_km, i.fuel_percent, i.service_date);
  return s.returning_id();
}

Result<std::optional<Item>> SqlReadinessRepo::find_item(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare(std::string("SELECT ") + kItemColumns + " FROM items WHERE id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<Item>(s, read_item));
  if (rows.empty()) return std::optional<Item>{};
  return std::optional<Item>{rows.front()};
}

Status SqlReadinessRepo::update_item(const Item& i) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE items SET holder_id = ?, condition = ?, plate = ?, odometer_km = ?, "
                 "fuel_percent = ?, service_date = ? WHERE id = ?"));
  s.bind_all(i.holder_id, to_string(i.condition), i.plate, i.odometer_km, i.fuel_percent,
             i.service_date, i.id);
  return s.run();
}

Result<Page<Item>> SqlReadinessRepo::list_items(const ItemQuery& q, const Territory& scope) {
  WhereBuilder where;
  if (q.region_code) limit_to_region(where, "unit_id", *q.region_code);
  if (q.unit_id) where.add("unit_id = ?", {*q.unit_id});
  if (q.holder_id) where.add("holder_id = ?", {*q.holder_id});
  if (q.kind) where.add("kind = ?", {*q.kind});
  if (q.vehicles)
    where.add(std::string(*q.vehicles ? "" : "NOT ") + "kind IN " + vehicle_kinds_sql());
  limit_to_territory(where, "unit_id", scope);
  return paged_query<Item>(c_, kItemColumns, "items", where, q.page, read_item);
}

Result<std::vector<Item>> SqlReadinessRepo::items_of_person(std::int64_t person_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kItemColumns +
                                                 " FROM items WHERE holder_id = ? ORDER BY id"));
  s.bind(1, person_id);
  return collect<Item>(s, read_item);
}

// ---- inspections ----

namespace {

constexpr const char* kInspectionColumns =
    "id, unit_id, (SELECT code FROM units u WHERE u.id = inspections.unit_id), "
    "(SELECT name FROM units u WHERE u.id = inspections.unit_id), date, title, status, result, "
    "result_note, planned_by, planned_at, closed_by, closed_at, "
    "(SELECT count(*) FROM personnel p WHERE p.unit_id = inspections.unit_id), "
    "(SELECT count(*) FROM items i WHERE i.unit_id = inspections.unit_id AND i.kind IN "
    "('kendaraan_r2', 'kendaraan_r4')), "
    "(SELECT count(*) FROM inspection_people c WHERE c.inspection_id = inspections.id), "
    "(SELECT count(*) FROM inspection_vehicles c WHERE c.inspection_id = inspections.id)";

Inspection read_inspection(Statement& s) {
  Inspection i;
  i.id = s.int64(0);
  i.unit_id = s.int64(1);
  i.unit_code = s.is_null(2) ? "" : s.text(2);
  i.unit_name = s.is_null(3) ? "" : s.text(3);
  i.date = s.text(4);
  i.title = s.text(5);
  i.status = parse_inspection_status(s.text(6)).value_or(InspectionStatus::direncanakan);
  if (!s.is_null(7)) i.result = parse_inspection_result(s.text(7));
  i.result_note = s.text(8);
  i.planned_by = s.text(9);
  i.planned_at = s.text(10);
  i.closed_by = s.text(11);
  i.closed_at = s.text(12);
  i.people = static_cast<int>(s.int64(13));
  i.vehicles = static_cast<int>(s.int64(14));
  i.people_checked = static_cast<int>(s.int64(15));
  i.vehicles_checked = static_cast<int>(s.int64(16));
  return i;
}

std::optional<std::string> result_text(const Inspection& i) {
  if (!i.result) return std::nullopt;
  return std::string(to_string(*i.result));
}

}  // namespace

Result<std::int64_t> SqlReadinessRepo::insert_inspection(const Inspection& i) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO inspections (unit_id, date, title, status, result, result_note, "
                 "planned_by, planned_at, closed_by, closed_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  s.bind_all(i.unit_id, i.date, i.title, to_string(i.status), result_text(i), i.result_note,
             i.planned_by, i.planned_at, i.closed_by, i.closed_at);
  return s.returning_id();
}

Result<std::optional<Inspection>> SqlReadinessRepo::find_inspection(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kInspectionColumns +
                                                 " FROM inspections WHERE id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<Inspection>(s, read_inspection));
  if (rows.empty()) return std::optional<Inspection>{};
  return std::optional<Inspection>{rows.front()};
}

Result<Page<Inspection>> SqlReadinessRepo::list_inspections(std::optional<std::int64_t> unit_id,
                                                            const Territory& scope,
                                                            const PageRequest& page) {
  WhereBuilder where;
  if (unit_id) where.add("unit_id = ?", {*unit_id});
  limit_to_territory(where, "unit_id", scope);
  return paged_query<Inspection>(c_, kInspectionColumns, "inspections", where, page,
                                 read_inspection);
}

Status SqlReadinessRepo::update_inspection(const Inspection& i) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("UPDATE inspections SET status = ?, result = ?, result_note = ?, "
                              "closed_by = ?, closed_at = ? WHERE id = ?"));
  s.bind_all(to_string(i.status), result_text(i), i.result_note, i.closed_by, i.closed_at, i.id);
  return s.run();
}

Result<bool> SqlReadinessRepo::has_person_check(std::int64_t inspection_id,
                                                std::int64_t person_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT count(*) FROM inspection_people WHERE "
                                                 "inspection_id = ? AND person_id = ?"));
  s.bind_all(inspection_id, person_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row && s.int64(0) > 0;
}

Result<bool> SqlReadinessRepo::has_vehicle_check(std::int64_t inspection_id, std::int64_t item_id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT count(*) FROM inspection_vehicles WHERE "
                                                 "inspection_id = ? AND item_id = ?"));
  s.bind_all(inspection_id, item_id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  return row && s.int64(0) > 0;
}

Status SqlReadinessRepo::insert_person_check(const PersonCheck& c) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO inspection_people (inspection_id, person_id, present, checked_by, "
                 "checked_at) VALUES (?, ?, ?, ?, ?)"));
  s.bind_all(c.inspection_id, c.person_id, c.present ? 1 : 0, c.checked_by, c.checked_at);
  SIAGA_TRY(s.run());
  // The latest line (by inspection) is also kept on the person and on each
  // item, so readiness reads one row each instead of the whole history.
  SIAGA_ASSIGN_OR_RETURN(
      Statement p,
      c_.prepare("UPDATE personnel SET last_present = ?1, last_present_inspection = ?2 "
                 "WHERE id = ?3 AND (last_present_inspection IS NULL OR "
                 "last_present_inspection <= ?2)"));
  p.bind_all(c.present ? 1 : 0, c.inspection_id, c.person_id);
  SIAGA_TRY(p.run());
  for (const ItemCheck& i : c.items) {
    SIAGA_ASSIGN_OR_RETURN(Statement it,
                           c_.prepare("INSERT INTO inspection_items (inspection_id, person_id, "
                                      "item_id, held, working) VALUES (?, ?, ?, ?, ?)"));
    it.bind_all(c.inspection_id, c.person_id, i.item_id, i.held ? 1 : 0, i.working ? 1 : 0);
    SIAGA_TRY(it.run());
    SIAGA_ASSIGN_OR_RETURN(
        Statement last,
        c_.prepare("UPDATE items SET last_check_held = ?1, last_check_holder = ?2, "
                   "last_check_inspection = ?3 WHERE id = ?4 AND (last_check_inspection IS "
                   "NULL OR last_check_inspection <= ?3)"));
    last.bind_all(i.held ? 1 : 0, c.person_id, c.inspection_id, i.item_id);
    SIAGA_TRY(last.run());
  }
  return ok_status();
}

Status SqlReadinessRepo::insert_vehicle_check(const VehicleCheck& c) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("INSERT INTO inspection_vehicles (inspection_id, item_id, condition, "
                              "fuel_percent, lights_ok, documents_ok, checked_by, checked_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  s.bind_all(c.inspection_id, c.item_id, to_string(c.condition), c.fuel_percent,
             c.lights_ok ? 1 : 0, c.documents_ok ? 1 : 0, c.checked_by, c.checked_at);
  return s.run();
}

Result<std::vector<PersonCheck>> SqlReadinessRepo::person_checks(std::int64_t inspection_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s, c_.prepare("SELECT person_id, present, checked_by, checked_at FROM "
                              "inspection_people WHERE inspection_id = ? ORDER BY person_id"));
  s.bind(1, inspection_id);
  SIAGA_ASSIGN_OR_RETURN(auto checks, collect<PersonCheck>(s, [&](Statement& r) {
                           PersonCheck c;
                           c.inspection_id = inspection_id;
                           c.person_id = r.int64(0);
                           c.present = r.int64(1) != 0;
                           c.checked_by = r.text(2);
                           c.checked_at = r.text(3);
                           return c;
                         }));
  for (PersonCheck& c : checks) {
    SIAGA_ASSIGN_OR_RETURN(Statement it,
                           c_.prepare("SELECT item_id, held, working FROM inspection_items WHERE "
                                      "inspection_id = ? AND person_id = ? ORDER BY item_id"));
    it.bind_all(inspection_id, c.person_id);
    SIAGA_ASSIGN_OR_RETURN(c.items, collect<ItemCheck>(it, [](Statement& r) {
                             return ItemCheck{r.int64(0), r.int64(1) != 0, r.int64(2) != 0};
                           }));
  }
  return checks;
}

Result<std::vector<VehicleCheck>> SqlReadinessRepo::vehicle_checks(std::int64_t inspection_id) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT item_id, condition, fuel_percent, lights_ok, documents_ok, checked_by, "
                 "checked_at FROM inspection_vehicles WHERE inspection_id = ? ORDER BY item_id"));
  s.bind(1, inspection_id);
  return collect<VehicleCheck>(s, [&](Statement& r) {
    VehicleCheck c;
    c.inspection_id = inspection_id;
    c.item_id = r.int64(0);
    c.condition = parse_item_condition(r.text(1)).value_or(ItemCondition::baik);
    c.fuel_percent = static_cast<int>(r.int64(2));
    c.lights_ok = r.int64(3) != 0;
    c.documents_ok = r.int64(4) != 0;
    c.checked_by = r.text(5);
    c.checked_at = r.text(6);
    return c;
  });
}

// ---- defects ----

namespace {

constexpr const char* kDefectColumns =
    "id, unit_id, (SELECT code FROM units u WHERE u.id = defects.unit_id), item_id, "
    "(SELECT kind || ' ' || CASE WHEN plate <> '' THEN plate ELSE serial END FROM items i "
    "WHERE i.id = defects.item_id), kind, description, photo_type, status, reported_by, "
    "reported_at, followed_by, followed_at, closed_by, closed_at, note";

Defect read_defect(Statement& s) {
  Defect d;
  d.id = s.int64(0);
  d.unit_id = s.int64(1);
  d.unit_code = s.is_null(2) ? "" : s.text(2);
  if (!s.is_null(3)) d.item_id = s.int64(3);
  d.item_label = s.is_null(4) ? "" : s.text(4);
  d.kind = parse_defect_kind(s.text(5)).value_or(DefectKind::kerusakan);
  d.description = s.text(6);
  d.has_photo = !s.text(7).empty();
  d.status = parse_defect_status(s.text(8)).value_or(DefectStatus::dilaporkan);
  d.reported_by = s.text(9);
  d.reported_at = s.text(10);
  d.followed_by = s.text(11);
  d.followed_at = s.text(12);
  d.closed_by = s.text(13);
  d.closed_at = s.text(14);
  d.note = s.text(15);
  return d;
}

}  // namespace

Result<std::int64_t> SqlReadinessRepo::insert_defect(const Defect& d, const std::string& photo,
                                                     const std::string& photo_type) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("INSERT INTO defects (unit_id, item_id, kind, description, photo, photo_type, "
                 "status, reported_by, reported_at, followed_by, followed_at, closed_by, "
                 "closed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '') "
                 "RETURNING id"));
  s.bind_all(d.unit_id, d.item_id, to_string(d.kind), d.description);
  if (photo.empty()) {
    s.bind_null(5);
  } else {
    s.bind_blob(5, photo.data(), photo.size());
  }
  s.bind(6, photo_type);
  s.bind(7, to_string(d.status));
  s.bind(8, d.reported_by);
  s.bind(9, d.reported_at);
  return s.returning_id();
}

Result<std::optional<Defect>> SqlReadinessRepo::find_defect(std::int64_t id) {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare(std::string("SELECT ") + kDefectColumns +
                                                 " FROM defects WHERE id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(auto rows, collect<Defect>(s, read_defect));
  if (rows.empty()) return std::optional<Defect>{};
  return std::optional<Defect>{rows.front()};
}

Status SqlReadinessRepo::update_defect(const Defect& d) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("UPDATE defects SET status = ?, followed_by = ?, followed_at = ?, closed_by = ?, "
                 "closed_at = ?, note = ? WHERE id = ?"));
  s.bind_all(to_string(d.status), d.followed_by, d.followed_at, d.closed_by, d.closed_at, d.note,
             d.id);
  return s.run();
}

Result<Page<Defect>> SqlReadinessRepo::list_defects(const DefectQuery& q, const Territory& scope) {
  WhereBuilder where;
  if (q.region_code) limit_to_region(where, "unit_id", *q.region_code);
  if (q.unit_id) where.add("unit_id = ?", {*q.unit_id});
  if (q.open) where.add(*q.open ? "status <> 'selesai'" : "status = 'selesai'");
  limit_to_territory(where, "unit_id", scope);
  return paged_query<Defect>(c_, kDefectColumns, "defects", where, q.page, read_defect);
}

Result<std::optional<std::pair<std::string, std::string>>> SqlReadinessRepo::defect_photo(
    std::int64_t id) {
  using Photo = std::optional<std::pair<std::string, std::string>>;
  SIAGA_ASSIGN_OR_RETURN(Statement s,
                         c_.prepare("SELECT photo, photo_type FROM defects WHERE id = ?"));
  s.bind(1, id);
  SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
  if (!row || s.is_null(0)) return Photo{};
  const auto bytes = s.blob(0);
  return Photo{std::pair{std::string(bytes.begin(), bytes.end()), s.text(1)}};
}

// ---- bulk reads for the engine ----

Result<std::vector<UnitNode>> SqlReadinessRepo::unit_tree() {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT id, parent_id FROM units ORDER BY id"));
  return collect<UnitNode>(s, [](Statement& r) {
    UnitNode n{r.int64(0), std::nullopt};
    if (!r.is_null(1)) n.parent_id = r.int64(1);
    return n;
  });
}

Result<std::vector<PersonRow>> SqlReadinessRepo::people() {
  SIAGA_ASSIGN_OR_RETURN(Statement s, c_.prepare("SELECT id, unit_id, function FROM personnel"));
  return collect<PersonRow>(s, [](Statement& r) {
    return PersonRow{r.int64(0), r.int64(1),
                     parse_person_function(r.text(2)).value_or(PersonFunction::staf)};
  });
}

Result<std::vector<HeldItemRow>> SqlReadinessRepo::held_items() {
  // A lost item is not held. Otherwise the item's latest inspection line, kept
  // on the item itself, decides whether it was missing, but only when it was
  // taken in its current holder's hands (a line about an earlier holder says
  // nothing about the one it was handed over to). One scan of items, however
  // many apel rounds lie behind.
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT holder_id, kind, CASE condition WHEN 'baik' THEN 1 "
                 "WHEN 'rusak_ringan' THEN 1 WHEN 'hilang' THEN 2 ELSE 0 END, "
                 "CASE WHEN last_check_holder = holder_id AND last_check_held = 0 THEN 1 "
                 "ELSE 0 END FROM items WHERE holder_id IS NOT NULL"));
  std::vector<HeldItemRow> rows;
  while (true) {
    SIAGA_ASSIGN_OR_RETURN(bool row, s.step());
    if (!row) break;
    const std::int64_t condition = s.int64(2);  // 1 usable, 2 lost, 0 broken
    rows.push_back(
        HeldItemRow{s.int64(0), s.text(1), condition == 1, condition == 2 || s.int64(3) != 0});
  }
  return rows;
}

Result<std::vector<AbsenceRow>> SqlReadinessRepo::absences_on(const std::string& date) {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT person_id, kind FROM absences WHERE starts_on <= ? AND ends_on >= ?"));
  s.bind_all(date, date);
  return collect<AbsenceRow>(s, [](Statement& r) {
    return AbsenceRow{r.int64(0), parse_absence_kind(r.text(1)).value_or(AbsenceKind::cuti)};
  });
}

Result<std::vector<PresenceRow>> SqlReadinessRepo::last_presence() {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT id, last_present FROM personnel WHERE last_present IS NOT NULL"));
  return collect<PresenceRow>(s, [](Statement& r) {
    return PresenceRow{r.int64(0), r.int64(1) != 0};
  });
}

Result<std::vector<VehicleRow>> SqlReadinessRepo::vehicles() {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare(
          "SELECT unit_id, CASE WHEN condition IN ('baik', 'rusak_ringan') THEN 1 ELSE 0 END, "
          "coalesce(fuel_percent, 0) "
          "FROM items WHERE kind IN " +
          vehicle_kinds_sql()));
  return collect<VehicleRow>(s, [](Statement& r) {
    return VehicleRow{r.int64(0), r.int64(1) != 0, static_cast<int>(r.int64(2))};
  });
}

Result<std::vector<OpenDefectRow>> SqlReadinessRepo::open_defects() {
  SIAGA_ASSIGN_OR_RETURN(
      Statement s,
      c_.prepare("SELECT unit_id, kind, reported_at FROM defects WHERE status <> 'selesai'"));
  return collect<OpenDefectRow>(s, [](Statement& r) {
    return OpenDefectRow{r.int64(0), parse_defect_kind(r.text(1)).value_or(DefectKind::kerusakan),
                         r.text(2)};
  });
}

}  // namespace siaga::store::sql

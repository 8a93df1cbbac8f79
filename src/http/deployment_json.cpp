#include "http/deployment_json.hpp"

#include <fmt/format.h>
#include <boost/json/array.hpp>

#include <array>

#include "service/deployment_record.hpp"

namespace siaga::http {

namespace json = boost::json;

namespace {

constexpr std::array<TpsClass, 4> kClasses{TpsClass::kurang_rawan, TpsClass::rawan,
                                           TpsClass::sangat_rawan, TpsClass::khusus};

json::value text_or_null(const std::string& s) {
  return s.empty() ? json::value(nullptr) : json::value(s);
}

Error field_error(const std::string& field, const char* id, const char* en) {
  return make_error(ErrorCode::invalid_input, fmt::format("{}: {}", field, id),
                    fmt::format("{}: {}", field, en), field);
}

}  // namespace

json::object patterns_json(const PatternSet& patterns) {
  return service::patterns_object(patterns);
}

json::value pattern_view_json(const service::PatternView& view) {
  return json::object{{"unit_code", view.unit_code},
                      {"unit_name", view.unit_name},
                      {"is_default", view.is_default},
                      {"patterns", patterns_json(view.patterns)}};
}

Result<PatternSet> patterns_from_body(const json::value& body) {
  if (!body.is_object()) {
    return field_error("patterns", "harus berupa objek per kelas TPS",
                       "must be an object keyed by TPS class");
  }
  const json::object& o = body.as_object();
  for (const auto& [key, value] : o) {
    if (!parse_tps_class(std::string_view(key))) {
      return field_error(fmt::format("patterns.{}", std::string_view(key)),
                         "kelas TPS tidak dikenal", "unknown TPS class");
    }
  }
  PatternSet set;
  for (TpsClass c : kClasses) {
    const std::string cls(to_string(c));
    const json::value* v = o.if_contains(cls);
    if (!v || !v->is_object()) {
      return field_error(cls, "pola kelas ini wajib diisi",
                         "the pattern of this class is required");
    }
    const json::object& p = v->as_object();
    GuardPattern& g = set.at(c);
    struct IntField {
      const char* name;
      int* target;
    };
    for (IntField f : {IntField{"officers", &g.officers}, IntField{"tps_per_post", &g.tps_per_post},
                       IntField{"linmas_per_tps", &g.linmas_per_tps},
                       IntField{"tni_per_post", &g.tni_per_post}}) {
      const json::value* x = p.if_contains(f.name);
      const std::string field = cls + "." + f.name;
      if (!x) return field_error(field, "wajib diisi", "is required");
      if (x->is_int64() && x->as_int64() >= -1000000 && x->as_int64() <= 1000000) {
        *f.target = static_cast<int>(x->as_int64());
      } else if (x->is_uint64() && x->as_uint64() <= 1000000) {
        *f.target = static_cast<int>(x->as_uint64());
      } else {
        return field_error(field, "harus bilangan bulat", "must be a whole number");
      }
    }
    const json::value* d = p.if_contains("max_distance_m");
    const std::string field = cls + ".max_distance_m";
    if (!d) return field_error(field, "wajib diisi", "is required");
    if (d->is_double()) {
      g.max_distance_m = d->as_double();
    } else if (d->is_int64()) {
      g.max_distance_m = static_cast<double>(d->as_int64());
    } else if (d->is_uint64()) {
      g.max_distance_m = static_cast<double>(d->as_uint64());
    } else {
      return field_error(field, "harus berupa angka", "must be a number");
    }
  }
  return set;
}

json::value plan_json(const service::PlanView& v, bool detail) {
  const store::PlanRecord& p = v.record;
  json::object out{{"id", p.id},
                   {"unit_code", p.unit_code},
                   {"unit_name", p.unit_name},
                   {"version", p.version},
                   {"status", std::string(store::to_string(p.status))},
                   {"cancel_requested", p.cancel_requested},
                   {"progress", p.progress},
                   {"message", p.message},
                   {"voting_day", p.voting_day},
                   {"reason", p.reason},
                   {"based_on", p.based_on ? json::value(*p.based_on) : json::value(nullptr)},
                   {"created_by", p.created_by},
                   {"created_at", p.created_at},
                   {"approved_by", text_or_null(p.approved_by)},
                   {"approved_at", text_or_null(p.approved_at)},
                   {"bko", service::strings_array(v.bko)},
                   {"unavailable", service::strings_array(v.unavailable)},
                   {"patterns", patterns_json(v.patterns)},
                   {"summary", service::summary_object(v.summary)},
                   {"warnings", service::warnings_array(v.warnings)}};
  if (!detail) return out;
  json::array shortfall;
  for (const auto& s : v.shortfall) {
    shortfall.push_back(json::object{{"post", s.post},
                                     {"tps_class", std::string(to_string(s.tps_class))},
                                     {"sector_code", s.sector_code},
                                     {"sector_name", s.sector_name},
                                     {"first_tps", s.first_tps},
                                     {"officers_missing", s.officers_missing}});
  }
  out["shortfall"] = std::move(shortfall);
  json::array reserve;
  for (const auto& r : v.reserve_by_unit) {
    reserve.push_back(
        json::object{{"unit_code", r.unit_code}, {"unit_name", r.unit_name}, {"count", r.count}});
  }
  out["reserve_by_unit"] = std::move(reserve);
  return out;
}

json::value officer_json(const store::PostOfficerView& o) {
  return json::object{{"nrp", o.nrp},
                      {"name", o.name},
                      {"rank", o.rank},
                      {"unit_code", o.unit_code},
                      {"unit_name", o.unit_name},
                      {"bko", o.bko},
                      {"post", o.number ? json::value(*o.number) : json::value(nullptr)}};
}

json::value post_json(const service::PostDetail& d) {
  const store::PlanPostRow& p = d.post.post;
  json::array tps, officers, linmas, tni;
  for (const auto& t : d.tps) {
    tps.push_back(json::object{{"code", t.code},
                               {"desa_code", t.desa_code},
                               {"desa_name", t.desa_name},
                               {"kecamatan_name", t.kecamatan_name},
                               {"address", t.address},
                               {"tps_class", std::string(to_string(t.tps_class))},
                               {"lat", t.position.lat},
                               {"lon", t.position.lon},
                               {"linmas", t.linmas}});
  }
  for (const auto& o : d.officers) officers.push_back(officer_json(o));
  for (const auto& m : d.partners) {
    json::object row{{"name", m.name}, {"desa_code", m.desa_code}, {"identifier", m.identifier}};
    if (m.force == "linmas") {
      row["tps"] = m.tps_code;
      linmas.push_back(std::move(row));
    } else {
      row["rank"] = m.rank;
      tni.push_back(std::move(row));
    }
  }
  return json::object{{"number", p.number},
                      {"tps_class", std::string(to_string(p.tps_class))},
                      {"sector_code", d.post.sector_code},
                      {"sector_name", d.post.sector_name},
                      {"lat", p.position.lat},
                      {"lon", p.position.lon},
                      {"tour_m", p.tour_m},
                      {"stretched", p.stretched},
                      {"officers_needed", p.officers_needed},
                      {"officers_missing", p.officers_missing},
                      {"tni_needed", p.tni_needed},
                      {"linmas_needed", p.linmas_needed},
                      {"linmas_assigned", p.linmas_assigned},
                      {"tps", std::move(tps)},
                      {"officers", std::move(officers)},
                      {"tni", std::move(tni)},
                      {"linmas", std::move(linmas)}};
}

json::value diff_json(const service::PlanDiff& d) {
  json::array changes;
  for (const auto& c : d.changes) {
    changes.push_back(
        json::object{{"nrp", c.nrp},
                     {"name", c.name},
                     {"rank", c.rank},
                     {"change", c.change},
                     {"from_post", c.from_post ? json::value(*c.from_post) : json::value(nullptr)},
                     {"to_post", c.to_post ? json::value(*c.to_post) : json::value(nullptr)},
                     {"from_tps", text_or_null(c.from_tps)},
                     {"to_tps", text_or_null(c.to_tps)}});
  }
  return json::object{{"from", d.from},
                      {"to", d.to},
                      {"unchanged", d.unchanged},
                      {"changes", std::move(changes)},
                      {"posts_kept", d.posts_kept},
                      {"posts_new", d.posts_new},
                      {"posts_gone", d.posts_gone}};
}

json::value plan_export_json(const service::PlanView& plan,
                             const std::vector<service::PostDetail>& posts,
                             const std::vector<store::PostOfficerView>& reserve) {
  json::array out_posts, out_reserve, shortfall;
  for (const auto& d : posts) {
    const store::PlanPostRow& p = d.post.post;
    json::array tps, officers, linmas_names;
    for (const auto& t : d.tps) tps.emplace_back(t.code);
    for (const auto& o : d.officers) officers.emplace_back(o.nrp);
    for (const auto& m : d.partners) {
      if (m.force == "linmas") linmas_names.emplace_back(m.name);
    }
    out_posts.push_back(json::object{{"number", p.number},
                                     {"tps", std::move(tps)},
                                     {"class", std::string(to_string(p.tps_class))},
                                     {"officers", std::move(officers)},
                                     {"linmas", p.linmas_assigned},
                                     {"linmas_names", std::move(linmas_names)},
                                     {"sector", d.post.sector_code},
                                     {"stretched", p.stretched},
                                     {"lat", p.position.lat},
                                     {"lon", p.position.lon}});
    if (p.officers_missing > 0 || p.linmas_assigned < p.linmas_needed) {
      shortfall.push_back(json::object{
          {"post", p.number},
          {"tps", d.tps.empty() ? json::value(nullptr) : json::value(d.tps.front().code)},
          {"class", std::string(to_string(p.tps_class))},
          {"sector", d.post.sector_code},
          {"officers_missing", p.officers_missing},
          {"linmas_missing", p.linmas_needed - p.linmas_assigned}});
    }
  }
  for (const auto& r : reserve) {
    out_reserve.push_back(json::object{{"nrp", r.nrp}, {"unit", r.unit_code}});
  }
  return json::object{{"plan_id", plan.record.id},
                      {"unit", plan.record.unit_code},
                      {"version", plan.record.version},
                      {"voting_day", plan.record.voting_day},
                      {"posts", std::move(out_posts)},
                      {"reserve", std::move(out_reserve)},
                      {"shortfall", std::move(shortfall)},
                      {"cost", plan.summary.cost_m},
                      {"pattern", patterns_json(plan.patterns)},
                      {"summary", service::summary_object(plan.summary)},
                      {"warnings", service::warnings_array(plan.warnings)}};
}

}  // namespace siaga::http

#include "service/deployment_record.hpp"

#include <array>
#include <boost/json.hpp>

namespace siaga::service {

namespace json = boost::json;

namespace {

constexpr std::array<TpsClass, 4> kClasses{TpsClass::kurang_rawan, TpsClass::rawan,
                                           TpsClass::sangat_rawan, TpsClass::khusus};

json::value parse_or_null(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  return ec ? json::value() : v;
}

std::int64_t int_of(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (!v) return 0;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64()) return static_cast<std::int64_t>(v->as_uint64());
  if (v->is_double()) return static_cast<std::int64_t>(v->as_double());
  return 0;
}

double double_of(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (!v) return 0;
  if (v->is_double()) return v->as_double();
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  return 0;
}

std::string text_of(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

json::object patterns_object(const PatternSet& patterns) {
  json::object out;
  for (TpsClass c : kClasses) {
    const GuardPattern& g = patterns.at(c);
    out[to_string(c)] = json::object{{"officers", g.officers},
                                     {"tps_per_post", g.tps_per_post},
                                     {"linmas_per_tps", g.linmas_per_tps},
                                     {"tni_per_post", g.tni_per_post},
                                     {"max_distance_m", g.max_distance_m}};
  }
  return out;
}

std::string patterns_to_json(const PatternSet& patterns) {
  return json::serialize(patterns_object(patterns));
}

PatternSet patterns_from_json(const std::string& text) {
  PatternSet set = national_pattern_2020();
  const json::value v = parse_or_null(text);
  if (!v.is_object()) return set;
  for (TpsClass c : kClasses) {
    const json::value* p = v.as_object().if_contains(to_string(c));
    if (!p || !p->is_object()) continue;
    const json::object& o = p->as_object();
    GuardPattern& g = set.at(c);
    g.officers = static_cast<int>(int_of(o, "officers"));
    g.tps_per_post = static_cast<int>(int_of(o, "tps_per_post"));
    g.linmas_per_tps = static_cast<int>(int_of(o, "linmas_per_tps"));
    g.tni_per_post = static_cast<int>(int_of(o, "tni_per_post"));
    g.max_distance_m = double_of(o, "max_distance_m");
  }
  return set;
}

json::object summary_object(const PlanSummary& s) {
  return json::object{{"tps", s.tps},
                      {"posts", s.posts},
                      {"officers_available", s.officers_available},
                      {"officers_assigned", s.officers_assigned},
                      {"reserve", s.reserve},
                      {"officers_missing", s.officers_missing},
                      {"posts_short", s.posts_short},
                      {"stretched_pairs", s.stretched_pairs},
                      {"tni_needed", s.tni_needed},
                      {"tni_assigned", s.tni_assigned},
                      {"linmas_needed", s.linmas_needed},
                      {"linmas_assigned", s.linmas_assigned},
                      {"linmas_missing", s.linmas_missing},
                      {"tps_without_class", s.tps_without_class},
                      {"cost_m", s.cost_m},
                      {"mean_tour_m", s.mean_tour_m},
                      {"seconds", s.seconds}};
}

std::string summary_to_json(const PlanSummary& summary) {
  return json::serialize(summary_object(summary));
}

PlanSummary summary_from_json(const std::string& text) {
  PlanSummary s;
  const json::value v = parse_or_null(text);
  if (!v.is_object()) return s;
  const json::object& o = v.as_object();
  s.tps = int_of(o, "tps");
  s.posts = int_of(o, "posts");
  s.officers_available = int_of(o, "officers_available");
  s.officers_assigned = int_of(o, "officers_assigned");
  s.reserve = int_of(o, "reserve");
  s.officers_missing = int_of(o, "officers_missing");
  s.posts_short = int_of(o, "posts_short");
  s.stretched_pairs = int_of(o, "stretched_pairs");
  s.tni_needed = int_of(o, "tni_needed");
  s.tni_assigned = int_of(o, "tni_assigned");
  s.linmas_needed = int_of(o, "linmas_needed");
  s.linmas_assigned = int_of(o, "linmas_assigned");
  s.linmas_missing = int_of(o, "linmas_missing");
  s.tps_without_class = int_of(o, "tps_without_class");
  s.cost_m = int_of(o, "cost_m");
  s.mean_tour_m = double_of(o, "mean_tour_m");
  s.seconds = double_of(o, "seconds");
  return s;
}

json::array warnings_array(const std::vector<PlanWarning>& warnings) {
  json::array out;
  for (const PlanWarning& w : warnings) {
    out.push_back(
        json::object{{"code", w.code}, {"message_id", w.message_id}, {"message_en", w.message_en}});
  }
  return out;
}

std::string warnings_to_json(const std::vector<PlanWarning>& warnings) {
  return json::serialize(warnings_array(warnings));
}

std::vector<PlanWarning> warnings_from_json(const std::string& text) {
  std::vector<PlanWarning> out;
  const json::value v = parse_or_null(text);
  if (!v.is_array()) return out;
  for (const json::value& w : v.as_array()) {
    if (!w.is_object()) continue;
    const json::object& o = w.as_object();
    out.push_back({text_of(o, "code"), text_of(o, "message_id"), text_of(o, "message_en")});
  }
  return out;
}

json::array strings_array(const std::vector<std::string>& items) {
  json::array out;
  for (const std::string& s : items) out.emplace_back(s);
  return out;
}

std::string strings_to_json(const std::vector<std::string>& items) {
  return json::serialize(strings_array(items));
}

std::vector<std::string> strings_from_json(const std::string& text) {
  std::vector<std::string> out;
  const json::value v = parse_or_null(text);
  if (!v.is_array()) return out;
  for (const json::value& s : v.as_array()) {
    if (s.is_string()) out.emplace_back(s.as_string());
  }
  return out;
}

PlanView view_of(const store::PlanRecord& record) {
  PlanView v;
  v.record = record;
  v.patterns = patterns_from_json(record.patterns_json);
  v.summary = summary_from_json(record.summary_json);
  v.warnings = warnings_from_json(record.warnings_json);
  v.bko = strings_from_json(record.bko_json);
  v.unavailable = strings_from_json(record.unavailable_json);
  return v;
}

}  // namespace siaga::service

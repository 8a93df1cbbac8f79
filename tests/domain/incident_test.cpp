#include "domain/incident.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace siaga {
namespace {

TEST(Incident, CatalogueHasTheContractCodesOnceEach) {
  std::set<std::string_view> codes;
  for (const IncidentType& t : incident_types()) {
    EXPECT_TRUE(codes.insert(t.code).second) << t.code;
    EXPECT_FALSE(t.name_id.empty());
    EXPECT_FALSE(t.name_en.empty());
    for (char c : t.code) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << t.code;
  }
  for (const char* code : {"provokasi", "kerumunan", "bentrok", "teror", "politik_uang"}) {
    EXPECT_NE(find_incident_type(code), nullptr) << code;
  }
  EXPECT_TRUE(find_incident_type("politik_uang")->forward_to_gakkumdu);
  EXPECT_FALSE(find_incident_type("kerumunan")->forward_to_gakkumdu);
  EXPECT_EQ(find_incident_type("Kerumunan"), nullptr);
  EXPECT_EQ(find_incident_type(""), nullptr);
}

TEST(Incident, LifecycleAllowsOnlyItsSteps) {
  using S = IncidentStatus;
  const std::vector<S> path{S::baru,           S::diverifikasi, S::ditugaskan, S::menuju_lokasi,
                            S::tiba_di_lokasi, S::selesai,      S::ditutup};
  for (std::size_t i = 0; i + 1 < path.size(); ++i) EXPECT_TRUE(may_move(path[i], path[i + 1]));
  // No skipping ahead, no going back (but a reassignment), nothing after the end.
  EXPECT_FALSE(may_move(S::baru, S::ditugaskan));
  EXPECT_FALSE(may_move(S::ditugaskan, S::tiba_di_lokasi));
  EXPECT_FALSE(may_move(S::selesai, S::baru));
  EXPECT_TRUE(may_move(S::menuju_lokasi, S::ditugaskan));
  EXPECT_FALSE(may_move(S::baru, S::baru));
  for (S end : {S::ditolak, S::duplikat, S::ditutup}) EXPECT_TRUE(next_statuses(end).empty());
  EXPECT_EQ(next_statuses(S::baru), (std::vector<S>{S::diverifikasi, S::ditolak, S::duplikat}));
  for (int i = 0; i <= static_cast<int>(S::ditutup); ++i) {
    const auto s = static_cast<S>(i);
    EXPECT_EQ(parse_incident_status(to_string(s)), s);
  }
  EXPECT_EQ(parse_incident_status("closed"), std::nullopt);
}

TEST(Incident, EscalationCallsForTheDoctrinesForces) {
  EXPECT_EQ(forces_for(EscalationLevel::hijau), std::vector<ForceKind>{ForceKind::dalmas_awal});
  EXPECT_EQ(forces_for(EscalationLevel::kuning).front(), ForceKind::dalmas_lanjut);
  EXPECT_EQ(forces_for(EscalationLevel::merah).front(), ForceKind::brimob_phh);
  EXPECT_EQ(parse_escalation_level("kuning"), EscalationLevel::kuning);
  EXPECT_EQ(parse_escalation_level("oranye"), std::nullopt);
  EXPECT_EQ(parse_incident_source("operator_110"), IncidentSource::operator_110);
  EXPECT_EQ(to_string(IncidentSource::pos_kamling), "pos_kamling");
}

}  // namespace
}  // namespace siaga

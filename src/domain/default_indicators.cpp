// The default indicator catalogue. Groups 1-8 follow Bawaslu's TPS-rawan
// mapping for Pilkada 2024 (8 variables, 25 indicators; brief section 4c);
// "kriteria_polda" are the Polda class criteria of 2024 (brief section 1),
// each forcing the class the Polda gives it; "khusus" are the PKPU 7/2022
// special locations; "riwayat" is filled by the incidents capability.
// Weights are points out of the catalogue's total; scores are normalised to
// 0-100 so an edited catalogue stays comparable.

#include "domain/vulnerability.hpp"

namespace siaga {

namespace {

using L = IndicatorLevel;
using V = ValueType;
constexpr auto kNone = std::nullopt;

Indicator make(const char* code, const char* name_id, const char* name_en, const char* group,
               L level, V type, double weight, int cap, std::optional<TpsClass> forces) {
  Indicator i;
  i.code = code;
  i.name_id = name_id;
  i.name_en = name_en;
  i.group = group;
  i.level = level;
  i.value_type = type;
  i.weight = weight;
  i.count_cap = cap;
  i.forces = forces;
  return i;
}

}  // namespace

const std::vector<Indicator>& default_indicators() {
  static const std::vector<Indicator> kCatalogue{
      // 1. Penggunaan hak pilih (use of voting rights)
      make("dpt_tidak_memenuhi_syarat", "Pemilih DPT yang tidak lagi memenuhi syarat",
           "Ineligible voters still in the DPT", "hak_pilih", L::tps, V::count, 3, 20, kNone),
      make("pemilih_disabilitas", "Pemilih disabilitas di DPT", "Disabled voters in the DPT",
           "hak_pilih", L::tps, V::count, 1, 20, kNone),
      make("potensi_dpk", "Potensi pemilih DPK (tidak terdaftar)",
           "Potential unregistered voters (DPK)", "hak_pilih", L::tps, V::count, 2, 50, kNone),
      make("pemilih_dptb", "Pemilih pindahan (DPTb)", "Transferred voters (DPTb)", "hak_pilih",
           L::tps, V::count, 1, 50, kNone),
      make("kpps_luar_domisili", "KPPS bertugas di luar TPS domisilinya",
           "KPPS serving outside their home TPS", "hak_pilih", L::tps, V::yes_no, 1, 1, kNone),
      // 2. Keamanan (security)
      make("riwayat_kekerasan", "Riwayat kekerasan di TPS", "History of violence at the TPS",
           "keamanan", L::tps, V::yes_no, 8, 1, kNone),
      make("riwayat_intimidasi", "Riwayat intimidasi terhadap penyelenggara",
           "History of intimidation of election organisers", "keamanan", L::tps, V::yes_no, 6, 1,
           kNone),
      // 3. Politik uang (money politics)
      make("riwayat_politik_uang", "Riwayat politik uang", "History of money politics",
           "politik_uang", L::tps, V::yes_no, 6, 1, kNone),
      // 4. Politisasi SARA
      make("politisasi_sara", "Politisasi SARA (skala 0-5)",
           "Ethnic or religious incitement (0-5 scale)", "politisasi_sara", L::desa, V::scale5, 5,
           1, kNone),
      // 5. Netralitas (neutrality)
      make("netralitas_aparat", "Ketidaknetralan ASN, TNI/Polri atau perangkat desa",
           "Partisan civil servants, TNI/Polri or village officials", "netralitas", L::desa,
           V::yes_no, 4, 1, kNone),
      make("kpps_berkampanye", "KPPS berkampanye", "KPPS members campaigning", "netralitas", L::tps,
           V::yes_no, 3, 1, kNone),
      // 6. Logistik (logistics)
      make("riwayat_logistik_kurang_lebih", "Riwayat kekurangan atau kelebihan logistik",
           "History of logistics shortage or excess", "logistik", L::tps, V::yes_no, 3, 1, kNone),
      make("riwayat_logistik_terlambat", "Riwayat keterlambatan logistik",
           "History of late logistics", "logistik", L::tps, V::yes_no, 3, 1, kNone),
      make("riwayat_logistik_rusak", "Riwayat kerusakan logistik", "History of damaged logistics",
           "logistik", L::tps, V::yes_no, 2, 1, kNone),
      // 7. Lokasi TPS (TPS location)
      make("sulit_dijangkau", "Lokasi TPS sulit dijangkau", "TPS hard to reach", "lokasi", L::tps,
           V::yes_no, 7, 1, kNone),
      make("rawan_bencana", "Lokasi TPS rawan bencana", "TPS in a disaster-prone place", "lokasi",
           L::tps, V::yes_no, 4, 1, kNone),
      make("dekat_posko_paslon", "Dekat rumah atau posko pasangan calon",
           "Near a candidate's house or campaign post", "lokasi", L::tps, V::yes_no, 3, 1, kNone),
      make("dekat_sekolah_pabrik_tambang", "Dekat sekolah, pabrik atau tambang",
           "Near a school, factory or mine", "lokasi", L::tps, V::yes_no, 1, 1, kNone),
      make("lokasi_rawan_konflik", "Lokasi TPS rawan konflik", "TPS in a conflict-prone place",
           "lokasi", L::tps, V::yes_no, 6, 1, kNone),
      // 8. Jaringan listrik dan internet (electricity and internet)
      make("kendala_listrik", "Kendala aliran listrik", "Electricity problems", "jaringan", L::tps,
           V::yes_no, 2, 1, kNone),
      make("kendala_internet", "Kendala jaringan internet", "Internet problems", "jaringan", L::tps,
           V::yes_no, 2, 1, kNone),
      // Kriteria Polda: rawan when any holds
      make("potensi_konflik_sosial", "Potensi konflik sosial", "Potential social conflict",
           "kriteria_polda", L::desa, V::yes_no, 5, 1, TpsClass::rawan),
      make("permukiman_padat", "Permukiman padat, pemilih mendekati batas TPS",
           "Dense settlement, voters near the TPS maximum", "kriteria_polda", L::tps, V::yes_no, 2,
           1, TpsClass::rawan),
      make("basis_massa_militan", "Basis massa militan salah satu pasangan calon",
           "Militant base of one candidate", "kriteria_polda", L::desa, V::yes_no, 3, 1,
           TpsClass::rawan),
      make("potensi_protes_kpps", "Potensi protes terhadap KPPS",
           "Likely protests against the KPPS", "kriteria_polda", L::tps, V::yes_no, 3, 1,
           TpsClass::rawan),
      make("tps_berjauhan", "TPS berjauhan dari TPS lain", "TPS far from other TPS",
           "kriteria_polda", L::tps, V::yes_no, 2, 1, TpsClass::rawan),
      // Kriteria Polda: sangat rawan when any holds
      make("terisolasi", "Wilayah sulit dijangkau atau terisolasi", "Geographically isolated area",
           "kriteria_polda", L::tps, V::yes_no, 4, 1, TpsClass::sangat_rawan),
      make("riwayat_konflik_korban", "Riwayat konflik dengan korban jiwa atau harta",
           "History of conflict with casualties or property loss", "kriteria_polda", L::tps,
           V::yes_no, 6, 1, TpsClass::sangat_rawan),
      make("protes_kpps", "Terjadi protes terhadap KPPS", "Protests against the KPPS occurred",
           "kriteria_polda", L::tps, V::yes_no, 3, 1, TpsClass::sangat_rawan),
      make("sengketa_batas_wilayah", "Wilayah sengketa tapal batas", "Boundary-dispute area",
           "kriteria_polda", L::desa, V::yes_no, 3, 1, TpsClass::sangat_rawan),
      make("basis_semua_paslon", "Masyarakat heterogen, basis semua pasangan calon",
           "Heterogeneous community, base of every candidate", "kriteria_polda", L::desa, V::yes_no,
           2, 1, TpsClass::sangat_rawan),
      // Lokasi khusus (PKPU 7/2022): khusus outright, no points
      make("lokasi_lapas_rutan", "TPS di lapas atau rutan", "TPS in a prison or detention centre",
           "khusus", L::tps, V::yes_no, 0, 1, TpsClass::khusus),
      make("lokasi_panti_sosial", "TPS di panti sosial", "TPS in a social-care home", "khusus",
           L::tps, V::yes_no, 0, 1, TpsClass::khusus),
      make("lokasi_relokasi_bencana", "TPS di lokasi relokasi bencana",
           "TPS at a disaster-relocation site", "khusus", L::tps, V::yes_no, 0, 1,
           TpsClass::khusus),
      // Riwayat gangguan: counted from recorded incidents once they exist
      make("riwayat_insiden", "Gangguan kamtibmas tercatat di sekitar TPS",
           "Recorded security incidents near the TPS", "riwayat", L::tps, V::count, 6, 5, kNone),
  };
  return kCatalogue;
}

}  // namespace siaga

// siaga_bench_gen OUTDIR [--seed N] [--roster]
//
// Writes a synthetic national registry in the `siaga import` CSV formats
// (src/io/registry_csv.hpp), sized like the real one:
//
//   regions.csv  38 provinsi, 514 kabupaten/kota, 7,277 kecamatan, 83,731 desa/kelurahan
//   units.csv    MABES, 38 Polda, 500 Polres, 5,800 Polsek
//   tps.csv      435,296 TPS
//
// With --roster also the national Polri roster of those units (bench/run,
// part g), from a random stream of its own so the three files above stay
// byte-identical with and without it:
//
//   personnel.csv  286,421 people (src/io/roster_csv.hpp): Mabes and Polda staff,
//                  40,000 Brimob at the Polda, Polres headquarters and Polsek
//                  sized by their TPS, a Bhabinkamtibmas per 1-3 desa of a kecamatan
//   items.csv      ~1.5 million: the kit each function must hold (the table of
//                  default_equipment_kinds(), 4 % missing, 5.5 % broken or lost),
//                  kit issued beyond it, unit stock and ~120,000 vehicles
//   absences.csv   nrp,kind,start_day,end_day (days relative to the run; no
//                  import format: bench/run inserts them with SQL)
//   defects.csv    unit_code,serial,kind,status,hours_ago (likewise)
//
// Province codes, names, centroids and regency counts follow the real 2024
// list; everything below (names, positions, how many kecamatan, desa and TPS
// each parent has) is generated. The output depends only on the seed: the
// random generator and every distribution are implemented here, not taken
// from <random>, whose distributions differ between standard libraries.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "xoshiro.hpp"

namespace {

constexpr int kProvinces = 38;
constexpr int kRegencies = 514;
constexpr int kDistricts = 7277;
constexpr int kVillages = 83731;
constexpr int kPolres = 500;
constexpr int kPolsek = 5800;
constexpr int kTps = 435296;

// Where generated positions may lie: Indonesia's box (lat -11..6, lon
// 95..141) less a margin so a TPS scattered around its desa stays inside.
constexpr double kMinLat = -10.95, kMaxLat = 5.95, kMinLon = 95.05, kMaxLon = 140.95;
constexpr double kTpsScatterDeg = 0.018;  // about 2 km

// The shared generator (xoshiro.hpp) and what this program draws from it.
class Rng : public siaga::bench::Xoshiro {
 public:
  using Xoshiro::Xoshiro;
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  // A point spread uniformly over a disk of `radius` degrees around (lat, lon).
  std::pair<double, double> in_disk(double lat, double lon, double radius) {
    const double r = radius * std::sqrt(uniform());
    const double a = 2 * 3.14159265358979323846 * uniform();
    const double lon_scale = 1.0 / std::max(0.5, std::cos(lat * 3.14159265358979323846 / 180));
    return {lat + r * std::sin(a), lon + r * std::cos(a) * lon_scale};
  }
};

struct ProvinceSpec {
  const char* code;
  const char* name;
  const char* polda;  // POLDA-<polda>
  double lat, lon;
  double radius;  // rough extent in degrees
  int regencies;  // kabupaten + kota
  int kota;
  double density;  // relative number of TPS per desa
};

// Real codes, names, regency/kota counts (2024); approximate centroids.
constexpr std::array<ProvinceSpec, kProvinces> kProvinceSpecs{{
    {"11", "Aceh", "ACEH", 4.2, 96.9, 1.0, 23, 5, 0.8},
    {"12", "Sumatera Utara", "SUMUT", 2.1, 99.5, 1.1, 33, 8, 1.1},
    {"13", "Sumatera Barat", "SUMBAR", -0.8, 100.6, 0.9, 19, 7, 1.1},
    {"14", "Riau", "RIAU", 0.5, 101.8, 1.1, 12, 2, 1.2},
    {"15", "Jambi", "JAMBI", -1.6, 102.8, 0.9, 11, 2, 0.9},
    {"16", "Sumatera Selatan", "SUMSEL", -3.3, 104.2, 1.1, 17, 4, 1.1},
    {"17", "Bengkulu", "BENGKULU", -3.6, 102.3, 0.6, 10, 1, 0.7},
    {"18", "Lampung", "LAMPUNG", -4.8, 105.2, 0.8, 15, 2, 1.3},
    {"19", "Kepulauan Bangka Belitung", "BABEL", -2.7, 106.4, 0.7, 7, 1, 1.0},
    {"21", "Kepulauan Riau", "KEPRI", 1.5, 105.5, 1.2, 7, 2, 1.0},
    {"31", "DKI Jakarta", "METRO-JAYA", -6.2, 106.83, 0.12, 6, 5, 3.0},
    {"32", "Jawa Barat", "JABAR", -6.9, 107.6, 0.7, 27, 9, 2.6},
    {"33", "Jawa Tengah", "JATENG", -7.15, 110.1, 0.7, 35, 6, 1.6},
    {"34", "Daerah Istimewa Yogyakarta", "DIY", -7.85, 110.4, 0.22, 5, 1, 2.0},
    {"35", "Jawa Timur", "JATIM", -7.6, 112.5, 0.9, 38, 9, 1.6},
    {"36", "Banten", "BANTEN", -6.4, 106.1, 0.45, 8, 4, 2.2},
    {"51", "Bali", "BALI", -8.4, 115.2, 0.35, 9, 1, 1.5},
    {"52", "Nusa Tenggara Barat", "NTB", -8.6, 117.4, 0.7, 10, 2, 1.4},
    {"53", "Nusa Tenggara Timur", "NTT", -9.4, 121.5, 1.5, 22, 1, 0.5},
    {"61", "Kalimantan Barat", "KALBAR", 0.0, 110.5, 1.6, 14, 2, 0.8},
    {"62", "Kalimantan Tengah", "KALTENG", -1.7, 113.4, 1.6, 14, 1, 0.6},
    {"63", "Kalimantan Selatan", "KALSEL", -3.1, 115.3, 0.8, 13, 2, 0.8},
    {"64", "Kalimantan Timur", "KALTIM", 0.5, 116.4, 1.6, 10, 3, 1.2},
    {"65", "Kalimantan Utara", "KALTARA", 3.0, 116.1, 1.0, 5, 1, 0.6},
    {"71", "Sulawesi Utara", "SULUT", 1.0, 124.5, 0.8, 15, 4, 0.7},
    {"72", "Sulawesi Tengah", "SULTENG", -1.4, 121.4, 1.4, 13, 1, 0.6},
    {"73", "Sulawesi Selatan", "SULSEL", -3.7, 120.0, 1.0, 24, 3, 1.2},
    {"74", "Sulawesi Tenggara", "SULTRA", -4.1, 122.2, 0.9, 17, 2, 0.5},
    {"75", "Gorontalo", "GORONTALO", 0.6, 122.4, 0.5, 6, 1, 0.7},
    {"76", "Sulawesi Barat", "SULBAR", -2.4, 119.2, 0.6, 6, 0, 0.7},
    {"81", "Maluku", "MALUKU", -3.2, 129.0, 1.6, 11, 2, 0.6},
    {"82", "Maluku Utara", "MALUT", 1.0, 127.8, 1.2, 10, 2, 0.5},
    {"91", "Papua", "PAPUA", -2.0, 138.0, 1.2, 9, 1, 0.4},
    {"92", "Papua Barat", "PAPUA-BARAT", -1.5, 133.5, 1.2, 7, 0, 0.4},
    {"93", "Papua Selatan", "PAPUA-SELATAN", -7.0, 139.5, 1.3, 4, 0, 0.4},
    {"94", "Papua Tengah", "PAPUA-TENGAH", -3.8, 136.5, 1.3, 8, 0, 0.3},
    {"95", "Papua Pegunungan", "PAPUA-PEGUNUNGAN", -4.1, 139.0, 0.8, 8, 0, 0.2},
    {"96", "Papua Barat Daya", "PAPUA-BARAT-DAYA", -1.0, 131.7, 0.9, 6, 1, 0.4},
}};

// Pseudo-Indonesian place names: a prefix and a suffix.
constexpr std::array<std::string_view, 32> kPrefixes{
    "Suka",    "Sido",   "Karang", "Tanjung", "Sumber", "Mekar",  "Giri",   "Wono",
    "Banyu",   "Pasir",  "Ci",     "Bukit",   "Teluk",  "Batu",   "Kali",   "Pulau",
    "Lubuk",   "Muara",  "Air",    "Padang",  "Rejo",   "Tegal",  "Gunung", "Sungai",
    "Kampung", "Bojong", "Jati",   "Ngadi",   "Tanah",  "Lembah", "Rawa",   "Pangkal"};
constexpr std::array<std::string_view, 32> kSuffixes{
    "jaya",   "mulya",   "rejo",    "makmur", "sari",  "asih", "harjo",  "agung",
    "baru",   "indah",   "luhur",   "mukti",  "wangi", "raya", "tengah", "lestari",
    "permai", "kencana", "sentosa", "utama",  "manis", "tani", "murni",  "abadi",
    "kulon",  "wetan",   "lor",     "kidul",  "anyar", "laut", "darat",  "hilir"};

std::string place_name(Rng& rng) {
  std::string name(kPrefixes[static_cast<std::size_t>(rng.below(kPrefixes.size()))]);
  const std::string_view suffix = kSuffixes[static_cast<std::size_t>(rng.below(kSuffixes.size()))];
  // "Suka" + "jaya" -> "Sukajaya"; sometimes two words: "Batu Raya".
  if (rng.below(4) == 0) {
    name += ' ';
    name += static_cast<char>(suffix[0] - 'a' + 'A');
    name += suffix.substr(1);
  } else {
    name += suffix;
  }
  return name;
}

// Splits `total` over items with the given weights: each gets at least `lo`
// and at most `hi`, the rest in proportion to the weights (largest remainder).
std::vector<int> apportion(int total, const std::vector<double>& weights, int lo, int hi) {
  const std::size_t n = weights.size();
  std::vector<int> out(n, lo);
  long long left = total - static_cast<long long>(lo) * static_cast<long long>(n);
  if (left < 0 || static_cast<long long>(hi) * static_cast<long long>(n) < total) {
    fmt::print(stderr, "apportion: cannot split {} over {} items within [{}, {}]\n", total, n, lo,
               hi);
    std::exit(1);
  }
  std::vector<bool> full(n, false);
  while (left > 0) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!full[i]) sum += weights[i];
    }
    std::vector<std::pair<double, std::size_t>> remainders;
    long long given = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (full[i]) continue;
      const double share = static_cast<double>(left) * weights[i] / sum;
      const int whole = std::min(static_cast<int>(share), hi - out[i]);
      out[i] += whole;
      given += whole;
      remainders.emplace_back(share - std::floor(share), i);
    }
    left -= given;
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [r, i] : remainders) {
      if (left == 0) break;
      if (out[i] < hi) {
        ++out[i];
        --left;
      }
    }
    for (std::size_t i = 0; i < n; ++i) full[i] = out[i] >= hi;
  }
  return out;
}

struct Place {
  std::string code;
  std::string name;
  double lat = 0, lon = 0;
  double radius = 0;   // spread of its children, degrees
  int parent = -1;     // index in the level above
  bool urban = false;  // kota (regency) or kelurahan (desa)
  double density = 1;  // TPS per desa weight, inherited from the province
};

double clamp_lat(double v) {
  return std::clamp(v, kMinLat, kMaxLat);
}
double clamp_lon(double v) {
  return std::clamp(v, kMinLon, kMaxLon);
}

class Output {
 public:
  explicit Output(const std::filesystem::path& path) : path_(path) {
    f_ = std::fopen(path.c_str(), "wb");
    if (!f_) {
      fmt::print(stderr, "cannot write {}\n", path.string());
      std::exit(1);
    }
  }
  ~Output() {
    flush();
    if (std::fclose(f_) != 0) {
      fmt::print(stderr, "cannot write {}\n", path_.string());
      std::exit(1);
    }
  }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  template <typename... Args>
  void line(fmt::format_string<Args...> format, Args&&... args) {
    fmt::format_to(std::back_inserter(buf_), format, std::forward<Args>(args)...);
    buf_.push_back('\n');
    if (buf_.size() > (1 << 20)) flush();
  }

 private:
  void flush() {
    if (!buf_.size()) return;
    if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) {
      fmt::print(stderr, "cannot write {}\n", path_.string());
      std::exit(1);
    }
    buf_.clear();
  }
  std::filesystem::path path_;
  std::FILE* f_ = nullptr;
  fmt::memory_buffer buf_;
};

// ---- the national roster (--roster) ------------------------------------------

// Units as written to units.csv, kept for the roster.
struct PolresArea {
  std::string code;
  std::size_t province = 0;
  std::vector<std::size_t> regencies;  // one, or two for a Polres holding two
};
struct PolsekArea {
  std::string code;
  std::size_t polres = 0;
  std::vector<std::size_t> districts;
};
struct Structure {
  std::vector<PolresArea> polres;
  std::vector<PolsekArea> polsek;
  std::size_t polres_of_regency(std::size_t ri) const {
    for (std::size_t k = 0; k < polres.size(); ++k) {
      for (std::size_t r : polres[k].regencies) {
        if (r == ri) return k;
      }
    }
    fmt::print(stderr, "regency {} has no Polres\n", ri);
    std::exit(1);
  }
};

constexpr int kPersonnel = 286421;
constexpr int kMabesPeople = 1500;
constexpr int kPoldaStaff = 12000;    // Polda headquarters, without Sat Brimob
constexpr int kBrimob = 40000;        // Sat Brimob of each Polda
constexpr int kPolsekOthers = 80000;  // Polsek people other than the Bhabinkamtibmas
// The Polres headquarters take the rest: kPersonnel less the above and the
// Bhabinkamtibmas (one per desa or per two or three of a kecamatan).

enum Fn : std::uint8_t { bhabin, samapta, intelkam, reskrim, lantas, brimob, binmas, propam, staf };
constexpr std::array<const char*, 9> kFunctionCodes{"bhabinkamtibmas", "samapta", "intelkam",
                                                    "reskrim",         "lantas",  "brimob",
                                                    "binmas",          "propam",  "staf"};

enum Kind : std::uint8_t { rompi, senter, ht, helm, tameng, borgol, r2, r4 };
constexpr int kKinds = 8;
constexpr std::array<const char*, kKinds> kKindCodes{
    "rompi_anti_sayat", "senter", "ht", "helm", "tameng", "borgol", "kendaraan_r2", "kendaraan_r4"};
constexpr std::array<const char*, kKinds> kKindPrefix{"RAS", "SNT", "HT", "HLM",
                                                      "TMG", "BRG", "R2", "R4"};

// Required personal kit per function: the table of default_equipment_kinds()
// in src/domain/equipment.cpp (bit k = Kind k).
constexpr std::uint8_t bit(Kind k) {
  return static_cast<std::uint8_t>(1u << k);
}
constexpr std::array<std::uint8_t, 9> kRequired{
    bit(rompi) | bit(senter) | bit(ht),                            // bhabinkamtibmas
    bit(rompi) | bit(senter) | bit(ht) | bit(helm) | bit(borgol),  // samapta
    bit(ht),                                                       // intelkam
    bit(borgol),                                                   // reskrim
    bit(helm),                                                     // lantas
    bit(rompi) | bit(ht) | bit(helm) | bit(tameng),                // brimob
    0,
    0,
    0};  // binmas, propam, staf
// Issued beyond the catalogue (held, but not counted by readiness), percent
// per kind: helmets and handcuffs for the Bhabinkamtibmas on their motorbikes,
// shields for the Dalmas half of Samapta, radios and vests for Lantas, ...
constexpr std::array<std::array<std::uint8_t, 6>, 9> kExtra{{
    {0, 0, 0, 90, 0, 80},    // bhabinkamtibmas: helm, borgol
    {0, 0, 0, 0, 70, 0},     // samapta: tameng (Dalmas)
    {0, 40, 0, 0, 0, 40},    // intelkam: senter, borgol
    {30, 50, 60, 0, 0, 0},   // reskrim: rompi, senter, ht
    {80, 70, 90, 0, 0, 50},  // lantas: rompi, senter, ht, borgol
    {0, 80, 0, 0, 0, 80},    // brimob: senter, borgol
    {0, 0, 40, 0, 0, 0},     // binmas: ht
    {0, 0, 40, 0, 0, 0},     // propam: ht
    {0, 0, 40, 0, 0, 0},     // staf: ht
}};
// Required kit: 4 % missing (no row); of the rest 3 % rusak_ringan, 2 %
// rusak_berat, 0.5 % hilang (as data/demo/generate_personnel.py).
constexpr double kMissing = 0.04, kRingan = 0.03, kBerat = 0.02, kHilang = 0.005;

constexpr std::array<const char*, 16> kRanks{
    "Bripda", "Briptu", "Brigpol", "Bripka", "Aipda",   "Aiptu", "Ipda",   "Iptu",
    "AKP",    "Kompol", "AKBP",    "Kombes", "Brigjen", "Irjen", "Komjen", "Jenderal"};
enum Rank : std::uint8_t {
  bripda,
  briptu,
  brigpol,
  bripka,
  aipda,
  aiptu,
  ipda,
  iptu,
  akp,
  kompol,
  akbp,
  kombes,
  brigjen,
  irjen,
  komjen,
  jenderal
};
// Birth years by rank (a 2024 roster; retirement at 58).
constexpr std::array<std::array<int, 2>, 16> kBirthYears{{{1999, 2004},
                                                          {1994, 2000},
                                                          {1989, 1997},
                                                          {1982, 1992},
                                                          {1976, 1987},
                                                          {1967, 1982},
                                                          {1970, 1996},
                                                          {1972, 1993},
                                                          {1972, 1990},
                                                          {1972, 1986},
                                                          {1970, 1984},
                                                          {1967, 1980},
                                                          {1966, 1974},
                                                          {1966, 1972},
                                                          {1966, 1970},
                                                          {1966, 1968}}};
// Bintara (Bripda .. Aiptu) weights.
constexpr std::array<int, 6> kYoung{25, 25, 25, 13, 7, 5};  // samapta, lantas
constexpr std::array<int, 6> kBrimobRanks{40, 33, 20, 7, 0, 0};
constexpr std::array<int, 6> kGeneral{8, 15, 25, 24, 15, 13};
constexpr std::array<int, 6> kBhabinRanks{0, 0, 15, 35, 28, 22};

constexpr std::array<std::string_view, 48> kGivenNames{
    "Agus",    "Bambang",  "Budi",  "Dwi",      "Eko",     "Hadi",   "Joko",   "Slamet",
    "Teguh",   "Wahyu",    "Rudi",  "Heru",     "Arif",    "Fajar",  "Rizky",  "Bayu",
    "Ahmad",   "Muhammad", "Nur",   "Abdul",    "Syamsul", "Ridwan", "Irwan",  "Akbar",
    "Yohanes", "Petrus",   "Yosef", "Antonius", "Made",    "Ketut",  "Wayan",  "Putu",
    "Rahmat",  "Hendra",   "Dedi",  "Andi",     "Yusuf",   "Ilham",  "Firman", "Taufik",
    "Sri",     "Dewi",     "Fitri", "Ratna",    "Siti",    "Wulan",  "Ayu",    "Maria"};
constexpr int kFemaleFrom = 40;  // kGivenNames[40..] are women's names
constexpr std::array<std::string_view, 40> kFamilyNames{
    "Santoso",  "Prasetyo",    "Wibowo",   "Susanto",   "Hidayat",   "Nugroho",   "Purnomo",
    "Setiawan", "Kurniawan",   "Saputra",  "Wijaya",    "Siregar",   "Nasution",  "Lubis",
    "Harahap",  "Simanjuntak", "Pratama",  "Saragih",   "Rahman",    "Hamid",     "Hasibuan",
    "Tanjung",  "Sinaga",      "Pohan",    "Mappaseng", "Tahir",     "Rasyid",    "Ramli",
    "Tefa",     "Kolo",        "Bana",     "Seran",     "Manurung",  "Panjaitan", "Sembiring",
    "Ginting",  "Putra",       "Yulianto", "Gunawan",   "Firmansyah"};

constexpr std::array<std::string_view, 12> kPhonePrefixes{
    "0811", "0812", "0813", "0821", "0822", "0852", "0853", "0856", "0857", "0878", "0896", "0881"};

// The share of `n` people by function (largest remainder, no randomness).
std::array<int, 9> split_functions(int n, const std::array<double, 9>& shares) {
  std::array<int, 9> out{};
  if (n <= 0) return out;
  const std::vector<int> parts =
      apportion(n, std::vector<double>(shares.begin(), shares.end()), 0, n);
  for (std::size_t f = 0; f < 9; ++f) out[f] = parts[f];
  return out;
}

int weighted_pick(Rng& rng, const int* weights, int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) sum += weights[i];
  int r = rng.below(sum);
  for (int i = 0; i < n; ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return n - 1;
}

struct RosterStats {
  long long people = 0, bhabin = 0, desa_binaan = 0, items = 0, held = 0, vehicles = 0,
            fuel_low = 0, missing = 0, absences = 0, absent_today = 0, defects = 0,
            defects_open = 0;
  std::array<long long, 9> by_function{};
  std::array<long long, kKinds> by_kind{};
  std::array<long long, 4> by_condition{};
};

class RosterWriter {
 public:
  RosterWriter(const std::filesystem::path& outdir, std::uint64_t seed)
      : rng_(seed ^ 0x524f53544552ULL),  // "ROSTER": a stream of its own
        people_(outdir / "personnel.csv"),
        items_(outdir / "items.csv"),
        absences_(outdir / "absences.csv"),
        defects_(outdir / "defects.csv") {
    people_.line("nrp,name,rank,function,unit_code,phone,desa_binaan");
    items_.line(
        "kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date");
    absences_.line("nrp,kind,start_day,end_day");
    defects_.line("unit_code,serial,kind,status,hours_ago");
  }
  Rng& rng() { return rng_; }
  const RosterStats& stats() const { return stats_; }

  // A person of `unit` (serials and plates of `area`, a code without dots),
  // with their kit, possibly an absence.
  void person(const std::string& unit, const std::string& area, Fn fn, Rank rank,
              const std::string& desa_binaan = {}) {
    const std::uint32_t nrp = draw_nrp(rank);
    const int given = rng_.below(static_cast<int>(kGivenNames.size()));
    std::string name(kGivenNames[static_cast<std::size_t>(given)]);
    if (given < kFemaleFrom && rng_.below(5) == 0) {
      name += ' ';
      name += kGivenNames[static_cast<std::size_t>(rng_.below(kFemaleFrom))];
    }
    name += ' ';
    name +=
        kFamilyNames[static_cast<std::size_t>(rng_.below(static_cast<int>(kFamilyNames.size())))];
    const auto prefix = kPhonePrefixes[static_cast<std::size_t>(rng_.below(kPhonePrefixes.size()))];
    const int digits = 7 + rng_.below(2);
    std::string phone(prefix);
    for (int i = 0; i < digits; ++i) phone += static_cast<char>('0' + rng_.below(10));
    people_.line("{:08},{},{},{},{},{},{}", nrp, name, kRanks[rank], kFunctionCodes[fn], unit,
                 phone, desa_binaan);
    ++stats_.people;
    ++stats_.by_function[fn];
    if (fn == bhabin) {
      ++stats_.bhabin;
      stats_.desa_binaan += 1 + std::count(desa_binaan.begin(), desa_binaan.end(), ';');
    }

    const std::string holder = fmt::format("{:08}", nrp);
    for (int k = 0; k < 6; ++k) {
      if (kRequired[fn] & (1u << k)) {
        if (rng_.uniform() < kMissing) {
          ++stats_.missing;
          continue;
        }
        item(static_cast<Kind>(k), unit, area, holder);
      } else if (kExtra[fn][static_cast<std::size_t>(k)] &&
                 rng_.below(100) < kExtra[fn][static_cast<std::size_t>(k)]) {
        item(static_cast<Kind>(k), unit, area, holder);
      }
    }
    if (fn == bhabin) item(r2, unit, area, holder);  // their motorbike
    absence(holder);
  }

  void item(Kind kind, const std::string& unit, const std::string& area,
            const std::string& holder = {}) {
    const double r = rng_.uniform();
    const int condition = r < kRingan                      ? 1
                          : r < kRingan + kBerat           ? 2
                          : r < kRingan + kBerat + kHilang ? 3
                                                           : 0;
    static constexpr std::array<const char*, 4> kConditions{"baik", "rusak_ringan", "rusak_berat",
                                                            "hilang"};
    const std::string serial =
        fmt::format("{}-{}-{:06}", kKindPrefix[kind], area, ++serials_[kind]);
    ++stats_.items;
    ++stats_.by_kind[kind];
    ++stats_.by_condition[static_cast<std::size_t>(condition)];
    if (!holder.empty()) ++stats_.held;
    if (kind != r2 && kind != r4) {
      items_.line("{},{},{},{},{},,,,", kKindCodes[kind], serial, unit, holder,
                  kConditions[static_cast<std::size_t>(condition)]);
      return;
    }
    ++stats_.vehicles;
    const int km = kind == r2 ? 4000 + rng_.below(86001) : 12000 + rng_.below(228001);
    int fuel = 0;
    if (rng_.below(100) < 8) {
      fuel = 3 + rng_.below(22);  // under the 25 % floor
      ++stats_.fuel_low;
    } else {
      fuel = 40 + rng_.below(61);
    }
    const int day = rng_.below(365);  // a service date in 2024
    const int month = std::min(11, day / 31);
    items_.line("{},{},{},{},{},{}-{:05},{},{},2024-{:02}-{:02}", kKindCodes[kind], serial, unit,
                holder, kConditions[static_cast<std::size_t>(condition)], area, ++plates_, km, fuel,
                month + 1, 1 + (day - month * 31) % 28);
    // About 3 % of the vehicles have a defect or fuel report, half of them closed.
    if (rng_.below(100) < 3) {
      const bool fuel_report = condition == 0 && rng_.below(3) == 0;
      const int s = rng_.below(10);
      const char* status = s < 5 ? "selesai" : s < 8 ? "dilaporkan" : "ditindaklanjuti";
      defects_.line("{},{},{},{},{}", unit, serial, fuel_report ? "bbm" : "kerusakan", status,
                    1 + rng_.below(240));
      ++stats_.defects;
      if (s >= 5) ++stats_.defects_open;
    }
  }

  Rank bintara(Fn fn) {
    const std::array<int, 6>& w = fn == samapta || fn == lantas ? kYoung
                                  : fn == brimob                ? kBrimobRanks
                                  : fn == bhabin                ? kBhabinRanks
                                                                : kGeneral;
    return static_cast<Rank>(weighted_pick(rng_, w.data(), 6));
  }
  // A perwira (Ipda .. Kompol) with probability `percent`, else a bintara.
  Rank rank_for(Fn fn, int percent) {
    if (rng_.below(100) < percent) {
      static constexpr std::array<int, 4> w{40, 30, 20, 10};
      return static_cast<Rank>(ipda + weighted_pick(rng_, w.data(), 4));
    }
    return bintara(fn);
  }

 private:
  std::uint32_t draw_nrp(Rank rank) {
    const auto [y0, y1] = kBirthYears[rank];
    while (true) {
      const int year = y0 + rng_.below(y1 - y0 + 1);
      const int month = 1 + rng_.below(12);
      const std::uint32_t nrp =
          static_cast<std::uint32_t>(((year % 100) * 100 + month) * 10000 + rng_.below(10000));
      if (used_nrp_.size() <= nrp) used_nrp_.resize(100000000);
      if (used_nrp_[nrp]) continue;
      used_nrp_[nrp] = true;
      return nrp;
    }
  }

  // Most people have no absence on record; some are away today (cuti 3 %,
  // sakit 1.2 %, dinas luar 2 %, BKO 0.8 %), others were away earlier or will
  // be. Days are relative to the day the benchmark runs.
  void absence(const std::string& nrp) {
    const double r = rng_.uniform();
    int start = 0, end = 0;
    const char* kind = "cuti";
    if (r < 0.030) {
      start = -rng_.below(11);
      end = rng_.below(13);
    } else if (r < 0.042) {
      kind = "sakit";
      start = -rng_.below(6);
      end = rng_.below(5);
    } else if (r < 0.062) {
      kind = "dinas_luar";
      start = -rng_.below(8);
      end = rng_.below(11);
    } else if (r < 0.070) {
      kind = "bko";
      start = -rng_.below(31);
      end = 10 + rng_.below(51);
    } else if (r < 0.220) {
      const int k = rng_.below(20);
      kind = k < 12 ? "cuti" : k < 17 ? "sakit" : "dinas_luar";
      end = -1 - rng_.below(120);
      start = end - rng_.below(14);
    } else if (r < 0.250) {
      start = 1 + rng_.below(30);
      end = start + rng_.below(12);
    } else {
      return;
    }
    absences_.line("{},{},{},{}", nrp, kind, start, end);
    ++stats_.absences;
    if (start <= 0 && end >= 0) ++stats_.absent_today;
  }

  Rng rng_;
  Output people_, items_, absences_, defects_;
  RosterStats stats_;
  std::vector<bool> used_nrp_;
  std::array<int, kKinds> serials_{};
  int plates_ = 0;
};

// personnel.csv, items.csv (the `siaga import` formats of src/io/roster_csv.hpp)
// and absences.csv, defects.csv (no import: bench/run inserts them with SQL).
RosterStats write_roster(const std::filesystem::path& outdir, std::uint64_t seed,
                         const std::vector<Place>& provinces, const std::vector<Place>& regencies,
                         const std::vector<Place>& districts, const std::vector<Place>& villages,
                         const std::vector<int>& tps_per_village, const Structure& units) {
  RosterWriter w(outdir, seed);
  Rng& rng = w.rng();

  // TPS per kecamatan, regency, province: the weights of the units.
  std::vector<double> tps_district(districts.size()), tps_regency(regencies.size()),
      tps_province(provinces.size());
  std::vector<std::vector<std::size_t>> villages_of(districts.size());
  for (std::size_t vi = 0; vi < villages.size(); ++vi) {
    const auto di = static_cast<std::size_t>(villages[vi].parent);
    tps_district[di] += tps_per_village[vi];
    villages_of[di].push_back(vi);
  }
  for (std::size_t di = 0; di < districts.size(); ++di)
    tps_regency[static_cast<std::size_t>(districts[di].parent)] += tps_district[di];
  for (std::size_t ri = 0; ri < regencies.size(); ++ri)
    tps_province[static_cast<std::size_t>(regencies[ri].parent)] += tps_regency[ri];

  // Bhabinkamtibmas: one per desa/kelurahan, or per two or three of one
  // kecamatan (72 / 22 / 6 %), of the Polsek that holds the kecamatan.
  std::vector<std::vector<std::string>> bhabin_of(units.polsek.size());
  long long bhabin_total = 0;
  for (std::size_t si = 0; si < units.polsek.size(); ++si) {
    for (std::size_t di : units.polsek[si].districts) {
      const auto& vs = villages_of[di];
      for (std::size_t k = 0; k < vs.size();) {
        const int r = rng.below(100);
        const std::size_t span = std::min(vs.size() - k, std::size_t(r < 72 ? 1 : r < 94 ? 2 : 3));
        std::string codes;
        for (std::size_t j = k; j < k + span; ++j) {
          if (!codes.empty()) codes += ';';
          codes += villages[vs[j]].code;
        }
        bhabin_of[si].push_back(std::move(codes));
        k += span;
      }
    }
    bhabin_total += static_cast<long long>(bhabin_of[si].size());
  }

  auto noisy = [&](const std::vector<double>& tps) {
    std::vector<double> out;
    for (double t : tps) out.push_back((t + 1) * rng.uniform(0.8, 1.2));
    return out;
  };
  std::vector<double> polres_weight, polsek_weight;
  for (const PolresArea& p : units.polres) {
    double t = 0;
    for (std::size_t ri : p.regencies) t += tps_regency[ri];
    polres_weight.push_back(t);
  }
  for (const PolsekArea& s : units.polsek) {
    double t = 0;
    for (std::size_t di : s.districts) t += tps_district[di];
    polsek_weight.push_back(t);
  }
  const std::vector<int> polda_staff = apportion(kPoldaStaff, noisy(tps_province), 150, 5000);
  const std::vector<int> brimob_count = apportion(kBrimob, noisy(tps_province), 300, 10000);
  const std::vector<int> polsek_others = apportion(kPolsekOthers, noisy(polsek_weight), 5, 1000);
  const long long polres_total =
      kPersonnel - kMabesPeople - kPoldaStaff - kBrimob - kPolsekOthers - bhabin_total;
  const std::vector<int> polres_hq =
      apportion(static_cast<int>(polres_total), noisy(polres_weight), 60, 5000);

  auto digits_of = [](const std::string& code) {
    std::string d;
    for (char c : code) {
      if (c != '.') d.push_back(c);
    }
    return d;
  };
  auto kit_stock = [&](const std::string& unit, const std::string& area, Kind kind, int lo,
                       int hi) {
    const int n = lo + rng.below(hi - lo + 1);
    for (int i = 0; i < n; ++i) w.item(kind, unit, area);
  };
  auto crowd = [&](const std::string& unit, const std::string& area, int n,
                   const std::array<double, 9>& shares, int perwira_percent) {
    const auto by_fn = split_functions(n, shares);
    for (std::size_t f = 0; f < 9; ++f) {
      const Fn fn = static_cast<Fn>(f);
      const int pct = fn == staf                        ? perwira_percent
                      : fn == reskrim || fn == intelkam ? perwira_percent / 2
                                                        : 3;
      for (int i = 0; i < by_fn[f]; ++i) w.person(unit, area, fn, w.rank_for(fn, pct));
    }
  };

  // MABES: staff only (its Korps Brimob and the rest are not modelled).
  w.person("MABES", "00", staf, jenderal);
  crowd("MABES", "00", kMabesPeople - 1, {0, 0, 0.1, 0.1, 0, 0, 0.05, 0.15, 0.6}, 40);
  kit_stock("MABES", "00", r4, 80, 120);
  kit_stock("MABES", "00", r2, 40, 60);

  // Polda: headquarters staff and Sat Brimob, with the Brimob stock and vehicles.
  for (std::size_t pi = 0; pi < provinces.size(); ++pi) {
    const std::string unit = fmt::format("POLDA-{}", kProvinceSpecs[pi].polda);
    const std::string area = provinces[pi].code;
    w.person(unit, area, staf, irjen);
    crowd(unit, area, polda_staff[pi] - 1, {0, 0, 0.12, 0.15, 0.10, 0, 0.03, 0.05, 0.55}, 30);
    for (int i = 0; i < brimob_count[pi]; ++i) w.person(unit, area, brimob, w.rank_for(brimob, 4));
    for (int k = rompi; k <= borgol; ++k) kit_stock(unit, area, static_cast<Kind>(k), 20, 60);
    kit_stock(unit, area, r4, brimob_count[pi] / 12 + 20, brimob_count[pi] / 12 + 40);
    kit_stock(unit, area, r2, brimob_count[pi] / 10 + 10, brimob_count[pi] / 10 + 20);
  }

  // Polres headquarters: Kapolres, staff, Samapta (Dalmas), Lantas, Reskrim,
  // Intelkam, Binmas, Propam; the Dalmas stock, spares and the patrol fleet.
  for (std::size_t k = 0; k < units.polres.size(); ++k) {
    const PolresArea& p = units.polres[k];
    const std::string area = digits_of(regencies[p.regencies.front()].code);
    w.person(p.code, area, staf, akbp);
    crowd(p.code, area, polres_hq[k] - 1, {0, 0.38, 0.08, 0.14, 0.18, 0, 0.04, 0.03, 0.15}, 25);
    kit_stock(p.code, area, tameng, 100, 200);
    kit_stock(p.code, area, helm, 100, 200);
    kit_stock(p.code, area, rompi, 80, 160);
    for (Kind kind : {senter, ht, borgol}) kit_stock(p.code, area, kind, 3, 8);
    kit_stock(p.code, area, r2, 10, 20);
    kit_stock(p.code, area, r4, 13, 17);
  }

  // Polsek: Kapolsek, Samapta, Reskrim, Intelkam, staff, then the
  // Bhabinkamtibmas of its desa; a few spares and its vehicles.
  for (std::size_t si = 0; si < units.polsek.size(); ++si) {
    const PolsekArea& s = units.polsek[si];
    const std::string area = digits_of(regencies[units.polres[s.polres].regencies.front()].code);
    w.person(s.code, area, staf, rng.below(2) ? akp : iptu);
    crowd(s.code, area, polsek_others[si] - 1, {0, 0.56, 0.10, 0.22, 0, 0, 0, 0, 0.12}, 10);
    for (const std::string& desa : bhabin_of[si])
      w.person(s.code, area, bhabin, w.bintara(bhabin), desa);
    const int spares = 4 + rng.below(7);
    for (int i = 0; i < spares; ++i) w.item(static_cast<Kind>(rng.below(6)), s.code, area);
    kit_stock(s.code, area, r2, 2, 4);
    kit_stock(s.code, area, r4, 2, 3);
  }
  return w.stats();
}

int usage() {
  fmt::print(stderr, "usage: siaga_bench_gen OUTDIR [--seed N] [--roster]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path outdir;
  std::uint64_t seed = 20241127;
  bool roster = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) {
      char* end = nullptr;
      seed = std::strtoull(argv[++i], &end, 10);
      if (!end || *end) return usage();
    } else if (arg == "--roster") {
      roster = true;
    } else if (arg == "-h" || arg == "--help") {
      return usage(), 0;
    } else if (outdir.empty() && !arg.starts_with("-")) {
      outdir = arg;
    } else {
      return usage();
    }
  }
  if (outdir.empty()) return usage();
  std::filesystem::create_directories(outdir);
  const auto started = std::chrono::steady_clock::now();
  Rng rng(seed);

  // Provinces.
  std::vector<Place> provinces;
  for (const ProvinceSpec& s : kProvinceSpecs) {
    Place p;
    p.code = s.code;
    p.name = s.name;
    p.lat = s.lat;
    p.lon = s.lon;
    p.radius = s.radius;
    p.density = s.density;
    provinces.push_back(std::move(p));
  }

  // Regencies: kabupaten 01.., then kota 71.. (Kemendagri numbering).
  std::vector<Place> regencies;
  for (std::size_t pi = 0; pi < provinces.size(); ++pi) {
    const ProvinceSpec& s = kProvinceSpecs[pi];
    const int kabupaten = s.regencies - s.kota;
    const double spread = s.radius / std::sqrt(static_cast<double>(s.regencies)) * 0.9;
    for (int k = 0; k < s.regencies; ++k) {
      Place r;
      const bool kota = k >= kabupaten;
      const int number = kota ? 71 + (k - kabupaten) : 1 + k;
      r.code = fmt::format("{}.{:02}", s.code, number);
      r.urban = kota;
      r.name = fmt::format("{} {}", kota ? "Kota" : "Kabupaten", place_name(rng));
      auto [lat, lon] = rng.in_disk(s.lat, s.lon, s.radius * 0.8);
      r.lat = clamp_lat(lat);
      r.lon = clamp_lon(lon);
      r.radius = kota ? spread * 0.35 : spread;
      r.parent = static_cast<int>(pi);
      r.density = s.density * (kota ? 1.8 : 1.0);
      regencies.push_back(std::move(r));
    }
  }

  // Kecamatan: 3..99 per regency, fewer in a kota.
  std::vector<Place> districts;
  {
    std::vector<double> w;
    for (const Place& r : regencies) w.push_back(rng.uniform(0.5, 1.5) * (r.urban ? 0.45 : 1.0));
    const std::vector<int> counts = apportion(kDistricts, w, 3, 99);
    for (std::size_t ri = 0; ri < regencies.size(); ++ri) {
      const Place& r = regencies[ri];
      const double spread = r.radius / std::sqrt(static_cast<double>(counts[ri]));
      for (int k = 0; k < counts[ri]; ++k) {
        Place d;
        d.code = fmt::format("{}.{:02}", r.code, k + 1);
        d.name = place_name(rng);
        auto [lat, lon] = rng.in_disk(r.lat, r.lon, r.radius);
        d.lat = clamp_lat(lat);
        d.lon = clamp_lon(lon);
        d.radius = spread;
        d.parent = static_cast<int>(ri);
        d.urban = r.urban;
        d.density = r.density;
        districts.push_back(std::move(d));
      }
    }
  }

  // Desa (2001..) and kelurahan (1001..): every kecamatan of a kota has only
  // kelurahan; elsewhere about one in 25 is a kelurahan.
  std::vector<Place> villages;
  {
    std::vector<double> w;
    for (const Place& d : districts) w.push_back(rng.uniform(0.4, 1.6) * (d.urban ? 0.8 : 1.0));
    const std::vector<int> counts = apportion(kVillages, w, 1, 99);
    for (std::size_t di = 0; di < districts.size(); ++di) {
      const Place& d = districts[di];
      int next_kelurahan = 1001, next_desa = 2001;
      for (int k = 0; k < counts[di]; ++k) {
        Place v;
        v.urban = d.urban || rng.below(25) == 0;
        v.code = fmt::format("{}.{}", d.code, v.urban ? next_kelurahan++ : next_desa++);
        v.name = place_name(rng);
        auto [lat, lon] = rng.in_disk(d.lat, d.lon, d.radius);
        v.lat = clamp_lat(lat);
        v.lon = clamp_lon(lon);
        v.parent = static_cast<int>(di);
        v.density = d.density * (v.urban ? 1.6 : 1.0);
        villages.push_back(std::move(v));
      }
    }
  }

  // regions.csv, parents before children.
  {
    Output out(outdir / "regions.csv");
    out.line("code,name,level,lat,lon");
    for (const Place& p : provinces)
      out.line("{},{},provinsi,{:.6f},{:.6f}", p.code, p.name, p.lat, p.lon);
    for (const Place& p : regencies) {
      out.line("{},{},{},{:.6f},{:.6f}", p.code, p.name, p.urban ? "kota" : "kabupaten", p.lat,
               p.lon);
    }
    for (const Place& p : districts)
      out.line("{},{},kecamatan,{:.6f},{:.6f}", p.code, p.name, p.lat, p.lon);
    for (const Place& p : villages) {
      out.line("{},{},{},{:.6f},{:.6f}", p.code, p.name, p.urban ? "kelurahan" : "desa", p.lat,
               p.lon);
    }
  }

  // units.csv: MABES; a Polda per province; 500 Polres over 514 regencies
  // (14 Polres hold two regencies of the same province); 5,800 Polsek over
  // 7,277 kecamatan (neighbouring kecamatan of one regency share a Polsek).
  int units_written = 0;
  Structure units;  // kept for the roster (draws nothing from rng)
  {
    Output out(outdir / "units.csv");
    out.line("code,name,level,parent_code,region_codes,lat,lon");
    out.line("MABES,Mabes Polri,mabes,,,-6.240600,106.798900");
    ++units_written;
    for (std::size_t pi = 0; pi < provinces.size(); ++pi) {
      const Place& p = provinces[pi];
      out.line("POLDA-{},Polda {},polda,MABES,{},{:.6f},{:.6f}", kProvinceSpecs[pi].polda, p.name,
               p.code, p.lat, p.lon);
      ++units_written;
    }

    // Pick the regencies that join the previous one of their province.
    std::vector<bool> joins_previous(regencies.size(), false);
    for (int merged = 0; merged < kRegencies - kPolres;) {
      const std::size_t ri =
          static_cast<std::size_t>(rng.below(static_cast<int>(regencies.size())));
      if (ri == 0 || joins_previous[ri] || joins_previous[ri - 1] ||
          (ri + 1 < regencies.size() && joins_previous[ri + 1]) ||
          regencies[ri - 1].parent != regencies[ri].parent) {
        continue;
      }
      joins_previous[ri] = true;
      ++merged;
    }
    std::vector<std::string> polres_of(regencies.size());
    for (std::size_t ri = 0; ri < regencies.size(); ++ri) {
      if (joins_previous[ri]) continue;
      const Place& r = regencies[ri];
      std::string codes = r.code;
      std::string name = r.name.substr(r.name.find(' ') + 1);
      const std::string unit = "POLRES-" + r.code;
      polres_of[ri] = unit;
      if (ri + 1 < regencies.size() && joins_previous[ri + 1]) {
        codes += ";" + regencies[ri + 1].code;
        name += " dan " + regencies[ri + 1].name.substr(regencies[ri + 1].name.find(' ') + 1);
        polres_of[ri + 1] = unit;
      }
      units.polres.push_back({unit, static_cast<std::size_t>(r.parent), {ri}});
      if (ri + 1 < regencies.size() && joins_previous[ri + 1]) {
        units.polres.back().regencies.push_back(ri + 1);
      }
      const std::string prefix = r.urban ? "Polresta" : "Polres";
      out.line("{},{} {},polres,POLDA-{},{},{:.6f},{:.6f}", unit, prefix, name,
               kProvinceSpecs[static_cast<std::size_t>(r.parent)].polda, codes, r.lat, r.lon);
      ++units_written;
    }

    // Polsek per regency: start from one per kecamatan and merge at random
    // until 5,800 remain.
    std::vector<std::vector<std::size_t>> districts_of(regencies.size());
    for (std::size_t di = 0; di < districts.size(); ++di) {
      districts_of[static_cast<std::size_t>(districts[di].parent)].push_back(di);
    }
    std::vector<int> polsek_count(regencies.size());
    for (std::size_t ri = 0; ri < regencies.size(); ++ri) {
      polsek_count[ri] = static_cast<int>(districts_of[ri].size());
    }
    for (int merges = 0; merges < kDistricts - kPolsek;) {
      const std::size_t ri =
          static_cast<std::size_t>(rng.below(static_cast<int>(regencies.size())));
      if (polsek_count[ri] <= 1 ||
          polsek_count[ri] * 2 <= static_cast<int>(districts_of[ri].size())) {
        continue;  // keep at least half as many Polsek as kecamatan
      }
      --polsek_count[ri];
      ++merges;
    }
    for (std::size_t ri = 0; ri < regencies.size(); ++ri) {
      const auto& ds = districts_of[ri];
      const int n = static_cast<int>(ds.size());
      // Which kecamatan start a new Polsek: the first, and polsek_count-1 others.
      std::vector<bool> starts(ds.size(), false);
      starts[0] = true;
      for (int placed = 1; placed < polsek_count[ri];) {
        const int k = 1 + rng.below(n - 1);
        if (starts[static_cast<std::size_t>(k)]) continue;
        starts[static_cast<std::size_t>(k)] = true;
        ++placed;
      }
      for (int k = 0; k < n;) {
        int end = k + 1;
        while (end < n && !starts[static_cast<std::size_t>(end)]) ++end;
        const Place& first = districts[ds[static_cast<std::size_t>(k)]];
        std::string codes = first.code;
        for (int j = k + 1; j < end; ++j)
          codes += ";" + districts[ds[static_cast<std::size_t>(j)]].code;
        out.line("POLSEK-{},Polsek {},polsek,{},{},{:.6f},{:.6f}", first.code, first.name,
                 polres_of[ri], codes, first.lat, first.lon);
        units.polsek.push_back({"POLSEK-" + first.code, units.polres_of_regency(ri), {}});
        for (int j = k; j < end; ++j) {
          units.polsek.back().districts.push_back(ds[static_cast<std::size_t>(j)]);
        }
        ++units_written;
        k = end;
      }
    }
  }

  // tps.csv: at least one TPS per desa, the rest by population weight.
  long long voters_total = 0;
  std::vector<int> tps_per_village;
  {
    std::vector<double> w;
    for (const Place& v : villages) w.push_back(v.density * rng.uniform(0.3, 1.7));
    const std::vector<int> counts = apportion(kTps, w, 1, 999);
    tps_per_village = counts;
    Output out(outdir / "tps.csv");
    out.line("code,number,desa_code,lat,lon,voters,address");
    std::string digits;
    for (std::size_t vi = 0; vi < villages.size(); ++vi) {
      const Place& v = villages[vi];
      digits.clear();
      for (char c : v.code) {
        if (c != '.') digits.push_back(c);
      }
      for (int n = 1; n <= counts[vi]; ++n) {
        auto [lat, lon] = rng.in_disk(v.lat, v.lon, kTpsScatterDeg);
        const int voters = 150 + rng.below(451);  // 150..600
        voters_total += voters;
        out.line("{}{:03},{},{},{:.6f},{:.6f},{},TPS {} {}", digits, n, n, v.code,
                 std::clamp(lat, -11.0, 6.0), std::clamp(lon, 95.0, 141.0), voters, n, v.name);
      }
    }
  }

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print(
      "{}: {} provinsi, {} kabupaten/kota, {} kecamatan, {} desa/kelurahan; {} units; {} TPS "
      "({} voters); seed {}; {:.2f} s\n",
      outdir.string(), provinces.size(), regencies.size(), districts.size(), villages.size(),
      units_written, kTps, voters_total, seed, seconds);
  if (roster) {
    const auto roster_started = std::chrono::steady_clock::now();
    const RosterStats r = write_roster(outdir, seed, provinces, regencies, districts, villages,
                                       tps_per_village, units);
    const double roster_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - roster_started).count();
    fmt::print(
        "roster: {} personnel ({} bhabinkamtibmas serving {} desa, {} samapta, {} brimob, {} "
        "intelkam, "
        "{} reskrim, {} lantas, {} binmas, {} propam, {} staf); {} items ({} held, {} vehicles, "
        "{} under 25 % fuel; rompi {}, senter {}, ht {}, helm {}, tameng {}, borgol {}, r2 {}, r4 "
        "{}; "
        "baik {}, rusak_ringan {}, rusak_berat {}, hilang {}); {} required items missing; "
        "{} absences ({} today); {} defect reports ({} open); {:.2f} s\n",
        r.people, r.bhabin, r.desa_binaan, r.by_function[samapta], r.by_function[brimob],
        r.by_function[intelkam], r.by_function[reskrim], r.by_function[lantas],
        r.by_function[binmas], r.by_function[propam], r.by_function[staf], r.items, r.held,
        r.vehicles, r.fuel_low, r.by_kind[rompi], r.by_kind[senter], r.by_kind[ht], r.by_kind[helm],
        r.by_kind[tameng], r.by_kind[borgol], r.by_kind[r2], r.by_kind[r4], r.by_condition[0],
        r.by_condition[1], r.by_condition[2], r.by_condition[3], r.missing, r.absences,
        r.absent_today, r.defects, r.defects_open, roster_seconds);
  }
  return 0;
}

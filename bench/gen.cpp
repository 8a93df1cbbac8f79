// siaga_bench_gen OUTDIR [--seed N]
//
// Writes a synthetic national registry in the `siaga import` CSV formats
// (src/io/registry_csv.hpp), sized like the real one:
//
//   regions.csv  38 provinsi, 514 kabupaten/kota, 7,277 kecamatan, 83,731 desa/kelurahan
//   units.csv    MABES, 38 Polda, 500 Polres, 5,800 Polsek
//   tps.csv      435,296 TPS
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

// xoshiro256** seeded by splitmix64: same stream on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& s : s_) {
      seed += 0x9e3779b97f4a7c15ULL;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      s = z ^ (z >> 31);
    }
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  // A point spread uniformly over a disk of `radius` degrees around (lat, lon).
  std::pair<double, double> in_disk(double lat, double lon, double radius) {
    const double r = radius * std::sqrt(uniform());
    const double a = 2 * 3.14159265358979323846 * uniform();
    const double lon_scale = 1.0 / std::max(0.5, std::cos(lat * 3.14159265358979323846 / 180));
    return {lat + r * std::sin(a), lon + r * std::cos(a) * lon_scale};
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> s_{};
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

int usage() {
  fmt::print(stderr, "usage: siaga_bench_gen OUTDIR [--seed N]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path outdir;
  std::uint64_t seed = 20241127;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) {
      char* end = nullptr;
      seed = std::strtoull(argv[++i], &end, 10);
      if (!end || *end) return usage();
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
        ++units_written;
        k = end;
      }
    }
  }

  // tps.csv: at least one TPS per desa, the rest by population weight.
  long long voters_total = 0;
  {
    std::vector<double> w;
    for (const Place& v : villages) w.push_back(v.density * rng.uniform(0.3, 1.7));
    const std::vector<int> counts = apportion(kTps, w, 1, 999);
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
  return 0;
}

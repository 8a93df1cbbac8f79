#pragma once
// TPS (tempat pemungutan suara): a polling station. Its KPU code is the desa
// code without dots followed by the 3-digit TPS number (3320012001001).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/geo.hpp"
#include "domain/result.hpp"

namespace siaga {

// Vulnerability class (kelas kerawanan); set by the vulnerability capability.
enum class TpsClass { kurang_rawan, rawan, sangat_rawan, khusus };

std::string_view to_string(TpsClass c);
std::optional<TpsClass> parse_tps_class(std::string_view text);

struct Tps {
  std::int64_t id = 0;
  std::string code;       // KPU code, 13 digits
  int number = 0;         // TPS number inside its desa (901+ for lokasi khusus)
  std::string desa_code;  // Kemendagri code of the desa/kelurahan
  std::string desa_name;
  LatLon position;
  int voters = 0;
  std::string address;
  std::optional<TpsClass> tps_class;  // effective: the Kapolres's override, else computed
  std::optional<double> score;        // 0-100, computed from observations; not imported
  friend bool operator==(const Tps&, const Tps&) = default;
};

// The KPU code a TPS must carry for its desa and number.
std::string tps_code_for(std::string_view desa_code, int number);

// Checks a TPS as read from outside: code consistent with desa and number,
// position inside Indonesia, voters within the Pilkada limit of 600.
Status validate_tps(const Tps& tps);

inline constexpr int kMaxVotersPerTps = 600;

}  // namespace siaga

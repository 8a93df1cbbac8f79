#pragma once
// TPS guard patterns (pola pengamanan TPS). Polri write a pattern P-T-L: P
// officers guard T TPS, helped by L Linmas per TPS. Each Polres sets its own
// per vulnerability class; the defaults are the 2020 national pattern with the
// legal 2 Linmas per TPS.

#include <array>

#include "domain/result.hpp"
#include "domain/tps.hpp"

namespace siaga {

struct GuardPattern {
  int officers = 2;           // P: Polri per post; at least 2 (body system)
  int tps_per_post = 1;       // T
  int linmas_per_tps = 2;     // L
  int tni_per_post = 0;       // optional TNI support per post
  double max_distance_m = 0;  // between any two TPS of one post
  friend bool operator==(const GuardPattern&, const GuardPattern&) = default;
};

// One pattern per TpsClass, indexed by the enum's value.
struct PatternSet {
  std::array<GuardPattern, 4> by_class{};

  const GuardPattern& at(TpsClass c) const { return by_class[static_cast<std::size_t>(c)]; }
  GuardPattern& at(TpsClass c) { return by_class[static_cast<std::size_t>(c)]; }
  friend bool operator==(const PatternSet&, const PatternSet&) = default;
};

// Pilkada 2020 (Karo Penmas Polri): 2 per 10 / 2 per 2 / 2 per 1 / 2 per 1,
// with 2 Linmas per TPS (Pasal 351(4) UU 7/2017).
PatternSet national_pattern_2020();

// P >= 2, T >= 1, nothing negative; the error names the field.
Status validate_pattern(const GuardPattern& pattern);
// Validates each class; the field is prefixed with the class ("rawan.officers").
Status validate_patterns(const PatternSet& patterns);

}  // namespace siaga

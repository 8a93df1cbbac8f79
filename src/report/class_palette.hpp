#pragma once
// How a vulnerability class looks on paper: the colour the web map uses for
// it and the English gloss under its name (the name itself is the domain's
// label_id). Desa are shaded by score on one ramp, so a darker desa is always
// a riskier one.

#include <array>
#include <string_view>

#include "domain/tps.hpp"
#include "report/colour.hpp"

namespace siaga::report {

// The order classes are listed in, on paper and in sheets: by rising concern,
// with khusus (special locations: hospitals, prisons) last.
inline constexpr std::array<TpsClass, 4> kClassOrder{TpsClass::kurang_rawan, TpsClass::rawan,
                                                     TpsClass::sangat_rawan, TpsClass::khusus};

// kurang_rawan green, rawan amber, sangat_rawan red, khusus purple.
Colour class_colour(TpsClass c);
// TPS with no class yet.
inline constexpr Colour kUnscoredColour = Colour::hex(0x9e9e9e);

// The domain's label_en, except "Special" for khusus: the word the web map's
// legend uses, so paper and screen read the same.
std::string_view class_label_en(TpsClass c);

// Desa score 0..100 (clamped) from light yellow to dark red.
Colour score_colour(double score);

}  // namespace siaga::report

#pragma once
// A Bawaslu-style TPS-rawan list: one line per observed indicator.
//
//   tps_code,desa_code,indicator,value,observed_at,note,source
//   5303012001001,,riwayat_kekerasan,1,2024-11-12,,bawaslu
//   ,53.03.01.2001,potensi_konflik_sosial,1,2024-11-12T09:00:00Z,rapat desa,intelkam
//
// Required columns: indicator, value, observed_at, and one of tps_code /
// desa_code per line (tps_code wins when both are given: the desa is the
// TPS's). observed_at: a date (taken as 00:00 UTC) or an ISO 8601 UTC time.
// note and source are optional (source defaults to bawaslu).

#include <string>
#include <string_view>

#include "domain/vulnerability.hpp"
#include "io/registry_csv.hpp"

namespace siaga::io {

Lines<Observation> parse_observations_csv(std::string_view text);

}  // namespace siaga::io

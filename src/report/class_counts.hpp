#pragma once
// Reading ClassCounts by class, so that tables can loop over kClassOrder
// instead of spelling out each field.

#include "domain/tps.hpp"
#include "report/vulnerability_report.hpp"

namespace siaga::report {

int count_of(const ClassCounts& counts, TpsClass c);

}  // namespace siaga::report

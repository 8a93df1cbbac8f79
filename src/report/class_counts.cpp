#include "report/class_counts.hpp"

namespace siaga::report {

int count_of(const ClassCounts& counts, TpsClass c) {
  switch (c) {
    case TpsClass::kurang_rawan:
      return counts.kurang_rawan;
    case TpsClass::rawan:
      return counts.rawan;
    case TpsClass::sangat_rawan:
      return counts.sangat_rawan;
    case TpsClass::khusus:
      return counts.khusus;
  }
  return 0;
}

}  // namespace siaga::report

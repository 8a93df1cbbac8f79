#include "domain/response_times.hpp"

#include <algorithm>
#include <cmath>

namespace siaga {

Spread spread_of(std::vector<double> seconds) {
  std::erase_if(seconds, [](double s) { return !std::isfinite(s); });
  Spread spread;
  spread.count = seconds.size();
  if (seconds.empty()) return spread;
  std::sort(seconds.begin(), seconds.end());
  const std::size_t n = seconds.size();
  spread.median_s = n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
  // ceil(0.9 n) in integers: (9 n + 9) / 10, so that 10 values give rank 9
  // exactly, with no rounding of 0.9 * 10 to 9.000000000000002.
  const std::size_t rank = (9 * n + 9) / 10;
  spread.p90_s = seconds[rank - 1];
  return spread;
}

}  // namespace siaga

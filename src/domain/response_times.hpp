#pragma once
// How quickly incidents are answered: the spread of a set of durations as the
// Laphar prints it, the median and the 90th percentile, so that one slow
// night stands out without a single outlier moving the figure.

#include <cstddef>
#include <vector>

namespace siaga {

struct Spread {
  std::size_t count = 0;  // durations counted
  double median_s = 0;    // seconds; 0 when count is 0
  double p90_s = 0;       // seconds; 0 when count is 0
};

// The median (the mean of the two middle values when the count is even) and
// the 90th percentile by the nearest-rank method: the ceil(0.9 n)-th smallest
// value, always one of the durations themselves. Values that are not finite
// numbers are left out.
Spread spread_of(std::vector<double> seconds);

}  // namespace siaga

#pragma once
// Progress of long work on the console: a redrawn bar on a terminal, a plain
// line per 10% when output goes to a file or a pipe.

#include <cstdint>
#include <string>

namespace siaga::cli {

class ProgressReporter {
 public:
  explicit ProgressReporter(std::string label);
  void update(std::int64_t done, std::int64_t total);
  void finish();

 private:
  std::string label_;
  bool terminal_;
  int last_decile_ = -1;
  int last_percent_ = -1;
};

}  // namespace siaga::cli

#include "cli/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace siaga::cli {

ProgressReporter::ProgressReporter(std::string label)
    : label_(std::move(label)), terminal_(isatty(fileno(stderr)) != 0) {}

void ProgressReporter::update(std::int64_t done, std::int64_t total) {
  if (total <= 0) return;
  const int percent = static_cast<int>(done * 100 / total);
  if (terminal_) {
    if (percent == last_percent_) return;
    last_percent_ = percent;
    constexpr int kWidth = 30;
    const int filled = percent * kWidth / 100;
    fmt::print(stderr, "\r{} [{}{}] {:3}% {}/{}", label_, std::string(filled, '#'),
               std::string(kWidth - filled, ' '), percent, done, total);
    std::fflush(stderr);
    return;
  }
  const int decile = percent / 10;
  if (decile == last_decile_) return;
  last_decile_ = decile;
  fmt::print(stderr, "{}: {}% ({}/{})\n", label_, decile * 10, done, total);
}

void ProgressReporter::finish() {
  if (terminal_ && last_percent_ >= 0) fmt::print(stderr, "\n");
}

}  // namespace siaga::cli

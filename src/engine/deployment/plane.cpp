#include "engine/deployment/plane.hpp"

#include <algorithm>
#include <limits>
#include <numbers>
#include <utility>

namespace siaga::engine::deployment {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
constexpr double kRad = std::numbers::pi / 180.0;
}  // namespace

Projection::Projection(double reference_lat_deg) : cos_ref_(std::cos(reference_lat_deg * kRad)) {}

Projection Projection::around(std::span<const LatLon> points) {
  double sum = 0;
  for (const LatLon& p : points) sum += p.lat;
  return Projection(points.empty() ? 0.0 : sum / static_cast<double>(points.size()));
}

PlanePoint Projection::operator()(LatLon p) const {
  return {kEarthRadiusM * cos_ref_ * p.lon * kRad, kEarthRadiusM * p.lat * kRad};
}

NearestPoints::NearestPoints(std::vector<PlanePoint> points) : points_(std::move(points)) {
  if (points_.empty()) {
    start_.assign(2, 0);
    return;
  }
  double x1 = points_[0].x, y1 = points_[0].y;
  x0_ = x1, y0_ = y1;
  for (const PlanePoint& p : points_) {
    x0_ = std::min(x0_, p.x), y0_ = std::min(y0_, p.y);
    x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  }
  const double w = std::max(x1 - x0_, 1.0), h = std::max(y1 - y0_, 1.0);
  const double n = static_cast<double>(points_.size());
  cell_ = std::max(std::sqrt(2 * w * h / n), 1.0);
  cols_ = std::clamp(static_cast<long>(w / cell_) + 1, 1L, 4096L);
  rows_ = std::clamp(static_cast<long>(h / cell_) + 1, 1L, 4096L);
  cell_ = std::max(w / static_cast<double>(cols_), h / static_cast<double>(rows_)) * (1 + 1e-9);
  const auto cells = static_cast<std::size_t>(cols_ * rows_);
  std::vector<std::size_t> cell_of(points_.size());
  start_.assign(cells + 1, 0);
  for (std::size_t i = 0; i < points_.size(); ++i) {
    const long cx = std::clamp(static_cast<long>((points_[i].x - x0_) / cell_), 0L, cols_ - 1);
    const long cy = std::clamp(static_cast<long>((points_[i].y - y0_) / cell_), 0L, rows_ - 1);
    cell_of[i] = static_cast<std::size_t>(cy * cols_ + cx);
    ++start_[cell_of[i] + 1];
  }
  for (std::size_t c = 0; c < cells; ++c) start_[c + 1] += start_[c];
  order_.resize(points_.size());
  std::vector<std::size_t> fill(start_.begin(), start_.end() - 1);
  for (std::size_t i = 0; i < points_.size(); ++i) order_[fill[cell_of[i]]++] = i;
}

std::vector<std::size_t> NearestPoints::nearest(PlanePoint from, std::size_t k) const {
  std::vector<std::size_t> out;
  if (k == 0) return out;
  if (k >= points_.size()) {
    out.resize(points_.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
  }
  // A max-heap of the best k (squared distance, index) seen so far.
  std::vector<std::pair<double, std::size_t>> best;
  best.reserve(k + 1);
  auto offer = [&](std::size_t i) {
    const PlanePoint p = points_[i];
    const std::pair<double, std::size_t> c{
        (p.x - from.x) * (p.x - from.x) + (p.y - from.y) * (p.y - from.y), i};
    if (best.size() < k) {
      best.push_back(c);
      std::push_heap(best.begin(), best.end());
    } else if (c < best.front()) {
      std::pop_heap(best.begin(), best.end());
      best.back() = c;
      std::push_heap(best.begin(), best.end());
    }
  };
  auto scan = [&](long cx, long cy) {
    if (cx < 0 || cy < 0 || cx >= cols_ || cy >= rows_) return;
    const auto c = static_cast<std::size_t>(cy * cols_ + cx);
    for (std::size_t j = start_[c]; j < start_[c + 1]; ++j) offer(order_[j]);
  };
  const long qx = std::clamp(static_cast<long>(std::floor((from.x - x0_) / cell_)), -1L, cols_);
  const long qy = std::clamp(static_cast<long>(std::floor((from.y - y0_) / cell_)), -1L, rows_);
  const long last = std::max({qx + 1, cols_ - qx, qy + 1, rows_ - qy});
  for (long r = 0; r <= last; ++r) {
    if (r == 0) {
      scan(qx, qy);
    } else {
      for (long x = qx - r; x <= qx + r; ++x) scan(x, qy - r), scan(x, qy + r);
      for (long y = qy - r + 1; y <= qy + r - 1; ++y) scan(qx - r, y), scan(qx + r, y);
    }
    if (best.size() < k) continue;
    // Every unseen point lies outside the square of cells within r of the
    // query's cell: at least the query's distance to that square's edge away.
    const double left = from.x - (x0_ + static_cast<double>(qx - r) * cell_);
    const double right = x0_ + static_cast<double>(qx + r + 1) * cell_ - from.x;
    const double down = from.y - (y0_ + static_cast<double>(qy - r) * cell_);
    const double up = y0_ + static_cast<double>(qy + r + 1) * cell_ - from.y;
    const double edge = std::min({left, right, down, up}) - 1e-6;  // rounding at cell borders
    if (edge > 0 && edge * edge > best.front().first) break;
  }
  out.resize(best.size());
  for (std::size_t i = 0; i < best.size(); ++i) out[i] = best[i].second;
  return out;
}

}  // namespace siaga::engine::deployment

#pragma once
// Guard posts: TPS grouped so that one pair of officers can watch them. A post
// holds TPS of one class (its pattern), at most T of them, every two within
// the pattern's maximum distance; it keeps to one desa where it can and is
// compact (a short walking tour between its TPS).

#include <cstddef>
#include <span>
#include <vector>

#include "domain/deployment.hpp"
#include "engine/deployment/plane.hpp"

namespace siaga::engine::deployment {

struct PostSite {
  PlanePoint at;
  std::size_t desa = 0;
  std::size_t kecamatan = 0;
  TpsClass tps_class = TpsClass::kurang_rawan;
};

struct GroupedPost {
  std::vector<std::size_t> tps;  // indices into the sites; the tour starts at tps[0]
  TpsClass tps_class = TpsClass::kurang_rawan;
};

// Every site ends in exactly one post. Deterministic: depends only on the
// order and values of the sites.
//
// Pass 1, per (kecamatan, desa, class): seed with the TPS farthest from the
// group's centre (outliers first, so they are not left stranded), then grow
// by the TPS with the smallest summed distance to the members that stays
// within the maximum distance of all of them, up to T.
// Pass 2, per (kecamatan, class): posts left under T absorb the nearest other
// under-full posts (usually in a neighbouring desa) while the merged post
// still fits T and the distance limit.
std::vector<GroupedPost> group_posts(std::span<const PostSite> sites, const PatternSet& patterns);

// Nearest-neighbour walking path through the TPS of a post, from its first
// TPS (open: the officers need not walk back).
double walking_tour_m(std::span<const PlanePoint> sites, std::span<const std::size_t> tps);

// Largest distance between two TPS of the post.
double diameter_m(std::span<const PlanePoint> sites, std::span<const std::size_t> tps);

PlanePoint centroid(std::span<const PlanePoint> sites, std::span<const std::size_t> tps);

}  // namespace siaga::engine::deployment

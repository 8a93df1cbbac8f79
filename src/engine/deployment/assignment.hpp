#pragma once
// Officers to guard posts as a min-cost flow (LEMON NetworkSimplex): every
// post filled where people suffice, total travel from home to post minimal,
// officers kept inside their own Polsek's sector unless crossing saves more
// than the penalty, and never a post with a single officer (body system).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/deployment/plane.hpp"

namespace siaga::engine::deployment {

// Replan: where an officer stood in the plan being revised (AssignOfficer::previous).
// A post index, or one of these two.
inline constexpr std::size_t kNoPrevious = static_cast<std::size_t>(-1);  // no place to keep
inline constexpr std::size_t kWasReserve = static_cast<std::size_t>(-2);  // was in the reserve

struct AssignOfficer {
  PlanePoint home;
  std::size_t unit = 0;  // home Polsek (sector) index
  // With AssignOptions::change_penalty_m, every choice but this one costs the
  // penalty more: going to another post, or to the reserve when this is a post.
  std::size_t previous = kNoPrevious;
};

struct AssignPost {
  PlanePoint at;
  std::size_t sector = 0;  // the Polsek whose sector holds the post
  int need = 2;            // P
  // Weight of a missing officer here: posts of higher severity are filled
  // first when people are short (kurang rawan 1 .. khusus 4).
  int severity = 1;
};

struct AssignOptions {
  // Sparsification: an officer gets arcs only to its `nearest_posts` nearest
  // posts and to the 3 x `nearest_posts` nearest of its own sector (so staying
  // in sector is always on offer), and each post gets arcs from
  // its max(nearest_posts, 2P) nearest officers, so a remote post is never cut
  // off. 8 keeps a Polres graph at ~10 arcs per officer; with posts 1-2 km
  // apart and officers' homes spread over the regency, the 9th-nearest post
  // is almost never in an optimum. Off (0) = the full bipartite graph.
  // Where a post is left short while officers sit idle (the arcs ran out, not
  // the people: e.g. a Polres HQ's officers all live around one town), each
  // short post gets arcs from the idle officers and the flow is solved again.
  int nearest_posts = 8;
  // Cost in metres added for an officer posted outside their own sector.
  std::int64_t out_of_sector_penalty_m = 10000;
  // Replan: cost in metres of every officer placed other than where they stood
  // (AssignOfficer::previous). 0 = off. Make it larger than any travel (e.g.
  // 1,000 km), so that fewest changes come first and travel second. Each
  // officer's arc to their previous post is always kept, and each post also
  // gets arcs from its nearest officers who were not at a post, so a gap is
  // filled from the reserve rather than by a chain of moves. Not part of
  // Assignment::cost_m.
  std::int64_t change_penalty_m = 0;
};

// The integer cost of sending one officer to one post: rounded metres plus
// the sector penalty. The problem's definition, shared with exact checks.
std::int64_t arc_cost_m(const AssignOfficer& officer, const AssignPost& post,
                        const AssignOptions& options);

struct Assignment {
  std::vector<std::optional<std::size_t>> post_of;  // per officer; nullopt = reserve
  std::vector<int> missing;                         // per post: officers short of need
  std::int64_t cost_m = 0;                          // sum of arc_cost_m of the assigned
  int changes = 0;  // officers not where `previous` says (those with a previous place)
  int rounds = 0;   // flow solves (widenings and pair-rule repairs + 1)
};

// Pair rule: a flow may leave a post with one officer when people are short
// (a min-cost flow cannot say "0 or at least 2"). Half of such posts, least
// severe first, are closed (need 0, listed as fully short) and the flow is
// solved again, so the freed officers complete the other half or go to the
// reserve. Each such round halves the half-filled posts; after three, the
// rest are paired up locally (a post takes the lone officer of another, or
// sends its own to the reserve), which bounds the work at four solves. With
// enough people no post is half-filled and the first round is the optimum.
Assignment assign_officers(std::span<const AssignOfficer> officers,
                           std::span<const AssignPost> posts, const AssignOptions& options = {});

}  // namespace siaga::engine::deployment

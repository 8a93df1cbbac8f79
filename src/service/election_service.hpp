#pragma once
// The election calendar: contests, the stage calendar with today's stage, and
// candidates.

#include <chrono>
#include <optional>
#include <vector>

#include "domain/election.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"

namespace siaga::service {

struct Calendar {
  std::vector<Stage> stages;
  std::optional<std::size_t> current;  // index into stages
  std::string today;                   // the date used, in the actor's zone
  std::optional<std::string> voting_date;
};

class ElectionService {
 public:
  explicit ElectionService(Context& ctx) : ctx_(ctx) {}

  // Contests whose region touches the actor's territory (a Polres sees its
  // regent election and its province's governor election).
  Result<std::vector<Election>> list(const Actor& actor);
  Result<Election> get(const Actor& actor, std::int64_t id);
  Result<std::vector<Candidate>> candidates(const Actor& actor, std::int64_t election_id);
  // `on`: the date to evaluate (default: today in the actor's zone).
  Result<Calendar> calendar(const Actor& actor, std::optional<std::chrono::sys_days> on);

 private:
  Context& ctx_;
};

}  // namespace siaga::service

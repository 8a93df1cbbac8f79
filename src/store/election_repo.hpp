#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/election.hpp"
#include "domain/result.hpp"

namespace siaga::store {

class ElectionRepo {
 public:
  virtual ~ElectionRepo() = default;
  virtual Result<std::int64_t> insert(const Election& election) = 0;
  virtual Result<std::vector<Election>> list() = 0;
  virtual Result<std::optional<Election>> find(std::int64_t id) = 0;
  virtual Result<std::optional<Election>> find_by_code(const std::string& code) = 0;
  virtual Result<std::int64_t> insert_stage(const Stage& stage) = 0;
  virtual Result<std::vector<Stage>> stages() = 0;  // ordered by start date
  virtual Result<std::int64_t> insert_candidate(const Candidate& candidate) = 0;
  virtual Result<std::vector<Candidate>> candidates(std::int64_t election_id) = 0;
};

}  // namespace siaga::store

#pragma once
// The SKCK desk for candidates: register an application, process it, issue
// or refuse it; who did what and when is kept on the request and in the audit.

#include <optional>
#include <string>

#include "domain/skck.hpp"
#include "domain/user.hpp"
#include "service/context.hpp"
#include "store/page.hpp"

namespace siaga::service {

struct SkckApplication {
  std::optional<std::string> applicant_name;
  std::optional<std::string> nik;
  std::optional<std::string> domicile_code;
  std::optional<std::int64_t> election_id;
};

struct SkckDecision {
  SkckStatus to = SkckStatus::diproses;
  std::string reason;  // required when refusing
};

class SkckService {
 public:
  explicit SkckService(Context& ctx) : ctx_(ctx) {}

  Result<SkckRequest> submit(const Actor& actor, const SkckApplication& application,
                             const std::string& idempotency_key, const std::string& fingerprint,
                             bool* replayed = nullptr);
  Result<SkckRequest> transition(const Actor& actor, std::int64_t id, const SkckDecision& decision);
  Result<SkckRequest> get(const Actor& actor, std::int64_t id);
  Result<store::Page<SkckRequest>> list(const Actor& actor, std::optional<SkckStatus> status,
                                        const store::PageRequest& page);

 private:
  Context& ctx_;
};

}  // namespace siaga::service

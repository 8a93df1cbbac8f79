// The readiness recap documents: thin readers of the request around
// ReadinessRecapService and the report renderers.

#include "http/api.hpp"
#include "http/responses.hpp"
#include "report/readiness_report.hpp"
#include "service/readiness_recap.hpp"

namespace siaga::http {

namespace {

// Unit codes are letters, digits, dots and dashes; anything else would not
// belong in a file name.
std::string file_safe(const std::string& code) {
  std::string out;
  for (const char c : code) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    out += plain ? c : '_';
  }
  return out;
}

Response recap_document(Api& api, Request& request, bool pdf) {
  SIAGA_HTTP_ACTOR(api, request, actor);
  const std::string unit = request.params.at("unit");
  service::ReadinessRecapService recap(api.context);
  auto data = recap.recap(actor, unit);
  if (!data.ok()) return error_response(data.error());
  auto bytes = pdf ? report::render_readiness_pdf(*data) : report::render_readiness_xlsx(*data);
  if (!bytes.ok()) return error_response(bytes.error());
  Response r;
  r.content_type =
      pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(*bytes);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"rekap-kesiapan-" +
                                                    file_safe(unit) + (pdf ? ".pdf\"" : ".xlsx\""));
  return r;
}

}  // namespace

void register_readiness_recap_routes(Router& router, Api& api) {
  router.add("GET", "/api/v1/readiness/{unit}/recap.pdf",
             [&api](Request& r) { return recap_document(api, r, true); });
  router.add("GET", "/api/v1/readiness/{unit}/recap.xlsx",
             [&api](Request& r) { return recap_document(api, r, false); });
}

}  // namespace siaga::http

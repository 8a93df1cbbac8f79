#include "engine/route_check/solomon_text.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace siaga::engine::route_check {

namespace {

std::vector<std::string_view> tokens(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t from = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > from) out.push_back(line.substr(from, i - from));
  }
  return out;
}

// Every token a number, or nullopt.
std::optional<std::vector<double>> numbers(const std::vector<std::string_view>& words) {
  std::vector<double> out;
  out.reserve(words.size());
  for (const std::string_view w : words) {
    double x = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), x);
    if (ec != std::errc{} || end != w.data() + w.size()) return std::nullopt;
    out.push_back(x);
  }
  return out;
}

Error bad(std::size_t line, const std::string& id, const std::string& en) {
  return make_error(ErrorCode::invalid_input, fmt::format("Solomon baris {}: {}", line, id),
                    fmt::format("Solomon line {}: {}", line, en), fmt::format("line {}", line));
}

}  // namespace

Result<Instance> instance_from_solomon(std::string_view text) {
  enum class Section { head, vehicle, customer };
  Section section = Section::head;
  Instance instance;
  std::optional<std::vector<double>> fleet;
  std::vector<std::vector<double>> rows;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    const auto words = tokens(line);
    if (words.empty()) continue;
    if (words[0] == "VEHICLE") {
      section = Section::vehicle;
      continue;
    }
    if (words[0] == "CUSTOMER") {
      section = Section::customer;
      continue;
    }
    const auto values = numbers(words);
    switch (section) {
      case Section::head:
        if (instance.name.empty()) instance.name = std::string(words[0]);
        break;
      case Section::vehicle:
        if (!values) break;  // the column header
        if (values->size() != 2 || fleet) {
          return bad(line_no, "baris kendaraan harus 'JUMLAH KAPASITAS'",
                     "the vehicle row must be 'NUMBER CAPACITY'");
        }
        fleet = values;
        break;
      case Section::customer:
        if (!values) break;  // the column header
        if (values->size() != 7) {
          return bad(line_no,
                     fmt::format("baris pelanggan berisi {} angka, bukan 7", values->size()),
                     fmt::format("a customer row has {} numbers, not 7", values->size()));
        }
        if ((*values)[4] > (*values)[5]) {
          return bad(line_no, "jendela waktu berakhir sebelum dimulai",
                     "the time window ends before it starts");
        }
        rows.push_back(*values);
        break;
    }
  }
  if (!fleet || (*fleet)[0] < 1 || (*fleet)[0] != std::floor((*fleet)[0])) {
    return bad(line_no, "tidak ada bagian VEHICLE yang sah", "no valid VEHICLE section");
  }
  if (rows.empty()) return bad(line_no, "tidak ada depot", "no depot row");

  const std::size_t n = rows.size();
  instance.locations = n;
  std::vector<double> distance(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      distance[i * n + j] = std::hypot(rows[i][1] - rows[j][1], rows[i][2] - rows[j][2]);
    }
  }
  instance.travel.push_back(std::move(distance));
  for (std::size_t i = 1; i < n; ++i) {
    const auto& r = rows[i];
    instance.visits.push_back({static_cast<std::int64_t>(r[0]), i, r[4], r[5], r[6], r[3]});
  }
  const auto& depot = rows[0];
  const auto count = static_cast<std::size_t>((*fleet)[0]);
  for (std::size_t k = 0; k < count; ++k) {
    instance.vehicles.push_back(
        {static_cast<std::int64_t>(k + 1), 0, 0, depot[4], depot[5], (*fleet)[1], 0});
  }
  return instance;
}

}  // namespace siaga::engine::route_check

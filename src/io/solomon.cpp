#include "io/solomon.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace siaga::io {

namespace {

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > begin) out.push_back(line.substr(begin, i - begin));
  }
  return out;
}

bool number(std::string_view word, double& out) {
  const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), out);
  return ec == std::errc() && end == word.data() + word.size() && std::isfinite(out);
}

Error line_error(int line, std::string_view id, std::string_view en) {
  return make_error(ErrorCode::invalid_input, fmt::format("baris {}: {}", line, id),
                    fmt::format("line {}: {}", line, en), std::to_string(line));
}

bool starts_with_word(const std::vector<std::string_view>& w, std::string_view word) {
  return !w.empty() && w[0] == word;
}

}  // namespace

Result<SolomonInstance> parse_solomon(std::string_view text) {
  enum class Expect { name, vehicle, vehicle_header, fleet, customer, customer_header, rows };
  Expect expect = Expect::name;
  SolomonInstance instance;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    const auto w = words(line);
    if (w.empty()) continue;
    switch (expect) {
      case Expect::name:
        instance.name = std::string(w[0]);
        expect = Expect::vehicle;
        break;
      case Expect::vehicle:
        if (!starts_with_word(w, "VEHICLE")) {
          return line_error(line_no, "diharapkan 'VEHICLE'", "expected 'VEHICLE'");
        }
        expect = Expect::vehicle_header;
        break;
      case Expect::vehicle_header:
        if (!starts_with_word(w, "NUMBER")) {
          return line_error(line_no, "diharapkan 'NUMBER CAPACITY'", "expected 'NUMBER CAPACITY'");
        }
        expect = Expect::fleet;
        break;
      case Expect::fleet: {
        double vehicles = 0;
        double capacity = 0;
        if (w.size() != 2 || !number(w[0], vehicles) || !number(w[1], capacity) || vehicles < 1 ||
            vehicles != std::floor(vehicles) || capacity <= 0) {
          return line_error(line_no,
                            "diharapkan jumlah kendaraan (bilangan bulat >= 1) dan kapasitas > 0",
                            "expected the vehicle number (an integer >= 1) and a capacity > 0");
        }
        instance.vehicles = static_cast<int>(vehicles);
        instance.capacity = capacity;
        expect = Expect::customer;
        break;
      }
      case Expect::customer:
        if (!starts_with_word(w, "CUSTOMER")) {
          return line_error(line_no, "diharapkan 'CUSTOMER'", "expected 'CUSTOMER'");
        }
        expect = Expect::customer_header;
        break;
      case Expect::customer_header:
        if (!starts_with_word(w, "CUST")) {
          return line_error(line_no, "diharapkan judul kolom 'CUST NO. ...'",
                            "expected the column header 'CUST NO. ...'");
        }
        expect = Expect::rows;
        break;
      case Expect::rows: {
        double f[7];
        bool ok = w.size() == 7;
        for (std::size_t i = 0; ok && i < 7; ++i) ok = number(w[i], f[i]);
        if (!ok) {
          return line_error(line_no, "baris pelanggan harus berisi 7 angka",
                            "a customer row must hold 7 numbers");
        }
        if (f[0] != std::floor(f[0]) || f[0] < 0) {
          return line_error(line_no, "nomor pelanggan harus bilangan bulat >= 0",
                            "the customer number must be an integer >= 0");
        }
        if (f[3] < 0 || f[6] < 0) {
          return line_error(line_no, "permintaan dan waktu layanan tidak boleh negatif",
                            "demand and service time must not be negative");
        }
        if (f[4] > f[5]) {
          return line_error(line_no, "jendela waktu berakhir sebelum dimulai",
                            "the time window ends before it starts");
        }
        instance.customers.push_back(
            SolomonCustomer{static_cast<int>(f[0]), f[1], f[2], f[3], f[4], f[5], f[6]});
        break;
      }
    }
  }
  if (expect != Expect::rows || instance.customers.empty()) {
    return line_error(line_no, "berkas berakhir sebelum baris depot",
                      "the file ends before the depot row");
  }
  return instance;
}

}  // namespace siaga::io

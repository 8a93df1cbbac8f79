#include "report/report_test_support.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>
#include <utility>

namespace siaga::report::readback {

namespace fs = std::filesystem;

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// ---- PDF --------------------------------------------------------------------

int page_count(const fs::path& pdf) {
  const std::string info = run(fmt::format("pdfinfo '{}' 2>&1", pdf.string()));
  std::smatch m;
  if (!std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) return -1;
  return std::stoi(m[1].str());
}

std::string pdf_text(const fs::path& pdf, std::string_view options) {
  return run(fmt::format("pdftotext {} '{}' - 2>&1", options, pdf.string()));
}

Image parse_netpbm(const std::string& bytes) {
  Image image;
  std::size_t pos = 0;
  auto token = [&]() {
    while (pos < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[pos]))) ++pos;
    const std::size_t start = pos;
    while (pos < bytes.size() && !std::isspace(static_cast<unsigned char>(bytes[pos]))) ++pos;
    return bytes.substr(start, pos - start);
  };
  const std::string magic = token();
  if (magic != "P5" && magic != "P6") return image;
  image.channels = magic == "P5" ? 1 : 3;
  image.width = std::stoi(token());
  image.height = std::stoi(token());
  if (std::stoi(token()) != 255) return Image{};
  ++pos;  // the single whitespace before the raster
  const std::size_t size = static_cast<std::size_t>(image.width) * image.height * image.channels;
  if (bytes.size() - pos < size) return Image{};
  image.pixels.assign(bytes.begin() + static_cast<std::ptrdiff_t>(pos),
                      bytes.begin() + static_cast<std::ptrdiff_t>(pos + size));
  return image;
}

std::vector<Image> rasterise(const fs::path& pdf, const fs::path& dir, const std::string& options) {
  const fs::path prefix = dir / "page";
  run(fmt::format("pdftoppm {} '{}' '{}' 2>&1", options, pdf.string(), prefix.string()));
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("page", 0) == 0) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // pdftoppm zero-pads the numbers
  std::vector<Image> images;
  for (const fs::path& file : files) {
    images.push_back(parse_netpbm(read_file(file)));
    fs::remove(file);
  }
  return images;
}

double ink_share(const Image& page) {
  std::size_t dark = 0;
  for (const unsigned char v : page.pixels) dark += v < 200;
  return page.pixels.empty() ? 0 : static_cast<double>(dark) / page.pixels.size();
}

PdfReadback read_back_pdf(const fs::path& dir, const std::string& name, const std::string& bytes,
                          std::string_view text_options) {
  PdfReadback pdf;
  pdf.file = write_file(dir / name, bytes);
  pdf.pages = page_count(pdf.file);
  pdf.grey = rasterise(pdf.file, dir, "-r 30 -gray");
  pdf.text = pdf_text(pdf.file, text_options);
  return pdf;
}

// ---- XLSX -------------------------------------------------------------------

namespace {

std::string unxml(std::string text) {
  const std::vector<std::pair<std::string, std::string>> entities{
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return text;
}

}  // namespace

std::string xlsx_part(const fs::path& xlsx, std::string_view member) {
  return run(fmt::format("unzip -p '{}' {} 2>&1", xlsx.string(), member));
}

Sheet read_sheet(const fs::path& xlsx, int number) {
  Sheet sheet;
  const std::string strings = xlsx_part(xlsx, "xl/sharedStrings.xml");
  const std::regex si(R"(<si>\s*<t[^>]*>([^<]*)</t>\s*</si>)");
  for (auto it = std::sregex_iterator(strings.begin(), strings.end(), si);
       it != std::sregex_iterator(); ++it) {
    sheet.shared.push_back(unxml((*it)[1].str()));
  }
  sheet.xml = xlsx_part(xlsx, fmt::format("xl/worksheets/sheet{}.xml", number));
  const std::regex row("<row ");
  sheet.rows = static_cast<int>(std::distance(
      std::sregex_iterator(sheet.xml.begin(), sheet.xml.end(), row), std::sregex_iterator()));
  const std::regex cell(R"re(<c r="([A-Z]+[0-9]+)"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v></c>)re");
  for (auto it = std::sregex_iterator(sheet.xml.begin(), sheet.xml.end(), cell);
       it != std::sregex_iterator(); ++it) {
    const std::string attributes = (*it)[2].str();
    const std::string value = (*it)[3].str();
    if (attributes.find(R"(t="s")") != std::string::npos) {
      const std::size_t index = std::stoul(value);
      sheet.cells[(*it)[1].str()] = index < sheet.shared.size() ? sheet.shared[index] : "?";
    } else {
      sheet.cells[(*it)[1].str()] = value;
    }
  }
  return sheet;
}

std::string cell(const Sheet& sheet, const std::string& ref) {
  auto it = sheet.cells.find(ref);
  return it == sheet.cells.end() ? "<none>" : it->second;
}

}  // namespace siaga::report::readback

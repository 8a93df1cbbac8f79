#pragma once
// Reading rendered reports back with independent tools, so that a file which
// only looks right to our own code fails: poppler (pdfinfo, pdftoppm,
// pdftotext) for PDFs, unzip and the sheet XML for XLSX workbooks.

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace siaga::report::readback {

// The command's standard output (add "2>&1" for its errors too).
std::string run(const std::string& command);

std::string read_file(const std::filesystem::path& path);
// Writes `bytes` to `path` and returns `path`.
std::filesystem::path write_file(const std::filesystem::path& path, const std::string& bytes);

// How often `what` occurs in `text`, overlaps included.
std::size_t occurrences(const std::string& text, const std::string& what);

// ---- PDF --------------------------------------------------------------------

// Pages as pdfinfo counts them; -1 when it cannot read the file.
int page_count(const std::filesystem::path& pdf);

// The text pdftotext finds, with `options` such as "-layout".
std::string pdf_text(const std::filesystem::path& pdf, std::string_view options = "");

struct Image {
  int width = 0;
  int height = 0;
  int channels = 1;  // 1: PGM (P5), 3: PPM (P6)
  std::vector<unsigned char> pixels;

  const unsigned char* at(int x, int y) const {
    return &pixels[(static_cast<std::size_t>(y) * width + x) * channels];
  }
};

// Binary PGM or PPM with maxval 255, as pdftoppm writes them; an empty image
// when the bytes are anything else.
Image parse_netpbm(const std::string& bytes);

// Every page as an image, in page order, rendered by pdftoppm with `options`
// (e.g. "-r 30 -gray") through files in `dir`, which are removed again.
std::vector<Image> rasterise(const std::filesystem::path& pdf, const std::filesystem::path& dir,
                             const std::string& options);

// The share of pixel values darker than 200 of 255, for pages rasterised in
// grey; 0 for an empty image.
double ink_share(const Image& page);

// A rendered PDF written into a folder and read back the way most tests want
// it: pages counted by pdfinfo, each page in grey at 30 dpi, and its text.
struct PdfReadback {
  std::filesystem::path file;
  int pages = -1;
  std::vector<Image> grey;
  std::string text;
};

PdfReadback read_back_pdf(const std::filesystem::path& dir, const std::string& name,
                          const std::string& bytes, std::string_view text_options = "");

// ---- XLSX -------------------------------------------------------------------

// One member of the workbook's zip, e.g. "xl/workbook.xml".
std::string xlsx_part(const std::filesystem::path& xlsx, std::string_view member);

struct Sheet {
  std::vector<std::string> shared;           // xl/sharedStrings.xml, in order
  std::map<std::string, std::string> cells;  // "A2" -> shown text or number
  int rows = 0;
  std::string xml;
};

// Sheet `number` (1-based, in workbook order) with shared strings resolved.
Sheet read_sheet(const std::filesystem::path& xlsx, int number);

// The cell's shown value, or "<none>" when the cell is not written.
std::string cell(const Sheet& sheet, const std::string& ref);

}  // namespace siaga::report::readback

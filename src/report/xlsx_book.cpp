#include "report/xlsx_book.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

Error xlsx_error(std::string_view reason) {
  return make_error(ErrorCode::internal, fmt::format("Gagal membuat XLSX: {}", reason),
                    fmt::format("Could not write the XLSX: {}", reason));
}

void remove_quietly(const std::string& path) {
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

}  // namespace

void XlsxSheet::note(int error) {
  if (*first_error_ == LXW_NO_ERROR) *first_error_ = error;
}

void XlsxSheet::text(int row, int column, std::string_view value, lxw_format* format) {
  if (sheet_ == nullptr) return;
  const std::string valid = valid_utf8(value);
  note(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                              valid.c_str(), format));
}

void XlsxSheet::number(int row, int column, double value, lxw_format* format) {
  if (sheet_ == nullptr) return;
  note(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                              value, format));
}

void XlsxSheet::column_width(int first, int last, double width, lxw_format* format) {
  if (sheet_ == nullptr) return;
  note(worksheet_set_column(sheet_, static_cast<lxw_col_t>(first), static_cast<lxw_col_t>(last),
                            width, format));
}

void XlsxSheet::header_with_filter(int last_row, int last_column) {
  if (sheet_ == nullptr) return;
  note(worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(last_row),
                            static_cast<lxw_col_t>(last_column)));
  worksheet_freeze_panes(sheet_, 1, 0);
}

Result<std::unique_ptr<XlsxBook>> XlsxBook::create(const std::string& title) {
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) return xlsx_error(ec.message());
  std::string pattern = (dir / "siaga-report-XXXXXX.xlsx").string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  // mkstemps reserves a name no other process can take; libxlsxwriter then
  // reopens and truncates that same file.
  const int fd = mkstemps(name.data(), 5);
  if (fd < 0) return xlsx_error(std::error_code(errno, std::generic_category()).message());
  close(fd);
  std::string path(name.data());

  lxw_workbook* book = workbook_new(path.c_str());
  if (book == nullptr) {
    remove_quietly(path);
    return xlsx_error("cannot create the workbook");
  }
  // workbook_set_properties copies the strings; the casts only satisfy its
  // pre-const C signature.
  std::string author = "Siaga";
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = author.data();
  workbook_set_properties(book, &properties);
  return std::unique_ptr<XlsxBook>(new XlsxBook(std::move(path), book));
}

XlsxBook::~XlsxBook() {
  // Closing is the only way to free a workbook; the file is discarded anyway.
  if (book_ != nullptr) workbook_close(book_);
  remove_quietly(path_);
}

XlsxSheet XlsxBook::add_sheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
  // libxlsxwriter gives no reason; a repeated name is the likely one.
  if (sheet == nullptr && first_error_ == LXW_NO_ERROR) {
    first_error_ = LXW_ERROR_SHEETNAME_ALREADY_USED;
  }
  return XlsxSheet(sheet, &first_error_);
}

lxw_format* XlsxBook::add_format() {
  return workbook_add_format(book_);
}

Result<std::string> XlsxBook::finish() {
  if (book_ == nullptr) return xlsx_error("already finished");
  const lxw_error closed = workbook_close(book_);
  book_ = nullptr;
  if (first_error_ != LXW_NO_ERROR) {
    return xlsx_error(lxw_strerror(static_cast<lxw_error>(first_error_)));
  }
  if (closed != LXW_NO_ERROR) return xlsx_error(lxw_strerror(closed));

  std::ifstream in(path_, std::ios::binary);
  if (!in.is_open()) return xlsx_error("cannot read the temporary file back");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return xlsx_error("cannot read the temporary file back");
  remove_quietly(path_);
  return bytes;
}

}  // namespace siaga::report

#pragma once
// A libxlsxwriter workbook whose bytes come back in memory. libxlsxwriter
// 1.1.4 can only write to a named file, so the book lives in a private
// temporary file that is read back and removed when it is finished (or
// abandoned). Sheets remember the first write error, so that building a sheet
// stays a plain sequence of writes and the failure surfaces once, at finish.

#include <memory>
#include <string>
#include <string_view>

#include "domain/result.hpp"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace siaga::report {

class XlsxSheet {
 public:
  XlsxSheet(lxw_worksheet* sheet, int* first_error) : sheet_(sheet), first_error_(first_error) {}
  lxw_worksheet* get() const { return sheet_; }

  void text(int row, int column, std::string_view value, lxw_format* format = nullptr);
  void number(int row, int column, double value, lxw_format* format = nullptr);
  void column_width(int first, int last, double width, lxw_format* format = nullptr);
  // A filter over the block from (0, 0) to (last_row, last_column), with row
  // 0 frozen as the header.
  void header_with_filter(int last_row, int last_column);

 private:
  void note(int error);

  lxw_worksheet* sheet_;
  int* first_error_;
};

class XlsxBook {
 public:
  // A new book titled `title` (its document properties), in a temp file.
  static Result<std::unique_ptr<XlsxBook>> create(const std::string& title);
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  lxw_workbook* get() const { return book_; }
  XlsxSheet add_sheet(const std::string& name);
  lxw_format* add_format();

  // Writes the file and returns its bytes; the book is unusable afterwards.
  Result<std::string> finish();

 private:
  XlsxBook(std::string path, lxw_workbook* book) : path_(std::move(path)), book_(book) {}

  std::string path_;
  lxw_workbook* book_ = nullptr;
  int first_error_ = 0;  // lxw_error
};

}  // namespace siaga::report

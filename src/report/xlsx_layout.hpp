#pragma once
// The layout every Siaga workbook shares: a summary sheet opens with a title
// block, and list sheets carry one header row that sets the column widths.
// Kept in one place so that the two reports' sheets line up the same way.

#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "report/xlsx_book.hpp"
#include "report/xlsx_formats.hpp"

namespace siaga::report {

// A column of a list sheet: its title and its width in characters.
struct XlsxColumn {
  std::string_view title;
  double width = 0;
};

// Title in A1, English subtitle in A2, then from row 4 one "label: value"
// line per fact. Returns the row below them and one blank row, where the
// sheet's first table starts.
int write_sheet_heading(XlsxSheet& sheet, const XlsxFormats& f, std::string_view title,
                        std::string_view subtitle,
                        std::initializer_list<std::pair<std::string_view, std::string_view>> facts);

// Column titles from column 0 of `row`, each setting its column's width.
void write_column_headers(XlsxSheet& sheet, int row, std::span<const XlsxColumn> columns,
                          const XlsxFormats& f);

// Column titles from `first_column` of `row`; the widths are left alone.
void write_header_cells(XlsxSheet& sheet, int row, int first_column,
                        std::span<const std::string_view> titles, const XlsxFormats& f);

}  // namespace siaga::report

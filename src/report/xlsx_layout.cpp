#include "report/xlsx_layout.hpp"

namespace siaga::report {

int write_sheet_heading(
    XlsxSheet& sheet, const XlsxFormats& f, std::string_view title, std::string_view subtitle,
    std::initializer_list<std::pair<std::string_view, std::string_view>> facts) {
  sheet.text(0, 0, title, f.title);
  sheet.text(1, 0, subtitle, f.subtitle);
  int row = 3;
  for (const auto& [label, value] : facts) {
    sheet.text(row, 0, label, f.label);
    sheet.text(row, 1, value);
    ++row;
  }
  return row + 1;
}

void write_column_headers(XlsxSheet& sheet, int row, std::span<const XlsxColumn> columns,
                          const XlsxFormats& f) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const int column = static_cast<int>(i);
    sheet.column_width(column, column, columns[i].width);
    sheet.text(row, column, columns[i].title, f.header);
  }
}

void write_header_cells(XlsxSheet& sheet, int row, int first_column,
                        std::span<const std::string_view> titles, const XlsxFormats& f) {
  int column = first_column;
  for (const std::string_view title : titles) sheet.text(row, column++, title, f.header);
}

}  // namespace siaga::report

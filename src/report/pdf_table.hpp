#pragma once
// A ruled table drawn into a PdfDocument at its cursor: a header row with an
// English subtitle under each column title, cells that wrap, and rows that
// never split across pages; the header repeats on every page the table
// continues on.

#include <optional>
#include <string>
#include <vector>

#include "report/colour.hpp"
#include "report/pdf_document.hpp"
#include "report/text_block.hpp"

namespace siaga::report {

struct TableColumn {
  std::string title;     // Bahasa Indonesia
  std::string title_en;  // English, smaller; may be empty
  double weight = 1;     // share of the table's width
  Align align = Align::left;
};

struct TableCell {
  std::string text{};
  std::optional<Colour> swatch{};  // a dot before the text, e.g. a class colour
  bool bold = false;
};

using TableRow = std::vector<TableCell>;

struct Table {
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows{};  // missing cells are blank, extra ones ignored
  double font_size = 7.5;
  bool stripes = true;
};

void draw_table(PdfDocument& doc, const Table& table);

}  // namespace siaga::report

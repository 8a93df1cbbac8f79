#pragma once
// A table for documents with thousands of rows, such as the Lampiran of a
// Sprin. draw_table (pdf_table.hpp) lays every cell out through pango each
// time, four times over render_pdf's two passes, far too slow for a Polres
// plan of 1,000 posts; here every cell is measured once, mostly without pango
// (TextMetrics), and both passes reuse the heights.
//
// The rows come in blocks (a guard post with its TPS, officers and Linmas;
// one person). A block goes on one page when it fits on one; else it is split
// between items over as many pages as it needs, with the column header
// repeated on each.

#include <optional>
#include <string>
#include <vector>

#include "report/colour.hpp"
#include "report/pdf_document.hpp"
#include "report/text_block.hpp"
#include "report/text_metrics.hpp"

namespace siaga::report {

struct GridColumn {
  std::string title;
  std::string title_en;  // under the title, small; may be empty
  double weight = 1;     // share of the page's width
  Align align = Align::left;
};

// One text in a cell, with a coloured dot before it when `swatch` is set; a
// cell stacks them.
struct GridPiece {
  std::string text;
  TextStyle style;
  std::optional<Colour> swatch{};
  double height = 0;  // filled by measure_grid()
};

struct GridCell {
  std::vector<GridPiece> pieces;
};

// One row of a lane: a cell for each column the lane spans. With fewer cells
// than that, the last cell runs over the rest of the lane.
struct GridItem {
  std::vector<GridCell> cells;
  double height = 0;  // filled by measure_grid()
};

// Columns [first, first + span) of a block, holding items stacked downwards.
// A block split over pages splits its lanes between items; a lane with a
// `continuation` is drawn whole on the block's first page and as that item on
// the pages after.
struct GridLane {
  int first = 0;
  int span = 1;
  std::vector<GridItem> items{};
  std::optional<GridItem> continuation{};
  bool rules = true;  // lines between items
  std::optional<Colour> fill{};
};

// Lanes side by side, together covering the grid's columns; kept on one page
// when it can be.
struct GridBlock {
  std::vector<GridLane> lanes;
  std::optional<Colour> fill{};
};

struct BlockGrid {
  std::vector<GridColumn> columns;
  std::vector<GridBlock> blocks;
  std::string empty_text;  // printed instead of the table when there are no blocks
  // Filled by measure_grid():
  std::vector<double> x;
  std::vector<double> widths;
  double header_height = 0;
};

// Lays the columns over the page's width and measures every cell, once: call
// it before the first pass of render_pdf, with `metrics` on that pass's
// surface, and keep the grid for the second.
void measure_grid(PdfDocument& doc, TextMetrics& metrics, BlockGrid& grid);

// Draws the measured grid at the cursor, its header on top of every page it
// covers; `grid.empty_text` alone when it has no blocks.
void draw_grid(PdfDocument& doc, const BlockGrid& grid);

}  // namespace siaga::report

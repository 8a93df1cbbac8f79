#include "report/block_grid.hpp"

#include <algorithm>
#include <numeric>

#include "report/cairo_shapes.hpp"

namespace siaga::report {
namespace {

constexpr double kPadX = 3;
constexpr double kPadY = 2.5;
constexpr double kSwatch = 5.5;
constexpr double kSwatchGap = 3;

// The header row: each column's title over its English gloss.
const TextStyle kHeaderTitle{.size_pt = 7, .bold = true};
const TextStyle kHeaderGloss{.size_pt = 6, .italic = true, .colour = colours::kMuted};

// Where cell `c` of an item lies: over its own column, or, as the item's
// last cell when it has fewer cells than the lane has columns, over the rest
// of the lane.
struct Extent {
  double x = 0;
  double width = 0;
};

Extent cell_extent(const BlockGrid& grid, const GridLane& lane, const GridItem& item,
                   std::size_t c) {
  const auto column = static_cast<std::size_t>(lane.first) + c;
  const auto lane_end = static_cast<std::size_t>(lane.first + lane.span);
  const std::size_t end = c + 1 == item.cells.size() ? lane_end : column + 1;
  return {grid.x[column], grid.x[end - 1] + grid.widths[end - 1] - grid.x[column]};
}

void measure_item(TextMetrics& metrics, const BlockGrid& grid, const GridLane& lane,
                  GridItem& item) {
  double h = 0;
  for (std::size_t c = 0; c < item.cells.size(); ++c) {
    double ch = 0;
    for (GridPiece& p : item.cells[c].pieces) {
      const double room = cell_extent(grid, lane, item, c).width - 2 * kPadX -
                          (p.swatch ? kSwatch + kSwatchGap : 0);
      p.height = metrics.height(p.text, room, p.style);
      ch += p.height;
    }
    h = std::max(h, ch);
  }
  item.height = h + 2 * kPadY;
}

void draw_header(PdfDocument& doc, const BlockGrid& grid) {
  if (!doc.measuring()) {
    cairo_t* cr = doc.cr();
    for (std::size_t i = 0; i < grid.columns.size(); ++i) {
      const GridColumn& c = grid.columns[i];
      const double room = grid.widths[i] - 2 * kPadX;
      fill_rect(cr, grid.x[i], doc.y(), grid.widths[i], grid.header_height, colours::kHeaderFill);
      stroke_rect(cr, grid.x[i], doc.y(), grid.widths[i], grid.header_height, colours::kRule, 0.4);
      TextStyle title = kHeaderTitle;
      title.align = c.align;
      const double h = draw_text(cr, c.title, grid.x[i] + kPadX, doc.y() + kPadY, room, title);
      if (!c.title_en.empty()) {
        TextStyle en = kHeaderGloss;
        en.align = c.align;
        draw_text(cr, c.title_en, grid.x[i] + kPadX, doc.y() + kPadY + h, room, en);
      }
    }
  }
  doc.advance(grid.header_height);
}

void draw_item(PdfDocument& doc, const BlockGrid& grid, const GridLane& lane, const GridItem& item,
               double y) {
  cairo_t* cr = doc.cr();
  for (std::size_t c = 0; c < item.cells.size(); ++c) {
    const auto column = static_cast<std::size_t>(lane.first) + c;
    const Align align = grid.columns[column].align;
    double py = y + kPadY;
    for (const GridPiece& p : item.cells[c].pieces) {
      const Extent extent = cell_extent(grid, lane, item, c);
      double px = extent.x + kPadX;
      double room = extent.width - 2 * kPadX;
      if (p.swatch) {
        fill_circle(cr, px + kSwatch / 2, py + p.style.size_pt * 0.62, kSwatch / 2, *p.swatch);
        px += kSwatch + kSwatchGap;
        room -= kSwatch + kSwatchGap;
      }
      TextStyle style = p.style;
      style.align = align;
      draw_text(cr, p.text, px, py, room, style);
      py += p.height;
    }
  }
}

struct Cut {
  std::size_t from = 0;
  std::size_t to = 0;  // items [from, to) go on this page
  bool continuation = false;
};

// Draws the block's lanes from `next` onwards in a chunk of at most `room`
// (each lane gets at least one item, so that the block always moves on).
double draw_chunk(PdfDocument& doc, const BlockGrid& grid, const GridBlock& block,
                  std::vector<std::size_t>& next, bool first, double room) {
  std::vector<Cut> cuts(block.lanes.size());
  double height = 0;
  for (std::size_t l = 0; l < block.lanes.size(); ++l) {
    const GridLane& lane = block.lanes[l];
    Cut& cut = cuts[l];
    double h = 0;
    if (lane.continuation && !first) {
      cut.continuation = true;
      h = lane.continuation->height;
    } else {
      cut.from = next[l];
      cut.to = next[l];
      while (cut.to < lane.items.size() &&
             (lane.continuation || cut.to == cut.from || h + lane.items[cut.to].height <= room)) {
        h += lane.items[cut.to].height;
        ++cut.to;
      }
      next[l] = cut.to;
    }
    height = std::max(height, h);
  }
  if (!doc.measuring()) {
    cairo_t* cr = doc.cr();
    const double y0 = doc.y();
    const double x0 = grid.x.front();
    const double x1 = grid.x.back() + grid.widths.back();
    if (block.fill) fill_rect(cr, x0, y0, x1 - x0, height, *block.fill);
    for (std::size_t l = 0; l < block.lanes.size(); ++l) {
      const GridLane& lane = block.lanes[l];
      const auto first_col = static_cast<std::size_t>(lane.first);
      const auto last_col = first_col + static_cast<std::size_t>(lane.span) - 1;
      const double lx0 = grid.x[first_col];
      const double lx1 = grid.x[last_col] + grid.widths[last_col];
      if (lane.fill) fill_rect(cr, lx0, y0, lx1 - lx0, height, *lane.fill);
      if (cuts[l].continuation) {
        draw_item(doc, grid, lane, *lane.continuation, y0);
        continue;
      }
      double y = y0;
      for (std::size_t i = cuts[l].from; i < cuts[l].to; ++i) {
        draw_item(doc, grid, lane, lane.items[i], y);
        y += lane.items[i].height;
        if (lane.rules && i + 1 < cuts[l].to) stroke_line(cr, lx0, y, lx1, y, colours::kRule, 0.3);
      }
    }
    // Column rules: at each lane's left edge, and between the cells of its
    // items (none inside a cell that spans the lane).
    for (const GridLane& lane : block.lanes) {
      const auto first_col = static_cast<std::size_t>(lane.first);
      const std::size_t cells = lane.items.empty() ? 1 : lane.items.front().cells.size();
      for (std::size_t c = 0; c < cells && c < static_cast<std::size_t>(lane.span); ++c) {
        const double x = grid.x[first_col + c];
        if (first_col + c > 0) stroke_line(cr, x, y0, x, y0 + height, colours::kRule, 0.4);
      }
    }
    stroke_rect(cr, x0, y0, x1 - x0, height, colours::kRule, 0.5);
  }
  doc.advance(height);
  return height;
}

// The block's height when drawn whole, and the least it needs on a page.
double whole_height(const GridBlock& block) {
  double h = 0;
  for (const GridLane& lane : block.lanes) {
    double lh = 0;
    for (const GridItem& item : lane.items) lh += item.height;
    h = std::max(h, lh);
  }
  return h;
}

double least_height(const GridBlock& block) {
  double h = 0;
  for (const GridLane& lane : block.lanes) {
    if (lane.items.empty()) continue;
    double lh = 0;
    if (lane.continuation) {
      for (const GridItem& item : lane.items) lh += item.height;
    } else {
      lh = lane.items.front().height;
    }
    h = std::max(h, lh);
  }
  return h;
}

bool any_left(const GridBlock& block, const std::vector<std::size_t>& next) {
  for (std::size_t l = 0; l < block.lanes.size(); ++l) {
    if (!block.lanes[l].continuation && next[l] < block.lanes[l].items.size()) return true;
  }
  return false;
}

}  // namespace

void measure_grid(PdfDocument& doc, TextMetrics& metrics, BlockGrid& grid) {
  const double total =
      std::accumulate(grid.columns.begin(), grid.columns.end(), 0.0,
                      [](double sum, const GridColumn& c) { return sum + c.weight; });
  double x = doc.left();
  for (const GridColumn& c : grid.columns) {
    const double w = doc.width() * c.weight / total;
    grid.x.push_back(x);
    grid.widths.push_back(w);
    x += w;
  }
  double head = 0;
  for (std::size_t i = 0; i < grid.columns.size(); ++i) {
    const double room = grid.widths[i] - 2 * kPadX;
    double h = text_height(doc.cr(), grid.columns[i].title, room, kHeaderTitle);
    if (!grid.columns[i].title_en.empty()) {
      h += text_height(doc.cr(), grid.columns[i].title_en, room, kHeaderGloss);
    }
    head = std::max(head, h);
  }
  grid.header_height = head + 2 * kPadY;
  for (GridBlock& block : grid.blocks) {
    for (GridLane& lane : block.lanes) {
      for (GridItem& item : lane.items) measure_item(metrics, grid, lane, item);
      if (lane.continuation) measure_item(metrics, grid, lane, *lane.continuation);
    }
  }
}

void draw_grid(PdfDocument& doc, const BlockGrid& grid) {
  if (grid.blocks.empty()) {
    doc.text(grid.empty_text, TextStyle{.size_pt = 9, .colour = colours::kMuted}, 12);
    return;
  }
  const double page_room = doc.bottom() - doc.top() - grid.header_height;
  doc.ensure_space(grid.header_height + least_height(grid.blocks.front()));
  draw_header(doc, grid);
  for (const GridBlock& block : grid.blocks) {
    const double whole = whole_height(block);
    // Kept on one page when it can be; else split, starting here if the
    // first items fit.
    if (whole > doc.remaining() && (whole <= page_room || least_height(block) > doc.remaining())) {
      doc.new_page();
      draw_header(doc, grid);
    }
    std::vector<std::size_t> next(block.lanes.size(), 0);
    draw_chunk(doc, grid, block, next, true, doc.remaining());
    while (any_left(block, next)) {
      doc.new_page();
      draw_header(doc, grid);
      draw_chunk(doc, grid, block, next, false, doc.remaining());
    }
  }
  doc.advance(8);
}

}  // namespace siaga::report

#include "report/pdf_table.hpp"

#include <cairo.h>

#include <algorithm>
#include <numbers>
#include <numeric>

namespace siaga::report {
namespace {

constexpr double kPadX = 3;
constexpr double kPadY = 2.5;
constexpr double kSwatchSize = 6;
constexpr double kSwatchGap = 3;

struct Layout {
  std::vector<double> x;       // left edge of each column
  std::vector<double> widths;  // of each column
};

Layout layout_columns(const PdfDocument& doc, const Table& table) {
  const double total =
      std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                      [](double sum, const TableColumn& c) { return sum + c.weight; });
  Layout layout;
  double x = doc.left();
  for (const TableColumn& column : table.columns) {
    const double w = total > 0 ? doc.width() * column.weight / total : 0;
    layout.x.push_back(x);
    layout.widths.push_back(w);
    x += w;
  }
  return layout;
}

TextStyle cell_style(const Table& table, const TableColumn& column, const TableCell& cell) {
  return TextStyle{.size_pt = table.font_size, .bold = cell.bold, .align = column.align};
}

double text_room(const Layout& layout, std::size_t i, const TableCell& cell) {
  return layout.widths[i] - 2 * kPadX - (cell.swatch ? kSwatchSize + kSwatchGap : 0);
}

double row_height(cairo_t* cr, const Table& table, const Layout& layout, const TableRow& row) {
  double h = 0;
  for (std::size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
    const TableCell& cell = row[i];
    h = std::max(h, text_height(cr, cell.text, text_room(layout, i, cell),
                                cell_style(table, table.columns[i], cell)));
  }
  if (h == 0) h = table.font_size * 1.2;
  return h + 2 * kPadY;
}

void rule_box(cairo_t* cr, double x, double y, double w, double h, std::optional<Colour> fill) {
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_rectangle(cr, x, y, w, h);
  if (fill) {
    cairo_set_source_rgba(cr, fill->r, fill->g, fill->b, fill->a);
    cairo_fill_preserve(cr);
  }
  cairo_set_source_rgb(cr, colours::kRule.r, colours::kRule.g, colours::kRule.b);
  cairo_set_line_width(cr, 0.4);
  cairo_stroke(cr);
  cairo_restore(cr);
}

double header_height(cairo_t* cr, const Table& table, const Layout& layout) {
  double h = 0;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const TableColumn& c = table.columns[i];
    const double room = layout.widths[i] - 2 * kPadX;
    double ch = text_height(cr, c.title, room, TextStyle{.size_pt = table.font_size, .bold = true});
    if (!c.title_en.empty()) {
      ch += text_height(cr, c.title_en, room,
                        TextStyle{.size_pt = table.font_size - 1.5, .italic = true});
    }
    h = std::max(h, ch);
  }
  return h + 2 * kPadY;
}

void draw_header(PdfDocument& doc, const Table& table, const Layout& layout, double height) {
  cairo_t* cr = doc.cr();
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const TableColumn& c = table.columns[i];
    const double x = layout.x[i];
    const double room = layout.widths[i] - 2 * kPadX;
    rule_box(cr, x, doc.y(), layout.widths[i], height, colours::kHeaderFill);
    const double h =
        draw_text(cr, c.title, x + kPadX, doc.y() + kPadY, room,
                  TextStyle{.size_pt = table.font_size, .bold = true, .align = c.align});
    if (!c.title_en.empty()) {
      draw_text(cr, c.title_en, x + kPadX, doc.y() + kPadY + h, room,
                TextStyle{.size_pt = table.font_size - 1.5,
                          .italic = true,
                          .colour = colours::kMuted,
                          .align = c.align});
    }
  }
  doc.advance(height);
}

void draw_row(PdfDocument& doc, const Table& table, const Layout& layout, const TableRow& row,
              double height, bool striped) {
  cairo_t* cr = doc.cr();
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const double x = layout.x[i];
    rule_box(cr, x, doc.y(), layout.widths[i], height,
             striped ? std::optional<Colour>(colours::kStripeFill) : std::nullopt);
    if (i >= row.size()) continue;
    const TableCell& cell = row[i];
    double text_x = x + kPadX;
    if (cell.swatch) {
      const double cy = doc.y() + kPadY + table.font_size * 0.65;
      cairo_save(cr);
      cairo_new_path(cr);
      cairo_arc(cr, text_x + kSwatchSize / 2, cy, kSwatchSize / 2, 0, 2 * std::numbers::pi);
      cairo_set_source_rgba(cr, cell.swatch->r, cell.swatch->g, cell.swatch->b, cell.swatch->a);
      cairo_fill(cr);
      cairo_restore(cr);
      text_x += kSwatchSize + kSwatchGap;
    }
    draw_text(cr, cell.text, text_x, doc.y() + kPadY, text_room(layout, i, cell),
              cell_style(table, table.columns[i], cell));
  }
  doc.advance(height);
}

}  // namespace

void draw_table(PdfDocument& doc, const Table& table) {
  if (table.columns.empty()) return;
  cairo_t* cr = doc.cr();
  const Layout layout = layout_columns(doc, table);
  const double head = header_height(cr, table, layout);

  // The header never stands alone at the foot of a page.
  const double first = table.rows.empty() ? 0 : row_height(cr, table, layout, table.rows.front());
  doc.ensure_space(head + first);
  draw_header(doc, table, layout, head);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const double h = row_height(cr, table, layout, table.rows[r]);
    if (doc.ensure_space(h)) draw_header(doc, table, layout, head);
    draw_row(doc, table, layout, table.rows[r], h, table.stripes && r % 2 == 1);
  }
}

}  // namespace siaga::report

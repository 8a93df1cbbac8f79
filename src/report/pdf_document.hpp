#pragma once
// An A4 portrait PDF drawn top to bottom with a cursor: callers ask for room
// and get a new page when the current one is full; every page carries a footer
// with the document's name and "Halaman n dari N". The bytes are collected in
// memory; nothing touches the file system.

#include <functional>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "report/cairo_fwd.hpp"
#include "report/text_block.hpp"

namespace siaga::report {

class PdfDocument {
 public:
  static constexpr double kPageWidth = 595.276;  // A4, points
  static constexpr double kPageHeight = 841.89;
  static constexpr double kMargin = 42;  // about 15 mm
  static constexpr double kFooterHeight = 18;

  // `total_pages` 0 marks the counting pass of render_pdf: "dari N" is left
  // out of the footer and measuring() is true.
  PdfDocument(std::string title, std::string footer, int total_pages);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  cairo_t* cr() const { return cr_; }
  double left() const { return kMargin; }
  double width() const { return kPageWidth - 2 * kMargin; }
  double top() const { return kMargin; }
  double bottom() const { return kPageHeight - kMargin - kFooterHeight; }
  double y() const { return y_; }
  void advance(double dy) { y_ += dy; }
  double remaining() const { return bottom() - y_; }
  int page() const { return page_; }
  // True in the pass that only counts pages: drawing that does not move the
  // cursor (a map with thousands of shapes) may be skipped.
  bool measuring() const { return total_pages_ == 0; }

  // Moves to a new page unless `height` still fits below the cursor (or the
  // page is still empty, where moving on would not help). True when it moved.
  bool ensure_space(double height);
  void new_page();

  // Text across the full width at the cursor; the cursor moves below it.
  void text(std::string_view text, const TextStyle& style, double space_after = 0);

  // Ends the last page and returns the PDF; errors carry cairo's reason.
  Result<std::string> finish();

 private:
  void draw_footer();

  std::string bytes_;
  std::string footer_;
  int total_pages_ = 0;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  double y_ = kMargin;
  int page_ = 1;
  bool finished_ = false;
};

// Draws the document twice: once to count its pages, then for real with
// "Halaman n dari N" in every footer. `draw` must be deterministic.
Result<std::string> render_pdf(const std::string& title, const std::string& footer,
                               const std::function<Status(PdfDocument&)>& draw);

}  // namespace siaga::report

#include "report/pdf_document.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>

#include <new>

namespace siaga::report {
namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (const std::bad_alloc&) {
    // Exceptions must not cross cairo's C frames.
    return CAIRO_STATUS_NO_MEMORY;
  }
}

Error cairo_error(cairo_status_t status) {
  const char* reason = cairo_status_to_string(status);
  return make_error(ErrorCode::internal, fmt::format("Gagal membuat PDF: {}", reason),
                    fmt::format("Could not render the PDF: {}", reason));
}

}  // namespace

PdfDocument::PdfDocument(std::string title, std::string footer, int total_pages)
    : footer_(std::move(footer)), total_pages_(total_pages) {
  // cairo reports failures through the objects' status, never by null.
  surface_ = cairo_pdf_surface_create_for_stream(append_bytes, &bytes_, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Siaga");
  cr_ = cairo_create(surface_);
}

PdfDocument::~PdfDocument() {
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

bool PdfDocument::ensure_space(double height) {
  if (y_ + height <= bottom() || y_ <= top()) return false;
  new_page();
  return true;
}

void PdfDocument::new_page() {
  draw_footer();
  cairo_show_page(cr_);
  ++page_;
  y_ = top();
}

void PdfDocument::text(std::string_view text, const TextStyle& style, double space_after) {
  y_ += draw_text(cr_, text, left(), y_, width(), style) + space_after;
}

void PdfDocument::draw_footer() {
  const double y = kPageHeight - kMargin - kFooterHeight + 6;
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, colours::kRule.r, colours::kRule.g, colours::kRule.b);
  cairo_set_line_width(cr_, 0.5);
  cairo_move_to(cr_, left(), y);
  cairo_line_to(cr_, left() + width(), y);
  cairo_stroke(cr_);
  cairo_restore(cr_);

  const TextStyle style{.size_pt = 6.5, .colour = colours::kMuted};
  const std::string page = total_pages_ > 0 ? fmt::format("Halaman {} dari {} / Page {} of {}",
                                                          page_, total_pages_, page_, total_pages_)
                                            : fmt::format("Halaman {} / Page {}", page_, page_);
  const double page_w = text_width(cr_, page, style) + 1;
  draw_text(cr_, footer_, left(), y + 3, width() - page_w - 12, style);
  draw_text(cr_, page, left() + width() - page_w, y + 3, page_w, style);
}

Result<std::string> PdfDocument::finish() {
  if (!finished_) {
    finished_ = true;
    draw_footer();
    cairo_show_page(cr_);
    if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS) return cairo_error(cairo_status(cr_));
    cairo_surface_finish(surface_);
  }
  if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
    return cairo_error(cairo_surface_status(surface_));
  }
  return std::move(bytes_);
}

Result<std::string> render_pdf(const std::string& title, const std::string& footer,
                               const std::function<Status(PdfDocument&)>& draw) {
  int pages = 0;
  {
    PdfDocument counting(title, footer, 0);
    SIAGA_TRY(draw(counting));
    pages = counting.page();
    SIAGA_TRY(counting.finish());
  }
  PdfDocument document(title, footer, pages);
  SIAGA_TRY(draw(document));
  return document.finish();
}

}  // namespace siaga::report

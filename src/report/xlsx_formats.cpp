#include "report/xlsx_formats.hpp"

#include <xlsxwriter.h>

namespace siaga::report {

std::uint32_t xlsx_colour(Colour c) {
  auto byte = [](double v) { return static_cast<lxw_color_t>(v * 255 + 0.5); };
  return (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
}

XlsxFormats make_xlsx_formats(XlsxBook& book) {
  XlsxFormats f;
  f.title = book.add_format();
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.subtitle = book.add_format();
  format_set_italic(f.subtitle);
  format_set_font_color(f.subtitle, xlsx_colour(colours::kMuted));
  f.label = book.add_format();
  format_set_bold(f.label);
  f.header = book.add_format();
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(f.header, xlsx_colour(colours::kHeaderFill));
  format_set_border(f.header, LXW_BORDER_THIN);
  f.text = book.add_format();
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.count = book.add_format();
  format_set_num_format(f.count, "0");
  f.total = book.add_format();
  format_set_num_format(f.total, "0");
  format_set_bold(f.total);
  f.share = book.add_format();
  format_set_num_format(f.share, "0.0%");
  return f;
}

}  // namespace siaga::report

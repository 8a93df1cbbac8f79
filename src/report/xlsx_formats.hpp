#pragma once
// The cell formats every Siaga workbook starts from, so that the readiness
// recap and the Peta Kerawanan look alike when staff open them side by side.
// A report adds its own (class colours, alarms) after these.

#include <cstdint>

#include "report/colour.hpp"
#include "report/xlsx_book.hpp"

namespace siaga::report {

struct XlsxFormats {
  lxw_format* title = nullptr;     // the sheet's title, large and bold
  lxw_format* subtitle = nullptr;  // its English gloss, muted italic
  lxw_format* label = nullptr;     // bold text
  lxw_format* header = nullptr;    // shaded, ruled, wrapping column titles
  lxw_format* text = nullptr;
  lxw_format* count = nullptr;
  lxw_format* total = nullptr;  // a bold count
  lxw_format* share = nullptr;  // 0..1 shown as 12.5%

  // Totals rows are bold, other rows plain.
  lxw_format* count_or_total(bool bold) const { return bold ? total : count; }
};

// Created in a fixed order, so a report's styles come out the same each time.
XlsxFormats make_xlsx_formats(XlsxBook& book);

// A Colour as libxlsxwriter's lxw_color_t, 0xRRGGBB.
std::uint32_t xlsx_colour(Colour c);

}  // namespace siaga::report

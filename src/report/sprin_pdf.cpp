// The Sprin as a Polres files it: the order itself on the first pages (kop,
// title and number, Pertimbangan, Dasar, Diperintahkan, Untuk, the head's
// signature, Tembusan), then its Lampiran: I the guard posts with their TPS,
// officers and Linmas, II the reserve, III every officer's own assignment.
//
// A Polres plan lists thousands of TPS, so the Lampiran are drawn as block
// grids (block_grid.hpp), whose cells are measured once, not with draw_table.

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "report/block_grid.hpp"
#include "report/cairo_shapes.hpp"
#include "report/class_palette.hpp"
#include "report/pdf_document.hpp"
#include "report/pdf_sections.hpp"
#include "report/signature_block.hpp"
#include "report/sprin_report.hpp"
#include "report/text_metrics.hpp"
#include "report/utf8_text.hpp"

namespace siaga::report {
namespace {

constexpr Colour kAlarm = Colour::hex(0xc62828);  // short of people
constexpr Colour kWarn = Colour::hex(0xe65100);   // stretched post
constexpr Colour kNoteFill = Colour::hex(0xfff8e1);
constexpr Colour kNoteRule = Colour::hex(0xffb300);
constexpr Colour kPostFill = Colour::hex(0xeeeeee);
constexpr Colour kBandFill = colours::kHeaderFill;

constexpr std::string_view kBlankNumber = "Sprin/ ..................";
constexpr std::size_t kMaxWarningsInPdf = 15;

const TextStyle kBody{.size_pt = 9};
const TextStyle kBodyBold{.size_pt = 9, .bold = true};
const TextStyle kGloss{.size_pt = 6.5, .italic = true, .colour = colours::kMuted};
const TextStyle kNote{.size_pt = 6.5, .colour = colours::kMuted};

// Lampiran cells.
const TextStyle kCell{.size_pt = 7};
const TextStyle kCellBold{.size_pt = 7, .bold = true};
const TextStyle kCellSmall{.size_pt = 6.5, .colour = colours::kMuted};
const TextStyle kCellGloss{.size_pt = 6, .italic = true, .colour = colours::kMuted};
const TextStyle kCellAlarm{.size_pt = 7, .bold = true, .colour = kAlarm};
const TextStyle kCellWarn{.size_pt = 6.5, .bold = true, .colour = kWarn};

// "1 post", "3 posts".
std::string count_en(std::int64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string or_dash(std::string_view text) {
  return text.empty() ? std::string("–") : std::string(text);
}

// ---- Words the order uses --------------------------------------------------

std::string number_text(const SprinReport& report) {
  if (sprin_is_draft(report) || report.number.empty()) return std::string(kBlankNumber);
  return report.number;
}

// The stamp a draft or a superseded order carries; none once approved.
struct Stamp {
  std::string_view text;
  std::string_view gloss;
};

std::optional<Stamp> stamp_of(const SprinReport& report) {
  if (sprin_is_draft(report)) {
    return Stamp{kSprinDraftMarker, "belum disahkan / not yet approved"};
  }
  if (report.status == "superseded") {
    return Stamp{"DIGANTI / SUPERSEDED",
                 "tidak berlaku, diganti versi baru / void, replaced by a later version"};
  }
  return std::nullopt;
}

// A red box at the top of the page, opposite the kop (or the Lampiran's
// reference); returns its height.
double draw_stamp(PdfDocument& doc, const Stamp& stamp, double x, double w) {
  cairo_t* cr = doc.cr();
  const TextStyle big{.size_pt = 12, .bold = true, .colour = kAlarm, .align = Align::centre};
  const TextStyle small{.size_pt = 6.5, .colour = kAlarm, .align = Align::centre};
  constexpr double kPad = 4;
  const double h = text_height(cr, stamp.text, w - 2 * kPad, big) +
                   text_height(cr, stamp.gloss, w - 2 * kPad, small) + 2 * kPad;
  const double y = doc.top();
  stroke_rect(cr, x, y, w, h, kAlarm, 1.5);
  const double th = draw_text(cr, stamp.text, x + kPad, y + kPad, w - 2 * kPad, big);
  draw_text(cr, stamp.gloss, x + kPad, y + kPad + th, w - 2 * kPad, small);
  return h;
}

// ---- The order -------------------------------------------------------------

void draw_heading(PdfDocument& doc, const SprinReport& report) {
  if (const std::optional<Stamp> stamp = stamp_of(report)) {
    draw_stamp(doc, *stamp, doc.left() + doc.width() * 0.62, doc.width() * 0.38);
  }
  draw_document_heading(doc, {.office = kop_lines(report.parent_unit_name, report.unit_name),
                              .title = "SURAT PERINTAH",
                              .title_size_pt = 14,
                              .subtitle = "Order for the security of polling stations (TPS)",
                              .facts = {},
                              .space_after = 0});
  doc.text("Nomor: " + number_text(report), TextStyle{.size_pt = 9.5, .align = Align::centre}, 1);
  if (sprin_is_draft(report)) {
    doc.text(
        "nomor diberikan setelah rencana disahkan / the number is given when the plan is approved",
        TextStyle{
            .size_pt = 6.5, .italic = true, .colour = colours::kMuted, .align = Align::centre});
  }
  doc.advance(10);
}

struct NoteLine {
  std::string text;
  TextStyle style;
};

// Figures of the plan, shortfalls and the planner's warnings, boxed.
void draw_notes(PdfDocument& doc, const SprinReport& report) {
  int short_posts = 0;
  int linmas_short_posts = 0;
  std::int64_t linmas_missing = 0;
  int stretched = 0;
  for (const SprinPost& post : report.posts) {
    short_posts += post.officers_missing > 0;
    linmas_short_posts += post.linmas_missing > 0;
    linmas_missing += post.linmas_missing;
    stretched += post.stretched;
  }
  std::vector<NoteLine> lines;
  const TextStyle plain{.size_pt = 7.5};
  const TextStyle alarm{.size_pt = 7.5, .bold = true, .colour = kAlarm};
  const TextStyle warn{.size_pt = 7.5, .bold = true, .colour = kWarn};
  lines.push_back(
      {fmt::format("{} pos · {} TPS · {} personel Polri ditugaskan · {} Linmas · {} cadangan · "
                   "rencana versi {}",
                   report.posts.size(), report.tps_count, report.officers_assigned,
                   report.linmas_assigned, report.reserve.size(), report.version),
       TextStyle{.size_pt = 7.5, .bold = true}});
  lines.push_back(
      {fmt::format("{} · {} TPS · {} assigned · {} Linmas · {} in reserve · plan "
                   "version {}",
                   count_en(std::int64_t(report.posts.size()), "post", "posts"), report.tps_count,
                   count_en(report.officers_assigned, "police officer", "police officers"),
                   report.linmas_assigned, report.reserve.size(), report.version),
       kGloss});
  if (report.officers_missing > 0) {
    lines.push_back(
        {fmt::format("Kurang {} personel Polri pada {} pos (lihat Lampiran I). / Short of {} at {} "
                     "(see Lampiran I).",
                     report.officers_missing, short_posts,
                     count_en(report.officers_missing, "police officer", "police officers"),
                     count_en(short_posts, "post", "posts")),
         alarm});
  }
  if (linmas_missing > 0) {
    lines.push_back({fmt::format("Kurang {} Linmas pada {} pos. / Short of {} Linmas at {}.",
                                 linmas_missing, linmas_short_posts, linmas_missing,
                                 count_en(linmas_short_posts, "post", "posts")),
                     alarm});
  }
  if (stretched > 0) {
    lines.push_back({fmt::format("{} pos diregangkan (rencana darurat karena kekurangan "
                                 "personel). / {} stretched (degraded plan for lack of "
                                 "officers).",
                                 stretched, count_en(stretched, "post", "posts")),
                     warn});
  }
  const std::size_t shown = std::min(report.warnings.size(), kMaxWarningsInPdf);
  for (std::size_t i = 0; i < shown; ++i) lines.push_back({"• " + report.warnings[i], plain});
  if (shown < report.warnings.size()) {
    const std::size_t more = report.warnings.size() - shown;
    lines.push_back({fmt::format("… dan {} catatan lain: lihat lembar Ringkasan pada XLSX. / … and "
                                 "{} more: see the Ringkasan sheet of the XLSX.",
                                 more, more),
                     kNote});
  }
  if (!sprin_is_draft(report) && !report.approved_by.empty()) {
    lines.push_back(
        {fmt::format("Disahkan oleh {} pada {}. / Approved by {} on {}.", report.approved_by,
                     or_dash(report.approved_at), report.approved_by, or_dash(report.approved_at)),
         TextStyle{.size_pt = 7.5, .colour = colours::kMuted}});
  }

  cairo_t* cr = doc.cr();
  const double pad = 6;
  const double w = doc.width() - 2 * pad;
  const std::string_view title = "CATATAN RENCANA / Plan notes";
  const TextStyle title_style{.size_pt = 8, .bold = true};
  double h = text_height(cr, title, w, title_style) + 2;
  for (const NoteLine& l : lines) h += text_height(cr, l.text, w, l.style) + 1;
  h += 2 * pad;
  doc.ensure_space(h);
  const double y0 = doc.y();
  fill_rect(cr, doc.left(), y0, doc.width(), h, kNoteFill);
  stroke_rect(cr, doc.left(), y0, doc.width(), h, kNoteRule, 0.8);
  double y = y0 + pad;
  y += draw_text(cr, title, doc.left() + pad, y, w, title_style) + 2;
  for (const NoteLine& l : lines) y += draw_text(cr, l.text, doc.left() + pad, y, w, l.style) + 1;
  doc.advance(h + 12);
}

struct Clause {
  std::string id;
  std::string en;  // may be empty
};

// "Dasar : 1. ...": the label with its English gloss in the left column,
// the clauses (numbered when more than one) beside it.
void draw_labelled(PdfDocument& doc, std::string_view label, std::string_view label_en,
                   const std::vector<Clause>& clauses) {
  cairo_t* cr = doc.cr();
  constexpr double kLabelW = 84;
  constexpr double kColonW = 10;
  constexpr double kNumberW = 16;
  const bool numbered = clauses.size() > 1;
  const double x = doc.left() + kLabelW + kColonW + (numbered ? kNumberW : 0);
  const double w = doc.left() + doc.width() - x;
  const double label_h =
      text_height(cr, label, kLabelW, kBodyBold) + text_height(cr, label_en, kLabelW, kGloss);
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    const Clause& c = clauses[i];
    double h = text_height(cr, c.id, w, kBody);
    if (!c.en.empty()) h += text_height(cr, c.en, w, kGloss);
    doc.ensure_space(i == 0 ? std::max(h, label_h) : h);
    const double y = doc.y();
    if (i == 0) {
      const double lh = draw_text(cr, label, doc.left(), y, kLabelW, kBodyBold);
      draw_text(cr, label_en, doc.left(), y + lh, kLabelW, kGloss);
      draw_text(cr, ":", doc.left() + kLabelW, y, kColonW, kBody);
    }
    if (numbered) {
      draw_text(cr, fmt::format("{}.", i + 1), doc.left() + kLabelW + kColonW, y, kNumberW, kBody);
    }
    double used = draw_text(cr, c.id, x, y, w, kBody);
    if (!c.en.empty()) used += draw_text(cr, c.en, x, y + used, w, kGloss);
    doc.advance((i == 0 ? std::max(used, label_h) : used) + 3);
  }
  doc.advance(6);
}

void draw_order(PdfDocument& doc, const SprinReport& report) {
  const std::string unit = report.unit_name.empty() ? "satuan" : report.unit_name;
  const std::string election = report.election.empty() ? std::string("pemilihan") : report.election;
  const std::string day = report.voting_day.empty() ? std::string("...") : report.voting_day;
  const std::string head = sprin_head_name(report.unit_name);

  draw_labelled(
      doc, "Pertimbangan", "Considering",
      {{fmt::format("bahwa dalam rangka pengamanan pemungutan suara {} pada tanggal {} di "
                    "wilayah hukum {}, perlu dikeluarkan Surat Perintah.",
                    election, day, unit),
        "that an order is needed to secure voting day in the unit's area."}});

  std::vector<Clause> dasar;
  for (std::string& line : sprin_dasar(report)) dasar.push_back({std::move(line), ""});
  draw_labelled(doc, "Dasar", "Basis", dasar);

  doc.ensure_space(90);
  doc.text("DIPERINTAHKAN", TextStyle{.size_pt = 10.5, .bold = true, .align = Align::centre});
  doc.text(
      "Ordered",
      TextStyle{.size_pt = 7, .italic = true, .colour = colours::kMuted, .align = Align::centre},
      8);

  draw_labelled(doc, "Kepada", "To",
                {{"personel sebagaimana tersebut dalam lampiran Surat Perintah ini.",
                  "the officers named in the Lampiran of this order."}});
  draw_labelled(
      doc, "Untuk", "In order to",
      {{fmt::format("melaksanakan pengamanan TPS pada pemungutan suara {} tanggal {} di wilayah "
                    "hukum {}, pada pos dan TPS sebagaimana tercantum dalam Lampiran I, dengan "
                    "pola pengamanan sesuai kelas kerawanan TPS;",
                    election, day, unit),
        "secure the polling stations on voting day at the posts and TPS of Lampiran I, with the "
        "pattern each TPS's vulnerability class requires;"},
       {fmt::format("personel cadangan (POH) sebagaimana tercantum dalam Lampiran II bersiaga di "
                    "satuan masing-masing dan siap digerakkan atas perintah {};",
                    head),
        "reserve officers (Lampiran II) stand by at their units, ready to move on order;"},
       {"berkoordinasi dengan TNI, Linmas dan KPPS di TPS, serta melaporkan perkembangan situasi "
        "secara berjenjang kepada Kapolsek setempat;",
        "work with the TNI, Linmas and the KPPS at each TPS, and report up the chain to the local "
        "Kapolsek;"},
       {"melaksanakan perintah ini dengan saksama dan penuh rasa tanggung jawab.",
        "carry out this order carefully and with full responsibility."}});
  doc.text("Selesai.", kBody, 2);
}

void draw_tembusan(PdfDocument& doc, const SprinReport& report) {
  const std::vector<std::string> lines = sprin_tembusan(report);
  if (lines.empty()) return;
  const TextStyle style{.size_pt = 8};
  cairo_t* cr = doc.cr();
  doc.ensure_space(40);
  doc.advance(8);
  doc.text("Tembusan:", TextStyle{.size_pt = 8, .bold = true});
  doc.text("Copies to", kGloss, 2);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double h = text_height(cr, lines[i], doc.width() * 0.6 - 14, style);
    doc.ensure_space(h);
    draw_text(cr, fmt::format("{}.", i + 1), doc.left(), doc.y(), 14, style);
    doc.advance(draw_text(cr, lines[i], doc.left() + 14, doc.y(), doc.width() * 0.6 - 14, style));
  }
}

// ---- Lampiran I: the posts --------------------------------------------------

GridItem one_cell(std::vector<GridPiece> pieces) {
  GridItem item;
  item.cells.push_back(GridCell{std::move(pieces)});
  return item;
}

std::string person_line(const SprinPerson& p) {
  std::string text = p.rank.empty() ? p.name : p.rank + " " + p.name;
  return text.empty() ? std::string("–") : text;
}

std::string person_detail(const SprinPerson& p) {
  std::string text = "NRP " + or_dash(p.nrp);
  if (!p.unit.empty()) text += " · " + p.unit;
  return text;
}

std::string linmas_missing_text(int n) {
  return fmt::format("Kurang {} Linmas", n);
}

GridBlock post_block(const SprinPost& post) {
  GridBlock block;
  const bool per_tps = sprin_linmas_by_tps(post);

  GridLane info{.first = 0, .span = 1, .rules = false, .fill = kPostFill};
  std::vector<GridPiece> pieces{
      {fmt::format("Pos {}", post.number), TextStyle{.size_pt = 8.5, .bold = true}},
      {or_dash(post.sector), kCellSmall},
      {sprin_class_label(post.tps_class), kCellSmall, class_colour(post.tps_class)},
      {"Pola " + or_dash(post.pattern), kCellSmall},
  };
  if (post.stretched) {
    pieces.push_back({"DIREGANGKAN", kCellWarn});
    pieces.push_back({"stretched", kCellGloss});
  }
  info.items.push_back(one_cell(std::move(pieces)));
  info.continuation = one_cell({{fmt::format("Pos {}", post.number), kCellBold},
                                {"lanjutan", kCellSmall},
                                {"continued", kCellGloss}});
  block.lanes.push_back(std::move(info));

  GridLane tps{.first = 1, .span = per_tps ? 3 : 2};
  for (std::size_t i = 0; i < post.tps.size(); ++i) {
    const SprinTps& t = post.tps[i];
    GridItem item;
    item.cells.push_back(
        GridCell{{{"TPS " + or_dash(t.number), kCellBold, class_colour(t.tps_class)},
                  {or_dash(t.code), kCellSmall}}});
    GridCell where{{{or_dash(t.desa), kCell}}};
    if (!t.address.empty()) where.pieces.push_back({t.address, kCellSmall});
    item.cells.push_back(std::move(where));
    if (per_tps) {
      std::string names;
      for (const SprinLinmas& l : post.linmas) {
        if (l.tps != t.code) continue;
        if (!names.empty()) names += '\n';
        names += l.name;
      }
      GridCell linmas{{{names.empty() ? std::string("–") : names, kCell}}};
      if (i + 1 == post.tps.size() && post.linmas_missing > 0) {
        linmas.pieces.push_back({linmas_missing_text(post.linmas_missing), kCellAlarm});
      }
      item.cells.push_back(std::move(linmas));
    }
    tps.items.push_back(std::move(item));
  }
  block.lanes.push_back(std::move(tps));

  if (!per_tps) {
    GridLane linmas{.first = 3, .span = 1, .rules = false};
    // A few names to an item: compact, and still free to split over pages.
    constexpr std::size_t kNamesPerItem = 4;
    for (std::size_t i = 0; i < post.linmas.size(); i += kNamesPerItem) {
      std::string names;
      for (std::size_t k = i; k < std::min(i + kNamesPerItem, post.linmas.size()); ++k) {
        if (!names.empty()) names += '\n';
        names += or_dash(post.linmas[k].name);
      }
      linmas.items.push_back(one_cell({{std::move(names), kCell}}));
    }
    if (post.linmas_missing > 0) {
      linmas.items.push_back(one_cell({{linmas_missing_text(post.linmas_missing), kCellAlarm}}));
    }
    if (linmas.items.empty()) linmas.items.push_back(one_cell({{"–", kCell}}));
    block.lanes.push_back(std::move(linmas));
  }

  GridLane people{.first = 4, .span = 1, .rules = false};
  for (std::size_t i = 0; i < post.officers.size(); ++i) {
    const SprinPerson& p = post.officers[i];
    people.items.push_back(one_cell(
        {{fmt::format("{}. {}", i + 1, person_line(p)), kCell}, {person_detail(p), kCellSmall}}));
  }
  if (post.officers_missing > 0) {
    people.items.push_back(one_cell(
        {{fmt::format("KURANG {} personel Polri", post.officers_missing), kCellAlarm},
         {"short of " + count_en(post.officers_missing, "police officer", "police officers"),
          TextStyle{.size_pt = 6, .italic = true, .colour = kAlarm}}}));
  }
  if (!post.tni.empty()) {
    people.items.push_back(one_cell({{"TNI", kCellBold}}));
    for (const SprinPerson& p : post.tni) {
      people.items.push_back(one_cell({{person_line(p), kCell}, {person_detail(p), kCellSmall}}));
    }
  }
  if (people.items.empty()) people.items.push_back(one_cell({{"–", kCell}}));
  block.lanes.push_back(std::move(people));
  return block;
}

BlockGrid posts_grid(const SprinReport& report) {
  BlockGrid grid;
  grid.columns = {
      {"Pos", "Post", 1.15, Align::left},
      {"TPS", "Polling station", 1.45, Align::left},
      {"Desa / alamat", "Village / address", 1.8, Align::left},
      {"Linmas", "Community guards", 1.45, Align::left},
      {"Personel Polri / TNI", "Police / military officers", 2.6, Align::left},
  };
  grid.empty_text = "Tidak ada pos pengamanan dalam rencana ini. / The plan has no guard posts.";
  for (const SprinPost& post : report.posts) grid.blocks.push_back(post_block(post));
  return grid;
}

// ---- Lampiran II and III: one row per person ---------------------------------

GridBlock row_block(std::vector<std::vector<GridPiece>> cells, bool striped) {
  GridLane lane{.first = 0, .span = static_cast<int>(cells.size())};
  GridItem item;
  for (std::vector<GridPiece>& pieces : cells) item.cells.push_back(GridCell{std::move(pieces)});
  lane.items.push_back(std::move(item));
  GridBlock block;
  block.lanes.push_back(std::move(lane));
  if (striped) block.fill = colours::kStripeFill;
  return block;
}

GridBlock band_block(std::string text, int span) {
  GridLane lane{.first = 0, .span = span, .fill = kBandFill};
  GridItem item;
  item.cells.push_back(GridCell{{{std::move(text), kCellBold}}});  // across the lane
  lane.items.push_back(std::move(item));
  GridBlock block;
  block.lanes.push_back(std::move(lane));
  return block;
}

BlockGrid reserve_grid(const SprinReport& report) {
  BlockGrid grid;
  grid.columns = {
      {"No", "", 0.45, Align::right},        {"Nama", "Name", 2.6, Align::left},
      {"Pangkat", "Rank", 1.0, Align::left}, {"NRP", "", 1.1, Align::left},
      {"Satuan", "Unit", 2.2, Align::left},
  };
  grid.empty_text = "Tidak ada personel cadangan. / No officers in reserve.";
  const int span = static_cast<int>(grid.columns.size());
  // Grouped by home unit, as the reserve stands by at its units.
  std::size_t i = 0;
  while (i < report.reserve.size()) {
    const std::string& unit = report.reserve[i].unit;
    std::size_t end = i;
    while (end < report.reserve.size() && report.reserve[end].unit == unit) ++end;
    grid.blocks.push_back(
        band_block(fmt::format("{} ({} personel)", or_dash(unit), end - i), span));
    for (std::size_t k = i; k < end; ++k) {
      const SprinPerson& p = report.reserve[k];
      grid.blocks.push_back(row_block({{{std::to_string(k + 1), kCell}},
                                       {{or_dash(p.name), kCell}},
                                       {{or_dash(p.rank), kCell}},
                                       {{or_dash(p.nrp), kCell}},
                                       {{or_dash(p.unit), kCell}}},
                                      (k - i) % 2 == 1));
    }
    i = end;
  }
  return grid;
}

BlockGrid assignments_grid(const SprinReport& report) {
  BlockGrid grid;
  grid.columns = {
      {"No", "", 0.5, Align::right},
      {"Nama", "Name", 2.1, Align::left},
      {"Pangkat", "Rank", 0.85, Align::left},
      {"NRP", "", 0.95, Align::left},
      {"Satuan", "Unit", 1.6, Align::left},
      {"Pos", "Post", 0.75, Align::left},
      {"TPS pertama", "First TPS", 1.45, Align::left},
      {"Desa", "Village", 1.25, Align::left},
  };
  grid.empty_text = "Tidak ada personel dalam rencana ini. / No officers in this plan.";
  for (std::size_t k = 0; k < report.assignments.size(); ++k) {
    const SprinAssignment& a = report.assignments[k];
    const bool reserve = a.post <= 0;
    grid.blocks.push_back(
        row_block({{{std::to_string(k + 1), kCell}},
                   {{or_dash(a.person.name), kCell}},
                   {{or_dash(a.person.rank), kCell}},
                   {{or_dash(a.person.nrp), kCell}},
                   {{or_dash(a.person.unit), kCell}},
                   {{reserve ? std::string("Cadangan") : std::to_string(a.post),
                     reserve ? TextStyle{.size_pt = 7, .italic = true, .colour = colours::kMuted}
                             : kCellBold}},
                   {{reserve ? std::string("–") : or_dash(a.first_tps), kCell}},
                   {{reserve ? std::string("–") : or_dash(a.desa), kCell}}},
                  k % 2 == 1));
  }
  return grid;
}

// ---- Lampiran heading ------------------------------------------------------

struct Lampiran {
  std::string_view numeral;  // "I"
  std::string_view title;
  std::string_view title_en;
  std::string_view note;  // may be empty
  BlockGrid grid;
};

void draw_lampiran(PdfDocument& doc, const SprinReport& report, const Lampiran& lampiran) {
  doc.new_page();
  cairo_t* cr = doc.cr();
  double stamp_h = 0;
  if (const std::optional<Stamp> stamp = stamp_of(report)) {
    stamp_h = draw_stamp(doc, *stamp, doc.left(), doc.width() * 0.38);
  }
  // The Lampiran's reference, top right, as the Naskah Dinas places it.
  const double x = doc.left() + doc.width() * 0.52;
  const double w = doc.width() * 0.48;
  const TextStyle ref{.size_pt = 8};
  double y = doc.top();
  y += draw_text(cr,
                 fmt::format("LAMPIRAN {} SURAT PERINTAH {}", lampiran.numeral,
                             upper_ascii(sprin_head_name(report.unit_name))),
                 x, y, w, TextStyle{.size_pt = 8, .bold = true});
  for (const auto& [label, value] :
       {std::pair<std::string_view, std::string>{"NOMOR", number_text(report)},
        std::pair<std::string_view, std::string>{"TANGGAL", ".................."}}) {
    draw_text(cr, label, x, y, 50, ref);
    y += draw_text(cr, ": " + value, x + 50, y, w - 50, ref);
  }
  draw_rule(cr, x, x + w, y + 2, 0.6);
  doc.advance(std::max(y + 2, doc.top() + stamp_h) - doc.y() + 14);

  doc.text(lampiran.title, TextStyle{.size_pt = 11, .bold = true, .align = Align::centre});
  doc.text(
      lampiran.title_en,
      TextStyle{.size_pt = 8, .italic = true, .colour = colours::kMuted, .align = Align::centre},
      lampiran.note.empty() ? 8 : 4);
  if (!lampiran.note.empty()) doc.text(lampiran.note, kNote, 8);
  draw_grid(doc, lampiran.grid);
  draw_signature_block(doc, report.unit_name);
}

struct Measured {
  bool done = false;
  Lampiran posts;
  Lampiran reserve;
  Lampiran assignments;
};

Status draw_sprin(PdfDocument& doc, const SprinReport& report, Measured& m) {
  if (!m.done) {
    // Once, on the counting pass's surface: both passes lay out the same cells.
    TextMetrics metrics(doc.cr());
    m.posts = {"I", "DAFTAR POS PENGAMANAN TPS",
               "Guard posts: polling stations, officers and Linmas",
               "Pola P-T-L: P personel Polri mengamankan T TPS, dengan L Linmas per TPS. "
               "DIREGANGKAN: pos digabung dalam rencana darurat karena kekurangan personel. / "
               "Pattern P-T-L: P police officers guard T polling stations, with L Linmas at each. "
               "Stretched: posts merged in the degraded plan for lack of officers.",
               posts_grid(report)};
    m.reserve = {"II", "DAFTAR PERSONEL CADANGAN (POH)", "Reserve officers, by home unit", "",
                 reserve_grid(report)};
    m.assignments = {"III", "DAFTAR PENUGASAN PER PERSONEL", "Each officer's own assignment",
                     "Pos 'Cadangan': personel cadangan (Lampiran II). / Post 'Cadangan': in "
                     "reserve (Lampiran II).",
                     assignments_grid(report)};
    measure_grid(doc, metrics, m.posts.grid);
    measure_grid(doc, metrics, m.reserve.grid);
    measure_grid(doc, metrics, m.assignments.grid);
    m.done = true;
  }
  draw_heading(doc, report);
  draw_notes(doc, report);
  draw_order(doc, report);
  draw_signature_block(doc, report.unit_name);
  draw_tembusan(doc, report);
  draw_lampiran(doc, report, m.posts);
  draw_lampiran(doc, report, m.reserve);
  draw_lampiran(doc, report, m.assignments);
  return ok_status();
}

}  // namespace

Result<std::string> render_sprin_pdf(const SprinReport& report) {
  const std::string title = report.unit_name.empty()
                                ? std::string("Surat Perintah Pengamanan TPS")
                                : "Surat Perintah Pengamanan TPS — " + report.unit_name;
  std::string footer = fmt::format("Siaga · {} · versi {}", title, report.version);
  if (sprin_is_draft(report)) footer += fmt::format(" · {}", kSprinDraftMarker);
  if (!report.generated_at.empty()) footer += " · " + report.generated_at;
  Measured measured;
  return render_pdf(title, footer, [&report, &measured](PdfDocument& doc) {
    return draw_sprin(doc, report, measured);
  });
}

}  // namespace siaga::report

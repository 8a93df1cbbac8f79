// The Sprin as a workbook for the operations staff who sort, filter and hand
// out lists: the heading figures, then one sheet per list (every TPS with its
// post, every officer with their assignment, the reserve).

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "report/colour.hpp"
#include "report/sprin_report.hpp"
#include "report/xlsx_book.hpp"
#include "report/xlsx_formats.hpp"
#include "report/xlsx_layout.hpp"

namespace siaga::report {
namespace {

constexpr Colour kAlarm = Colour::hex(0xc62828);

// The shared formats and the ones the Sprin adds.
struct Formats : XlsxFormats {
  lxw_format* alarm = nullptr;        // shortfalls, the draft marker
  lxw_format* alarm_count = nullptr;  // a shortfall as a number
  lxw_format* wrap = nullptr;         // lists of names
};

Formats make_formats(XlsxBook& book) {
  Formats f{make_xlsx_formats(book)};
  f.alarm = book.add_format();
  format_set_bold(f.alarm);
  format_set_font_color(f.alarm, xlsx_colour(kAlarm));
  format_set_align(f.alarm, LXW_ALIGN_VERTICAL_TOP);
  f.alarm_count = book.add_format();
  format_set_bold(f.alarm_count);
  format_set_num_format(f.alarm_count, "0");
  format_set_font_color(f.alarm_count, xlsx_colour(kAlarm));
  f.wrap = book.add_format();
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

std::string status_label(const SprinReport& report) {
  if (sprin_is_draft(report)) return "Konsep / Draft";
  if (report.status == "superseded") return "Tidak berlaku, diganti / Superseded";
  return "Disahkan / Approved";
}

// "Name (Rank, NRP); Name (Rank, NRP)".
std::string people_list(const std::vector<SprinPerson>& people) {
  std::string text;
  for (const SprinPerson& p : people) {
    if (!text.empty()) text += "; ";
    text += p.name + " (" + (p.rank.empty() ? "-" : p.rank) + ", " + (p.nrp.empty() ? "-" : p.nrp) +
            ")";
  }
  return text;
}

// Linmas names of the post, or only those at `tps` when given.
std::string linmas_list(const SprinPost& post, const std::string* tps) {
  std::string text;
  for (const SprinLinmas& l : post.linmas) {
    if (tps != nullptr && l.tps != *tps) continue;
    if (!text.empty()) text += "; ";
    text += l.name;
  }
  return text;
}

void write_summary(XlsxSheet& sheet, const SprinReport& report, const Formats& f) {
  sheet.column_width(0, 0, 40);
  sheet.column_width(1, 1, 44);
  const bool draft = sprin_is_draft(report);
  const std::string number =
      draft ? "(diberikan setelah disahkan / given on approval)" : report.number;
  const std::string status = status_label(report);
  const std::string version = std::to_string(report.version);
  int row = write_sheet_heading(sheet, f, "SURAT PERINTAH PENGAMANAN TPS",
                                "Order for the security of polling stations (TPS)",
                                {{"Satuan / Unit", report.unit_name},
                                 {"Nomor / Number", number},
                                 {"Status", status},
                                 {"Versi rencana / Plan version", version},
                                 {"Pemilihan / Election", report.election},
                                 {"Pemungutan suara / Voting day", report.voting_day},
                                 {"Disahkan oleh / Approved by", report.approved_by},
                                 {"Disahkan pada / Approved at", report.approved_at},
                                 {"Dibuat / Generated", report.generated_at}});
  if (draft) sheet.text(0, 1, kSprinDraftMarker, f.alarm);

  int short_posts = 0;
  std::int64_t linmas_missing = 0;
  int stretched = 0;
  for (const SprinPost& post : report.posts) {
    short_posts += post.officers_missing > 0;
    linmas_missing += post.linmas_missing;
    stretched += post.stretched;
  }
  static constexpr std::array<std::string_view, 2> kColumns{"Uraian / Item", "Jumlah / Count"};
  write_header_cells(sheet, row, 0, kColumns, f);
  struct Figure {
    std::string_view label;
    double value;
    bool alarm;
  };
  const std::array<Figure, 9> figures{{
      {"Pos pengamanan / Guard posts", double(report.posts.size()), false},
      {"TPS", double(report.tps_count), false},
      {"Personel Polri ditugaskan / Police officers assigned", double(report.officers_assigned),
       false},
      {"Kekurangan personel Polri / Police officers missing", double(report.officers_missing),
       report.officers_missing > 0},
      {"Pos kurang personel / Posts short of officers", double(short_posts), short_posts > 0},
      {"Linmas ditugaskan / Linmas assigned", double(report.linmas_assigned), false},
      {"Kekurangan Linmas / Linmas missing", double(linmas_missing), linmas_missing > 0},
      {"Pos diregangkan / Posts stretched", double(stretched), stretched > 0},
      {"Personel cadangan / Officers in reserve", double(report.reserve.size()), false},
  }};
  for (const Figure& figure : figures) {
    ++row;
    sheet.text(row, 0, figure.label, f.text);
    sheet.number(row, 1, figure.value, figure.alarm ? f.alarm_count : f.count);
  }
  if (report.warnings.empty()) return;
  row += 2;
  sheet.text(row, 0, "Catatan rencana / Plan warnings", f.label);
  for (const std::string& warning : report.warnings) sheet.text(++row, 0, warning, f.text);
}

void write_posts(XlsxSheet& sheet, const SprinReport& report, const Formats& f) {
  static constexpr std::array<XlsxColumn, 16> kColumns{{
      {"Pos", 6},
      {"Sektor", 22},
      {"Kelas pos", 13},
      {"Pola (P-T-L)", 11},
      {"Diregangkan", 11},
      {"Kode TPS", 20},
      {"No TPS", 7},
      {"Kelas TPS", 13},
      {"Desa", 20},
      {"Kecamatan", 18},
      {"Alamat", 32},
      {"Personel Polri", 60},
      {"TNI", 36},
      {"Linmas", 40},
      {"Kurang Polri (per pos)", 11},
      {"Kurang Linmas (per pos)", 11},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const SprinPost& post : report.posts) {
    const std::string officers = people_list(post.officers);
    const std::string tni = people_list(post.tni);
    const bool per_tps = sprin_linmas_by_tps(post);
    const std::string all_linmas = linmas_list(post, nullptr);
    // A post with no TPS still gets its row, so that it is not lost.
    const std::size_t rows = std::max<std::size_t>(post.tps.size(), 1);
    for (std::size_t i = 0; i < rows; ++i) {
      ++row;
      sheet.number(row, 0, post.number, f.count);
      sheet.text(row, 1, post.sector, f.text);
      sheet.text(row, 2, sprin_class_label(post.tps_class), f.text);
      sheet.text(row, 3, post.pattern, f.text);
      if (post.stretched) sheet.text(row, 4, "Ya", f.alarm);
      if (i < post.tps.size()) {
        const SprinTps& t = post.tps[i];
        sheet.text(row, 5, t.code, f.text);
        sheet.text(row, 6, t.number, f.text);
        sheet.text(row, 7, sprin_class_label(t.tps_class), f.text);
        sheet.text(row, 8, t.desa, f.text);
        sheet.text(row, 9, t.kecamatan, f.text);
        sheet.text(row, 10, t.address, f.text);
        sheet.text(row, 13, per_tps ? linmas_list(post, &t.code) : all_linmas, f.wrap);
      } else {
        sheet.text(row, 13, all_linmas, f.wrap);
      }
      sheet.text(row, 11, officers, f.wrap);
      sheet.text(row, 12, tni, f.wrap);
      // Shortfalls once per post, so that the column sums to the plan's.
      if (i == 0) {
        sheet.number(row, 14, post.officers_missing,
                     post.officers_missing > 0 ? f.alarm_count : f.count);
        sheet.number(row, 15, post.linmas_missing,
                     post.linmas_missing > 0 ? f.alarm_count : f.count);
      }
    }
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

void write_people(XlsxSheet& sheet, const SprinReport& report, const Formats& f) {
  static constexpr std::array<XlsxColumn, 9> kColumns{{
      {"Nama", 30},
      {"Pangkat", 12},
      {"NRP", 12},
      {"Satuan", 24},
      {"Pos", 6},
      {"Sektor pos", 22},
      {"TPS pertama", 20},
      {"Desa", 20},
      {"Keterangan", 14},
  }};
  std::map<int, const SprinPost*> posts;
  for (const SprinPost& post : report.posts) posts.emplace(post.number, &post);
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const SprinAssignment& a : report.assignments) {
    ++row;
    sheet.text(row, 0, a.person.name, f.text);
    sheet.text(row, 1, a.person.rank, f.text);
    sheet.text(row, 2, a.person.nrp, f.text);
    sheet.text(row, 3, a.person.unit, f.text);
    if (a.post > 0) {
      sheet.number(row, 4, a.post, f.count);
      const auto it = posts.find(a.post);
      if (it != posts.end()) sheet.text(row, 5, it->second->sector, f.text);
      sheet.text(row, 6, a.first_tps, f.text);
      sheet.text(row, 7, a.desa, f.text);
      sheet.text(row, 8, "Pengamanan TPS", f.text);
    } else {
      sheet.text(row, 8, "Cadangan", f.text);
    }
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

void write_reserve(XlsxSheet& sheet, const SprinReport& report, const Formats& f) {
  static constexpr std::array<XlsxColumn, 4> kColumns{{
      {"Nama", 30},
      {"Pangkat", 12},
      {"NRP", 12},
      {"Satuan", 28},
  }};
  write_column_headers(sheet, 0, kColumns, f);
  int row = 0;
  for (const SprinPerson& p : report.reserve) {
    ++row;
    sheet.text(row, 0, p.name, f.text);
    sheet.text(row, 1, p.rank, f.text);
    sheet.text(row, 2, p.nrp, f.text);
    sheet.text(row, 3, p.unit, f.text);
  }
  sheet.header_with_filter(row, static_cast<int>(kColumns.size()) - 1);
}

}  // namespace

Result<std::string> render_sprin_xlsx(const SprinReport& report) {
  const std::string title = report.unit_name.empty()
                                ? std::string("Surat Perintah Pengamanan TPS")
                                : "Surat Perintah Pengamanan TPS — " + report.unit_name;
  SIAGA_ASSIGN_OR_RETURN(std::unique_ptr<XlsxBook> book, XlsxBook::create(title));
  const Formats formats = make_formats(*book);
  XlsxSheet summary = book->add_sheet("Ringkasan");
  XlsxSheet posts = book->add_sheet("Pos");
  XlsxSheet people = book->add_sheet("Personel");
  XlsxSheet reserve = book->add_sheet("Cadangan");
  write_summary(summary, report, formats);
  write_posts(posts, report, formats);
  write_people(people, report, formats);
  write_reserve(reserve, report, formats);
  return book->finish();
}

}  // namespace siaga::report

#include "store/postgres/connection.hpp"

#include <fmt/format.h>

#include <strings.h>
#include <cstdlib>

#include <algorithm>
#include <cstring>

namespace siaga::store::postgres {

namespace {

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

bool result_ok(const PGresult* r) {
  if (!r) return false;
  const auto status = PQresultStatus(r);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

class PgStatement final : public sql::StatementImpl {
 public:
  PgStatement(Connection& conn, const std::string& name, bool savepoint, int params)
      : conn_(conn), name_(name), savepoint_(savepoint), values_(params), formats_(params, 0) {}

  void bind_int64(int index, std::int64_t value) override { set(index, std::to_string(value)); }
  void bind_double(int index, double value) override { set(index, fmt::format("{}", value)); }
  void bind_text(int index, std::string_view value) override { set(index, std::string(value)); }
  void bind_blob(int index, const void* data, std::size_t size) override {
    set(index, std::string(static_cast<const char*>(data), size));
    formats_[static_cast<std::size_t>(index - 1)] = 1;
  }
  void bind_null(int index) override {
    if (index >= 1 && static_cast<std::size_t>(index) <= values_.size()) {
      values_[static_cast<std::size_t>(index - 1)].reset();
    }
  }

  Result<bool> step() override {
    if (!result_) {
      result_.reset(conn_.exec_prepared(name_, savepoint_, values_, formats_));
      if (!result_ok(result_.get())) {
        Error e = pg_error(conn_.raw(), result_.get(), "step");
        result_.reset();
        return e;
      }
      row_ = -1;
    }
    ++row_;
    return row_ < PQntuples(result_.get());
  }

  bool is_null(int col) const override { return PQgetisnull(result_.get(), row_, col) != 0; }
  std::int64_t int64(int col) const override {
    const char* v = PQgetvalue(result_.get(), row_, col);
    if (v[0] == 't' || v[0] == 'f') return v[0] == 't';  // booleans read as 0/1
    return std::strtoll(v, nullptr, 10);
  }
  double real(int col) const override {
    return std::strtod(PQgetvalue(result_.get(), row_, col), nullptr);
  }
  std::string text(int col) const override {
    return std::string(PQgetvalue(result_.get(), row_, col),
                       static_cast<std::size_t>(PQgetlength(result_.get(), row_, col)));
  }
  std::vector<unsigned char> blob(int col) const override {
    // bytea in text format: "\x" then two hex digits a byte.
    const char* v = PQgetvalue(result_.get(), row_, col);
    const auto n = static_cast<std::size_t>(PQgetlength(result_.get(), row_, col));
    std::vector<unsigned char> out;
    if (n < 2 || v[0] != '\\' || v[1] != 'x') return out;
    out.reserve((n - 2) / 2);
    for (std::size_t i = 2; i + 1 < n; i += 2) {
      out.push_back(static_cast<unsigned char>(hex_value(v[i]) * 16 + hex_value(v[i + 1])));
    }
    return out;
  }

 private:
  void set(int index, std::string value) {
    if (index < 1) return;
    if (static_cast<std::size_t>(index) > values_.size()) {
      values_.resize(static_cast<std::size_t>(index));
      formats_.resize(static_cast<std::size_t>(index), 0);
    }
    values_[static_cast<std::size_t>(index - 1)] = std::move(value);
  }

  Connection& conn_;
  std::string name_;
  bool savepoint_;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> formats_;
  ResultPtr result_;
  int row_ = -1;
};

}  // namespace

std::string to_dollar_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 0;
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c != '?') {
      out += c;
      continue;
    }
    std::size_t j = i + 1;
    while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') ++j;
    if (j > i + 1) {
      // As in SQLite: a later bare '?' takes the number after the largest so far.
      const int n = std::stoi(std::string(sql.substr(i + 1, j - i - 1)));
      next = std::max(next, n);
      out += '$';
      out.append(sql.substr(i + 1, j - i - 1));
      i = j - 1;
    } else {
      out += '$' + std::to_string(++next);
    }
  }
  return out;
}

Error pg_error(PGconn* conn, const PGresult* result, std::string_view context) {
  std::string detail = result ? PQresultErrorMessage(result) : "";
  if (detail.empty() && conn) detail = PQerrorMessage(conn);
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state ? state : "";
  if (sqlstate == "23505") {
    return make_error(ErrorCode::conflict, fmt::format("data sudah ada ({})", detail),
                      fmt::format("already exists ({})", detail));
  }
  if (sqlstate == "23503") {
    return make_error(ErrorCode::invalid_input, "rujukan ke data yang tidak ada (kunci asing)",
                      "reference to a record that does not exist (foreign key)");
  }
  if (sqlstate.starts_with("23") || sqlstate.starts_with("22")) {
    return make_error(ErrorCode::invalid_input, fmt::format("data tidak sah ({})", detail),
                      fmt::format("invalid data ({})", detail));
  }
  return make_error(ErrorCode::internal,
                    fmt::format("kesalahan basis data saat {}: {}", context, detail),
                    fmt::format("database error during {}: {}", context, detail));
}

Result<std::unique_ptr<Connection>> Connection::open(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    Error e = pg_error(conn, nullptr, "connect");
    PQfinish(conn);
    return e;
  }
  std::unique_ptr<Connection> c(new Connection(conn));
  // Times are text in UTC; messages in English for the logs.
  SIAGA_TRY(c->execute("SET TIME ZONE 'UTC'; SET client_min_messages = warning"));
  return c;
}

Connection::~Connection() {
  PQfinish(conn_);
}

Result<Statement> Connection::prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    Prepared p;
    p.name = fmt::format("s{}", cache_.size() + 1);
    const std::string text = to_dollar_placeholders(sql);
    ResultPtr r(PQprepare(conn_, p.name.c_str(), text.c_str(), 0, nullptr));
    if (!result_ok(r.get())) return pg_error(conn_, r.get(), "prepare");
    ResultPtr described(PQdescribePrepared(conn_, p.name.c_str()));
    if (!result_ok(described.get())) return pg_error(conn_, described.get(), "prepare");
    p.params = PQnparams(described.get());
    p.insert = sql.size() >= 6 && strncasecmp(sql.c_str(), "INSERT", 6) == 0;
    it = cache_.emplace(sql, std::move(p)).first;
  }
  const Prepared& p = it->second;
  return Statement(std::make_unique<PgStatement>(*this, p.name, p.insert, p.params));
}

Status Connection::execute(const std::string& sql) {
  ResultPtr r(PQexec(conn_, sql.c_str()));
  if (!result_ok(r.get())) return pg_error(conn_, r.get(), "execute");
  return ok_status();
}

PGresult* Connection::exec_prepared(const std::string& name, bool savepoint,
                                    const std::vector<std::optional<std::string>>& values,
                                    const std::vector<int>& formats) {
  std::vector<const char*> pointers(values.size());
  std::vector<int> lengths(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    pointers[i] = values[i] ? values[i]->data() : nullptr;
    lengths[i] = values[i] ? static_cast<int>(values[i]->size()) : 0;
  }
  const bool in_tx = PQtransactionStatus(conn_) == PQTRANS_INTRANS;
  savepoint = savepoint && in_tx;
  if (savepoint) PQclear(PQexec(conn_, "SAVEPOINT siaga_row"));
  PGresult* r = PQexecPrepared(conn_, name.c_str(), static_cast<int>(values.size()),
                               pointers.data(), lengths.data(), formats.data(), 0);
  if (savepoint) {
    PQclear(PQexec(
        conn_, result_ok(r) ? "RELEASE SAVEPOINT siaga_row" : "ROLLBACK TO SAVEPOINT siaga_row"));
  }
  return r;
}

Status Connection::lock_audit_log(bool for_append) {
  // A write transaction holds the writer lock from its BEGIN (see
  // PostgresDatabase::begin); an append from a read transaction takes it now.
  if (in_write_ || audit_locked_ || !for_append) return ok_status();
  SIAGA_TRY(execute(kWriterLockSql));
  audit_locked_ = true;
  return ok_status();
}

Status Connection::copy_in(const std::string& target, std::string_view data) {
  SIAGA_TRY(execute("SAVEPOINT siaga_copy"));
  Status st = copy_rows(target, data);
  (void)execute(st.ok() ? "RELEASE SAVEPOINT siaga_copy" : "ROLLBACK TO SAVEPOINT siaga_copy");
  return st;
}

Status Connection::copy_rows(const std::string& target, std::string_view data) {
  const std::string copy_sql = "COPY " + target + " FROM STDIN";
  ResultPtr r(PQexec(conn_, copy_sql.c_str()));
  if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN) return pg_error(conn_, r.get(), "COPY");
  constexpr std::size_t kChunk = 1 << 20;
  for (std::size_t pos = 0; pos < data.size(); pos += kChunk) {
    const std::size_t n = std::min(kChunk, data.size() - pos);
    if (PQputCopyData(conn_, data.data() + pos, static_cast<int>(n)) != 1) {
      return pg_error(conn_, nullptr, "COPY");
    }
  }
  if (PQputCopyEnd(conn_, nullptr) != 1) return pg_error(conn_, nullptr, "COPY");
  Status st = ok_status();
  while (PGresult* end = PQgetResult(conn_)) {
    ResultPtr owned(end);
    if (!result_ok(end)) st = pg_error(conn_, end, "COPY");
  }
  return st;
}

}  // namespace siaga::store::postgres

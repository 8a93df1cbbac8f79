#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "service/user_service.hpp"

namespace siaga::cli {

namespace {

struct UserOptions {
  std::string db = "var/siaga.db";
  std::string username;
  std::string password;
  std::string role;
  std::string unit;
  std::string full_name;
};

// --password, else $SIAGA_PASSWORD, else asked on the terminal without echo,
// else one line of standard input (for scripts).
std::string obtain_password(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("SIAGA_PASSWORD")) return env;
  std::string line;
  if (isatty(STDIN_FILENO)) {
    fmt::print(stderr, "Kata sandi / password: ");
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    fmt::print(stderr, "\n");
  } else {
    std::getline(std::cin, line);
  }
  return line;
}

int add_user(const UserOptions& o) {
  auto role = parse_role(o.role);
  if (!role) {
    fmt::print(stderr, "galat: peran '{}' tidak dikenal\nerror: unknown role '{}'\n", o.role,
               o.role);
    return 2;
  }
  auto app = open_app(o.db);
  service::UserService users(*app->context);
  auto user = users.add(service::console_actor(os_user()),
                        {o.username, obtain_password(o.password), o.full_name, *role, o.unit});
  if (!user.ok()) {
    print_error(user.error());
    return 1;
  }
  fmt::print("Pengguna '{}' dibuat / user created (id {})\n", user->username, user->id);
  return 0;
}

int set_password(const UserOptions& o) {
  auto app = open_app(o.db);
  service::UserService users(*app->context);
  const Status st = users.set_password(service::console_actor(os_user()), o.username,
                                       obtain_password(o.password));
  if (!st.ok()) {
    print_error(st.error());
    return 1;
  }
  fmt::print("Kata sandi '{}' diganti, sesinya diakhiri / password changed, sessions ended\n",
             o.username);
  return 0;
}

int list_users(const UserOptions& o) {
  auto app = open_app(o.db);
  service::UserService users(*app->context);
  auto list = users.list(service::console_actor(os_user()));
  if (!list.ok()) {
    print_error(list.error());
    return 1;
  }
  fmt::print("{:<6} {:<30} {:<10} {}\n", "id", "username", "role", "unit");
  for (const User& u : *list) {
    fmt::print("{:<6} {:<30} {:<10} {}\n", u.id, u.username, to_string(u.role), u.unit_code);
  }
  return 0;
}

}  // namespace

void register_user(CLI::App& root) {
  auto o = std::make_shared<UserOptions>();
  CLI::App* cmd = root.add_subcommand("user", "Kelola akun / manage accounts");
  cmd->require_subcommand(1);
  cmd->add_option("--db", o->db,
                  "Berkas SQLite atau URI PostgreSQL / SQLite file or postgresql://...")
      ->capture_default_str();

  CLI::App* add = cmd->add_subcommand("add", "Buat akun / create an account");
  add->add_option("username", o->username)->required();
  add->add_option("--role", o->role,
                  "admin, pimpinan, ops, ren, intelkam, binmas, kapolsek, officer, partner")
      ->required();
  add->add_option("--unit", o->unit, "Kode satuan / unit code, e.g. POLRES-JEMBER")->required();
  add->add_option("--name", o->full_name, "Nama lengkap / full name");
  add->add_option("--password", o->password,
                  "Kata sandi (lebih aman: ditanya) / password (safer: prompted)");
  add->callback([o] { std::exit(add_user(*o)); });
  add->fallthrough();  // `siaga user add NAME ... --db FILE` works as well as `user --db FILE add`

  CLI::App* passwd = cmd->add_subcommand("passwd", "Ganti kata sandi / set a password");
  passwd->add_option("username", o->username)->required();
  passwd->add_option("--password", o->password, "Kata sandi baru / new password");
  passwd->callback([o] { std::exit(set_password(*o)); });
  passwd->fallthrough();

  CLI::App* list = cmd->add_subcommand("list", "Daftar akun / list accounts");
  list->callback([o] { std::exit(list_users(*o)); });
  list->fallthrough();
}

}  // namespace siaga::cli

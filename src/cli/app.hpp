#pragma once
// What every `siaga` subcommand opens: the database and the services over it.

#include <filesystem>
#include <memory>
#include <string>

#include "service/clock.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace siaga::cli {

struct App {
  std::unique_ptr<store::Database> db;
  std::unique_ptr<service::Clock> clock;
  std::unique_ptr<service::Context> context;
};

// Opens (creating and migrating) the database named by `db_spec`:
// a file path or "sqlite:PATH".
std::unique_ptr<App> open_app(const std::string& db_spec);

// Prints an error in both languages to stderr.
void print_error(const Error& error);

// The OS user running the command, for the audit log.
std::string os_user();

// Reads a whole file; exits with a message when it cannot.
std::string read_file_or_exit(const std::filesystem::path& path);

}  // namespace siaga::cli

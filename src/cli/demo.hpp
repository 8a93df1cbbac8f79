#pragma once
// Loading data/demo/ into an empty database: the four Polres of the seeds.

#include <filesystem>
#include <optional>
#include <vector>

#include "cli/app.hpp"
#include "io/registry_csv.hpp"

namespace siaga::cli {

// The demo folder: --demo-dir, else ./data/demo, else beside the executable's
// source tree (build/<preset>/siaga -> ../../data/demo).
std::optional<std::filesystem::path> find_demo_dir(const std::filesystem::path& given,
                                                   const char* argv0_hint);

// Imports every demo file and creates the demo accounts; false on failure
// (the problem is printed).
bool load_demo(App& app, const std::filesystem::path& dir);

// Patrol cars, motorbikes, Dalmas and Brimob teams for every demo Polres and Polsek.
bool add_demo_field_units(App& app, const Actor& actor);

// Tonight's joint patrol of Polres Jember over the KPU and Bawaslu objects, solved.
bool add_demo_patrols(App& app, const Actor& actor);

void print_demo_accounts(const std::filesystem::path& dir);

}  // namespace siaga::cli

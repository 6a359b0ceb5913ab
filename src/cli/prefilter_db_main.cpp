// vil_prefilter_db OUT RULES...: compiles the prefilters of a rule set (the rule files
// in the order vil tag reads them) into a Hyperscan database for vil tag. Run by the
// build for the shipped rules; not installed.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "vil/rules.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: vil_prefilter_db OUT RULES...\n";
    return 2;
  }
  vil::RuleSet rules;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::cerr << "vil_prefilter_db: " << argv[i] << ": cannot read\n";
      return 2;
    }
    vil::Diagnostic problem;
    const std::string name = "tags/" + std::filesystem::path(argv[i]).filename().string();
    if (!rules.add_file(name, text.str(), problem)) {
      std::cerr << "vil_prefilter_db: " << vil::format_diagnostic(problem) << "\n";
      return 2;
    }
  }
  std::string err;
  std::string database;
  if (!rules.compile(err) || !rules.prefilter_database(database, err)) {
    std::cerr << "vil_prefilter_db: " << err << "\n";
    return 2;
  }
  const std::string temporary = std::string(argv[1]) + ".tmp";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  out.write(database.data(), static_cast<std::streamsize>(database.size()));
  out.close();
  if (!out || std::rename(temporary.c_str(), argv[1]) != 0) {
    std::cerr << "vil_prefilter_db: " << argv[1] << ": cannot write\n";
    return 2;
  }
  return 0;
}

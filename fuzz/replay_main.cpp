// Replays saved fuzz inputs without libFuzzer, with any compiler: calls the target's
// LLVMFuzzerTestOneInput once on every file named, and on every regular file of every
// directory named (recursively, in sorted order). A failed invariant aborts, which
// fails the test that runs this.
//
//   replay-segment fuzz/corpus/segment [more files or directories...]

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool read_file(const std::filesystem::path& path, std::vector<std::uint8_t>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY...\n", argv[0]);
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec))
        if (entry.is_regular_file()) files.push_back(std::filesystem::absolute(entry.path()));
      if (ec) {
        std::fprintf(stderr, "%s: %s\n", argv[i], ec.message().c_str());
        return 2;
      }
    } else if (std::filesystem::is_regular_file(arg, ec)) {
      files.push_back(std::filesystem::absolute(arg));  // a target may change directory (cli)
    } else {
      std::fprintf(stderr, "%s: no such file or directory\n", argv[i]);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::fprintf(stderr, "no inputs found\n");
    return 2;
  }
  std::vector<std::uint8_t> bytes;
  for (const auto& file : files) {
    if (!read_file(file, bytes)) {
      std::fprintf(stderr, "%s: cannot read\n", file.string().c_str());
      return 2;
    }
    std::fprintf(stderr, "replay %s (%zu bytes)\n", file.string().c_str(), bytes.size());
    // A copy of exactly the file's size, so a sanitizer build catches reads past it.
    // libFuzzer never passes a null pointer, not even for an empty input.
    std::vector<std::uint8_t> input(bytes);
    static std::uint8_t none = 0;
    LLVMFuzzerTestOneInput(input.empty() ? &none : input.data(), input.size());
  }
  std::printf("replayed %zu inputs\n", files.size());
  return 0;
}

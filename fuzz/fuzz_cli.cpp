// Fuzz target: the whole command line, through the same function main() calls
// (vil::cli::run_guarded), on small fixed files.
//
// The input is the arguments after "vil", one per line (at most 16, each at most 200
// bytes). An argument with a '/' is refused (the target stays in its own directory),
// so file names are those of the fixtures below or new ones. The target works in a
// temporary directory of its own, made once; before each run the fixtures are written
// again (an "-o doc.txt" may have replaced one), standard input is doc.txt from its
// start, and standard output a file. Checked: no crash, no sanitizer report, no hang
// (libFuzzer's -timeout); the exit status is 0, 1 or 2; standard output is valid UTF-8.
// Diagnostics go to standard error: scripts/fuzz runs this target with
// -close_fd_mask=2. The directory is removed at exit. With VIL_FUZZ_ECHO set, each
// run's exit status and output go to standard error (replay-cli FILE shows an input's).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include "../src/cli/commands.hpp"
#include "fuzz_check.hpp"
#include "vil/utf8.hpp"

namespace {

struct Fixture {
  const char* name;
  const char* text;
};

const Fixture k_fixtures[] = {
    {"doc.txt",
     "Program for Bakkebø\n\n# Skole\n\nBakkebø Venstre vil:\n\n- bygge flere skoler\n- styrke "
     "skolehelsetjenesten\n\n## Klima\n\nVi vil kutte utslipp.\n\n1. Ladestasjoner i alle bydeler\n2. "
     "Sykkelveier\n"},
    {"plan.txt",
     "Mål og strategier\n\nFN-T 11.2\tAlle har gode transporttilbud.\t\t\n\t\tFN-T 11.2\tBakkebø kommune skal "
     "bygge ut sykkelveier.\n\t\tAK\tBakkebø kommune skal utvikle skolene.\n"},
    {"rec.jsonl",
     "{\"doc\":\"doc\",\"id\":\"a1\",\"kind\":\"bullet\",\"text\":\"bygge flere skoler\",\"path\":[\"Skole\"],"
     "\"lines\":[7,7],\"actor\":\"Bakkebø Venstre\",\"tags\":[\"topic:education\"]}\n"
     "{\"doc\":\"doc\",\"id\":\"a2\",\"kind\":\"bullet\",\"text\":\"Ladestasjoner i alle bydeler\","
     "\"path\":[\"Skole\",\"Klima\"],\"lines\":[14,14]}\n"
     "{\"doc\":\"doc\",\"id\":\"a3\",\"kind\":\"heading\",\"level\":1,\"text\":\"Skole\",\"lines\":[3,3]}\n"},
    {"plan.jsonl",
     "{\"doc\":\"plan\",\"id\":\"p1\",\"kind\":\"subgoal\",\"text\":\"Alle har gode transporttilbud.\","
     "\"lines\":[3,3],\"refs\":{\"raw\":\"FN-T 11.2\",\"bases\":[\"FN-T\"],\"targets\":[\"11.2\"],\"sdg\":[11]}}\n"
     "{\"doc\":\"plan\",\"id\":\"p2\",\"kind\":\"strategy\",\"parent\":\"p1\",\"text\":\"Bakkebø kommune skal "
     "bygge ut sykkelveier.\",\"lines\":[4,4]}\n"},
    {"rules.tsv", "topic:school\t(^|\\PL)skole\ntopic:climate\tladestasjon|utslipp\ttext\tbullet,paragraph\n"},
    {"coding.tsv", "pledge\tstrong\tacceptable\ttext\ndoc:7\tplan:4\t\tbygge flere skoler\ndoc:14\t\t\tx\n"},
    {"links.jsonl",
     "{\"rank\":1,\"score\":0.5,\"cosine\":0.4,\"addresses\":true,\"left\":{\"doc\":\"plan\",\"lines\":[4,4],"
     "\"text\":\"s\"},\"right\":{\"doc\":\"doc\",\"lines\":[7,7],\"text\":\"p\"}}\n"},
};

void write_fixtures() {
  for (const Fixture& f : k_fixtures) {
    FILE* out = std::fopen(f.name, "wb");
    VIL_FUZZ_CHECK(out != nullptr);
    std::fputs(f.text, out);
    VIL_FUZZ_CHECK(std::fclose(out) == 0);
  }
}

int g_stdout = -1;
std::string g_dir;

void remove_dir() {
  if (g_dir.empty()) return;
  const std::string command = "rm -rf '" + g_dir + "'";
  if (std::system(command.c_str()) != 0) std::fprintf(stderr, "could not remove %s\n", g_dir.c_str());
}

// Once: a directory of our own to work in, standard output into a file there.
void set_up() {
  char dir[] = "/tmp/vil-fuzz-cli-XXXXXX";
  VIL_FUZZ_CHECK(::mkdtemp(dir) != nullptr);
  g_dir = dir;
  std::atexit(remove_dir);
  VIL_FUZZ_CHECK(::chdir(dir) == 0);
  std::fflush(stdout);
  g_stdout = ::open("stdout.out", O_RDWR | O_CREAT | O_TRUNC, 0600);
  VIL_FUZZ_CHECK(g_stdout >= 0);
  VIL_FUZZ_CHECK(::dup2(g_stdout, STDOUT_FILENO) == STDOUT_FILENO);
}

std::string read_stdout() {
  std::string out;
  char buf[1 << 14];
  VIL_FUZZ_CHECK(::lseek(g_stdout, 0, SEEK_SET) == 0);
  ssize_t n;
  while ((n = ::read(g_stdout, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool ready = (set_up(), true);
  (void)ready;
  std::vector<std::string> args{"vil"};
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (std::size_t at = 0; at < input.size();) {
    std::size_t nl = input.find('\n', at);
    if (nl == std::string_view::npos) nl = input.size();
    args.emplace_back(input.substr(at, nl - at));
    at = nl + 1;
  }
  if (args.size() > 17) return 0;
  for (const std::string& a : args)
    if (a.size() > 200 || a.find('/') != std::string::npos || a.find('\0') != std::string::npos) return 0;

  write_fixtures();
  const int in = ::open("doc.txt", O_RDONLY);
  VIL_FUZZ_CHECK(in >= 0 && ::dup2(in, STDIN_FILENO) == STDIN_FILENO);
  ::close(in);
  std::clearerr(stdin);
  std::fflush(stdout);
  VIL_FUZZ_CHECK(::ftruncate(STDOUT_FILENO, 0) == 0 && ::lseek(STDOUT_FILENO, 0, SEEK_SET) == 0);
  std::clearerr(stdout);

  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const int status = vil::cli::run_guarded(static_cast<int>(args.size()), argv.data());
  std::fflush(stdout);
  VIL_FUZZ_CHECK(status == 0 || status == 1 || status == 2);
  const std::string out = read_stdout();
  if (std::getenv("VIL_FUZZ_ECHO") != nullptr)  // to see what a saved input does
    std::fprintf(stderr, "exit %d, standard output:\n%s", status, out.c_str());
  if (vil::find_invalid_utf8(out) != std::string::npos) {
    std::fprintf(stderr, "invalid UTF-8 on standard output of:");
    for (const std::string& a : args) std::fprintf(stderr, " '%s'", a.c_str());
    std::fprintf(stderr, "\n");
    VIL_FUZZ_CHECK(false);
  }
  return 0;
}

#pragma once

// Front-end I/O: files, stdin, stdout, atomic output files, diagnostics on stderr.
// The core never touches any of this.

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

#include "vil/diagnostic.hpp"

namespace vil::cli {

// Thrown when stdout is a pipe whose reader has gone (`vil ... | head -1`): the
// command stops at once and exits quietly, with closed_pipe_status().
struct BrokenPipe : std::exception {};

// The exit status a run that a closed pipe ends has: 0, or what the command knew before
// the reader went: 2 when it had already met trouble (note_trouble: an input it could not
// read is not forgotten because `head -1` stopped reading), diff's 1 once it knows the
// sets differ. Only ever raised; safe from any thread.
void raise_closed_pipe_status(int status);
void note_trouble();
// main() found standard output closed (>&-) and put /dev/null in its place, so that no
// file vil opens takes descriptor 1: output for it is then an error, not lost.
void note_stdout_closed();
bool stdout_closed();
int closed_pipe_status();

// Thrown for trouble that ends the command: printed as "vil: MESSAGE", exit 2.
struct Fatal : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Whether a progress line (cli_progress.hpp) stands unfinished on stderr: report() erases
// it first, so that a message starts a line of its own.
void set_progress_line_showing(bool showing);
bool progress_line_showing();

// Prints "vil: FILE:LINE: MESSAGE" on stderr.
void report(const Diagnostic& d);
void report(std::string_view message);

// Reads a whole file ("-": standard input). False with a one-line reason on failure
// (missing, unreadable, a directory).
bool read_file(const std::string& path, std::string& out, std::string& err);

// True when path names a directory.
bool is_directory(const std::string& path);

// True when path names something that exists (a file, a FIFO, standard input as "-").
bool file_exists(const std::string& path);

// The size of the regular file path names; 0 for anything else (standard input, a FIFO,
// a missing file).
std::uint64_t regular_file_bytes(const std::string& path);

// Inputs of this many bytes or more are large: diff and match on them pay for what
// saves time later (cli_huge_pages.hpp).
inline constexpr std::uint64_t k_large_input_bytes = std::uint64_t{1} << 20;

// Where a command's output goes: standard output, or with -o FILE a temporary file in
// FILE's folder that commit() renames over FILE (not when the run met trouble and wrote
// nothing: FILE stays as it was). Until then FILE is untouched, and a
// failed or interrupted run (SIGINT, SIGTERM, SIGHUP, unless ignored at start) leaves no
// temporary file behind. A symbolic link is followed (the file it names is replaced);
// a FIFO or a device is written through, never replaced. The temporary file is
// "FILE.vil-tmp-PID-XXXXXX"; one left by a killed run (SIGKILL) is removed by the next.
class Output {
 public:
  explicit Output(const std::string& path);  // "" or "-": standard output
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Appends to the buffer, writing it out when it is large.
  void write(std::string_view s);
  // Buffer the caller fills directly; call flush_if_full() after.
  std::string& buffer() { return m_buffer; }
  void flush_if_full();
  // Writes everything and, for a file, renames it into place.
  void commit();
  bool is_terminal() const;

 private:
  void flush();

  std::string m_path;
  std::string m_target;  // the file replaced: m_path, or where its symbolic link points
  std::string m_temp;
  std::FILE* m_file = nullptr;
  std::string m_buffer;
  bool m_committed = false;
  bool m_wrote = false;  // anything written at all
};

}  // namespace vil::cli

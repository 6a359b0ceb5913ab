#pragma once

// vil diff and vil match hold both their inputs in memory (250 MiB for 50,000 records a
// side) and spent a third of their time faulting in 4 KiB pages and missing the TLB.
// glibc (2.35 and later) backs malloc's memory with transparent huge pages when asked
// at start-up, through GLIBC_TUNABLES=glibc.malloc.hugetlb=1, and only the environment
// can ask: such a run sets it and executes vil again, once, before it reads anything.

#include <string>
#include <vector>

namespace vil::cli {

// Lets run_again_with_huge_pages execute this process again with argv (main's). Without
// it (the CLI fuzz target calls run() alone) nothing is ever executed again.
void allow_running_again(char** argv);

// Executes vil again with glibc.malloc.hugetlb=1 added to GLIBC_TUNABLES, when the
// inputs (regular files; standard input counts as nothing) come to k_large_input_bytes
// or more. Returns only when it did not: not allowed, already run again (a marker in
// the environment, which the new run clears), a secure-execution process (setuid:
// glibc drops the tunables), glibc before 2.35, the kernel's huge pages off ("never"),
// GLIBC_TUNABLES already naming hugetlb (the user's choice: hugetlb=0 turns this off),
// run by valgrind (the new run would not be), /proc/self/exe not the file that holds
// this code (run through the dynamic loader), or the exec failed; the environment is
// then as it was.
void run_again_with_huge_pages(const std::vector<std::string>& inputs);

}  // namespace vil::cli

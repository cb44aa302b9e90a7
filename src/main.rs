//! The `kb` binary: parses the command line and hands it to the library.

// Builds allocate and free millions of small strings from two threads at once; mimalloc keeps
// per-thread heaps and reuses freed pages, where glibc's allocator spends time in locks and
// in the kernel.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    kb::cli::main()
}

//! The `kb` binary: parses the command line and hands it to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    kb::cli::run(kb::cli::Cli::parse())
}

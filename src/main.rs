//! The binary: harden the process, then hand over to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    langkah::hardening::harden_process();
    langkah::cli::main()
}

//! Tests of file modes and process limits prove nothing as root, who passes
//! every mode check. They skip loudly there; `.ci/run` runs them again as an
//! unprivileged user.

use std::io::Write;

/// True, after saying why on stderr, when this runs as root.
pub fn skip_as_root(test: &str) -> bool {
    // SAFETY: geteuid only reads this process's user id.
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        // Straight to stderr: the test harness captures eprintln!, and a skip
        // must be seen.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: running as root, where file modes and ptrace \
             checks stop no one. .ci/run runs it again as an unprivileged user."
        );
    }
    root
}

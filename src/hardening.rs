//! Process hardening done once at start-up, before any secret is in memory.

/// Files we create are private (0600, folders 0700), and a crash writes no core
/// dump that could hold keys or her words.
pub fn harden_process() {
    #[cfg(unix)]
    // SAFETY: these calls take plain integers and change only this process's settings.
    unsafe {
        libc::umask(0o077);
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &none);
        #[cfg(target_os = "linux")]
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

//! What the process and its files look like to someone else on the same
//! computer: checks that root passes whatever the app does, so under root they
//! skip loudly and `.ci/run` runs this binary again as an unprivileged user
//! (`docs/testing.md`, "Non-root checks"). The checks that hold for root too
//! (the modes the app sets, what `/proc` shows of its command line and
//! environment) run everywhere.

#![cfg(target_os = "linux")]

mod common;

use common::pty::{ENTER, F10, Tui, fresh_data_dir};
use common::root::skip_as_root;
use std::io::ErrorKind;
use std::os::unix::fs::{FileExt, PermissionsExt};
use std::path::Path;

const ALIAS: &str = "Melati";
/// Typed at the login in the tests below, and looked for where it must not be.
const PASS: &str = "rahasia-kanari sepatu biru";

/// The app, logged in as Melati, with a core-file limit above 0 given to it
/// by its parent, as a shell with `ulimit -c unlimited` would.
fn logged_in(data: &Path) -> Tui {
    common::pty::centre_with_participant(data, ALIAS, PASS);
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit take a plain struct and change only this
    // process's limits, which the child inherits.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_CORE, &mut limit), 0);
        limit.rlim_cur = limit.rlim_max;
        assert_eq!(libc::setrlimit(libc::RLIMIT_CORE, &limit), 0);
    }
    assert!(
        limit.rlim_cur > 0,
        "the hard core limit is 0 here, so the test can't show the app lowering it"
    );
    let mut tui = Tui::spawn(data);
    tui.log_in(ALIAS, PASS, "Halo, Melati");
    tui
}

fn quit(tui: &mut Tui) {
    tui.send(F10);
    assert_eq!(tui.wait_exit(), 0);
}

/// Reads 16 bytes of `pid`'s memory at the start of its first mapping.
fn read_memory(pid: u32) -> std::io::Result<()> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps"))?;
    let start = maps
        .split('-')
        .next()
        .and_then(|a| u64::from_str_radix(a, 16).ok())
        .expect("an address in maps");
    let mem = std::fs::File::open(format!("/proc/{pid}/mem"))?;
    mem.read_exact_at(&mut [0u8; 16], start)
}

#[test]
fn the_app_writes_no_core_and_its_memory_is_closed_to_its_own_user() {
    if skip_as_root("the_app_writes_no_core_and_its_memory_is_closed_to_its_own_user") {
        return;
    }
    let (_tmp, data) = fresh_data_dir();
    let mut tui = logged_in(&data);
    let pid = tui.pid();

    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let core = common::pty::line_with(&limits, "Max core file size");
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(fields[4..6], ["0", "0"], "{core}");

    // Not dumpable: its /proc files belong to root, not to her.
    let owner = std::os::unix::fs::MetadataExt::uid(
        &std::fs::metadata(format!("/proc/{pid}/mem")).unwrap(),
    );
    assert_eq!(owner, 0, "/proc/{pid}/mem belongs to uid {owner}");

    // A same-user process can't read its memory, nor attach to it. The
    // control: the same read works on a plain child of the same user.
    let e = read_memory(pid).expect_err("her memory was read");
    assert_eq!(e.kind(), ErrorKind::PermissionDenied, "{e}");
    let mut plain = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let control = read_memory(plain.id());
    plain.kill().unwrap();
    plain.wait().unwrap();
    control.expect("the same read works on a process that is dumpable");
    // SAFETY: PTRACE_ATTACH to a pid we started; it is expected to fail.
    let attached = unsafe {
        libc::ptrace(
            libc::PTRACE_ATTACH,
            pid as libc::pid_t,
            std::ptr::null_mut::<libc::c_void>(),
            std::ptr::null_mut::<libc::c_void>(),
        )
    };
    assert_eq!(attached, -1, "ptrace attached to the app");
    assert_eq!(
        std::io::Error::last_os_error().raw_os_error(),
        Some(libc::EPERM)
    );
    quit(&mut tui);
}

#[test]
fn its_command_line_and_environment_hold_no_secret() {
    let (_tmp, data) = fresh_data_dir();
    let mut tui = logged_in(&data);
    let pid = tui.pid();
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    assert!(
        common::pty::contains_bytes(&cmdline, b"--data-dir"),
        "the command line was read"
    );
    assert!(!common::pty::contains_bytes(&cmdline, PASS.as_bytes()));
    match std::fs::read(format!("/proc/{pid}/environ")) {
        // Root reads it: it must not hold her passphrase.
        Ok(environ) => {
            assert!(common::pty::contains_bytes(&environ, b"TERM="));
            assert!(!common::pty::contains_bytes(&environ, PASS.as_bytes()));
        }
        // Anyone else is kept out, the app not being dumpable.
        Err(e) => {
            // SAFETY: geteuid only reads this process's user id.
            assert_ne!(unsafe { libc::geteuid() }, 0, "root was refused: {e}");
            assert_eq!(e.kind(), ErrorKind::PermissionDenied, "{e}");
        }
    }
    quit(&mut tui);
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_app_makes_its_folder_0700_and_files_0600_and_refuses_an_open_one() {
    let (_tmp, data) = fresh_data_dir();
    let mut tui = logged_in(&data);
    tui.send(ENTER);
    tui.send("sebentar");
    tui.settle();
    quit(&mut tui);
    assert_eq!(mode(&data), 0o700);
    let files = common::pty::read_tree(&data);
    assert!(!files.is_empty());
    for (path, _) in files {
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }

    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o750)).unwrap();
    let mut tui = Tui::spawn(&data);
    tui.wait_for("Folder data");
    assert_ne!(tui.wait_exit(), 0);
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
}

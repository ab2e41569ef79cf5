//! A pty whose terminal side can be closed, as closing a terminal window
//! does: the app's reads fail and it gets SIGHUP. (expectrl's pty keeps its
//! own copy of the terminal side open until the child is gone.)

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct RawPty {
    master: Option<File>,
    child: Child,
    screen: vt100::Parser,
}

impl RawPty {
    /// Starts `cmd` as the leader of a new session on a new 80x24 pty.
    pub fn spawn(mut cmd: Command) -> RawPty {
        let (mut master, mut slave) = (-1, -1);
        let size = libc::winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two descriptors, which are owned below.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors are new and owned by nothing else.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        // SAFETY: fcntl on a descriptor this function owns. Not inherited
        // (the app would keep its own terminal open), and never blocking.
        unsafe {
            libc::fcntl(master.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC);
            let flags = libc::fcntl(master.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(master.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup the pty"));
        cmd.stdin(io(&slave)).stdout(io(&slave)).stderr(io(&slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn langkah");
        drop(slave);
        RawPty {
            master: Some(master),
            child,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(24).expect("rows"),
                std::num::NonZeroU16::new(80).expect("columns"),
                0,
            ),
        }
    }

    pub fn send(&mut self, keys: &str) {
        let master = self.master.as_mut().expect("open");
        master.write_all(keys.as_bytes()).expect("write to the pty");
        std::thread::sleep(Duration::from_millis(50));
    }

    /// Reads what the app printed, without waiting.
    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        let master = self.master.as_mut().expect("open");
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            self.screen.process(&buf[..n]);
        }
    }

    pub fn wait_for(&mut self, needle: &str) {
        let start = Instant::now();
        loop {
            self.pump();
            let screen = self.screen.screen().contents();
            if screen.contains(needle) {
                return;
            }
            assert!(
                start.elapsed() < super::pty::TIMEOUT,
                "waited for {needle:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Closes the terminal side, as closing the window does, and waits for
    /// the app to end.
    pub fn close(mut self) {
        drop(self.master.take());
        let start = Instant::now();
        while self.child.try_wait().expect("waitpid").is_none() {
            assert!(start.elapsed() < super::pty::TIMEOUT, "langkah did not end");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

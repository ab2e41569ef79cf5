//! End to end: a savings goal in the real `langkah` binary, in a pseudo-terminal.
//! She creates a goal, saves three times on different days, and sees the bar
//! with its percentage and a projected finish date; she corrects a mistyped
//! deposit; after a restart it is all still there, and neither the goal's name
//! nor any amount, the corrected one included, is in the data folder.

#![cfg(unix)]

mod common;

use common::pty::{
    DOWN, ENTER, F10, Tui, centre_with_participant, contains_bytes, fresh_data_dir, read_tree,
};

const PARTICIPANT: &str = "Melati";
const PASS: &str = "bunga melati di halaman";

fn canary_name() -> String {
    let mut bytes = [0u8; 6];
    getrandom::getrandom(&mut bytes).expect("random bytes");
    format!("Gerobak {}", hex::encode_upper(bytes))
}

/// From home, "Tujuan saya" (the fourth item).
fn open_goals(tui: &mut Tui) {
    tui.wait_highlighted("Tulis catatan baru");
    for _ in 0..3 {
        tui.press_settled(DOWN);
    }
    tui.wait_highlighted("Tujuan saya");
    tui.press(ENTER, "┌ Tujuan saya");
}

#[test]
fn a_savings_goal_shows_its_bar_and_projection() {
    let (_tmp, data) = fresh_data_dir();
    centre_with_participant(&data, PARTICIPANT, PASS);
    let name = canary_name();
    // Amounts unlikely anywhere else: the target and each deposit.
    let deposits = [
        ("173.450", "01-11-2026"),
        ("98rb", "09-11-2026"),
        ("1,21 jt", "16-11-2026"),
    ];

    let mut tui = Tui::spawn(&data);
    tui.log_in(PARTICIPANT, PASS, "Halo, Melati");
    open_goals(&mut tui);
    tui.wait_for("Belum ada tujuan");
    tui.press("n", "┌ Tujuan tabungan baru");
    tui.fill(&name);
    tui.fill("2.345.670");
    tui.fill("");
    tui.send("Supaya bisa jualan sendiri");
    tui.settle();
    tui.press(ENTER, "Rp 0 dari Rp 2.345.670");
    let screen = tui.settle();
    assert!(screen.contains(&format!("┌ {name}")), "{screen}");
    assert!(
        screen.contains("Perkiraan waktu muncul setelah Anda menabung tiga kali"),
        "{screen}"
    );

    for (amount, date) in deposits {
        tui.press("+", "┌ Menabung");
        tui.fill(amount);
        tui.fill(date);
        tui.send("dari jualan");
        tui.settle();
        tui.press(ENTER, "Tabungan dan pengambilan:");
        tui.settle();
    }
    // 173,450 + 98,000 + 1,210,000 = 1,481,450 of 2,345,670: 63%.
    let screen = tui.wait_for("63% · Rp 1.481.450 dari Rp 2.345.670");
    assert!(screen.contains('█'), "no bar drawn:\n{screen}");
    assert!(
        screen.contains("Dengan cara menabung seperti sekarang, tujuan ini bisa tercapai sekitar"),
        "no projection:\n{screen}"
    );
    assert!(screen.contains("+Rp 1.210.000"), "{screen}");

    // The newest deposit was mistyped: Enter opens it, grouped as shown, and
    // the bar follows the corrected amount.
    let form = tui.press(ENTER, "┌ Ubah setoran");
    assert!(form.contains("[ 1.210.000 ]"), "{form}");
    tui.send(&"\x7f".repeat("1.210.000".len()));
    tui.fill("1.345.678");
    tui.fill("");
    tui.press(ENTER, "Tabungan dan pengambilan:");
    // 173,450 + 98,000 + 1,345,678 = 1,617,128 of 2,345,670: 68%.
    let screen = tui.wait_for("68% · Rp 1.617.128 dari Rp 2.345.670");
    assert!(
        !screen.contains("+Rp 1.210.000"),
        "changed, not added:\n{screen}"
    );
    tui.quit_with(F10);

    // A restart keeps it all; the overview shows the bar too.
    let mut tui = Tui::spawn(&data);
    tui.log_in(PARTICIPANT, PASS, "Halo, Melati");
    let home = tui.settle();
    // Only a count and a percentage at home: no name, no amount.
    assert!(
        home.contains("1 tujuan: 68%"),
        "no summary on home:\n{home}"
    );
    assert!(
        !home.contains(name.as_str()) && !home.contains("Rp"),
        "her goal's name or an amount on home:\n{home}"
    );
    open_goals(&mut tui);
    tui.wait_for_all(&[&name, "68% · Rp 1.617.128 dari Rp 2.345.670"]);
    tui.quit_with(F10);

    let files = read_tree(&data);
    let scanned: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    // The WAL is emptied at every lock, so the database file holds it all:
    // ten pages at least (the schema, an account, the goal and its padding).
    assert!(scanned >= 40_960, "only {scanned} bytes scanned");
    let mut needles: Vec<(String, Vec<u8>)> = vec![
        (name.clone(), name.clone().into_bytes()),
        ("name, lower case".into(), name.to_lowercase().into_bytes()),
        ("why".into(), b"Supaya bisa jualan sendiri".to_vec()),
    ];
    for amount in [
        2_345_670_i64,
        173_450,
        98_000,
        1_210_000,
        1_481_450,
        1_345_678,
        1_617_128,
    ] {
        needles.push((format!("{amount} as text"), amount.to_string().into_bytes()));
        needles.push((format!("{amount} as LE"), amount.to_le_bytes().to_vec()));
        needles.push((format!("{amount} as BE"), amount.to_be_bytes().to_vec()));
        needles.push((
            format!("{amount} as i32 LE"),
            (amount as i32).to_le_bytes().to_vec(),
        ));
    }
    for (path, bytes) in &files {
        for (what, needle) in &needles {
            assert!(
                !contains_bytes(bytes, needle),
                "{what} found in {}",
                path.display()
            );
        }
    }
}

//! Attack 12: she types her passphrase into the name field by mistake. Before,
//! a salted hash of it was kept beside its salt, and it was recovered in 228
//! guesses.

use super::*;
use common::NOW;
use langkah::store::throttle::UNKNOWN_NAMES;

/// Every row of every table, as text, but the throttle's counters.
fn dump(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut out = Vec::new();
    for table in tables {
        let sql = if table == "login_throttle" {
            "SELECT hex(subject) FROM login_throttle ORDER BY 1".to_owned()
        } else {
            format!("SELECT * FROM {table} ORDER BY 1")
        };
        let mut stmt = conn.prepare(&sql).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap();
        for row in rows {
            out.push(format!("{table}: {}", row.unwrap().join(" | ")));
        }
    }
    out
}

#[test]
fn a_passphrase_typed_as_the_name_leaves_nothing_derived_from_it() {
    // Two identical centres: in one she types her passphrase as the name, in the
    // other a different wrong name. If anything derived from the text were
    // stored, the two files would differ.
    let outcome = |typed_name: &str| {
        let (mut c, s) = centre_with_melati();
        drop(s);
        let conn = attacker(&c);
        let before = dump(&conn);
        assert!(c.vault.unlock(typed_name, &pass(PASS), NOW).is_err());
        // Positive control: the attempt was counted, on the shared row.
        let counted: i64 = conn
            .query_row(
                "SELECT failures FROM login_throttle WHERE subject = ?1",
                [UNKNOWN_NAMES.as_bytes()],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(counted, 1);
        let after = dump(&conn);
        let added: Vec<String> = after.into_iter().filter(|r| !before.contains(r)).collect();
        c.vault.checkpoint().unwrap();
        let file = std::fs::read(c.dir.database()).unwrap();
        (added, file)
    };
    let (added, file) = outcome(PASS);
    let (added_other, _) = outcome("bukan nama siapa pun");
    assert_eq!(added, added_other);
    assert_eq!(
        added,
        vec![format!(
            "login_throttle: Text(\"{}\")",
            hex::encode_upper(UNKNOWN_NAMES.as_bytes())
        )]
    );
    for needle in [PASS, &PASS.to_uppercase()] {
        assert!(!file.windows(needle.len()).any(|w| w == needle.as_bytes()));
    }
}

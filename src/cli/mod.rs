//! The command line, for facilitators' scripts and for tests. Secrets never come
//! from arguments: they are read from the terminal with echo off, or one per line
//! from standard input with `--passphrase-stdin`. Messages go to stderr in the
//! centre's language; a code that is issued is the last line on stdout.

mod account;
mod input;
mod mentor;
mod show;

use crate::datadir::{DataDir, DataDirError};
use crate::i18n::{Lang, Messages, data_dir_error, vault_error};
use crate::tr;
use crate::vault::{Pending, Session, Vault, VaultError};
use account::AccountCommand;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use input::SecretInput;

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "langkah",
    version,
    about = "A private journal and goal planner"
)]
pub struct Cli {
    /// The data folder (default: the usual place for application data).
    #[arg(long, global = true, env = "LANGKAH_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Subcommand)]
pub enum CliCommand {
    /// Set up a new centre and its first facilitator.
    Init {
        /// The place's everyday name, such as "Rumah Belajar" (not locked, so it can be seen).
        #[arg(long)]
        centre: String,
        /// The first facilitator's name.
        #[arg(long, value_name = "ALIAS")]
        facilitator: String,
        /// The centre's main language.
        #[arg(long, value_enum, default_value_t = LangArg::Id)]
        language: LangArg,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Manage accounts.
    #[command(subcommand)]
    Account(AccountCommand),
    /// For a mentor elsewhere: her sharing key and card.
    #[command(subcommand)]
    Mentor(mentor::MentorCommand),
}

#[derive(Args)]
pub struct InputArgs {
    /// Read secrets from standard input, one per line.
    #[arg(long)]
    pub passphrase_stdin: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    Id,
    En,
}

/// Why a command stopped. Each becomes one message in her language.
enum CliError {
    Vault(VaultError),
    DataDir(DataDirError),
    PassphrasesDiffer,
    BadSetupCode,
    BadRecoveryCode,
    /// A well-formed code that doesn't match: say "code", not "passphrase".
    WrongSetupCode,
    WrongRecoveryCode,
    InputClosed,
    Terminal,
    RemoveNotConfirmed,
    Mentor(mentor::MentorError),
}

impl From<VaultError> for CliError {
    fn from(e: VaultError) -> Self {
        CliError::Vault(e)
    }
}

impl CliError {
    fn message(&self, m: &Messages) -> String {
        match self {
            CliError::Vault(e) => vault_error(m, e),
            CliError::DataDir(e) => data_dir_error(m, e),
            CliError::PassphrasesDiffer => tr!(m, "err-passphrases-differ"),
            CliError::BadSetupCode => tr!(m, "err-bad-setup-code"),
            CliError::BadRecoveryCode => tr!(m, "err-bad-recovery-code"),
            CliError::WrongSetupCode => tr!(m, "err-wrong-setup-code"),
            CliError::WrongRecoveryCode => tr!(m, "err-wrong-recovery-code"),
            CliError::InputClosed => tr!(m, "err-input-closed"),
            CliError::Terminal => tr!(m, "err-terminal"),
            CliError::RemoveNotConfirmed => tr!(m, "err-remove-needs-yes"),
            CliError::Mentor(e) => e.message(m),
        }
    }
}

type CliResult = Result<(), CliError>;

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Runs the command line and returns the process exit code: 0 done, 1 refused,
/// 2 a usage error (clap exits with 2 itself).
pub fn main() -> ExitCode {
    let system = system_language();
    let help = Messages::new(system.unwrap_or(Lang::Id));
    let matches = localised(Cli::command(), &help, "").get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let Some(command) = cli.command else {
        return crate::runtime::run(cli.data_dir, system);
    };
    let (result, m) = match command {
        CliCommand::Mentor(cmd) => mentor::run(cmd),
        CliCommand::Init {
            centre,
            facilitator,
            language,
            input,
        } => {
            let lang = match language {
                LangArg::Id => Lang::Id,
                LangArg::En => Lang::En,
            };
            let m = Messages::new(lang);
            let result = open_vault(cli.data_dir, true)
                .and_then(|mut vault| init(&mut vault, &m, &centre, &facilitator, lang, &input));
            (result, m)
        }
        CliCommand::Account(cmd) => match open_vault(cli.data_dir, false) {
            // Messages in the centre's language once its data folder is open.
            Ok(mut vault) => {
                let m = Messages::new(Lang::from_code(vault.centre_settings().language));
                (account::run(&mut vault, &m, cmd), m)
            }
            Err(e) => (Err(e), Messages::new(Lang::Id)),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.message(&m));
            ExitCode::FAILURE
        }
    }
}

/// `--help` in the computer's language (Bahasa Indonesia unless it is
/// English): the words of each command and argument come from the messages
/// (clap's own headings stay as they are).
fn localised(mut cmd: clap::Command, m: &Messages, path: &str) -> clap::Command {
    if let Some(id) = help_id(m, path, None) {
        cmd = cmd.about(m.text(&id));
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in args {
        if let Some(id) = help_id(m, path, Some(&arg)) {
            cmd = cmd.mut_arg(arg, |a| a.help(m.text(&id)));
        }
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        let inner = [path, &name].join("-");
        let inner = inner.trim_start_matches('-').to_string();
        cmd = cmd.mut_subcommand(name, |s| localised(s, m, &inner));
    }
    cmd
}

/// The message for a command (`cli-help-account-add`) or one of its arguments
/// (`cli-help-account-add-alias`, or `cli-help-arg-alias` where many share it).
fn help_id(m: &Messages, path: &str, arg: Option<&str>) -> Option<String> {
    let own = ["cli-help", path]
        .into_iter()
        .chain(arg)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .replace('_', "-");
    let shared = arg.map(|a| format!("cli-help-arg-{}", a.replace('_', "-")));
    [Some(own), shared]
        .into_iter()
        .flatten()
        .find(|id| m.has(id))
}

/// The computer's language, if it is one of ours.
fn system_language() -> Option<Lang> {
    language_from(|name| std::env::var(name).ok())
}

/// As in POSIX, the first of these variables that is set decides, even if it
/// names another language.
fn language_from(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))?;
    crate::app::auth::language_of_locale(&locale)
}

fn open_vault(data_dir: Option<PathBuf>, creating: bool) -> Result<Vault, CliError> {
    let path = crate::datadir::resolve(data_dir).map_err(CliError::DataDir)?;
    if !creating && !path.join(crate::datadir::DATABASE_FILE).exists() {
        return Err(CliError::Vault(VaultError::NotSetUp));
    }
    let dir = DataDir::open_or_create(&path).map_err(CliError::DataDir)?;
    let vault = Vault::open(&dir)?;
    if !creating && !vault.is_set_up()? {
        return Err(CliError::Vault(VaultError::NotSetUp));
    }
    Ok(vault)
}

fn init(
    vault: &mut Vault,
    m: &Messages,
    centre: &str,
    facilitator: &str,
    lang: Lang,
    input: &InputArgs,
) -> CliResult {
    if vault.is_set_up()? {
        return Err(VaultError::AlreadySetUp.into());
    }
    let secrets = SecretInput {
        from_stdin: input.passphrase_stdin,
    };
    let passphrase = secrets.new_passphrase(m, &[facilitator, centre])?;
    // Making her keys takes a second or two: say so, or it looks stuck.
    eprintln!("{}", tr!(m, "busy"));
    let pending = vault.prepare_set_up(centre, facilitator, lang.code(), &passphrase, now())?;
    let session = hand_over_recovery_code(vault, m, pending, &secrets)?;
    eprintln!(
        "{}",
        tr!(
            m,
            "cli-init-done",
            centre = centre.trim(),
            alias = session.alias()
        )
    );
    Ok(())
}

/// Shows the recovery code on stdout and commits the new keys only once it has
/// been handed over: printed to a script's stdout, or confirmed at the terminal.
fn hand_over_recovery_code(
    vault: &mut Vault,
    m: &Messages,
    pending: Pending,
    secrets: &SecretInput,
) -> Result<Session, CliError> {
    let code = zeroize::Zeroizing::new(pending.recovery_code().display());
    show::show_code(m, &tr!(m, "cli-recovery-code-intro"), &code, secrets)?;
    Ok(vault.commit(pending, now())?)
}

fn report_failed_logins(m: &Messages, session: &Session) {
    let failed = session.failed_logins();
    if failed.is_empty() {
        return;
    }
    let times: Vec<String> = failed.iter().map(|t| shown_time(m, *t)).collect();
    eprintln!(
        "{}",
        tr!(
            m,
            "cli-failed-logins",
            count = failed.len(),
            times = times.join(", ")
        )
    );
}

/// A moment for a list that scripts read: "2026-11-23 13:00".
fn local_time(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// A moment in a sentence for her, as the app shows it: "23 Nov 2026 13.00"
/// in Indonesian.
fn shown_time(m: &Messages, unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| {
            let t = t.with_timezone(&chrono::Local);
            format!(
                "{} {}",
                crate::i18n::short_date(m, t.date_naive()),
                crate::i18n::clock_time(m.lang(), t.time())
            )
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_language_follows_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            language_from(env(&[("LANG", "en_US.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            language_from(env(&[("LANG", "id_ID.UTF-8")])),
            Some(Lang::Id)
        );
        assert_eq!(language_from(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(language_from(env(&[])), None);
        let both = env(&[("LANG", "id_ID.UTF-8"), ("LC_MESSAGES", "en_GB")]);
        assert_eq!(language_from(both), Some(Lang::En));
        let all = env(&[
            ("LC_ALL", "fr_FR"),
            ("LC_MESSAGES", "en_GB"),
            ("LANG", "en"),
        ]);
        assert_eq!(language_from(all), None, "LC_ALL decides");
        let empty = env(&[("LC_ALL", ""), ("LANG", "en_US")]);
        assert_eq!(
            language_from(empty),
            Some(Lang::En),
            "an empty one is unset"
        );
    }

    /// In both languages, every command and argument has its words.
    #[test]
    fn help_has_words_for_everything_in_both_languages() {
        fn walk(m: &Messages, cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                if help_id(m, path, Some(arg.get_id().as_str())).is_none() {
                    missing.push(format!("{path} --{}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                let inner = [path, sub.get_name()].join("-");
                let inner = inner.trim_start_matches('-');
                if help_id(m, inner, None).is_none() {
                    missing.push(inner.to_string());
                }
                walk(m, sub, inner, missing);
            }
        }
        for lang in Lang::ALL {
            let m = Messages::new(lang);
            let mut missing = vec![];
            walk(&m, &Cli::command(), "", &mut missing);
            assert!(missing.is_empty(), "{lang:?}: {missing:?}");
            let help = localised(Cli::command(), &m, "")
                .find_subcommand_mut("init")
                .unwrap()
                .render_help()
                .to_string();
            assert!(
                help.contains(&tr!(m, "cli-help-init-facilitator")),
                "{help}"
            );
        }
    }
}

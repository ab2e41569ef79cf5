//! The command line, for facilitators' scripts and for tests. Secrets never come
//! from arguments: they are read from the terminal with echo off, or one per line
//! from standard input with `--passphrase-stdin`. Messages go to stderr in the
//! centre's language; a code that is issued is the last line on stdout.

use crate::crypto::{Passphrase, RecoveryCode, SetupCode};
use crate::datadir::{DataDir, DataDirError};
use crate::domain::Role;
use crate::i18n::{Lang, Messages, data_dir_error, role_word, status_word, vault_error};
use crate::tr;
use crate::vault::{Pending, Session, Vault, VaultError};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zeroize::Zeroizing;

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
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Set up a new centre and its first facilitator.
    Init {
        #[arg(long)]
        centre: String,
        #[arg(long, value_name = "ALIAS")]
        facilitator: String,
        #[arg(long, value_enum, default_value_t = LangArg::Id)]
        language: LangArg,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Manage accounts.
    #[command(subcommand)]
    Account(AccountCommand),
}

#[derive(Subcommand)]
pub enum AccountCommand {
    /// Create an unclaimed account and print its one-time setup code.
    Add {
        #[command(flatten)]
        acting: Acting,
        #[arg(long, value_enum)]
        role: RoleArg,
        #[arg(long)]
        alias: String,
    },
    /// List the accounts: alias, role, status, created, last login.
    List {
        #[command(flatten)]
        acting: Acting,
    },
    /// A new one-time setup code for an account not yet claimed (the old one stops working).
    NewCode(Target),
    /// Switch an account off; everything in it is kept.
    Disable(Target),
    /// Switch an account back on.
    Enable(Target),
    /// Delete an account and everything in it, for good. Needs --yes.
    Remove {
        #[command(flatten)]
        target: Target,
        /// Confirms that the account and everything in it may be deleted.
        #[arg(long)]
        yes: bool,
    },
    /// First login: the setup code, then a new passphrase twice.
    Claim(Own),
    /// Forgotten passphrase: the recovery code, then a new passphrase twice.
    Recover(Renew),
    /// Change the passphrase: the current one, then the new one twice.
    Passwd(Renew),
}

#[derive(Args)]
pub struct InputArgs {
    /// Read secrets from standard input, one per line.
    #[arg(long)]
    pub passphrase_stdin: bool,
}

/// The facilitator acting; her passphrase is the first secret read.
#[derive(Args)]
pub struct Acting {
    #[arg(long = "as", value_name = "ALIAS")]
    pub facilitator: String,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Args)]
pub struct Target {
    #[command(flatten)]
    pub acting: Acting,
    #[arg(long)]
    pub alias: String,
}

#[derive(Args)]
pub struct Own {
    #[arg(long)]
    pub alias: String,
    #[command(flatten)]
    pub input: InputArgs,
}

/// New keys for her own account.
#[derive(Args)]
pub struct Renew {
    #[command(flatten)]
    pub own: Own,
    /// Someone else may know the old passphrase: replace the sharing key too.
    #[arg(long)]
    pub old_passphrase_known: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    Id,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Participant,
    Mentor,
    Facilitator,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Participant => Role::Participant,
            RoleArg::Mentor => Role::Mentor,
            RoleArg::Facilitator => Role::Facilitator,
        }
    }
}

/// Why a command stopped. Each becomes one message in her language.
enum CliError {
    Vault(VaultError),
    DataDir(DataDirError),
    PassphrasesDiffer,
    BadSetupCode,
    BadRecoveryCode,
    InputClosed,
    Terminal,
    RemoveNotConfirmed,
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
            CliError::InputClosed => tr!(m, "err-input-closed"),
            CliError::Terminal => tr!(m, "err-terminal"),
            CliError::RemoveNotConfirmed => tr!(m, "err-remove-needs-yes"),
        }
    }
}

type Outcome = Result<(), CliError>;

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Where secrets come from: stdin lines, or the terminal with echo off.
struct SecretInput {
    from_stdin: bool,
}

impl SecretInput {
    fn read(&self, prompt: &str) -> Result<Zeroizing<String>, CliError> {
        if self.from_stdin {
            let mut line = Zeroizing::new(String::new());
            match std::io::stdin().lock().read_line(&mut line) {
                Ok(0) => Err(CliError::InputClosed),
                Ok(_) => Ok(line),
                Err(_) => Err(CliError::InputClosed),
            }
        } else {
            rpassword::prompt_password(format!("{prompt} "))
                .map(Zeroizing::new)
                .map_err(|_| CliError::Terminal)
        }
    }

    fn passphrase(&self, m: &Messages) -> Result<Passphrase, CliError> {
        Ok(Passphrase::typed(
            &self.read(&tr!(m, "cli-prompt-passphrase"))?,
        ))
    }

    /// A new passphrase, typed twice; the two must match.
    fn new_passphrase(&self, m: &Messages) -> Result<Passphrase, CliError> {
        let first = self.read(&tr!(m, "cli-prompt-new-passphrase"))?;
        let second = self.read(&tr!(m, "cli-prompt-repeat-passphrase"))?;
        let first = Passphrase::chosen(&first).map_err(|e| CliError::Vault(e.into()))?;
        if !first.matches(&Passphrase::typed(&second)) {
            return Err(CliError::PassphrasesDiffer);
        }
        Ok(first)
    }
}

/// Runs the command line and returns the process exit code: 0 done, 1 refused,
/// 2 a usage error (clap exits with 2 itself).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return crate::runtime::run(cli.data_dir);
    };
    let (result, m) = run(cli.data_dir, command);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.message(&m));
            ExitCode::FAILURE
        }
    }
}

/// Opens the vault and runs one command. Returns the messages in the centre's
/// language (Bahasa Indonesia until a centre says otherwise) for the caller to
/// report errors in.
fn run(data_dir: Option<PathBuf>, command: Command) -> (Outcome, Messages) {
    let mut m = Messages::new(Lang::Id);
    let opened = open_vault(data_dir, matches!(command, Command::Init { .. }));
    let mut vault = match opened {
        Ok(v) => v,
        Err(e) => return (Err(e), m),
    };
    if let Ok(Some(code)) = vault.setting(crate::store::settings::LANGUAGE) {
        m = Messages::new(Lang::from_code(&code));
    }
    let result = match command {
        Command::Init {
            centre,
            facilitator,
            language,
            input,
        } => {
            let lang = match language {
                LangArg::Id => Lang::Id,
                LangArg::En => Lang::En,
            };
            m = Messages::new(lang);
            init(&mut vault, &m, &centre, &facilitator, lang, &input)
        }
        Command::Account(cmd) => account(&mut vault, &m, cmd),
    };
    (result, m)
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
) -> Outcome {
    if vault.is_set_up()? {
        return Err(VaultError::AlreadySetUp.into());
    }
    let secrets = SecretInput {
        from_stdin: input.passphrase_stdin,
    };
    let passphrase = secrets.new_passphrase(m)?;
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
    eprintln!("{}", tr!(m, "cli-recovery-code-intro"));
    let mut out = std::io::stdout().lock();
    let shown = writeln!(out, "{}", pending.recovery_code().display()).and_then(|_| out.flush());
    drop(out);
    if shown.is_err() {
        return Err(CliError::Terminal);
    }
    if !secrets.from_stdin {
        eprint!("{} ", tr!(m, "cli-recovery-confirm"));
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line).unwrap_or(0) == 0 {
            return Err(CliError::InputClosed);
        }
    }
    Ok(vault.commit(pending, now())?)
}

fn report_failed_logins(m: &Messages, session: &Session) {
    let failed = session.failed_logins();
    if failed.is_empty() {
        return;
    }
    let times: Vec<String> = failed.iter().map(|t| local_time(*t)).collect();
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

fn local_time(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

fn login_as(
    vault: &mut Vault,
    m: &Messages,
    acting: &Acting,
) -> Result<(Session, SecretInput), CliError> {
    let secrets = SecretInput {
        from_stdin: acting.input.passphrase_stdin,
    };
    let passphrase = secrets.passphrase(m)?;
    let session = vault.unlock(&acting.facilitator, &passphrase, now())?;
    report_failed_logins(m, &session);
    Ok((session, secrets))
}

fn account(vault: &mut Vault, m: &Messages, cmd: AccountCommand) -> Outcome {
    match cmd {
        AccountCommand::Add {
            acting,
            role,
            alias,
        } => {
            let (session, _) = login_as(vault, m, &acting)?;
            let code = vault.add_account(&session, role.into(), &alias, now())?;
            let hours = vault
                .setting(crate::store::settings::SETUP_CODE_HOURS)?
                .unwrap_or_default();
            eprintln!(
                "{}",
                tr!(
                    m,
                    "cli-account-added",
                    alias = alias.trim(),
                    role = role_word(m, role.into())
                )
            );
            eprintln!(
                "{}",
                tr!(
                    m,
                    "cli-setup-code-intro",
                    alias = alias.trim(),
                    hours = hours
                )
            );
            println!("{}", code.display());
        }
        AccountCommand::List { acting } => {
            let (session, _) = login_as(vault, m, &acting)?;
            let accounts = vault.list_accounts(&session)?;
            println!("{}", tr!(m, "cli-list-header"));
            for a in accounts {
                let last = a
                    .last_login_at
                    .map(local_time)
                    .unwrap_or_else(|| tr!(m, "cli-never"));
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    a.alias,
                    role_word(m, a.role),
                    status_word(m, a.status),
                    local_time(a.created_at),
                    last
                );
            }
        }
        AccountCommand::NewCode(t) => {
            let (session, _) = login_as(vault, m, &t.acting)?;
            let code = vault.new_setup_code(&session, &t.alias, now())?;
            let hours = vault
                .setting(crate::store::settings::SETUP_CODE_HOURS)?
                .unwrap_or_default();
            eprintln!(
                "{}",
                tr!(
                    m,
                    "cli-setup-code-intro",
                    alias = t.alias.trim(),
                    hours = hours
                )
            );
            println!("{}", code.display());
        }
        AccountCommand::Disable(t) => {
            let (session, _) = login_as(vault, m, &t.acting)?;
            vault.set_enabled(&session, &t.alias, false)?;
            eprintln!("{}", tr!(m, "cli-account-disabled", alias = t.alias.trim()));
        }
        AccountCommand::Enable(t) => {
            let (session, _) = login_as(vault, m, &t.acting)?;
            vault.set_enabled(&session, &t.alias, true)?;
            eprintln!("{}", tr!(m, "cli-account-enabled", alias = t.alias.trim()));
        }
        AccountCommand::Remove { target: t, yes } => {
            if !yes {
                return Err(CliError::RemoveNotConfirmed);
            }
            let (session, _) = login_as(vault, m, &t.acting)?;
            vault.remove_account(&session, &t.alias)?;
            eprintln!("{}", tr!(m, "cli-account-removed", alias = t.alias.trim()));
        }
        AccountCommand::Claim(own) => {
            let secrets = SecretInput {
                from_stdin: own.input.passphrase_stdin,
            };
            let typed = secrets.read(&tr!(m, "cli-prompt-setup-code"))?;
            let code = SetupCode::parse(&typed).ok_or(CliError::BadSetupCode)?;
            let passphrase = secrets.new_passphrase(m)?;
            let pending = vault.prepare_claim(&own.alias, &code, &passphrase, now())?;
            let session = hand_over_recovery_code(vault, m, pending, &secrets)?;
            eprintln!("{}", tr!(m, "cli-claim-done", alias = session.alias()));
        }
        AccountCommand::Recover(Renew {
            own,
            old_passphrase_known,
        }) => {
            let secrets = SecretInput {
                from_stdin: own.input.passphrase_stdin,
            };
            let typed = secrets.read(&tr!(m, "cli-prompt-recovery-code"))?;
            let code = RecoveryCode::parse(&typed).ok_or(CliError::BadRecoveryCode)?;
            let passphrase = secrets.new_passphrase(m)?;
            let pending = vault.prepare_recovery(
                &own.alias,
                &code,
                &passphrase,
                old_passphrase_known,
                now(),
            )?;
            let session = hand_over_recovery_code(vault, m, pending, &secrets)?;
            report_failed_logins(m, &session);
            eprintln!("{}", tr!(m, "cli-recover-done", alias = session.alias()));
        }
        AccountCommand::Passwd(Renew {
            own,
            old_passphrase_known,
        }) => {
            let secrets = SecretInput {
                from_stdin: own.input.passphrase_stdin,
            };
            let current = secrets.passphrase(m)?;
            let passphrase = secrets.new_passphrase(m)?;
            let session = vault.unlock(&own.alias, &current, now())?;
            report_failed_logins(m, &session);
            let pending = vault.prepare_rotation(session, &passphrase, old_passphrase_known)?;
            hand_over_recovery_code(vault, m, pending, &secrets)?;
            eprintln!("{}", tr!(m, "cli-passwd-done"));
        }
    }
    Ok(())
}

//! `langkah account …`: the facilitator's account commands, and her own claim,
//! recovery and passphrase change.

use super::show::show_code;
use super::{
    CliError, CliResult, InputArgs, SecretInput, hand_over_recovery_code, local_time, now,
    report_failed_logins,
};
use crate::crypto::{RecoveryCode, SetupCode};
use crate::domain::Role;
use crate::i18n::{Messages, role_word, status_word};
use crate::tr;
use crate::vault::{Session, Vault};
use clap::{Args, Subcommand, ValueEnum};

#[derive(Subcommand)]
pub enum AccountCommand {
    /// Create an unclaimed account and print its one-time setup code.
    Add {
        #[command(flatten)]
        acting: Acting,
        /// What the new account is for.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The new account's name: a nickname, not a full name.
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

/// The facilitator acting; her passphrase is the first secret read.
#[derive(Args)]
pub struct Acting {
    /// The facilitator doing this; her passphrase is asked for first.
    #[arg(long = "as", value_name = "ALIAS")]
    pub facilitator: String,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Args)]
pub struct Target {
    #[command(flatten)]
    pub acting: Acting,
    /// The account to act on.
    #[arg(long)]
    pub alias: String,
}

#[derive(Args)]
pub struct Own {
    /// Your account's name.
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

fn login_as(
    vault: &mut Vault,
    m: &Messages,
    acting: &Acting,
) -> Result<(Session, SecretInput), CliError> {
    let secrets = SecretInput {
        from_stdin: acting.input.passphrase_stdin,
    };
    let prompt = tr!(
        m,
        "cli-prompt-facilitator-passphrase",
        alias = acting.facilitator.trim()
    );
    let passphrase = secrets.passphrase(&prompt)?;
    let session = vault.unlock(&acting.facilitator, &passphrase, now())?;
    report_failed_logins(m, &session);
    Ok((session, secrets))
}

pub(super) fn run(vault: &mut Vault, m: &Messages, cmd: AccountCommand) -> CliResult {
    match cmd {
        AccountCommand::Add {
            acting,
            role,
            alias,
        } => {
            let (session, secrets) = login_as(vault, m, &acting)?;
            let code = vault.add_account(&session, role.into(), &alias, now())?;
            let hours = vault.centre_settings().setup_code_hours;
            eprintln!(
                "{}",
                tr!(
                    m,
                    "cli-account-added",
                    alias = alias.trim(),
                    role = role_word(m, role.into())
                )
            );
            let intro = tr!(
                m,
                "cli-setup-code-intro",
                alias = alias.trim(),
                hours = hours
            );
            show_code(m, &intro, &code.display(), &secrets)?;
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
            let (session, secrets) = login_as(vault, m, &t.acting)?;
            let code = vault.new_setup_code(&session, &t.alias, now())?;
            let hours = vault.centre_settings().setup_code_hours;
            let intro = tr!(
                m,
                "cli-setup-code-intro",
                alias = t.alias.trim(),
                hours = hours
            );
            show_code(m, &intro, &code.display(), &secrets)?;
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
            let passphrase =
                secrets.new_passphrase(m, &[&own.alias, &vault.centre_settings().name])?;
            eprintln!("{}", tr!(m, "busy"));
            let pending = vault
                .prepare_claim(&own.alias, &code, &passphrase, now())
                .map_err(|e| code_refused(e, CliError::WrongSetupCode))?;
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
            let passphrase =
                secrets.new_passphrase(m, &[&own.alias, &vault.centre_settings().name])?;
            eprintln!("{}", tr!(m, "busy"));
            let pending = vault
                .prepare_recovery(&own.alias, &code, &passphrase, old_passphrase_known, now())
                .map_err(|e| code_refused(e, CliError::WrongRecoveryCode))?;
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
            // The current passphrase is checked before she chooses a new one.
            let current = secrets.passphrase(&tr!(m, "cli-prompt-current-passphrase"))?;
            eprintln!("{}", tr!(m, "busy"));
            let session = vault.unlock(&own.alias, &current, now())?;
            report_failed_logins(m, &session);
            let passphrase =
                secrets.new_passphrase(m, &[&own.alias, &vault.centre_settings().name])?;
            eprintln!("{}", tr!(m, "busy"));
            let pending = vault.prepare_rotation(session, &passphrase, old_passphrase_known)?;
            hand_over_recovery_code(vault, m, pending, &secrets)?;
            eprintln!("{}", tr!(m, "cli-passwd-done"));
        }
    }
    Ok(())
}

/// A code that didn't match is named as a code; any other refusal as it is.
fn code_refused(e: crate::vault::VaultError, wrong_code: CliError) -> CliError {
    match e {
        crate::vault::VaultError::WrongCredentials { retry_after: None } => wrong_code,
        e => e.into(),
    }
}

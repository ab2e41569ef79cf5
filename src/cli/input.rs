//! Where secrets come from: stdin lines, or the terminal with echo off.

use super::CliError;
use crate::crypto::Passphrase;
use crate::i18n::Messages;
use crate::tr;
use std::io::BufRead;
use zeroize::Zeroizing;

pub(super) struct SecretInput {
    pub from_stdin: bool,
}

impl SecretInput {
    pub fn read(&self, prompt: &str) -> Result<Zeroizing<String>, CliError> {
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

    /// A passphrase asked for with `prompt`, which says whose it is.
    pub fn passphrase(&self, prompt: &str) -> Result<Passphrase, CliError> {
        Ok(Passphrase::typed(&self.read(prompt)?))
    }

    /// A new passphrase, typed twice; the two must match, and it must be hard
    /// to guess for someone who knows the `known` words (her alias, the centre).
    pub fn new_passphrase(&self, m: &Messages, known: &[&str]) -> Result<Passphrase, CliError> {
        let first = self.read(&tr!(m, "cli-prompt-new-passphrase"))?;
        let second = self.read(&tr!(m, "cli-prompt-repeat-passphrase"))?;
        let first = Passphrase::chosen(&first, known).map_err(|e| CliError::Vault(e.into()))?;
        if !first.matches(&Passphrase::typed(&second)) {
            return Err(CliError::PassphrasesDiffer);
        }
        Ok(first)
    }
}

# Langkah — English.
# Tone: warm, plain, never judgmental.

## Command line

cli-no-app-yet = The app screens are on their way. For now, use `langkah init` and `langkah account`. Type `langkah --help` to see them all.
cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = New passphrase (at least 8 characters; a few words make a strong one):
cli-prompt-repeat-passphrase = Type the new passphrase once more:
cli-prompt-setup-code = Setup code:
cli-prompt-recovery-code = Recovery code:
cli-recovery-code-intro = This is your recovery code. Write it down and keep it somewhere safe. If you forget your passphrase, only this code can open your account. No one else can open it.
cli-recovery-confirm = Press Enter once the code is kept safe.
cli-setup-code-intro = Setup code for { $alias } (valid for { $hours } hours, use once):
cli-init-done = The centre "{ $centre }" is ready. Welcome, { $alias }.
cli-claim-done = The account { $alias } is ready to use.
cli-passwd-done = Your passphrase has been changed. The old recovery code no longer works.
cli-recover-done = The account { $alias } has a new passphrase. The old recovery code no longer works.
cli-account-added = The account { $alias } ({ $role }) has been created.
cli-account-disabled = The account { $alias } is switched off. Everything in it is kept.
cli-account-enabled = The account { $alias } is switched on again.
cli-account-removed = The account { $alias } and everything in it have been deleted.
cli-failed-logins = { $count ->
    [one] Since you last logged in, there was 1 attempt with a wrong passphrase: { $times }.
   *[other] Since you last logged in, there were { $count } attempts with a wrong passphrase: { $times }.
}
cli-never = never
cli-list-header = name	role	status	created	last login

role-facilitator = facilitator
role-participant = participant
role-mentor = mentor

status-unclaimed = unclaimed
status-active = active
status-disabled = switched off

## Error messages

err-not-set-up = No centre has been set up in this data folder yet. Start with `langkah init`.
err-already-set-up = A centre is already set up in this data folder.
err-wrong-credentials = The name or passphrase doesn't match. Please take your time and try again.
err-wrong-credentials-wait = The name or passphrase doesn't match. Please try again in { $seconds } seconds.
err-try-later = Too many attempts. Please try again in { $seconds } seconds.
err-account-disabled = This account is switched off for now. Please talk to a facilitator.
err-not-allowed = Only a facilitator can do this.
err-unknown-account = There is no account with that name.
err-alias-taken = That name is already in use. Please choose another.
err-alias-empty = The name can't be empty.
err-alias-too-long = The name is too long (32 characters at most).
err-alias-bad-character = A name can have letters, numbers, spaces, dots, dashes and underscores.
err-passphrase-too-short = A passphrase needs at least 8 characters. A few words you remember easily make a strong one.
err-passphrases-differ = The two passphrases are not the same. Please type them again.
err-bad-setup-code = A setup code has 12 letters and numbers, for example ABCD-EFGH-JK12.
err-bad-recovery-code = A recovery code has 24 letters and numbers, in six groups of four.
err-last-facilitator = The last active facilitator can't be switched off or removed.
err-conflict = This account just changed in another window. Please start again.
err-tampered = The stored keys don't match. Someone may have changed the data file. Please stop here and talk to a facilitator.
err-damaged = Some data is damaged or was changed, so it was not opened.
err-kdf-too-high = This file asks for far too much locking work, so it was refused.
err-kdf-too-low = This file is locked too weakly, so it was refused.
err-db-not-database = The data file is damaged or is not a Langkah file.
err-db-too-new = This data file was made by a newer Langkah. Please use the newer version.
err-db-busy = The data file is busy in another window. Please try again in a moment.
err-db-other = The data file can't be read or written.
err-dir-no-home = There is no home folder to keep the data in. Choose a folder with --data-dir.
err-dir-symlink = The data folder is a symbolic link, so it is not used, for safety.
err-dir-not-folder = The chosen data place is not a folder.
err-dir-too-open = Other users can open the data folder. Please restrict it first (for example `chmod 700`).
err-dir-not-owner = The data folder belongs to another user, so it is not used.
err-dir-io = The data folder can't be used.
err-input-closed = The input ended before everything needed was typed.
err-terminal = Can't read from the terminal. Use --passphrase-stdin.
err-remove-needs-yes = Deleting an account cannot be undone: everything in it goes too. If you are sure, repeat the command with --yes.

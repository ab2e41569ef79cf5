# Langkah — English.
# Tone: warm, plain, never judgmental.

## Command line

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

## The app screens

too-small = This window is too small. Please make it at least { $width } columns × { $height } rows.
busy = One moment, opening…
exit-tmux-note = Note: tmux or screen keeps its own history of the screen, which Langkah can't clear. Close that window to clear it.

## Dates

date-long = { $weekday }, { $day } { $month } { $year }
day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Keys

key-hide = Hide
key-help = Help
key-quit = Close the app
key-up = Up
key-down = Down
key-choose = Choose
key-back = Back
key-next = Next
key-next-field = Next field
key-prev-field = Previous field
key-login = Log in
key-language = Bahasa Indonesia
key-forgot = Forgot passphrase
key-first-login = First time here
key-tick-kept = Tick "I have kept it"
key-continue = Continue
key-cancel = Cancel
key-open = Open
key-add-account = Add account
key-toggle-account = Switch off / on
key-less = Less
key-more = More
key-close-help = Close help
key-yes = Yes
key-no = No

## Form fields

field-alias = Name
field-passphrase = Passphrase
field-centre-name = Name of this place
field-your-alias = Your name
field-new-passphrase = New passphrase
field-repeat-passphrase = Repeat passphrase
field-new-alias = Account name
field-setup-code = Setup code
field-recovery-code = Recovery code
field-current-passphrase = Current passphrase

passphrase-hint = Tip: a few words you can easily remember, like "sweet tea in the morning", make a strong passphrase.

## First run

wizard-title = Welcome to Langkah
wizard-welcome = Welcome. Let's set up Langkah on this computer. It only takes a few minutes.
wizard-choose-language = Pilih bahasa utama / Choose the main language:
wizard-intro = Write the name of this place and your name as facilitator, then choose your passphrase.
err-centre-empty = The name of this place is still empty.
first-participant-title = The first participant account
first-participant-intro = If you like, create the first participant's account now. Type her nickname and press Enter. Press Esc to skip this step.

## Login

login-title = Log in
login-intro = Type your name and your passphrase.
login-wait = Please wait { $seconds } seconds, then try again.
login-names = Names on this computer:
claim-title = First time here
claim-intro = Type your name and the setup code from the facilitator, then choose your own passphrase. Only you will know it.
recover-title = Forgot passphrase
recover-intro = Type your name and the recovery code you kept, then choose a new passphrase.
change-passphrase-title = Change passphrase
change-passphrase-intro = Type your current passphrase, then the new one twice. You will get a new recovery code.

## Codes to keep

recovery-title = Your recovery code
recovery-intro-new = This is your recovery code. If you ever forget your passphrase, only this code can open your account. No one else can open it, not even the facilitator.
recovery-intro-replaced = This is your new recovery code. The old one no longer works.
recovery-advice = Write this code on paper and keep it somewhere safe, apart from your passphrase. Don't photograph it with someone else's phone.
recovery-kept = I have written it down and kept it safe.
notice-tick-first = Press Space to tick once the code is kept, then press Enter.
notice-passphrase-changed = Your passphrase has been changed.
setup-code-title = Setup code
setup-code-intro = Setup code for { $alias }:
setup-code-advice = Give this code to her in person. It works once and for { $hours } hours. She will choose her own passphrase the first time she logs in.

## Home

home-title = Hello, { $alias }
home-failed-logins = Since you last logged in, someone typed a wrong passphrase for your name { $count } times (last on { $date } at { $time }). If that wasn't you, think about changing your passphrase.
home-prompt-intro = Something to think about today:
prompt-daily-1 = What is one small thing that went well today?
prompt-daily-2 = What are you hoping for this week?
prompt-daily-3 = Who made you smile lately?
prompt-daily-4 = What would you like to learn next?
prompt-daily-5 = What small step could you take tomorrow?
home-mentor-nothing-yet = Nothing has been shared with you yet.
home-facilitator-intro = Here you manage accounts and settings. You can't read what participants write, and that is on purpose.
menu-accounts = Accounts
menu-settings = Settings
menu-privacy = Who can see what
menu-change-passphrase = Change passphrase
menu-lock = Lock now

## Accounts

accounts-title = Accounts
accounts-alias = Name
accounts-role = Role
accounts-status = Status
accounts-last-login = Last login
accounts-never = never
choose-role-intro = Who is this new account for?
add-account-title = Add account
add-account-intro = Type a nickname for the new { $role } account. She will choose her own passphrase.
confirm-title = Are you sure?
confirm-disable = Switch off the account { $alias }? Everything in it is kept, and it can be switched on again. (y = yes, n = no)
confirm-enable = Switch the account { $alias } on again? (y = yes, n = no)

## Settings

settings-title = Settings
settings-intro = These settings apply to everyone on this computer. Use ← and → to change them; changes are saved at once.
settings-language = Main language
settings-auto-lock = Lock by itself when unused for
settings-minutes = { $minutes } minutes
settings-show-names = Show the list of names at login
settings-on = yes
settings-off = no

## Who can see what

privacy-title = Who can see what
privacy-private-title = Yours alone
privacy-private = Everything you write and every amount you enter is locked with your passphrase before it is saved. Without your passphrase or your recovery code no one can read it, not even someone who copies the data file.
privacy-facilitator-title = What a facilitator can see
privacy-facilitator = A facilitator can see account names, their roles, whether an account is switched on, and when it was last used. A facilitator can't read your writing, your goals or your amounts, and can't open your account.
privacy-sharing-title = Sharing
privacy-sharing = Nothing is shared unless you choose it yourself. You pick entries one by one, see exactly what will be shared first, and can take it back.
privacy-hide-title = Hide quickly
privacy-hide = Press F12 or Ctrl+G at any time. Langkah locks at once and shows an empty login screen. It also locks by itself when it has not been used for a while.
privacy-limits-title = What can't be prevented
privacy-limits = Someone in full control of this computer could install a recording tool. Don't type your passphrase while someone is watching, and never give your passphrase to anyone.

## Help

help-title = Help
help-general = The keys on this screen:
help-login = Type your name, press Tab or ↓ to move to the passphrase, then press Enter. If you just got a setup code, press F4. If you forgot your passphrase, press F3.
help-form = Fill in each field. Enter moves to the next field and sends on the last one. Esc goes back without saving.
help-recovery-code = Write this code on paper. Press Space to tick once it is kept, then Enter.
help-hide-and-quit = F12 or Ctrl+G locks and hides the screen at once. F10 locks and closes the app completely, then clears the screen.

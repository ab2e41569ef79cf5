# Langkah — English.
# Tone: warm, plain, never judgmental.

## Command line

cli-prompt-new-passphrase = New passphrase (at least 8 letters or numbers, spaces count. A few words make a strong one):
cli-prompt-repeat-passphrase = Type the new passphrase once more:
cli-prompt-setup-code = Setup code:
cli-prompt-recovery-code = Recovery code:
cli-recovery-code-intro = This is your recovery code. Write it on paper and keep it somewhere safe. If you forget your passphrase, only this code can open your account. No one else can open it.
cli-recovery-confirm = Press Enter once the code is kept safe.
cli-setup-code-intro = Setup code for { $alias } (valid for { $hours } hours, use once):
cli-init-done = Langkah at "{ $centre }" is ready. Welcome, { $alias }.
cli-claim-done = The account { $alias } is ready to use.
cli-passwd-done = Your passphrase has been changed. The old recovery code no longer works.
cli-recover-done = The account { $alias } can be opened again with a new passphrase. The old recovery code no longer works.
cli-account-added = The account { $alias } ({ $role }) has been created.
cli-account-disabled = The account { $alias } is switched off. Everything in it is kept.
cli-account-enabled = The account { $alias } is switched on again.
cli-account-removed = The account { $alias } and everything in it have been deleted.
cli-failed-logins = { $count ->
    [one] Since you last logged in, a wrong passphrase was typed for your name once: { $times }. It may just have been a typo.
   *[other] Since you last logged in, a wrong passphrase was typed for your name { $count } times: { $times }. It may just have been a typo.
}
cli-never = never
cli-list-header = name	role	status	created	last login

role-facilitator = facilitator
role-participant = participant
role-mentor = mentor

status-unclaimed = not set up yet
status-active = active
status-disabled = switched off

## Error messages

err-not-set-up = Langkah has not been set up in this data folder yet. Start with `langkah init`.
err-already-set-up = Langkah is already set up in this data folder.
err-wrong-credentials = The name or passphrase doesn't match. Take your time and try again.
err-wrong-credentials-wait = The name or passphrase doesn't match. Please try again in { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }.
err-try-later = Too many attempts. Please try again in { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }.
err-account-disabled = This account is switched off for now. Please talk to a facilitator.
err-not-allowed = Only a facilitator can do this.
err-unknown-account = There is no account with that name.
err-alias-taken = That name is already in use. Please choose another.
err-alias-empty = The name can't be empty.
err-alias-too-long = The name is too long (32 letters or numbers at most).
err-alias-bad-character = A name can have letters, numbers, spaces, dots, dashes and underscores.
err-passphrase-too-short = A passphrase needs at least 8 letters or numbers (spaces count). A few words that are easy to remember make a strong one.
err-passphrase-too-easy = This is easy to guess, like a common word or a name with numbers. Use a few words that don't belong together.
err-passphrases-differ = The two passphrases are not the same. Please type them again.
err-bad-setup-code = A setup code has 12 letters and numbers, for example ABCD-EFGH-JK12.
err-bad-recovery-code = A recovery code has 24 letters and numbers, in six groups of four.
err-last-facilitator = The last active facilitator can't be switched off or removed.
err-conflict = This account just changed in another window. Please start again.
err-tampered = Something in the data file doesn't match, so Langkah stopped to protect what is in it. Please tell a facilitator.
err-damaged = Some data is damaged or was changed, so it was not opened.
err-kdf-too-high = This file has unusual lock settings, so it was not opened.
err-kdf-too-low = This file is locked too weakly, so it was not opened.
err-db-not-database = The data file is damaged or is not a Langkah file.
err-db-too-new = This data file was made by a newer Langkah. Please use the newer version.
err-db-too-old = This data file was made by an early test version of Langkah. This version can't open it. Ask a facilitator to set up a new data folder.
err-db-altered = The data file's structure was changed outside the app. To keep you safe, it was not opened. Please tell a facilitator.
err-db-busy = The data file is busy in another window. Please try again in a moment.
err-db-other = The data file can't be read or written.
err-dir-no-home = There is no user (home) folder to keep the data in. Choose a folder with --data-dir.
err-dir-symlink = The data folder is a symbolic link, so it is not used, for safety.
err-dir-not-folder = The chosen data place is not a folder.
err-dir-too-open = Other users can open the data folder. Please restrict it first (for example `chmod 700`).
err-dir-not-owner = The data folder belongs to another user, so it is not used.
err-dir-io = The data folder can't be used.
err-input-closed = The input stopped before everything needed was typed.
err-terminal = Can't read from the terminal. Use --passphrase-stdin.
err-remove-needs-yes = Deleting an account cannot be undone. Everything in it goes too. If you are sure, repeat the command with --yes.

## The app screens

too-small = This window is too small. Please make it at least { $width } columns × { $height } rows.
busy = One moment…
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
key-tick-kept = Tick "I have written it down"
key-continue = Continue
key-cancel = Cancel
key-open = Open
key-add-account = Add account
key-toggle-account = Switch off / on
key-less = Previous choice
key-more = Next choice
key-close-help = Close help
key-yes = Yes
key-no = No

## Form fields

field-alias = Name
field-passphrase = Passphrase
field-centre-name = General name for this place
field-your-alias = Your name
field-new-passphrase = New passphrase
field-repeat-passphrase = Repeat passphrase
field-new-alias = Nickname
field-setup-code = Setup code
field-recovery-code = Recovery code
field-current-passphrase = Current passphrase

passphrase-hint = A strong passphrase: a few ordinary words that don't belong together. Easy to remember, hard for others to guess.
passphrase-suggestion = A suggested passphrase: { $words }. Use it, or choose your own words. Make sure no one is watching the screen.

## First run

wizard-title = Welcome to Langkah
wizard-welcome = Welcome. Let's set up Langkah on this computer. It only takes a few minutes.
wizard-choose-language = Pilih bahasa utama / Choose the main language:
wizard-intro = Write a general name for this place, for example "Learning House", not the name of the organisation. Place and account names are not locked, so they can be seen. Then write your name and create a passphrase.
err-centre-empty = The name of this place is still empty.
first-participant-title = The first participant account
first-participant-intro = If you like, create the first participant's account now. Type her nickname, not her full name. This name is not locked, so others at this computer can see it. Press Enter, or Esc to skip this step.

## Login

login-title = Log in
login-intro = Type your name and your passphrase.
login-wait = Try again in { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }.
login-names = Names on this computer:
claim-title = First time here
claim-intro = Type your name and the setup code from the facilitator. Then create your own passphrase. Only you will know it.
recover-title = Forgot passphrase
recover-intro = Type your name and the recovery code you kept on paper. Then create a new passphrase.
change-passphrase-title = Change passphrase
change-passphrase-intro = Type your current passphrase, then the new one twice. After that, your new recovery code is shown.

## Codes to keep

recovery-title = Recovery code
recovery-intro-new = This is your recovery code. If you ever forget your passphrase, only this code can open your account. No one else can open it, not even the facilitator.
recovery-intro-replaced = This is your new recovery code. The old one no longer works.
recovery-advice = Write this code on paper and keep it somewhere safe, apart from your passphrase. Don't photograph it with someone else's phone.
recovery-kept = I have written it down and kept it safe.
notice-tick-first = Press Space to tick once the code is kept, then press Enter.
notice-passphrase-changed = Your passphrase has been changed.
setup-code-title = Setup code
setup-code-intro = Setup code for { $alias }:
setup-code-advice = Give this code to her in person. It works once and for { $hours } hours. She will create her own passphrase the first time she logs in.

## Home

home-title = Hello, { $alias }
home-failed-logins = Since you last logged in, a wrong passphrase was typed for your name { $count ->
        [one] once
       *[other] { $count } times
    } (last on { $date } at { $time }). It may just have been a typo. If it wasn't you, it's a good idea to change your passphrase.
home-unreadable = { $count ->
    [one] 1 item could not be opened.
   *[other] { $count } items could not be opened.
} Everything else is safe and still here. Please tell a facilitator that something in the data file does not match.
home-returned = Something you deleted came back. It has been removed again.
home-unopened-messages = { $count ->
    [one] 1 message could not be opened, so it was removed.
   *[other] { $count } messages could not be opened, so they were removed.
}
home-mismatch-fixed = Something in the data file did not match. It has been put right, and your writing is safe. Please tell a facilitator.
home-prompt-intro = A question for today:
prompt-daily-1 = What is one small thing that went well today?
prompt-daily-2 = What are you hoping for this week?
prompt-daily-3 = Who made you smile lately?
prompt-daily-4 = What would you like to learn next?
prompt-daily-5 = What small step could you take tomorrow?
home-mentor-nothing-yet = Nothing has been shared with you yet.
home-facilitator-intro = Here you manage accounts and settings. A facilitator can't read what participants write. That is on purpose, to keep their writing private.
menu-accounts = Accounts
menu-settings = Settings
menu-privacy = What others can see
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
add-account-intro = Type a name for the new { $role } account. Use a nickname or a made-up name, not a full name. This name is not locked, so others at this computer can see it. She will create her own passphrase.
confirm-title = Are you sure?
confirm-disable = Switch off the account { $alias }? Everything in it is kept, and it can be switched on again. (y = yes, n = no)
confirm-enable = Switch the account { $alias } on again? (y = yes, n = no)

## Settings

settings-title = Settings
settings-intro = These settings apply to everyone on this computer. Use ← and → to change them. Changes are saved at once.
settings-language = Main language
settings-auto-lock = Lock by itself when unused for
settings-minutes = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
settings-show-names = List of names on the login screen (everyone can see it)
settings-on = yes
settings-off = no

## Who can see what

privacy-title = What others can see
privacy-private-title = Yours alone
privacy-private = Everything you write and every amount you enter is locked with your passphrase before it is saved. Without your passphrase or recovery code no one can read it, not even someone who copies the data file.
privacy-facilitator-title = What a facilitator can see
privacy-facilitator = A facilitator can see account names, their roles, whether an account is switched on, and when it was last used. A facilitator can't open your account, and can't read the writing, goals or amounts in it.
privacy-sharing-title = Sharing
privacy-sharing = For now, Langkah can't share anything. Later, nothing will be shared except entries you choose yourself, one by one, after seeing them first.
privacy-hide-title = Hide quickly
privacy-hide = Press F12 or Ctrl+G at any time. Langkah locks at once and shows an empty login screen. It also locks by itself when it has not been used for a while.
privacy-limits-title = What can't be prevented
privacy-limits = Someone in full control of this computer could install a program that records everything typed. Don't type your passphrase while someone is watching, and never tell your passphrase to anyone.

## Help

help-title = Help
help-general = The keys on this screen:
help-login = Type your name, press Tab or ↓ to move to the passphrase, then press Enter. If you just got a setup code, press F4. If you forgot your passphrase, press F3.
help-form = Fill in each field. Enter moves to the next field. On the last one, Enter finishes. Esc goes back without saving.
help-recovery-code = Write this code on paper. Press Space to tick once it is kept, then Enter.
help-hide-and-quit = F12 or Ctrl+G locks and hides the screen at once. F10 locks and closes the app completely, then clears the screen.

## Journal

menu-write = Write a new entry
menu-write-with-prompt = Write with the help of a question
menu-journal = My entries
home-on-this-day = Written on this date earlier:
journal-title = My entries
journal-search = Search:
journal-count = { $shown } of { $total ->
        [one] 1 entry
       *[other] { $total } entries
    }
journal-filtered = filtered:
journal-empty = No entries yet. Press n to start writing. There is no right or wrong; just write what is on your mind.
journal-no-match = No entries match these filters. Press f and then x to clear them.
journal-modified = Changed { $date } at { $time }
journal-saved = The entry has been saved.
journal-deleted = The entry has been deleted.
journal-on-this-day-on = Entries written on this date in earlier months or years will show on the home screen. Press o again to hide them.
journal-on-this-day-off = Earlier entries no longer show on the home screen.
journal-nothing-to-save = This entry is still empty, so nothing was saved.
filter-last-days = last { $days } days
checkin-not-set = not set
checkin-mood = Mood
checkin-hope = Hope
checkin-calm = Calm
checkin-confidence = Confidence
mood-1 = heavy
mood-2 = not so good
mood-3 = okay
mood-4 = good
mood-5 = very good
level-hope-1 = hardly any
level-hope-2 = a little
level-hope-3 = some
level-hope-4 = a lot
level-hope-5 = plenty
level-calm-1 = restless
level-calm-2 = not so calm
level-calm-3 = fairly calm
level-calm-4 = calm
level-calm-5 = very calm
level-confidence-1 = very unsure
level-confidence-2 = not so sure
level-confidence-3 = fairly sure
level-confidence-4 = sure
level-confidence-5 = very sure
editor-title-new = New entry
editor-title-edit = Edit entry
editor-date = Date
editor-entry-title = Title
editor-tags = Tags
editor-body = Your writing
editor-body-empty = (press Tab a few times until the cursor is here, then start writing)
editor-hint-choice = ← and → to change. Tab moves to the next part. Every part may stay empty.
editor-hint-text = Your writing is kept automatically as you go. F2 saves it. Ctrl+U undoes the last typing, Ctrl+R brings it back.
prompts-title = Questions to help you write
prompts-intro = Choose a set of questions. The question is shown above your writing. You may answer it or not.
prompts-reflection-on = Reflections (sabar, syukur, ikhlas, doa) are shown. Press r to hide them.
prompts-reflection-off = There is also a set of reflections (sabar, syukur, ikhlas, doa). Press r if you would like to see it.
prompts-set-everyday = Everyday
prompts-set-hope = Hope and good things
prompts-set-worries = When your heart feels heavy
prompts-set-learned = What I learned
prompts-set-plans = My plans
prompts-set-self = About myself
prompts-set-people = The people around me
prompts-set-deciding = Making a decision
prompts-set-reflection = Reflection
prompt-everyday-1 = How are you today?
prompt-everyday-2 = What made you smile today?
prompt-everyday-3 = Who did you talk with today, and how did it feel?
prompt-everyday-4 = What would you like to remember about today?
prompt-hope-1 = What are you hoping for next month?
prompt-hope-2 = Write down three small things that made you glad today.
prompt-hope-3 = Who has helped you, and how?
prompt-hope-4 = A year from now, what would a good day look like for you?
prompt-worries-1 = What is worrying you at the moment?
prompt-worries-2 = What usually helps when your heart feels heavy?
prompt-worries-3 = Who can you talk to when you need a friend?
prompt-worries-4 = What one small thing could make tomorrow a little lighter?
prompt-worries-5 = What could you do for just five minutes to calm your heart?
prompt-worries-6 = What would you like to tell yourself on a heavy day?
prompt-learned-1 = What did you learn today?
prompt-learned-2 = What skill are you practising?
prompt-learned-3 = What made you proud of yourself lately, however small?
prompt-learned-4 = What would you like to try in a new way?
prompt-plans-1 = What small step will you take this week?
prompt-plans-2 = What do you need to start or run a business?
prompt-plans-3 = Who could help with your plans?
prompt-plans-4 = What would you like to reach in the next three months?
prompt-plans-5 = What is one thing about money or saving you would like to understand better?
prompt-self-1 = What is one good thing about you that others may not know yet?
prompt-self-2 = What small kindness did you do for yourself today?
prompt-self-3 = What can you do now that you couldn't a month ago?
prompt-self-4 = What would you like to try, even if it feels a little scary?
prompt-people-1 = Who are you able to be yourself with?
prompt-people-2 = Who would you like to greet or send news to this week?
prompt-people-3 = What would you like to tell someone that you haven't had the chance to?
prompt-deciding-1 = What decision are you thinking about? Write down the choices.
prompt-deciding-2 = To decide, what do you still need: time, information, or someone to talk with?
prompt-deciding-3 = What advice did you hear this week? Which part would you like to try?
prompt-reflection-sabar = Sabar (patience): when were you able to stay patient lately, and what helped?
prompt-reflection-syukur = Syukur (gratitude): what are you grateful for today, however small?
prompt-reflection-ikhlas = Ikhlas (letting go): if there is something, what would you like to let go of with an open heart?
prompt-reflection-doa = Doa (prayer) or hope: what would you like to pray or hope for, for yourself or for others?
filters-title = Choose which entries to show
filters-intro = Choose what to show. Use ↑ and ↓ to pick a row, ← and → to change it.
filters-tag = Tag
filters-mood = Mood
filters-period = Time
filters-all = all
filters-all-time = from the start
chart-title = How I have been feeling, last { $days } days
chart-intro = What you noted about your feelings in the last { $days } days. Empty days are fine.
draft-title = Unfinished writing
draft-intro = There is unfinished writing for { $date }:
draft-question = Continue writing? Press Enter to continue, Esc for later, or d to throw it away.
confirm-delete-entry = Delete this entry for good? A deleted entry can't be brought back. (y = yes, n = no)
confirm-leave-editor = Save the changes to this entry? y = yes, save. n = no, throw the changes away. Esc = keep writing.
confirm-discard-draft = Throw away this unfinished writing? It can't be brought back. (y = yes, n = no)
key-page-up = Previous page
key-page-down = Next page
key-read = Read
key-new-entry = New entry
key-search = Search
key-filters = Filter
key-chart = Chart
key-prompts = Question help
key-on-this-day = Old entries on home
key-search-done = Done searching
key-search-clear = Clear search
key-edit = Edit
key-delete = Delete
key-save = Save
key-close = Close
key-reflection = Reflections
key-prev-choice = Previous choice
key-next-choice = Next choice
key-clear-filters = Clear filters
key-show-entries = Show entries
key-chart-range = 30 / 90 days
key-continue-writing = Continue
key-discard = Throw away
key-later = Later
help-journal = All your entries, newest first. Press / and type to search. Capitals don't matter. Press o to see entries written on this date earlier on the home screen.
help-editor = Write freely. Tab moves down the screen: date, title, tags, your writing, feelings. Shift+Tab moves back up. On the date and feelings, ← and → change the choice. Ctrl+← and Ctrl+→ jump by word. Ctrl+U undoes the last typing, Ctrl+R brings it back. F2 saves. Your writing is also kept automatically as you go.
key-name-space = Space

## Goals

menu-goals = My goals
home-goals = My savings:
home-goals-count = { $count ->
        [one] 1 goal
       *[other] { $count } goals
    }
field-goal-name = Name of the goal
field-goal-target = Amount to save
field-goal-target-date = Target date (may stay empty)
field-goal-why = Why this matters to me
field-amount = Amount
field-date-today = Date (empty = today)
field-note = Note (may stay empty)
field-business-what = What I will sell or make
field-business-for-whom = Who will buy
field-business-where = Place of business
field-business-capital = Starting capital needed
field-business-costs = Regular costs per month
field-milestone = Step
field-milestone-date = Date (may stay empty)
field-sales = Money in (from sales)
field-expenses = Money out (stock, costs)
err-money-empty = The amount is still empty. For example: 500rb or 1,250,000 (rb = thousand, jt = million).
err-money-unclear = This amount could be read more than one way. Write for example 1,250,000, 1250000, 1.25 jt or 500rb (rb = thousand, jt = million).
err-money-negative = Write the amount without a minus sign.
err-money-zero = The amount needs to be more than zero.
err-money-too-large = This amount is too large (at most Rp 10 billion). Please check the zeros.
err-money-not-whole = Write the amount without cents, for example 1.25 jt or 1,250,000.
err-date-unclear = The date can't be read yet. Write for example 23-11-2026, or leave it empty.
err-goal-name-empty = Please give it a name first, like "Snack cart".
err-milestone-empty = Please write the step first, like "Get a trading permit".
err-withdraw-more-than-balance = That is more than is saved in this goal.
goal-saved = Saved.
goal-deleted = The goal has been deleted.
goal-celebrate = Past { $percent }%: { $now }% of the way there. Step by step.
goal-celebrate-100 = You have reached this goal. Well done!
goal-new-savings-title = New savings goal
goal-new-savings-intro = What are you saving for? Write its name and the amount you want to gather.
goal-deposit-title = Save
goal-deposit-intro = How much are you saving? For example: 50rb, 50,000 or 1.5 jt (rb = thousand, jt = million).
goal-withdraw-title = Take out savings
goal-withdraw-intro = How much are you taking out? That's fine. Life has its costs.
goal-new-business-title = New business plan
goal-new-business-intro = Describe the business you are planning. Amounts can stay empty for now.
goal-milestone-title = New step
goal-milestone-intro = What step do you need to take? For example: learn the recipe, buy a stove, get a permit, first day of selling.
goal-log-day-title = Note daily sales
goal-log-day-intro = How much money came in and went out that day?
confirm-delete-goal = Delete the goal "{ $name }" with its savings history, steps and daily sales? This can't be undone. Your entries are not deleted. (y = yes, n = no)
goals-title = My goals
goals-title-archived = My goals (with archived ones)
goals-empty = No goals yet. Press n for a savings goal, or b for a business plan.
goal-progress = { $percent }% · { $saved } of { $target }
goal-archived = archived
goal-target-date = Target: { $date }
goal-chart-later = The chart appears once there is saving on two different days.
goal-movements = Saved and taken out:
goal-no-movements = Nothing yet. Press + to save.
projection-reached = You have reached this goal.
projection-too-early = An estimate appears after you have saved three times, on at least two different days.
projection-no-progress = The savings have not grown over the last eight weeks, so there is no estimate yet. That's all right. Carry on whenever you are ready.
projection-finish = Saving the way you do now, you could reach this goal around { $date }.
projection-finish-after-target = Saving the way you do now, you could reach this goal around { $date }. You can change the target date with the e key.
business-status = Stage
business-status-idea = idea
business-status-preparing = preparing
business-status-running = running
business-status-paused = paused
business-for-whom-where = Buyers: { $whom } · Place: { $place }
business-costs = Capital: { $capital } · Costs per month: { $costs }
business-capital-from = Capital from the savings goal "{ $goal }"
business-capital-not-linked = Not linked to savings yet. Press l to choose a savings goal.
business-capital-progress = { $saved } of { $needed }
business-milestones = Steps:
business-no-milestones = None yet. Press m to add a step.
business-profit = Profit or loss:
business-no-log = No sales noted yet. Press c to note them.
business-profit-week = Week of { $date }: { $profit }
business-profit-month = { $month }: { $profit }
key-new-savings = New savings goal
key-new-business = New business
key-archive = Archive / restore
key-show-archived = Show archived
key-deposit = Save
key-withdraw = Take out
key-tick-milestone = Tick
key-add-milestone = Add step
key-log-day = Note sales
key-status = Change stage
key-link-capital = Link savings
settings-currency = Currency
journal-no-match-search = No entries match this search. Try other words, or press Esc in the search field to clear it.

err-wrong-setup-code = The name or setup code doesn't match, or the code was already used or has expired. Please check it, or ask the facilitator for a new one.
err-wrong-recovery-code = The name or recovery code doesn't match. Please check the code on your paper. Capitals and dashes don't matter.
err-wrong-current-passphrase = The current passphrase doesn't match. Please try again.
err-too-many-attempts = Too many attempts for this name.
err-already-claimed = This account is already in use by its owner, so it needs no setup code. If she forgot her passphrase, she can use her recovery code.
key-new-code = New setup code
key-remove-account = Remove account
err-remove-yourself = You can't remove your own account from here.
confirm-remove-account = Remove the account { $alias } and everything in it for good? Her writing and goals go too and can't be brought back. (y = yes, n = no)
goal-edit-title = Edit the goal
goal-edit-intro = Change what needs changing. Enter moves to the next field. On the last one, Enter saves. Esc goes back without changing anything.
key-remove-step = Remove step
confirm-remove-step = Remove the step "{ $step }" from the plan? (y = yes, n = no)
err-crashed = Sorry, Langkah stopped because of an error. What was saved is safe. Please open it again.
home-plans = My business plans:
home-plan-capital = capital gathered { $percent }%
filters-from = From
filters-to = Until
filters-until-now = today
goal-form-handed-back = This is what you were filling in before Langkah locked. Carry on, or press Esc to let it go.
mentor-keygen-card-intro = This is your card. Give it to the centre. The card is saved in a file too.
mentor-keygen-words = The last line holds your six check words. Read them out when you meet. That way the other person can be sure this card is yours.
mentor-keygen-done = Key saved in { $key }. Card saved in { $card }. The cards of others will be saved in { $pins }. Remember the passphrase of this key. Without it, the key can't be opened.
mentor-err-file-exists = The file { $path } already exists. Choose another name so that it is not overwritten.
mentor-err-cant-write = The file { $path } can't be written. Check the folder, then try again.

# goals and money
err-money-not-a-number = This doesn't read as an amount of money yet. Write the number, for example 500k or 1,250,000.
err-money-unknown-suffix = That short form isn't known. Use k or rb for thousand, m or jt for million. For example: 500k or 1.5m.
err-money-miliar = Here M means miliar (a billion). For a million, write jt or juta, for example 1.5 jt.
err-remove-below-zero = This can't be removed yet. Without this deposit, more would have been taken out than was saved. Change or remove the withdrawal first.
err-change-below-zero = With this amount, more would be taken out than is saved in this goal.
link-taken = This savings goal is already the capital for "{ $plan }". One savings goal is for one plan only. Choose another, or unlink it there first.
goal-archived-notice = Goal archived. Press h to see the archive. There, press a to restore it.
goal-unarchived-notice = Goal restored from the archive.
goal-movement-removed = Removed. The savings total is updated.
goal-day-removed = That day's sales are removed. The profit is updated.
goal-edit-deposit-title = Edit deposit
goal-edit-withdrawal-title = Edit withdrawal
goal-edit-movement-intro = Correct the amount, the date or the note. On the last field, Enter saves. Esc goes back without changing anything.
goal-edit-day-title = Edit daily sales
goal-edit-day-intro = Correct the date, the money in or the money out of that day. On the last field, Enter saves. Esc goes back without changing anything.
confirm-remove-deposit = Remove the deposit of { $amount } on { $date }? (y = yes, n = no)
confirm-remove-withdrawal = Remove the withdrawal of { $amount } on { $date }? (y = yes, n = no)
confirm-remove-day = Remove the daily sales of { $date }? (y = yes, n = no)
days-title = Daily sales: { $what }
days-date = Date
days-sales = Money in
days-expenses = Money out
days-left = Profit/loss
link-title = Capital from savings
link-intro = Which savings goal gathers the capital for "{ $what }"? One savings goal can be the capital for one plan only.
link-none = Not linked to savings
link-used-by = already for "{ $what }"
business-chart-later = The profit chart appears once there are sales in two different weeks.
key-edit-goal = Edit goal
key-edit-movement = Edit
key-remove-movement = Remove deposit/withdrawal
key-daily-sales = Daily sales
key-edit-day = Edit
key-remove-day = Remove
chart-legend-mood = Your mood that day
chart-legend-wellbeing = Hope, calm and confidence that day, averaged
help-chart = This chart shows the feelings you noted. One • is your mood on one day. One ▄ is the average of hope, calm and confidence on that day. The higher a mark, the lighter that day felt. Days without a note stay empty. The keys you can use:

# hostile input
journal-too-long = This entry is very long now. Save it first, then go on in a new entry.
err-entry-too-long = This entry is too long to save. The limit is 100,000 characters.
err-disk-full = The computer's storage is full. The new change isn't saved yet. What was saved before is safe. Ask a facilitator to free some space.
err-read-only = Langkah can't write to its data folder. Nothing was changed. Ask a facilitator to check the folder's permissions.
mentor-err-cant-show = The key and the card are saved in files. The card could not be shown. Read the card in { $card }.

# reading and home
scroll-more-above = ↑ more
scroll-more-below = ↓ more
key-top = To the top
key-bottom = To the end
key-quit-hint = How to leave the app
quit-hint = To leave the app, press { $keys }.
home-more = and { $count } more in { $place }
home-all-in = There are { $count } in { $place }
home-mentor-sharing-later = This version of Langkah can't share writing yet. Sharing will come in a later version.

# footers, login and admin
key-move = Move
key-all-keys = All keys
key-skip = Skip
help-skippable-form = Type the name, then press Enter. Esc skips this step without making an account.
err-wrong-credentials-paused = The name or passphrase doesn't match.
recovery-intro-facilitator = This is your recovery code. If you ever forget your passphrase, only this code can open your account. No one else can open it.
confirm-new-code = Make a new setup code for { $alias }? The old code stops working at once. (y = yes, n = no)
notice-old-code-void = The old setup code for { $alias } no longer works.
notice-account-disabled = The account { $alias } is now switched off. Everything in it is kept.
notice-account-enabled = The account { $alias } is on again.
notice-account-removed = The account { $alias } has been removed.
cli-prompt-facilitator-passphrase = Passphrase of the facilitator { $alias }:
cli-prompt-current-passphrase = Your current passphrase:
cli-help = A private journal and goal planner.
cli-help-arg-data-dir = The data folder (default: the usual place for application data).
cli-help-arg-passphrase-stdin = Read secrets from standard input, one per line.
cli-help-arg-facilitator = The facilitator doing this. Her passphrase is asked for first.
cli-help-arg-alias = The account's name.
cli-help-arg-old-passphrase-known = Someone else may know the old passphrase. The sharing key is replaced too.
cli-help-arg-language = The language of the messages.
cli-help-init = Set up a new centre and its first facilitator.
cli-help-init-centre = The place's everyday name, such as "Rumah Belajar". It is not locked, so it can be seen.
cli-help-init-facilitator = The first facilitator's name.
cli-help-init-language = The centre's main language.
cli-help-account = Manage accounts.
cli-help-account-add = Create an account and print its one-time setup code.
cli-help-account-add-role = What the new account is for.
cli-help-account-add-alias = The new account's name. Use a nickname, not a full name.
cli-help-account-list = List the accounts: name, role, status, created, last login.
cli-help-account-new-code = A new one-time setup code for an account not yet claimed. The old one stops working.
cli-help-account-disable = Switch an account off. Everything in it is kept.
cli-help-account-enable = Switch an account back on.
cli-help-account-remove = Delete an account and everything in it, for good. Needs --yes.
cli-help-account-remove-yes = Confirms that the account and everything in it may be deleted.
cli-help-account-claim = First login: the setup code, then a new passphrase twice.
cli-help-account-recover = Forgotten passphrase: the recovery code, then a new passphrase twice.
cli-help-account-passwd = Change the passphrase: the current one, then the new one twice.
cli-help-mentor = For a mentor elsewhere: her sharing key and card.
cli-help-mentor-keygen = Make a sharing key for a mentor elsewhere: a key file, a card and a pins file.
cli-help-mentor-keygen-out = The key file to write. It must not exist yet.
cli-help-mentor-keygen-card-out = Where to write the card (default: FILE.card).

# goals, after the new-user test
err-date-future = This date hasn't come yet. Write today's date or an earlier one, or leave it empty for today.
goals-all-archived = { $count ->
        [one] 1 goal is in the archive. Press h to see it.
       *[other] { $count } goals are in the archive. Press h to see them.
    } Press n for a new savings goal, or b for a business plan.
link-no-savings = There is no active savings goal yet. Archived goals are not offered. To make one, go back to the list of goals and press n.
goal-no-movement-to-change = No deposit yet to change.
goal-no-movement-to-remove = No deposit yet to remove.
business-capital-unset = Capital not filled in yet. Press e to fill it in.
key-open-step = Open
goal-edit-step-title = Step
goal-edit-step-intro = Change this step's words or its date. On the plan, the chosen step is shown whole.

# screens, after the new-user test
too-small-short = Please make the window { $width }×{ $height }.

# goals, after the second new-user test
business-not-written = not filled in yet
business-capital-not-written = capital not filled in yet

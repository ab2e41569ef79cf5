//! Quick hide, auto-lock and logging out: everything a lock wipes, in one place.

use super::effect::{Effect, GoalsEffect, JournalEffect};
use super::model::{Her, Model, Screen};
use crate::domain::records::FormDraft;

/// Idle by the wall clock or by the monotonic one, whichever says longer: a PC
/// woken from sleep has a jumped wall clock and a monotonic clock that paused.
pub fn idle_too_long(model: &Model) -> bool {
    let wall_ms = (model.now.unix - model.last_input.unix).saturating_mul(1000);
    let mono_ms = model.now.mono_ms.saturating_sub(model.last_input.mono_ms);
    let idle_ms = wall_ms.max(i64::try_from(mono_ms).unwrap_or(i64::MAX));
    model.holds_anything() && idle_ms >= model.centre.auto_lock_minutes * 60_000
}

/// Wipes everything of hers and shows the neutral screen. Unsaved words are
/// sealed first, while the keys are still there; then all she had is dropped
/// in one go (`Her` is replaced whole).
pub fn lock(model: &mut Model) -> Vec<Effect> {
    let mut effects = match model.her.editor.take() {
        Some(editor) if editor.changed && !editor.is_blank() => {
            vec![Effect::Journal(JournalEffect::SaveDraft(editor.draft()))]
        }
        _ => vec![],
    };
    // A half-filled goal form is sealed too; so is one handed back at login
    // that she hasn't opened yet.
    let typed = match &model.screen {
        Screen::Form(form) if !form.is_blank() => form.purpose.draft_code().map(|code| FormDraft {
            form: code,
            values: form
                .fields
                .iter()
                .map(|f| f.value.text().to_string())
                .collect(),
        }),
        _ => None,
    };
    if let Some(form) = typed.or_else(|| model.her.pending_form.take()) {
        effects.push(Effect::Goals(GoalsEffect::SaveFormDraft(form)));
    }
    effects.push(Effect::Lock);
    model.her = Her::default();
    model.lang = model.centre.language;
    model.screen = Model::start_screen(model.set_up);
    model.overlay = None;
    model.notice = None;
    model.busy = false;
    model.wait_until_ms = None;
    model.wait_alias = None;
    effects
}

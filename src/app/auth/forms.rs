//! The sign-in forms.

use crate::app::spec::{FieldSpec, FormSpec};

pub const ALIAS: FieldSpec = FieldSpec::text("field-alias");
pub const PASSPHRASE: FieldSpec = FieldSpec::secret("field-passphrase");
pub const CENTRE: FieldSpec = FieldSpec::text("field-centre-name");
pub const YOUR_ALIAS: FieldSpec = FieldSpec::text("field-your-alias");
pub const NEW_PASSPHRASE: FieldSpec = FieldSpec::secret("field-new-passphrase");
pub const REPEAT_PASSPHRASE: FieldSpec = FieldSpec::secret("field-repeat-passphrase");
/// Codes are shown as typed: she reads them from paper, and a typo she can't
/// see is one she can't fix. They are not passphrases.
pub const SETUP_CODE: FieldSpec = FieldSpec::text("field-setup-code");
pub const RECOVERY_CODE: FieldSpec = FieldSpec::text("field-recovery-code");
pub const CURRENT_PASSPHRASE: FieldSpec = FieldSpec::secret("field-current-passphrase");

pub const LOGIN: FormSpec = FormSpec {
    title: "login-title",
    intro: "login-intro",
    fields: &[ALIAS, PASSPHRASE],
};

pub const WIZARD: FormSpec = FormSpec {
    title: "wizard-title",
    intro: "wizard-intro",
    fields: &[CENTRE, YOUR_ALIAS, NEW_PASSPHRASE, REPEAT_PASSPHRASE],
};

pub const CLAIM: FormSpec = FormSpec {
    title: "claim-title",
    intro: "claim-intro",
    fields: &[ALIAS, SETUP_CODE, NEW_PASSPHRASE, REPEAT_PASSPHRASE],
};

pub const RECOVER: FormSpec = FormSpec {
    title: "recover-title",
    intro: "recover-intro",
    fields: &[ALIAS, RECOVERY_CODE, NEW_PASSPHRASE, REPEAT_PASSPHRASE],
};

pub const CHANGE_PASSPHRASE: FormSpec = FormSpec {
    title: "change-passphrase-title",
    intro: "change-passphrase-intro",
    fields: &[CURRENT_PASSPHRASE, NEW_PASSPHRASE, REPEAT_PASSPHRASE],
};

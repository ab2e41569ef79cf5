//! What a form asks for: its title, its introduction and its fields, as message
//! ids. Each feature keeps its forms' specs in its own `forms.rs`, and reads
//! what she typed by the field's name, never by position.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field's label (a message id), also its name within the form.
    pub label: &'static str,
    /// Masked on screen: passphrases and codes.
    pub secret: bool,
}

impl FieldSpec {
    pub const fn text(label: &'static str) -> FieldSpec {
        FieldSpec {
            label,
            secret: false,
        }
    }

    pub const fn secret(label: &'static str) -> FieldSpec {
        FieldSpec {
            label,
            secret: true,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct FormSpec {
    pub title: &'static str,
    pub intro: &'static str,
    pub fields: &'static [FieldSpec],
}

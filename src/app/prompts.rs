//! Writing prompts, in sets. The words live in `locales/`; these are their ids.

/// One set of prompts: its name and its prompts, as message ids.
pub struct PromptSet {
    pub name: &'static str,
    pub prompts: &'static [&'static str],
}

pub const SETS: [PromptSet; 8] = [
    PromptSet {
        name: "prompts-set-everyday",
        prompts: &[
            "prompt-everyday-1",
            "prompt-everyday-2",
            "prompt-everyday-3",
            "prompt-everyday-4",
        ],
    },
    PromptSet {
        name: "prompts-set-hope",
        prompts: &[
            "prompt-hope-1",
            "prompt-hope-2",
            "prompt-hope-3",
            "prompt-hope-4",
        ],
    },
    PromptSet {
        name: "prompts-set-worries",
        prompts: &[
            "prompt-worries-1",
            "prompt-worries-2",
            "prompt-worries-3",
            "prompt-worries-4",
            "prompt-worries-5",
            "prompt-worries-6",
        ],
    },
    PromptSet {
        name: "prompts-set-learned",
        prompts: &[
            "prompt-learned-1",
            "prompt-learned-2",
            "prompt-learned-3",
            "prompt-learned-4",
        ],
    },
    PromptSet {
        name: "prompts-set-plans",
        prompts: &[
            "prompt-plans-1",
            "prompt-plans-2",
            "prompt-plans-3",
            "prompt-plans-4",
            "prompt-plans-5",
        ],
    },
    PromptSet {
        name: "prompts-set-self",
        prompts: &[
            "prompt-self-1",
            "prompt-self-2",
            "prompt-self-3",
            "prompt-self-4",
        ],
    },
    PromptSet {
        name: "prompts-set-people",
        prompts: &["prompt-people-1", "prompt-people-2", "prompt-people-3"],
    },
    PromptSet {
        name: "prompts-set-deciding",
        prompts: &[
            "prompt-deciding-1",
            "prompt-deciding-2",
            "prompt-deciding-3",
        ],
    },
];

/// Offered only when she turns it on herself.
pub const REFLECTION: PromptSet = PromptSet {
    name: "prompts-set-reflection",
    prompts: &[
        "prompt-reflection-sabar",
        "prompt-reflection-syukur",
        "prompt-reflection-ikhlas",
        "prompt-reflection-doa",
    ],
};

/// The sets she sees, in order.
pub fn sets(reflection: bool) -> Vec<&'static PromptSet> {
    let mut all: Vec<&'static PromptSet> = SETS.iter().collect();
    if reflection {
        all.push(&REFLECTION);
    }
    all
}

/// A prompt id saved in an entry, checked against the known ones, so a damaged
/// record can't make the app look up an arbitrary message.
pub fn known(id: &str) -> Option<&'static str> {
    SETS.iter()
        .chain(std::iter::once(&REFLECTION))
        .flat_map(|s| s.prompts.iter())
        .find(|p| **p == id)
        .copied()
}

//! Moving the selection in a list.

/// Moves a list's selection by `by` rows, staying inside the list.
pub fn step(selected: &mut usize, len: usize, by: isize) {
    let last = len.saturating_sub(1) as isize;
    *selected = (*selected as isize + by).clamp(0, last.max(0)) as usize;
}

//! Seminar mode on screen: the "Present" button, the story bar of the audience window, and the
//! presenter window (speaker notes, next step, timer).

pub mod presenter;
pub mod story_bar;

//! Small reusable pieces of the interface.

pub mod citations;
pub mod dataset_picker;
pub mod event_detail;
pub mod problem_list;

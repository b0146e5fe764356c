//! Small reusable pieces of the interface.

pub mod citations;
pub mod cut_line;
pub mod dataset_picker;
pub mod detail;
pub mod disclosure;
pub mod embed;
pub mod empty;
pub mod export_menu;
pub mod filter_bar;
pub mod group_switch;
pub mod header_menu;
pub mod more_rows;
pub mod notes;
pub mod present;
pub mod problem_list;
pub mod search;
pub mod sheet_actions;
pub mod switch;
pub mod theme_switch;
pub mod update_banner;
pub mod view_frame;
pub mod view_table;

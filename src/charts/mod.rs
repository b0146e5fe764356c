//! Charts: pure option builders (`options`) and the one `<EChart/>` component (`echart`).

pub mod echart;
pub mod options;

pub use options::ChartSpec;

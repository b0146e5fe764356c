//! Charts: pure option builders (one module per view, sharing `options::ChartSpec`) and the one
//! `<EChart/>` component (`echart`), the only code that talks to ECharts.

pub mod challenges;
pub mod echart;
pub mod learning;
pub mod map;
pub mod matrix;
pub mod options;
pub mod timeline;

pub use options::ChartSpec;

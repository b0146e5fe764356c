//! The keys of the strings of downloads (data and charts), the printed handout and the offer of a new
//! version.

key_enum! {
    /// One string of exports, printing or updates.
    pub enum E {
        Download,
        DownloadHint,
        DataCsv,
        DataJson,
        ChartPng,
        ChartSvg,
        Print,
        Failed,
        PrintedFrom,
        ThisView,
        Permalink,
        PrintedOn,
        Sources,
        UpdateReady,
        UpdateReload,
        UpdateLater,
    }
}

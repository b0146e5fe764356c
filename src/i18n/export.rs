//! The strings of downloads (data and charts), the printed handout and the offer of a new version.

/// One string of exports, printing or updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// The (Indonesian, English) pair of `key`.
pub fn pair(key: E) -> (&'static str, &'static str) {
    use E::*;
    match key {
        Download => ("Unduh", "Download"),
        DownloadHint => (
            "Data tampilan ini dengan filternya, grafiknya, atau lembar cetak",
            "This view's data with its filters, its chart, or a printed handout",
        ),
        DataCsv => ("Data (CSV, untuk lembar kerja)", "Data (CSV, for spreadsheets)"),
        DataJson => (
            "Data (JSON, dengan semua kutipan)",
            "Data (JSON, with every citation)",
        ),
        ChartPng => ("Grafik (PNG)", "Chart (PNG)"),
        ChartSvg => ("Grafik (SVG)", "Chart (SVG)"),
        Print => ("Cetak lembar A4…", "Print an A4 handout…"),
        Failed => ("Unduhan gagal", "The download failed"),
        PrintedFrom => ("Dicetak dari dasbor", "Printed from the dashboard"),
        ThisView => ("Tampilan ini:", "This view:"),
        Permalink => ("Tautan", "Link"),
        PrintedOn => ("Dicetak", "Printed"),
        Sources => (
            "Sumber: kata-kata makalah untuk setiap butir di atas",
            "Sources: the paper's words for every item above",
        ),
        UpdateReady => (
            "Versi baru dasbor sudah tersedia.",
            "A new version of the dashboard is ready.",
        ),
        UpdateReload => ("Muat ulang sekarang", "Reload now"),
        UpdateLater => ("Nanti", "Later"),
    }
}

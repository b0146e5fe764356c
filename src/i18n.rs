//! Every interface string, in Indonesian and English.
//!
//! Owns: [`Key`] (one variant per string) and [`t`]. Data text comes from the dataset's own
//! bilingual fields, never from here.

use crate::model::{DateQualifier, EventKind, Lang};

/// One interface string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppTitle,
    AppSubtitle,
    SkipToContent,
    MainNav,
    ViewTimeline,
    TimelineIntro,
    TimelineChartLabel,
    UndatedHeading,
    UndatedNote,
    TableCaption,
    ColDate,
    ColPartner,
    ColEvent,
    ColKind,
    ShowDetail,
    DetailHeading,
    DetailEmpty,
    Close,
    Quote,
    Translation,
    Section,
    Participants,
    DerivedDate,
    Language,
    ChartUnavailable,
    EchartsMissing,
    DatasetError,
    Crashed,
    CrashedHelp,
    Reload,
    FilterPartner,
    FilterSector,
    All,
    CopyLink,
    LinkCopied,
    Showing,
    BundledDataset,
    FromFile,
    BackToBundled,
    OpenDataset,
    OpenDatasetHint,
    NotOpened,
    KeptCurrent,
    Dismiss,
    NotRemembered,
    StoredUnreadable,
    DropHere,
    Qualifier(DateQualifier),
    EventKind(EventKind),
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (id, en) = pair(key);
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

fn pair(key: Key) -> (&'static str, &'static str) {
    use Key::*;
    match key {
        AppTitle => ("Paradiplomasi Tangerang Selatan", "Tangerang Selatan paradiplomacy"),
        AppSubtitle => (
            "Kerja sama internasional kota menurut makalah penelitian",
            "A city's international cooperation, from a research paper",
        ),
        SkipToContent => ("Langsung ke konten", "Skip to content"),
        MainNav => ("Tampilan", "Views"),
        ViewTimeline => ("Linimasa", "Timeline"),
        TimelineIntro => (
            "Setiap peristiwa kerja sama, satu lajur per mitra. Pilih peristiwa untuk melihat kutipan makalah.",
            "Every cooperation event, one lane per partner. Choose an event to see the paper's words.",
        ),
        TimelineChartLabel => ("Grafik linimasa peristiwa kerja sama", "Timeline chart of cooperation events"),
        UndatedHeading => ("Tanpa tanggal", "Undated"),
        UndatedNote => (
            "Makalah tidak menyebut tanggal peristiwa ini, jadi tidak digambar pada sumbu waktu.",
            "The paper gives no date for these events, so they are not drawn on the time axis.",
        ),
        TableCaption => ("Tabel peristiwa (alternatif grafik)", "Table of events (chart alternative)"),
        ColDate => ("Tanggal", "Date"),
        ColPartner => ("Mitra", "Partner"),
        ColEvent => ("Peristiwa", "Event"),
        ColKind => ("Jenis", "Kind"),
        ShowDetail => ("Lihat sumber", "Show source"),
        DetailHeading => ("Sumber dalam makalah", "Source in the paper"),
        DetailEmpty => (
            "Pilih peristiwa pada grafik atau tabel untuk melihat kutipan aslinya.",
            "Choose an event in the chart or the table to see the original quote.",
        ),
        Close => ("Tutup", "Close"),
        Quote => ("Kutipan asli (bahasa Indonesia)", "Original quote (Indonesian)"),
        Translation => ("Terjemahan bahasa Inggris", "English translation"),
        Section => ("Bagian", "Section"),
        Participants => ("Pihak yang terlibat", "Who took part"),
        DerivedDate => ("Tanggal diturunkan", "Date derived"),
        Language => ("Bahasa", "Language"),
        ChartUnavailable => ("Grafik tidak dapat digambar", "The chart could not be drawn"),
        EchartsMissing => (
            "Pustaka grafik (ECharts) tidak termuat. Tabel di bawah memuat data yang sama.",
            "The chart library (ECharts) did not load. The table below holds the same data.",
        ),
        DatasetError => ("Dataset tidak dapat dibaca", "The dataset could not be read"),
        Crashed => ("Terjadi kesalahan pada dasbor", "The dashboard hit an error"),
        CrashedHelp => (
            "Muat ulang halaman. Jika berulang, laporkan pesan di bawah ini.",
            "Reload the page. If it happens again, report the message below.",
        ),
        Reload => ("Muat ulang", "Reload"),
        FilterPartner => ("Mitra", "Partner"),
        FilterSector => ("Sektor", "Sector"),
        All => ("Semua", "All"),
        CopyLink => ("Salin tautan", "Copy link"),
        LinkCopied => ("Tautan disalin", "Link copied"),
        Showing => ("Menampilkan", "Showing"),
        BundledDataset => ("dataset bawaan", "bundled dataset"),
        FromFile => ("dari berkas", "from the file"),
        BackToBundled => ("Kembali ke dataset bawaan", "Back to the bundled dataset"),
        OpenDataset => ("Buka dataset lain…", "Open another dataset…"),
        OpenDatasetHint => (
            "Berkas JSON dalam format data/README.md, boleh juga diseret ke halaman ini; paling besar",
            "A JSON file in the data/README.md format, or drag it onto this page; at most",
        ),
        NotOpened => ("Berkas tidak dibuka:", "The file was not opened:"),
        KeptCurrent => (
            "Dataset yang sedang tampil tidak berubah. Perbaiki masalah berikut lalu buka lagi:",
            "The dataset on screen is unchanged. Fix these problems and open it again:",
        ),
        Dismiss => ("Tutup pesan", "Dismiss"),
        NotRemembered => (
            "Dataset ini tampil, tetapi browser tidak mengizinkan menyimpannya: setelah dimuat ulang, dataset bawaan yang tampil.",
            "This dataset is on screen, but the browser would not store it: after a reload the bundled dataset will show.",
        ),
        StoredUnreadable => (
            "Dataset yang tersimpan dari kunjungan sebelumnya tidak dapat dibaca lagi, jadi dataset bawaan yang tampil. Salinannya tetap tersimpan.",
            "The dataset stored from an earlier visit can no longer be read, so the bundled one is shown. Its copy stays stored.",
        ),
        DropHere => ("Lepaskan berkas dataset JSON di sini", "Drop a JSON dataset file here"),
        Qualifier(q) => match q {
            DateQualifier::Exact => ("", ""),
            DateQualifier::Circa => ("sekitar", "around"),
            DateQualifier::Since => ("sejak", "since"),
            DateQualifier::Undated => ("tanpa tanggal", "undated"),
        },
        EventKind(k) => match k {
            crate::model::EventKind::Founding => ("Pembentukan", "Founding"),
            crate::model::EventKind::Exploration => ("Penjajakan", "Exploration"),
            crate::model::EventKind::StudyVisit => ("Studi banding", "Study visit"),
            crate::model::EventKind::Signing => ("Penandatanganan", "Signing"),
            crate::model::EventKind::Request => ("Permohonan", "Request"),
            crate::model::EventKind::Programme => ("Program", "Programme"),
            crate::model::EventKind::Evaluation => ("Evaluasi", "Evaluation"),
            crate::model::EventKind::Decision => ("Keputusan", "Decision"),
            crate::model::EventKind::Context => ("Konteks", "Context"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_languages_differ_for_every_plain_key() {
        for key in [
            Key::AppTitle,
            Key::ViewTimeline,
            Key::Quote,
            Key::EchartsMissing,
            Key::Crashed,
        ] {
            assert_ne!(t(Lang::Id, key), t(Lang::En, key), "{key:?}");
            assert!(!t(Lang::Id, key).is_empty());
        }
    }
}

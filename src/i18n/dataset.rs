//! The strings about the dataset itself: what became of a file the reader opened or dropped, the
//! header's source line, and what each view says when the dataset has nothing for it yet (as
//! opposed to filters that leave nothing, which is `Key::NothingMatches`).

/// One string about the open dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum D {
    /// Before the name of a file that opened.
    Opened,
    /// After it.
    NowShowing,
    /// Before the number of files dropped at once.
    DroppedMany,
    /// Before the name of the one file read of them.
    OnlyFirst,
    /// Before the paper's title in the header.
    Source,
    NoPartners,
    NoHeadlines,
    NoEvents,
    NoMatrix,
    NoChallenges,
    NoAdoptions,
    NoEvidence,
    /// Under one empty table of the evidence view.
    NoneYet,
}

/// The (Indonesian, English) pair of `key`.
pub fn pair(key: D) -> (&'static str, &'static str) {
    use D::*;
    match key {
        Opened => ("Berkas dibuka:", "File opened:"),
        NowShowing => (
            "Semua tampilan kini menampilkan datanya.",
            "Every view now shows its data.",
        ),
        DroppedMany => ("Berkas yang dilepaskan:", "Files dropped:"),
        OnlyFirst => ("Hanya yang pertama yang dibaca:", "Only the first was read:"),
        Source => ("Sumber:", "Source:"),
        NoPartners => (
            "Dataset ini belum menyebut mitra.",
            "This dataset names no partners yet.",
        ),
        NoHeadlines => (
            "Dataset ini belum memiliki temuan utama.",
            "This dataset has no headline findings yet.",
        ),
        NoEvents => (
            "Dataset ini belum memiliki peristiwa.",
            "This dataset has no events yet.",
        ),
        NoMatrix => (
            "Dataset ini belum memiliki sektor kerja sama dengan mitranya.",
            "This dataset has no sectors of cooperation yet.",
        ),
        NoChallenges => (
            "Dataset ini belum memiliki tantangan.",
            "This dataset has no challenges yet.",
        ),
        NoAdoptions => (
            "Dataset ini belum memiliki adopsi kebijakan.",
            "This dataset has no policy adoptions yet.",
        ),
        NoEvidence => (
            "Dataset ini belum memiliki bukti atau rekomendasi.",
            "This dataset has no evidence or recommendations yet.",
        ),
        NoneYet => ("Belum ada dalam dataset ini.", "None in this dataset yet."),
    }
}

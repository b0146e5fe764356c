//! The strings of seminar mode (the story bar and the presenter window) and of embed mode.

/// One string of seminar or embed mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum P {
    Present,
    PresentHint,
    Story,
    StepOf,
    Previous,
    Next,
    FullScreen,
    PresenterView,
    Leave,
    Projector,
    SpeakerNotes,
    NextStep,
    LastStep,
    Elapsed,
    ResetTimer,
    Keys,
    OpenFull,
    Embed,
    EmbedTitle,
    EmbedHelp,
    CopySnippet,
    Copied,
    CopyByHand,
}

/// The (Indonesian, English) pair of `key`.
pub fn pair(key: P) -> (&'static str, &'static str) {
    use P::*;
    match key {
        Present => ("Presentasi", "Present"),
        PresentHint => (
            "Telusuri temuan makalah langkah demi langkah, layar penuh",
            "Walk through the paper's findings step by step, full screen",
        ),
        Story => ("Alur presentasi", "Story"),
        StepOf => ("dari", "of"),
        Previous => ("Sebelumnya", "Previous"),
        Next => ("Berikutnya", "Next"),
        FullScreen => ("Layar penuh", "Full screen"),
        PresenterView => ("Jendela penyaji", "Presenter window"),
        Leave => ("Keluar (Esc)", "Leave (Esc)"),
        Projector => ("Proyektor (kontras tinggi)", "Projector (high contrast)"),
        SpeakerNotes => ("Catatan penyaji", "Speaker notes"),
        NextStep => ("Berikutnya", "Next"),
        LastStep => ("Ini langkah terakhir.", "This is the last step."),
        Elapsed => ("Waktu berjalan", "Elapsed"),
        ResetTimer => ("Ulang waktu", "Reset timer"),
        Keys => (
            "→ / PageDown / Spasi: berikutnya · ← / PageUp: sebelumnya · F: layar penuh · Esc: keluar",
            "→ / PageDown / Space: next · ← / PageUp: back · F: full screen · Esc: leave",
        ),
        OpenFull => ("Buka dasbor lengkap", "Open the full dashboard"),
        Embed => ("Sematkan", "Embed"),
        EmbedTitle => ("Sematkan tampilan ini di situs Anda", "Embed this view in your site"),
        EmbedHelp => (
            "Tempelkan kode ini di halaman Anda. Tinggi bingkai dapat mengikuti isi: lihat README bagian “Menyematkan”.",
            "Paste this code into your page. The frame's height can follow its content: see the README, “Embedding”.",
        ),
        CopySnippet => ("Salin kode", "Copy code"),
        Copied => ("Kode disalin", "Code copied"),
        CopyByHand => (
            "Peramban tidak mengizinkan penyalinan otomatis. Teksnya sudah dipilih: salin dengan Ctrl+C (⌘C di Mac).",
            "The browser did not allow copying. The text is selected: copy it with Ctrl+C (⌘C on a Mac).",
        ),
    }
}

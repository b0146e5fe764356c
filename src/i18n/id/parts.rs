//! The Indonesian strings of the interface's parts: notes, seminar and embed modes,
//! downloads and print, datasets, problem lists.

use crate::i18n::dataset::D;
use crate::i18n::errors::ListWord;
use crate::i18n::export::E;
use crate::i18n::notes::N;
use crate::i18n::present::P;

pub(super) fn notes(x: N) -> &'static str {
    use N::*;
    match x {
        Notes => "Catatan",
        PanelLabel => "Catatan Anda",
        YourNotes => "Catatan Anda tentang ini",
        AddNote => "Tambah catatan",
        NoteOnView => "Catat tampilan ini",
        NewFreeNote => "Catatan baru",
        Edit => "Ubah",
        Delete => "Hapus",
        Done => "Selesai",
        Deleted => "Catatan dihapus.",
        Undo => "Urungkan",
        Created => "dibuat",
        Updated => "diubah",
        EditorLabel => "Teks catatan",
        EditorHint => "Tersimpan otomatis. **tebal**, *miring*, `kode`, - daftar, #tag, tautan https://",
        SearchNotes => "Cari catatan",
        AllTags => "Semua tag",
        NoNotes => "Belum ada catatan. Pilih sesuatu di grafik atau tabel lalu “Tambah catatan”, atau buat catatan baru.",
        NoMatch => "Tidak ada catatan yang cocok.",
        Free => "Catatan bebas",
        ViewNote => "Tampilan",
        NotInDataset => "tidak ada dalam dataset ini",
        OpenItem => "Buka",
        ExportJson => "Ekspor (JSON)",
        ExportMarkdown => "Ekspor dengan kutipan (Markdown)",
        Import => "Impor catatan…",
        ImportHint => "Berkas JSON hasil “Ekspor”. Catatan digabung menurut id: salinan yang lebih baru menang.",
        ImportFrom => "Impor dari",
        ImportOtherDataset => "Catatan ini dibuat pada dataset lain; catatan pada butir yang tidak ada di sini tetap disimpan.",
        ImportAdd => "baru",
        ImportUpdate => "diperbarui (salinan berkas lebih baru)",
        ImportSame => "sudah sama",
        ImportKeep => "tidak diubah (salinan di sini lebih baru)",
        ImportCopy => "ditambahkan sebagai catatan tersendiri (berkas memuat catatan lain dengan id yang sama)",
        ImportRepeat => "dibaca sekali (salinan persis yang berulang dalam berkas)",
        ImportApply => "Impor",
        ImportNothing => "Tidak ada yang berubah.",
        Cancel => "Batal",
        ImportDone => "Catatan diimpor:",
        NotImported => "Berkas tidak diimpor:",
        FileUnreadable => "Berkas tidak dapat dibaca sebagai teks. Pilih berkas JSON hasil “Ekspor”.",
        TechnicalDetail => "Rincian teknis",
        NoStorage => "Catatan tidak disimpan di browser ini.",
        NoStorageHelp => "Browser tidak mengizinkan halaman ini menyimpan data (misalnya di dalam bingkai situs lain). Catatan tetap ada selama tab ini terbuka; ekspor untuk menyimpannya.",
        SaveFailed => "Catatan terakhir belum tersimpan.",
        SaveFailedHelp => "Catatan tetap ada di tab ini dan dicoba disimpan lagi pada perubahan berikutnya. Ekspor untuk berjaga-jaga.",
        TryAgain => "Coba simpan lagi",
        Corrupt => "Sebuah nilai tersimpan bukan catatan yang dapat dibaca. Teks aslinya disalin dan tidak hilang:",
        CorruptKept => "Sebuah nilai tersimpan bukan catatan yang dapat dibaca dan tidak dapat disalin; nilai itu dibiarkan di tempatnya:",
        Newer => "Catatan ini disimpan oleh versi dasbor yang lebih baru dan dibiarkan utuh:",
        MigrationIncomplete => "Catatan dari versi lama belum semuanya dipindahkan; data lamanya tetap disimpan dan dicoba lagi nanti:",
        DownloadSetAside => "Unduh teks aslinya",
        Restored => "Catatan yang belum tersimpan saat halaman dimuat ulang dipulihkan dari sesi tab ini:",
        Where => "Catatan hanya disimpan di browser ini, di perangkat ini. Untuk memindahkannya: ekspor, lalu impor di tempat lain.",
        NotesOnItem => "catatan",
        Exported => "Diekspor",
        Tags => "Tag",
        SchemaVersion => "skema",
        ShowMore => "Tampilkan lebih banyak",
    }
}

pub(super) fn present(x: P) -> &'static str {
    use P::*;
    match x {
        Present => "Presentasi",
        PresentHint => "Telusuri temuan makalah langkah demi langkah, layar penuh",
        Story => "Alur presentasi",
        StepOf => "dari",
        Previous => "Sebelumnya",
        Next => "Berikutnya",
        FullScreen => "Layar penuh",
        PresenterView => "Jendela penyaji",
        Leave => "Keluar (Esc)",
        Projector => "Proyektor (kontras tinggi)",
        SpeakerNotes => "Catatan penyaji",
        NextStep => "Berikutnya",
        LastStep => "Ini langkah terakhir.",
        Elapsed => "Waktu berjalan",
        ResetTimer => "Ulang waktu",
        Keys => "→ / PageDown / Spasi: berikutnya · ← / PageUp: sebelumnya · F: layar penuh · Esc: keluar",
        OpenFull => "Buka dasbor lengkap",
        Embed => "Sematkan",
        EmbedTitle => "Sematkan tampilan ini di situs Anda",
        EmbedHelp => "Tempelkan kode ini di halaman Anda. Tinggi bingkai dapat mengikuti isi: lihat README bagian “Menyematkan”.",
        CopySnippet => "Salin kode",
        Copied => "Kode disalin",
        CopyByHand => "Peramban tidak mengizinkan penyalinan otomatis. Teksnya sudah dipilih: salin dengan Ctrl+C (⌘C di Mac).",
    }
}

pub(super) fn export(x: E) -> &'static str {
    use E::*;
    match x {
        Download => "Unduh",
        DownloadHint => "Data tampilan ini dengan filternya, grafiknya, atau lembar cetak",
        DataCsv => "Data (CSV, untuk lembar kerja)",
        DataJson => "Data (JSON, dengan semua kutipan)",
        ChartPng => "Grafik (PNG)",
        ChartSvg => "Grafik (SVG)",
        Print => "Cetak lembar A4…",
        Failed => "Unduhan gagal",
        PrintedFrom => "Dicetak dari dasbor",
        ThisView => "Tampilan ini:",
        Permalink => "Tautan",
        PrintedOn => "Dicetak",
        Sources => "Sumber: kata-kata makalah untuk setiap butir di atas",
        UpdateReady => "Versi baru dasbor sudah tersedia.",
        UpdateReload => "Muat ulang sekarang",
        UpdateLater => "Nanti",
    }
}

pub(super) fn dataset(x: D) -> &'static str {
    use D::*;
    match x {
        Opened => "Berkas dibuka:",
        NowShowing => "Semua tampilan kini menampilkan datanya.",
        DroppedMany => "Berkas yang dilepaskan:",
        OnlyFirst => "Hanya yang pertama yang dibaca:",
        Source => "Sumber:",
        NoPartners => "Dataset ini belum menyebut mitra.",
        NoHeadlines => "Dataset ini belum memiliki temuan utama.",
        NoEvents => "Dataset ini belum memiliki peristiwa.",
        NoMatrix => "Dataset ini belum memiliki sektor kerja sama dengan mitranya.",
        NoChallenges => "Dataset ini belum memiliki tantangan.",
        NoAdoptions => "Dataset ini belum memiliki adopsi kebijakan.",
        NoEvidence => "Dataset ini belum memiliki bukti atau rekomendasi.",
        NoneYet => "Belum ada dalam dataset ini.",
        SheetLimit => "lembar kerja:",
        SheetReading => "Membaca lembar kerja…",
        FileReading => "Membaca berkas…",
        SheetNotices => "Catatan tentang lembar kerja:",
        DownloadSheet => "Unduh dataset ini sebagai lembar kerja (.xlsx)",
        SheetWriting => "Menulis lembar kerja…",
        SheetSaved => "Lembar kerja disimpan:",
        SheetNotMade => "Lembar kerja tidak dibuat:",
        NeedsServed => "Lembar kerja hanya dapat dipakai di dasbor yang dibuka dari alamat webnya: peramban tidak menjalankan pembaca lembar kerja di halaman yang dibuka sebagai berkas dari disk. Buka dasbor dari alamat webnya, atau buka dataset JSON di sini.",
        WorkerStopped => "Pembaca lembar kerja tidak berjalan atau berhenti. Muat ulang halaman lalu coba lagi.",
        FileChanged => "Berkas asal dataset ini tidak dapat dibaca lagi: berkas itu sudah dipindahkan, diubah, atau dihapus. Buka berkas itu lagi, lalu coba sekali lagi.",
        CheckQuotes => "Periksa kutipan terhadap makalah…",
        CheckQuotesHint => "Pilih teks makalah sebagai berkas .txt (diambil dari PDF-nya): setiap kutipan dataset yang tampil dicari di dalamnya.",
        QuotesChecking => "Memeriksa kutipan…",
        QuotesAgainst => "Kutipan diperiksa terhadap",
        TextUnreadable => "Berkas tidak dapat dibaca sebagai teks:",
        QuotesNotChecked => "Kutipan tidak diperiksa:",
    }
}

pub(super) fn problems(x: ListWord) -> &'static str {
    use ListWord::*;
    match x {
        TechnicalDetail => "Rincian teknis",
        AndMore => "dan",
        More => "lainnya",
        DownloadAll => "Unduh semua masalah (.txt)",
        ProblemsIn => "Masalah dalam",
        FileSuffix => "masalah",
    }
}

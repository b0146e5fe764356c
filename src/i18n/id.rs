//! Indonesian: every interface string and every error sentence, in full. A key or an error
//! case missing here is a compile error in this file only.

use super::dataset::D;
use super::errors::ListWord;
use super::export::E;
use super::notes::N;
use super::present::P;
use super::{count, Key, Words};
use crate::model::date::DateError;
use crate::model::load::{JsonKind, ShapeFault, SyntaxFault};
use crate::model::notes::stored::FileError;
use crate::model::validate::Problem;
use crate::model::{
    AdoptionStatus, DateQualifier, EventKind, Lang, LearningRoute, LoadError, RecommendationKind,
    RelationshipStatus, RelationshipType, SectorLevel,
};
use crate::storage::StorageError;

/// The Indonesian table.
pub struct Indonesian;

impl Words for Indonesian {
    fn text(&self, key: Key) -> &'static str {
        text(key)
    }

    fn problem(&self, p: &Problem) -> String {
        match p {
            Problem::SchemaVersion { found, expected } => {
                format!("berkas ini versi skema {found}; dasbor ini membaca versi {expected}")
            }
            Problem::BadId(id) => {
                format!("\"{id}\" bukan id yang sah (huruf kecil, angka dan '-' tunggal, paling banyak 64)")
            }
            Problem::DuplicateId { id, first } => format!("id \"{id}\" sudah dipakai di {first}"),
            Problem::Dangling { id, expected } => {
                format!("merujuk ke \"{id}\", yang tidak ada di {}", expected.key())
            }
            Problem::EmptyText(which) => {
                let which = if *which == "English" {
                    "bahasa Inggris"
                } else {
                    "bahasa Indonesia"
                };
                format!("teks {which} kosong")
            }
            Problem::NoCitations => {
                "rekaman ini tidak mengutip makalah: setiap rekaman wajib mengutip".into()
            }
            Problem::EmptyQuote => "kutipan kosong".into(),
            Problem::EmptyTranslation => "terjemahan kosong".into(),
            Problem::Date(DateError::Form(d)) => {
                format!("\"{d}\" bukan tanggal berbentuk YYYY, YYYY-MM atau YYYY-MM-DD")
            }
            Problem::Date(DateError::NoSuchDate(d)) => format!("\"{d}\" bukan tanggal yang ada"),
            Problem::UndatedMismatch => {
                "peristiwa tanpa tanggal harus \"date\": null, dan yang bertanggal harus punya tanggal".into()
            }
            Problem::BadLink(url) => format!("\"{url}\" bukan tautan http(s)"),
            Problem::BadCoordinates { lat, lon } => {
                format!("{lat}, {lon} bukan koordinat (lintang -90..90, bujur -180..180)")
            }
            Problem::EmptyField => "isian ini kosong".into(),
            Problem::BadPeriod { from, to } => format!("periode terbalik ({from} sampai {to})"),
            Problem::UnknownItem(id) => {
                format!("merujuk ke \"{id}\", yang bukan rekaman atau sel matriks dataset ini")
            }
            Problem::BadItem(id) => {
                format!("\"{id}\" bukan id maupun sel matriks (cell--<aktor>--<sektor>)")
            }
            Problem::EmptyList => "daftar ini kosong: perlu setidaknya satu isian".into(),
            Problem::BadCountry(code) => {
                format!("\"{code}\" bukan kode negara (dua huruf kapital, ISO 3166-1, misalnya ID atau KR)")
            }
            Problem::BadLanguage(tag) => {
                format!("\"{tag}\" bukan tag bahasa (BCP 47, misalnya id, ko atau en-GB)")
            }
            Problem::OutOfRange { value, min, max } => format!("{value} di luar rentang {min} sampai {max}"),
        }
    }

    fn syntax(&self, fault: SyntaxFault) -> &'static str {
        use SyntaxFault::*;
        match fault {
            Empty => "berkas ini kosong",
            Truncated => "berkas berakhir sebelum JSON-nya lengkap; mungkin terpotong",
            MissingComma => "ada koma atau kurung penutup yang hilang",
            MissingColon => "titik dua (:) hilang setelah nama isian",
            ExpectedValue => {
                "ada nilai yang hilang atau tidak ditulis sebagai JSON (teks diapit tanda kutip ganda; true, false dan null dengan huruf kecil)"
            }
            KeyNotText => "ada nama isian yang tidak diapit tanda kutip ganda",
            TrailingComma => "ada koma tepat sebelum kurung penutup",
            TrailingText => "masih ada teks setelah akhir JSON",
            BadText => {
                "ada teks yang memuat karakter yang tidak diizinkan JSON di situ (ganti baris, karakter kendali, atau escape \\ yang rusak)"
            }
            BadNumber => "ada bilangan yang tidak ditulis sesuai aturan JSON",
            NumberTooLarge => "ada bilangan yang terlalu besar",
            TooDeep => "kurung bersarang lebih dari 128 tingkat",
            Other => "teksnya tidak dapat dibaca sebagai JSON",
        }
    }

    fn json_kind(&self, kind: JsonKind) -> &'static str {
        use JsonKind::*;
        match kind {
            Object => "objek ({…})",
            Array => "daftar ([…])",
            Text => "teks dalam tanda kutip ganda",
            Integer => "bilangan bulat",
            Number => "bilangan",
            Boolean => "true atau false",
            Null => "null",
            Word => "salah satu kata yang diizinkan",
            Unknown => "jenis nilai lain",
        }
    }

    fn shape(&self, fault: &ShapeFault) -> String {
        match fault {
            ShapeFault::WrongType { found, expected } => format!(
                "seharusnya {}, tetapi berisi {}",
                self.json_kind(*expected),
                self.json_kind(*found)
            ),
            ShapeFault::MissingField(f) => format!("isian \"{f}\" tidak ada"),
            ShapeFault::UnknownField(f) => format!("\"{f}\" bukan isian di sini (periksa ejaannya)"),
            ShapeFault::DuplicateField(f) => format!("isian \"{f}\" muncul dua kali"),
            ShapeFault::UnknownWord { found, allowed } => format!(
                "\"{found}\" bukan salah satu kata yang diizinkan: {}",
                allowed.join(", ")
            ),
            ShapeFault::OutOfRange => "bilangan ini terlalu besar atau terlalu kecil untuk isian ini".into(),
            ShapeFault::Other => "nilai ini tidak sesuai format dataset".into(),
        }
    }

    fn position(&self, line: usize, column: usize) -> String {
        format!("(baris {line}, kolom {column})")
    }

    fn load_error(&self, err: &LoadError) -> String {
        match err {
            LoadError::TooLarge { bytes, limit } => {
                format!("berkas berukuran {bytes} bita; dataset terbesar yang dapat dibuka dasbor ini {limit} bita")
            }
            LoadError::Unreadable { .. } => {
                "Berkas tidak dapat dibaca: mungkin dipindahkan atau dihapus, atau \
                                             peramban tidak diizinkan membacanya. Pilih berkas itu lagi."
                    .into()
            }
            LoadError::Syntax {
                fault: SyntaxFault::Empty,
                ..
            } => "Berkas ini kosong: tidak ada JSON di dalamnya.".into(),
            LoadError::Syntax {
                line, column, fault, ..
            } => format!(
                "Berkas bukan JSON yang sah: {} {}.",
                self.syntax(*fault),
                self.position(*line, *column)
            ),
            LoadError::Shape {
                path,
                line,
                column,
                fault,
                ..
            } => format!("{path}: {} {}", self.shape(fault), self.position(*line, *column)),
            LoadError::Invalid(issues) => {
                format!("Dataset ini memuat {} masalah.", count(issues.len(), Lang::Id))
            }
        }
    }

    fn notes_file(&self, err: &FileError) -> String {
        match err {
            FileError::TooLarge { limit, .. } => format!(
                "Berkas terlalu besar untuk berkas catatan (paling besar {} MB).",
                limit / (1024 * 1024)
            ),
            FileError::Syntax(_) => "Berkas ini bukan JSON. Pilih berkas JSON hasil “Ekspor”.".into(),
            FileError::NotNotes => "Berkas ini bukan berkas catatan dasbor ini.".into(),
            FileError::Newer(_) => "Berkas catatan ini dibuat oleh versi dasbor yang lebih baru. Muat ulang \
                                    halaman untuk mendapatkan versi terbaru."
                .into(),
            FileError::Shape(_) => "Susunan berkas catatan ini tidak seperti yang diharapkan.".into(),
            FileError::BadNote { index, .. } => format!(
                "Sebuah catatan dalam berkas tidak dapat diterima (catatan ke-{}); tidak ada yang diimpor.",
                count(*index, Lang::Id)
            ),
            FileError::TooMany(n) => format!(
                "Berkas memuat {} catatan, lebih dari {} yang dapat diimpor sekaligus.",
                count(*n, Lang::Id),
                count(crate::model::notes::stored::MAX_NOTES, Lang::Id)
            ),
        }
    }

    fn storage(&self, err: &StorageError) -> String {
        match err {
            StorageError::Unavailable => "Browser tidak mengizinkan dasbor menyimpan apa pun di sini.".into(),
            StorageError::Full(_) => "Penyimpanan browser untuk situs ini penuh.".into(),
            StorageError::Refused(_) => "Browser menolak menyimpan nilai ini.".into(),
            StorageError::NotKept => "Nilai yang dibaca kembali setelah disimpan tidak sama dengan yang \
                                      ditulis."
                .into(),
        }
    }
}

/// The interface string `key`.
fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        SkipToContent => "Langsung ke konten",
        MainNav => "Tampilan",
        ViewTimeline => "Linimasa",
        TimelineIntro => "Setiap peristiwa kerja sama, satu lajur per mitra. Pilih peristiwa untuk melihat kutipan makalah.",
        TimelineChartLabel => "Grafik linimasa peristiwa kerja sama",
        UndatedHeading => "Tanpa tanggal",
        UndatedNote => "Makalah tidak menyebut tanggal peristiwa ini, jadi tidak digambar pada sumbu waktu.",
        TableCaption => "Tabel peristiwa (alternatif grafik)",
        ColDate => "Tanggal",
        ColPartner => "Mitra",
        ColEvent => "Peristiwa",
        ColKind => "Jenis",
        ShowDetail => "Lihat sumber",
        DetailHeading => "Sumber dalam makalah",
        DetailEmpty => "Pilih sesuatu pada grafik atau tabel untuk melihat kata-kata asli makalah.",
        Close => "Tutup",
        Quote => "Kutipan asli (bahasa Indonesia)",
        Translation => "Terjemahan bahasa Inggris",
        Section => "Bagian",
        Participants => "Pihak yang terlibat",
        DerivedDate => "Tanggal diturunkan",
        Language => "Bahasa",
        ChartUnavailable => "Grafik tidak dapat digambar. Tabel di bawah memuat data yang sama.",
        EchartsMissing => "Pustaka grafik (ECharts) tidak termuat. Tabel di bawah memuat data yang sama.",
        DatasetError => "Dataset tidak dapat dibaca",
        Crashed => "Terjadi kesalahan pada dasbor",
        CrashedHelp => "Muat ulang halaman. Jika berulang, laporkan pesan di bawah ini.",
        Reload => "Muat ulang",
        FilterPartner => "Mitra",
        FilterSector => "Sektor",
        All => "Semua",
        CopyLink => "Salin tautan",
        LinkCopied => "Tautan disalin",
        Showing => "Menampilkan",
        BundledDataset => "dataset bawaan",
        FromFile => "dari berkas",
        BackToBundled => "Kembali ke dataset bawaan",
        OpenDataset => "Buka dataset lain…",
        OpenDatasetHint => "Berkas JSON dalam format data/README.md, boleh juga diseret ke halaman ini; paling besar",
        NotOpened => "Berkas tidak dibuka:",
        KeptCurrent => "Dataset yang sedang tampil tidak berubah. Perbaiki masalah berikut lalu buka lagi:",
        Dismiss => "Tutup pesan",
        NotRemembered => "Dataset ini tampil, tetapi browser tidak mengizinkan menyimpannya: setelah dimuat ulang, dataset bawaan yang tampil.",
        StoredUnreadable => "Dataset yang tersimpan dari kunjungan sebelumnya tidak dapat dibaca lagi, jadi dataset bawaan yang tampil. Salinannya tetap tersimpan.",
        DropHere => "Lepaskan berkas dataset JSON di sini",
        ViewOverview => "Ringkasan",
        ViewMatrix => "Matriks sektor",
        ViewChallenges => "Tantangan",
        ViewLearning => "Pembelajaran kebijakan",
        ViewEvidence => "Bukti dan rekomendasi",
        MatrixTopPartners => "Mitra dengan kutipan terbanyak yang ditampilkan:",
        MatrixTopHint => "Pilih mitra pada filter untuk melihat mitra lain mana pun.",
        ShowMorePartners => "Tampilkan lebih banyak mitra",
        RowsShown => "Baris yang ditampilkan:",
        ShowMoreRows => "Tampilkan lebih banyak baris",
        MatrixIntro => "Sejauh mana kerja sama tiap mitra menjangkau tiap sektor, dengan jumlah kutipan yang mendukungnya. Sel kosong: makalah tidak menyebutnya.",
        MatrixChartLabel => "Matriks sektor × mitra",
        MatrixTableCaption => "Tabel matriks (alternatif grafik)",
        Silent => "makalah tidak menyebut",
        SilentNote => "“Tidak ada” berarti makalah menyatakan tidak ada; sel kosong berarti makalah tidak menyebutnya.",
        MatrixCell => "Sel matriks",
        LevelLabel => "Tingkat",
        Via => "Melalui",
        Status => "Status",
        Start => "Mulai",
        OtherParties => "Pihak lain",
        Affects => "Berdampak pada",
        LearnedFrom => "Dipelajari dari",
        Origin => "Praktik asal",
        Adaptation => "Adaptasi lokal",
        Finding => "Temuan",
        Strategy => "Strategi",
        Principle => "Prinsip",
        Recommendation => "Rekomendasi",
        ParadiplomacyType => "Jenis paradiplomasi",
        Literature => "Pustaka yang dikutip",
        Figure => "Angka",
        LegalBasis => "Dasar hukum",
        Provision => "Pasal",
        Actor => "Aktor",
        LocalName => "Nama setempat",
        ScopeItem => "Butir ruang lingkup",
        ChallengeCategory => "Kategori tantangan",
        FilterPeriod => "Periode",
        FilterFrom => "Dari tahun",
        FilterTo => "Sampai tahun",
        FilterType => "Bentuk hubungan",
        Filters => "Saring",
        ClearFilters => "Hapus saringan",
        Passages => "kutipan",
        DerivedNote => "Bukan dari makalah",
        TableToggle => "Tabel data (alternatif grafik)",
        NoSector => "Tanpa sektor",
        LanesBy => "Lajur per",
        LanesByPartner => "mitra",
        LanesBySector => "sektor",
        Search => "Cari",
        SearchPlaceholder => "Cari mitra, peristiwa, kutipan…",
        Results => "hasil",
        Theme => "Tema",
        ThemeAuto => "Ikuti sistem",
        ThemeLight => "Terang",
        ThemeDark => "Gelap",
        NothingMatches => "Tidak ada yang cocok dengan saringan ini. Ubah atau hapus saringan di atas.",
        LearningIntro => "Dari mana sebuah praktik dipelajari, praktiknya, dan sejauh mana diterapkan di tingkat lokal.",
        LearningChartLabel => "Alur pembelajaran kebijakan",
        LearningTableCaption => "Tabel adopsi kebijakan (alternatif grafik)",
        Practice => "Praktik",
        EvidenceIntro => "Pustaka, dasar hukum, prinsip, strategi, jenis paradiplomasi, temuan dan rekomendasi makalah. Setiap baris membuka kutipannya.",
        Kind => "Jenis",
        Text => "Isi",
        Authors => "Penulis",
        Year => "Tahun",
        Claim => "Klaim",
        Title => "Judul",
        General => "Umum (tanpa mitra tertentu)",
        ChallengesIntro => "Hambatan yang disebut makalah, per kategori dan per mitra yang terdampak. Pilih kategori atau tantangan untuk melihat kutipannya.",
        ChallengesChartLabel => "Tantangan per kategori dan mitra",
        ChallengesTableCaption => "Tabel tantangan (alternatif grafik)",
        ColChallenge => "Tantangan",
        ColCategory => "Kategori",
        HeadlineFindings => "Temuan utama",
        KeyFigures => "Angka kunci (dihitung dari dataset)",
        FigPartners => "Mitra",
        FigForeign => "Mitra luar negeri",
        FigActive => "Mitra dengan kerja sama berjalan",
        FigEvents => "Peristiwa",
        FigAdoptions => "Adopsi kebijakan",
        FigChallenges => "Tantangan",
        FigPassages => "Kutipan makalah",
        PartnerMap => "Peta mitra",
        MapNote => "Warna dan bentuk menandai status kerja sama. Koordinat adalah perkiraan pusat kota, bukan dari makalah. Kelompok kota tanpa nama tidak digambar.",
        PartnerTableCaption => "Tabel mitra (alternatif peta)",
        Country => "Negara",
        Ties => "Hubungan",
        RouteLabel => "Jalur",
        Level(x) => level(x),
        Qualifier(x) => qualifier(x),
        EventKind(x) => event_kind(x),
        RelType(x) => rel_type(x),
        RelStatus(x) => rel_status(x),
        AdoptionStatus(x) => adoption_status(x),
        Route(x) => route(x),
        RecKind(x) => rec_kind(x),
        Notes(x) => notes(x),
        Present(x) => present(x),
        Export(x) => export(x),
        Dataset(x) => dataset(x),
        Problems(x) => problems(x),
    }
}

fn level(x: SectorLevel) -> &'static str {
    match x {
        SectorLevel::None => "tidak ada",
        SectorLevel::Considered => "dipertimbangkan",
        SectorLevel::Explored => "dijajaki",
        SectorLevel::Planned => "direncanakan",
        SectorLevel::Agreed => "disepakati",
        SectorLevel::Implemented => "dilaksanakan",
        SectorLevel::Adapted => "diadaptasi",
    }
}

fn qualifier(x: DateQualifier) -> &'static str {
    match x {
        DateQualifier::Exact => "",
        DateQualifier::Circa => "sekitar",
        DateQualifier::Since => "sejak",
        DateQualifier::Undated => "tanpa tanggal",
    }
}

fn event_kind(x: EventKind) -> &'static str {
    match x {
        EventKind::Founding => "Pembentukan",
        EventKind::Exploration => "Penjajakan",
        EventKind::StudyVisit => "Studi banding",
        EventKind::Signing => "Penandatanganan",
        EventKind::Request => "Permohonan",
        EventKind::Programme => "Program",
        EventKind::Evaluation => "Evaluasi",
        EventKind::Decision => "Keputusan",
        EventKind::Context => "Konteks",
    }
}

fn rel_type(x: RelationshipType) -> &'static str {
    match x {
        RelationshipType::Exploration => "penjajakan",
        RelationshipType::LetterOfIntent => "surat pernyataan minat (LoI)",
        RelationshipType::Mou => "nota kesepahaman (MoU)",
        RelationshipType::CooperationAgreement => "perjanjian kerja sama",
        RelationshipType::ExchangeProgramme => "program pertukaran",
        RelationshipType::DomesticHorizontalLearning => "pembelajaran horizontal dalam negeri",
        RelationshipType::BusinessToBusiness => "business to business",
        RelationshipType::PrivateSector => "sektor swasta",
        RelationshipType::Unspecified => "bentuk tidak disebut",
    }
}

fn rel_status(x: RelationshipStatus) -> &'static str {
    match x {
        RelationshipStatus::Active => "berjalan",
        RelationshipStatus::Planned => "direncanakan",
        RelationshipStatus::Considered => "dipertimbangkan",
        RelationshipStatus::Past => "pernah",
        RelationshipStatus::Superseded => "digantikan tahap berikutnya",
    }
}

fn adoption_status(x: AdoptionStatus) -> &'static str {
    match x {
        AdoptionStatus::Considered => "dipertimbangkan",
        AdoptionStatus::Planned => "direncanakan",
        AdoptionStatus::Adopted => "diadopsi",
        AdoptionStatus::Adapted => "diadaptasi",
    }
}

fn route(x: LearningRoute) -> &'static str {
    match x {
        LearningRoute::SisterCity => "kerja sama kota",
        LearningRoute::StudyVisit => "studi banding",
        LearningRoute::DomesticHorizontalLearning => "pembelajaran horizontal dalam negeri",
        LearningRoute::BusinessToBusiness => "business to business",
        LearningRoute::PrivateSector => "sektor swasta",
    }
}

fn rec_kind(x: RecommendationKind) -> &'static str {
    match x {
        RecommendationKind::Improve => "perlu diperbaiki",
        RecommendationKind::Maintain => "perlu dipertahankan",
        RecommendationKind::Evaluate => "perlu dievaluasi berkala",
    }
}

fn notes(x: N) -> &'static str {
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

fn present(x: P) -> &'static str {
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

fn export(x: E) -> &'static str {
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

fn dataset(x: D) -> &'static str {
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
    }
}

fn problems(x: ListWord) -> &'static str {
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

//! Indonesian: what is said about a dataset as a spreadsheet (see `i18n::sheet`).

use crate::i18n::languages::{count, words};
use crate::i18n::sheet::{ColumnExtra, SheetWords};
use crate::model::sheet::{Column, Expected, Leaf, Notice, SheetProblem};
use crate::model::Lang;

/// The Indonesian table.
pub struct Indonesian;

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "angka",
        Expected::WholeNumber => "bilangan bulat",
        Expected::TrueFalse => "TRUE atau FALSE",
        Expected::Date => "tanggal (YYYY, YYYY-MM atau YYYY-MM-DD)",
    }
}

impl SheetWords for Indonesian {
    fn row(&self) -> &'static str {
        "baris"
    }

    fn column_word(&self) -> &'static str {
        "kolom"
    }

    fn problem(&self, problem: &SheetProblem) -> String {
        match problem {
            SheetProblem::MissingSheet => {
                "lembar ini tidak ada: tambahkan, dengan nama kolom di baris pertama (lihat lembar Read me)".into()
            }
            SheetProblem::EmptySheet => "lembar ini kosong: baris pertamanya harus berisi nama kolom".into(),
            SheetProblem::MissingColumn(c) => format!("kolom \"{c}\" tidak ada di baris pertama"),
            SheetProblem::DuplicateColumn(c) => format!("kolom \"{c}\" muncul dua kali"),
            SheetProblem::TooManyRows { rows, limit } => format!(
                "lembar ini berisi {} baris; satu lembar paling banyak {} baris",
                count(*rows, Lang::Id),
                count(*limit, Lang::Id)
            ),
            SheetProblem::Merged { last_row, last_column } => format!(
                "sel digabung (sampai baris {last_row}, kolom {last_column}): pisahkan lagi dan tulis nilai di setiap sel"
            ),
            SheetProblem::NotOneRow { rows } => format!(
                "lembar ini harus berisi tepat satu baris di bawah nama kolom; isinya {}",
                count(*rows, Lang::Id)
            ),
            SheetProblem::Required(e) => format!("sel ini kosong: harus berisi {}", expected(*e)),
            SheetProblem::NotA { expected: Expected::Date, found } => format!("{found} bukan tanggal"),
            SheetProblem::NotA { expected: e, found } => format!("{found} bukan {}", expected(*e)),
            SheetProblem::NotAWord { found, allowed } if found.is_empty() => {
                format!("sel ini kosong: tulis salah satu dari {}", allowed.join(", "))
            }
            SheetProblem::NotAWord { found, allowed } => {
                format!("\"{found}\" bukan salah satu kata yang diizinkan: {}", allowed.join(", "))
            }
            SheetProblem::CellError(e) => {
                format!("sel ini berisi galat {e}: perbaiki rumusnya atau tulis nilainya")
            }
            SheetProblem::UnknownRecord(id) => format!("tidak ada rekaman dengan id \"{id}\""),
            SheetProblem::UnknownPart(part) => format!("rekaman ini tidak punya bagian \"{part}\""),
            SheetProblem::Invalid(p) => words(Lang::Id).problem(p),
            SheetProblem::Load(err) => words(Lang::Id).load_error(err),
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::UnknownSheet => "bukan lembar format dataset: diabaikan".into(),
            Notice::UnknownColumn(c) => format!("\"{c}\" bukan kolom lembar ini: diabaikan"),
            Notice::Trimmed(v) => format!("spasi di sekitar \"{v}\" dihapus"),
            Notice::SerialDate { serial, date } => {
                format!("angka {serial} dibaca sebagai tanggal Excel {date}")
            }
        }
    }

    fn column_kind(&self, column: &Column) -> String {
        let name = column.name.as_str();
        match &column.leaf {
            Leaf::Id if name == "id" => {
                "Id rekaman: huruf kecil, angka dan tanda hubung tunggal (ev-2016-mou), unik di seluruh berkas.".to_string()
            }
            Leaf::Id if name == "record" => "Id rekaman pemilik baris ini.".to_string(),
            Leaf::Id => "Id rekaman lain (rujukan).".to_string(),
            Leaf::Text if name.ends_with(".id") || name == "quote" => "Teks dalam bahasa Indonesia.".to_string(),
            Leaf::Text if name.ends_with(".en") || name == "translation" => {
                "Teks dalam bahasa Inggris.".to_string()
            }
            Leaf::Text if name == "part" => {
                "Kosong untuk kutipan rekaman itu sendiri; untuk bagiannya, nama bagian (sectors/ict).".to_string()
            }
            Leaf::Text => "Teks.".to_string(),
            Leaf::Date => {
                "Tanggal sebagai teks: YYYY, YYYY-MM atau YYYY-MM-DD; bentuknya menyatakan ketelitiannya.".to_string()
            }
            Leaf::Integer => "Bilangan bulat.".to_string(),
            Leaf::Number => "Angka.".to_string(),
            Leaf::Boolean => "TRUE atau FALSE.".to_string(),
            Leaf::Word(words) => format!("Salah satu dari: {}.", words.join(", ")),
            Leaf::IdList => "Id rekaman lain, dipisah dengan ; (atau kosong).".to_string(),
            Leaf::TextList => "Satu isian per baris (Alt+Enter di dalam sel).".to_string(),
        }
    }

    fn column_extra(&self, extra: ColumnExtra) -> &'static str {
        match extra {
            ColumnExtra::Optional => "Boleh dikosongkan.",
            ColumnExtra::Nullable => "Kosong berarti tidak ada.",
            ColumnExtra::Verbatim => {
                "Persis seperti di makalah: pemeriksaan kutipan mencarinya kata demi kata."
            }
        }
    }

    fn read_me(&self) -> &'static [&'static str] {
        &[
            "Dataset dasbor paradiplomasi dalam bentuk lembar kerja.",
            "Setiap lembar adalah satu daftar dataset (events, actors, ...): satu baris per rekaman, nama kolom di baris pertama; jangan diganti namanya.",
            "Lembar Dataset berisi isian dataset itu sendiri dalam satu baris. Setiap kutipan dari makalah adalah satu baris di lembar Citations, dengan id rekamannya.",
            "Sektor sebuah hubungan ada di lembar \"Relationships – sectors\", pasal-pasal dasar hukum di \"Legal bases – provisions\".",
            "Daftar pilihan memberi kata yang diizinkan; catatan pada setiap nama kolom menjelaskan isinya. Periksa berkas dengan: cargo run --release --bin dataset -- check BERKAS.xlsx --paper MAKALAH.txt",
        ]
    }

    fn read_me_headings(&self) -> [&'static str; 3] {
        ["Lembar", "Kolom", "Bahasa Indonesia"]
    }

    fn quote_miss(&self, record: &str, section: &str, quote: &str) -> String {
        format!("{record} (bagian {section}): kutipan tidak ada di teks makalah: \"{quote}\"")
    }

    fn summary(&self, problems: usize, notices: usize) -> String {
        format!(
            "{} masalah, {} catatan",
            count(problems, Lang::Id),
            count(notices, Lang::Id)
        )
    }

    fn quote_summary(&self, citations: usize, misses: usize) -> String {
        format!(
            "{} dari {} kutipan tidak ada di teks makalah",
            count(misses, Lang::Id),
            count(citations, Lang::Id)
        )
    }

    fn not_a_spreadsheet(&self) -> &'static str {
        "Berkas ini bukan lembar kerja yang dapat dibaca dasbor: buka berkas .xlsx (Excel, Google Sheets) atau .ods (LibreOffice)."
    }

    fn too_large(&self, megabytes: u64, limit: u64) -> String {
        format!("Berkas ini {megabytes} MB; lembar kerja yang dibaca paling besar {limit} MB.")
    }

    fn unpacks(&self, limit: u64) -> String {
        format!("Isi berkas ini lebih dari {limit} MB setelah dibuka (lembar kerja adalah arsip zip): berkas tidak dibaca.")
    }

    fn sheet_too_large(&self, sheet: &str, row: usize, column: &str, rows: usize, columns: usize) -> String {
        format!(
            "Lembar {sheet} berisi nilai di baris {}, kolom {column}: lembar yang dibaca paling banyak {} baris dan {} kolom. Hapus isi di luar batas itu, atau bagi kajian ke beberapa berkas.",
            count(row, Lang::Id),
            count(rows, Lang::Id),
            count(columns, Lang::Id)
        )
    }

    fn too_many_cells(&self, limit: usize) -> String {
        format!(
            "Semua lembar berisi lebih dari {} sel, jumlah terbanyak yang dibaca.",
            count(limit, Lang::Id)
        )
    }

    fn not_written(&self) -> &'static str {
        "Dataset ini tidak dapat ditulis sebagai lembar kerja."
    }
}

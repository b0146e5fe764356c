//! Indonesian: every interface string and every error sentence, in full: the error
//! sentences here, the interface strings in `interface`, `vocabulary` (the dataset's closed
//! lists) and `parts` (notes, seminar and embed modes, downloads, datasets). A key or an error
//! case missing here is a compile error in this language's table only.

mod interface;
mod parts;
#[cfg(feature = "sheet")]
pub(crate) mod sheet;
mod vocabulary;

use super::{count, Key, ViewWords, Words};
use crate::model::date::DateError;
use crate::model::load::{JsonKind, ShapeFault, SyntaxFault};
use crate::model::notes::stored::FileError;
use crate::model::validate::Problem;
use crate::model::{Lang, LoadError, View};
use crate::storage::StorageError;

/// The Indonesian table.
pub struct Indonesian;

impl Words for Indonesian {
    fn text(&self, key: Key) -> &'static str {
        interface::text(key)
    }

    fn view(&self, view: View) -> ViewWords {
        interface::view(view)
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
            Problem::TakeawayTaken { view, first } => {
                format!("tampilan \"{view}\" sudah punya kesimpulannya di {first}: satu tampilan, satu kesimpulan")
            }
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

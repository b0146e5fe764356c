//! Dataset load errors in the reader's language: one plain sentence per problem, with the JSON
//! path or the line and column, so that a researcher can find and fix it in their file. The
//! parser's own words (serde's message, its position) are kept as a technical detail, shown
//! folded under the sentence, never as the sentence.
//!
//! Owns: [`ProblemLine`], [`load_error_report`] (the first lines of a list and how many there
//! are), [`load_error_text`] (every problem, for a download) and the words around such a list.

use crate::model::load::{JsonKind, ShapeFault, SyntaxFault};
use crate::model::validate::{Issue, Problem};
use crate::model::{Lang, LoadError};

/// How many problems a list shows before "and N more".
pub const SHOWN_PROBLEMS: usize = 200;

/// One problem as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemLine {
    /// What is wrong and where, in the reader's language.
    pub text: String,
    /// The parser's own words, for someone who wants them.
    pub detail: Option<String>,
}

/// The words around a list of problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListWord {
    /// The summary of a folded technical detail.
    TechnicalDetail,
    /// Before the count of problems not listed: "and" (N more).
    AndMore,
    /// After it: (and N) "more".
    More,
    /// The button that downloads every problem.
    DownloadAll,
    /// The first line of the downloaded file, before its name.
    ProblemsIn,
}

/// `word` in `lang`.
pub fn list_word(word: ListWord, lang: Lang) -> &'static str {
    use ListWord::*;
    match (word, lang) {
        (TechnicalDetail, Lang::En) => "Technical detail",
        (TechnicalDetail, Lang::Id) => "Rincian teknis",
        (AndMore, Lang::En) => "and",
        (AndMore, Lang::Id) => "dan",
        (More, Lang::En) => "more",
        (More, Lang::Id) => "lainnya",
        (DownloadAll, Lang::En) => "Download all problems (.txt)",
        (DownloadAll, Lang::Id) => "Unduh semua masalah (.txt)",
        (ProblemsIn, Lang::En) => "Problems in",
        (ProblemsIn, Lang::Id) => "Masalah dalam",
    }
}

/// `n` with its thousands grouped as `lang` writes them (29,800; 29.800).
pub fn count(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let mark = if lang == Lang::En { ',' } else { '.' };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(d);
    }
    out
}

/// The name of the downloaded list of problems of `file_name`.
pub fn problems_file_name(file_name: &str, lang: Lang) -> String {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    let stem = if stem.is_empty() { "dataset" } else { stem };
    match lang {
        Lang::En => format!("{stem}-problems.txt"),
        Lang::Id => format!("{stem}-masalah.txt"),
    }
}

fn problem(p: &Problem, lang: Lang) -> String {
    if lang == Lang::En {
        return p.to_string();
    }
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
        Problem::NoCitations => "rekaman ini tidak mengutip makalah: setiap rekaman wajib mengutip".into(),
        Problem::EmptyQuote => "kutipan kosong".into(),
        Problem::EmptyTranslation => "terjemahan kosong".into(),
        Problem::Date(e) => match e {
            crate::model::date::DateError::Form(d) => {
                format!("\"{d}\" bukan tanggal berbentuk YYYY, YYYY-MM atau YYYY-MM-DD")
            }
            crate::model::date::DateError::NoSuchDate(d) => format!("\"{d}\" bukan tanggal yang ada"),
        },
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

fn issue(i: &Issue, lang: Lang) -> String {
    format!("{}: {}", i.path, problem(&i.problem, lang))
}

fn syntax_reason(fault: SyntaxFault, lang: Lang) -> &'static str {
    use SyntaxFault::*;
    match (fault, lang) {
        (Empty, Lang::En) => "the file is empty",
        (Empty, Lang::Id) => "berkas ini kosong",
        (Truncated, Lang::En) => "it ends before the JSON is complete; it may have been cut short",
        (Truncated, Lang::Id) => "berkas berakhir sebelum JSON-nya lengkap; mungkin terpotong",
        (MissingComma, Lang::En) => "a comma or a closing bracket is missing",
        (MissingComma, Lang::Id) => "ada koma atau kurung penutup yang hilang",
        (MissingColon, Lang::En) => "a colon (:) is missing after a field name",
        (MissingColon, Lang::Id) => "titik dua (:) hilang setelah nama isian",
        (ExpectedValue, Lang::En) => {
            "a value is missing or not written as JSON (text goes in double quotes; true, false and null in lower case)"
        }
        (ExpectedValue, Lang::Id) => {
            "ada nilai yang hilang atau tidak ditulis sebagai JSON (teks diapit tanda kutip ganda; true, false dan null dengan huruf kecil)"
        }
        (KeyNotText, Lang::En) => "a field name is not in double quotes",
        (KeyNotText, Lang::Id) => "ada nama isian yang tidak diapit tanda kutip ganda",
        (TrailingComma, Lang::En) => "a comma stands just before a closing bracket",
        (TrailingComma, Lang::Id) => "ada koma tepat sebelum kurung penutup",
        (TrailingText, Lang::En) => "there is more text after the end of the JSON",
        (TrailingText, Lang::Id) => "masih ada teks setelah akhir JSON",
        (BadText, Lang::En) => {
            "a text holds a character JSON does not allow there (a line break, a control character or a broken \\ escape)"
        }
        (BadText, Lang::Id) => {
            "ada teks yang memuat karakter yang tidak diizinkan JSON di situ (ganti baris, karakter kendali, atau escape \\ yang rusak)"
        }
        (BadNumber, Lang::En) => "a number is not written as JSON allows",
        (BadNumber, Lang::Id) => "ada bilangan yang tidak ditulis sesuai aturan JSON",
        (NumberTooLarge, Lang::En) => "a number is too large",
        (NumberTooLarge, Lang::Id) => "ada bilangan yang terlalu besar",
        (TooDeep, Lang::En) => "brackets are nested more than 128 levels deep",
        (TooDeep, Lang::Id) => "kurung bersarang lebih dari 128 tingkat",
        (Other, Lang::En) => "the text cannot be read as JSON",
        (Other, Lang::Id) => "teksnya tidak dapat dibaca sebagai JSON",
    }
}

fn kind(k: JsonKind, lang: Lang) -> &'static str {
    use JsonKind::*;
    match (k, lang) {
        (Object, Lang::En) => "an object ({…})",
        (Object, Lang::Id) => "objek ({…})",
        (Array, Lang::En) => "a list ([…])",
        (Array, Lang::Id) => "daftar ([…])",
        (Text, Lang::En) => "text in double quotes",
        (Text, Lang::Id) => "teks dalam tanda kutip ganda",
        (Integer, Lang::En) => "a whole number",
        (Integer, Lang::Id) => "bilangan bulat",
        (Number, Lang::En) => "a number",
        (Number, Lang::Id) => "bilangan",
        (Boolean, Lang::En) => "true or false",
        (Boolean, Lang::Id) => "true atau false",
        (Null, _) => "null",
        (Word, Lang::En) => "one of the allowed words",
        (Word, Lang::Id) => "salah satu kata yang diizinkan",
        (Unknown, Lang::En) => "another kind of value",
        (Unknown, Lang::Id) => "jenis nilai lain",
    }
}

fn shape_reason(fault: &ShapeFault, lang: Lang) -> String {
    match (fault, lang) {
        (ShapeFault::WrongType { found, expected }, Lang::En) => {
            format!("expected {}, found {}", kind(*expected, lang), kind(*found, lang))
        }
        (ShapeFault::WrongType { found, expected }, Lang::Id) => {
            format!(
                "seharusnya {}, tetapi berisi {}",
                kind(*expected, lang),
                kind(*found, lang)
            )
        }
        (ShapeFault::MissingField(f), Lang::En) => format!("the field \"{f}\" is missing"),
        (ShapeFault::MissingField(f), Lang::Id) => format!("isian \"{f}\" tidak ada"),
        (ShapeFault::UnknownField(f), Lang::En) => {
            format!("\"{f}\" is not a field here (check its spelling)")
        }
        (ShapeFault::UnknownField(f), Lang::Id) => format!("\"{f}\" bukan isian di sini (periksa ejaannya)"),
        (ShapeFault::DuplicateField(f), Lang::En) => format!("the field \"{f}\" appears twice"),
        (ShapeFault::DuplicateField(f), Lang::Id) => format!("isian \"{f}\" muncul dua kali"),
        (ShapeFault::UnknownWord { found, allowed }, Lang::En) => {
            format!(
                "\"{found}\" is not one of the allowed words: {}",
                allowed.join(", ")
            )
        }
        (ShapeFault::UnknownWord { found, allowed }, Lang::Id) => {
            format!(
                "\"{found}\" bukan salah satu kata yang diizinkan: {}",
                allowed.join(", ")
            )
        }
        (ShapeFault::OutOfRange, Lang::En) => "the number is too large or too small for this field".into(),
        (ShapeFault::OutOfRange, Lang::Id) => {
            "bilangan ini terlalu besar atau terlalu kecil untuk isian ini".into()
        }
        (ShapeFault::Other, Lang::En) => "the value does not fit the dataset format".into(),
        (ShapeFault::Other, Lang::Id) => "nilai ini tidak sesuai format dataset".into(),
    }
}

fn position(line: usize, column: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("(line {line}, column {column})"),
        Lang::Id => format!("(baris {line}, kolom {column})"),
    }
}

/// The one line of an error that is not a list of validation problems.
fn single(err: &LoadError, lang: Lang) -> ProblemLine {
    let (text, detail) = match err {
        LoadError::TooLarge { bytes, limit } => (
            match lang {
                Lang::En => err.to_string(),
                Lang::Id => format!(
                    "berkas berukuran {bytes} bita; dataset terbesar yang dapat dibuka dasbor ini {limit} bita"
                ),
            },
            None,
        ),
        LoadError::Unreadable { detail } => (
            match lang {
                Lang::En => "The file could not be read: it may have been moved or deleted, or the browser \
                             was not allowed to read it. Choose it again."
                    .to_string(),
                Lang::Id => "Berkas tidak dapat dibaca: mungkin dipindahkan atau dihapus, atau peramban tidak \
                             diizinkan membacanya. Pilih berkas itu lagi."
                    .to_string(),
            },
            Some(detail.clone()),
        ),
        LoadError::Syntax {
            line,
            column,
            fault,
            message,
        } => {
            let reason = syntax_reason(*fault, lang);
            let text = match (fault, lang) {
                (SyntaxFault::Empty, Lang::En) => "The file is empty: there is no JSON in it.".to_string(),
                (SyntaxFault::Empty, Lang::Id) => "Berkas ini kosong: tidak ada JSON di dalamnya.".to_string(),
                (_, Lang::En) => format!(
                    "The file is not valid JSON: {reason} {}.",
                    position(*line, *column, lang)
                ),
                (_, Lang::Id) => format!(
                    "Berkas bukan JSON yang sah: {reason} {}.",
                    position(*line, *column, lang)
                ),
            };
            (text, Some(format!("serde_json: {message} at line {line} column {column}")))
        }
        LoadError::Shape {
            path,
            line,
            column,
            fault,
            message,
        } => (
            format!(
                "{path}: {} {}",
                shape_reason(fault, lang),
                position(*line, *column, lang)
            ),
            Some(format!("serde: {message} at {path}, line {line} column {column}")),
        ),
        LoadError::Invalid(_) => (String::new(), None),
    };
    ProblemLine { text, detail }
}

/// The first `limit` problems of `err` in `lang`, and how many there are in all.
pub fn load_error_report(err: &LoadError, lang: Lang, limit: usize) -> (Vec<ProblemLine>, usize) {
    match err {
        LoadError::Invalid(issues) => (
            issues
                .iter()
                .take(limit)
                .map(|i| ProblemLine {
                    text: issue(i, lang),
                    detail: None,
                })
                .collect(),
            issues.len(),
        ),
        other => (vec![single(other, lang)], 1),
    }
}

/// Every problem of `err` as a sentence in `lang` (no technical detail).
pub fn load_error_lines(err: &LoadError, lang: Lang) -> Vec<String> {
    let (lines, _) = load_error_report(err, lang, usize::MAX);
    lines.into_iter().map(|l| l.text).collect()
}

/// Every problem of `err` in `lang`, one a line, each technical detail indented under its
/// problem: the text of the downloadable list.
pub fn load_error_text(err: &LoadError, file_name: &str, lang: Lang) -> String {
    let (lines, total) = load_error_report(err, lang, usize::MAX);
    let total = count(total, lang);
    let mut text = format!(
        "{} {file_name}: {total}\n\n",
        list_word(ListWord::ProblemsIn, lang)
    );
    for line in lines {
        text.push_str(&line.text);
        text.push('\n');
        if let Some(detail) = line.detail {
            text.push_str("    ");
            text.push_str(&detail);
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate::Collection;

    #[test]
    fn every_problem_reads_in_both_languages_with_its_path() {
        let err = LoadError::Invalid(
            vec![Issue {
                path: "$.events[0].actors[1]".into(),
                problem: Problem::Dangling {
                    id: "daejon".into(),
                    expected: Collection::Actor,
                },
            }]
            .into(),
        );
        assert_eq!(
            load_error_lines(&err, Lang::En),
            ["$.events[0].actors[1]: refers to \"daejon\", which is not one of the actors"]
        );
        assert_eq!(
            load_error_lines(&err, Lang::Id),
            ["$.events[0].actors[1]: merujuk ke \"daejon\", yang tidak ada di actors"]
        );
        let syntax = LoadError::Syntax {
            line: 3,
            column: 7,
            fault: SyntaxFault::MissingComma,
            message: "expected `,` or `}`".into(),
        };
        assert!(load_error_lines(&syntax, Lang::Id)[0].contains("baris 3, kolom 7"));
        assert!(load_error_lines(&syntax, Lang::En)[0].contains("line 3, column 7"));
    }

    #[test]
    fn a_long_list_is_cut_but_the_download_holds_every_problem() {
        let issues: Vec<Issue> = (0..250)
            .map(|i| Issue {
                path: format!("$.events[{i}].title.en"),
                problem: Problem::EmptyText("English"),
            })
            .collect();
        let err = LoadError::Invalid(issues.into());
        let (lines, total) = load_error_report(&err, Lang::Id, SHOWN_PROBLEMS);
        assert_eq!((lines.len(), total), (200, 250));
        assert_eq!(
            lines[199].text,
            "$.events[199].title.en: teks bahasa Inggris kosong"
        );
        let text = load_error_text(&err, "big.json", Lang::En);
        assert!(text.starts_with("Problems in big.json: 250\n"));
        assert_eq!(text.lines().filter(|l| l.starts_with("$.events[")).count(), 250);
        assert_eq!(problems_file_name("big.json", Lang::Id), "big-masalah.txt");
        assert_eq!(
            (count(29_800, Lang::En), count(29_800, Lang::Id)),
            ("29,800".into(), "29.800".into())
        );
        assert_eq!(
            (count(200, Lang::En), count(1_234_567, Lang::Id)),
            ("200".into(), "1.234.567".into())
        );
    }
}

//! Dataset load errors in the reader's language: one plain sentence per problem, with the JSON
//! path or the line and column, so that a researcher can find and fix it in their file.

use crate::model::validate::{Issue, Problem};
use crate::model::{Lang, LoadError};

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
    }
}

fn issue(i: &Issue, lang: Lang) -> String {
    format!("{}: {}", i.path, problem(&i.problem, lang))
}

/// Every problem of `err` as a sentence in `lang`. serde_json's own messages stay in English
/// inside an Indonesian sentence: they name JSON tokens a translation would blur.
pub fn load_error_lines(err: &LoadError, lang: Lang) -> Vec<String> {
    match (err, lang) {
        (LoadError::Invalid(issues), _) => issues.iter().map(|i| issue(i, lang)).collect(),
        (other, Lang::En) => vec![other.to_string()],
        (LoadError::TooLarge { bytes, limit }, Lang::Id) => vec![format!(
            "berkas berukuran {bytes} bita; dataset terbesar yang dapat dibuka dasbor ini {limit} bita"
        )],
        (
            LoadError::Syntax {
                line,
                column,
                message,
            },
            Lang::Id,
        ) => {
            vec![format!(
                "berkas bukan JSON yang sah: {message} (baris {line}, kolom {column})"
            )]
        }
        (
            LoadError::Shape {
                path,
                line,
                column,
                message,
            },
            Lang::Id,
        ) => {
            vec![format!("{path}: {message} (baris {line}, kolom {column})")]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate::Collection;

    #[test]
    fn every_problem_reads_in_both_languages_with_its_path() {
        let err = LoadError::Invalid(vec![Issue {
            path: "$.events[0].actors[1]".into(),
            problem: Problem::Dangling {
                id: "daejon".into(),
                expected: Collection::Actor,
            },
        }]);
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
            message: "expected `,`".into(),
        };
        assert!(load_error_lines(&syntax, Lang::Id)[0].contains("baris 3, kolom 7"));
        assert!(load_error_lines(&syntax, Lang::En)[0].contains("line 3, column 7"));
    }
}

//! Native tests of hostile spreadsheet files: a zip bomb, a value far out in an otherwise
//! small sheet, sheets of more cells than are read, and ods files whose repeated rows and
//! columns would lay out billions of cells. Each is refused whole with its reason in both
//! languages, before the reader has held it; a file inside the limits is read as before.
#![cfg(not(target_arch = "wasm32"))]

mod datasets;

use std::io::{Cursor, Write};

use paradiplomacy_dashboard::i18n::sheet::read_error_line;
use paradiplomacy_dashboard::model::sheet::{
    ReadError, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES,
};
use paradiplomacy_dashboard::model::{parse_dataset, Lang, BUNDLED_JSON};
use paradiplomacy_dashboard::sheet::{guard, workbook, xlsx};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The bundled dataset as xlsx bytes.
fn bundled_xlsx() -> Vec<u8> {
    let data = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    xlsx::write(&workbook(&data).expect("workbook")).expect("xlsx")
}

/// The zip archive `bytes` with `name` added, or replaced when it is there, as `content`.
fn with_part(bytes: &[u8], name: &str, content: &[u8]) -> Vec<u8> {
    let mut from = ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut to = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));
    for i in 0..from.len() {
        let part = from.by_index(i).expect("part");
        if part.name() != name {
            to.raw_copy_file(part).expect("copied");
        }
    }
    to.start_file(name, options).expect("part started");
    to.write_all(content).expect("part written");
    to.finish().expect("zip finished").into_inner()
}

/// Both languages' line for `err`.
fn said(err: &ReadError) -> [String; 2] {
    [read_error_line(err, Lang::Id), read_error_line(err, Lang::En)]
}

/// `file` written by rust_xlsxwriter with `cells` (row, column, text) on a sheet "Events".
fn xlsx_with(cells: impl IntoIterator<Item = (u32, u16)>) -> Vec<u8> {
    let mut file = rust_xlsxwriter::Workbook::new();
    let ws = file.add_worksheet();
    ws.set_name("Events").expect("name");
    ws.write_string(0, 0, "id").expect("cell");
    for (row, column) in cells {
        ws.write_string(row, column, "x").expect("cell");
    }
    file.save_to_buffer().expect("bytes")
}

#[test]
fn the_limits_are_what_the_messages_say() {
    assert_eq!((MAX_ROWS, MAX_COLUMNS, MAX_CELLS), (50_000, 256, 2_000_000));
    assert_eq!(MAX_UNPACKED_BYTES, 256 * 1024 * 1024);
}

#[test]
fn the_bundled_dataset_unpacks_far_within_the_limit() {
    let bytes = bundled_xlsx();
    let mut zip = ZipArchive::new(Cursor::new(&bytes)).expect("zip");
    let unpacked: u64 = (0..zip.len())
        .map(|i| zip.by_index(i).expect("part").size())
        .sum();
    assert!(unpacked * 20 < MAX_UNPACKED_BYTES, "{unpacked} bytes unpacked");
    guard::unpacked_within(&bytes, unpacked).expect("exactly its size passes");
    assert_eq!(
        guard::unpacked_within(&bytes, unpacked - 1),
        Err(ReadError::Unpacks { limit: unpacked - 1 }),
        "one byte less does not"
    );
}

#[test]
fn a_zip_bomb_is_refused_before_the_reader_unpacks_it() {
    // 300 MB of one repeated byte packs to about 3 MB: a spreadsheet with it as a part is far
    // below the largest file read, and so the guard is what refuses it.
    let bomb = with_part(&bundled_xlsx(), "xl/media/image1.bin", &vec![b'x'; 300 << 20]);
    assert!(
        (bomb.len() as u64) < xlsx::MAX_FILE_BYTES / 8,
        "{} bytes",
        bomb.len()
    );
    let err = xlsx::read(bomb).expect_err("refused");
    assert_eq!(
        err,
        ReadError::Unpacks {
            limit: MAX_UNPACKED_BYTES
        }
    );
    assert_eq!(
        said(&err),
        [
            "Isi berkas ini lebih dari 256 MB setelah dibuka (lembar kerja adalah arsip zip): berkas tidak dibaca.",
            "The file unpacks to more than 256 MB (a spreadsheet is a zip archive): it is not read.",
        ]
    );
}

#[test]
fn a_part_that_unpacks_to_more_than_it_declares_is_counted_as_it_unpacks() {
    // A part whose local and central headers declare 10 bytes and whose data inflates to 1 MB.
    let real = with_part(&bundled_xlsx(), "xl/media/image1.bin", &vec![0u8; 1 << 20]);
    let mut lying = real.clone();
    let mut zip = ZipArchive::new(Cursor::new(&real)).expect("zip");
    let declared = zip.by_name("xl/media/image1.bin").expect("part").size() as u32;
    let needle = declared.to_le_bytes();
    // Every header's "uncompressed size" field holding the part's size, set to 10.
    let mut patched = 0;
    for at in 0..lying.len() - 4 {
        if lying[at..at + 4] == needle
            && (at >= 22 && lying[at - 22..at - 18] == [0x50, 0x4b, 0x03, 0x04]
                || at >= 24 && lying[at - 24..at - 20] == [0x50, 0x4b, 0x01, 0x02])
        {
            lying[at..at + 4].copy_from_slice(&10u32.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "the local and the central header");
    let within = |bytes: &[u8]| guard::unpacked_within(bytes, 512 * 1024);
    let counted = within(&lying);
    // Either the zip reader stops the part at what it declares (and reports it damaged), or
    // it is counted past the limit as it unpacks: in no case does it pass as 10 bytes.
    assert!(
        matches!(
            counted,
            Err(ReadError::Unpacks { .. }) | Err(ReadError::NotASpreadsheet(_))
        ),
        "{counted:?}"
    );
    assert!(
        within(&real).is_err(),
        "the honest file is over the half-megabyte limit too"
    );
}

#[test]
fn a_value_far_out_in_a_small_xlsx_sheet_is_refused_without_laying_the_sheet_out() {
    // Two values: A1 and XFD1048576. Laid out as one rectangle: 17 billion cells.
    let err = xlsx::read(xlsx_with([(1_048_575, 16_383)])).expect_err("refused");
    assert_eq!(
        err,
        ReadError::SheetTooLarge {
            sheet: "Events".into(),
            row: 1_048_576,
            column: 16_384
        }
    );
    assert_eq!(
        said(&err),
        [
            "Lembar Events berisi nilai di baris 1.048.576, kolom XFD: lembar yang dibaca paling banyak 50.000 baris dan 256 kolom. Hapus isi di luar batas itu, atau bagi kajian ke beberapa berkas.",
            "The sheet Events has a value in row 1,048,576, column XFD: a sheet of at most 50,000 rows and 256 columns is read. Delete what lies beyond, or split the study into several files.",
        ]
    );
}

#[test]
fn a_sheet_is_read_up_to_its_last_row_and_column_and_refused_one_past() {
    let last = xlsx::read(xlsx_with([(MAX_ROWS as u32 - 1, MAX_COLUMNS as u16 - 1)])).expect("read");
    let rows = &last.sheets[0].rows;
    assert_eq!(rows.len(), MAX_ROWS);
    assert_eq!(
        rows[MAX_ROWS - 1].len(),
        MAX_COLUMNS,
        "a row is as long as its last value"
    );
    assert!(rows[1].is_empty(), "an empty row holds no cells");
    for (row, column) in [(MAX_ROWS as u32, 0), (0, MAX_COLUMNS as u16)] {
        assert_eq!(
            xlsx::read(xlsx_with([(row, column)])).expect_err("refused"),
            ReadError::SheetTooLarge {
                sheet: "Events".into(),
                row: row as usize + 1,
                column: column as usize + 1
            }
        );
    }
}

#[test]
fn sheets_of_more_cells_than_are_read_are_refused() {
    // One value at the end of each of 8,000 rows: 8,000 × 256 cells once laid out.
    let cells = (1..8_000u32).map(|r| (r, MAX_COLUMNS as u16 - 1));
    let err = xlsx::read(xlsx_with(cells)).expect_err("refused");
    assert_eq!(err, ReadError::TooManyCells { limit: MAX_CELLS });
    assert_eq!(
        said(&err)[1],
        "The sheets hold more than 2,000,000 cells together, the most that is read."
    );
}

/// The small ods fixture with its content replaced by one table "Events" of `rows` (the XML of
/// its `table:table-row` elements).
fn ods_with(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Events"><table:table-column table:number-columns-repeated="1024"/>{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    with_part(datasets::SMALL_ODS, "content.xml", content.as_bytes())
}

const ID_ROW: &str = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell></table:table-row>"#;

#[test]
fn an_ods_sheet_of_repeated_values_is_refused_from_its_repeat_counts() {
    // One row of 16,384 values repeated a million times: 17 billion cells as calamine lays them out.
    let too_large = |row, column| ReadError::SheetTooLarge {
        sheet: "Events".into(),
        row,
        column,
    };
    for (rows, refused) in [
        // One row of 16,384 values repeated a million times: 17 billion cells as calamine lays them out.
        (
            r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row>"#,
            too_large(2, 16_384),
        ),
        // A million rows of one value.
        (
            r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
            too_large(1_000_001, 1),
        ),
        // 40,000 rows of 100 values: within rows and columns, past the cells read.
        (
            r#"<table:table-row table:number-rows-repeated="40000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="100"/></table:table-row>"#,
            ReadError::TooManyCells { limit: MAX_CELLS },
        ),
    ] {
        let file = ods_with(&format!("{ID_ROW}{rows}"));
        assert_eq!(xlsx::read(file).expect_err("refused"), refused, "{rows}");
    }
}

#[test]
fn an_ods_sheet_with_the_empty_formatted_rows_libreoffice_writes_is_read() {
    // LibreOffice saves a formatted sheet's empty remainder as repeated empty rows and cells.
    let file = ods_with(&format!(
        r#"{ID_ROW}<table:table-row><table:table-cell office:value-type="string"><text:p>ev-1</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1023"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
    ));
    let book = xlsx::read(file).expect("read");
    assert_eq!(book.sheets[0].name, "Events");
    assert_eq!(book.sheets[0].rows.len(), 2);
    assert_eq!(book.sheets[0].rows[1].len(), 1);
}

#[test]
fn a_zip_archive_that_is_no_spreadsheet_and_an_old_xls_file_are_refused() {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("notes.txt", SimpleFileOptions::default())
        .expect("part");
    zip.write_all(b"hello").expect("written");
    let archive = zip.finish().expect("zip").into_inner();
    assert!(matches!(
        xlsx::read(archive).expect_err("refused"),
        ReadError::NotASpreadsheet(_)
    ));
    // The first bytes of a compound file (.xls): not a zip archive.
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.resize(4096, 0);
    let err = xlsx::read(xls).expect_err("refused");
    assert!(matches!(err, ReadError::NotASpreadsheet(_)), "{err:?}");
    assert!(said(&err)[1].starts_with("The file is not a spreadsheet the dashboard reads"));
}

#[test]
fn a_file_with_a_large_part_within_the_limit_is_read() {
    let bytes = with_part(&bundled_xlsx(), "xl/media/image1.bin", &vec![7u8; 8 << 20]);
    let book = xlsx::read(bytes).expect("an 8 MB part is within the limit");
    assert!(book.sheets.iter().any(|s| s.name == "Events"));
}

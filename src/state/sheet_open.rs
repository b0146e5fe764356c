//! Opening a spreadsheet (.xlsx, .ods) as the dataset on screen: its bytes go to the spreadsheet
//! worker (`sheet_client`), which answers with the dataset's JSON or every problem at its
//! sheet, row and column; the JSON then opens through [`DatasetStore::open`] exactly as a JSON
//! file would, so on any problem the dataset on screen stays.
//!
//! Owns: [`is_spreadsheet`] (by the file's name) and [`open_sheet`].

use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::Lang;
use crate::sheet_client::{ask, Fault};
use crate::sheet_message::{Both, Reply, Request};
use crate::state::dataset::{Choice, DatasetStore};

/// Whether the file named `name` is read as a spreadsheet.
pub fn is_spreadsheet(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".xlsx") || lower.ends_with(".ods")
}

/// A string of the interface in both languages.
pub fn both(key: Key) -> Both {
    Both::of(|lang: Lang| t(lang, key).to_string())
}

/// Opens the spreadsheet `bytes` (the content of `file_name`, the reader's `choice`) into
/// `store`. Resolves as [`DatasetStore::open`] does, with what was done to the spreadsheet on
/// its way in when it opened.
pub async fn open_sheet(
    store: DatasetStore,
    choice: Choice,
    file_name: &str,
    bytes: Vec<u8>,
) -> Option<(bool, Vec<Both>)> {
    let refuse = |lines: Vec<Both>, detail: Option<String>| {
        store
            .reject_sheet(choice, file_name, lines, detail)
            .map(|shown| (shown, Vec::new()))
    };
    match ask(&Request::Read, bytes).await {
        Ok((
            Reply::Read {
                json: Some(json),
                notices,
                ..
            },
            _,
        )) => store
            .open(choice, file_name, json)
            .await
            .map(|shown| (shown, if shown { notices } else { Vec::new() })),
        Ok((Reply::Read { problems, .. }, _)) => refuse(problems, None),
        Ok((Reply::Failed { why, detail }, _)) => refuse(vec![why], detail),
        // Not an answer to a read: a worker of another version than the app.
        Ok(_) => refuse(vec![both(Key::Dataset(D::WorkerStopped))], None),
        Err(Fault::OpenedAsFile) => refuse(vec![both(Key::Dataset(D::NeedsServed))], None),
        Err(Fault::Stopped(why)) => refuse(vec![both(Key::Dataset(D::WorkerStopped))], Some(why)),
    }
}

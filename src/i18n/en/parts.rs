//! The English strings of the interface's parts: notes, seminar and embed modes,
//! downloads and print, datasets, problem lists.

use crate::i18n::dataset::D;
use crate::i18n::errors::ListWord;
use crate::i18n::export::E;
use crate::i18n::notes::N;
use crate::i18n::present::P;

pub(super) fn notes(x: N) -> &'static str {
    use N::*;
    match x {
        Notes => "Notes",
        PanelLabel => "Your notes",
        YourNotes => "Your notes on this",
        AddNote => "Add a note",
        NoteOnView => "Note on this view",
        NewFreeNote => "New note",
        Edit => "Edit",
        Delete => "Delete",
        Done => "Done",
        Deleted => "Note deleted.",
        Undo => "Undo",
        Created => "created",
        Updated => "updated",
        EditorLabel => "Note text",
        EditorHint => "Saved as you type. **bold**, *italic*, `code`, - lists, #tags, https:// links",
        SearchNotes => "Search notes",
        AllTags => "All tags",
        NoNotes => "No notes yet. Choose an item in a chart or table and “Add a note”, or start a new note.",
        NoMatch => "No notes match.",
        Free => "Free note",
        ViewNote => "View",
        NotInDataset => "not in this dataset",
        OpenItem => "Open",
        ExportJson => "Export (JSON)",
        ExportMarkdown => "Export with quotes (Markdown)",
        Import => "Import notes…",
        ImportHint => "A JSON file from “Export”. Notes are merged by id: the newer copy wins.",
        ImportFrom => "Import from",
        ImportOtherDataset => "These notes were written on another dataset; notes on items not here are kept all the same.",
        ImportAdd => "new",
        ImportUpdate => "updated (the file's copy is newer)",
        ImportSame => "already the same",
        ImportKeep => "left as they are (the copy here is newer)",
        ImportCopy => "added as notes of their own (the file holds another note with the same id)",
        ImportRepeat => "read once (exact copies repeated in the file)",
        ImportApply => "Import",
        ImportNothing => "Nothing would change.",
        Cancel => "Cancel",
        ImportDone => "Notes imported:",
        NotImported => "The file was not imported:",
        FileUnreadable => "The file could not be read as text. Choose a JSON file made by “Export”.",
        TechnicalDetail => "Technical detail",
        NoStorage => "Notes are not saved in this browser.",
        NoStorageHelp => "The browser does not let this page store anything (inside another site's frame, for example). Notes stay while this tab is open; export them to keep them.",
        SaveFailed => "Your latest notes are not saved yet.",
        SaveFailedHelp => "They stay in this tab and are tried again with the next change. Export them to be safe.",
        TryAgain => "Try saving again",
        Corrupt => "A stored value is not a note that can be read. Its original text was copied and is not lost:",
        CorruptKept => "A stored value is not a note that can be read and could not be copied; it was left where it is:",
        Newer => "This note was saved by a newer version of the dashboard and is left untouched:",
        MigrationIncomplete => "Notes from an older version were not all moved; the old data stays stored and is tried again next time:",
        DownloadSetAside => "Download the original text",
        Restored => "Notes that were not saved when the page was reloaded were restored from this tab's session:",
        Where => "Notes are kept in this browser on this device only. To move them: export, then import elsewhere.",
        NotesOnItem => "notes",
        Exported => "Exported",
        Tags => "Tags",
        SchemaVersion => "schema",
        ShowMore => "Show more",
    }
}

pub(super) fn present(x: P) -> &'static str {
    use P::*;
    match x {
        Present => "Present",
        PresentHint => "Walk through the paper's findings step by step, full screen",
        Story => "Story",
        StepOf => "of",
        Previous => "Previous",
        Next => "Next",
        FullScreen => "Full screen",
        PresenterView => "Presenter window",
        Leave => "Leave (Esc)",
        Projector => "Projector (high contrast)",
        SpeakerNotes => "Speaker notes",
        NextStep => "Next",
        LastStep => "This is the last step.",
        Elapsed => "Elapsed",
        ResetTimer => "Reset timer",
        Keys => "→ / PageDown / Space: next · ← / PageUp: back · F: full screen · Esc: leave",
        OpenFull => "Open the full dashboard",
        Embed => "Embed",
        EmbedTitle => "Embed this view in your site",
        EmbedHelp => "Paste this code into your page. The frame's height can follow its content: see the README, “Embedding”.",
        CopySnippet => "Copy code",
        Copied => "Code copied",
        CopyByHand => "The browser did not allow copying. The text is selected: copy it with Ctrl+C (⌘C on a Mac).",
    }
}

pub(super) fn export(x: E) -> &'static str {
    use E::*;
    match x {
        Download => "Download",
        DownloadHint => "This view's data with its filters, its chart, or a printed handout",
        DataCsv => "Data (CSV, for spreadsheets)",
        DataJson => "Data (JSON, with every citation)",
        ChartPng => "Chart (PNG)",
        ChartSvg => "Chart (SVG)",
        Print => "Print an A4 handout…",
        Failed => "The download failed",
        PrintedFrom => "Printed from the dashboard",
        ThisView => "This view:",
        Permalink => "Link",
        PrintedOn => "Printed",
        Sources => "Sources: the paper's words for every item above",
        UpdateReady => "A new version of the dashboard is ready.",
        UpdateReload => "Reload now",
        UpdateLater => "Later",
    }
}

pub(super) fn dataset(x: D) -> &'static str {
    use D::*;
    match x {
        Opened => "File opened:",
        NowShowing => "Every view now shows its data.",
        DroppedMany => "Files dropped:",
        OnlyFirst => "Only the first was read:",
        Source => "Source:",
        NoPartners => "This dataset names no partners yet.",
        NoHeadlines => "This dataset has no headline findings yet.",
        NoEvents => "This dataset has no events yet.",
        NoMatrix => "This dataset has no sectors of cooperation yet.",
        NoChallenges => "This dataset has no challenges yet.",
        NoAdoptions => "This dataset has no policy adoptions yet.",
        NoEvidence => "This dataset has no evidence or recommendations yet.",
        NoneYet => "None in this dataset yet.",
        SheetLimit => "a spreadsheet:",
        SheetReading => "Reading the spreadsheet…",
        FileReading => "Reading the file…",
        SheetNotices => "Notes on the spreadsheet:",
        DownloadSheet => "Download this dataset as a spreadsheet (.xlsx)",
        SheetWriting => "Writing the spreadsheet…",
        SheetSaved => "Spreadsheet saved:",
        SheetNotMade => "The spreadsheet was not made:",
        NeedsServed => "Spreadsheets work only in the dashboard opened from its web address: a browser starts no spreadsheet reader in a page opened as a file from disk. Open the dashboard from its web address, or open a JSON dataset here.",
        WorkerStopped => "The spreadsheet reader did not start or stopped. Reload the page and try again.",
        FileChanged => "The file this dataset was opened from could not be read again: it was moved, changed or removed since. Open it again, then try once more.",
        CheckQuotes => "Check quotes against the paper…",
        CheckQuotesHint => "Choose the paper's text as a .txt file (extracted from its PDF): every quote of the dataset on screen is looked for in it.",
        QuotesChecking => "Checking the quotes…",
        QuotesAgainst => "Quotes checked against",
        TextUnreadable => "The file could not be read as text:",
        QuotesNotChecked => "The quotes were not checked:",
    }
}

pub(super) fn problems(x: ListWord) -> &'static str {
    use ListWord::*;
    match x {
        TechnicalDetail => "Technical detail",
        AndMore => "and",
        More => "more",
        DownloadAll => "Download all problems (.txt)",
        ProblemsIn => "Problems in",
        FileSuffix => "problems",
    }
}

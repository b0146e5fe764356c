//! English: every interface string and every error sentence, in full. A key or an error case
//! missing here is a compile error in this file only.

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

/// The English table.
pub struct English;

impl Words for English {
    fn text(&self, key: Key) -> &'static str {
        text(key)
    }

    fn problem(&self, p: &Problem) -> String {
        match p {
            Problem::SchemaVersion { found, expected } => {
                format!("this file is schema version {found}; this dashboard reads version {expected}")
            }
            Problem::BadId(id) => {
                format!("\"{id}\" is not a valid id (lower-case letters, digits and single '-', at most 64)")
            }
            Problem::DuplicateId { id, first } => format!("the id \"{id}\" is already used at {first}"),
            Problem::Dangling { id, expected } => {
                format!("refers to \"{id}\", which is not one of the {}", expected.key())
            }
            Problem::EmptyText(which) => format!("the {which} text is empty"),
            Problem::NoCitations => "the record has no citation: every record must cite the paper".into(),
            Problem::EmptyQuote => "the quote is empty".into(),
            Problem::EmptyTranslation => "the translation is empty".into(),
            Problem::Date(DateError::Form(d)) => {
                format!("\"{d}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
            }
            Problem::Date(DateError::NoSuchDate(d)) => format!("\"{d}\" is not a real calendar date"),
            Problem::UndatedMismatch => {
                "an undated event must have \"date\": null, and a dated one a date".into()
            }
            Problem::BadLink(url) => format!("\"{url}\" is not an http(s) link"),
            Problem::BadCoordinates { lat, lon } => {
                format!("{lat}, {lon} is not a coordinate (latitude -90..90, longitude -180..180)")
            }
            Problem::EmptyField => "the field is empty".into(),
            Problem::BadPeriod { from, to } => format!("the period runs backwards ({from} to {to})"),
            Problem::UnknownItem(id) => {
                format!("refers to \"{id}\", which is no record or matrix cell of the dataset")
            }
            Problem::BadItem(id) => {
                format!("\"{id}\" is neither an id nor a matrix cell (cell--<actor>--<sector>)")
            }
            Problem::EmptyList => "the list is empty: it needs at least one entry".into(),
            Problem::BadCountry(code) => {
                format!(
                    "\"{code}\" is not a country code (two capital letters, ISO 3166-1, such as ID or KR)"
                )
            }
            Problem::BadLanguage(tag) => {
                format!("\"{tag}\" is not a language tag (BCP 47, such as id, ko or en-GB)")
            }
            Problem::OutOfRange { value, min, max } => format!("{value} is outside {min} to {max}"),
        }
    }

    fn syntax(&self, fault: SyntaxFault) -> &'static str {
        use SyntaxFault::*;
        match fault {
            Empty => "the file is empty",
            Truncated => "it ends before the JSON is complete; it may have been cut short",
            MissingComma => "a comma or a closing bracket is missing",
            MissingColon => "a colon (:) is missing after a field name",
            ExpectedValue => {
                "a value is missing or not written as JSON (text goes in double quotes; true, false and null in lower case)"
            }
            KeyNotText => "a field name is not in double quotes",
            TrailingComma => "a comma stands just before a closing bracket",
            TrailingText => "there is more text after the end of the JSON",
            BadText => {
                "a text holds a character JSON does not allow there (a line break, a control character or a broken \\ escape)"
            }
            BadNumber => "a number is not written as JSON allows",
            NumberTooLarge => "a number is too large",
            TooDeep => "brackets are nested more than 128 levels deep",
            Other => "the text cannot be read as JSON",
        }
    }

    fn json_kind(&self, kind: JsonKind) -> &'static str {
        use JsonKind::*;
        match kind {
            Object => "an object ({…})",
            Array => "a list ([…])",
            Text => "text in double quotes",
            Integer => "a whole number",
            Number => "a number",
            Boolean => "true or false",
            Null => "null",
            Word => "one of the allowed words",
            Unknown => "another kind of value",
        }
    }

    fn shape(&self, fault: &ShapeFault) -> String {
        match fault {
            ShapeFault::WrongType { found, expected } => format!(
                "expected {}, found {}",
                self.json_kind(*expected),
                self.json_kind(*found)
            ),
            ShapeFault::MissingField(f) => format!("the field \"{f}\" is missing"),
            ShapeFault::UnknownField(f) => format!("\"{f}\" is not a field here (check its spelling)"),
            ShapeFault::DuplicateField(f) => format!("the field \"{f}\" appears twice"),
            ShapeFault::UnknownWord { found, allowed } => format!(
                "\"{found}\" is not one of the allowed words: {}",
                allowed.join(", ")
            ),
            ShapeFault::OutOfRange => "the number is too large or too small for this field".into(),
            ShapeFault::Other => "the value does not fit the dataset format".into(),
        }
    }

    fn position(&self, line: usize, column: usize) -> String {
        format!("(line {line}, column {column})")
    }

    fn load_error(&self, err: &LoadError) -> String {
        match err {
            LoadError::TooLarge { bytes, limit } => {
                format!(
                    "the file is {bytes} bytes; the largest dataset this dashboard opens is {limit} bytes"
                )
            }
            LoadError::Unreadable { .. } => {
                "The file could not be read: it may have been moved or deleted, or \
                                             the browser was not allowed to read it. Choose it again."
                    .into()
            }
            LoadError::Syntax {
                fault: SyntaxFault::Empty,
                ..
            } => "The file is empty: there is no JSON in it.".into(),
            LoadError::Syntax {
                line, column, fault, ..
            } => format!(
                "The file is not valid JSON: {} {}.",
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
                format!("The dataset has {} problems.", count(issues.len(), Lang::En))
            }
        }
    }

    fn notes_file(&self, err: &FileError) -> String {
        match err {
            FileError::TooLarge { limit, .. } => format!(
                "The file is too large for a notes file ({} MB at most).",
                limit / (1024 * 1024)
            ),
            FileError::Syntax(_) => "This file is not JSON. Choose a JSON file made by “Export”.".into(),
            FileError::NotNotes => "This file is not a notes file of this dashboard.".into(),
            FileError::Newer(_) => {
                "This notes file was made by a newer version of the dashboard. Reload the \
                                    page to get the latest version."
                    .into()
            }
            FileError::Shape(_) => "This notes file is not laid out as expected.".into(),
            FileError::BadNote { index, .. } => format!(
                "A note in the file cannot be accepted (note {}); nothing was imported.",
                count(*index, Lang::En)
            ),
            FileError::TooMany(n) => format!(
                "The file holds {} notes, more than the {} that can be imported at once.",
                count(*n, Lang::En),
                count(crate::model::notes::stored::MAX_NOTES, Lang::En)
            ),
        }
    }

    fn storage(&self, err: &StorageError) -> String {
        match err {
            StorageError::Unavailable => "The browser does not let the dashboard store anything here.".into(),
            StorageError::Full(_) => "The browser's storage for this site is full.".into(),
            StorageError::Refused(_) => "The browser refused to store the value.".into(),
            StorageError::NotKept => "The value read back after writing was not the value written.".into(),
        }
    }
}

/// The interface string `key`.
fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        SkipToContent => "Skip to content",
        MainNav => "Views",
        ViewTimeline => "Timeline",
        TimelineIntro => "Every cooperation event, one lane per partner. Choose an event to see the paper's words.",
        TimelineChartLabel => "Timeline chart of cooperation events",
        UndatedHeading => "Undated",
        UndatedNote => "The paper gives no date for these events, so they are not drawn on the time axis.",
        TableCaption => "Table of events (chart alternative)",
        ColDate => "Date",
        ColPartner => "Partner",
        ColEvent => "Event",
        ColKind => "Kind",
        ShowDetail => "Show source",
        DetailHeading => "Source in the paper",
        DetailEmpty => "Choose an item in the chart or the table to see the paper's own words.",
        Close => "Close",
        Quote => "Original quote (Indonesian)",
        Translation => "English translation",
        Section => "Section",
        Participants => "Who took part",
        DerivedDate => "Date derived",
        Language => "Language",
        ChartUnavailable => "The chart could not be drawn. The table below holds the same data.",
        EchartsMissing => "The chart library (ECharts) did not load. The table below holds the same data.",
        DatasetError => "The dataset could not be read",
        Crashed => "The dashboard hit an error",
        CrashedHelp => "Reload the page. If it happens again, report the message below.",
        Reload => "Reload",
        FilterPartner => "Partner",
        FilterSector => "Sector",
        All => "All",
        CopyLink => "Copy link",
        LinkCopied => "Link copied",
        Showing => "Showing",
        BundledDataset => "bundled dataset",
        FromFile => "from the file",
        BackToBundled => "Back to the bundled dataset",
        OpenDataset => "Open another dataset…",
        OpenDatasetHint => "A JSON file in the data/README.md format, or drag it onto this page; at most",
        NotOpened => "The file was not opened:",
        KeptCurrent => "The dataset on screen is unchanged. Fix these problems and open it again:",
        Dismiss => "Dismiss",
        NotRemembered => "This dataset is on screen, but the browser would not store it: after a reload the bundled dataset will show.",
        StoredUnreadable => "The dataset stored from an earlier visit can no longer be read, so the bundled one is shown. Its copy stays stored.",
        DropHere => "Drop a JSON dataset file here",
        ViewOverview => "Overview",
        ViewMatrix => "Sector matrix",
        ViewChallenges => "Challenges",
        ViewLearning => "Policy learning",
        ViewEvidence => "Evidence and recommendations",
        MatrixTopPartners => "Partners shown, those with the most cited passages:",
        MatrixTopHint => "Choose a partner in the filter to see any other.",
        ShowMorePartners => "Show more partners",
        RowsShown => "Rows shown:",
        ShowMoreRows => "Show more rows",
        MatrixIntro => "How far each partner's cooperation reaches into each sector, with the number of passages that support it. An empty cell: the paper is silent.",
        MatrixChartLabel => "Sector × partner matrix",
        MatrixTableCaption => "Matrix table (chart alternative)",
        Silent => "the paper is silent",
        SilentNote => "“None” means the paper says there is none; an empty cell means the paper is silent.",
        MatrixCell => "Matrix cell",
        LevelLabel => "Level",
        Via => "Through",
        Status => "Status",
        Start => "Start",
        OtherParties => "Other parties",
        Affects => "Affects",
        LearnedFrom => "Learned from",
        Origin => "Original practice",
        Adaptation => "Local adaptation",
        Finding => "Finding",
        Strategy => "Strategy",
        Principle => "Principle",
        Recommendation => "Recommendation",
        ParadiplomacyType => "Type of paradiplomacy",
        Literature => "Cited literature",
        Figure => "Figure",
        LegalBasis => "Legal basis",
        Provision => "Article",
        Actor => "Actor",
        LocalName => "Local name",
        ScopeItem => "Scope item",
        ChallengeCategory => "Challenge category",
        FilterPeriod => "Period",
        FilterFrom => "From year",
        FilterTo => "To year",
        FilterType => "Relationship type",
        Filters => "Filters",
        ClearFilters => "Clear filters",
        Passages => "passages",
        DerivedNote => "Not from the paper",
        TableToggle => "Data table (chart alternative)",
        NoSector => "No sector named",
        LanesBy => "Lanes by",
        LanesByPartner => "partner",
        LanesBySector => "sector",
        Search => "Search",
        SearchPlaceholder => "Search partners, events, quotes…",
        Results => "results",
        Theme => "Theme",
        ThemeAuto => "System",
        ThemeLight => "Light",
        ThemeDark => "Dark",
        NothingMatches => "Nothing matches these filters. Change or clear the filters above.",
        LearningIntro => "Where each practice was learned, the practice, and how far it was taken up locally.",
        LearningChartLabel => "Policy-learning flows",
        LearningTableCaption => "Table of policy adoptions (chart alternative)",
        Practice => "Practice",
        EvidenceIntro => "The paper's literature, legal bases, principles, strategies, types of paradiplomacy, findings and recommendations. Each row opens its passages.",
        Kind => "Kind",
        Text => "Text",
        Authors => "Authors",
        Year => "Year",
        Claim => "Claim",
        Title => "Title",
        General => "General (no particular partner)",
        ChallengesIntro => "The obstacles the paper names, by category and by the partner they concern. Choose a category or a challenge to see its passages.",
        ChallengesChartLabel => "Challenges by category and partner",
        ChallengesTableCaption => "Table of challenges (chart alternative)",
        ColChallenge => "Challenge",
        ColCategory => "Category",
        HeadlineFindings => "Headline findings",
        KeyFigures => "Key figures (counted from the dataset)",
        FigPartners => "Partners",
        FigForeign => "Foreign partners",
        FigActive => "Partners with active cooperation",
        FigEvents => "Events",
        FigAdoptions => "Policy adoptions",
        FigChallenges => "Challenges",
        FigPassages => "Passages cited",
        PartnerMap => "Partner map",
        MapNote => "Colour and shape mark the status of cooperation. Coordinates are approximate city centres, not from the paper. Unnamed groups of cities are not drawn.",
        PartnerTableCaption => "Partner table (map alternative)",
        Country => "Country",
        Ties => "Ties",
        RouteLabel => "Route",
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
        SectorLevel::None => "none",
        SectorLevel::Considered => "considered",
        SectorLevel::Explored => "explored",
        SectorLevel::Planned => "planned",
        SectorLevel::Agreed => "agreed",
        SectorLevel::Implemented => "implemented",
        SectorLevel::Adapted => "adapted",
    }
}

fn qualifier(x: DateQualifier) -> &'static str {
    match x {
        DateQualifier::Exact => "",
        DateQualifier::Circa => "around",
        DateQualifier::Since => "since",
        DateQualifier::Undated => "undated",
    }
}

fn event_kind(x: EventKind) -> &'static str {
    match x {
        EventKind::Founding => "Founding",
        EventKind::Exploration => "Exploration",
        EventKind::StudyVisit => "Study visit",
        EventKind::Signing => "Signing",
        EventKind::Request => "Request",
        EventKind::Programme => "Programme",
        EventKind::Evaluation => "Evaluation",
        EventKind::Decision => "Decision",
        EventKind::Context => "Context",
    }
}

fn rel_type(x: RelationshipType) -> &'static str {
    match x {
        RelationshipType::Exploration => "exploration",
        RelationshipType::LetterOfIntent => "letter of intent",
        RelationshipType::Mou => "memorandum of understanding",
        RelationshipType::CooperationAgreement => "cooperation agreement",
        RelationshipType::ExchangeProgramme => "exchange programme",
        RelationshipType::DomesticHorizontalLearning => "domestic horizontal learning",
        RelationshipType::BusinessToBusiness => "business to business",
        RelationshipType::PrivateSector => "private sector",
        RelationshipType::Unspecified => "form not stated",
    }
}

fn rel_status(x: RelationshipStatus) -> &'static str {
    match x {
        RelationshipStatus::Active => "active",
        RelationshipStatus::Planned => "planned",
        RelationshipStatus::Considered => "considered",
        RelationshipStatus::Past => "past",
        RelationshipStatus::Superseded => "superseded",
    }
}

fn adoption_status(x: AdoptionStatus) -> &'static str {
    match x {
        AdoptionStatus::Considered => "considered",
        AdoptionStatus::Planned => "planned",
        AdoptionStatus::Adopted => "adopted",
        AdoptionStatus::Adapted => "adapted",
    }
}

fn route(x: LearningRoute) -> &'static str {
    match x {
        LearningRoute::SisterCity => "city partnership",
        LearningRoute::StudyVisit => "study visit",
        LearningRoute::DomesticHorizontalLearning => "domestic horizontal learning",
        LearningRoute::BusinessToBusiness => "business to business",
        LearningRoute::PrivateSector => "private sector",
    }
}

fn rec_kind(x: RecommendationKind) -> &'static str {
    match x {
        RecommendationKind::Improve => "to improve",
        RecommendationKind::Maintain => "to maintain",
        RecommendationKind::Evaluate => "to evaluate regularly",
    }
}

fn notes(x: N) -> &'static str {
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

fn present(x: P) -> &'static str {
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

fn export(x: E) -> &'static str {
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

fn dataset(x: D) -> &'static str {
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
    }
}

fn problems(x: ListWord) -> &'static str {
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

//! Every interface string and every error sentence, in every language the interface speaks.
//!
//! Owns: [`Key`] (one variant per string; the notes, seminar, export, dataset and vocabulary
//! strings are nested enums, `Key::Notes(N::Edit)`), [`t`], and [`Words`]: everything one
//! language says, implemented in full by one folder per language (`id/`, `en/`), so that a
//! missing string is a compile error in that language's table only. The languages themselves
//! (code, name, locale, digit grouping, which half of the dataset's bilingual text to show) are
//! listed once, in [`languages`]. Data text comes from the dataset's own bilingual fields, never
//! from here; the technical text of errors (`thiserror` in `model/`) is for logs, not readers.
//!
//! A new language: a new file implementing [`Words`], its `mod` line below, and one entry in
//! [`languages`]; the compiler then lists every string the new file lacks.

/// A fieldless key enum with the list of its variants ([`Every::ALL`]), so that a test can
/// walk every string and no variant can be left out of the walk.
macro_rules! key_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $crate::i18n::Every for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
        }
    };
}

/// [`Key`] and [`Key::all`], from one list of plain keys and one of nested key enums.
macro_rules! keys {
    (
        plain { $($(#[$pmeta:meta])* $plain:ident),+ $(,)? }
        nested { $($(#[$nmeta:meta])* $nested:ident($ty:ty)),+ $(,)? }
    ) => {
        /// One interface string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$pmeta])* $plain,)+
            $($(#[$nmeta])* $nested($ty),)+
        }

        impl Key {
            /// Every key: each plain one, then every value of each nested enum.
            pub fn all() -> Vec<Key> {
                let mut keys = vec![$(Key::$plain),+];
                $(keys.extend(<$ty as Every>::ALL.iter().map(|&k| Key::$nested(k)));)+
                keys
            }
        }
    };
}

pub mod dataset;
pub mod errors;
pub mod export;
pub mod languages;
pub mod notes;
pub mod present;
#[cfg(feature = "sheet")]
pub mod sheet;
mod vocab;

mod en;
mod id;

pub use languages::count;

use crate::model::load::{JsonKind, ShapeFault, SyntaxFault};
use crate::model::notes::stored::FileError;
use crate::model::validate::Problem;
use crate::model::{
    AdoptionStatus, DateQualifier, EventKind, Lang, LearningRoute, LoadError, RecommendationKind,
    RelationshipStatus, RelationshipType, SectorLevel, View,
};
use crate::storage::StorageError;

/// A closed set of keys and the list of all of them.
pub trait Every: Sized + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
}

impl Every for View {
    const ALL: &'static [Self] = &View::ALL;
}

/// What one view is called and says about itself, in one language: each language's table
/// gives these for every view in one exhaustive `match`, so a new view without its words does
/// not compile. [`Key::ViewTitle`], [`Key::ViewIntro`], [`Key::ChartLabel`] and
/// [`Key::TableCaption`] read them; `tests/views_model.rs` checks that a view model asks only
/// for the words its view has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewWords {
    /// Its name: its heading and its tab in the navigation.
    pub title: &'static str,
    /// The sentence under its heading saying what it shows.
    pub intro: &'static str,
    /// What its chart shows, for a view with a chart.
    pub chart: Option<&'static str>,
    /// The caption of its table, for a view whose table is its chart's alternative.
    pub table: Option<&'static str>,
}

impl ViewWords {
    /// What its chart shows; its title for a view without a chart (no view model asks).
    pub fn chart_label(&self) -> &'static str {
        self.chart.unwrap_or(self.title)
    }

    /// Its table's caption; its title for a view without one (no view model asks).
    pub fn table_caption(&self) -> &'static str {
        self.table.unwrap_or(self.title)
    }
}

keys! {
    plain {
        SkipToContent,
        MainNav,
        UndatedHeading,
        UndatedNote,
        ColDate,
        ColPartner,
        ColEvent,
        ColKind,
        ShowDetail,
        DetailHeading,
        DetailEmpty,
        Close,
        Quote,
        Translation,
        Section,
        Participants,
        DerivedDate,
        Language,
        ChartUnavailable,
        EchartsMissing,
        DatasetError,
        Crashed,
        CrashedHelp,
        Reload,
        FilterPartner,
        FilterSector,
        All,
        CopyLink,
        LinkCopied,
        Showing,
        BundledDataset,
        FromFile,
        BackToBundled,
        OpenDataset,
        OpenDatasetHint,
        NotOpened,
        KeptCurrent,
        Dismiss,
        NotRemembered,
        StoredUnreadable,
        DropHere,
        MatrixTopPartners,
        MatrixTopHint,
        TimelineTopLanes,
        MapTopPartners,
        MatrixTopColumns,
        ShowMoreColumns,
        ShowMoreLanes,
        ShowMorePartners,
        RowsShown,
        ShowMoreRows,
        ShowFewer,
        UndatedShown,
        ShowMoreUndated,
        Silent,
        SilentNote,
        MatrixCell,
        LevelLabel,
        Via,
        Status,
        Start,
        OtherParties,
        Affects,
        LearnedFrom,
        Origin,
        Adaptation,
        Finding,
        Strategy,
        Principle,
        Recommendation,
        ParadiplomacyType,
        Literature,
        Figure,
        LegalBasis,
        Provision,
        Actor,
        LocalName,
        ScopeItem,
        ChallengeCategory,
        FilterPeriod,
        FilterFrom,
        FilterTo,
        FilterType,
        Filters,
        FiltersActive,
        Menu,
        ClearFilters,
        Passages,
        DerivedNote,
        TableToggle,
        NoSector,
        NoCountry,
        NoRelationship,
        LanesBy,
        LanesByPartner,
        LanesBySector,
        LanesByCountry,
        LanesByType,
        GroupPartners,
        GroupEach,
        GroupByCountry,
        GroupByType,
        GroupsOpen,
        PartnerWord,
        PartnersWord,
        GroupedNote,
        Search,
        SearchPlaceholder,
        Results,
        Theme,
        ThemeAuto,
        ThemeLight,
        ThemeDark,
        NothingMatches,
        Practice,
        Kind,
        Text,
        Authors,
        Year,
        Claim,
        Title,
        General,
        ColChallenge,
        ColCategory,
        HeadlineFindings,
        KeyFigures,
        FigPartners,
        FigForeign,
        FigActive,
        FigEvents,
        FigAdoptions,
        FigChallenges,
        FigPassages,
        MapNote,
        Country,
        Ties,
        RouteLabel,
    }
    nested {
        /// A view's name: its heading and its tab in the navigation.
        ViewTitle(View),
        /// The sentence under a view's heading saying what it shows.
        ViewIntro(View),
        /// What a view's chart shows (its accessible name).
        ChartLabel(View),
        /// The caption of a view's table, the chart's alternative.
        TableCaption(View),
        Level(SectorLevel),
        Qualifier(DateQualifier),
        EventKind(EventKind),
        RelType(RelationshipType),
        RelStatus(RelationshipStatus),
        AdoptionStatus(AdoptionStatus),
        Route(LearningRoute),
        RecKind(RecommendationKind),
        /// The notes interface.
        Notes(notes::N),
        /// Seminar and embed modes.
        Present(present::P),
        /// Downloads, printing, new versions.
        Export(export::E),
        /// What became of an opened file; a dataset with nothing for a view.
        Dataset(dataset::D),
        /// The words around a list of problems in a file.
        Problems(errors::ListWord),
    }
}

/// Everything one language says: its interface strings and its sentences for errors, with
/// their parameters. Each language's file implements every method, exhaustively.
pub trait Words: Sync {
    /// The interface string `key`.
    fn text(&self, key: Key) -> &'static str;
    /// What `view` is called and says about itself.
    fn view(&self, view: View) -> ViewWords;
    /// One problem the validator found in a dataset (without its JSON path).
    fn problem(&self, problem: &Problem) -> String;
    /// Why a dataset file is not JSON: a clause.
    fn syntax(&self, fault: SyntaxFault) -> &'static str;
    /// A kind of JSON value, as a reader names it.
    fn json_kind(&self, kind: JsonKind) -> &'static str;
    /// Why the JSON is not a dataset: a clause.
    fn shape(&self, fault: &ShapeFault) -> String;
    /// Where in the file: "(line 3, column 7)".
    fn position(&self, line: usize, column: usize) -> String;
    /// The sentence for a dataset that was not opened (for `Invalid`, how many problems).
    fn load_error(&self, err: &LoadError) -> String;
    /// Why a notes file was not imported.
    fn notes_file(&self, err: &FileError) -> String;
    /// What the browser's storage did instead of keeping a value.
    fn storage(&self, err: &StorageError) -> String;
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    crate::i18n::languages::words(lang).text(key)
}

//! The keys of the strings about the dataset itself: what became of a file the reader opened or
//! dropped, the header's source line, and what each view says when the dataset has nothing for it yet
//! (as opposed to filters that leave nothing, which is `Key::NothingMatches`).

key_enum! {
    /// One string about the open dataset.
    pub enum D {
        /// Before the name of a file that opened.
        Opened,
        /// After it.
        NowShowing,
        /// Before the number of files dropped at once.
        DroppedMany,
        /// Before the name of the one file read of them.
        OnlyFirst,
        /// Before the paper's title in the header.
        Source,
        NoPartners,
        NoHeadlines,
        NoEvents,
        NoMatrix,
        NoChallenges,
        NoAdoptions,
        NoEvidence,
        /// Under one empty table of the evidence view.
        NoneYet,
        /// Before the largest spreadsheet read, in the picker's hint.
        SheetLimit,
        /// While a spreadsheet is read.
        SheetReading,
        /// While a large JSON file is read.
        FileReading,
        /// Before what was done to a spreadsheet on its way in.
        SheetNotices,
        /// The footer's action.
        DownloadSheet,
        /// While the spreadsheet is written.
        SheetWriting,
        /// Before the name of the spreadsheet downloaded.
        SheetSaved,
        /// Before why the spreadsheet was not made.
        SheetNotMade,
        /// A spreadsheet in a page opened as a file.
        NeedsServed,
        /// The spreadsheet worker did not start or stopped.
        WorkerStopped,
        /// The file the dataset on screen was opened from cannot be read again.
        FileChanged,
        /// The footer's action.
        CheckQuotes,
        /// After it.
        CheckQuotesHint,
        /// While the quotes are checked.
        QuotesChecking,
        /// Before the name of the paper's text file.
        QuotesAgainst,
        /// A paper's text that could not be read.
        TextUnreadable,
        /// Before why the quotes were not checked.
        QuotesNotChecked,
    }
}

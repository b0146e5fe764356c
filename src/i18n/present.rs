//! The keys of the strings of seminar mode (the story bar and the presenter window) and of embed mode.

key_enum! {
    /// One string of seminar or embed mode.
    pub enum P {
        Present,
        PresentHint,
        Story,
        StepOf,
        Previous,
        Next,
        FullScreen,
        PresenterView,
        Leave,
        Projector,
        SpeakerNotes,
        NextStep,
        LastStep,
        Elapsed,
        ResetTimer,
        Keys,
        OpenFull,
        Embed,
        EmbedTitle,
        EmbedHelp,
        CopySnippet,
        Copied,
        CopyByHand,
    }
}

//! A value that follows another one painted frame later (React's `useDeferredValue`, by the
//! frame). Owns [`deferred`] and [`deferred_table`].
//!
//! What it is for: a view's chart is what the reader looks at when a filter changes; its table
//! alternative says the same below it, in up to a few hundred cells (the matrix). Rebuilt in the
//! same task, the table held the chart's new frame back: a partner change on the matrix took
//! about 20 ms before anything could be painted. With the table's rows deferred, the chart is
//! painted in the frame after the input and the table in the next one, each in a task of its
//! own (`table-update` in `perf`). Several changes within one frame update the table once, to
//! the last of them; a table that ends where it started is not touched. The timeline's list of
//! undated events follows its table a frame later still (deferred twice), and the filter bar's
//! list of partners follows a new dataset: a file of thousands draws its view first.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::{frames, perf};

/// `source`, one painted frame later. Starts equal to `source`, so a view opens with its table.
/// A deferred value can itself be deferred: two painted frames later.
pub fn deferred<T>(source: Signal<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    follow(source, false)
}

/// [`deferred`], for a view's table: measured as one (`perf::deferred_part`).
pub fn deferred_table<T>(source: Signal<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    follow(source, true)
}

/// `source`, one painted frame later; with `measured`, each update inside the table's measures.
fn follow<T>(source: Signal<T>, measured: bool) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (shown, set_shown) = signal(source.get_untracked());
    // Whether a frame is already booked: it will take the value `source` has by then.
    let booked = Rc::new(Cell::new(false));
    Effect::new(move || {
        let behind = source.with(|now| shown.with_untracked(|s| s != now));
        if !behind || booked.replace(true) {
            return;
        }
        let booked = booked.clone();
        frames::after_next_paint(move || {
            booked.set(false);
            // The view may have closed in the meantime: its signals are gone, nothing to do.
            let Some(now) = source.try_get_untracked() else {
                return;
            };
            if shown.try_with_untracked(|s| *s != now) == Some(true) {
                let apply = || {
                    set_shown.try_set(now);
                };
                if measured {
                    perf::deferred_part(apply);
                } else {
                    apply();
                }
            }
        });
    });
    shown
}

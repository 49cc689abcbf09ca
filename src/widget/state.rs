//! What a reader has done with one chart: the class shown, the car in focus, the cars picked
//! to compare. A pure reducer: no web calls, tested natively.
//!
//! Cars are named by their index in `session.entries`. Derived data (classification, layout)
//! is never stored here; the component derives it from the session and this state.

use std::rc::Rc;

use yew::Reducible;

use crate::core::time::Elapsed;
use crate::core::{Scope, Session};

pub use crate::core::compare::MAX_COMPARE;

/// One widget's interaction state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartState {
    /// The class shown (`Overall` shows each class as its own section).
    pub scope: Scope,
    /// The car whose details are shown (hovered, tapped or focused).
    pub active: Option<usize>,
    /// The car that holds the tab stop (roving tabindex); the first row when `None`.
    pub focus: Option<usize>,
    /// Cars picked for comparison, in pick order; the first is the reference.
    pub compare: Vec<usize>,
    /// The reader asked for every car: the chart and the table draw more than
    /// `core::chart::layout::CAR_CAP`.
    pub all_cars: bool,
    /// The reader asked for every class button, more than `app::CLASS_CAP`.
    pub all_classes: bool,
    /// The replay's moment: the chart shows the session as it stood then
    /// (`core::moment::as_of`); `None` shows it as it is now (the end, or the latest update).
    pub moment: Option<Elapsed>,
    /// The replay is playing: the moment moves forward by itself.
    pub playing: bool,
}

/// What the reader did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show another class (or all).
    SetScope(Scope),
    /// Pointer over a car, or a tap on it.
    Hover(usize),
    /// Pointer left the chart.
    Leave,
    /// Keyboard focus moved to a car (also makes it active).
    Focus(usize),
    /// Pick or unpick a car for comparison (click, tap on its pick button, Enter or Space).
    ToggleCompare(usize),
    /// Escape: clear the comparison.
    ClearCompare,
    /// The host page lit up one car (a `#qc=31` link, `qualichart.highlight`): show its details
    /// and give it the tab stop.
    Highlight(usize),
    /// The host page asked for a comparison (`#qc=31,01`, `qualichart.compare`): exactly these
    /// cars, at most [`MAX_COMPARE`], the first as reference.
    SetCompare(Vec<usize>),
    /// "Show all N cars", or a car the host page named that the capped chart does not draw.
    ShowAllCars,
    /// "Show all N classes".
    ShowAllClasses,
    /// Move the replay to a moment (`None`: now). A seek by the reader stops the playing.
    Seek(Option<Elapsed>),
    /// The replay moves on by itself to this moment (a frame of the playing); at the end it
    /// stops there.
    Advance(Elapsed, Elapsed),
    /// Start or stop the replay playing (from the start when it stood at the end).
    Play,
    Pause,
    /// The session was updated (a live chart): each car is renamed from its index in the old
    /// session to its index in the new one ([`rekey`]); a car no longer there is dropped.
    Rekey(Vec<Option<usize>>),
}

/// For a session updated from `from` to `to`: each old car's index in the new session (by car
/// number), or `None` when it is gone. The reader's focus, details and comparison follow their
/// cars, wherever an update puts them.
pub fn rekey(from: &Session, to: &Session) -> Vec<Option<usize>> {
    from.entries
        .iter()
        .map(|entry| to.entry(&entry.number).map(|e| e.index))
        .collect()
}

/// The scope a chart shows first for a `data-class`: that class when the session has it, else
/// all classes (a publisher's typo shows the whole session, not an error).
pub fn first_scope(session: &Session, class: Option<&str>) -> Scope {
    class
        .filter(|id| session.class(id).is_some())
        .map_or(Scope::Overall, |id| Scope::Class(id.to_owned()))
}

impl ChartState {
    /// A state showing `scope` first.
    pub fn new(scope: Scope) -> ChartState {
        ChartState {
            scope,
            ..ChartState::default()
        }
    }
}

impl ChartState {
    /// This state with every car renamed by `map` (see [`rekey`]).
    pub fn rekeyed(&self, map: &[Option<usize>]) -> ChartState {
        let moved = |car: usize| map.get(car).copied().flatten();
        ChartState {
            active: self.active.and_then(moved),
            focus: self.focus.and_then(moved),
            compare: self.compare.iter().filter_map(|&car| moved(car)).collect(),
            ..self.clone()
        }
    }
}

impl Reducible for ChartState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetScope(scope) => {
                next.scope = scope;
                next.active = None;
                next.focus = None;
            }
            Action::Hover(car) => next.active = Some(car),
            Action::Leave => next.active = next.focus,
            Action::Focus(car) => {
                next.focus = Some(car);
                next.active = Some(car);
            }
            Action::ToggleCompare(car) => match next.compare.iter().position(|&c| c == car) {
                Some(i) => {
                    next.compare.remove(i);
                }
                None if next.compare.len() < MAX_COMPARE => next.compare.push(car),
                // A fifth pick replaces the last one, so the reader's newest choice is shown.
                None => {
                    next.compare.pop();
                    next.compare.push(car);
                }
            },
            Action::ClearCompare => next.compare.clear(),
            Action::Highlight(car) => {
                next.active = Some(car);
                next.focus = Some(car);
            }
            Action::SetCompare(cars) => {
                next.compare.clear();
                for car in cars {
                    if !next.compare.contains(&car) && next.compare.len() < MAX_COMPARE {
                        next.compare.push(car);
                    }
                }
                next.active = next.compare.first().copied().or(next.active);
            }
            Action::ShowAllCars => next.all_cars = true,
            Action::ShowAllClasses => next.all_classes = true,
            Action::Seek(moment) => {
                next.moment = moment;
                next.playing = false;
            }
            Action::Advance(to, end) => {
                if next.playing {
                    next.moment = Some(to.min(end));
                    next.playing = to < end;
                }
            }
            Action::Play => {
                next.playing = true;
                if next.moment.is_none() {
                    next.moment = Elapsed::from_ticks(0);
                }
            }
            Action::Pause => next.playing = false,
            Action::Rekey(map) => next = next.rekeyed(&map),
        }
        // Returning the same Rc tells Yew nothing changed, so it skips the re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The car a navigation key moves focus to, among `order` (the rows as drawn).
pub fn navigate(order: &[usize], current: Option<usize>, key: &str) -> Option<usize> {
    let here = current.and_then(|c| order.iter().position(|&o| o == c));
    let last = order.len().checked_sub(1)?;
    let index = match (key, here) {
        ("ArrowDown" | "ArrowRight", Some(i)) => (i + 1).min(last),
        ("ArrowUp" | "ArrowLeft", Some(i)) => i.saturating_sub(1),
        ("ArrowDown" | "ArrowRight" | "ArrowUp" | "ArrowLeft", None) | ("Home", _) => 0,
        ("End", _) => last,
        _ => return None,
    };
    order.get(index).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> ChartState {
        let mut state = Rc::new(ChartState::default());
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    #[test]
    fn hover_focus_and_leave() {
        assert_eq!(run(vec![Action::Hover(3)]).active, Some(3));
        assert_eq!(run(vec![Action::Hover(3), Action::Leave]).active, None);
        let s = run(vec![Action::Focus(2), Action::Hover(5), Action::Leave]);
        assert_eq!((s.active, s.focus), (Some(2), Some(2)));
    }

    #[test]
    fn compare_picks_up_to_four_and_escape_clears() {
        let picks =
            |cars: &[usize]| run(cars.iter().map(|&c| Action::ToggleCompare(c)).collect()).compare;
        assert_eq!(picks(&[1, 2]), [1, 2]);
        assert_eq!(picks(&[1, 2, 1]), [2]);
        assert_eq!(picks(&[1, 2, 3, 4, 5]), [1, 2, 3, 5]);
        assert_eq!(
            run(vec![Action::ToggleCompare(1), Action::ClearCompare]).compare,
            Vec::<usize>::new()
        );
    }

    #[test]
    fn a_new_scope_resets_focus_but_keeps_the_comparison() {
        let s = run(vec![
            Action::Focus(2),
            Action::ToggleCompare(2),
            Action::SetScope(Scope::Class("GTP".into())),
        ]);
        assert_eq!(
            (s.active, s.focus, s.compare, s.scope),
            (None, None, vec![2], Scope::Class("GTP".into()))
        );
    }

    #[test]
    fn an_unknown_class_shows_all_classes() {
        let session = crate::core::parse(
            br#"{"format": "qualichart/1", "entries": [{"number": "1", "class": "GTP"}]}"#,
        )
        .expect("valid test session");
        assert_eq!(
            first_scope(&session, Some("GTP")),
            Scope::Class("GTP".into())
        );
        assert_eq!(first_scope(&session, Some("LMP3")), Scope::Overall);
        assert_eq!(first_scope(&session, None), Scope::Overall);
    }

    #[test]
    fn host_page_highlights_and_compares() {
        let s = run(vec![Action::Highlight(4)]);
        assert_eq!((s.active, s.focus), (Some(4), Some(4)));
        let s = run(vec![
            Action::ToggleCompare(9),
            Action::SetCompare(vec![1, 2, 1, 3, 4, 5]),
        ]);
        assert_eq!((s.compare, s.active), (vec![1, 2, 3, 4], Some(1)));
        let s = run(vec![Action::Hover(6), Action::SetCompare(vec![])]);
        assert_eq!((s.compare, s.active), (vec![], Some(6)));
    }

    #[test]
    fn showing_all_stays_across_classes() {
        let s = run(vec![
            Action::ShowAllCars,
            Action::SetScope(Scope::Class("GTP".into())),
        ]);
        assert!(s.all_cars && !s.all_classes);
        assert!(run(vec![Action::ShowAllClasses]).all_classes);
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_state() {
        let state = Rc::new(ChartState::default());
        let same = state.clone().reduce(Action::Leave);
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn an_update_keeps_each_reader_choice_on_its_car() {
        let before = crate::core::parse(
            br#"{"format": "qualichart/1", "entries": [{"number": "31"}, {"number": "01"}, {"number": "7"}]}"#,
        )
        .expect("valid");
        // #01 is gone, #5 is new, and the order changed.
        let after = crate::core::parse(
            br#"{"format": "qualichart/1", "entries": [{"number": "5"}, {"number": "7"}, {"number": "31"}]}"#,
        )
        .expect("valid");
        let map = rekey(&before, &after);
        assert_eq!(map, [Some(2), None, Some(1)]);
        let s = run(vec![
            Action::Focus(2),
            Action::Hover(1),
            Action::SetCompare(vec![0, 1, 2]),
            Action::Rekey(map),
        ]);
        assert_eq!(
            (s.active, s.focus, s.compare),
            (Some(2), Some(1), vec![2, 1])
        );
    }

    #[test]
    fn the_replay_seeks_plays_and_stops_at_the_end() {
        let t = |s: i64| Elapsed::from_ticks(s * 10_000).expect("a moment");
        let end = t(3_600);
        let s = run(vec![Action::Play]);
        assert_eq!((s.moment, s.playing), (Some(t(0)), true));
        let s = run(vec![Action::Play, Action::Advance(t(60), end)]);
        assert_eq!((s.moment, s.playing), (Some(t(60)), true));
        let s = run(vec![Action::Play, Action::Advance(t(4_000), end)]);
        assert_eq!((s.moment, s.playing), (Some(end), false));
        // A frame that arrives after a pause does not move it.
        let s = run(vec![
            Action::Play,
            Action::Pause,
            Action::Advance(t(60), end),
        ]);
        assert_eq!((s.moment, s.playing), (Some(t(0)), false));
        let s = run(vec![Action::Play, Action::Seek(Some(t(900)))]);
        assert_eq!((s.moment, s.playing), (Some(t(900)), false));
        assert_eq!(
            run(vec![Action::Seek(Some(t(9))), Action::Seek(None)]).moment,
            None
        );
    }

    #[test]
    fn keys_move_along_the_drawn_order() {
        let order = [7, 3, 9];
        let cases = [
            (None, "ArrowDown", Some(7)),
            (Some(7), "ArrowDown", Some(3)),
            (Some(9), "ArrowDown", Some(9)),
            (Some(3), "ArrowUp", Some(7)),
            (Some(7), "ArrowUp", Some(7)),
            (Some(3), "End", Some(9)),
            (Some(9), "Home", Some(7)),
            (Some(3), "Tab", None),
        ];
        for (current, key, expected) in cases {
            assert_eq!(
                navigate(&order, current, key),
                expected,
                "{current:?} {key}"
            );
        }
        assert_eq!(navigate(&[], None, "Home"), None);
    }
}

//! How a chart colours its cars: by class (the default, every car of a class in the class's
//! colour), by manufacturer or by team, as the publisher chooses per chart
//! (`data-colour-by`, `render --colour-by`). The one place that says which colour a car's
//! marks take and what the legend lists, so the bars, the timeline, the laps chart and the
//! legend cannot disagree.
//!
//! The colours themselves are resolved once, by `validate` (`Session::classes`,
//! `Session::manufacturers`, `Session::teams`), and are legible on both themes
//! (`core::colour::legible`). A car that names no manufacturer (or team) keeps its own colour
//! (`Entry::color`: given, or derived) and is left out of the legend: its label still says
//! who it is, and colour is never the only cue.

use crate::core::chart::layout::ChartLayout;
use crate::core::session::{Entry, Group, Session};

/// What a chart's colours say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ColourBy {
    /// One colour a class: today's chart, and the default.
    #[default]
    Class,
    /// One colour a manufacturer ("Cadillac against Porsche, BMW and Acura").
    Manufacturer,
    /// One colour a team.
    Team,
}

impl ColourBy {
    /// Every choice, in the order messages list them.
    pub const ALL: [ColourBy; 3] = [ColourBy::Class, ColourBy::Manufacturer, ColourBy::Team];

    /// The word a page, a marker or the CLI writes for this choice.
    pub fn word(self) -> &'static str {
        match self {
            ColourBy::Class => "class",
            ColourBy::Manufacturer => "manufacturer",
            ColourBy::Team => "team",
        }
    }

    /// The choice `word` names (ASCII case and surrounding spaces aside); `None` for any other
    /// text, which the caller refuses (the CLI) or ignores with a note (the browser).
    pub fn from_word(word: &str) -> Option<ColourBy> {
        let word = word.trim();
        ColourBy::ALL
            .into_iter()
            .find(|by| by.word().eq_ignore_ascii_case(word))
    }

    /// The words there are, for messages (a test checks it names [`ColourBy::ALL`]).
    pub const WORDS: &'static str = r#""class", "manufacturer" or "team""#;

    /// The manufacturers or the teams of `session` (none by class), and the index into them of
    /// the group of the entry at `entry` (`None`: it names none).
    fn groups(self, session: &Session, entry: usize) -> (&[Group], Option<usize>) {
        match self {
            ColourBy::Class => (&[], None),
            ColourBy::Manufacturer => {
                (&session.manufacturers, session.manufacturer_index_of(entry))
            }
            ColourBy::Team => (&session.teams, session.team_index_of(entry)),
        }
    }
}

/// The colour of `entry`'s marks (its bar, its step on the provisional-pole timeline): its
/// class's, manufacturer's or team's, as `by` says; its own when it has none of those.
pub fn colour_of<'a>(session: &'a Session, entry: &'a Entry, by: ColourBy) -> &'a str {
    let (groups, index) = by.groups(session, entry.index);
    match (by, index.and_then(|i| groups.get(i))) {
        (_, Some(group)) => &group.color,
        (ColourBy::Class, None) => session.class_of(entry).map_or(&entry.color, |c| &c.color),
        (_, None) => &entry.color,
    }
}

/// The colour a car starts from where cars are told apart one by one (the laps chart of the
/// compared cars, which then keeps them distinct): its own colour when the chart is coloured by
/// class (every car of a class shares that one), else its manufacturer's or team's, the colour
/// of its bar.
pub fn car_colour<'a>(session: &'a Session, entry: &'a Entry, by: ColourBy) -> &'a str {
    match by {
        ColourBy::Class => entry.color.as_str(),
        _ => colour_of(session, entry, by),
    }
}

/// The most characters of a name the legend shows ([`crate::core::text::cut`]): the longest in
/// the real timing files, "Corvette Racing by Pratt Miller Motorsports", has 43.
pub const LEGEND_CHARS: usize = 48;

/// A group's name as every legend shows it (the widget's, and the key of a standalone SVG):
/// cut to [`LEGEND_CHARS`].
pub fn legend_name(group: &Group) -> String {
    crate::core::text::cut(&group.name, LEGEND_CHARS)
}

/// What the legend of `chart` lists: each manufacturer or team (as `by` says) that has a bar in
/// it, in the session's order (the listed ones first: `Session::manufacturers`), so a reader can
/// tell which colour is which. Empty when there is nothing to explain: fewer than two colours,
/// or a chart coloured by class (a chart of one class has one colour; one of several draws each
/// class as a section whose header names it beside its swatch). Linear in the bars drawn and
/// the session's groups.
pub fn legend<'a>(session: &'a Session, chart: &ChartLayout, by: ColourBy) -> Vec<&'a Group> {
    let (groups, _) = by.groups(session, 0);
    let mut drawn = vec![false; groups.len()];
    for row in &chart.rows {
        if let Some(seen) = by
            .groups(session, row.entry)
            .1
            .and_then(|i| drawn.get_mut(i))
        {
            *seen = true;
        }
    }
    let listed: Vec<&Group> = groups
        .iter()
        .zip(drawn)
        .filter(|(_, d)| *d)
        .map(|(g, _)| g)
        .collect();
    if listed.len() < 2 {
        return Vec::new();
    }
    listed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::layout::{layout, Dims};
    use crate::core::{classify, parse, Scope, Verdicts};

    /// GTP cars of three makes (two Cadillacs), a GTD car, and a GTP car that names no make.
    const FIELD: &[u8] = br##"{"format": "qualichart/1",
        "classes": [{"id": "GTP", "color": "#c8102e"}, {"id": "GTD", "color": "#15803d"}],
        "manufacturers": [{"name": "Cadillac", "color": "#a07d1c"}],
        "teams": [{"name": "Penske", "color": "#d5001c"}],
        "entries": [
          {"number": "31", "class": "GTP", "manufacturer": "Cadillac", "team": "Whelen", "laps": [{"time": "1:32.656"}]},
          {"number": "01", "class": "GTP", "manufacturer": "Cadillac", "team": "Ganassi", "laps": [{"time": "1:32.727"}]},
          {"number": "7", "class": "GTP", "manufacturer": "Porsche", "team": "Penske", "laps": [{"time": "1:32.876"}]},
          {"number": "25", "class": "GTP", "manufacturer": "BMW", "team": "RLL", "laps": [{"time": "1:33.022"}]},
          {"number": "5", "class": "GTP", "team": "Proton", "color": "#123456", "laps": [{"time": "1:34.000"}]},
          {"number": "12", "class": "GTD", "manufacturer": "Lexus", "team": "Vasser Sullivan", "laps": [{"time": "1:44.494"}]}]}"##;

    fn chart(session: &Session, scope: &Scope) -> ChartLayout {
        let classification = classify(session, scope);
        let verdicts = Verdicts::of(session, &classification);
        let dims = Dims {
            width: 640.0,
            max_cars: None,
        };
        layout(
            session,
            &classification,
            &verdicts,
            dims,
            &Default::default(),
        )
    }

    #[test]
    fn words_name_the_choices_and_nothing_else() {
        for by in ColourBy::ALL {
            assert_eq!(ColourBy::from_word(by.word()), Some(by));
        }
        assert_eq!(
            ColourBy::from_word(" Manufacturer "),
            Some(ColourBy::Manufacturer)
        );
        for other in ["", "make", "teams", "manufacturer;", "<script>", "colour"] {
            assert_eq!(ColourBy::from_word(other), None, "{other:?}");
        }
        assert_eq!(ColourBy::default(), ColourBy::Class);
        let quoted: Vec<String> = ColourBy::ALL
            .iter()
            .map(|by| format!("{:?}", by.word()))
            .collect();
        assert_eq!(
            ColourBy::WORDS,
            format!("{}, {} or {}", quoted[0], quoted[1], quoted[2])
        );
    }

    #[test]
    fn a_car_takes_its_class_s_make_s_or_team_s_colour() {
        let s = parse(FIELD).expect("valid session");
        let colours = |by: ColourBy| -> Vec<&str> {
            s.entries.iter().map(|e| colour_of(&s, e, by)).collect()
        };
        let gtp = "#c81630"; // #c8102e, made 3:1 on the dark theme.
        assert_eq!(
            colours(ColourBy::Class),
            [gtp, gtp, gtp, gtp, gtp, "#15803d"]
        );
        // The two Cadillacs share the listed colour; Porsche and BMW are derived and apart;
        // #5 names no make and keeps its own colour (given, made legible).
        let by_make = colours(ColourBy::Manufacturer);
        assert_eq!(by_make[0], "#a07d1c");
        assert_eq!(by_make[0], by_make[1]);
        assert_ne!(by_make[2], by_make[0]);
        assert_ne!(by_make[3], by_make[2]);
        assert_eq!(by_make[4], s.entries[4].color);
        // By team, the two Cadillacs are two teams.
        let by_team = colours(ColourBy::Team);
        assert_eq!(by_team[2], "#d5001c");
        assert_ne!(by_team[0], by_team[1]);
        // The laps chart starts from the car's own colour by class, its bar's otherwise.
        let own: Vec<&str> = s
            .entries
            .iter()
            .map(|e| car_colour(&s, e, ColourBy::Class))
            .collect();
        assert_eq!(
            own,
            s.entries
                .iter()
                .map(|e| e.color.as_str())
                .collect::<Vec<_>>()
        );
        assert_eq!(
            car_colour(&s, &s.entries[1], ColourBy::Manufacturer),
            "#a07d1c"
        );
    }

    #[test]
    fn the_legend_names_each_colour_the_chart_draws() {
        let s = parse(FIELD).expect("valid session");
        let gtp = chart(&s, &Scope::Class("GTP".into()));
        let names = |by: ColourBy, chart: &ChartLayout| -> Vec<String> {
            legend(&s, chart, by)
                .iter()
                .map(|g| format!("{} {}", g.name, g.color))
                .collect()
        };
        // In the session's order (the listed Cadillac first), each once, only the makes with a
        // bar here (no Lexus); #5, which names none, is not in it.
        let makes = names(ColourBy::Manufacturer, &gtp);
        assert_eq!(makes.len(), 3, "{makes:?}");
        assert_eq!(makes[0], "Cadillac #a07d1c");
        assert!(makes[1].starts_with("Porsche #") && makes[2].starts_with("BMW #"));
        let teams = names(ColourBy::Team, &gtp);
        assert_eq!(teams[0], "Penske #d5001c");
        assert_eq!(teams.len(), 5, "{teams:?}");
        // One class is one colour: nothing to explain. All classes are sections, whose headers
        // name them: nothing either.
        assert!(names(ColourBy::Class, &gtp).is_empty());
        let all = chart(&s, &Scope::Overall);
        assert!(names(ColourBy::Class, &all).is_empty());
        assert_eq!(names(ColourBy::Manufacturer, &all).len(), 4);
        // One make alone is one colour.
        let gtd = chart(&s, &Scope::Class("GTD".into()));
        assert!(names(ColourBy::Manufacturer, &gtd).is_empty());
    }
}

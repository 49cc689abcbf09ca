//! Colours: checking `#rgb` / `#rrggbb`, and deriving a stable colour when a session gives none.
//!
//! A derived colour depends only on its key text (manufacturer, else team, else car number; or
//! the class id), so the same car gets the same colour in every chart and every run.

/// A palette of distinguishable mid-tone colours, each at least 3:1 (WCAG's contrast for
/// graphics) against the light and dark themes' backgrounds and panels, so a mark stays visible
/// in both. The category-10 hues, five of them darkened in linear light to relative luminance
/// 0.26 (pink, brown, cyan, olive, orange; as published they are 2.0 to 2.9:1 on white), one
/// lightened (brown, 2.96:1 on the dark background). `tests` checks every one.
const PALETTE: [&str; 10] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#cb6aad", "#93645b", "#109aa8", "#909017",
    "#dc6c0a", "#7f7f7f",
];

/// Each sRGB channel value (0–255) in linear light, scaled to 0–65,535: WCAG's
/// `((c + 0.055) / 1.055) ^ 2.4` (or `c / 12.92` near black), tabulated so the browser needs
/// no floating-point power function.
const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313, 340, 367, 396, 427,
    458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898, 947, 997, 1048, 1101, 1156, 1212,
    1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863, 1937, 2013, 2090, 2170, 2250, 2333,
    2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258, 3360, 3464, 3570, 3678, 3788, 3900,
    4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124, 5257, 5392, 5530, 5669, 5810, 5953,
    6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500, 7666, 7834, 8004, 8177, 8352, 8528,
    8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417, 10619, 10822, 11028, 11235,
    11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909, 14146,
    14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456,
    17727, 18001, 18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177,
    21481, 21787, 22096, 22407, 22721, 23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325,
    25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094, 28452, 28813, 29176, 29542, 29911,
    30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143, 34544, 34948,
    35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449,
    40891, 41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423,
    46903, 47385, 47871, 48359, 48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884,
    53401, 53921, 54445, 54971, 55500, 56032, 56567, 57105, 57646, 58190, 58737, 59287, 59840,
    60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];

/// The relative luminance band a mark's colour is held to: 3:1 or more against the light
/// theme's background (white, luminance 1: at most 0.30) and the dark theme's (#18181c,
/// 0.0097: at least 0.129), with a margin for rounding to whole channel values.
const LEGIBLE: (f64, f64) = (0.131, 0.295);

fn channels(colour: &str) -> Option<[u8; 3]> {
    let hex = normalise(colour)?;
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(1)?, byte(3)?, byte(5)?])
}

fn linear(rgb: [u8; 3]) -> [f64; 3] {
    rgb.map(|c| f64::from(LINEAR[usize::from(c)]) / 65_535.0)
}

fn luminance_of(linear: [f64; 3]) -> f64 {
    0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
}

/// The sRGB channel value whose linear light is nearest `value` (0–1).
fn from_linear(value: f64) -> u8 {
    let target = (value.clamp(0.0, 1.0) * 65_535.0).round() as u16;
    let i = LINEAR.partition_point(|&v| v < target);
    let nearest = match i {
        0 => 0,
        256 => 255,
        _ if target - LINEAR[i - 1] <= LINEAR[i] - target => i - 1,
        _ => i,
    };
    u8::try_from(nearest).unwrap_or(u8::MAX)
}

/// WCAG's relative luminance of a `#rgb` or `#rrggbb` colour (0 black to 1 white); `None` for
/// other text.
pub fn luminance(colour: &str) -> Option<f64> {
    channels(colour).map(|rgb| luminance_of(linear(rgb)))
}

/// WCAG's contrast ratio of two colours (1 to 21); `None` when either is not a colour.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (a, b) = (luminance(a)?, luminance(b)?);
    Some((a.max(b) + 0.05) / (a.min(b) + 0.05))
}

/// A session's colour as marks draw it: unchanged when it is 3:1 or more against both themes'
/// backgrounds; otherwise, keeping its hue, darkened (too light for white) or lightened (too
/// dark for the dark theme) in linear light until it is. A publisher's yellow on white, or
/// navy on the dark theme, would otherwise draw bars a reader cannot see. `None` for text that
/// is not a colour.
pub fn legible(colour: &str) -> Option<String> {
    let rgb = channels(colour)?;
    let mut light = linear(rgb);
    let (low, high) = LEGIBLE;
    let l = luminance_of(light);
    if l > high {
        light = light.map(|c| c * high / l);
    } else if l < low {
        let t = (low - l) / (1.0 - l);
        light = light.map(|c| c + t * (1.0 - c));
    } else {
        return normalise(colour);
    }
    let [r, g, b] = light.map(from_linear);
    Some(format!("#{r:02x}{g:02x}{b:02x}"))
}

/// Normalises `#rgb` or `#rrggbb` (either case) to lower-case `#rrggbb`; `None` otherwise.
pub fn normalise(text: &str) -> Option<String> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match hex.len() {
        3 => Some(hex.chars().fold(String::from("#"), |mut out, c| {
            out.push(c.to_ascii_lowercase());
            out.push(c.to_ascii_lowercase());
            out
        })),
        6 => Some(format!("#{}", hex.to_ascii_lowercase())),
        _ => None,
    }
}

/// A stable colour for `key`: FNV-1a of its bytes picks a palette entry.
pub fn derive(key: &str) -> String {
    PALETTE[palette_index(key)].to_owned()
}

/// The palette entry [`derive`] picks for `key`.
fn palette_index(key: &str) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash as usize % PALETTE.len()
}

/// Derived colours kept apart, for the manufacturers (or the teams) of one session: in a chart
/// coloured by manufacturer, two makes that hash to one palette colour would look like one.
/// Each name gets its [`derive`]d colour unless a colour [`Apart::take`]n before has it, then
/// the first palette colour none has; once all ten are taken, its derived colour again. So a
/// make keeps its stable colour wherever it can, and a field of up to ten is told apart.
/// Constant work a name.
#[derive(Clone, Debug, Default)]
pub struct Apart {
    taken: [bool; PALETTE.len()],
}

impl Apart {
    /// Marks `colour` (`#rrggbb`, given by the session) as had, if it is a palette colour.
    pub fn take(&mut self, colour: &str) {
        if let Some(i) = PALETTE.iter().position(|p| *p == colour) {
            self.taken[i] = true;
        }
    }

    /// A colour for `key`, kept apart from the colours had so far, and now had itself.
    pub fn derive(&mut self, key: &str) -> String {
        let own = palette_index(key);
        let i = if self.taken[own] {
            self.taken.iter().position(|t| !t).unwrap_or(own)
        } else {
            own
        };
        self.taken[i] = true;
        PALETTE[i].to_owned()
    }
}

/// Colours for cars drawn side by side (the laps chart's compared cars): each car's own colour,
/// unless a car before it has it already (two cars of one make derive the same colour), then
/// the first palette colour no car has. `colours` are `#rrggbb`, as the model holds them.
pub fn distinct(colours: &[&str]) -> Vec<String> {
    let mut taken: Vec<String> = Vec::with_capacity(colours.len());
    for colour in colours {
        let next = if taken.iter().any(|t| t == colour) {
            PALETTE
                .iter()
                .find(|p| !taken.iter().any(|t| t == *p) && !colours.contains(p))
                .or_else(|| PALETTE.iter().find(|p| !taken.iter().any(|t| t == *p)))
                .map_or_else(|| (*colour).to_owned(), |p| (*p).to_owned())
        } else {
            (*colour).to_owned()
        };
        taken.push(next);
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_hex_colours() {
        let cases = [
            ("#c8102e", Some("#c8102e")),
            ("#C8102E", Some("#c8102e")),
            ("#abc", Some("#aabbcc")),
            ("red", None),
            ("#12345", None),
            ("#ggg", None),
            ("c8102e", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(normalise(input).as_deref(), expected, "{input:?}");
        }
    }

    #[test]
    fn derived_colours_are_stable_and_from_the_palette() {
        // FNV-1a of the key's bytes, modulo the palette: pinned, so a change to the hash or
        // the palette (which would recolour every published chart) fails here.
        let derived: Vec<String> = ["Porsche", "Cadillac", "Acura", "BMW", ""]
            .iter()
            .map(|key| format!("{key:?} {}", derive(key)))
            .collect();
        insta::assert_snapshot!(derived.join("\n"), @r#"
            "Porsche" #7f7f7f
            "Cadillac" #cb6aad
            "Acura" #9467bd
            "BMW" #d62728
            "" #d62728
            "#);
        for key in ["Porsche", "Cadillac", ""] {
            assert!(PALETTE.contains(&derive(key).as_str()), "{key:?}");
        }
    }

    #[test]
    fn every_palette_colour_is_3_to_1_on_both_themes() {
        // The stylesheet's --qc-bg and --qc-panel, light and dark (static/qualichart/qualichart.css).
        let backgrounds = ["#ffffff", "#f4f4f7", "#18181c", "#24242a"];
        for colour in PALETTE {
            for background in backgrounds {
                let ratio = contrast(colour, background).expect("colours");
                assert!(ratio >= 3.0, "{colour} on {background}: {ratio:.2}");
            }
        }
        // The ratio itself, against WCAG's own examples.
        assert_eq!(
            contrast("#000", "#fff").map(|r| (r * 100.0).round()),
            Some(2100.0)
        );
        assert_eq!(
            contrast("#777", "#fff").map(|r| (r * 100.0).round()),
            Some(448.0)
        );
        assert_eq!(contrast("red", "#fff"), None);
    }

    #[test]
    fn a_colour_a_theme_would_hide_is_made_legible_on_both() {
        let themes = ["#ffffff", "#18181c"];
        let cases = [
            // IMSA's class colours: GTD and GTD PRO as they are; the LMP2 blue (2.6:1 on the
            // dark theme) and the GTP red (2.99:1) lightened as little as makes 3:1.
            ("#15803d", "#15803d"),
            ("#b45309", "#b45309"),
            ("#1d4ed8", "#385ad9"),
            ("#c8102e", "#c81630"),
            // A yellow on white, a navy on the dark theme, black and white themselves.
            ("#ffff00", "#999900"),
            ("#000080", "#606097"),
            ("#000", "#656565"),
            ("#fff", "#949494"),
        ];
        for (given, expected) in cases {
            let made = legible(given).expect("a colour");
            assert_eq!(made, expected, "{given}");
            for theme in themes {
                let ratio = contrast(&made, theme).expect("colours");
                assert!(ratio >= 3.0, "{given} → {made} on {theme}: {ratio:.2}");
            }
        }
        assert_eq!(legible("navy"), None);
    }

    #[test]
    fn derived_group_colours_are_kept_apart_while_the_palette_lasts() {
        // "" and "BMW" derive the same red (pinned above): the second takes the first free
        // palette colour; a colour a session gave is not handed out again.
        let mut apart = Apart::default();
        apart.take("#1f77b4");
        apart.take("#123456");
        let got: Vec<String> = ["BMW", "", "Porsche", "Cadillac"]
            .iter()
            .map(|key| apart.derive(key))
            .collect();
        assert_eq!(got, ["#d62728", "#2ca02c", "#7f7f7f", "#cb6aad"]);
        // Ten names take the ten colours; the eleventh has its own derived one again.
        let mut apart = Apart::default();
        let mut ten: Vec<String> = (0..10)
            .map(|i| apart.derive(&format!("make {i}")))
            .collect();
        ten.sort();
        ten.dedup();
        assert_eq!(ten.len(), 10);
        assert_eq!(apart.derive("BMW"), derive("BMW"));
    }

    #[test]
    fn cars_side_by_side_get_distinct_colours() {
        // Two Cadillacs derive one colour: the second takes the first palette colour no car has.
        let cadillac = derive("Cadillac");
        let got = distinct(&[&cadillac, &cadillac, "#123456"]);
        assert_eq!(got[0], cadillac);
        assert_ne!(got[1], cadillac);
        assert!(PALETTE.contains(&got[1].as_str()));
        assert_eq!(got[2], "#123456");
        let all = distinct(&["#1f77b4"; 4]);
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 4, "{all:?}");
    }
}

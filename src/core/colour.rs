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

/// WCAG's relative luminance of a `#rrggbb` colour (0 black to 1 white); `None` for other text.
pub fn luminance(colour: &str) -> Option<f64> {
    let hex = normalise(colour)?;
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(1)? + 0.7152 * channel(3)? + 0.0722 * channel(5)?)
}

/// WCAG's contrast ratio of two colours (1 to 21); `None` when either is not a colour.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (a, b) = (luminance(a)?, luminance(b)?);
    Some((a.max(b) + 0.05) / (a.min(b) + 0.05))
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
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    PALETTE[hash as usize % PALETTE.len()].to_owned()
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

//! The chart's languages: every Fluent file parses, has every message English has, formats as
//! Project Fluent's own crate formats it (the oracle of `core::lang::ftl`), and the stories of
//! the Daytona 2024 session and a knockout session read in each language as a sports writer of
//! it would write them (pinned).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use qualichart::core::lang::{Arg, Lang, Resource, Words};
use qualichart::core::{classify, parse, Scope, Session, Verdicts};

fn source(lang: Lang) -> &'static str {
    lang.builtin_source()
        .expect("native builds carry every language")
}

fn resource(lang: Lang) -> Resource {
    Resource::parse(source(lang)).unwrap_or_else(|e| panic!("{}.ftl:{e}", lang.code()))
}

#[test]
fn every_language_has_every_english_message() {
    let english = resource(Lang::En);
    for lang in Lang::ALL {
        let own = resource(lang);
        let missing: Vec<&str> = english.ids().filter(|id| !own.has(id)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
    }
}

/// Values for every variable the files use, several of each kind a selector chooses on.
fn arg_sets() -> Vec<Vec<(&'static str, Arg<'static>)>> {
    let texts = [
        "who", "car", "time", "moment", "class", "gap", "number", "model", "poles", "label",
        "record", "holder", "by", "under", "all", "beaten", "eligible", "count", "spread", "cars",
        "limit", "subject", "note", "first", "last", "shown", "total", "name", "result", "steps",
        "driver", "at", "end", "ideal",
    ];
    let mut sets = Vec::new();
    for n in [0, 1, 2, 3, 9, 13] {
        for (kind, scope, within, status, unit) in [
            ("class", "class", "yes", "dns", "now"),
            ("fastest", "all", "no", "excluded", "s"),
            ("pole", "all", "yes", "none", "min"),
            ("class", "classes", "no", "no_time", "h"),
            ("fastest", "parts", "yes", "dns", "now"),
        ] {
            let mut set: Vec<(&str, Arg)> =
                texts.iter().map(|&name| (name, Arg::Text(name))).collect();
            set.extend([
                ("n", Arg::Count(n)),
                ("lap", Arg::Count(n + 1)),
                ("place", Arg::Count(2 + n % 2)),
                ("whole", Arg::Count(n)),
                ("kind", Arg::Text(kind)),
                ("scope", Arg::Text(scope)),
                ("within", Arg::Text(within)),
                ("status", Arg::Text(status)),
                ("unit", Arg::Text(unit)),
            ]);
            sets.push(set);
        }
    }
    sets
}

#[test]
fn every_message_formats_as_fluent_bundle_formats_it() {
    for lang in Lang::ALL {
        let ours = resource(lang);
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language id");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let theirs = FluentResource::try_new(source(lang).to_owned())
            .unwrap_or_else(|(_, e)| panic!("{}.ftl is not Fluent: {e:?}", lang.code()));
        bundle
            .add_resource(theirs)
            .unwrap_or_else(|e| panic!("{}.ftl: {e:?}", lang.code()));
        let mut compared = 0;
        for id in ours.ids() {
            let pattern = bundle
                .get_message(id)
                .and_then(|m| m.value())
                .unwrap_or_else(|| panic!("fluent-bundle has no {id} in {}.ftl", lang.code()));
            for set in arg_sets() {
                let mut args = FluentArgs::new();
                for (name, arg) in &set {
                    match arg {
                        Arg::Text(t) => args.set(*name, FluentValue::from(*t)),
                        Arg::Count(n) => args.set(*name, FluentValue::from(*n)),
                    }
                }
                let mut errors = Vec::new();
                let want = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}.ftl {id}: {errors:?}", lang.code());
                let got = ours.format(id, &set, lang.plural()).expect("the message");
                assert_eq!(got, want, "{}.ftl {id} with {set:?}", lang.code());
                compared += 1;
            }
        }
        assert!(compared > 100, "{}: {compared}", lang.code());
    }
}

/// French typography: a narrow no-break space (U+202F) before `:`, `;`, `?` and `!`, and
/// between a number and `%` ("107 %"), in every message as it is said.
#[test]
fn french_sets_high_punctuation_and_percent_apart() {
    let french = resource(Lang::Fr);
    for id in french.ids() {
        for set in arg_sets() {
            let said = french
                .format(id, &set, Lang::Fr.plural())
                .expect("the message");
            let chars: Vec<char> = said.chars().collect();
            for (i, &c) in chars.iter().enumerate().skip(1) {
                let before = chars[i - 1];
                let wrong = match c {
                    ':' | ';' | '?' | '!' => before != '\u{202f}',
                    '%' => before.is_ascii_digit() || before == ' ' || before == '\u{a0}',
                    _ => false,
                };
                assert!(!wrong, "fr.ftl {id}: {c:?} after {before:?} in {said:?}");
            }
        }
    }
}

fn session(path: &str) -> Session {
    parse(&std::fs::read(path).expect("a bundled session")).expect("a valid session")
}

/// The story of `scope` in `lang`, one sentence a line, figures with the language's mark.
fn told(session: &Session, scope: &Scope, lang: Lang) -> String {
    let words = Words::builtin(lang).expect("a language");
    let mut session = session.clone();
    session.precision = words.figures(session.precision);
    let classification = classify(&session, scope);
    let verdicts = Verdicts::of(&session, &classification);
    let story = qualichart::core::story::story(&session, &classification, &verdicts, &words);
    for sentence in &story {
        assert!(
            !sentence.contains("{$") && !sentence.contains("{story"),
            "{lang:?}: a message lacks an argument: {sentence}"
        );
    }
    story.join("\n").replace(['\u{2068}', '\u{2069}'], "")
}

const DAYTONA: &str = "static/sessions/daytona-2024-qualifying.json";
const DUTCH: &str = "static/sessions/f1-2023-dutch-qualifying.json";

#[test]
fn daytona_2024_in_english() {
    let daytona = session(DAYTONA);
    insta::assert_snapshot!(told(&daytona, &Scope::Class("GTP".into()), Lang::En), @r#"
        Pipo Derani took GTP pole in the #31 Cadillac V-Series.R, 1:32.656.
        Sebastien Bourdais was second in the #01 Cadillac V-Series.R, 0.071 seconds behind.
        Felipe Nasr was third in the #7 Porsche 963, 0.220 seconds behind.
        The pole beat the previous qualifying record of 1:33.685 (Oliver Jarvis, 2019) by 1.029 seconds; all nine GTP cars that set a time went under it.
        The nine GTP cars that set a time were within a second: 0.850 seconds from first to last.
        The #5 Proton Competition Porsche 963 did not set a time: repairs prevented a qualifying attempt.
    "#);
    insta::assert_snapshot!(told(&daytona, &Scope::Overall, Lang::En), @r#"
        Pipo Derani took the fastest time in the #31 Cadillac V-Series.R, 1:32.656.
        Sebastien Bourdais was second in the #01 Cadillac V-Series.R, 0.071 seconds behind.
        Felipe Nasr was third in the #7 Porsche 963, 0.220 seconds behind.
        Class poles went to LMP2 #2 Ben Keating (1:38.501), GTD PRO #77 Seb Priaulx (1:44.382) and GTD #12 Parker Thompson (1:44.494).
        The pole beat the previous qualifying record of 1:33.685 (Oliver Jarvis, 2019) by 1.029 seconds; all nine GTP cars that set a time went under it.
        #27 was outside 107 % of the GTD pole (slower than 1:51.809).
        The #5 Proton Competition Porsche 963 did not set a time: repairs prevented a qualifying attempt.
        The #92 Kellymoss with Riley Porsche 911 GT3 R (992) did not set a time.
    "#);
}

#[test]
fn a_knockout_in_english() {
    insta::assert_snapshot!(told(&session(DUTCH), &Scope::Overall, Lang::En), @r#"
        Max Verstappen took pole in the #1 Red Bull, 1:10.567.
        Lando Norris was second in the #4 McLaren, 0.537 seconds behind.
        George Russell was third in the #63 Mercedes, 0.727 seconds behind.
    "#);
}

#[test]
fn daytona_2024_in_french() {
    let daytona = session(DAYTONA);
    insta::assert_snapshot!(told(&daytona, &Scope::Class("GTP".into()), Lang::Fr), @r#"
        Pipo Derani a signé la pole GTP sur Cadillac V-Series.R n°31, en 1:32,656.
        Deuxième temps pour Sebastien Bourdais sur Cadillac V-Series.R n°01, à 0,071 seconde.
        Troisième temps pour Felipe Nasr sur Porsche 963 n°7, à 0,220 seconde.
        La pole a battu de 1,029 seconde le record de 1:33,685 (Oliver Jarvis, 2019) ; les neuf GTP ayant signé un temps sont toutes passées sous cette marque.
        Les neuf GTP ayant signé un temps se tiennent en moins d'une seconde : 0,850 seconde entre la première et la dernière.
        La n°5 Proton Competition Porsche 963 n'a pas signé de temps : repairs prevented a qualifying attempt.
    "#);
    insta::assert_snapshot!(told(&daytona, &Scope::Overall, Lang::Fr), @r#"
        Pipo Derani a signé le meilleur temps sur Cadillac V-Series.R n°31, en 1:32,656.
        Deuxième temps pour Sebastien Bourdais sur Cadillac V-Series.R n°01, à 0,071 seconde.
        Troisième temps pour Felipe Nasr sur Porsche 963 n°7, à 0,220 seconde.
        Les poles de catégorie reviennent à Ben Keating en LMP2 (n°2, 1:38,501), Seb Priaulx en GTD PRO (n°77, 1:44,382) et Parker Thompson en GTD (n°12, 1:44,494).
        La pole a battu de 1,029 seconde le record de 1:33,685 (Oliver Jarvis, 2019) ; les neuf GTP ayant signé un temps sont toutes passées sous cette marque.
        La n°27 est hors des 107 % de la pole GTD (plus lente que 1:51,809).
        La n°5 Proton Competition Porsche 963 n'a pas signé de temps : repairs prevented a qualifying attempt.
        La n°92 Kellymoss with Riley Porsche 911 GT3 R (992) n'a pas signé de temps.
    "#);
}

#[test]
fn a_knockout_in_french() {
    insta::assert_snapshot!(told(&session(DUTCH), &Scope::Overall, Lang::Fr), @r#"
        Max Verstappen a signé la pole position sur Red Bull n°1, en 1:10,567.
        Deuxième temps pour Lando Norris sur McLaren n°4, à 0,537 seconde.
        Troisième temps pour George Russell sur Mercedes n°63, à 0,727 seconde.
    "#);
}

#[test]
fn daytona_2024_in_german() {
    let daytona = session(DAYTONA);
    insta::assert_snapshot!(told(&daytona, &Scope::Class("GTP".into()), Lang::De), @r#"
        Pipo Derani (Cadillac V-Series.R, Nr. 31) holte mit 1:32,656 die Pole in der Klasse GTP.
        Platz zwei ging an Sebastien Bourdais (Cadillac V-Series.R, Nr. 01), 0,071 Sekunden zurück.
        Platz drei ging an Felipe Nasr (Porsche 963, Nr. 7), 0,220 Sekunden zurück.
        Die Pole unterbot den Rekord von 1:33,685 (Oliver Jarvis, 2019) um 1,029 Sekunden; alle neun Fahrzeuge der Klasse GTP mit Zeit blieben darunter.
        Die neun Fahrzeuge der Klasse GTP mit Zeit lagen innerhalb einer Sekunde: 0,850 Sekunden vom ersten bis zum letzten auseinander.
        Die Nr. 5 Proton Competition Porsche 963 fuhr keine Zeit: repairs prevented a qualifying attempt.
    "#);
    insta::assert_snapshot!(told(&daytona, &Scope::Overall, Lang::De), @r#"
        Pipo Derani (Cadillac V-Series.R, Nr. 31) fuhr mit 1:32,656 die schnellste Zeit.
        Platz zwei ging an Sebastien Bourdais (Cadillac V-Series.R, Nr. 01), 0,071 Sekunden zurück.
        Platz drei ging an Felipe Nasr (Porsche 963, Nr. 7), 0,220 Sekunden zurück.
        Die Klassen-Poles gingen an Ben Keating in der LMP2 (Nr. 2, 1:38,501), Seb Priaulx in der GTD PRO (Nr. 77, 1:44,382) und Parker Thompson in der GTD (Nr. 12, 1:44,494).
        Die Pole unterbot den Rekord von 1:33,685 (Oliver Jarvis, 2019) um 1,029 Sekunden; alle neun Fahrzeuge der Klasse GTP mit Zeit blieben darunter.
        Die Nr. 27 lag außerhalb von 107 % der Pole der Klasse GTD (langsamer als 1:51,809).
        Die Nr. 5 Proton Competition Porsche 963 fuhr keine Zeit: repairs prevented a qualifying attempt.
        Die Nr. 92 Kellymoss with Riley Porsche 911 GT3 R (992) fuhr keine Zeit.
    "#);
}

#[test]
fn a_knockout_in_german() {
    insta::assert_snapshot!(told(&session(DUTCH), &Scope::Overall, Lang::De), @r#"
        Max Verstappen (Red Bull, Nr. 1) holte mit 1:10,567 die Pole-Position.
        Platz zwei ging an Lando Norris (McLaren, Nr. 4), 0,537 Sekunden zurück.
        Platz drei ging an George Russell (Mercedes, Nr. 63), 0,727 Sekunden zurück.
    "#);
}

#[test]
fn daytona_2024_in_spanish() {
    let daytona = session(DAYTONA);
    insta::assert_snapshot!(told(&daytona, &Scope::Class("GTP".into()), Lang::Es), @r#"
        Pipo Derani se llevó la pole de GTP con el Cadillac V-Series.R n.º 31 y un tiempo de 1:32,656.
        Segundo puesto para Sebastien Bourdais con el Cadillac V-Series.R n.º 01, a 0,071 segundos.
        Tercer puesto para Felipe Nasr con el Porsche 963 n.º 7, a 0,220 segundos.
        La pole batió por 1,029 segundos el récord de 1:33,685 (Oliver Jarvis, 2019); los nueve coches de GTP con tiempo bajaron de esa marca.
        Los nueve coches de GTP con tiempo quedaron en menos de un segundo: 0,850 segundos del primero al último.
        El n.º 5 Proton Competition Porsche 963 no marcó tiempo: repairs prevented a qualifying attempt.
    "#);
    insta::assert_snapshot!(told(&daytona, &Scope::Overall, Lang::Es), @r#"
        Pipo Derani marcó el mejor tiempo con el Cadillac V-Series.R n.º 31: 1:32,656.
        Segundo puesto para Sebastien Bourdais con el Cadillac V-Series.R n.º 01, a 0,071 segundos.
        Tercer puesto para Felipe Nasr con el Porsche 963 n.º 7, a 0,220 segundos.
        Las poles de categoría fueron para Ben Keating en LMP2 (n.º 2, 1:38,501), Seb Priaulx en GTD PRO (n.º 77, 1:44,382) y Parker Thompson en GTD (n.º 12, 1:44,494).
        La pole batió por 1,029 segundos el récord de 1:33,685 (Oliver Jarvis, 2019); los nueve coches de GTP con tiempo bajaron de esa marca.
        El n.º 27 quedó fuera del 107 % de la pole de GTD (más lento que 1:51,809).
        El n.º 5 Proton Competition Porsche 963 no marcó tiempo: repairs prevented a qualifying attempt.
        El n.º 92 Kellymoss with Riley Porsche 911 GT3 R (992) no marcó tiempo.
    "#);
}

#[test]
fn a_knockout_in_spanish() {
    insta::assert_snapshot!(told(&session(DUTCH), &Scope::Overall, Lang::Es), @r#"
        Max Verstappen se llevó la pole con el Red Bull n.º 1 y un tiempo de 1:10,567.
        Segundo puesto para Lando Norris con el McLaren n.º 4, a 0,537 segundos.
        Tercer puesto para George Russell con el Mercedes n.º 63, a 0,727 segundos.
    "#);
}

#[test]
fn daytona_2024_in_italian() {
    let daytona = session(DAYTONA);
    insta::assert_snapshot!(told(&daytona, &Scope::Class("GTP".into()), Lang::It), @r#"
        Pipo Derani (Cadillac V-Series.R n. 31) ha conquistato la pole della classe GTP in 1:32,656.
        Secondo tempo per Sebastien Bourdais (Cadillac V-Series.R n. 01), a 0,071 secondi.
        Terzo tempo per Felipe Nasr (Porsche 963 n. 7), a 0,220 secondi.
        La pole ha battuto di 1,029 secondi il record di 1:33,685 (Oliver Jarvis, 2019); tutte e nove le vetture della classe GTP con un tempo sono scese sotto quel limite.
        Le nove vetture della classe GTP con un tempo sono racchiuse in meno di un secondo: 0,850 secondi dalla prima all'ultima.
        La n. 5 Proton Competition Porsche 963 non ha fatto segnare un tempo: repairs prevented a qualifying attempt.
    "#);
    insta::assert_snapshot!(told(&daytona, &Scope::Overall, Lang::It), @r#"
        Pipo Derani (Cadillac V-Series.R n. 31) ha firmato il miglior tempo in 1:32,656.
        Secondo tempo per Sebastien Bourdais (Cadillac V-Series.R n. 01), a 0,071 secondi.
        Terzo tempo per Felipe Nasr (Porsche 963 n. 7), a 0,220 secondi.
        Le pole di classe sono andate a Ben Keating in LMP2 (n. 2, 1:38,501), Seb Priaulx in GTD PRO (n. 77, 1:44,382) e Parker Thompson in GTD (n. 12, 1:44,494).
        La pole ha battuto di 1,029 secondi il record di 1:33,685 (Oliver Jarvis, 2019); tutte e nove le vetture della classe GTP con un tempo sono scese sotto quel limite.
        La n. 27 è rimasta fuori dal 107 % della pole della classe GTD (più lenta di 1:51,809).
        La n. 5 Proton Competition Porsche 963 non ha fatto segnare un tempo: repairs prevented a qualifying attempt.
        La n. 92 Kellymoss with Riley Porsche 911 GT3 R (992) non ha fatto segnare un tempo.
    "#);
}

#[test]
fn a_knockout_in_italian() {
    insta::assert_snapshot!(told(&session(DUTCH), &Scope::Overall, Lang::It), @r#"
        Max Verstappen (Red Bull n. 1) ha conquistato la pole position in 1:10,567.
        Secondo tempo per Lando Norris (McLaren n. 4), a 0,537 secondi.
        Terzo tempo per George Russell (Mercedes n. 63), a 0,727 secondi.
    "#);
}

#[test]
fn daytona_2024_in_portuguese() {
    let daytona = session(DAYTONA);
    insta::assert_snapshot!(told(&daytona, &Scope::Class("GTP".into()), Lang::Pt), @r#"
        Pipo Derani (Cadillac V-Series.R nº 31) conquistou a pole da classe GTP com 1:32,656.
        Segundo lugar para Sebastien Bourdais (Cadillac V-Series.R nº 01), a 0,071 segundo.
        Terceiro lugar para Felipe Nasr (Porsche 963 nº 7), a 0,220 segundo.
        A pole bateu por 1,029 segundo o recorde de 1:33,685 (Oliver Jarvis, 2019); todos os nove carros da classe GTP com tempo ficaram abaixo dessa marca.
        Os nove carros da classe GTP com tempo ficaram dentro de um segundo: 0,850 segundo do primeiro ao último.
        O nº 5 Proton Competition Porsche 963 não marcou tempo: repairs prevented a qualifying attempt.
    "#);
    insta::assert_snapshot!(told(&daytona, &Scope::Overall, Lang::Pt), @r#"
        Pipo Derani (Cadillac V-Series.R nº 31) fez o melhor tempo com 1:32,656.
        Segundo lugar para Sebastien Bourdais (Cadillac V-Series.R nº 01), a 0,071 segundo.
        Terceiro lugar para Felipe Nasr (Porsche 963 nº 7), a 0,220 segundo.
        As poles das classes ficaram com Ben Keating na LMP2 (nº 2, 1:38,501), Seb Priaulx na GTD PRO (nº 77, 1:44,382) e Parker Thompson na GTD (nº 12, 1:44,494).
        A pole bateu por 1,029 segundo o recorde de 1:33,685 (Oliver Jarvis, 2019); todos os nove carros da classe GTP com tempo ficaram abaixo dessa marca.
        O nº 27 ficou fora dos 107 % da pole da classe GTD (mais lento que 1:51,809).
        O nº 5 Proton Competition Porsche 963 não marcou tempo: repairs prevented a qualifying attempt.
        O nº 92 Kellymoss with Riley Porsche 911 GT3 R (992) não marcou tempo.
    "#);
}

#[test]
fn a_knockout_in_portuguese() {
    insta::assert_snapshot!(told(&session(DUTCH), &Scope::Overall, Lang::Pt), @r#"
        Max Verstappen (Red Bull nº 1) conquistou a pole position com 1:10,567.
        Segundo lugar para Lando Norris (McLaren nº 4), a 0,537 segundo.
        Terceiro lugar para George Russell (Mercedes nº 63), a 0,727 segundo.
    "#);
}

/// Every other turn of the story: a tie, a record that stood, cars that did not start or were
/// excluded, several outside 107 %, a session still running and one seen at a moment.
const TURNS: &str = r#"{"format": "qualichart/1", "state": "running",
    "records": [{"time": "1:00.000", "label": "Track record", "year": 2020}],
    "entries": [
      {"number": "1", "drivers": [{"name": "Ann Able"}], "laps": [{"time": "1:01.000", "at": "10:00"}]},
      {"number": "2", "drivers": [{"name": "Bo Baker"}], "laps": [{"time": "1:01.000", "at": "12:00"}]},
      {"number": "3", "drivers": [{"name": "Cy Cole"}], "laps": [{"time": "1:06.000", "at": "14:00"}]},
      {"number": "6", "laps": [{"time": "1:07.000", "at": "15:00"}]},
      {"number": "4", "car": "Tin Can", "status": "dns", "note": "Engine change"},
      {"number": "5", "status": "excluded"}
    ]}"#;

#[test]
fn every_turn_of_the_story_in_every_language() {
    let running = parse(TURNS.as_bytes()).expect("a valid session");
    // 11 minutes in: #1 alone has a time.
    let eleven = qualichart::core::time::Elapsed::from_ticks(11 * 60 * 10_000).expect("a moment");
    let then = qualichart::core::moment::as_of(&running, eleven);
    let mut all = String::new();
    for lang in Lang::ALL {
        all.push_str(&format!("[{}]\n", lang.code()));
        all.push_str(&told(&running, &Scope::Overall, lang));
        all.push('\n');
        all.push_str(&told(&then, &Scope::Overall, lang));
        all.push('\n');
    }
    insta::assert_snapshot!(all, @r#"
        [en]
        Ann Able is on provisional pole in the #1, 1:01.000.
        Bo Baker was second in the #2, with the same time, set later.
        Cy Cole was third in the #3, 5.000 seconds behind.
        The track record of 1:00.000 (2020) stood: the fastest time was 1.000 seconds slower.
        The four cars that set a time were spread over 6.000 seconds from first to last.
        #3 and #6 were outside 107 % of the pole (slower than 1:05.270).
        The #4 Tin Can did not start: engine change.
        The #5 was excluded.
        At 11:00, Ann Able held provisional pole in the #1, 1:01.000.
        The track record of 1:00.000 (2020) stood: the fastest time was 1.000 seconds slower.
        The #2 did not set a time.
        The #3 did not set a time.
        The #6 did not set a time.
        The #4 Tin Can did not start: engine change.
        The #5 was excluded.
        [fr]
        Ann Able occupe provisoirement la pole position sur la n°1, en 1:01,000.
        Deuxième temps pour Bo Baker sur la n°2, avec le même chrono, signé plus tard.
        Troisième temps pour Cy Cole sur la n°3, à 5,000 secondes.
        Le record de 1:00,000 (2020) a résisté : le meilleur temps est resté à 1,000 seconde.
        Les quatre voitures ayant signé un temps sont réparties sur 6,000 secondes entre la première et la dernière.
        Les n°3 et n°6 sont hors des 107 % de la pole (plus lentes que 1:05,270).
        La n°4 Tin Can n'a pas pris part à la séance : engine change.
        La n°5 a été exclue.
        À 11:00 de séance, Ann Able occupait provisoirement la pole position sur la n°1, en 1:01,000.
        Le record de 1:00,000 (2020) a résisté : le meilleur temps est resté à 1,000 seconde.
        La n°2 n'a pas signé de temps.
        La n°3 n'a pas signé de temps.
        La n°6 n'a pas signé de temps.
        La n°4 Tin Can n'a pas pris part à la séance : engine change.
        La n°5 a été exclue.
        [de]
        Ann Able (Nr. 1) hält mit 1:01,000 vorläufig die Pole-Position.
        Platz zwei ging an Bo Baker (Nr. 2), zeitgleich, aber später gefahren.
        Platz drei ging an Cy Cole (Nr. 3), 5,000 Sekunden zurück.
        Der Rekord von 1:00,000 (2020) hielt: Die schnellste Zeit lag 1,000 Sekunden darüber.
        Die vier Fahrzeuge mit Zeit lagen 6,000 Sekunden vom ersten bis zum letzten auseinander.
        Die Nr. 3 und Nr. 6 lagen außerhalb von 107 % der Pole (langsamer als 1:05,270).
        Die Nr. 4 Tin Can nahm nicht am Qualifying teil: engine change.
        Die Nr. 5 wurde ausgeschlossen.
        Nach 11:00 Sitzungszeit hielt Ann Able (Nr. 1) mit 1:01,000 vorläufig die Pole-Position.
        Der Rekord von 1:00,000 (2020) hielt: Die schnellste Zeit lag 1,000 Sekunden darüber.
        Die Nr. 2 fuhr keine Zeit.
        Die Nr. 3 fuhr keine Zeit.
        Die Nr. 6 fuhr keine Zeit.
        Die Nr. 4 Tin Can nahm nicht am Qualifying teil: engine change.
        Die Nr. 5 wurde ausgeschlossen.
        [es]
        Ann Able ocupa provisionalmente la pole con el coche n.º 1 y un tiempo de 1:01,000.
        Segundo puesto para Bo Baker con el coche n.º 2, con el mismo tiempo, marcado más tarde.
        Tercer puesto para Cy Cole con el coche n.º 3, a 5,000 segundos.
        El récord de 1:00,000 (2020) resistió: el mejor tiempo se quedó a 1,000 segundos.
        Los cuatro coches con tiempo quedaron repartidos en 6,000 segundos del primero al último.
        Los n.º 3 y n.º 6 quedaron fuera del 107 % de la pole (más lentos que 1:05,270).
        El n.º 4 Tin Can no participó en la sesión: engine change.
        El n.º 5 fue excluido.
        A los 11:00 de sesión, Ann Able ocupaba provisionalmente la pole con el coche n.º 1 y un tiempo de 1:01,000.
        El récord de 1:00,000 (2020) resistió: el mejor tiempo se quedó a 1,000 segundos.
        El n.º 2 no marcó tiempo.
        El n.º 3 no marcó tiempo.
        El n.º 6 no marcó tiempo.
        El n.º 4 Tin Can no participó en la sesión: engine change.
        El n.º 5 fue excluido.
        [it]
        Ann Able (n. 1) è in pole provvisoria con 1:01,000.
        Secondo tempo per Bo Baker (n. 2), con lo stesso tempo, fatto segnare dopo.
        Terzo tempo per Cy Cole (n. 3), a 5,000 secondi.
        Il record di 1:00,000 (2020) ha resistito: il miglior tempo è rimasto a 1,000 secondi.
        Le quattro vetture con un tempo sono racchiuse in 6,000 secondi dalla prima all'ultima.
        Le n. 3 e n. 6 sono rimaste fuori dal 107 % della pole (più lente di 1:05,270).
        La n. 4 Tin Can non ha preso parte alla sessione: engine change.
        La n. 5 è stata esclusa.
        Dopo 11:00 di sessione, Ann Able (n. 1) era in pole provvisoria con 1:01,000.
        Il record di 1:00,000 (2020) ha resistito: il miglior tempo è rimasto a 1,000 secondi.
        La n. 2 non ha fatto segnare un tempo.
        La n. 3 non ha fatto segnare un tempo.
        La n. 6 non ha fatto segnare un tempo.
        La n. 4 Tin Can non ha preso parte alla sessione: engine change.
        La n. 5 è stata esclusa.
        [pt]
        Ann Able (carro nº 1) ocupa provisoriamente a pole position com 1:01,000.
        Segundo lugar para Bo Baker (carro nº 2), com o mesmo tempo, marcado depois.
        Terceiro lugar para Cy Cole (carro nº 3), a 5,000 segundos.
        O recorde de 1:00,000 (2020) resistiu: o melhor tempo ficou a 1,000 segundo.
        Os quatro carros com tempo ficaram espalhados por 6,000 segundos do primeiro ao último.
        Os nº 3 e nº 6 ficaram fora dos 107 % da pole (mais lentos que 1:05,270).
        O nº 4 Tin Can não participou da sessão: engine change.
        O nº 5 foi excluído.
        Aos 11:00 de sessão, Ann Able (carro nº 1) ocupava provisoriamente a pole position com 1:01,000.
        O recorde de 1:00,000 (2020) resistiu: o melhor tempo ficou a 1,000 segundo.
        O nº 2 não marcou tempo.
        O nº 3 não marcou tempo.
        O nº 6 não marcou tempo.
        O nº 4 Tin Can não participou da sessão: engine change.
        O nº 5 foi excluído.
    "#);
}

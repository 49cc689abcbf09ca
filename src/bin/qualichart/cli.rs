//! Argument parsing, input reading with the size guard, the one writer of output, and exit
//! codes.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use qualichart::core::colouring::ColourBy;
use qualichart::core::error::{ErrorKind, MAX_INPUT_BYTES};
use qualichart::core::lang::{Lang, Words, SPOKEN};
use qualichart::core::report::report;
use qualichart::core::time::Elapsed;
use qualichart::core::wire;
use qualichart::core::{moment, parse, Error, FieldPath, Scope, Session};
use qualichart::import::{self, Kind};

use crate::output;
use crate::prerender;
use crate::render;
use crate::text;
use crate::watch;

/// Qualifying sessions: classification, gaps, sectors, records.
#[derive(Debug, Parser)]
#[command(name = "qualichart", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the classification of a session: positions, best laps, gaps, intervals, % of
    /// pole, records, session-best sectors and the ideal lap.
    Report {
        /// Print the `qualichart-report/1` JSON instead of a table.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print the classification as CSV: the columns of the widget's table and its
        /// "Get the data (CSV)" download.
        #[arg(long)]
        csv: bool,
        /// Rank one class only (its id, e.g. GTP); gaps and sectors are then within the class.
        #[arg(long = "class", value_name = "ID")]
        class: Option<String>,
        #[command(flatten)]
        reading: Reading,
        /// Session JSON file, or `-` for standard input.
        #[arg(value_name = "FILE|-")]
        file: PathBuf,
    },
    /// Convert timing files into one session JSON (the kinds it reads: `import --help`).
    Import {
        /// The files, in the order to merge them.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Write the session here instead of standard output (replaced in one step: a reader
        /// of OUT sees the old session or the new one, never half a file).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Keep running: re-import whenever a file changes and replace OUT when the session
        /// does, with "state": "running"; on Ctrl-C or SIGTERM write it once more as
        /// "finished" and exit. Needs -o.
        #[arg(long, requires = "output")]
        watch: bool,
    },
    /// Draw the chart without a browser, with the widget's own components: a standalone SVG
    /// (tooltips from <title>), a whole HTML page, or the fragment a page embeds as its no-JS
    /// fallback.
    Render {
        /// Show one class (its id); all classes when absent.
        #[arg(long = "class", value_name = "ID")]
        class: Option<String>,
        /// The box width in CSS pixels (360 for a phone, 640 for an article column).
        #[arg(long, value_name = "PX", default_value_t = qualichart::widget::geometry::COLUMN_WIDTH,
              value_parser = clap::value_parser!(u32).range(240..=2400))]
        width: u32,
        /// What to write; by default from OUT's extension (.svg, else a page).
        #[arg(long, value_enum)]
        format: Option<render::Format>,
        /// The session's URL for the page's "get the data" link.
        #[arg(long, value_name = "URL")]
        src: Option<String>,
        /// Compare these cars (numbers, comma-separated, at most four, e.g. 31,01): the page
        /// and the fragment draw their laps chart under the bars, as the widget does.
        #[arg(long, value_name = "NUMBERS", value_delimiter = ',')]
        compare: Vec<String>,
        /// Colour the cars by class (the default), manufacturer or team; the chart has a legend
        /// of the colours.
        #[arg(long = "colour-by", value_name = "BY", value_parser = render::colour_by)]
        colour_by: Option<ColourBy>,
        /// Write here instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        #[command(flatten)]
        reading: Reading,
        /// Session JSON file, or `-` for standard input.
        #[arg(value_name = "FILE|-")]
        file: PathBuf,
    },
    /// Fill the `<!--qualichart: SESSION [--class ID] [--width PX] [--lang L] [--colour-by BY]-->`
    /// markers of HTML pages with the static chart, in place: each marker stays, followed by the chart and
    /// `<!--/qualichart-->`, so running it again refreshes the charts. SESSION is a path as in
    /// `data-src`: relative to the page, or starting with / from --root. It must stay inside
    /// the root (--root, else the page's own folder): `..` above it, a symbolic link out of it,
    /// an absolute file path or a URL is refused. The page's data link is that path
    /// normalised. Every page is filled before any is written, and each is replaced in one
    /// step, so a failure changes no page.
    Prerender {
        /// The folder sessions must be in, and that a SESSION starting with / is named from
        /// (the site's root); by default each page's own folder.
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// The pages to fill.
        #[arg(value_name = "PAGE", required = true)]
        pages: Vec<PathBuf>,
    },
}

/// How `report` and `render` read the session: at a moment (`--at T`), in a language
/// (`--lang L`).
#[derive(Debug, Default, clap::Args)]
struct Reading {
    /// Show the session as it stood when T of session time had elapsed (`45:00`, `1:02:30`):
    /// the laps completed by then, provisional positions, who was on pole, which records had
    /// fallen. Laps without a session time (`at`) count only at the end.
    #[arg(long = "at", value_name = "T", value_parser = session_time)]
    at: Option<Elapsed>,
    /// Write the story, labels and figures in language L (en, fr, de, es, it, pt; a tag such
    /// as fr-CH is read by its language). Another language is said once on standard error and
    /// English is used, as the widget does.
    #[arg(long = "lang", value_name = "L")]
    lang: Option<String>,
}

impl Reading {
    /// `session` as it stood at the moment asked for (or whole), its figures written as the
    /// language writes them.
    fn apply(&self, session: Session, words: &Words) -> Session {
        let mut session = match self.at {
            Some(t) => moment::as_of(&session, t),
            None => session,
        };
        session.precision = words.figures(session.precision);
        session
    }

    /// The words asked for; English, with a note on standard error, for a language the chart
    /// does not speak.
    fn words(&self) -> Words {
        let Some(tag) = self.lang.as_deref() else {
            return Words::english();
        };
        match Lang::from_tag(tag).and_then(Words::builtin) {
            Some(words) => words,
            None => {
                eprintln!(
                    "qualichart: --lang {tag:?}: not a language qualichart speaks ({SPOKEN}); writing in English"
                );
                Words::english()
            }
        }
    }
}

/// A session time as `--at` takes it: a time as the session format writes one (`45:00`,
/// `1:02:30.5`, `2700`), from zero to 48 hours.
fn session_time(text: &str) -> Result<Elapsed, String> {
    let parsed = qualichart::core::time::parse_text(text.trim()).map_err(|e| e.to_string())?;
    Elapsed::check(parsed, || format!("{text:?}")).map_err(|e| e.to_string())
}

/// A failure to report: the input's name and the text to show.
pub(crate) struct Failure {
    pub(crate) input: String,
    pub(crate) message: String,
}

/// The rest of `import --help`, from [`Kind::ALL`]: the list of kinds lives with the readers.
fn import_help() -> String {
    format!(
        "Convert timing files into one session JSON.\n\n\
         Each file's kind is detected from its content (never its name): {}. Several files of \
         one session merge by car number, later files overriding earlier ones field by field, \
         so a session JSON given last is an overlay of what no timing file carries.\n\n\
         With --watch, the files are imported again whenever one changes (its size or \
         modification time), and OUT is replaced only when the session changed. A file caught \
         mid-write (a last line without its line break, JSON cut short) leaves OUT as it was \
         and is read again at its next change.",
        Kind::supported()
    )
}

pub fn main() -> ExitCode {
    let command = Cli::command().mut_subcommand("import", |c| c.long_about(import_help()));
    let cli = match Cli::from_arg_matches(&command.get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match cli.command {
        Command::Report {
            json,
            csv,
            class,
            reading,
            file,
        } => run_report(&file, json, csv, class, &reading),
        Command::Import {
            files,
            output: Some(out),
            watch: true,
        } => watch::run(&files, &out),
        Command::Import {
            files,
            output,
            watch: _,
        } => run_import(&files).and_then(|json| write_output(output.as_deref(), json)),
        Command::Render {
            class,
            width,
            format,
            src,
            compare,
            colour_by,
            output,
            reading,
            file,
        } => {
            let format = format.unwrap_or_else(|| render::Format::for_output(output.as_deref()));
            let options = render::Options {
                class,
                width,
                src,
                compare,
                colour_by: colour_by.unwrap_or_default(),
            };
            run_render(&file, options, format, &reading)
                .and_then(|text| write_output(output.as_deref(), text))
        }
        Command::Prerender { root, pages } => run_prerender(&pages, root.as_deref()),
    };
    match result {
        Ok(output) => write_stdout(output.as_bytes()),
        Err(failure) => {
            eprintln!("qualichart: {}: {}", failure.input, failure.message);
            ExitCode::from(1)
        }
    }
}

fn run_report(
    file: &std::path::Path,
    json: bool,
    csv: bool,
    class: Option<String>,
    reading: &Reading,
) -> Result<String, Failure> {
    let words = reading.words();
    let (session, scope) = asked_session(file, class, reading, &words)?;
    if csv {
        // Data, in English with `.` decimals whatever `--lang` says (`core::table`).
        let table = qualichart::core::table::table_of(&session, &scope, &Words::english());
        return Ok(qualichart::core::table::csv(&table));
    }
    let report = report(&session, &scope, &words);
    if json {
        let mut out = serde_json::to_string_pretty(&report).map_err(|e| Failure {
            input: display_name(file),
            message: e.to_string(),
        })?;
        out.push('\n');
        Ok(out)
    } else {
        Ok(text::render(&session, &report, &words))
    }
}

/// Imports and merges the files, and checks the result is a valid session before writing it.
fn run_import(files: &[PathBuf]) -> Result<String, Failure> {
    let session = import_files(files, false)?;
    checked_json(&session, files).map(|(json, _)| json)
}

/// Reads and merges the files into one session, not yet checked. `growing` is for files an
/// organiser is still appending to (`--watch`): one whose last line is not finished is refused
/// ([`import::check_complete`]) rather than read with half a row.
pub(crate) fn import_files(files: &[PathBuf], growing: bool) -> Result<wire::Session, Failure> {
    let mut imported = Vec::with_capacity(files.len());
    for file in files {
        let input = display_name(file);
        let fail = |message: String| Failure {
            input: input.clone(),
            message,
        };
        let bytes = read_input(file).map_err(&fail)?;
        if growing {
            import::check_complete(&bytes).map_err(|e| fail(e.to_string()))?;
        }
        imported.push(import::read(&bytes).map_err(|e| fail(e.to_string()))?);
    }
    import::merge(imported).map_err(|e| Failure {
        input: joined(files),
        message: e.to_string(),
    })
}

/// The session as the JSON `import` writes, checked by the core (which also gives the model,
/// for a caller that reports what it wrote).
pub(crate) fn checked_json(
    session: &wire::Session,
    files: &[PathBuf],
) -> Result<(String, Session), Failure> {
    import::checked(session).map_err(|e| Failure {
        input: joined(files),
        message: import::not_valid(&e),
    })
}

/// The files' names as one input, for a problem with all of them together.
pub(crate) fn joined(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| display_name(f))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn run_render(
    file: &std::path::Path,
    options: render::Options,
    format: render::Format,
    reading: &Reading,
) -> Result<String, Failure> {
    let words = reading.words();
    let (session, _) = asked_session(file, options.class.clone(), reading, &words)?;
    checked_compare(&session, &options.compare, format).map_err(|message| Failure {
        input: display_name(file),
        message,
    })?;
    Ok(render::render(session, options, format, &words))
}

/// `--compare`'s cars: each a car of the session, at most four, and a format that has the
/// laps chart (the SVG is the bar chart alone).
fn checked_compare(
    session: &Session,
    numbers: &[String],
    format: render::Format,
) -> Result<(), String> {
    if numbers.is_empty() {
        return Ok(());
    }
    if format == render::Format::Svg {
        return Err("--compare draws the laps chart, which a page or a fragment holds; --format svg is the bar chart alone".to_owned());
    }
    qualichart::core::compare::check_named(session, numbers).map_err(|e| format!("--compare: {e}"))
}

/// The session `report` and `render` show: read and checked, at the moment `--at` asks for,
/// with the scope `--class` names.
fn asked_session(
    file: &std::path::Path,
    class: Option<String>,
    reading: &Reading,
    words: &Words,
) -> Result<(Session, Scope), Failure> {
    let fail = |message: String| Failure {
        input: display_name(file),
        message,
    };
    let session = reading.apply(read_session(file).map_err(fail)?, words);
    let scope = checked_scope(&session, class).map_err(fail)?;
    Ok((session, scope))
}

/// Fills every page's markers, all pages before writing any (one bad marker changes no page),
/// then replaces the pages that changed, each in one step.
fn run_prerender(pages: &[PathBuf], root: Option<&std::path::Path>) -> Result<String, Failure> {
    let root = root
        .map(|dir| {
            std::fs::canonicalize(dir)
                .map(|dir| prerender::Root {
                    dir,
                    explicit: true,
                })
                .map_err(|e| Failure {
                    input: dir.display().to_string(),
                    message: format!("--root: cannot open: {}", io_message(&e)),
                })
        })
        .transpose()?;
    let mut filled = Vec::with_capacity(pages.len());
    for page in pages {
        let input = display_name(page);
        let fail = |message: String| Failure {
            input: input.clone(),
            message,
        };
        let cannot_read = |e: io::Error| fail(format!("cannot read: {}", io_message(&e)));
        let (real, dir) = prerender::locate(page).map_err(cannot_read)?;
        let text = std::fs::read_to_string(&real).map_err(cannot_read)?;
        let root = root.clone().unwrap_or_else(|| prerender::Root {
            dir: dir.clone(),
            explicit: false,
        });
        let (new, count) = prerender::fill(&text, |marker| {
            let resolved = prerender::resolve(marker.src, &dir, &root)?;
            let session =
                read_session(&resolved.file).map_err(|e| format!("{}: {e}", marker.src))?;
            checked_compare(&session, &marker.compare, render::Format::Fragment)?;
            let words = Reading {
                lang: marker.lang.clone(),
                ..Reading::default()
            }
            .words();
            let options = render::Options {
                class: marker.class.clone(),
                width: marker.width,
                src: Some(resolved.href),
                compare: marker.compare.clone(),
                colour_by: marker.colour_by,
            };
            Ok(render::render(
                session,
                options,
                render::Format::Fragment,
                &words,
            ))
        })
        .map_err(&fail)?;
        let changed = new != text;
        filled.push((input, real, changed.then_some(new), count));
    }
    let mut report = String::new();
    for (input, real, new, count) in filled {
        if let Some(text) = new {
            write_file(&real, &text).map_err(|failure| Failure {
                input: input.clone(),
                ..failure
            })?;
        }
        report.push_str(&format!("{input}: {count} chart(s) prerendered\n"));
    }
    Ok(report)
}

/// Writes `text` to `out`, or returns it for standard output.
fn write_output(out: Option<&std::path::Path>, text: String) -> Result<String, Failure> {
    match out {
        Some(path) => write_file(path, &text).map(|()| String::new()),
        None => Ok(text),
    }
}

/// Writes a file of the CLI's output: every file it writes comes through here, replaced in one
/// step ([`output::write_atomically`]), so a reader of it never sees half a file.
pub(crate) fn write_file(path: &std::path::Path, text: &str) -> Result<(), Failure> {
    output::write_atomically(path, text).map_err(|e| Failure {
        input: path.display().to_string(),
        message: format!("cannot write: {}", io_message(&e)),
    })
}

/// The scope `--class` asks for: the class, when the session has it; all classes without one.
fn checked_scope(session: &Session, class: Option<String>) -> Result<Scope, String> {
    match class {
        Some(id) if session.class(&id).is_some() => Ok(Scope::Class(id)),
        Some(id) => Err(unknown_class(session, &id)),
        None => Ok(Scope::Overall),
    }
}

fn unknown_class(session: &Session, id: &str) -> String {
    let ids: Vec<String> = session
        .classes
        .iter()
        .map(|c| format!("{:?}", c.id))
        .collect();
    if ids.is_empty() {
        format!("no class {id:?}: the session has no entries")
    } else {
        format!(
            "no class {id:?} in this session (classes: {})",
            ids.join(", ")
        )
    }
}

pub(crate) fn display_name(file: &std::path::Path) -> String {
    if file.as_os_str() == "-" {
        "<stdin>".to_owned()
    } else {
        file.display().to_string()
    }
}

/// Reads and validates a session file (or stdin).
fn read_session(file: &std::path::Path) -> Result<Session, String> {
    parse(&read_input(file)?).map_err(|e| e.to_string())
}

/// The bytes of a file, or of stdin for `-`: at most the size limit, refusing larger input
/// before parsing any of it (a regular file by its size, without reading it).
fn read_input(file: &std::path::Path) -> Result<Vec<u8>, String> {
    if file.as_os_str() == "-" {
        read_limited(io::stdin().lock())
    } else {
        let handle = File::open(file).map_err(|e| format!("cannot open: {}", io_message(&e)))?;
        if let Ok(meta) = handle.metadata() {
            if meta.is_file() && meta.len() > MAX_INPUT_BYTES as u64 {
                let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
                return Err(Error::new(FieldPath::root(), ErrorKind::TooLarge(size)).to_string());
            }
        }
        read_limited(handle)
    }
}

/// Reads up to the limit; past it, counts (without keeping) what is left to name the size.
fn read_limited(mut reader: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let limit = MAX_INPUT_BYTES as u64 + 1;
    (&mut reader)
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", io_message(&e)))?;
    if bytes.len() > MAX_INPUT_BYTES {
        // Bounded: an endless stream is reported at 1 GiB rather than read forever.
        let rest = io::copy(&mut reader.take(1 << 30), &mut io::sink()).unwrap_or(0);
        let size = bytes
            .len()
            .saturating_add(usize::try_from(rest).unwrap_or(usize::MAX));
        return Err(Error::new(FieldPath::root(), ErrorKind::TooLarge(size)).to_string());
    }
    Ok(bytes)
}

/// The OS message without Rust's "(os error N)" suffix.
fn io_message(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Writes the output; a reader that closed the pipe early (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("qualichart: <stdout>: cannot write: {}", io_message(&e));
            ExitCode::from(1)
        }
    }
}

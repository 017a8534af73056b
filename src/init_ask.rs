//! The questions `handbook init` asks when it runs in a terminal and an option is missing: the
//! association's name, its language(s) and its website. Scripts pass `--name`, `--language`,
//! `--languages` and `--website` instead, and are never asked anything (standard input is not a
//! terminal for them).

use std::io::{BufRead, IsTerminal, Write};

use crate::init::InitOptions;

/// `options` completed with the answers, when standard input is a terminal; as is otherwise. An
/// empty answer keeps the starter's default shown in brackets.
pub fn complete(mut options: InitOptions) -> InitOptions {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return options;
    }
    let mut input = stdin.lock();
    let mut ask = |question: &str| -> Option<String> {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "{question} ");
        let _ = err.flush();
        let mut line = String::new();
        match input.read_line(&mut line) {
            Ok(n) if n > 0 => Some(line.trim().to_string()).filter(|s| !s.is_empty()),
            _ => None,
        }
    };
    if options.name.is_none() {
        options.name = ask("Name of the association [keep the example]:");
    }
    if options.language.is_none() && options.languages.is_none() {
        options.language = Some(
            ask("Language of the handbook: fr, en or nl [fr]:").unwrap_or_else(|| "fr".into()),
        );
    }
    if options.languages.is_none() {
        let language = options.language.clone().unwrap_or_else(|| "fr".into());
        if let Some(others) =
            ask("Other languages it is published in, separated by commas (e.g. en, nl) [none]:")
        {
            let mut list = vec![language];
            list.extend(others.split(',').map(|l| l.trim().to_string()));
            options.languages = Some(list);
        }
    }
    if options.website.is_none() {
        options.website = ask("The association's website, e.g. https://example.org/ [none]:");
    }
    options
}

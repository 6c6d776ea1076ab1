//! The command line's help in the UI's language. The about text of every
//! command and the help of every option come from `i18n/`: `cli-about-PATH`
//! (or `cli-about-NAME`) for a command (`cli-about-store-add`), and
//! `cli-arg-PATH-NAME` or, shared by every command with that option,
//! `cli-arg-NAME` (`cli-arg-user`).

use clap::Command;

use crate::fl;
use crate::i18n::LANGUAGE_LOADER;

/// `command` (built, so clap's own `help` and `--version` are there too)
/// with its texts in the UI's language.
pub fn localized(mut command: Command) -> Command {
    command.build();
    localize(command, "")
}

fn message(id: &str) -> Option<String> {
    LANGUAGE_LOADER.has(id).then(|| LANGUAGE_LOADER.get(id))
}

/// The message ids tried for option `arg` of the command at `path`.
pub fn arg_ids(path: &str, arg: &str) -> [String; 2] {
    let arg = arg.replace('_', "-");
    let specific = if path.is_empty() {
        format!("cli-arg-{arg}")
    } else {
        format!("cli-arg-{path}-{arg}")
    };
    [specific, format!("cli-arg-{arg}")]
}

/// The message ids tried for the about text of the command at `path`
/// (clap's own `help` command, at every level, shares one; the commands
/// listed under it, as in `help store add`, are the commands' own).
pub fn about_ids(path: &str) -> Vec<String> {
    let path = match path.strip_prefix("help-") {
        Some(rest) => rest.to_owned(),
        None => path.replacen("-help-", "-", 1),
    };
    if path.is_empty() {
        return vec!["cli-about".to_owned()];
    }
    match path.rsplit_once('-') {
        Some((_, name)) => vec![format!("cli-about-{path}"), format!("cli-about-{name}")],
        None => vec![format!("cli-about-{path}")],
    }
}

/// The path of subcommand `name` of the command at `path` (`store-add`).
fn sub_path(path: &str, name: &str) -> String {
    match path {
        "" => name.to_owned(),
        _ => format!("{path}-{name}"),
    }
}

fn localize(command: Command, path: &str) -> Command {
    let (options, arguments) = (fl!("cli-heading-options"), fl!("cli-heading-arguments"));
    let mut command = command
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            fl!("cli-heading-usage")
        ))
        .subcommand_help_heading(fl!("cli-heading-commands"))
        .long_about(None)
        .mut_args(|arg| {
            let help = arg_ids(path, arg.get_id().as_str())
                .iter()
                .find_map(|id| message(id));
            let heading = if arg.is_positional() {
                &arguments
            } else {
                &options
            };
            let arg = arg.help_heading(heading.clone()).long_help(None);
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        })
        .mut_subcommands(|sub| {
            let path = sub_path(path, sub.get_name());
            localize(sub, &path)
        });
    if let Some(about) = about_ids(path).iter().find_map(|id| message(id)) {
        command = command.about(about);
    }
    command
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Every (path, message id) the command line asks for.
    fn every_text(command: &Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        out.push((path.to_owned(), about_ids(path)));
        for arg in command.get_arguments() {
            let name = arg.get_id().as_str();
            out.push((format!("{path} {name}"), arg_ids(path, name).to_vec()));
        }
        for sub in command.get_subcommands() {
            every_text(sub, &sub_path(path, sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_option_has_its_help_in_english_and_none_is_left_over() {
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut texts = Vec::new();
        every_text(&command, "", &mut texts);
        let english = crate::i18n::loader_for(Some("en"));
        let mut used = std::collections::BTreeSet::new();
        for (what, ids) in &texts {
            let found = ids.iter().find(|id| english.has(id));
            let found = found.unwrap_or_else(|| panic!("no help text for “{what}”: {ids:?}"));
            used.insert(found.clone());
        }
        let ftl = include_str!("../../i18n/en/dirdesk.ftl");
        for line in ftl.lines() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            if id.starts_with("cli-about") || id.starts_with("cli-arg-") {
                assert!(used.contains(id), "“{id}” is not used by any command");
            }
        }
    }

    #[test]
    fn the_help_is_localized_down_to_the_options() {
        let command = localized(crate::cli::Cli::command());
        let add = command
            .find_subcommand("store")
            .and_then(|store| store.find_subcommand("add"))
            .expect("store add");
        let help = add
            .get_arguments()
            .find(|arg| arg.get_id() == "base_dn")
            .and_then(|arg| arg.get_help())
            .map(ToString::to_string);
        assert_eq!(help, Some(fl!("cli-arg-base-dn")));
        assert_eq!(
            add.get_about().map(ToString::to_string),
            Some(fl!("cli-about-store-add"))
        );
    }
}

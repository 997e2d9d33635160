//! `--help` and `protokit help` for every command, and clap's suggestion
//! for a mistyped flag (issue 12, item 6).

use std::process::Stdio;

mod common;

use common::{run as with_input, run_with};

/// Every command and subcommand protokit has.
const COMMANDS: &[&[&str]] = &[
    &["message"],
    &["rdata"],
    &["rdata", "to-wire"],
    &["rdata", "to-text"],
    &["zone"],
    &["zone", "print"],
    &["zone", "verify"],
    &["zone", "digest"],
    &["zone", "sign"],
    &["ds"],
    &["key"],
    &["key", "generate"],
    &["deleg"],
    &["epp"],
    &["epp", "check"],
    &["epp", "print"],
    &["epp", "frame"],
    &["epp", "unframe"],
    &["txt"],
    &["svcb"],
    &["rpp"],
    &["rpp", "from-epp"],
    &["rpp", "to-epp"],
    &["mtl"],
    &["mtl", "verify"],
];

/// Runs protokit with no standard input: (stdout, stderr, exit code).
fn protokit(args: &[&str]) -> (String, String, Option<i32>) {
    let out = run_with(args, Stdio::null());
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.code())
}

#[test]
fn every_command_has_help_with_usage_and_an_example() {
    for cmd in COMMANDS {
        let mut args = cmd.to_vec();
        args.push("--help");
        let (out, err, code) = protokit(&args);
        let name = cmd.join(" ");
        assert_eq!(code, Some(0), "{name}: {err}");
        assert!(out.contains(&format!("Usage: protokit {name}")), "{name}:\n{out}");
        // One line a flag: its help beside it, not below.
        for flag in out.lines().map(str::trim).filter(|l| l.starts_with('-')) {
            assert!(flag.contains("  "), "{name}: {flag}");
        }
        let examples = out.split_once("Example:\n").or_else(|| out.split_once("Examples:\n"));
        let examples = examples.unwrap_or_else(|| panic!("{name}: no examples:\n{out}")).1;
        assert!(examples.replace('\n', " ").contains(&format!("protokit {name} ")), "{name}:\n{out}");
        // `protokit help <cmd>` prints the same help.
        let mut help = vec!["help"];
        help.extend_from_slice(cmd);
        let (same, _, code) = protokit(&help);
        assert_eq!(code, Some(0), "help {name}");
        assert_eq!(same, out, "help {name}");
    }
}

/// The subcommands a help text lists under "Commands:" (without `help`).
fn listed_subcommands(help: &str) -> Vec<String> {
    let Some((_, rest)) = help.split_once("Commands:\n") else {
        return Vec::new();
    };
    rest.lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// `COMMANDS` is the whole tree: every subcommand that any help text lists is
/// in it, so the test above cannot miss a command added later.
#[test]
fn the_command_list_is_the_whole_tree() {
    let mut seen = 0;
    let mut todo: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let (out, err, code) = protokit(&args);
        assert_eq!(code, Some(0), "{path:?}: {err}");
        for sub in listed_subcommands(&out) {
            let mut child = path.clone();
            child.push(sub);
            let listed = COMMANDS.iter().any(|c| c.iter().copied().eq(child.iter().map(String::as_str)));
            assert!(listed, "{child:?} is missing from COMMANDS");
            seen += 1;
            todo.push(child);
        }
    }
    assert_eq!(seen, COMMANDS.len());
}

#[test]
fn protokit_help_zone_lists_print() {
    let (out, _, code) = protokit(&["help", "zone"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("Usage: protokit zone <COMMAND>"), "{out}");
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("print ")
            && l.ends_with("Read a zone file and print it canonically, one record a line")),
        "{out}"
    );
    assert!(out.contains("verify  Verify the DNSSEC signatures"), "{out}");
}

#[test]
fn an_unknown_flag_gets_a_suggestion_and_exit_code_2() {
    let (out, err, code) = protokit(&["zone", "print", "--orign", "x"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(err.contains("unexpected argument '--orign'"), "{err}");
    assert!(err.contains("a similar argument exists: '--origin'"), "{err}");
}

#[test]
fn no_command_prints_usage_on_stderr_and_exits_2() {
    let (out, err, code) = protokit(&[]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(err.contains("Usage: protokit <COMMAND>"), "{err}");
    for cmd in ["message", "rdata", "zone", "deleg", "epp", "txt", "svcb"] {
        assert!(err.contains(&format!("\n  {cmd} ")), "{cmd}: {err}");
    }
    let (out, _, code) = protokit(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("Usage: protokit <COMMAND>"), "{out}");
}

/// Splits an example line as a shell would for the quoting the examples
/// use: words, and single-quoted words.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The examples of `deleg` and `svcb` need no files: each runs and exits 0.
#[test]
fn the_argument_only_examples_run() {
    for cmd in ["deleg", "svcb"] {
        let (help, _, _) = protokit(&[cmd, "--help"]);
        let examples: Vec<Vec<String>> = help
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("protokit ") && !l.contains('<'))
            .map(|l| words(l).split_off(1))
            .collect();
        assert!(examples.len() >= 3, "{help}");
        for args in examples {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (out, err, code) = protokit(&args);
            assert_eq!(code, Some(0), "{args:?}: {out}{err}");
        }
    }
}

/// The `rdata` examples print what their help says they print.
#[test]
fn the_rdata_examples_print_what_the_help_says() {
    for dir in ["to-wire", "to-text"] {
        let (help, _, _) = protokit(&["rdata", dir, "--help"]);
        let lines: Vec<&str> = help.lines().map(str::trim).collect();
        let at = lines.iter().position(|l| l.starts_with("printf '")).expect(dir);
        let input = lines[at].strip_prefix("printf '").unwrap().split('\'').next().unwrap();
        let input = input.replace("\\t", "\t").replace("\\n", "\n");
        let expected = lines[at + 1].strip_prefix("prints ").expect(dir);
        let out = with_input(&["rdata", dir], input.as_bytes());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{expected}\n"), "{dir}");
    }
}

//! The protokit cookbook: five runnable recipes, one file each in
//! `examples/cookbook/examples/`, each run and checked by
//! `tests/recipes.rs`. See the README for the list and the commands.
//!
//! This library holds no code of its own; it exists so that Cargo builds
//! the recipes, and so that the code blocks of the workspace README are
//! compiled and run as doctests (`cargo test -p protokit-cookbook --doc`).

#![forbid(unsafe_code)]

/// The workspace README, whose Rust examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct WorkspaceReadme;

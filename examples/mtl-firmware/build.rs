//! Puts `memory.x` where the cortex-m-rt linker script finds it.

use std::io;
use std::path::PathBuf;

fn main() -> io::Result<()> {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or_else(|| io::Error::other("cargo sets OUT_DIR"))?);
    std::fs::copy("memory.x", out.join("memory.x"))?;
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    Ok(())
}

//! Rebuilds kb when the embedded default theme changes (include_dir cannot tell cargo itself).
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}

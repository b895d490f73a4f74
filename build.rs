//! Embeds the static files (CSS, images) in the binary, compressed and content-hashed, and
//! rebuilds when they or the message files change.

fn main() {
    memory_serve::load_directory("./static");
    // The Fluent messages are read by a macro at compile time.
    println!("cargo:rerun-if-changed=locales");
}

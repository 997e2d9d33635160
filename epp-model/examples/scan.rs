//! Parses every file named on the command line and prints the summary or
//! the error; a quick look at what the model makes of a set of documents.
//!
//! `cargo run -p epp-model --example scan -- FILE...`

fn main() {
    for f in std::env::args().skip(1) {
        let bytes = match std::fs::read(&f) {
            Ok(b) => b,
            Err(e) => {
                println!("{f}: cannot read: {e}");
                continue;
            }
        };
        match epp_model::parse(&bytes) {
            Ok(doc) => {
                let out = doc.to_xml();
                let again = epp_model::parse(&out).map(|d| d == doc);
                println!("{f}: ok {} (round trip: {:?})", doc.summary(), again);
            }
            Err(e) => println!("{f}: error: {e}"),
        }
    }
}

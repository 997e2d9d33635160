//! `IntoOwned`: every accepted example of `tests/data/examples` (and of
//! `tests/data/ext`) gives an owned document equal to the borrowed one,
//! writing the same XML, and alive after the input is dropped.

use epp_model::{Document, IntoOwned};

fn accepted(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/tests/data/{dir}", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "xml") {
            let bytes = std::fs::read(&path).unwrap();
            if epp_model::parse(&bytes).is_ok() {
                out.push((path.display().to_string(), bytes));
            }
        }
    }
    out
}

#[test]
fn owned_documents_equal_the_borrowed_ones_and_write_the_same_xml() {
    let mut n = 0;
    for dir in ["examples", "ext"] {
        for (name, bytes) in accepted(dir) {
            let doc = epp_model::parse(&bytes).unwrap();
            let owned: Document<'static> = doc.clone().into_owned();
            assert_eq!(owned, doc, "{name}");
            assert_eq!(owned.to_xml(), doc.to_xml(), "{name}");
            n += 1;
        }
    }
    assert!(n > 100, "only {n} documents");
}

#[test]
fn owned_document_outlives_its_input() {
    // RFC 5730 s.2.6 example with a <value> whose prefix is declared on an
    // enclosing element: the owned raw XML carries the declaration itself.
    let owned: Document<'static> = {
        let input = String::from(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0" xmlns:obj="urn:ietf:params:xml:ns:obj"><response>
  <result code="2004"><msg>Parameter value range error</msg><value><obj:elem1>2525</obj:elem1></value></result>
  <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#,
        );
        epp_model::parse(input.as_bytes()).unwrap().into_owned()
    };
    let r = owned.as_response().unwrap();
    let epp_model::response::ResultValue::Value(v) = &r.results[0].values[0] else { panic!("a value") };
    assert_eq!(v.as_written(), r#"<obj:elem1 xmlns:obj="urn:ietf:params:xml:ns:obj">2525</obj:elem1>"#);
    assert_eq!(v.inherited_namespaces().count(), 0);
    let written = owned.to_xml();
    let again = epp_model::parse(&written).unwrap();
    assert_eq!(again, owned);
}

//! Hostile documents are refused, early, with bounded work and memory:
//! entity expansion, external entities, deep nesting, huge and truncated
//! frames, wrong namespaces.

use epp_model::ErrorKind;
use epp_model::frame::{FrameCodec, FrameError};
use epp_model::xml::{Limit, Limits, XmlError};

fn kind(doc: &[u8]) -> ErrorKind {
    epp_model::parse(doc).expect_err("refused").kind()
}

#[test]
fn billion_laughs_is_refused_at_the_doctype() {
    let mut doc = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        doc.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&lol{};", i - 1).repeat(10)));
    }
    doc.push_str("]>\n<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">&lol9;</epp>");
    assert_eq!(kind(doc.as_bytes()), ErrorKind::Xml(XmlError::Doctype { at: 22 }));
}

#[test]
fn external_entities_are_refused() {
    let xxe = br#"<?xml version="1.0"?><!DOCTYPE epp [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><epp xmlns="urn:ietf:params:xml:ns:epp-1.0">&xxe;</epp>"#;
    assert!(matches!(kind(xxe), ErrorKind::Xml(XmlError::Doctype { .. })));
    // An entity reference with no DTD at all.
    let e = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello>&xxe;</hello></epp>"#).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::EntityReference { .. })));
    assert_eq!(e.path(), "/epp/hello");
    // Parameter entities and other declarations outside a DOCTYPE.
    assert!(matches!(kind(b"<!ENTITY % p SYSTEM 'x'><epp/>"), ErrorKind::Xml(XmlError::Doctype { .. })));
}

#[test]
fn processing_instructions_are_refused() {
    let e =
        epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><?xml-stylesheet href="x"?><hello/></epp>"#)
            .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::ProcessingInstruction { .. })));
    assert_eq!(e.path(), "/epp");
}

#[test]
fn deep_nesting_stops_at_the_depth_limit() {
    let doc = format!(
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">{}{}</epp>",
        "<a>".repeat(10_000),
        "</a>".repeat(10_000)
    );
    let e = epp_model::parse(doc.as_bytes()).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::Depth, .. })));
    // The path names the element at fault: 64 levels, no more.
    assert_eq!(e.path().matches('/').count(), 64);
    // Unclosed deep nesting too.
    let doc = "<a>".repeat(10_000);
    assert!(matches!(kind(doc.as_bytes()), ErrorKind::Xml(XmlError::Limit { limit: Limit::Depth, .. })));
}

#[test]
fn element_attribute_text_and_size_limits() {
    let many = format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">{}</epp>", "<b/>".repeat(20_000));
    assert!(matches!(kind(many.as_bytes()), ErrorKind::Xml(XmlError::Limit { limit: Limit::Elements, .. })));
    let attrs: String = (0..100).map(|i| format!(" a{i}='x'")).collect();
    let doc = format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"{attrs}/>");
    assert!(matches!(kind(doc.as_bytes()), ErrorKind::Xml(XmlError::Limit { limit: Limit::Attributes, .. })));
    let small = Limits::default().with_max_text_len(100);
    let doc = format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello>{}</hello></epp>", "x".repeat(1000));
    let e = epp_model::parse_with(doc.as_bytes(), &small).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::TextLength, .. })));
    // A 100 MB document is refused before it is looked at.
    let huge = vec![b' '; 100 << 20];
    assert!(matches!(kind(&huge), ErrorKind::Xml(XmlError::Limit { limit: Limit::DocumentLength, .. })));
    // Namespace declarations are bounded too.
    let decls: String = (0..30).map(|i| format!(" xmlns:p{i}='urn:x:{i}'")).collect();
    let doc = format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">{}</epp>", format!("<b{decls}/>").repeat(20));
    assert!(matches!(kind(doc.as_bytes()), ErrorKind::Xml(XmlError::Limit { limit: Limit::Namespaces, .. })));
}

#[test]
fn huge_and_truncated_frames() {
    let codec = FrameCodec::default();
    // A 100 MB frame is refused from its 4-byte header, before any payload.
    let header = (100u32 << 20).to_be_bytes();
    assert_eq!(codec.decode(&header), Err(FrameError::TooLong { len: 100 << 20, max: codec.max_frame_len() }));
    // Lengths that do not count the header, or are empty.
    for len in 0..5u32 {
        assert_eq!(codec.decode(&len.to_be_bytes()), Err(FrameError::TooShort { len }));
    }
    // Truncated at every offset: "need more", and an error at end of stream.
    let mut frame = Vec::new();
    codec.encode(b"<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>", &mut frame).unwrap();
    for cut in 1..frame.len() {
        assert_eq!(codec.decode(&frame[..cut]), Ok(None));
        assert!(matches!(codec.decode_eof(&frame[..cut]), Err(FrameError::Truncated { .. })));
    }
    // A whole frame whose document is truncated.
    let doc = b"<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/>";
    let mut f = Vec::new();
    codec.encode(doc, &mut f).unwrap();
    let (payload, _) = codec.decode(&f).unwrap().unwrap();
    assert!(matches!(kind(payload), ErrorKind::Xml(XmlError::Truncated { .. })));
}

#[test]
fn wrong_namespaces_are_refused() {
    // No namespace, or another version of EPP.
    assert_eq!(kind(b"<epp><hello/></epp>"), ErrorKind::NotEpp);
    assert_eq!(kind(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-0.4"><hello/></epp>"#), ErrorKind::NotEpp);
    // An EPP element in a mapping's namespace.
    let e = epp_model::parse(
        br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
        <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><name>example.com</name></domain:check>
        </check></command></epp>"#,
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "/epp/command/check/domain:check/name: unexpected element, expected <name>");
    // A mapping element under another verb.
    let e = epp_model::parse(
        br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
        <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:info>
        </check></command></epp>"#,
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "/epp/command/check/domain:info: unexpected element");
    // An undeclared prefix.
    let e = epp_model::parse(
        br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check/></check></command></epp>"#,
    )
    .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Namespace { .. })));
    assert_eq!(e.path(), "/epp/command/check");
}

#[test]
fn errors_name_the_element_at_fault() {
    let e = epp_model::parse(
        br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response><result code="1234"><msg>x</msg></result>
        <trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "/epp/response/result/@code: value \"1234\" breaks the enumeration facet of epp:resultCodeType"
    );
    let e = epp_model::parse(
        br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><poll op="req" x="1"/></command></epp>"#,
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "/epp/command/poll/@x: unexpected attribute");
}

/// Defect 9: literal U+FFFE and U+FFFF (not XML `Char`s, XML 1.0 s.2.2)
/// and `]]>` in character data (s.2.4) were accepted. They are refused
/// with the offset of the fault, wherever they are.
#[test]
fn defect9_non_characters_and_cdata_end_in_text_refused() {
    let hello = |inner: &str| format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello>{inner}</hello></epp>");
    let at = |doc: &str, what: &str| doc.find(what).unwrap();
    for nc in ["\u{FFFE}", "\u{FFFF}"] {
        // In text, an attribute value, a comment, a CDATA section, a name.
        for doc in [
            hello(&format!("ab{nc}")),
            format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\" a=\"x{nc}\"><hello/></epp>"),
            format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><!-- {nc} --><hello/></epp>"),
            hello(&format!("<![CDATA[{nc}]]>")),
            format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><h{nc}/></epp>"),
            format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><{nc}h/></epp>"),
            format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\" x{nc}=\"1\"><hello/></epp>"),
        ] {
            assert_eq!(kind(doc.as_bytes()), ErrorKind::Xml(XmlError::InvalidChar { at: at(&doc, nc) }), "{doc}");
        }
    }
    // Their character references were refused already; U+FFFD and the
    // other characters of the 0xEF lead byte are fine.
    assert!(matches!(kind(hello("&#xFFFE;").as_bytes()), ErrorKind::Xml(XmlError::CharReference { .. })));
    let ok = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result code=\"1000\"><msg>\u{FFFD}\u{FF01}\u{F000}</msg>\
              </result><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>";
    assert!(epp_model::parse(ok.as_bytes()).is_ok());
    // `]]>` in character data, also after a reference; `]]&gt;`, `]>`, a
    // lone `>` and `]]>` in an attribute value are fine.
    for inner in ["a]]>b", "&amp;]]>"] {
        let doc = hello(inner);
        let e = epp_model::parse(doc.as_bytes()).unwrap_err();
        assert_eq!(
            e.kind(),
            ErrorKind::Xml(XmlError::Syntax { at: at(&doc, "]]>"), expected: "no `]]>` in character data" })
        );
        assert_eq!(e.path(), "/epp/hello");
    }
    for inner in ["a]]&gt;b", "a]>b", "a>b", "]]<!---->>"] {
        let doc = format!(
            "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result code=\"1000\"><msg>{inner}</msg>\
             </result><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"
        );
        assert!(epp_model::parse(doc.as_bytes()).is_ok(), "{inner}");
    }
    // (The XML layer takes it; the model refuses the attribute itself.)
    let doc = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\" a=\"]]>\"><hello/></epp>";
    assert_eq!(epp_model::parse(doc.as_bytes()).unwrap_err().to_string(), "/epp/@a: unexpected attribute");
}

/// Duplicate attributes (same qualified name, same expanded name, the
/// same prefix declared twice) are refused at the first repeat, also with
/// many attributes on one element: the check sorts instead of comparing
/// every pair.
#[test]
fn duplicate_attributes_refused_at_the_first_repeat() {
    let doc = |attrs: &str| format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello {attrs}/></epp>");
    for (attrs, repeat) in [
        ("a='1' b='2' a='3'", "a='3'"),
        ("xmlns:p='urn:p' xmlns:q='urn:p' p:a='1' q:a='2'", "q:a"),
        ("xmlns:p='urn:p' xmlns:p='urn:q'", "xmlns:p='urn:q'"),
        ("b='0' a='1' c='3' b='2' a='4'", "b='2'"),
    ] {
        let d = doc(attrs);
        let e = epp_model::parse(d.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Xml(XmlError::DuplicateAttribute { at: d.find(repeat).unwrap() }), "{attrs}");
        // Faults in a start tag name the element it opens in.
        assert_eq!(e.path(), "/epp");
    }
    // Different namespaces, or a prefixed and an unprefixed name: fine for
    // XML (the model then refuses the attributes of <hello> themselves).
    let d = doc("xmlns:p='urn:p' xmlns:q='urn:q' p:a='1' q:a='2' a='3'");
    assert_eq!(epp_model::parse(d.as_bytes()).unwrap_err().to_string(), "/epp/hello/@a: unexpected attribute");
    // 20,000 distinct attributes with a raised limit, then one repeat.
    let many: String = (0..20_000).map(|i| format!(" a{i}='x'")).collect();
    let d = format!("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello{many} a7='y'/></epp>");
    let limits = Limits::default().with_max_attributes(30_000);
    let e = epp_model::parse_with(d.as_bytes(), &limits).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Xml(XmlError::DuplicateAttribute { at: d.find(" a7='y'").unwrap() + 1 }));
}

/// Many long namespace prefixes and URIs, equal but for their last
/// character: each resolves to its own declaration (prefixes and URIs are
/// compared by fingerprint first, then in full), scopes nest and end
/// where they should, and kept XML carries the right declarations.
#[test]
fn many_long_namespace_declarations_resolve_in_scope() {
    let n = 200;
    let prefix = |i: usize| format!("{}{i:03}", "p".repeat(2000));
    let uri = |i: usize| format!("urn:{}:{i:03}", "u".repeat(2000));
    let decls: String = (0..n).map(|i| format!(" xmlns:{}=\"{}\"", prefix(i), uri(i))).collect();
    // `a` redeclares prefix 3 to URI 5 for itself; after it,
    // prefix 3 is URI 3 again.
    let doc = format!(
        "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"{decls}><extension><{p3}:a xmlns:{p3}=\"{u5}\"/><{p3}:b/>\
         <{p199}:c/></extension></epp>",
        p3 = prefix(3),
        u5 = uri(5),
        p199 = prefix(199)
    );
    let limits = Limits::default().with_max_namespaces(1000).with_max_attributes(1000);
    let epp_model::Document::Extension(e) = epp_model::parse_with(doc.as_bytes(), &limits).unwrap() else { panic!() };
    let ns = |i: usize| match &e[i] {
        epp_model::ext::Extension::Other(raw) => {
            raw.inherited_namespaces().map(|(p, u)| (p.to_string(), u.to_string())).collect::<Vec<_>>()
        }
        _ => panic!(),
    };
    assert_eq!(ns(0), []);
    assert_eq!(ns(1), [(prefix(3), uri(3))]);
    assert_eq!(ns(2), [(prefix(199), uri(199))]);
}

/// Names with other characters led by the octet 0xEF (here U+FF21,
/// fullwidth A, a valid `NameChar`) still read: only U+FFFE and U+FFFF
/// are refused.
#[test]
fn names_with_other_0xef_characters_still_read() {
    let doc = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><extension><x:\u{FF21}b\u{FF21} xmlns:x=\"urn:x\"/></extension></epp>";
    let parsed = epp_model::parse(doc.as_bytes()).unwrap();
    assert_eq!(parsed.summary(), "extension +other");
}

//! The facets of the mapped schemas' simple types (epp-1.0, eppcom-1.0,
//! domain/host/contact-1.0, secDNS-1.1, launch-1.0, ttl-1.0, deleg-0.01,
//! Verisign balance-1.0): one value breaking each facet is refused with
//! an error naming the element (or attribute) path, the value and the
//! facet; values at the bounds pass. Values are as `xmllint --schema`
//! judges them (lengths in characters after whitespace collapsing).

use epp_model::xml::Limits;
use epp_model::{Document, ErrorKind, Facet};

const EPP: &str = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">"#;

fn command(body: &str) -> String {
    format!("{EPP}<command>{body}<clTRID>ABC-12345</clTRID></command></epp>")
}

fn response(res_data: &str, ext: &str) -> String {
    format!(
        "{EPP}<response><result code=\"1000\"><msg>Command completed successfully</msg></result>\
         {res_data}{ext}<trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"
    )
}

fn domain_info_data(roid: &str, cl_id: &str) -> String {
    format!(
        "<resData><domain:infData xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">\
         <domain:name>example.com</domain:name><domain:roid>{roid}</domain:roid>\
         <domain:clID>{cl_id}</domain:clID></domain:infData></resData>"
    )
}

fn contact_info(id: &str) -> String {
    command(&format!(
        "<info><contact:info xmlns:contact=\"urn:ietf:params:xml:ns:contact-1.0\"><contact:id>{id}</contact:id>\
         </contact:info></info>"
    ))
}

fn domain_check(name: &str) -> String {
    command(&format!(
        "<check><domain:check xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\"><domain:name>{name}</domain:name>\
         </domain:check></check>"
    ))
}

fn refused(doc: &str) -> epp_model::Error {
    epp_model::parse(doc.as_bytes()).expect_err("refused")
}

fn facet_of(e: &epp_model::Error) -> (&'static str, Facet) {
    match e.kind() {
        ErrorKind::Facet { ty, facet } => (ty, facet),
        k => panic!("not a facet error: {k:?} ({e})"),
    }
}

/// Defect 9: a `domain:name` of 40,000 characters was accepted;
/// `eppcom:labelType` allows 255. The error names the element, the value
/// (cut to 64 characters) and the facet.
#[test]
fn defect9_domain_name_over_255_characters_refused() {
    let long = format!("{}.com", "a".repeat(40_000));
    let e = refused(&domain_check(&long));
    assert_eq!(e.path(), "/epp/command/check/domain:check/domain:name");
    assert_eq!(facet_of(&e), ("eppcom:labelType", Facet::MaxLength(255)));
    assert_eq!(e.value(), Some(format!("{}…", "a".repeat(64)).as_str()));
    assert_eq!(
        e.to_string(),
        format!(
            "/epp/command/check/domain:check/domain:name: value \"{}…\" breaks the maxLength 255 facet of eppcom:labelType",
            "a".repeat(64)
        )
    );
    // 255 characters (not octets) pass; 256 do not.
    let at_limit = format!("{}.com", "ä".repeat(251));
    assert!(epp_model::parse(domain_check(&at_limit).as_bytes()).is_ok());
    let over = format!("{}.com", "ä".repeat(252));
    assert_eq!(facet_of(&refused(&domain_check(&over))), ("eppcom:labelType", Facet::MaxLength(255)));
    // Empty is below minLength 1.
    assert_eq!(facet_of(&refused(&domain_check(""))), ("eppcom:labelType", Facet::MinLength(1)));
}

/// A `roid` must match `(\w|_){1,80}-\w{1,8}`, a contact id have 3 to 16
/// characters (`eppcom:clIDType`): real registry documents that xmllint
/// refuses were accepted.
#[test]
fn roid_pattern_and_clid_length_enforced() {
    for roid in ["EXAMPLE1", "EXAMPLE1-", "-REP", "EX AMPLE-REP", "EXAMPLE.1-REP", "A-B-C", "EXAMPLE1-REPOSITORY"] {
        let e = refused(&response(&domain_info_data(roid, "ClientX"), ""));
        assert_eq!(e.path(), "/epp/response/resData/domain:infData/domain:roid", "{roid}");
        assert_eq!(facet_of(&e), ("eppcom:roidType", Facet::Pattern("(\\w|_){1,80}-\\w{1,8}")), "{roid}");
        assert_eq!(e.value(), Some(roid));
    }
    for roid in ["EXAMPLE1-REP", "_1-X", "ÉTÉ_2024-ÅÄ", "D$+1-R^"] {
        assert!(epp_model::parse(response(&domain_info_data(roid, "ClientX"), "").as_bytes()).is_ok(), "{roid}");
    }
    let e = refused(&contact_info("sh8013-and-so-on18"));
    assert_eq!(e.path(), "/epp/command/info/contact:info/contact:id");
    assert_eq!(facet_of(&e), ("eppcom:clIDType", Facet::MaxLength(16)));
    assert_eq!(
        e.to_string(),
        "/epp/command/info/contact:info/contact:id: value \"sh8013-and-so-on18\" breaks the maxLength 16 facet of eppcom:clIDType"
    );
    assert_eq!(facet_of(&refused(&contact_info("ab"))), ("eppcom:clIDType", Facet::MinLength(3)));
    // Inner whitespace collapses to one character: "a  b" is 3 long.
    assert!(epp_model::parse(contact_info("a  \t b").as_bytes()).is_ok());
    assert!(epp_model::parse(contact_info(&"x".repeat(16)).as_bytes()).is_ok());
    // The sponsoring client of a response, too.
    let e = refused(&response(&domain_info_data("EXAMPLE1-REP", "ClientXYZ-has-17c"), ""));
    assert_eq!(e.path(), "/epp/response/resData/domain:infData/domain:clID");
}

/// The parser accepts facet violations in responses when asked
/// (`Limits::lenient_response_facets`), never in commands; off by default.
#[test]
fn lenient_response_facets_accept_out_of_pattern_responses_only() {
    let lenient = Limits::default().with_lenient_response_facets(true);
    assert!(!Limits::default().lenient_response_facets);
    let doc = response(&domain_info_data("EXAMPLE1", "ClientXYZ-has-17c"), "");
    assert!(epp_model::parse(doc.as_bytes()).is_err());
    let Document::Response(r) = epp_model::parse_with(doc.as_bytes(), &lenient).unwrap() else { panic!() };
    let epp_model::response::ResData::Domain(epp_model::domain::DomainResData::Inf(i)) = &r.res_data[0] else {
        panic!()
    };
    assert_eq!((i.roid.as_ref(), i.cl_id.as_ref()), ("EXAMPLE1", "ClientXYZ-has-17c"));
    // Only facets: structure and enumerations are still checked.
    let bad_status = response(
        "<resData><domain:infData xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">\
         <domain:name>example.com</domain:name><domain:roid>X</domain:roid><domain:status s=\"nonsense\"/>\
         <domain:clID>ClientX</domain:clID></domain:infData></resData>",
        "",
    );
    let e = epp_model::parse_with(bad_status.as_bytes(), &lenient).unwrap_err();
    assert_eq!(
        e.to_string(),
        "/epp/response/resData/domain:infData/domain:status/@s: value \"nonsense\" breaks the enumeration facet of domain:statusValueType"
    );
    // A command is checked whatever the option says.
    let e = epp_model::parse_with(contact_info("sh8013-and-so-on18").as_bytes(), &lenient).unwrap_err();
    assert_eq!(facet_of(&e), ("eppcom:clIDType", Facet::MaxLength(16)));
}

/// `<poll op="req" msgID="...">` is schema-valid (`epp:pollType` allows
/// `msgID` with either operation): accepted and kept, not refused.
#[test]
fn poll_request_with_msg_id_accepted() {
    use epp_model::command::{CommandKind, Poll};
    let doc = command(r#"<poll op="req" msgID="12345"/>"#);
    let parsed = epp_model::parse(doc.as_bytes()).unwrap();
    let Document::Command(c) = &parsed else { panic!() };
    assert_eq!(c.kind, CommandKind::Poll(Poll::RequestWithMsgId { msg_id: "12345".into() }));
    assert_eq!(parsed.summary(), "command poll req");
    let out = parsed.to_xml();
    assert!(String::from_utf8_lossy(&out).contains(r#"<poll op="req" msgID="12345"/>"#));
    assert_eq!(epp_model::parse(&out).unwrap(), parsed);
}

/// One value breaking each facet of the mapped schemas, with the element
/// or attribute path and the facet in the error.
#[test]
fn every_mapped_facet_is_enforced() {
    let dom = r#"xmlns:domain="urn:ietf:params:xml:ns:domain-1.0""#;
    let host = r#"xmlns:host="urn:ietf:params:xml:ns:host-1.0""#;
    let contact = r#"xmlns:contact="urn:ietf:params:xml:ns:contact-1.0""#;
    let sec = r#"xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1""#;
    let launch = r#"xmlns:launch="urn:ietf:params:xml:ns:launch-1.0""#;
    let ttl = r#"xmlns:ttl="urn:ietf:params:xml:ns:epp:ttl-1.0""#;
    let deleg = r#"xmlns:deleg="urn:ietf:params:xml:ns:epp:deleg-0.01""#;
    let bal = r#"xmlns:balance="http://www.verisign.com/epp/balance-1.0""#;
    let postal = |name: &str, city: &str, pc: &str, cc: &str, voice: &str, email: &str| {
        command(&format!(
            "<create><contact:create {contact}><contact:id>sh8013</contact:id>\
             <contact:postalInfo type=\"int\"><contact:name>{name}</contact:name><contact:addr>\
             <contact:street>123 Example Dr.</contact:street><contact:city>{city}</contact:city>\
             <contact:pc>{pc}</contact:pc><contact:cc>{cc}</contact:cc></contact:addr></contact:postalInfo>\
             <contact:voice>{voice}</contact:voice><contact:email>{email}</contact:email>\
             <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo></contact:create></create>"
        ))
    };
    let domain_create = |period: &str, registrant: &str, pw_roid: &str| {
        command(&format!(
            "<create><domain:create {dom}><domain:name>example.com</domain:name>\
             <domain:period unit=\"y\">{period}</domain:period><domain:registrant>{registrant}</domain:registrant>\
             <domain:authInfo><domain:pw{pw_roid}>2fooBAR</domain:pw></domain:authInfo></domain:create></create>"
        ))
    };
    let login = |cl_id: &str, pw: &str, version: &str| {
        command(&format!(
            "<login><clID>{cl_id}</clID><pw>{pw}</pw><options><version>{version}</version><lang>en</lang></options>\
             <svcs><objURI>urn:ietf:params:xml:ns:domain-1.0</objURI></svcs></login>"
        ))
    };
    let secdns = |inner: &str| {
        command(&format!(
            "<update><domain:update {dom}><domain:name>example.com</domain:name></domain:update></update>\
             <extension><secDNS:update {sec}>{inner}</secDNS:update></extension>"
        ))
    };
    let x = "x".repeat(256);
    let cases: Vec<(String, &str, &str, Facet)> = vec![
        // epp-1.0
        (
            format!("{EPP}<command><logout/><clTRID>AB</clTRID></command></epp>"),
            "/epp/command/clTRID",
            "epp:trIDStringType",
            Facet::MinLength(3),
        ),
        (login("ClientX", "short", "1.0"), "/epp/command/login/pw", "epp:pwType", Facet::MinLength(6)),
        (
            login("ClientX", "foo-BAR2", "1.x"),
            "/epp/command/login/options/version",
            "epp:versionType",
            Facet::Pattern("[1-9]+\\.[0-9]+"),
        ),
        (login("CX", "foo-BAR2", "1.0"), "/epp/command/login/clID", "eppcom:clIDType", Facet::MinLength(3)),
        (
            login("ClientX", "foo-BAR2", "2.0"),
            "/epp/command/login/options/version",
            "epp:versionType",
            Facet::Enumeration,
        ),
        (
            format!(
                "{EPP}<greeting><svID>X</svID><svDate>2000-06-08T22:00:00.0Z</svDate><svcMenu><version>1.0</version>\
                 <lang>en</lang><objURI>urn:ietf:params:xml:ns:obj1</objURI></svcMenu><dcp><access><all/></access>\
                 <statement><purpose><admin/></purpose><recipient><ours/><public/></recipient><retention><stated/>\
                 </retention></statement></dcp></greeting></epp>"
            ),
            "/epp/greeting/svID",
            "epp:sIDType",
            Facet::MinLength(3),
        ),
        (
            format!(
                "{EPP}<response><result code=\"1000\"><msg>ok</msg></result><msgQ count=\"1\" id=\" \"/>\
                 <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"
            ),
            "/epp/response/msgQ/@id",
            "eppcom:minTokenType",
            Facet::MinLength(1),
        ),
        (
            format!(
                "{EPP}<response><result code=\"1000\"><msg lang=\"en_US\">ok</msg></result>\
                 <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"
            ),
            "/epp/response/result/msg/@lang",
            "language",
            Facet::Pattern("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"),
        ),
        // eppcom-1.0, domain-1.0
        (
            domain_create("100", "jd1234", ""),
            "/epp/command/create/domain:create/domain:period",
            "domain:pLimitType",
            Facet::MaxInclusive(99),
        ),
        (
            domain_create("0", "jd1234", ""),
            "/epp/command/create/domain:create/domain:period",
            "domain:pLimitType",
            Facet::MinInclusive(1),
        ),
        (
            domain_create("1", "j", ""),
            "/epp/command/create/domain:create/domain:registrant",
            "eppcom:clIDType",
            Facet::MinLength(3),
        ),
        (
            domain_create("1", "jd1234", " roid=\"SH8013\""),
            "/epp/command/create/domain:create/domain:authInfo/domain:pw/@roid",
            "eppcom:roidType",
            Facet::Pattern("(\\w|_){1,80}-\\w{1,8}"),
        ),
        (
            command(&format!(
                "<update><domain:update {dom}><domain:name>example.com</domain:name><domain:chg>\
                 <domain:registrant>{}</domain:registrant></domain:chg></domain:update></update>",
                "r".repeat(17)
            )),
            "/epp/command/update/domain:update/domain:chg/domain:registrant",
            "domain:clIDChgType",
            Facet::MaxLength(16),
        ),
        (
            command(&format!(
                "<create><domain:create {dom}><domain:name>example.com</domain:name><domain:ns>\
                 <domain:hostObj>{x}</domain:hostObj></domain:ns><domain:authInfo><domain:pw>2fooBAR</domain:pw>\
                 </domain:authInfo></domain:create></create>"
            )),
            "/epp/command/create/domain:create/domain:ns/domain:hostObj",
            "eppcom:labelType",
            Facet::MaxLength(255),
        ),
        (
            response(
                &format!(
                    "<resData><domain:chkData {dom}><domain:cd><domain:name avail=\"0\">example.com</domain:name>\
                     <domain:reason>{}</domain:reason></domain:cd></domain:chkData></resData>",
                    "r".repeat(33)
                ),
                "",
            ),
            "/epp/response/resData/domain:chkData/domain:cd/domain:reason",
            "eppcom:reasonBaseType",
            Facet::MaxLength(32),
        ),
        (
            command(&format!(
                "<renew><domain:renew {dom}><domain:name>example.com</domain:name>\
                 <domain:curExpDate>2000-04-31</domain:curExpDate></domain:renew></renew>"
            )),
            "/epp/command/renew/domain:renew/domain:curExpDate",
            "date",
            Facet::LexicalSpace,
        ),
        // host-1.0
        (
            command(&format!(
                "<create><host:create {host}><host:name>ns1.example.com</host:name>\
                 <host:addr ip=\"v4\">12</host:addr></host:create></create>"
            )),
            "/epp/command/create/host:create/host:addr",
            "host:addrStringType",
            Facet::MinLength(3),
        ),
        // contact-1.0
        (
            postal("", "Dulles", "20166", "US", "+1.7035555555", "a@b"),
            "/epp/command/create/contact:create/contact:postalInfo/contact:name",
            "contact:postalLineType",
            Facet::MinLength(1),
        ),
        (
            postal("J", &x, "20166", "US", "+1.7035555555", "a@b"),
            "/epp/command/create/contact:create/contact:postalInfo/contact:addr/contact:city",
            "contact:postalLineType",
            Facet::MaxLength(255),
        ),
        (
            postal("J", "Dulles", "20166-1234-5678-9", "US", "+1.7035555555", "a@b"),
            "/epp/command/create/contact:create/contact:postalInfo/contact:addr/contact:pc",
            "contact:pcType",
            Facet::MaxLength(16),
        ),
        (
            postal("J", "Dulles", "20166", "USA", "+1.7035555555", "a@b"),
            "/epp/command/create/contact:create/contact:postalInfo/contact:addr/contact:cc",
            "contact:ccType",
            Facet::Length(2),
        ),
        (
            postal("J", "Dulles", "20166", "US", "703.5555555", "a@b"),
            "/epp/command/create/contact:create/contact:voice",
            "contact:e164StringType",
            Facet::Pattern("(\\+[0-9]{1,3}\\.[0-9]{1,14})?"),
        ),
        (
            postal("J", "Dulles", "20166", "US", "+1.7035555555", ""),
            "/epp/command/create/contact:create/contact:email",
            "eppcom:minTokenType",
            Facet::MinLength(1),
        ),
        (
            response(
                &format!(
                    "<resData><contact:creData {contact}><contact:id>sh8013</contact:id>\
                     <contact:crDate>yesterday</contact:crDate></contact:creData></resData>"
                ),
                "",
            ),
            "/epp/response/resData/contact:creData/contact:crDate",
            "dateTime",
            Facet::LexicalSpace,
        ),
        // secDNS-1.1
        (
            secdns("<secDNS:chg><secDNS:maxSigLife>0</secDNS:maxSigLife></secDNS:chg>"),
            "/epp/command/extension/secDNS:update/secDNS:chg/secDNS:maxSigLife",
            "secDNS:maxSigLifeType",
            Facet::MinInclusive(1),
        ),
        (
            secdns(
                "<secDNS:add><secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>\
                 <secDNS:alg>8</secDNS:alg><secDNS:pubKey></secDNS:pubKey></secDNS:keyData></secDNS:add>",
            ),
            "/epp/command/extension/secDNS:update/secDNS:add/secDNS:keyData/secDNS:pubKey",
            "secDNS:keyType",
            Facet::MinLength(1),
        ),
        // launch-1.0
        (
            command(&format!(
                "<create><domain:create {dom}><domain:name>example.com</domain:name><domain:authInfo>\
                 <domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create><extension>\
                 <launch:create {launch}><launch:phase>sunrise</launch:phase><launch:codeMark>\
                 <launch:code validatorID=\"\">49FD46E6C4B45C55D4AC</launch:code></launch:codeMark></launch:create>\
                 </extension>"
            )),
            "/epp/command/extension/launch:create/launch:codeMark/launch:code/@validatorID",
            "launch:validatorIDType",
            Facet::MinLength(1),
        ),
        (
            command(&format!(
                "<create><domain:create {dom}><domain:name>example.com</domain:name><domain:authInfo>\
                 <domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create><extension>\
                 <launch:create {launch}><launch:phase>claims</launch:phase><launch:notice>\
                 <launch:noticeID> </launch:noticeID><launch:notAfter>2008-12-03T09:00:00.0Z</launch:notAfter>\
                 <launch:acceptedDate>2008-12-02T09:00:00.0Z</launch:acceptedDate></launch:notice></launch:create>\
                 </extension>"
            )),
            "/epp/command/extension/launch:create/launch:notice/launch:noticeID",
            "launch:noticeIDValue",
            Facet::MinLength(1),
        ),
        // ttl-1.0
        (
            command(&format!(
                "<update><host:update {host}><host:name>ns1.example.com</host:name></host:update></update><extension>\
                 <ttl:update {ttl}><ttl:ttl for=\"custom\" custom=\"txt\">3600</ttl:ttl></ttl:update></extension>"
            )),
            "/epp/command/extension/ttl:update/ttl:ttl/@custom",
            "ttl:customRRType",
            Facet::Pattern("A|[A-Z][A-Z0-9\\-]*[A-Z0-9]"),
        ),
        (
            command(&format!(
                "<update><host:update {host}><host:name>ns1.example.com</host:name></host:update></update><extension>\
                 <ttl:update {ttl}><ttl:ttl for=\"A\">2147483648</ttl:ttl></ttl:update></extension>"
            )),
            "/epp/command/extension/ttl:update/ttl:ttl",
            "ttl:ttlValue",
            Facet::MaxInclusive(2_147_483_647),
        ),
        // deleg-0.01
        (
            command(&format!(
                "<update><domain:update {dom}><domain:name>example.com</domain:name></domain:update></update><extension>\
                 <deleg:update {deleg}><deleg:add><deleg:deleg priority=\"1\" target=\"{x}\"/></deleg:add>\
                 </deleg:update></extension>"
            )),
            "/epp/command/extension/deleg:update/deleg:add/deleg:deleg/@target",
            "eppcom:labelType",
            Facet::MaxLength(255),
        ),
        // Verisign balance-1.0
        (
            response(
                &format!(
                    "<resData><balance:infData {bal}><balance:creditLimit>1000.001</balance:creditLimit>\
                     <balance:balance>200.00</balance:balance><balance:availableCredit>800.00</balance:availableCredit>\
                     <balance:creditThreshold><balance:fixed>500.00</balance:fixed></balance:creditThreshold>\
                     </balance:infData></resData>"
                ),
                "",
            ),
            "/epp/response/resData/balance:infData/balance:creditLimit",
            "balance:currencyValueType",
            Facet::FractionDigits(2),
        ),
    ];
    for (doc, path, ty, facet) in &cases {
        let e = refused(doc);
        assert_eq!((e.path(), facet_of(&e)), (*path, (*ty, *facet)), "{e}");
        assert!(e.value().is_some(), "{e}");
    }
}

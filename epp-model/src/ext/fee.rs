//! Registry fees (RFC 8748, `urn:ietf:params:xml:ns:epp:fee-1.0`, prefix
//! `fee`): the fee check (`<fee:check>`/`<fee:chkData>`), the fee a client
//! agrees to on create, renew, transfer and update, and the fees, credits,
//! balance and credit limit a server reports in the create, renew,
//! transfer, update and delete responses.
//!
//! RFC 8748 adds nothing to `<info>` (s.5.1.2): there is no `fee:info` or
//! `fee:infData` in `fee-1.0` (they existed in the pre-RFC `fee-0.x`
//! drafts, whose namespaces are kept as raw XML like any unknown one).
//!
//! Amounts are kept as the decimal text of the document (`"10.00"`),
//! checked to be an `xs:decimal` of the right sign: fees are never
//! negative, credits never positive.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, fee::{Fee, CommandName}}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
//!   <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:check>
//!   </check><extension><fee:check xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
//!   <fee:currency>USD</fee:currency><fee:command name="create"><fee:period unit="y">2</fee:period></fee:command>
//!   </fee:check></extension></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::Fee(Fee::Check(ch)) = &c.extensions[0] else { panic!() };
//! assert_eq!(ch.currency.as_deref(), Some("USD"));
//! assert_eq!(ch.commands[0].name, CommandName::Create);
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::Period;
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet::SimpleType;
use crate::map::{Value, many, mapping, opt};
use crate::ns::FEE;
use crate::object::balance::is_decimal;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "fee";

str_enum! {
    /// The command a fee is for (`fee:commandEnum`).
    pub enum CommandName {
        /// `create`.
        Create = "create",
        /// `delete`.
        Delete = "delete",
        /// `renew`.
        Renew = "renew",
        /// `update`.
        Update = "update",
        /// `transfer`.
        Transfer = "transfer",
        /// `restore` (RFC 3915).
        Restore = "restore",
        /// `custom`: named by `customName`.
        Custom = "custom",
    }
}

str_enum! {
    /// When a fee is charged (`applied`).
    pub enum Applied {
        /// `immediate`.
        Immediate = "immediate",
        /// `delayed`.
        Delayed = "delayed",
    }
}

/// A command in a fee check (`fee:commandType`): the command, its custom
/// name, launch phase and subphase, and the period to price.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::{CommandName, Fee}}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
///   <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:check>
///   </check><extension><fee:check xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:command name="create" phase="sunrise"><fee:period unit="y">2</fee:period></fee:command>
///   <fee:command name="custom" customName="premium-lookup"/>
///   </fee:check></extension></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Fee(Fee::Check(ch)) = &c.extensions[0] else { panic!("fee:check") };
/// assert_eq!((ch.commands[0].name, ch.commands[0].phase.as_deref()), (CommandName::Create, Some("sunrise")));
/// assert_eq!(ch.commands[0].period.map(|p| p.value), Some(2));
/// assert_eq!(ch.commands[1].custom_name.as_deref(), Some("premium-lookup"));
/// // `name="custom"` needs a `customName`.
/// let bad = core::str::from_utf8(xml).unwrap().replace(r#" customName="premium-lookup""#, "");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("customName"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct FeeCommand<'a> {
    /// `name`.
    pub name: CommandName,
    /// `customName` (with [`CommandName::Custom`]).
    pub custom_name: Option<Cow<'a, str>>,
    /// `phase` (a launch phase, RFC 8334).
    pub phase: Option<Cow<'a, str>>,
    /// `subphase`.
    pub subphase: Option<Cow<'a, str>>,
    /// `period`.
    pub period: Option<Period>,
}

owned!(struct FeeCommand { name, custom_name, phase, subphase, period });

impl<'a> FeeCommand<'a> {
    /// A command with no attributes and no period.
    ///
    /// ```
    /// use epp_model::command::{Check, Command, CommandKind};
    /// use epp_model::{Document, Period, domain::DomainCheck};
    /// use epp_model::ext::{Extension, fee::{self, CommandName, FeeCommand}};
    /// let mut renew = FeeCommand::new(CommandName::Renew);
    /// renew.period = Some(Period::years(1));
    /// let mut cmd = Command::new(CommandKind::Check(Check::Domain(DomainCheck { names: vec!["example.com".into()] })));
    /// cmd.extensions.push(Extension::Fee(fee::Fee::Check(fee::Check { currency: None, commands: vec![renew] })));
    /// let xml = String::from_utf8(Document::Command(cmd).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<fee:command name="renew">"#), "{xml}");
    /// assert!(xml.contains(r#"<fee:period unit="y">1</fee:period>"#));
    /// ```
    pub fn new(name: CommandName) -> Self {
        FeeCommand { name, custom_name: None, phase: None, subphase: None, period: None }
    }
}

/// A fee (`fee:feeType`): a non-negative amount and what is known of it.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
/// <result code="1000"><msg>Command completed successfully</msg></result>
/// <extension><fee:chkData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:currency>USD</fee:currency>
///   <fee:cd avail="1"><fee:objID>example.com</fee:objID><fee:class>Premium</fee:class>
///     <fee:command name="create"><fee:period unit="y">2</fee:period>
///       <fee:fee description="Registration Fee" refundable="1" grace-period="P5D">10.00</fee:fee></fee:command>
///     <fee:command name="restore" standard="1"><fee:fee description="Redemption Fee">5.00</fee:fee></fee:command>
///   </fee:cd>
///   <fee:cd avail="0"><fee:objID>example.xyz</fee:objID>
///     <fee:command name="create"><fee:period unit="y">2</fee:period></fee:command>
///     <fee:reason>Only 1 year registration periods are valid.</fee:reason>
///   </fee:cd>
/// </fee:chkData></extension>
/// <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::ChkData(d)) = &r.extensions[0] else { panic!("fee:chkData") };
/// let fee = &d.cds[0].commands[0].fees[0];
/// assert_eq!((fee.value.as_ref(), fee.description.as_deref()), ("10.00", Some("Registration Fee")));
/// assert_eq!((fee.refundable, fee.grace_period.as_deref()), (Some(true), Some("P5D")));
/// // A fee is never negative.
/// let bad = core::str::from_utf8(xml).unwrap().replace(">10.00<", ">-10.00<");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("not a non-negative decimal"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Amount<'a> {
    /// The amount (`xs:decimal`, at least 0).
    pub value: Cow<'a, str>,
    /// `description`.
    pub description: Option<Cow<'a, str>>,
    /// `refundable`.
    pub refundable: Option<bool>,
    /// `grace-period` (an `xs:duration`, `P5D`).
    pub grace_period: Option<Cow<'a, str>>,
    /// `applied`.
    pub applied: Option<Applied>,
    /// `lang` (default `en`).
    pub lang: Option<Cow<'a, str>>,
}

owned!(struct Amount { value, description, refundable, grace_period, applied, lang });

impl<'a> Amount<'a> {
    /// A fee with no attributes.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Create};
    /// use epp_model::{AuthInfo, Document, domain::DomainCreate};
    /// use epp_model::ext::{Extension, fee::{Amount, Fee, Transform}};
    /// let mut fee = Amount::new("5.00");
    /// fee.refundable = Some(true);
    /// let create = DomainCreate::new("example.com", AuthInfo::password("2fooBAR"));
    /// let mut cmd = Command::new(CommandKind::Create(Create::Domain(create)));
    /// cmd.extensions.push(Extension::Fee(Fee::Create(Transform::new(Some("USD"), fee))));
    /// let xml = String::from_utf8(Document::Command(cmd).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<fee:fee refundable="1">5.00</fee:fee>"#), "{xml}");
    /// ```
    pub fn new(value: impl Into<Cow<'a, str>>) -> Self {
        Amount {
            value: value.into(),
            description: None,
            refundable: None,
            grace_period: None,
            applied: None,
            lang: None,
        }
    }
}

/// A credit (`fee:creditType`): an amount of at most 0.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><fee:delData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///     <fee:currency>USD</fee:currency><fee:credit description="AGP Credit">-5.00</fee:credit>
///     <fee:balance>1005.00</fee:balance>
///   </fee:delData></extension><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::DelData(d)) = &r.extensions[0] else { panic!("fee:delData") };
/// assert_eq!((d.credits[0].value.as_ref(), d.credits[0].description.as_deref()), ("-5.00", Some("AGP Credit")));
/// // A credit is never positive.
/// let bad = core::str::from_utf8(xml).unwrap().replace(">-5.00<", ">5.00<");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("not a decimal of at most 0"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Credit<'a> {
    /// The amount (`xs:decimal`, at most 0).
    pub value: Cow<'a, str>,
    /// `description`.
    pub description: Option<Cow<'a, str>>,
    /// `lang` (default `en`).
    pub lang: Option<Cow<'a, str>>,
}

owned!(struct Credit { value, description, lang });

/// A reason (`fee:reasonType`): a token and its language.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
/// <result code="1000"><msg>Command completed successfully</msg></result>
/// <extension><fee:chkData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:currency>USD</fee:currency>
///   <fee:cd avail="1"><fee:objID>example.com</fee:objID><fee:class>Premium</fee:class>
///     <fee:command name="create"><fee:period unit="y">2</fee:period>
///       <fee:fee description="Registration Fee" refundable="1" grace-period="P5D">10.00</fee:fee></fee:command>
///     <fee:command name="restore" standard="1"><fee:fee description="Redemption Fee">5.00</fee:fee></fee:command>
///   </fee:cd>
///   <fee:cd avail="0"><fee:objID>example.xyz</fee:objID>
///     <fee:command name="create"><fee:period unit="y">2</fee:period></fee:command>
///     <fee:reason>Only 1 year registration periods are valid.</fee:reason>
///   </fee:cd>
/// </fee:chkData></extension>
/// <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::ChkData(d)) = &r.extensions[0] else { panic!("fee:chkData") };
/// let cd = &d.cds[1];
/// assert_eq!(cd.avail, Some(false));
/// assert_eq!(cd.reason.as_ref().map(|r| r.text.as_ref()), Some("Only 1 year registration periods are valid."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct FeeReason<'a> {
    /// `lang`.
    pub lang: Option<Cow<'a, str>>,
    /// The text.
    pub text: Cow<'a, str>,
}

owned!(struct FeeReason { lang, text });

/// `<fee:check>`: the currency (optional) and the commands to price.
///
/// ```
/// use epp_model::command::{Check as CheckCommand, Command, CommandKind};
/// use epp_model::{Document, domain::DomainCheck};
/// use epp_model::ext::{Extension, fee::{Check, CommandName, Fee, FeeCommand}};
/// let check = Check { currency: Some("USD".into()), commands: vec![FeeCommand::new(CommandName::Create)] };
/// let names = DomainCheck { names: vec!["example.com".into()] };
/// let mut cmd = Command::new(CommandKind::Check(CheckCommand::Domain(names)));
/// cmd.extensions.push(Extension::Fee(Fee::Check(check)));
/// let xml = String::from_utf8(Document::Command(cmd).to_xml()).unwrap();
/// assert!(xml.contains(r#"<fee:check xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">"#), "{xml}");
/// assert!(xml.contains(r#"<fee:currency>USD</fee:currency>"#));
/// assert!(xml.contains(r#"<fee:command name="create"/>"#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Check<'a> {
    /// `currency` (ISO 4217, three capital letters).
    pub currency: Option<Cow<'a, str>>,
    /// `command`s (at least one).
    pub commands: Vec<FeeCommand<'a>>,
}

owned!(struct Check { currency, commands });

/// The price of one command for one object in a check response
/// (`fee:commandDataType`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::{CommandName, Fee}}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
/// <result code="1000"><msg>Command completed successfully</msg></result>
/// <extension><fee:chkData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:currency>USD</fee:currency>
///   <fee:cd avail="1"><fee:objID>example.com</fee:objID><fee:class>Premium</fee:class>
///     <fee:command name="create"><fee:period unit="y">2</fee:period>
///       <fee:fee description="Registration Fee" refundable="1" grace-period="P5D">10.00</fee:fee></fee:command>
///     <fee:command name="restore" standard="1"><fee:fee description="Redemption Fee">5.00</fee:fee></fee:command>
///   </fee:cd>
///   <fee:cd avail="0"><fee:objID>example.xyz</fee:objID>
///     <fee:command name="create"><fee:period unit="y">2</fee:period></fee:command>
///     <fee:reason>Only 1 year registration periods are valid.</fee:reason>
///   </fee:cd>
/// </fee:chkData></extension>
/// <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::ChkData(d)) = &r.extensions[0] else { panic!("fee:chkData") };
/// let [create, restore] = d.cds[0].commands.as_slice() else { panic!("two commands") };
/// assert_eq!((create.command.name, create.command.period.map(|p| p.value)), (CommandName::Create, Some(2)));
/// assert_eq!((restore.command.name, restore.standard), (CommandName::Restore, Some(true)));
/// assert_eq!(restore.fees[0].value, "5.00");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct CommandData<'a> {
    /// The command, its attributes and period.
    pub command: FeeCommand<'a>,
    /// `standard` (default false): the standard, not a premium, price.
    pub standard: Option<bool>,
    /// `fee`s.
    pub fees: Vec<Amount<'a>>,
    /// `credit`s.
    pub credits: Vec<Credit<'a>>,
    /// `reason`: why the command cannot be priced.
    pub reason: Option<FeeReason<'a>>,
}

owned!(struct CommandData { command, standard, fees, credits, reason });

impl<'a> CommandData<'a> {
    /// Command data with no fees.
    ///
    /// ```
    /// use epp_model::ext::fee::{Amount, ChkData, CommandData, CommandName, FeeCommand, ObjectCheck};
    /// use epp_model::{TrId, response::{EppResult, ResultCode, Response}};
    /// use epp_model::{Document, ext::{Extension, fee::Fee}};
    /// let mut renew = CommandData::new(FeeCommand::new(CommandName::Renew));
    /// renew.fees.push(Amount::new("5.00"));
    /// let mut cd = ObjectCheck::new("example.com");
    /// cd.commands.push(renew);
    /// let code = ResultCode::new(1000).unwrap();
    /// let mut r = Response::new(EppResult::new(code), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
    /// r.extensions.push(Extension::Fee(Fee::ChkData(ChkData { currency: "USD".into(), cds: vec![cd] })));
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains("<fee:command name=\"renew\">\n"), "{xml}");
    /// assert!(xml.contains("<fee:fee>5.00</fee:fee>"));
    /// ```
    pub fn new(command: FeeCommand<'a>) -> Self {
        CommandData { command, standard: None, fees: Vec::new(), credits: Vec::new(), reason: None }
    }
}

/// One object of a check response (`<fee:cd>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
/// <result code="1000"><msg>Command completed successfully</msg></result>
/// <extension><fee:chkData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:currency>USD</fee:currency>
///   <fee:cd avail="1"><fee:objID>example.com</fee:objID><fee:class>Premium</fee:class>
///     <fee:command name="create"><fee:period unit="y">2</fee:period>
///       <fee:fee description="Registration Fee" refundable="1" grace-period="P5D">10.00</fee:fee></fee:command>
///     <fee:command name="restore" standard="1"><fee:fee description="Redemption Fee">5.00</fee:fee></fee:command>
///   </fee:cd>
///   <fee:cd avail="0"><fee:objID>example.xyz</fee:objID>
///     <fee:command name="create"><fee:period unit="y">2</fee:period></fee:command>
///     <fee:reason>Only 1 year registration periods are valid.</fee:reason>
///   </fee:cd>
/// </fee:chkData></extension>
/// <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::ChkData(d)) = &r.extensions[0] else { panic!("fee:chkData") };
/// let cd = &d.cds[0];
/// assert_eq!((cd.avail, cd.obj_id.as_ref(), cd.class.as_deref()), (Some(true), "example.com", Some("Premium")));
/// assert_eq!(cd.obj_element, None); // `element` defaults to `name`
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ObjectCheck<'a> {
    /// `avail` (default true): whether the fee information is available.
    pub avail: Option<bool>,
    /// `objID`: the object.
    pub obj_id: Cow<'a, str>,
    /// `objID/@element` (default `name`): the element of the object
    /// mapping the identifier is from.
    pub obj_element: Option<Cow<'a, str>>,
    /// `class` (`Premium`, ...).
    pub class: Option<Cow<'a, str>>,
    /// `command`s.
    pub commands: Vec<CommandData<'a>>,
    /// `reason`: why no fee information is available.
    pub reason: Option<FeeReason<'a>>,
}

owned!(struct ObjectCheck { avail, obj_id, obj_element, class, commands, reason });

impl<'a> ObjectCheck<'a> {
    /// An object with no class, commands or reason.
    ///
    /// ```
    /// use epp_model::ext::fee::{ChkData, ObjectCheck};
    /// use epp_model::{TrId, response::{EppResult, ResultCode, Response}};
    /// use epp_model::{Document, ext::{Extension, fee::Fee}};
    /// let mut cd = ObjectCheck::new("example.net");
    /// cd.avail = Some(false);
    /// let code = ResultCode::new(1000).unwrap();
    /// let mut r = Response::new(EppResult::new(code), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
    /// r.extensions.push(Extension::Fee(Fee::ChkData(ChkData { currency: "USD".into(), cds: vec![cd] })));
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<fee:cd avail="0">"#), "{xml}");
    /// assert!(xml.contains("<fee:objID>example.net</fee:objID>"));
    /// ```
    pub fn new(obj_id: impl Into<Cow<'a, str>>) -> Self {
        ObjectCheck {
            avail: None,
            obj_id: obj_id.into(),
            obj_element: None,
            class: None,
            commands: Vec::new(),
            reason: None,
        }
    }
}

/// `<fee:chkData>`: the currency and one `cd` per object.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
/// <result code="1000"><msg>Command completed successfully</msg></result>
/// <extension><fee:chkData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:currency>USD</fee:currency>
///   <fee:cd avail="1"><fee:objID>example.com</fee:objID><fee:class>Premium</fee:class>
///     <fee:command name="create"><fee:period unit="y">2</fee:period>
///       <fee:fee description="Registration Fee" refundable="1" grace-period="P5D">10.00</fee:fee></fee:command>
///     <fee:command name="restore" standard="1"><fee:fee description="Redemption Fee">5.00</fee:fee></fee:command>
///   </fee:cd>
///   <fee:cd avail="0"><fee:objID>example.xyz</fee:objID>
///     <fee:command name="create"><fee:period unit="y">2</fee:period></fee:command>
///     <fee:reason>Only 1 year registration periods are valid.</fee:reason>
///   </fee:cd>
/// </fee:chkData></extension>
/// <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::ChkData(d)) = &r.extensions[0] else { panic!("fee:chkData") };
/// assert_eq!((d.currency.as_ref(), d.cds.len()), ("USD", 2));
/// // The currency is an ISO 4217 code: three capital letters.
/// let bad = core::str::from_utf8(xml).unwrap().replace(">USD<", ">usd<");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("not a currency code"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ChkData<'a> {
    /// `currency`.
    pub currency: Cow<'a, str>,
    /// `cd`s (at least one).
    pub cds: Vec<ObjectCheck<'a>>,
}

owned!(struct ChkData { currency, cds });

/// The fee a client agrees to on a transform command
/// (`fee:transformCommandType`: `<fee:create>`, `<fee:renew>`,
/// `<fee:transfer>`, `<fee:update>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><renew>
///   <domain:renew xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:curExpDate>2000-04-03</domain:curExpDate></domain:renew></renew>
///   <extension><fee:renew xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///   <fee:currency>USD</fee:currency><fee:fee>5.00</fee:fee></fee:renew></extension>
///   <clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Fee(Fee::Renew(t)) = &c.extensions[0] else { panic!("fee:renew") };
/// assert_eq!((t.currency.as_deref(), t.fees[0].value.as_ref()), (Some("USD"), "5.00"));
/// // At least one fee.
/// let bad = core::str::from_utf8(xml).unwrap().replace("<fee:fee>5.00</fee:fee>", "");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("missing element <fee>"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Transform<'a> {
    /// `currency`.
    pub currency: Option<Cow<'a, str>>,
    /// `fee`s (at least one).
    pub fees: Vec<Amount<'a>>,
    /// `credit`s.
    pub credits: Vec<Credit<'a>>,
}

owned!(struct Transform { currency, fees, credits });

impl<'a> Transform<'a> {
    /// One fee in `currency`.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Create};
    /// use epp_model::{AuthInfo, Document, domain::DomainCreate};
    /// use epp_model::ext::{Extension, fee::{Amount, Fee, Transform}};
    /// let create = DomainCreate::new("example.com", AuthInfo::password("2fooBAR"));
    /// let mut cmd = Command::new(CommandKind::Create(Create::Domain(create)));
    /// cmd.extensions.push(Extension::Fee(Fee::Create(Transform::new(None, Amount::new("1")))));
    /// let xml = String::from_utf8(Document::Command(cmd).to_xml()).unwrap();
    /// assert!(xml.contains("<fee:create xmlns:fee=\"urn:ietf:params:xml:ns:epp:fee-1.0\">\n"), "{xml}");
    /// assert!(xml.contains("<fee:fee>1</fee:fee>") && !xml.contains("<fee:currency>"));
    /// ```
    pub fn new(currency: Option<&'a str>, fee: Amount<'a>) -> Self {
        Transform { currency: currency.map(Cow::Borrowed), fees: alloc::vec![fee], credits: Vec::new() }
    }
}

/// What a transform cost (`fee:transformResultType`: `<fee:creData>`,
/// `<fee:renData>`, `<fee:trnData>`, `<fee:updData>`, `<fee:delData>`),
/// with the account balance and credit limit after it.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><fee:creData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
///     <fee:currency>USD</fee:currency><fee:fee>5.00</fee:fee>
///     <fee:balance>-5.00</fee:balance><fee:creditLimit>1000.00</fee:creditLimit>
///   </fee:creData></extension><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Fee(Fee::CreData(d)) = &r.extensions[0] else { panic!("fee:creData") };
/// assert_eq!((d.fees[0].value.as_ref(), d.balance.as_deref()), ("5.00", Some("-5.00")));
/// assert_eq!(d.credit_limit.as_deref(), Some("1000.00"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct TransformResult<'a> {
    /// `currency`.
    pub currency: Option<Cow<'a, str>>,
    /// `period`.
    pub period: Option<Period>,
    /// `fee`s.
    pub fees: Vec<Amount<'a>>,
    /// `credit`s.
    pub credits: Vec<Credit<'a>>,
    /// `balance` (any `xs:decimal`).
    pub balance: Option<Cow<'a, str>>,
    /// `creditLimit` (any `xs:decimal`).
    pub credit_limit: Option<Cow<'a, str>>,
}

owned!(struct TransformResult { currency, period, fees, credits, balance, credit_limit });

/// A fee extension element.
///
/// ```
/// use epp_model::{TrId, response::{EppResult, ResultCode, Response}};
/// use epp_model::{Document, ext::{Extension, fee::Fee}};
/// // An empty transform result is written as an empty element.
/// let code = ResultCode::new(1000).unwrap();
/// let mut r = Response::new(EppResult::new(code), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
/// r.extensions.push(Extension::Fee(Fee::DelData(Default::default())));
/// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
/// assert!(xml.contains(r#"<fee:delData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0"/>"#), "{xml}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Fee<'a> {
    /// `<fee:check>`.
    Check(Check<'a>),
    /// `<fee:chkData>`.
    ChkData(ChkData<'a>),
    /// `<fee:create>`.
    Create(Transform<'a>),
    /// `<fee:renew>`.
    Renew(Transform<'a>),
    /// `<fee:transfer>`.
    Transfer(Transform<'a>),
    /// `<fee:update>`.
    Update(Transform<'a>),
    /// `<fee:creData>`.
    CreData(TransformResult<'a>),
    /// `<fee:renData>`.
    RenData(TransformResult<'a>),
    /// `<fee:trnData>`.
    TrnData(TransformResult<'a>),
    /// `<fee:updData>`.
    UpdData(TransformResult<'a>),
    /// `<fee:delData>`.
    DelData(TransformResult<'a>),
}

owned!(
    enum Fee {
        Check(f0),
        ChkData(f0),
        Create(f0),
        Renew(f0),
        Transfer(f0),
        Update(f0),
        CreData(f0),
        RenData(f0),
        TrnData(f0),
        UpdData(f0),
        DelData(f0),
    }
);

/// Whether `s` is an ISO 4217 code as the schema allows it (`[A-Z]{3}`).
fn is_currency(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `s` is an `xs:duration` (`-?PnYnMnDTnHnMnS`, at least one
/// part, a time part after `T`, fraction on seconds only).
pub(crate) fn is_duration(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let Some(rest) = s.strip_prefix('P') else { return false };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    // Each part is digits followed by its designator, in order.
    fn parts(mut s: &str, designators: &[u8], frac_last: bool) -> Option<usize> {
        let mut n = 0;
        let mut next = 0;
        while !s.is_empty() {
            let digits = s.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
            let num = s.get(..digits)?;
            let d = *s.as_bytes().get(digits)?;
            let pos = designators.iter().skip(next).position(|x| *x == d)? + next;
            let frac_ok = frac_last && pos + 1 == designators.len();
            let valid_num = match num.split_once('.') {
                None => !num.is_empty(),
                Some((i, f)) => frac_ok && !i.is_empty() && !f.is_empty() && !f.contains('.'),
            };
            if !valid_num {
                return None;
            }
            next = pos + 1;
            n += 1;
            s = s.get(digits + 1..)?;
        }
        Some(n)
    }
    let Some(nd) = parts(date, b"YMD", false) else { return false };
    match time {
        None => nd > 0,
        Some(t) => parts(t, b"HMS", true).is_some_and(|nt| nt > 0),
    }
}

fn currency<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let t = de::token(el)?;
    if !is_currency(&t) {
        return Err(el.err(ErrorKind::InvalidValue("not a currency code")));
    }
    Ok(t)
}

fn opt_token<'a>(el: El<'_, 'a>, name: &str) -> Option<Cow<'a, str>> {
    el.attr(name).map(de::trim)
}

/// The attributes of a `<fee:command>` (`fee:commandType`), checked:
/// `customName` is required with `name="custom"`.
fn command_attrs<'a>(el: El<'_, 'a>) -> Result<FeeCommand<'a>> {
    let name =
        de::enum_attr(el, "name", CommandName::from_xml)?.ok_or_else(|| el.err(ErrorKind::MissingAttribute("name")))?;
    let custom_name = opt_token(el, "customName");
    if name == CommandName::Custom && custom_name.as_deref().is_none_or(str::is_empty) {
        return Err(el.err(ErrorKind::MissingAttribute("customName")));
    }
    Ok(FeeCommand {
        name,
        custom_name,
        phase: opt_token(el, "phase"),
        subphase: opt_token(el, "subphase"),
        period: None,
    })
}

/// `<fee:command>` of a check: its attributes and an optional period.
impl<'a> Value<'a> for FeeCommand<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["name", "customName", "phase", "subphase"])?;
        let mut c = command_attrs(el)?;
        let mut s = Seq::new(el)?;
        c.period = opt::read(&mut s, FEE, "period", None)?;
        s.end()?;
        Ok(c)
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, _local: &str) {
        write_command_attrs(w, self);
        match &self.period {
            Some(period) => {
                w.open();
                period.write(w, p);
                w.close(p, "command");
            }
            None => w.empty(),
        }
    }
}

/// `<fee:command>` of a check response: as in a check, with `standard`,
/// then the fees, credits and reason.
impl<'a> Value<'a> for CommandData<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["name", "customName", "phase", "subphase", "standard"])?;
        let mut command = command_attrs(el)?;
        let mut s = Seq::new(el)?;
        command.period = opt::read(&mut s, FEE, "period", None)?;
        let fees = many::read(&mut s, FEE, "fee", None)?;
        let credits = many::read(&mut s, FEE, "credit", None)?;
        let reason = opt::read(&mut s, FEE, "reason", None)?;
        s.end()?;
        Ok(CommandData { command, standard: de::bool_attr(el, "standard")?, fees, credits, reason })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, _local: &str) {
        write_command_attrs(w, &self.command);
        w.opt_attr("standard", self.standard.map(de::bit));
        let empty =
            self.command.period.is_none() && self.fees.is_empty() && self.credits.is_empty() && self.reason.is_none();
        if empty {
            w.empty();
            return;
        }
        w.open();
        opt::write(&self.command.period, w, p, "period");
        many::write(&self.fees, w, p, "fee");
        many::write(&self.credits, w, p, "credit");
        opt::write(&self.reason, w, p, "reason");
        w.close(p, "command");
    }
}

/// `<fee:fee>` (`fee:feeType`): a non-negative decimal and its attributes.
impl<'a> Value<'a> for Amount<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["description", "refundable", "grace-period", "applied", "lang"])?;
        let value = de::trim(el.text()?);
        if !is_decimal(&value, usize::MAX) || (value.starts_with('-') && !is_zero(&value)) {
            return Err(el.err(ErrorKind::InvalidValue("not a non-negative decimal")));
        }
        let grace_period = opt_token(el, "grace-period");
        if grace_period.as_deref().is_some_and(|g| !is_duration(g)) {
            return Err(de::attr_err(el, "grace-period", ErrorKind::InvalidValue("not a duration")));
        }
        Ok(Amount {
            value,
            description: el.attr("description"),
            refundable: de::bool_attr(el, "refundable")?,
            grace_period,
            applied: de::enum_attr(el, "applied", Applied::from_xml)?,
            lang: opt_token(el, "lang"),
        })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.opt_attr("description", self.description.as_deref());
        w.opt_attr("refundable", self.refundable.map(de::bit));
        w.opt_attr("grace-period", self.grace_period.as_deref());
        w.opt_attr("applied", self.applied.as_ref().map(Applied::as_str));
        w.opt_attr("lang", self.lang.as_deref());
        w.text(p, local, &self.value);
    }
}

fn is_zero(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b'-' | b'+' | b'0' | b'.'))
}

/// `<fee:credit>` (`fee:creditType`): a decimal of at most 0.
impl<'a> Value<'a> for Credit<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["description", "lang"])?;
        let value = de::trim(el.text()?);
        if !is_decimal(&value, usize::MAX) || !(value.starts_with('-') || is_zero(&value)) {
            return Err(el.err(ErrorKind::InvalidValue("not a decimal of at most 0")));
        }
        Ok(Credit { value, description: el.attr("description"), lang: opt_token(el, "lang") })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.opt_attr("description", self.description.as_deref());
        w.opt_attr("lang", self.lang.as_deref());
        w.text(p, local, &self.value);
    }
}

/// `<fee:reason>` (`fee:reasonType`).
impl<'a> Value<'a> for FeeReason<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["lang"])?;
        Ok(FeeReason { lang: opt_token(el, "lang"), text: de::trim(el.text()?) })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.opt_attr("lang", self.lang.as_deref());
        w.text(p, local, &self.text);
    }
}

/// `<fee:cd>` (`fee:objectCDType`): `avail`, the `objID` (with its
/// `element`), class, commands and reason.
impl<'a> Value<'a> for ObjectCheck<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["avail"])?;
        let avail = de::bool_attr(el, "avail")?;
        let mut s = Seq::new(el)?;
        let id = s.req(FEE, "objID")?;
        de::attrs(id, &["element"])?;
        let obj_id = de::trim(id.text()?);
        if obj_id.is_empty() || obj_id.chars().count() > 255 {
            return Err(id.err(ErrorKind::InvalidValue("length out of range")));
        }
        let obj_element = opt_token(id, "element");
        let class = opt::read(&mut s, FEE, "class", None)?;
        let commands = many::read(&mut s, FEE, "command", None)?;
        let reason = opt::read(&mut s, FEE, "reason", None)?;
        s.end()?;
        Ok(ObjectCheck { avail, obj_id, obj_element, class, commands, reason })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.opt_attr("avail", self.avail.map(de::bit));
        w.open();
        w.start(p, "objID");
        w.opt_attr("element", self.obj_element.as_deref());
        w.text(p, "objID", &self.obj_id);
        opt::write(&self.class, w, p, "class");
        many::write(&self.commands, w, p, "command");
        opt::write(&self.reason, w, p, "reason");
        w.close(p, local);
    }
}

fn any_decimal<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let t = de::token(el)?;
    if !is_decimal(&t, usize::MAX) {
        return Err(el.err(ErrorKind::InvalidValue("not a decimal")));
    }
    Ok(t)
}

mapping!(Check in (FEE, P) "check" { currency: opt "currency" [currency], commands: some "command" });

mapping!(ChkData in (FEE, P) "chkData" { currency: req "currency" [currency], cds: some "cd" });

// `<fee:create>`, `<fee:renew>`, `<fee:transfer>`, `<fee:update>`.
mapping!(Transform in (FEE, P) "create" {
    currency: opt "currency" [currency],
    fees: some "fee",
    credits: many "credit",
});

// `<fee:creData>`, `<fee:renData>`, `<fee:trnData>`, `<fee:updData>`,
// `<fee:delData>`.
mapping!(TransformResult in (FEE, P) "creData", empty when default {
    currency: opt "currency" [currency],
    period: opt "period",
    fees: many "fee",
    credits: many "credit",
    balance: opt "balance" [any_decimal],
    credit_limit: opt "creditLimit" [any_decimal],
});

fn write_command_attrs(w: &mut Writer<'_>, c: &FeeCommand<'_>) {
    w.start(P, "command");
    w.attr("name", c.name.as_str());
    w.opt_attr("customName", c.custom_name.as_deref());
    w.opt_attr("phase", c.phase.as_deref());
    w.opt_attr("subphase", c.subphase.as_deref());
}

impl<'a> Fee<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::Extension};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><fee:renData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0"><fee:fee>5.00</fee:fee></fee:renData>
    ///   </extension><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::Fee(f) = &r.extensions[0] else { panic!("a fee element") };
    /// assert_eq!(f.element(), "renData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            Fee::Check(_) => "check",
            Fee::ChkData(_) => "chkData",
            Fee::Create(_) => "create",
            Fee::Renew(_) => "renew",
            Fee::Transfer(_) => "transfer",
            Fee::Update(_) => "update",
            Fee::CreData(_) => "creData",
            Fee::RenData(_) => "renData",
            Fee::TrnData(_) => "trnData",
            Fee::UpdData(_) => "updData",
            Fee::DelData(_) => "delData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "check" => Fee::Check(Check::parse(el)?),
            "chkData" => Fee::ChkData(ChkData::parse(el)?),
            "create" => Fee::Create(Transform::parse(el)?),
            "renew" => Fee::Renew(Transform::parse(el)?),
            "transfer" => Fee::Transfer(Transform::parse(el)?),
            "update" => Fee::Update(Transform::parse(el)?),
            "creData" => Fee::CreData(TransformResult::parse(el)?),
            "renData" => Fee::RenData(TransformResult::parse(el)?),
            "trnData" => Fee::TrnData(TransformResult::parse(el)?),
            "updData" => Fee::UpdData(TransformResult::parse(el)?),
            "delData" => Fee::DelData(TransformResult::parse(el)?),
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        let l = self.element();
        match self {
            Fee::Check(c) => c.write(w),
            Fee::ChkData(d) => d.write(w),
            Fee::Create(t) | Fee::Renew(t) | Fee::Transfer(t) | Fee::Update(t) => t.write_as(w, l),
            Fee::CreData(r) | Fee::RenData(r) | Fee::TrnData(r) | Fee::UpdData(r) | Fee::DelData(r) => r.write_as(w, l),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_duration;
    use crate::Document;
    use crate::ext::Extension;
    use crate::ext::fee::{Fee, TransformResult};
    use alloc::string::String;

    fn delete_response(ext: &str) -> String {
        alloc::format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
  <response>
    <result code="1000">
      <msg>Command completed successfully</msg>
    </result>
    <extension>
      {ext}
    </extension>
    <trID>
      <svTRID>54321-XYZ</svTRID>
    </trID>
  </response>
</epp>
"#
        )
    }

    #[test]
    fn empty_transform_result_is_written_as_an_empty_element() {
        let xml = delete_response(r#"<fee:delData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0"/>"#);
        let doc = crate::parse(xml.as_bytes()).unwrap();
        let Document::Response(r) = &doc else { panic!("a response") };
        assert_eq!(r.extensions, [Extension::Fee(Fee::DelData(TransformResult::default()))]);
        assert_eq!(String::from_utf8(doc.to_xml()).unwrap(), xml);
    }

    #[test]
    fn transform_without_a_fee_is_refused_at_the_credit() {
        let xml = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
<domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
<extension><fee:create xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0"><fee:currency>USD</fee:currency>
<fee:credit>-5.00</fee:credit></fee:create></extension></command></epp>"#;
        let e = crate::parse(xml.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Expected("fee"));
        assert!(e.path().ends_with("fee:create/fee:credit"), "{}", e.path());
    }

    #[test]
    fn transform_result_children_in_schema_order() {
        let ext = r#"<fee:delData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0">
        <fee:currency>USD</fee:currency>
        <fee:credit description="AGP Credit">-5.00</fee:credit>
        <fee:balance>1005.00</fee:balance>
      </fee:delData>"#;
        let xml = delete_response(ext);
        let doc = crate::parse(xml.as_bytes()).unwrap();
        let Document::Response(r) = &doc else { panic!("a response") };
        let [Extension::Fee(Fee::DelData(d))] = r.extensions.as_slice() else { panic!("delData") };
        assert_eq!((d.currency.as_deref(), d.credits[0].value.as_ref()), (Some("USD"), "-5.00"));
        assert_eq!(d.balance.as_deref(), Some("1005.00"));
        assert_eq!(String::from_utf8(doc.to_xml()).unwrap(), xml);
        // The balance before the credit is out of order.
        let swapped = delete_response(
            r#"<fee:delData xmlns:fee="urn:ietf:params:xml:ns:epp:fee-1.0"><fee:balance>1.00</fee:balance><fee:credit>-5.00</fee:credit></fee:delData>"#,
        );
        let e = crate::parse(swapped.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::UnexpectedElement);
        assert!(e.path().ends_with("fee:delData/fee:credit"), "{}", e.path());
    }

    #[test]
    fn durations() {
        for ok in ["P5D", "P1Y2M3D", "PT1H", "P1DT2H3M4.5S", "-P1D", "PT0S", "P0D"] {
            assert!(is_duration(ok), "{ok}");
        }
        for bad in ["", "P", "PT", "5D", "P1H", "PD", "P1.5D", "P1D2Y", "P1DT", "P1S", "PT1.S", "P-1D"] {
            assert!(!is_duration(bad), "{bad}");
        }
    }
}

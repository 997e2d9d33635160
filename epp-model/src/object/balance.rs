//! The balance mapping: Verisign's `http://www.verisign.com/epp/balance-1.0`
//! (the schema in `epp-model/tests/data/xsd`), prefix `balance`. The IETF
//! draft-gould-regext-balance follows the same shape; its namespace is
//! not final, so only the Verisign one is mapped.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, command::{CommandKind, Info}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
//!   <balance:info xmlns:balance="http://www.verisign.com/epp/balance-1.0"/>
//!   </info></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! assert!(matches!(c.kind, CommandKind::Info(Info::Balance(_))));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;

use crate::de::{self, Result, Seq};
use crate::error::{ErrorKind, Facet};
use crate::ns::addr::BALANCE as NS;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "balance";

/// `<balance:info/>`: ask for the account balance.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::{CommandKind, Info}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <balance:info xmlns:balance="http://www.verisign.com/epp/balance-1.0"/></info>
///   <clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// assert!(matches!(doc.as_command().map(|c| &c.kind), Some(CommandKind::Info(Info::Balance(_)))));
/// assert!(String::from_utf8(doc.to_xml()).unwrap().contains(r#"<balance:info xmlns:balance="http://www.verisign.com/epp/balance-1.0"/>"#));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct BalanceInfo;

crate::owned::owned_as_is!(BalanceInfo);

impl BalanceInfo {
    pub(crate) fn parse(el: El<'_, '_>) -> Result<Self> {
        de::empty(el, &[])?;
        Ok(BalanceInfo)
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "info");
        w.ns(P, NS);
        w.empty();
    }
}

/// The threshold below which the registry warns (`creditThreshold`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, balance::*, response::ResData};
/// // The Verisign balance mapping's info response.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><balance:infData xmlns:balance="http://www.verisign.com/epp/balance-1.0">
///     <balance:creditLimit>0</balance:creditLimit><balance:balance>2000.00</balance:balance>
///     <balance:availableCredit>2000.00</balance:availableCredit>
///     <balance:creditThreshold><balance:fixed>0</balance:fixed></balance:creditThreshold>
///   </balance:infData></resData><trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let ResData::Balance(d) = &r.res_data[0] else { panic!("balance:infData") };
/// assert_eq!(d.credit_threshold, BalanceThreshold::Fixed("0".into()));
/// let percent = core::str::from_utf8(xml).unwrap().replace("<balance:fixed>0</balance:fixed>", "<balance:percent>10</balance:percent>");
/// let Document::Response(r) = epp_model::parse(percent.as_bytes())? else { panic!("a response") };
/// assert!(matches!(&r.res_data[0], ResData::Balance(d) if d.credit_threshold == BalanceThreshold::Percent("10".into())));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum BalanceThreshold<'a> {
    /// `fixed`: an amount.
    Fixed(Cow<'a, str>),
    /// `percent`: a percentage of the credit limit.
    Percent(Cow<'a, str>),
}

owned!(
    enum BalanceThreshold {
        Fixed(f0),
        Percent(f0),
    }
);

/// `<balance:infData>`: amounts as decimal strings with at most two
/// fraction digits.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, balance::*, response::ResData};
/// // The Verisign balance mapping's info response.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><balance:infData xmlns:balance="http://www.verisign.com/epp/balance-1.0">
///     <balance:creditLimit>0</balance:creditLimit><balance:balance>2000.00</balance:balance>
///     <balance:availableCredit>2000.00</balance:availableCredit>
///     <balance:creditThreshold><balance:fixed>0</balance:fixed></balance:creditThreshold>
///   </balance:infData></resData><trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let ResData::Balance(d) = &r.res_data[0] else { panic!("balance:infData") };
/// assert_eq!((d.balance.as_ref(), d.available_credit.as_ref(), d.credit_limit.as_ref()), ("2000.00", "2000.00", "0"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct BalanceInfoData<'a> {
    /// `creditLimit`.
    pub credit_limit: Cow<'a, str>,
    /// `balance`.
    pub balance: Cow<'a, str>,
    /// `availableCredit`.
    pub available_credit: Cow<'a, str>,
    /// `creditThreshold`.
    pub credit_threshold: BalanceThreshold<'a>,
}

owned!(struct BalanceInfoData { credit_limit, balance, available_credit, credit_threshold });

/// Checks an `xs:decimal` with at most `frac` fraction digits (trailing
/// zeros do not count: `fractionDigits` constrains the value, and `1.500`
/// is `1.5`).
pub(crate) fn is_decimal(s: &str, frac: usize) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, f) = s.split_once('.').unwrap_or((s, ""));
    (!int.is_empty() || !f.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && f.bytes().all(|b| b.is_ascii_digit())
        && f.trim_end_matches('0').len() <= frac
}

/// A `balance:currencyValueType`: `decimal` with `fractionDigits 2`.
pub(crate) fn decimal<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let t = de::token(el)?;
    if !is_decimal(&t, usize::MAX) {
        return Err(el.err(ErrorKind::InvalidValue("not a decimal amount")));
    }
    if !is_decimal(&t, 2) {
        if el.lenient_facets() {
            return Ok(t);
        }
        let kind = ErrorKind::Facet { ty: "balance:currencyValueType", facet: Facet::FractionDigits(2) };
        return Err(el.err(kind).valued(&t));
    }
    Ok(t)
}

impl<'a> BalanceInfoData<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        if el.local() != "infData" {
            return Err(el.err(ErrorKind::UnexpectedElement));
        }
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let credit_limit = decimal(s.req(NS, "creditLimit")?)?;
        let balance = decimal(s.req(NS, "balance")?)?;
        let available_credit = decimal(s.req(NS, "availableCredit")?)?;
        let t = s.req(NS, "creditThreshold")?;
        de::attrs(t, &[])?;
        let mut ts = Seq::new(t)?;
        let credit_threshold = if let Some(f) = ts.opt(NS, "fixed") {
            BalanceThreshold::Fixed(decimal(f)?)
        } else {
            let p = ts.req(NS, "percent")?;
            let v = de::token(p)?;
            if de::parse_uint(v.strip_prefix('-').unwrap_or(&v), 0, u64::MAX).is_err() {
                return Err(p.err(ErrorKind::InvalidValue("not an integer")));
            }
            BalanceThreshold::Percent(v)
        };
        ts.end()?;
        s.end()?;
        Ok(BalanceInfoData { credit_limit, balance, available_credit, credit_threshold })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "infData");
        w.ns(P, NS);
        w.open();
        w.leaf(P, "creditLimit", &self.credit_limit);
        w.leaf(P, "balance", &self.balance);
        w.leaf(P, "availableCredit", &self.available_credit);
        w.start(P, "creditThreshold");
        w.open();
        match &self.credit_threshold {
            BalanceThreshold::Fixed(v) => w.leaf(P, "fixed", v),
            BalanceThreshold::Percent(v) => w.leaf(P, "percent", v),
        }
        w.close(P, "creditThreshold");
        w.close(P, "infData");
    }
}

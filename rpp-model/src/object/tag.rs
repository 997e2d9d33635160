//! The `@type` member every RPP object carries (draft-ietf-rpp-json-00
//! Rule 25): one unit type per registry value, which writes that string and
//! refuses any other.

use core::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Expects one exact string.
struct Exact(&'static str);

impl Visitor<'_> for Exact {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.0)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        if v == self.0 { Ok(()) } else { Err(E::invalid_value(Unexpected::Str(v), &self)) }
    }
}

macro_rules! type_tags {
    ($( $(#[$m:meta])* $name:ident = $s:literal; )+) => {
        $(
            $(#[$m])*
            #[doc = concat!("\n\nThe `@type` value `\"", $s, "\"`.")]
            ///
            /// ```
            #[doc = concat!("let t = rpp_model::tag::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(rpp_model::json::to_vec(&t), br#\"\"", $s, "\"\"#);")]
            #[doc = concat!("assert!(rpp_model::json::from_slice::<rpp_model::tag::", stringify!($name), ">(b\"\\\"x\\\"\").is_err());")]
            /// ```
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
            #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
            pub struct $name;

            impl $name {
                /// The registry value.
                pub const NAME: &'static str = $s;
            }

            impl Serialize for $name {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str($s)
                }
            }

            impl<'de> Deserialize<'de> for $name {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    d.deserialize_str(Exact($s)).map(|()| $name)
                }
            }
        )+
    };
}

type_tags! {
    /// A domain name object.
    DomainNameTag = "domainName";
    /// A contact object.
    ContactTag = "contact";
    /// A host object.
    HostTag = "host";
    /// An organisation object.
    OrganisationTag = "organisation";
    /// An organisation role.
    OrganisationRoleTag = "organisationRole";
    /// A user object.
    UserTag = "user";
    /// Provisioning metadata.
    ProvMetadataTag = "provMetadata";
    /// A status.
    StatusTag = "status";
    /// A period.
    PeriodTag = "period";
    /// DNS data.
    DnsDataTag = "dnsData";
    /// A DNS record.
    DnsRecordTag = "dnsRecord";
    /// DNS controls.
    DnsControlsTag = "dnsControls";
    /// Authorization information.
    AuthInfoTag = "authInfo";
    /// A restore report.
    RestoreReportTag = "restoreReport";
    /// The processes container.
    ProcessesTag = "processes";
    /// A create process.
    CreateProcessTag = "createProcess";
    /// A renew process.
    RenewProcessTag = "renewProcess";
    /// A transfer process.
    TransferProcessTag = "transferProcess";
    /// A restore process.
    RestoreProcessTag = "restoreProcess";
    /// A remark (draft-ietf-rpp-json-00 s.4.4.6).
    RemarkTag = "remark";
    /// A JSContact card (RFC 9553).
    CardTag = "Card";
}

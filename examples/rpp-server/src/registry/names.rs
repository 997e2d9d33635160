//! The syntax of what names objects and clients: host names (RFC 1123
//! s.2.1, lower-cased), contact ids (EPP `clIDType`, RFC 5730 s.4.2) and
//! client ids (json-00 `clientIdentifier`).

use super::fault::Fault;

/// A host or domain name, lower-cased: 1..=253 octets of dot-separated
/// labels of 1..=63 letters, digits and inner hyphens, no trailing dot.
pub(crate) fn host_name(name: &str, path: &str) -> Result<String, Fault> {
    let bad = |why: &str| Fault::new(2005, format!("{name:?} is not a host name: {why}")).at(path);
    if name.is_empty() || name.len() > 253 {
        return Err(bad("not 1 to 253 octets long"));
    }
    for label in name.split('.') {
        if label.is_empty() || label.len() > 63 {
            return Err(bad("a label is not 1 to 63 octets long"));
        }
        if !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(bad("a label holds other than letters, digits and hyphens"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(bad("a label starts or ends with a hyphen"));
        }
    }
    Ok(name.to_ascii_lowercase())
}

/// A contact id: 3..=16 characters without white space or controls.
pub(crate) fn contact_id(id: &str, path: &str) -> Result<String, Fault> {
    let n = id.chars().count();
    if !(3..=16).contains(&n) || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(
            Fault::new(2005, format!("{id:?} is not a contact id (3 to 16 characters, no white space)")).at(path)
        );
    }
    Ok(id.to_owned())
}

/// A client id: 3..=16 letters, digits and inner hyphens.
pub(crate) fn client_id(id: &str) -> Option<&str> {
    let ok = (3..=16).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    ok.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_follow_rfc1123() -> Result<(), Fault> {
        assert_eq!(host_name("NS1.Example.COM", "$")?, "ns1.example.com");
        for bad in ["", "example.com.", "a..b", "-a.b", "a-.b", "a_b.c", "ä.example", &"a".repeat(64)] {
            assert_eq!(host_name(bad, "$.name").map_err(|e| e.path), Err(Some("$.name".into())), "{bad}");
        }
        assert!(host_name(&["a"; 127].join("."), "$").is_ok());
        assert!(host_name(&["ab"; 85].join("."), "$").is_err());
        Ok(())
    }

    #[test]
    fn ids_have_their_lengths() {
        assert!(contact_id("sh8013", "$.id").is_ok());
        assert!(contact_id("ab", "$.id").is_err());
        assert!(contact_id("a b c", "$.id").is_err());
        assert_eq!(client_id("ClientX"), Some("ClientX"));
        for bad in ["ab", "-abc", "abc-", "a b c", "client_x", "abcdefghijklmnopq"] {
            assert_eq!(client_id(bad), None, "{bad}");
        }
    }
}

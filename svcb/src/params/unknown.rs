//! Keys without a typed value (and any key written `keyNNNNN`): the value
//! is a character-string of wire octets.

use dns_wire::text::{Field, TextError, TextErrorKind as K};
use dns_wire::wire::Writer;

use crate::text::{Decoded, build_error, err_at};

/// Decodes the value's character-string escapes straight into `w`.
pub(crate) fn write_decoded(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    for b in Decoded::new(f.raw) {
        let b = b.map_err(|at| err_at(f, at, K::BadEscape))?;
        w.u8(b).map_err(|e| build_error(f, e))?;
    }
    Ok(())
}

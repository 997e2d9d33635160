//! Where DELEG and DELEGPARAM records may stand (draft-ietf-deleg sections
//! 3.3 and 5): [`check_placement`].

use crate::types::DelegKind;

/// Where in its zone a record's owner name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// The zone apex.
    Apex,
    /// A delegation point: a name below the apex with NS or DELEG.
    Delegation,
    /// Any other authoritative name of the zone.
    Data,
}

/// A record in a place the draft does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlacementError {
    /// DELEG at a zone apex (section 5: it MUST NOT appear there; a server
    /// MAY refuse to load such a zone).
    #[error("DELEG at the zone apex")]
    DelegAtApex,
    /// DELEGPARAM at a delegation point: it is ordinary data of the zone
    /// and creates no delegation (section 3.3), so at a cut it would be
    /// occluded.
    #[error("DELEGPARAM at a delegation point")]
    DelegParamAtDelegation,
}

/// Checks that a record of `kind` may stand at a name placed as `at`.
/// DELEG anywhere below the apex makes the name a delegation point (with or
/// without NS and DS); DELEGPARAM is allowed wherever ordinary data is.
///
/// ```
/// use deleg::{DelegKind, placement::{check_placement, Placement, PlacementError}};
/// assert_eq!(check_placement(DelegKind::Deleg, Placement::Apex), Err(PlacementError::DelegAtApex));
/// assert_eq!(check_placement(DelegKind::Deleg, Placement::Data), Ok(()));
/// assert!(check_placement(DelegKind::DelegParam, Placement::Delegation).is_err());
/// ```
///
/// # Errors
/// [`PlacementError`].
pub fn check_placement(kind: DelegKind, at: Placement) -> Result<(), PlacementError> {
    match (kind, at) {
        (DelegKind::Deleg, Placement::Apex) => Err(PlacementError::DelegAtApex),
        (DelegKind::DelegParam, Placement::Delegation) => Err(PlacementError::DelegParamAtDelegation),
        _ => Ok(()),
    }
}

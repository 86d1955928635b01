//! The one catalogue of social networks and web services (share endpoints,
//! profile URL patterns, widgets, analytics, comments, newsletters, captchas).
//! Filled by the share issue; every check that needs a network reads it here.

use url::Url;

/// A social profile recognised from a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRef {
    pub network: &'static str,
    pub handle: String,
}

/// The profile a URL points at, if it is a known network's profile address.
pub fn profile_from_url(_url: &Url) -> Option<ProfileRef> {
    None
}

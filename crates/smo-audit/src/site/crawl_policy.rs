//! What any face that crawls must decide the same way, without touching the
//! network: which resolved addresses may be connected to, which URLs are on
//! the crawl's host, and how many redirects are followed. The failure kinds
//! and the crawl summary are data ([`Failure`], [`CrawlSummary`]).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use url::Url;

pub use crate::facts::site::crawl::{CrawlSummary, Failure};

/// Redirects followed for one fetch (the start URL's included).
pub const MAX_REDIRECTS: u32 = 5;

/// True for an address a crawler of the public web must not connect to:
/// unspecified, loopback, private, shared (CGNAT), link-local, documentation,
/// benchmarking, multicast, broadcast and reserved ranges, IPv6 unique-local
/// and site-local, and IPv6 forms that embed an IPv4 address (mapped,
/// compatible, NAT64, 6to4) when the embedded address is special, Teredo.
pub fn is_special(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => special_v4(v4),
        IpAddr::V6(v6) => special_v6(v6),
    }
}

fn special_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    a == 0 // "this network", 0.0.0.0
        || a == 10
        || a == 127
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 169 && b == 254) // link-local
        || (a == 172 && (16..32).contains(&b))
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2) // TEST-NET-1
        || (a == 192 && b == 88 && c == 99) // 6to4 relay anycast
        || (a == 192 && b == 168)
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || (a == 198 && b == 51 && c == 100) // TEST-NET-2
        || (a == 203 && b == 0 && c == 113) // TEST-NET-3
        || a >= 224 // multicast, reserved, broadcast
}

fn special_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    if ip.is_unspecified() || ip.is_loopback() {
        return true;
    }
    // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d.
    if s[..5] == [0, 0, 0, 0, 0] && (s[5] == 0xffff || s[5] == 0) {
        return special_v4(Ipv4Addr::new(
            (s[6] >> 8) as u8,
            s[6] as u8,
            (s[7] >> 8) as u8,
            s[7] as u8,
        ));
    }
    // NAT64 64:ff9b::a.b.c.d (and the local-use 64:ff9b:1::/48).
    if s[0] == 0x64 && s[1] == 0xff9b {
        if s[2] == 1 {
            return true;
        }
        return special_v4(Ipv4Addr::new(
            (s[6] >> 8) as u8,
            s[6] as u8,
            (s[7] >> 8) as u8,
            s[7] as u8,
        ));
    }
    // 6to4 2002:a.b.c.d::/48.
    if s[0] == 0x2002 {
        return special_v4(Ipv4Addr::new(
            (s[1] >> 8) as u8,
            s[1] as u8,
            (s[2] >> 8) as u8,
            s[2] as u8,
        ));
    }
    (s[0] & 0xfe00) == 0xfc00 // unique local fc00::/7
        || (s[0] & 0xffc0) == 0xfe80 // link-local fe80::/10
        || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated) fec0::/10
        || (s[0] & 0xff00) == 0xff00 // multicast
        || (s[0] == 0x100 && s[1..4] == [0, 0, 0]) // discard-only 100::/64
        || (s[0] == 0x2001 && s[1] == 0) // Teredo 2001::/32
        || (s[0] == 0x2001 && s[1] == 0xdb8) // documentation
        || (s[0] == 0x2001 && s[1] == 2 && s[2] == 0) // benchmarking 2001:2::/48
        || (s[0] == 0x2001 && (s[1] & 0xfff0) == 0x10) // ORCHID 2001:10::/28
        || (s[0] == 0x2001 && (s[1] & 0xfff0) == 0x20) // ORCHIDv2 2001:20::/28
}

/// Whether a crawl may connect to `ip`: any public address; a special one
/// only when the crawl allows them (its start host itself resolves to a
/// special address: a local or staging site).
pub fn address_allowed(ip: IpAddr, allow_special: bool) -> bool {
    allow_special || !is_special(ip)
}

/// Whether a crawl whose start host resolves to `start_addrs` may connect to
/// special addresses: yes when any of them is special.
pub fn allows_special(start_addrs: &[IpAddr]) -> bool {
    start_addrs.iter().any(|ip| is_special(*ip))
}

/// Whether `u` is on the crawl's host: same scheme family (http/https), host
/// and port as `root`.
pub fn on_host(root: &Url, u: &Url) -> bool {
    matches!(u.scheme(), "http" | "https") && crate::facts::site::same_host_port(root, u)
}

/// Where a redirect from `from` with the `Location` header `location` leads:
/// the next URL, or why it must not be followed. `chain` holds the URLs
/// already requested for this fetch; `root` is the crawl's host (None while
/// the start URL is being followed: any http(s) host is allowed then).
pub fn next_redirect(from: &Url, location: &str, chain: &[Url], root: Option<&Url>) -> Result<Url, Failure> {
    let mut to = from
        .join(location.trim())
        .map_err(|e| Failure::Connection(format!("bad redirect location {:?}: {}", location, e)))?;
    to.set_fragment(None);
    if !matches!(to.scheme(), "http" | "https") {
        return Err(Failure::OffHostRedirect(to.to_string()));
    }
    if let Some(root) = root {
        if !on_host(root, &to) {
            return Err(Failure::OffHostRedirect(to.to_string()));
        }
    }
    if chain.iter().any(|u| u.as_str() == to.as_str()) {
        return Err(Failure::RedirectLoop(to.to_string()));
    }
    if chain.len() > MAX_REDIRECTS as usize {
        return Err(Failure::TooManyRedirects(MAX_REDIRECTS));
    }
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn special_addresses_are_refused() {
        for s in [
            "127.0.0.1",
            "127.0.0.2",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "fec0::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.0.0.1",
            "64:ff9b::7f00:1",
            "2002:7f00:1::",
            "2001:db8::1",
            "2001::1",
            "::7f00:1",
        ] {
            assert!(is_special(ip(s)), "{} is special", s);
            assert!(!address_allowed(ip(s), false), "{}", s);
            assert!(address_allowed(ip(s), true), "{}", s);
        }
        for s in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "2a00:1450:4001::200e",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert!(!is_special(ip(s)), "{} is public", s);
            assert!(address_allowed(ip(s), false), "{}", s);
        }
        assert!(allows_special(&[ip("127.0.0.1")]));
        assert!(!allows_special(&[ip("8.8.8.8")]));
    }

    #[test]
    fn redirects_stay_on_the_host() {
        let root = Url::parse("https://example.com/").unwrap();
        let from = Url::parse("https://example.com/a").unwrap();
        let chain = vec![from.clone()];
        assert_eq!(
            next_redirect(&from, "/b", &chain, Some(&root)).unwrap().as_str(),
            "https://example.com/b"
        );
        assert_eq!(
            next_redirect(&from, "https://other.example/x", &chain, Some(&root)),
            Err(Failure::OffHostRedirect("https://other.example/x".into()))
        );
        assert_eq!(
            next_redirect(&from, "https://example.com:8443/", &chain, Some(&root))
                .unwrap_err()
                .kind(),
            "off-host-redirect"
        );
        assert!(next_redirect(&from, "https://www.example.com/", &chain, None).is_ok());
        assert_eq!(
            next_redirect(&from, "file:///etc/passwd", &chain, None)
                .unwrap_err()
                .kind(),
            "off-host-redirect"
        );
        assert_eq!(
            next_redirect(&from, "/a", &chain, Some(&root))
                .unwrap_err()
                .kind(),
            "redirect-loop"
        );
        let long: Vec<Url> = (0..=MAX_REDIRECTS)
            .map(|i| Url::parse(&format!("https://example.com/{}", i)).unwrap())
            .collect();
        assert_eq!(
            next_redirect(long.last().unwrap(), "/next", &long, Some(&root)),
            Err(Failure::TooManyRedirects(MAX_REDIRECTS))
        );
        assert!(!on_host(&root, &Url::parse("http://example.com/").unwrap()));
    }

    #[test]
    fn failures_have_kinds_and_messages() {
        use crate::i18n::Locale;
        assert_eq!(Failure::Status(404).message(Locale::En), "answers HTTP 404");
        assert_eq!(Failure::Timeout.kind(), "timeout");
        assert!(Failure::OffHostRedirect("https://x.example/".into())
            .message(Locale::En)
            .contains("https://x.example/"));
        assert!(!Failure::NotHtml("image/png".into()).is_broken());
        assert!(!Failure::OffHostRedirect("https://x.example/".into()).is_broken());
        assert!(!Failure::TooLarge(10).is_broken());
        assert!(Failure::Status(500).is_broken() && Failure::Timeout.is_broken());
        assert!(Failure::RefusedAddress("10.0.0.1".into()).is_broken());
    }
}

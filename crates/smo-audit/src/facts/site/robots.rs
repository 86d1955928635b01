//! A robots.txt parser and matcher following RFC 9309: groups of user-agent lines,
//! case-insensitive product tokens, the `*` group as fallback, merged groups, the
//! longest matching rule wins (allow on a tie), `*` wildcards and the `$` end anchor.
//! `Crawl-delay` (not in the RFC, widely used) is read per group.

/// One allow / disallow rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub allow: bool,
    pub pattern: String,
    pub line: u32,
}

/// A group: the user agents it names and its rules.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Group {
    pub agents: Vec<String>,
    pub rules: Vec<Rule>,
    pub line: u32,
    /// The group's `Crawl-delay`, in milliseconds.
    pub crawl_delay_ms: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Robots {
    pub groups: Vec<Group>,
    pub sitemaps: Vec<String>,
}

/// The decision for one URL path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub allowed: bool,
    /// The rule that decided, when one matched.
    pub rule: Option<Rule>,
}

impl Robots {
    /// Parse robots.txt text. Never fails: unknown lines are ignored, as RFC 9309 asks.
    pub fn parse(text: &str) -> Robots {
        let mut r = Robots::default();
        let mut cur: Option<Group> = None;
        let mut cur_has_rules = false;
        // RFC 9309 §2.5: parse at least 500 KiB.
        let text = if text.len() > 512 * 1024 {
            let mut end = 512 * 1024;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[..end]
        } else {
            text
        };
        let text = text.trim_start_matches('\u{feff}');
        for (i, raw) in text.lines().enumerate() {
            let line_no = (i + 1) as u32;
            let line = raw.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if cur.is_none() || cur_has_rules {
                        if let Some(g) = cur.take() {
                            r.groups.push(g);
                        }
                        cur = Some(Group {
                            line: line_no,
                            ..Default::default()
                        });
                        cur_has_rules = false;
                    }
                    if let Some(g) = cur.as_mut() {
                        // The product token: letters, `_` and `-` (RFC 9309 §2.2.1).
                        let token: String = value
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-' || *c == '*')
                            .collect();
                        g.agents.push(token.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    if let Some(g) = cur.as_mut() {
                        cur_has_rules = true;
                        if !value.is_empty() {
                            g.rules.push(Rule {
                                allow: key == "allow",
                                pattern: value.to_string(),
                                line: line_no,
                            });
                        }
                    }
                }
                "crawl-delay" => {
                    if let Some(g) = cur.as_mut() {
                        cur_has_rules = true;
                        if let Ok(d) = value.parse::<f64>() {
                            if d.is_finite() && d >= 0.0 {
                                g.crawl_delay_ms = Some((d.min(86_400.0) * 1000.0).round() as u64);
                            }
                        }
                    }
                }
                "sitemap" if !value.is_empty() => {
                    r.sitemaps.push(value.to_string());
                }
                _ => {}
            }
        }
        if let Some(g) = cur.take() {
            r.groups.push(g);
        }
        r
    }

    /// The rules that apply to a crawler with this product token (merged groups;
    /// the `*` groups when no group names it).
    pub fn rules_for(&self, token: &str) -> Vec<&Rule> {
        let token = token.to_ascii_lowercase();
        let named: Vec<&Rule> = self
            .groups
            .iter()
            .filter(|g| g.agents.contains(&token))
            .flat_map(|g| g.rules.iter())
            .collect();
        let any_named = self.groups.iter().any(|g| g.agents.contains(&token));
        if any_named {
            return named;
        }
        self.groups
            .iter()
            .filter(|g| g.agents.iter().any(|a| a == "*"))
            .flat_map(|g| g.rules.iter())
            .collect()
    }

    /// The `Crawl-delay` for a crawler with this product token, in
    /// milliseconds (at most a day):
    /// from the groups naming it, else from the `*` groups (the largest when
    /// several groups give one).
    pub fn crawl_delay_ms(&self, token: &str) -> Option<u64> {
        let token = token.to_ascii_lowercase();
        let named = self.groups.iter().any(|g| g.agents.contains(&token));
        self.groups
            .iter()
            .filter(|g| {
                if named {
                    g.agents.contains(&token)
                } else {
                    g.agents.iter().any(|a| a == "*")
                }
            })
            .filter_map(|g| g.crawl_delay_ms)
            .max()
    }

    /// May this crawler fetch this path (path and query, e.g. `/blog/?p=1`)?
    pub fn decide(&self, token: &str, path: &str) -> Decision {
        if path == "/robots.txt" {
            return Decision {
                allowed: true,
                rule: None,
            };
        }
        let path = normalize(path);
        let mut best: Option<&Rule> = None;
        for rule in self.rules_for(token) {
            if matches(&normalize(&rule.pattern), &path) {
                let better = match best {
                    None => true,
                    Some(b) => {
                        rule.pattern.len() > b.pattern.len()
                            || (rule.pattern.len() == b.pattern.len() && rule.allow && !b.allow)
                    }
                };
                if better {
                    best = Some(rule);
                }
            }
        }
        Decision {
            allowed: best.is_none_or(|r| r.allow),
            rule: best.cloned(),
        }
    }

    pub fn allowed(&self, token: &str, path: &str) -> bool {
        self.decide(token, path).allowed
    }
}

/// Upper-case percent escapes and encode non-ASCII bytes, so `/ş` and `/%c5%9f` compare equal.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' && i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit() {
            out.push('%');
            out.push(b[i + 1].to_ascii_uppercase() as char);
            out.push(b[i + 2].to_ascii_uppercase() as char);
            i += 3;
            continue;
        }
        if c >= 0x80 {
            out.push_str(&format!("%{:02X}", c));
        } else {
            out.push(c as char);
        }
        i += 1;
    }
    out
}

/// Does the pattern (with `*` and a trailing `$`) match the start of the path?
/// Iterative wildcard matching: no recursion, O(pattern × path) at worst.
pub fn matches(pattern: &str, path: &str) -> bool {
    let (pat, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p.as_bytes(), true),
        None => (pattern.as_bytes(), false),
    };
    let s = path.as_bytes();
    let (mut p, mut i) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    loop {
        if p == pat.len() {
            if !anchored || i == s.len() {
                return true;
            }
        } else if pat[p] == b'*' {
            star = Some((p, i));
            p += 1;
            continue;
        } else if i < s.len() && pat[p] == s[i] {
            p += 1;
            i += 1;
            continue;
        }
        // Mismatch (or anchored end not reached): let the last `*` eat one more byte.
        match star {
            Some((sp, si)) if si < s.len() => {
                star = Some((sp, si + 1));
                p = sp + 1;
                i = si + 1;
            }
            _ => return false,
        }
    }
}

/// Social preview crawlers: (product token, who runs it).
pub const SOCIAL_BOTS: &[(&str, &str)] = &[
    ("facebookexternalhit", "Facebook, Messenger, Instagram"),
    ("Facebot", "Facebook"),
    ("Twitterbot", "X (Twitter)"),
    ("LinkedInBot", "LinkedIn"),
    ("Pinterestbot", "Pinterest"),
    ("Slackbot", "Slack"),
    ("WhatsApp", "WhatsApp"),
    ("TelegramBot", "Telegram"),
    ("Discordbot", "Discord"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins_and_allow_breaks_ties() {
        let r = Robots::parse("User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /x\nAllow: /x\n");
        assert!(!r.allowed("bot", "/a/c"));
        assert!(r.allowed("bot", "/a/b/c"));
        assert!(r.allowed("bot", "/x/y"), "equal length: allow wins");
        assert!(r.allowed("bot", "/other"));
    }

    #[test]
    fn wildcards_and_end_anchor() {
        let r = Robots::parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /tmp*/secret\n");
        assert!(!r.allowed("bot", "/files/a.pdf"));
        assert!(r.allowed("bot", "/files/a.pdf?x=1"));
        assert!(!r.allowed("bot", "/tmp1/secret/x"));
        assert!(r.allowed("bot", "/tmp1/public"));
        assert!(matches("/", "/anything"));
        assert!(matches("/a$", "/a") && !matches("/a$", "/ab"));
        assert!(matches("*", ""));
        assert!(!matches("/a*b*c$", "/aXbYcZ"));
        assert!(matches("/a*b*c$", "/aXbYc"));
    }

    #[test]
    fn groups_named_agents_merge_and_fallback() {
        let txt = "User-agent: Twitterbot\nUser-agent: facebookexternalhit\nDisallow: /private\n\nuser-agent: *\nDisallow: /\n\nUser-Agent: twitterbot\nDisallow: /drafts\n";
        let r = Robots::parse(txt);
        assert!(r.allowed("Twitterbot", "/blog"));
        assert!(!r.allowed("Twitterbot", "/drafts/1"), "merged group");
        assert!(!r.allowed("twitterbot", "/private"));
        assert!(r.allowed("facebookexternalhit", "/"));
        assert!(!r.allowed("LinkedInBot", "/"), "falls back to *");
        assert!(r.allowed("LinkedInBot", "/robots.txt"));
    }

    #[test]
    fn comments_empty_disallow_sitemaps_and_junk() {
        let r = Robots::parse(
            "# hi\nUser-agent: * # all\nDisallow:\nnonsense line\nSitemap: https://e.com/s.xml\n",
        );
        assert!(r.allowed("x", "/a"));
        assert_eq!(r.sitemaps, vec!["https://e.com/s.xml"]);
        let r = Robots::parse("Disallow: /\n");
        assert!(r.allowed("x", "/"), "rules before any user-agent are ignored");
    }

    #[test]
    fn crawl_delay_of_the_named_group_else_star() {
        let r = Robots::parse(
            "User-agent: *\nCrawl-delay: 2\n\nUser-agent: smo-audit\nCrawl-delay: 0.5\nDisallow: /x\n",
        );
        assert_eq!(r.crawl_delay_ms("smo-audit"), Some(500));
        assert_eq!(r.crawl_delay_ms("other"), Some(2000));
        assert!(
            !r.allowed("smo-audit", "/x"),
            "crawl-delay does not end the group"
        );
        let r = Robots::parse("User-agent: smo-audit\nDisallow: /x\n\nUser-agent: *\nCrawl-delay: 3\n");
        assert_eq!(r.crawl_delay_ms("smo-audit"), None, "the named group has none");
        let r = Robots::parse("User-agent: *\nCrawl-delay: soon\nCrawl-delay: -1\n");
        assert_eq!(r.crawl_delay_ms("x"), None);
    }

    #[test]
    fn percent_encoding_compares_equal() {
        let r = Robots::parse("User-agent: *\nDisallow: /ş\n");
        assert!(!r.allowed("x", "/%C5%9F/a"));
        assert!(!r.allowed("x", "/%c5%9f"));
    }

    #[test]
    fn pathological_input_terminates() {
        let pat = "*a".repeat(200);
        assert!(!matches(&pat, &"b".repeat(2000)));
        let _ = Robots::parse(&"User-agent: *\n".repeat(10_000));
    }
}

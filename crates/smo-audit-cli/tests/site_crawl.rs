//! The crawler against a local HTTP server on 127.0.0.1 (ephemeral port, in
//! process, bounded loops): breadth-first on one host, robots.txt obeyed,
//! redirects followed, broken links found, og:image size read from its bytes.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Command;

fn png_1200x630() -> Vec<u8> {
    std::fs::read(concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/examples/site/images/og-sosyal-medya-takvimi.png"
    ))
    .expect("sample image")
}

fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().unwrap();
    let base = format!("http://{}", addr);
    let b2 = base.clone();
    std::thread::spawn(move || {
        let img = png_1200x630();
        for stream in listener.incoming().take(200) {
            let Ok(mut s) = stream else { continue };
            let mut reader = BufReader::new(s.try_clone().unwrap());
            let mut first = String::new();
            if reader.read_line(&mut first).is_err() {
                continue;
            }
            let mut ua = String::new();
            for _ in 0..100 {
                let mut l = String::new();
                if reader.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
                    break;
                }
                if l.to_ascii_lowercase().starts_with("user-agent:") {
                    ua = l;
                }
            }
            let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
            assert!(ua.contains("smo-audit/"), "clear user agent");
            let page = |title: &str, body: &str| {
                format!("<!DOCTYPE html><html lang=en><head><title>{}</title><meta property=og:image content=\"{}/og.png\"></head><body>{}</body></html>", title, b2, body)
            };
            let (status, ctype, body): (&str, &str, Vec<u8>) = match path.as_str() {
                "/robots.txt" => ("200 OK", "text/plain", b"User-agent: *\nDisallow: /private\nSitemap: /sitemap.xml\n".to_vec()),
                "/" => ("200 OK", "text/html; charset=utf-8", page("Home", "<a href=/a.html>A</a> <a href=/old>Old</a> <a href=/private.html>P</a> <a href=/missing.html>M</a> <a href='https://elsewhere.invalid/'>x</a>").into_bytes()),
                "/a.html" => ("200 OK", "text/html", page("Page A", "<a href=/>home</a> <a href=/b.html>B</a>").into_bytes()),
                "/b.html" => ("200 OK", "text/html", page("Page B", "<a href=/a.html>A</a>").into_bytes()),
                "/old" => ("301 Moved Permanently", "text/html", Vec::new()),
                "/private.html" => ("200 OK", "text/html", page("Secret", "").into_bytes()),
                "/og.png" => ("200 OK", "image/png", img.clone()),
                _ => ("404 Not Found", "text/html", b"not found".to_vec()),
            };
            let mut head = format!(
                "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                status,
                ctype,
                body.len()
            );
            if path == "/old" {
                head.push_str("Location: /b.html\r\n");
            }
            head.push_str("\r\n");
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(&body);
        }
    });
    base
}

#[test]
fn crawls_a_local_site() {
    let base = serve();
    let out = Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args([
            &format!("{}/", base),
            "--format",
            "json",
            "--max-pages",
            "10",
            "--concurrency",
            "2",
            "--timeout",
            "5",
            "-q",
        ])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // A crawled site's report follows the published schema.
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../schemas/report.schema.json")).unwrap();
    let errors: Vec<String> = jsonschema::validator_for(&schema)
        .unwrap()
        .iter_errors(&v)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{:#?}", errors);
    assert!(v["crawl"].is_object());
    let urls: Vec<String> = v["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["url"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(urls.contains(&format!("{}/", base)), "{:?}", urls);
    assert!(urls.contains(&format!("{}/a.html", base)));
    assert!(
        urls.contains(&format!("{}/b.html", base)),
        "reached via the redirect too: {:?}",
        urls
    );
    assert!(
        !urls.iter().any(|u| u.contains("private")),
        "robots.txt obeyed: {:?}",
        urls
    );
    assert_eq!(
        urls.iter().filter(|u| u.ends_with("/b.html")).count(),
        1,
        "no duplicate after redirect"
    );
    let check = |id: &str| {
        v["site"]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .cloned()
            .unwrap()
    };
    let bl = check("broken-links");
    assert_eq!(bl["status"], "fail");
    assert!(bl["evidence"].to_string().contains("missing.html"));
    let og = check("og-image-files");
    assert_eq!(og["status"], "pass", "{}", og);
    assert_eq!(check("sitemap")["status"], "pass");
    assert_eq!(check("robots-social")["status"], "pass");
}

#[test]
fn max_pages_is_a_hard_limit() {
    let base = serve();
    let out = Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args([
            &format!("{}/", base),
            "--format",
            "json",
            "--max-pages",
            "2",
            "-q",
        ])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pages"].as_array().unwrap().len(), 2);
}

#[test]
fn unreachable_host_is_a_usage_error() {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    let out = Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args([&format!("http://127.0.0.1:{}/", port), "--timeout", "2", "-q"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------
// Hosts, redirects, refused addresses, failure kinds, limits, identity.

use std::sync::{Arc, Mutex};

/// The requests a test server received: (path, user agent).
type Log = Arc<Mutex<Vec<(String, String)>>>;

/// One answer of a test server: status line, extra headers, content type, body.
type Answer = (&'static str, Vec<(String, String)>, &'static str, Vec<u8>);

/// A server on `ip` (port from the OS) answering by path; every request is
/// recorded as (path, user agent). Serves at most 200 connections.
fn server(ip: &str, route: impl Fn(&str, &str) -> Option<Answer> + Send + 'static) -> (String, Log) {
    let listener = TcpListener::bind(format!("{}:0", ip)).expect("bind");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let (b2, log2) = (base.clone(), log.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(mut s) = stream else { continue };
            let mut reader = BufReader::new(s.try_clone().unwrap());
            let mut first = String::new();
            if reader.read_line(&mut first).is_err() {
                continue;
            }
            let mut ua = String::new();
            for _ in 0..100 {
                let mut l = String::new();
                if reader.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
                    break;
                }
                if l.to_ascii_lowercase().starts_with("user-agent:") {
                    ua = l[11..].trim().to_string();
                }
            }
            let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
            log2.lock().unwrap().push((path.clone(), ua));
            // None: never answer (the connection is held until the client gives up).
            let Some((status, headers, ctype, body)) = route(&path, &b2) else {
                std::thread::spawn(move || {
                    std::thread::sleep(std::time::Duration::from_secs(5));
                    drop(s);
                });
                continue;
            };
            let mut head = format!(
                "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                status,
                ctype,
                body.len()
            );
            for (k, v) in headers {
                head.push_str(&format!("{}: {}\r\n", k, v));
            }
            head.push_str("\r\n");
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(&body);
        }
    });
    (base, log)
}

fn html(body: &str) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html lang=en><head><title>T</title></head><body>{}</body></html>",
        body
    )
    .into_bytes()
}

fn ok(body: &str) -> Option<Answer> {
    Some(("200 OK", Vec::new(), "text/html", html(body)))
}

fn redirect(to: String) -> Option<Answer> {
    Some((
        "302 Found",
        vec![("Location".into(), to)],
        "text/html",
        Vec::new(),
    ))
}

fn not_found() -> Option<Answer> {
    Some(("404 Not Found", Vec::new(), "text/html", b"nf".to_vec()))
}

/// "Another host": a listener on 127.0.0.2 that records every connection
/// (accepted, before anything is read) and answers nothing.
fn other_host() -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.2:0").expect("bind 127.0.0.2");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let c2 = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(50) {
            c2.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            drop(stream);
        }
    });
    (base, count)
}

fn crawl(url: &str, extra: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let mut args = vec![url, "--format", "json", "-q"];
    if !extra.contains(&"--timeout") {
        args.extend(["--timeout", "2"]);
    }
    args.extend_from_slice(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_smo-audit"))
        .args(&args)
        .output()
        .expect("run");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code(),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn site_check(v: &serde_json::Value, id: &str) -> serde_json::Value {
    v["site"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
        .unwrap()
}

#[test]
fn off_host_redirects_are_never_followed() {
    let (other, other_hits) = other_host();
    let target = format!("{}/secret", other);
    let (base, _) = server("127.0.0.1", move |path, _| match path {
        "/" => ok("<a href=/away>away</a> <a href=/a.html>a</a>"),
        "/a.html" => ok("<a href=/>home</a>"),
        "/away" => redirect(target.clone()),
        "/robots.txt" => not_found(),
        _ => not_found(),
    });
    let (code, v, err) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(
        other_hits.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "the other host got a connection"
    );
    assert_eq!(v["crawl"]["failures"]["off-host-redirect"], 1, "{}", v["crawl"]);
    assert_eq!(v["pages"].as_array().unwrap().len(), 2);
    let failure = &v["site"]["data"]["failures"][format!("{}/away", base)];
    assert_eq!(failure["kind"], "off-host-redirect", "{}", v["site"]["data"]);
    assert_eq!(failure["detail"], format!("{}/secret", other));
    // A link that redirects elsewhere leads somewhere: not a broken link,
    // but said on stderr with its target.
    assert_eq!(site_check(&v, "broken-links")["status"], "pass");
    assert!(
        err.contains(&format!(
            "{}/away: redirects to another host ({}/secret)",
            base, other
        )),
        "{}",
        err
    );
}

#[test]
fn start_redirect_to_another_host_is_followed_and_reported() {
    // The www pages link back to the apex host: it must get nothing but the
    // start request.
    let apex_addr = Arc::new(Mutex::new(String::new()));
    let a2 = apex_addr.clone();
    let (www, www_log) = server("127.0.0.2", move |path, _| match path {
        "/" => ok(&format!(
            "<a href=/b.html>b</a> <a href={}/x>apex</a>",
            a2.lock().unwrap()
        )),
        "/b.html" => ok("<a href=/>home</a>"),
        _ => not_found(),
    });
    let to = format!("{}/", www);
    let (apex, apex_log) = server("127.0.0.1", move |_, _| redirect(to.clone()));
    *apex_addr.lock().unwrap() = apex.clone();
    let (code, v, err) = crawl(&format!("{}/", apex), &[]);
    assert_eq!(code, Some(0), "{}", err);
    let urls: Vec<&str> = v["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls, vec![format!("{}/", www), format!("{}/b.html", www)]);
    assert!(
        err.contains(&format!("crawling {}/", www)) && err.contains("redirects to"),
        "{}",
        err
    );
    assert_eq!(v["crawl"]["startUrl"], format!("{}/", apex));
    assert_eq!(v["crawl"]["finalUrl"], format!("{}/", www));
    assert!(
        www_log.lock().unwrap().iter().any(|(p, _)| p == "/robots.txt"),
        "robots.txt of the crawled host"
    );
    let apex_paths: Vec<String> = apex_log.lock().unwrap().iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(
        apex_paths,
        vec!["/".to_string()],
        "the start host after its redirect"
    );
}

#[test]
fn failures_keep_their_kinds() {
    let (base, _) = server("127.0.0.1", |path, _| {
        let n = |p: &str| p.trim_start_matches("/r").parse::<u32>().ok();
        match path {
            "/" => ok("<a href=/gone>1</a> <a href=/loop>2</a> <a href=/r1>3</a> <a href=/data.json>4</a> <a href=/slow>5</a> <a href=/err>6</a>"),
            "/gone" => not_found(),
            "/loop" => redirect("/loop2".into()),
            "/loop2" => redirect("/loop".into()),
            "/data.json" => Some(("200 OK", Vec::new(), "application/json", b"{}".to_vec())),
            "/slow" => None,
            "/err" => Some(("503 Service Unavailable", Vec::new(), "text/html", Vec::new())),
            p if n(p).is_some() => redirect(format!("/r{}", n(p).unwrap() + 1)),
            _ => not_found(),
        }
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--timeout", "1"]);
    assert_eq!(code, Some(0), "{}", err);
    let f = &v["crawl"]["failures"];
    assert_eq!(f["status"], 2, "{}", f);
    assert_eq!(f["redirect-loop"], 1, "{}", f);
    assert_eq!(f["too-many-redirects"], 1, "{}", f);
    assert_eq!(f["not-html"], 1, "{}", f);
    assert_eq!(f["timeout"], 1, "{}", f);
    let d = &v["site"]["data"]["failures"];
    assert_eq!(d[format!("{}/gone", base)]["detail"], 404);
    assert_eq!(d[format!("{}/err", base)]["detail"], 503);
    assert!(err.contains("URLs failed"), "{}", err);
    let ev = site_check(&v, "broken-links")["evidence"].to_string();
    for why in [
        "answers HTTP 404",
        "answers HTTP 503",
        "redirect loop",
        "too many redirects",
        "timed out",
    ] {
        assert!(ev.contains(why), "{}: {}", why, ev);
    }
    assert!(!ev.contains("data.json"), "not HTML is not a broken link: {}", ev);
    let bl = site_check(&v, "broken-links");
    assert!(
        bl["message"].as_str().unwrap().contains("could not be fetched"),
        "{}",
        bl
    );
}

#[test]
fn og_image_failures_say_why() {
    let (base, _) = server("127.0.0.1", |path, b| {
        match path {
        "/" => Some((
            "200 OK",
            Vec::new(),
            "text/html",
            format!("<!DOCTYPE html><html lang=en><head><title>T</title><meta property=og:image content=\"{}/og.png\"></head><body></body></html>", b).into_bytes(),
        )),
        "/og.png" => Some(("500 Internal Server Error", Vec::new(), "text/plain", Vec::new())),
        _ => not_found(),
    }
    });
    let (code, v, err) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(0), "{}", err);
    let og = site_check(&v, "og-image-files");
    assert_eq!(og["status"], "fail");
    assert!(og.to_string().contains("answers HTTP 500"), "{}", og);
}

#[test]
fn failed_start_url_says_why() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/loop" => redirect("/loop".into()),
        "/img" => Some(("200 OK", Vec::new(), "image/png", b"png".to_vec())),
        _ => not_found(),
    });
    let (code, _, err) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("HTTP 404"), "{}", err);
    let (code, _, err) = crawl(&format!("{}/loop", base), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("redirect loop"), "{}", err);
    let (code, _, err) = crawl(&format!("{}/img", base), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("not HTML (image/png)"), "{}", err);
}

#[test]
fn limits_are_reported_and_zero_pages_is_an_error() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/" => ok("<a href=/1>1</a> <a href=/2>2</a> <a href=/3>3</a>"),
        "/1" | "/2" | "/3" => ok("<a href=/>home</a>"),
        _ => not_found(),
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--max-pages", "2"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["stoppedBy"], "max-pages");
    assert_eq!(v["crawl"]["notVisited"], 2, "{}", v["crawl"]);
    assert_eq!(v["crawl"]["pages"], 2);
    assert!(
        err.contains("stopped by --max-pages 2: 2 known URLs not visited"),
        "{}",
        err
    );
    let (code, v, err) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["stoppedBy"], serde_json::Value::Null);
    assert_eq!(v["crawl"]["notVisited"], 0);
    assert!(!err.contains("stopped by"), "{}", err);
    let (code, _, err) = crawl(&format!("{}/", base), &["--max-pages", "0"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--max-pages"), "{}", err);
}

#[test]
fn user_agent_names_the_tool_and_can_be_replaced() {
    let (base, log) = server("127.0.0.1", |path, _| match path {
        "/" => ok(""),
        _ => not_found(),
    });
    let (code, _, err) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(0), "{}", err);
    let want = format!(
        "smo-audit/{} (social media optimization audit)",
        env!("CARGO_PKG_VERSION")
    );
    assert!(
        log.lock().unwrap().iter().all(|(_, ua)| *ua == want),
        "{:?}",
        log.lock().unwrap()
    );
    log.lock().unwrap().clear();
    let (code, _, _) = crawl(&format!("{}/", base), &["--user-agent", "MyBot/1.0"]);
    assert_eq!(code, Some(0));
    assert!(
        log.lock().unwrap().iter().all(|(_, ua)| ua == "MyBot/1.0"),
        "{:?}",
        log.lock().unwrap()
    );
}

#[test]
fn too_large_pages_are_a_failure_of_their_own() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/" => ok("<a href=/big>big</a>"),
        "/big" => Some(("200 OK", Vec::new(), "text/html", html(&"x".repeat(4000)))),
        _ => not_found(),
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--max-bytes", "2000"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["failures"]["too-large"], 1, "{}", v["crawl"]);
    assert_eq!(v["crawl"]["pages"], 1);
    assert!(err.contains("/big: too large (over 2000 bytes)"), "{}", err);
    assert_ne!(
        site_check(&v, "broken-links")["status"],
        "fail",
        "the page exists"
    );
}

#[test]
fn crawl_delay_spaces_page_requests() {
    let times: Arc<Mutex<Vec<(String, std::time::Instant)>>> = Arc::new(Mutex::new(Vec::new()));
    let t2 = times.clone();
    let (base, _) = server("127.0.0.1", move |path, _| {
        t2.lock()
            .unwrap()
            .push((path.to_string(), std::time::Instant::now()));
        match path {
            "/robots.txt" => Some((
                "200 OK",
                Vec::new(),
                "text/plain",
                b"User-agent: *\nCrawl-delay: 1\n".to_vec(),
            )),
            "/" => ok("<a href=/a>a</a>"),
            "/a" => ok("<a href=/b>b</a>"),
            "/b" => ok("<a href=/>home</a>"),
            _ => not_found(),
        }
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--concurrency", "4"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["pages"], 3, "{}", v["crawl"]);
    assert_eq!(v["crawl"]["delayMs"], 1000, "{}", v["crawl"]);
    assert!(err.contains("robots.txt Crawl-delay"), "{}", err);
    let times = times.lock().unwrap();
    let at = |p: &str| times.iter().find(|(q, _)| q == p).map(|(_, t)| *t).unwrap();
    let (a, b) = (at("/a"), at("/b"));
    assert!(
        a - at("/") >= std::time::Duration::from_millis(900),
        "{:?}",
        times
    );
    assert!(b - a >= std::time::Duration::from_millis(900), "{:?}", times);
}

#[test]
fn delay_flag_is_reported_and_bad_seconds_refused() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/" => ok(""),
        _ => not_found(),
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--delay", "0.2"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["delayMs"], 200, "{}", v["crawl"]);
    assert!(err.contains("(--delay)"), "{}", err);
    let (code, v, _) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(0));
    assert!(v["crawl"].get("delayMs").is_none(), "{}", v["crawl"]);
    let (code, _, err) = crawl(&format!("{}/", base), &["--delay", "-1"]);
    assert_eq!(code, Some(2), "{}", err);
}

#[test]
fn time_and_byte_budgets_stop_the_crawl() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/" => ok("<a href=/1>1</a> <a href=/2>2</a> <a href=/3>3</a>"),
        "/1" | "/2" | "/3" => ok("<a href=/>home</a>"),
        _ => not_found(),
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--max-time", "0"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["stoppedBy"], "max-time", "{}", v["crawl"]);
    assert_eq!(v["crawl"]["notVisited"], 3, "{}", v["crawl"]);
    assert_eq!(v["crawl"]["pages"], 1);
    assert!(
        err.contains("stopped by --max-time 0: 3 known URLs not visited"),
        "{}",
        err
    );
    let (code, v, err) = crawl(&format!("{}/", base), &["--max-bytes-total", "1"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["stoppedBy"], "max-bytes-total", "{}", v["crawl"]);
    assert_eq!(v["crawl"]["pages"], 1);
    assert!(
        err.contains("stopped by --max-bytes-total 1: 3 known URLs not visited"),
        "{}",
        err
    );
    let (code, v, err) = crawl(
        &format!("{}/", base),
        &["--max-time", "60", "--max-bytes-total", "10000000"],
    );
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["stoppedBy"], serde_json::Value::Null);
    assert_eq!(v["crawl"]["pages"], 4);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn sitemaps_seed_the_crawl() {
    let (base, log) = server("127.0.0.1", |path, b| {
        match path {
        "/robots.txt" => Some((
            "200 OK",
            Vec::new(),
            "text/plain",
            format!("User-agent: *\nDisallow: /private\nSitemap: {}/index.xml\nSitemap: /s.xml.gz\nSitemap: /bomb.xml.gz\nSitemap: http://other.invalid/x.xml\n", b).into_bytes(),
        )),
        "/s.xml.gz" => Some((
            "200 OK",
            Vec::new(),
            "application/gzip",
            gzip(format!("<urlset><url><loc>{}/from-gz</loc></url></urlset>", b).as_bytes()),
        )),
        // 11 MB of whitespace once decompressed: over the sitemap size bound.
        "/bomb.xml.gz" => Some(("200 OK", Vec::new(), "application/gzip", gzip(&vec![b' '; 11 << 20]))),
        "/sitemap.xml" => Some((
            "200 OK",
            Vec::new(),
            "application/xml",
            format!("<urlset><url><loc>{}/orphan</loc></url><url><loc>{}/private</loc></url><url><loc>http://other.invalid/page</loc></url></urlset>", b, b).into_bytes(),
        )),
        "/index.xml" => Some((
            "200 OK",
            Vec::new(),
            "application/xml",
            format!("<sitemapindex><sitemap><loc>{}/pages.xml</loc></sitemap></sitemapindex>", b).into_bytes(),
        )),
        "/pages.xml" => Some((
            "200 OK",
            Vec::new(),
            "application/xml",
            format!("<urlset><url><loc>{}/from-index</loc></url></urlset>", b).into_bytes(),
        )),
        "/" | "/orphan" | "/from-index" | "/from-gz" => ok(""),
        _ => not_found(),
    }
    });
    let (code, v, err) = crawl(&format!("{}/", base), &[]);
    assert_eq!(code, Some(0), "{}", err);
    let urls: Vec<&str> = v["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["url"].as_str().unwrap())
        .collect();
    assert!(urls.contains(&format!("{}/orphan", base).as_str()), "{:?}", urls);
    assert!(
        urls.contains(&format!("{}/from-index", base).as_str()),
        "{:?}",
        urls
    );
    assert!(urls.contains(&format!("{}/from-gz", base).as_str()), "{:?}", urls);
    assert_eq!(urls.len(), 4, "{:?}", urls);
    assert_eq!(v["crawl"]["skippedByRobots"], 1, "{}", v["crawl"]);
    assert!(
        err.contains(&format!(
            "{}/bomb.xml.gz: sitemap over 10485760 bytes, not read",
            base
        )),
        "{}",
        err
    );
    assert!(
        !log.lock().unwrap().iter().any(|(p, _)| p.contains("private")),
        "robots.txt obeyed for sitemap URLs"
    );
}

#[test]
fn ignore_robots_reads_but_does_not_obey() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/robots.txt" => Some((
            "200 OK",
            Vec::new(),
            "text/plain",
            b"User-agent: *\nDisallow: /private\nCrawl-delay: 30\n\nUser-agent: Twitterbot\nDisallow: /\n"
                .to_vec(),
        )),
        "/" => ok("<a href=/private>p</a>"),
        "/private" => ok(""),
        _ => not_found(),
    });
    let (code, v, err) = crawl(&format!("{}/", base), &["--ignore-robots"]);
    assert_eq!(code, Some(0), "{}", err);
    assert_eq!(v["crawl"]["pages"], 2, "{}", v["crawl"]);
    assert_eq!(v["crawl"]["ignoredRobots"], true);
    assert_eq!(v["crawl"]["skippedByRobots"], 0);
    assert!(v["crawl"].get("delayMs").is_none(), "{}", v["crawl"]);
    assert!(err.contains("not obeyed (--ignore-robots)"), "{}", err);
    assert_eq!(
        site_check(&v, "robots-social")["status"],
        "fail",
        "robots.txt still read: {}",
        site_check(&v, "robots-social")
    );
    let (code, v, err) = crawl(&format!("{}/", base), &["--max-time", "0"]);
    assert_eq!(code, Some(0), "{}", err);
    assert!(v["crawl"].get("ignoredRobots").is_none(), "{}", v["crawl"]);
}

#[test]
fn text_and_markdown_summaries_say_what_the_crawl_did() {
    let (base, _) = server("127.0.0.1", |path, _| match path {
        "/" => ok("<a href=/a>a</a><a href=/b>b</a><a href=/gone>g</a>"),
        "/gone" => not_found(),
        _ => ok("x"),
    });
    let run = |fmt: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_smo-audit"))
            .args([
                &format!("{}/", base),
                "--format",
                fmt,
                "--max-pages",
                "2",
                "--timeout",
                "2",
                "-q",
            ])
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let want = format!("Crawled {}/: 2 pages; stopped by --max-pages, ", base);
    let text = run("text");
    assert!(text.contains(&want), "{}", text);
    let score = text.find("Site score").expect("score line");
    assert!(
        text[score..].contains(&want),
        "crawl line after the score: {}",
        text
    );
    let md = run("markdown");
    assert!(md.contains("known URLs not visited"), "{}", md);
    assert!(md.contains(&format!("{}/", base)), "{}", md);
}

#[test]
fn config_user_agent_is_sent_unless_the_flag_is_given() {
    let (base, log) = server("127.0.0.1", |path, _| match path {
        "/" => ok("home"),
        _ => not_found(),
    });
    let dir = std::env::temp_dir().join(format!("smo-ua-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cfg = dir.join("ua.toml");
    std::fs::write(&cfg, "[audit]\nuser-agent = \"ConfigBot/2.0\"\n").unwrap();
    let cfg = cfg.to_str().unwrap();
    let url = format!("{}/", base);
    let (code, _, err) = crawl(&url, &["--config", cfg]);
    assert!(code == Some(0) || code == Some(1), "{}", err);
    let uas: Vec<String> = log.lock().unwrap().drain(..).map(|(_, ua)| ua).collect();
    assert!(
        !uas.is_empty() && uas.iter().all(|u| u == "ConfigBot/2.0"),
        "{:?}",
        uas
    );
    crawl(&url, &["--config", cfg, "--user-agent", "FlagBot/3.0"]);
    let uas: Vec<String> = log.lock().unwrap().drain(..).map(|(_, ua)| ua).collect();
    assert!(
        !uas.is_empty() && uas.iter().all(|u| u == "FlagBot/3.0"),
        "{:?}",
        uas
    );
    let _ = std::fs::remove_dir_all(&dir);
}

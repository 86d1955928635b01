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

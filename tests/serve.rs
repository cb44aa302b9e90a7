//! `kb serve` end to end: the real binary on a copy of `tests/fixtures/serve-site`, on a free
//! port, spoken to over raw HTTP/1.1 (raw so that traversal attempts reach the server unchanged).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::{KB, TestSite};

/// A running `kb serve`, killed when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`, from the printed URL.
    address: String,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &TestSite) -> Server {
        Server::start_with(site, &[])
    }

    fn start_with(site: &TestSite, extra: &[&str]) -> Server {
        let mut child = Command::new(KB)
            .env("KB_LANG", "en")
            .args(["serve", site.dir.to_str().unwrap(), "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let mut err = child.stderr.take().unwrap();
        thread::spawn(move || {
            let mut text = String::new();
            let mut buf = [0; 4096];
            while let Ok(n @ 1..) = err.read(&mut buf) {
                text.push_str(&String::from_utf8_lossy(&buf[..n]));
                *sink.lock().unwrap() = text.clone();
            }
        });
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let url = loop {
            let line = lines
                .next()
                .expect("kb serve exited before printing its URL")
                .unwrap();
            if let Some((_, url)) = line.split_once(" at http://") {
                break url.trim_end_matches('/').to_string();
            }
        };
        thread::spawn(move || lines.for_each(drop));
        Server {
            child,
            address: url,
            stderr,
        }
    }

    fn get(&self, path: &str) -> Response {
        Connection::open(&self.address).get(path)
    }

    fn text(&self, path: &str) -> String {
        let response = self.get(path);
        assert_eq!(response.status, 200, "GET {path}");
        response.text()
    }

    fn status(&self) -> serde_json::Value {
        serde_json::from_str(&self.text("/_kb/status")).unwrap()
    }

    /// Polls `path` until its body satisfies `check` (at most 10 s).
    fn wait_for(&self, path: &str, what: &str, check: impl Fn(&Response) -> bool) -> Response {
        let started = Instant::now();
        loop {
            let response = self.get(path);
            if check(&response) {
                return response;
            }
            if started.elapsed() > Duration::from_secs(10) {
                panic!(
                    "GET {path}: never {what}; last status {}\nstderr:\n{}",
                    response.status,
                    self.stderr.lock().unwrap()
                );
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_for_status(&self, ok: bool) -> serde_json::Value {
        let body = self.wait_for("/_kb/status", &format!("ok = {ok}"), |r| {
            r.text().contains(&format!("\"ok\":{ok}"))
        });
        serde_json::from_str(&body.text()).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("the body is UTF-8")
    }
}

/// One keep-alive HTTP/1.1 connection; every answer must carry Content-Length.
struct Connection {
    reader: BufReader<TcpStream>,
    host: String,
}

impl Connection {
    fn open(address: &str) -> Connection {
        let stream = TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        Connection {
            reader: BufReader::new(stream),
            host: address.to_string(),
        }
    }

    fn get(&mut self, path: &str) -> Response {
        self.try_get(path)
            .unwrap_or_else(|err| panic!("GET {path}: {err}"))
    }

    fn try_get(&mut self, path: &str) -> Result<Response, String> {
        let host = self.host.clone();
        self.try_get_from(path, Some(&host))
    }

    /// GET with the given `Host` header (none when `None`).
    fn try_get_from(&mut self, path: &str, host: Option<&str>) -> Result<Response, String> {
        let host = host
            .map(|host| format!("Host: {host}\r\n"))
            .unwrap_or_default();
        let request = format!("GET {path} HTTP/1.1\r\n{host}\r\n");
        self.reader
            .get_mut()
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        let mut line = String::new();
        self.reader
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let status = line
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .ok_or(format!("bad status line {line:?}"))?;
        let mut headers = Vec::new();
        loop {
            line.clear();
            self.reader
                .read_line(&mut line)
                .map_err(|e| e.to_string())?;
            let Some((name, value)) = line.trim_end().split_once(':') else {
                break;
            };
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
        let mut response = Response {
            status,
            headers,
            body: Vec::new(),
        };
        let length: usize = response
            .header("content-length")
            .and_then(|v| v.parse().ok())
            .ok_or("no Content-Length")?;
        response.body = vec![0; length];
        self.reader
            .read_exact(&mut response.body)
            .map_err(|e| format!("body shorter than Content-Length: {e}"))?;
        Ok(response)
    }
}

fn site() -> TestSite {
    TestSite::fixture("serve-site")
}

const ROLES: &str = "content/articles/roles.md";
const ROLES_FRONT: &str = "+++\ntitle = \"תפקידי ארגון השדרה\"\ndate = 2024-03-10\nauthors = [\"דנה לוי\"]\ntags = [\"backbone\"]\n+++\n\n";

/// The served HTML ends like the built page, with the serve script added before `</body>`.
fn assert_whole_page(html: &str) {
    assert!(html.starts_with("<!doctype html>"), "{html}");
    assert!(
        html.trim_end().ends_with("</html>"),
        "truncated page:\n{html}"
    );
    assert_eq!(
        html.matches("<script src=\"/_kb/serve.js\"").count(),
        1,
        "{html}"
    );
    assert!(html.contains("defer></script></body>"), "{html}");
}

#[test]
fn serves_the_site_from_memory_with_types_and_charsets() {
    let site = site();
    let server = Server::start(&site);
    assert!(
        server.address.starts_with("127.0.0.1:"),
        "binds loopback by default: {}",
        server.address
    );
    for (path, content_type) in [
        ("/", "text/html; charset=utf-8"),
        ("/articles/roles/", "text/html; charset=utf-8"),
        ("/tags/backbone/", "text/html; charset=utf-8"),
        ("/kb/style.css", "text/css; charset=utf-8"),
        ("/kb/kb.js", "text/javascript; charset=utf-8"),
        ("/atom.xml", "application/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/_kb/serve.js", "text/javascript; charset=utf-8"),
        ("/_kb/status", "application/json; charset=utf-8"),
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(
            response.header("content-type"),
            Some(content_type),
            "{path}"
        );
        assert_eq!(response.header("cache-control"), Some("no-store"), "{path}");
    }
    let page = server.text("/articles/roles/");
    assert_whole_page(&page);
    assert!(page.contains("תפקידי ארגון השדרה"));
    assert!(
        page.contains(&format!(
            "href=\"http://{}/articles/roles/\"",
            server.address
        )),
        "base URL is the preview's"
    );
    assert!(!site.dir.join("public").exists(), "nothing is written");

    let redirect = server.get("/articles/roles");
    assert_eq!(redirect.status, 307);
    assert_eq!(redirect.header("location"), Some("/articles/roles/"));

    let missing = server.get("/no/such/page/");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(
        missing.text().contains("noindex"),
        "the site's own 404 page"
    );
    assert_whole_page(&missing.text());

    assert_eq!(server.status()["ok"], true);
}

#[test]
fn traversal_attempts_never_leave_the_site() {
    let site = site();
    site.write("secret.txt", "TOP SECRET");
    let server = Server::start(&site);
    for path in [
        "/../Cargo.toml",
        "/../secret.txt",
        "/articles/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/Cargo.toml",
        "/.%2e/secret.txt",
        "/a%2fb",
        "/..%2fsecret.txt",
        "/..%5c",
        "/..%5csecret.txt",
        "/%00",
        "/config.toml",
        "/content/articles/roles.md",
        "/%252e%252e/secret.txt",
    ] {
        let response = server.get(path);
        assert!(
            matches!(response.status, 400 | 404),
            "{path}: {}",
            response.status
        );
        let body = String::from_utf8_lossy(&response.body);
        assert!(
            !body.contains("TOP SECRET")
                && !body.contains("[package]")
                && !body.contains("[types.articles]"),
            "{path}"
        );
    }
}

#[test]
fn an_edit_is_served_and_a_bad_edit_keeps_the_last_good_page() {
    let site = site();
    let server = Server::start(&site);
    site.write(
        ROLES,
        format!("{ROLES_FRONT}גרסה ראשונה עם המילה kiwi-one.\n"),
    );
    server.wait_for("/articles/roles/", "shows the edit", |r| {
        r.text().contains("kiwi-one")
    });

    let broken = ROLES_FRONT.replace("[\"backbone\"]", "[\"backbon\"]");
    site.write(ROLES, format!("{broken}גרסה שבורה עם המילה kiwi-two.\n"));
    let status = server.wait_for_status(false);
    let error = &status["errors"][0];
    assert_eq!(error["path"], ROLES, "{status}");
    assert_eq!(error["line"], 5, "{status}");
    assert!(
        error["message"].as_str().unwrap().contains("backbon"),
        "{status}"
    );
    assert!(
        error["hint"].as_str().unwrap().contains("backbone"),
        "{status}"
    );
    let page = server.text("/articles/roles/");
    assert!(
        page.contains("kiwi-one") && !page.contains("kiwi-two"),
        "the last good build stays"
    );
    assert_whole_page(&page);
    assert!(
        server
            .stderr
            .lock()
            .unwrap()
            .contains("content/articles/roles.md:5: unknown tag")
    );

    site.write(
        ROLES,
        format!("{ROLES_FRONT}גרסה מתוקנת עם המילה kiwi-three.\n"),
    );
    server.wait_for_status(true);
    assert!(server.text("/articles/roles/").contains("kiwi-three"));
}

#[test]
fn a_fifo_or_a_link_to_a_device_saved_while_previewing_is_an_error_then_the_next_save_is_served() {
    let site = site();
    let server = Server::start(&site);
    let fifo = site.dir.join("content/articles/wait.md");
    let path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0);
    let zero = site.dir.join("content/articles/zero.md");
    for (bad, message) in [
        (&fifo, "not a regular file"),
        (&zero, "outside the site folder"),
    ] {
        if bad == &zero {
            std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        }
        let status = server.wait_for_status(false);
        let named = status["errors"].as_array().unwrap().iter().any(|error| {
            bad.ends_with(error["path"].as_str().unwrap())
                && error["message"].as_str().unwrap().contains(message)
        });
        assert!(named, "{status}");
        std::fs::remove_file(bad).unwrap();
        let word = format!("kiwi-after-{}", bad.file_stem().unwrap().to_string_lossy());
        site.write(ROLES, format!("{ROLES_FRONT}{word}\n"));
        server.wait_for_status(true);
        server.wait_for("/articles/roles/", "shows the next save", |r| {
            r.text().contains(&word)
        });
    }
}

#[test]
fn a_site_that_starts_broken_is_served_once_fixed() {
    let site = site();
    let good = std::fs::read_to_string(site.dir.join(ROLES)).unwrap();
    site.write(ROLES, good.replace("[\"backbone\"]", "[\"nope\"]"));
    let server = Server::start(&site);
    assert_eq!(server.status()["ok"], false);
    let page = server.get("/articles/roles/");
    assert_eq!(page.status, 404);
    assert_whole_page(&page.text());
    site.write(ROLES, good);
    server.wait_for_status(true);
    assert!(
        server
            .text("/articles/roles/")
            .contains("תפקידי ארגון השדרה")
    );
}

#[test]
fn saves_deletes_renames_and_new_folders_update_listings_and_tags() {
    let site = site();
    let server = Server::start(&site);
    assert!(server.text("/tools/").contains("/tools/map/"));
    assert!(server.text("/tags/trust-building/").contains("/tools/map/"));

    std::fs::remove_file(site.dir.join("content/tools/map.md")).unwrap();
    server.wait_for("/tools/map/", "is gone", |r| r.status == 404);
    assert!(!server.text("/tools/").contains("/tools/map/"));
    assert!(!server.text("/tags/trust-building/").contains("/tools/map/"));

    std::fs::rename(
        site.dir.join("content/articles/trust.md"),
        site.dir.join("content/articles/trust-first.md"),
    )
    .unwrap();
    server.wait_for("/articles/trust-first/", "is served", |r| r.status == 200);
    assert_eq!(server.get("/articles/trust/").status, 404);
    let listing = server.text("/articles/");
    assert!(
        listing.contains("/articles/trust-first/") && !listing.contains("/articles/trust/\""),
        "{listing}"
    );
    assert!(
        server
            .text("/tags/backbone/")
            .contains("/articles/trust-first/")
    );

    // An editor's atomic save: write a temp file beside the item, rename it over the item.
    let temp = site.dir.join("content/articles/.roles.md.kbtmp");
    std::fs::write(&temp, format!("{ROLES_FRONT}נשמר באטומיות: atomic-fig.\n")).unwrap();
    std::fs::rename(&temp, site.dir.join(ROLES)).unwrap();
    server.wait_for("/articles/roles/", "shows the atomic save", |r| {
        r.text().contains("atomic-fig")
    });

    // A new bundle folder, created and filled at once.
    std::fs::create_dir_all(site.dir.join("content/tools/new-kit")).unwrap();
    site.write("content/tools/new-kit/index.md", "+++\ntitle = \"ערכה חדשה\"\ndate = 2024-06-01\ntags = [\"trust-building\"]\n+++\n\nערכה.\n");
    site.write("content/tools/new-kit/sheet.txt", "a sheet");
    server.wait_for("/tools/new-kit/", "is served", |r| r.status == 200);
    assert!(
        server
            .text("/tags/trust-building/")
            .contains("/tools/new-kit/")
    );
    assert_eq!(server.text("/tools/new-kit/sheet.txt"), "a sheet");
}

#[test]
fn config_and_folders_created_later_are_watched() {
    let site = site();
    assert!(!site.dir.join("static").exists());
    let server = Server::start(&site);
    let config = std::fs::read_to_string(site.dir.join("config.toml")).unwrap();
    site.write("config.toml", config.replace("תצוגה מקדימה", "כותרת חדשה"));
    server.wait_for("/", "shows the new title", |r| {
        r.text().contains("כותרת חדשה")
    });

    // static/ did not exist at the start: its creation is seen, then it is watched itself.
    site.write("static/first.txt", "first");
    server.wait_for("/first.txt", "is served", |r| r.status == 200);
    thread::sleep(Duration::from_millis(200));
    site.write("static/nested/second.txt", "second");
    let second = server.wait_for("/nested/second.txt", "is served", |r| r.status == 200);
    assert_eq!(second.text(), "second");
}

#[test]
fn editor_temp_files_do_not_rebuild() {
    let site = site();
    let server = Server::start(&site);
    let build = server.status()["build"].as_u64().unwrap();
    for name in [".roles.md.swp", "roles.md~", "4913", ".#roles.md"] {
        site.write(&format!("content/articles/{name}"), "junk");
    }
    thread::sleep(Duration::from_millis(500));
    assert_eq!(server.status()["build"].as_u64().unwrap(), build);
    site.write(ROLES, format!("{ROLES_FRONT}עכשיו כן.\n"));
    let status = server.wait_for("/_kb/status", "rebuilds", |r| {
        !r.text().contains(&format!("\"build\":{build},"))
    });
    assert!(status.text().contains("\"ok\":true"), "{}", status.text());
}

#[test]
fn under_load_while_editing_no_request_fails_and_no_page_is_cut() {
    let site = site();
    let server = Server::start(&site);
    let deadline = Instant::now() + Duration::from_secs(6);
    let served = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..50)
        .map(|worker| {
            let address = server.address.clone();
            let served = Arc::clone(&served);
            thread::spawn(move || {
                let paths = [
                    "/articles/roles/",
                    "/",
                    "/tags/backbone/",
                    "/articles/",
                    "/kb/style.css",
                ];
                let mut connection = Connection::open(&address);
                let mut n = worker;
                while Instant::now() < deadline {
                    let path = paths[n % paths.len()];
                    n += 1;
                    let response = connection
                        .try_get(path)
                        .unwrap_or_else(|err| panic!("GET {path}: {err}"));
                    assert_eq!(response.status, 200, "GET {path}");
                    if path.ends_with('/') {
                        assert_whole_page(&response.text());
                    }
                    served.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let mut edits = 0;
    while Instant::now() < deadline {
        edits += 1;
        site.write(ROLES, format!("{ROLES_FRONT}עריכה מספר load-{edits}.\n"));
        thread::sleep(Duration::from_millis(150));
    }
    for worker in workers {
        worker.join().expect("a request failed under load");
    }
    let served = served.load(Ordering::Relaxed);
    assert!(served > 500, "only {served} requests in 6 s");
    server.wait_for("/articles/roles/", "shows the last edit", |r| {
        r.text().contains(&format!("load-{edits}."))
    });
    eprintln!("{served} requests, {edits} edits, no failure");
}

#[test]
fn only_requests_for_the_address_it_listens_on_are_answered() {
    let site = site();
    for bind in ["127.0.0.1", "127.0.0.2"] {
        let server = Server::start_with(&site, &["--bind", bind]);
        let port = server.address.rsplit_once(':').unwrap().1.to_string();
        assert_eq!(server.address, format!("{bind}:{port}"));
        let ask = |path: &str, host: Option<&str>| {
            Connection::open(&server.address)
                .try_get_from(path, host)
                .unwrap_or_else(|err| panic!("GET {path} with Host {host:?}: {err}"))
        };
        for host in [
            format!("{bind}:{port}"),
            format!("localhost:{port}"),
            format!("LOCALHOST:{port}"),
            format!("127.0.0.1:{port}"),
            format!("[::1]:{port}"),
        ] {
            for path in ["/", "/_kb/status"] {
                assert_eq!(
                    ask(path, Some(&host)).status,
                    200,
                    "{path} with Host {host}"
                );
            }
        }
        let other_port = if port == "1" { "2" } else { "1" };
        for host in [
            Some(format!("evil.example:{port}")),
            Some("evil.example".to_string()),
            Some(format!("localhost.evil.example:{port}")),
            Some(format!("{bind}:{other_port}")),
            Some("localhost".to_string()),
            Some(format!("127.0.0.1:{port}@evil.example")),
            Some(String::new()),
            None,
        ] {
            for path in ["/", "/articles/roles/", "/_kb/status", "/_kb/serve.js"] {
                let response = ask(path, host.as_deref());
                assert!(
                    (400..500).contains(&response.status),
                    "{path} with Host {host:?}: {}",
                    response.status
                );
                let body = String::from_utf8_lossy(&response.body);
                assert!(
                    !body.contains("תפקידי ארגון השדרה") && !body.contains("\"ok\""),
                    "{path} with Host {host:?}: {body}"
                );
            }
        }
    }
}

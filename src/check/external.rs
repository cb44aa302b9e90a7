//! `kb check --external`: links to other sites, fetched a few at a time with a timeout, each
//! address once however many pages link to it. Addresses that answered 2xx are remembered
//! for a day in the user's cache folder, so checking again soon fetches only the rest.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::diagnostics::{Diagnostic, Severity};
use crate::t;

/// How links are fetched.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How long one address may take to answer.
    pub timeout: Duration,
    /// Fetches at once.
    pub workers: usize,
    /// The cache file; `None` fetches everything every time.
    pub cache: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            timeout: Duration::from_secs(10),
            workers: 8,
            cache: cache_file(),
        }
    }
}

/// How long an address that answered well is not fetched again.
const CACHE_FOR: Duration = Duration::from_secs(24 * 60 * 60);

/// What an address answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// An HTTP status other than a redirect (200, 404...).
    Status(u16),
    /// A redirect: its status and where it leads.
    Redirect(u16, String),
    /// No answer within the timeout.
    TimedOut,
    /// No connection (DNS, TLS, refused): the reason.
    Unreachable(String),
}

/// Fetches every address of `found` (each with the problem to fill in, at the link's place)
/// and returns the problems of those that did not answer well.
pub fn check(found: Vec<(String, Diagnostic)>, settings: &Settings) -> Vec<Diagnostic> {
    let mut urls: Vec<String> = found.iter().map(|(url, _)| url.clone()).collect();
    urls.sort_unstable();
    urls.dedup();
    let mut cache = settings.cache.as_ref().map(read_cache).unwrap_or_default();
    let now = unix_now();
    let fresh = |url: &str, cache: &HashMap<String, u64>| {
        cache
            .get(url)
            .is_some_and(|&at| now.saturating_sub(at) < CACHE_FOR.as_secs())
    };
    let to_fetch: Vec<&str> = urls
        .iter()
        .map(String::as_str)
        .filter(|url| !fresh(url, &cache))
        .collect();
    let answers: HashMap<&str, Answer> = fetch_all(&to_fetch, settings).into_iter().collect();
    for (url, answer) in &answers {
        if matches!(answer, Answer::Status(200..=299)) {
            cache.insert(url.to_string(), now);
        }
    }
    if let Some(path) = &settings.cache {
        write_cache(path, &cache);
    }
    found
        .into_iter()
        .filter_map(|(url, at)| problem(at, &url, answers.get(url.as_str())?, settings.timeout))
        .collect()
}

/// Fetches `urls`, `settings.workers` at a time.
pub fn fetch_all<'a>(urls: &[&'a str], settings: &Settings) -> Vec<(&'a str, Answer)> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(settings.timeout))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!("kb-check/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let next = AtomicUsize::new(0);
    let workers = settings.workers.clamp(1, urls.len().max(1));
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut answers = Vec::new();
                    while let Some(url) = urls.get(next.fetch_add(1, Ordering::Relaxed)) {
                        answers.push((*url, fetch(&agent, url)));
                    }
                    answers
                })
            })
            .collect();
        let mut all: Vec<(&str, Answer)> = handles
            .into_iter()
            .flat_map(|h| h.join().expect("a fetch thread does not panic"))
            .collect();
        all.sort_by(|a, b| a.0.cmp(b.0));
        all
    })
}

fn fetch(agent: &ureq::Agent, url: &str) -> Answer {
    match agent.get(url).call() {
        Ok(response) => {
            let status = response.status().as_u16();
            let location = response
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .map(str::to_string);
            match (status, location) {
                (300..=399, Some(location)) => Answer::Redirect(status, location),
                _ => Answer::Status(status),
            }
        }
        Err(ureq::Error::Timeout(_)) => Answer::TimedOut,
        Err(err) => Answer::Unreachable(err.to_string()),
    }
}

/// The problem of a link whose address answered `answer`, at the link's place `at`.
fn problem(
    mut at: Diagnostic,
    url: &str,
    answer: &Answer,
    timeout: Duration,
) -> Option<Diagnostic> {
    let (severity, message, hint) = match answer {
        Answer::Status(200..=299) => return None,
        Answer::Status(status @ (404 | 410)) => (
            Severity::Error,
            t!("external-broken", url = url, status = status.to_string()),
            t!("external-broken-hint"),
        ),
        Answer::Status(status) => (
            Severity::Warning,
            t!("external-status", url = url, status = status.to_string()),
            t!("external-status-hint"),
        ),
        Answer::Redirect(status, location) => (
            Severity::Warning,
            t!("external-redirect", url = url, status = status.to_string()),
            t!("external-redirect-hint", location = location),
        ),
        Answer::TimedOut => (
            Severity::Warning,
            t!(
                "external-timeout",
                url = url,
                seconds = timeout.as_secs().to_string()
            ),
            t!("external-status-hint"),
        ),
        Answer::Unreachable(_) => (
            Severity::Warning,
            t!("external-unreachable", url = url),
            t!("external-status-hint"),
        ),
    };
    at.severity = severity;
    at.message = message;
    at.hint = Some(hint);
    Some(at)
}

/// `$XDG_CACHE_HOME/kb/external-links.tsv`, or under `~/.cache`.
fn cache_file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("kb").join("external-links.tsv"))
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `url<TAB>unix time` lines; a missing or damaged cache is an empty one.
fn read_cache(path: &PathBuf) -> HashMap<String, u64> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let (url, at) = line.split_once('\t')?;
            Some((url.to_string(), at.parse().ok()?))
        })
        .collect()
}

/// Best effort: a cache that cannot be written only means fetching again next time.
fn write_cache(path: &PathBuf, cache: &HashMap<String, u64>) {
    let now = unix_now();
    let mut lines: Vec<String> = cache
        .iter()
        .filter(|(_, at)| now.saturating_sub(**at) < CACHE_FOR.as_secs())
        .map(|(url, at)| format!("{url}\t{at}"))
        .collect();
    lines.sort_unstable();
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(path, lines.join("\n") + "\n");
}

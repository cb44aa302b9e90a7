//! HTTP for the preview (axum): the built site from memory, with the serve-mode script added to
//! every HTML page, `/_kb/serve.js`, and `/_kb/status` (the last build's problems; with
//! `?after=N` it waits for the build after N, which is how open pages learn to reload, and with
//! `&search=M` also for the search update after M, which is how they learn to drop the index
//! they fetched).

use crate::i18n::tr;
use crate::t;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;

use super::host::AllowedHosts;
use super::local_backend;
use super::preview::{Preview, Snapshot};
use super::url::{content_type, output_path};

const CLIENT_SCRIPT: &str = include_str!("client.js");
/// How long `/_kb/status?after=N` waits before answering anyway (the page then asks again).
const LONG_POLL: Duration = Duration::from_secs(25);

/// Answered when the site has no 404.html (or has not built yet), so the overlay still shows.
const FALLBACK_404: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body><h1>Not found</h1></body></html>\n";

/// The preview's routes, for requests whose `Host` is one of `hosts`; the browser editor's
/// local backend saves into `site_dir`.
pub fn router(preview: Preview, hosts: AllowedHosts, site_dir: PathBuf) -> Router {
    let site_dir = Arc::new(site_dir);
    Router::new()
        .route("/_kb/serve.js", get(client_script))
        .route("/_kb/status", get(status))
        .route(
            local_backend::API_PATH,
            post(move |request: Request| editor_request(site_dir.clone(), request)),
        )
        .route("/", get(site_file))
        .route("/{*path}", get(site_file))
        .with_state(preview)
        .layer(middleware::from_fn_with_state(hosts, own_host_only))
}

/// Refuses a request for another name than the preview's own (403), before any route.
async fn own_host_only(
    State(hosts): State<AllowedHosts>,
    request: Request,
    next: Next,
) -> Response {
    let host = match request.headers().get(header::HOST) {
        Some(value) => value.to_str().ok(),
        None => request
            .uri()
            .authority()
            .map(|authority| authority.as_str()),
    };
    if host.is_some_and(|host| hosts.allows(host)) {
        return next.run(request).await;
    }
    respond(
        StatusCode::FORBIDDEN,
        "text/plain; charset=utf-8",
        Body::from(
            "kb serve answers only requests for its own address (localhost or the address it listens on).\n",
        ),
    )
}

async fn site_file(
    State(preview): State<Preview>,
    uri: Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    let snapshot = preview.current();
    let key = match output_path(uri.path()) {
        Ok(key) => key,
        Err(bad) => {
            return respond(
                StatusCode::BAD_REQUEST,
                "text/plain; charset=utf-8",
                Body::from(bad.to_string()),
            );
        }
    };
    if let Some(bytes) = snapshot.files.get(&key) {
        if key == EDITOR_CONFIG {
            let host = headers
                .get(header::HOST)
                .and_then(|host| host.to_str().ok());
            return editor_config(&bytes, host.unwrap_or_default());
        }
        return file(StatusCode::OK, &key, bytes, &snapshot);
    }
    if !key.ends_with("index.html") && snapshot.files.get(&format!("{key}/index.html")).is_some() {
        return redirect_to_folder(&uri);
    }
    match snapshot.files.get("404.html") {
        Some(page) => file(StatusCode::NOT_FOUND, "404.html", page, &snapshot),
        None => file(
            StatusCode::NOT_FOUND,
            "404.html",
            Arc::from(FALLBACK_404.as_bytes()),
            &snapshot,
        ),
    }
}

fn file(status: StatusCode, path: &str, bytes: Arc<[u8]>, snapshot: &Snapshot) -> Response {
    let content_type = content_type(path);
    let body = if content_type.starts_with("text/html") {
        Body::from(with_serve_script(&bytes, snapshot.build, snapshot.search))
    } else {
        Body::from(Bytes::from_owner(bytes))
    };
    respond(status, content_type, body)
}

/// The browser editor's configuration in the output.
const EDITOR_CONFIG: &str = "admin/config.yml";

/// The editor's configuration in the preview: the build's, plus the editor's local mode at the
/// preview's own address (the editor wants it whole: `http://host:port/...`).
fn editor_config(bytes: &[u8], host: &str) -> Response {
    let mut config = bytes.to_vec();
    config.extend_from_slice(
        format!(
            "local_backend:\n  url: \"http://{host}{}\"\n",
            local_backend::API_PATH
        )
        .as_bytes(),
    );
    respond(
        StatusCode::OK,
        content_type(EDITOR_CONFIG),
        Body::from(config),
    )
}

/// A request of the browser editor's local backend: answered only when it comes from a page of
/// the preview itself and is JSON (see [`local_backend`]); the file work runs off the async
/// threads.
async fn editor_request(site_dir: Arc<PathBuf>, request: Request) -> Response {
    let headers = request.headers();
    let text = |name| {
        headers
            .get(name)
            .and_then(|value: &HeaderValue| value.to_str().ok())
    };
    let json = text(header::CONTENT_TYPE).is_some_and(|kind| kind.starts_with("application/json"));
    if !json || !local_backend::same_origin(text(header::ORIGIN), text(header::HOST)) {
        return respond(
            StatusCode::FORBIDDEN,
            "application/json",
            Body::from(json!({ "error": "only the preview's own pages may save" }).to_string()),
        );
    }
    let Ok(body) = axum::body::to_bytes(request.into_body(), EDITOR_BODY_LIMIT).await else {
        return respond(
            StatusCode::PAYLOAD_TOO_LARGE,
            "application/json",
            Body::from(json!({ "error": "too large" }).to_string()),
        );
    };
    let answered =
        tokio::task::spawn_blocking(move || local_backend::answer(&site_dir, &body)).await;
    match answered {
        Ok(Ok(value)) => respond(
            StatusCode::OK,
            "application/json",
            Body::from(value.to_string()),
        ),
        Ok(Err(refusal)) => respond(
            StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::FORBIDDEN),
            "application/json",
            Body::from(json!({ "error": refusal.message }).to_string()),
        ),
        Err(_) => respond(
            StatusCode::INTERNAL_SERVER_ERROR,
            "application/json",
            Body::from(json!({ "error": "the save failed" }).to_string()),
        ),
    }
}

/// The largest save the editor may send: an entry with its images, base64-encoded.
const EDITOR_BODY_LIMIT: usize = 50 * 1024 * 1024;

/// `/articles/x` → `/articles/x/`, keeping the query. Temporary, so browsers do not remember it.
fn redirect_to_folder(uri: &Uri) -> Response {
    let location = match uri.query() {
        Some(query) => format!("{}/?{query}", uri.path()),
        None => format!("{}/", uri.path()),
    };
    let mut response = respond(
        StatusCode::TEMPORARY_REDIRECT,
        "text/plain; charset=utf-8",
        Body::empty(),
    );
    if let Ok(location) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// The page with `<script src="/_kb/serve.js" ...>` before its last `</body>` (or at the end).
/// The build and search numbers tell the script which build and index the page came from.
fn with_serve_script(html: &[u8], build: u64, search: u64) -> Vec<u8> {
    let tag = format!(
        "<script src=\"/_kb/serve.js\" data-build=\"{build}\" data-search=\"{search}\" defer></script>"
    );
    let at = html
        .windows(7)
        .rposition(|window| window.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut page = Vec::with_capacity(html.len() + tag.len());
    page.extend_from_slice(&html[..at]);
    page.extend_from_slice(tag.as_bytes());
    page.extend_from_slice(&html[at..]);
    page
}

async fn client_script() -> Response {
    respond(
        StatusCode::OK,
        "text/javascript; charset=utf-8",
        Body::from(CLIENT_SCRIPT),
    )
}

#[derive(Debug, Deserialize)]
struct StatusQuery {
    after: Option<u64>,
    search: Option<u64>,
}

/// `{ok, errors: [{path, line, message, hint}], build, search}` for the current snapshot.
async fn status(State(preview): State<Preview>, Query(query): Query<StatusQuery>) -> Response {
    if let Some(seen) = query.after {
        let changed = preview.changed_from(seen, query.search);
        let _ = tokio::time::timeout(LONG_POLL, changed).await;
    }
    let snapshot = preview.current();
    let lang = preview.lang;
    let shown = snapshot.problems.as_ref().unwrap_or(&snapshot.warnings);
    let errors: Vec<_> = shown
        .0
        .iter()
        .map(|problem| {
            json!({
                "warning": problem.severity == crate::diagnostics::Severity::Warning,
                "path": problem.path.to_string_lossy(),
                "line": problem.line,
                "col": problem.col,
                "message": problem.message.render(lang),
                "hint": problem.hint.as_ref().map(|hint| hint.render(lang)),
            })
        })
        .collect();
    let heading = match snapshot.problems {
        Some(_) => t!(
            "overlay-heading",
            problems = t!("count-problems", count = errors.len())
        ),
        None => t!(
            "overlay-warnings-heading",
            warnings = t!("count-warnings", count = errors.len())
        ),
    };
    let body = json!({
        "ok": snapshot.problems.is_none(),
        "errors": errors,
        "labels": {
            "lang": lang.code(),
            "dir": lang.dir(),
            "heading": heading.render(lang),
            "hint": tr(lang, "label-hint"),
            "error": tr(lang, "label-error"),
            "warning": tr(lang, "label-warning"),
            "dismiss": tr(lang, "overlay-dismiss"),
            "region": tr(lang, "overlay-region"),
        },
        "build": snapshot.build,
        "search": snapshot.search,
    });
    respond(
        StatusCode::OK,
        "application/json; charset=utf-8",
        Body::from(body.to_string()),
    )
}

/// Every answer of the preview is fresh: nothing may be cached between two saves.
fn respond(status: StatusCode, content_type: &'static str, body: Body) -> Response {
    let headers = [
        (header::CONTENT_TYPE, content_type),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ];
    (status, headers, body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_last_body_end() {
        let page = with_serve_script(b"<html><body><p>x</p></body>\n</html>\n", 7, 3);
        let page = String::from_utf8(page).unwrap();
        assert_eq!(
            page,
            "<html><body><p>x</p><script src=\"/_kb/serve.js\" data-build=\"7\" data-search=\"3\" defer></script></body>\n</html>\n"
        );
        let bare = String::from_utf8(with_serve_script(b"<p>x</p>", 1, 1)).unwrap();
        assert!(bare.ends_with("defer></script>"));
    }
}

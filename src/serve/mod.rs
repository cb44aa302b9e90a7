//! `kb serve`: a live preview for authors. Builds the site in memory (nothing is written), serves
//! it on loopback, rebuilds on every save and makes open pages reload, keeping their scroll
//! position, or show the build's problems over the page. The only module that knows tokio, axum
//! and notify; building itself is `Session`'s job.

mod host;
mod http;
mod local_backend;
mod preview;
mod url;
mod watch;

use crate::i18n::Lang;
use crate::t;
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::process::Stdio;

use tokio::net::TcpListener;

use crate::diagnostics::io_failure;
use crate::site::BuildOptions;
use watch::SourceWatcher;

/// What `kb serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site to preview.
    pub site_dir: PathBuf,
    /// The address to listen on; loopback keeps the preview on this machine.
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Show drafts too.
    pub drafts: bool,
    /// Open the preview in the default browser once it is ready.
    pub open: bool,
    /// The language of the terminal messages and the overlay.
    pub lang: Lang,
}

/// Runs the preview until the process is interrupted. Errors are fatal ones (no such site, the
/// port is taken); content problems are shown in the terminal and the browser instead.
pub fn run(options: ServeOptions) -> anyhow::Result<()> {
    let runtime =
        tokio::runtime::Runtime::new().map_err(|err| io_failure(t!("io-threads"), &err))?;
    let result = runtime.block_on(serve(options));
    runtime.shutdown_background();
    result
}

async fn serve(options: ServeOptions) -> anyhow::Result<()> {
    crate::config::require_site(&options.site_dir)?;
    let site_dir = std::fs::canonicalize(&options.site_dir)
        .map_err(|err| io_failure(t!("io-open-site", path = &options.site_dir), &err))?;
    let listen = SocketAddr::from((options.bind, options.port));
    let listening =
        |err: std::io::Error| io_failure(t!("io-listen", address = listen.to_string()), &err);
    let listener = TcpListener::bind(listen).await.map_err(listening)?;
    let address = listener.local_addr().map_err(listening)?;
    let url = format!("http://{}", shown_address(address));
    // Watch before the first build, so a save during it is not lost.
    let watcher = SourceWatcher::start(&site_dir, options.lang)?;
    let build = BuildOptions {
        site_dir: site_dir.clone(),
        drafts: options.drafts,
        base_url: Some(url.clone()),
        timings: false,
        // An edit is previewed as written: the dates of its last commit would hide it.
        git_dates: Some(false),
    };
    let (preview, rebuilds) = preview::start(build, watcher, options.lang).await;
    let serving = t!("serving", site = &options.site_dir, url = format!("{url}/"));
    println!("{}", serving.render(options.lang));
    let _ = std::io::stdout().flush();
    if options.open {
        open_in_browser(&format!("{url}/"), options.lang);
    }
    tokio::spawn(rebuilds.run());
    tokio::select! {
        served = axum::serve(listener, http::router(preview, host::AllowedHosts::new(options.bind, address.port()), site_dir)) => served.map_err(|err| io_failure(t!("io-server-stopped"), &err))?,
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(())
}

/// The address to print and to build links with: loopback when listening on every interface.
fn shown_address(address: SocketAddr) -> SocketAddr {
    match address.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::from((Ipv4Addr::LOCALHOST, address.port()))
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::from((Ipv6Addr::LOCALHOST, address.port()))
        }
        _ => address,
    }
}

/// Best effort: `open` on macOS, `xdg-open` elsewhere; a missing opener is only a note.
fn open_in_browser(url: &str, lang: Lang) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let spawned = tokio::process::Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if spawned.is_err() {
        let note = t!("serve-no-browser", opener = opener, url = url);
        eprintln!("{}", note.render(lang));
    }
}

//! Which `Host` headers the preview answers: only its own address. A page on another site can
//! point a name of its own at 127.0.0.1 (DNS rebinding) and read the preview through it; the
//! browser still sends that name as `Host`, so answering only our own names closes the door.

use std::net::IpAddr;

/// The names a request may give in `Host`: `localhost`, the loopback addresses and the address
/// kb listens on, each with its port. Listening on every interface (`--bind 0.0.0.0`) also
/// allows any IP address, which no DNS name can stand for.
#[derive(Debug, Clone, Copy)]
pub struct AllowedHosts {
    bind: IpAddr,
    port: u16,
}

impl AllowedHosts {
    pub fn new(bind: IpAddr, port: u16) -> AllowedHosts {
        AllowedHosts { bind, port }
    }

    pub fn allows(&self, host: &str) -> bool {
        let Some((name, port)) = split(host) else {
            return false;
        };
        if port != self.port {
            return false;
        }
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        match name.parse::<IpAddr>() {
            Ok(ip) => ip.is_loopback() || ip == self.bind || self.bind.is_unspecified(),
            Err(_) => false,
        }
    }
}

/// `name:port`, `[v6]:port` or a bare name (port 80) into the name and the port.
fn split(host: &str) -> Option<(&str, u16)> {
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => {
            let (name, after) = rest.split_once(']')?;
            (
                name,
                after.strip_prefix(':').or(after.is_empty().then_some("")),
            )
        }
        None => match host.rsplit_once(':') {
            Some((name, port)) if !name.contains(':') => (name, Some(port)),
            Some(_) => return None,
            None => (host, Some("")),
        },
    };
    let port = match port? {
        "" => 80,
        digits if digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse().ok()?,
        _ => return None,
    };
    (!name.is_empty()).then_some((name, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_names_and_port_pass() {
        let loopback = AllowedHosts::new("127.0.0.1".parse().unwrap(), 1111);
        for host in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LocalHost:1111",
            "[::1]:1111",
        ] {
            assert!(loopback.allows(host), "{host}");
        }
        for host in [
            "evil.example:1111",
            "localhost.evil.example:1111",
            "127.0.0.1:1112",
            "127.0.0.1",
            "localhost",
            "192.168.1.5:1111",
            "127.0.0.1:1111@evil.example",
            "[::1]1111",
            "::1:1111",
            ":1111",
            "",
        ] {
            assert!(!loopback.allows(host), "{host}");
        }
        let lan = AllowedHosts::new("0.0.0.0".parse().unwrap(), 8080);
        assert!(lan.allows("192.168.1.5:8080") && lan.allows("[fe80::1]:8080"));
        assert!(!lan.allows("kb.evil.example:8080") && !lan.allows("192.168.1.5:8081"));
        let web = AllowedHosts::new("127.0.0.1".parse().unwrap(), 80);
        assert!(web.allows("localhost") && web.allows("[::1]") && !web.allows("localhost:8080"));
    }
}

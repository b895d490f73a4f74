//! The address a request comes from: the connection's peer, or, when the peer is a
//! configured trusted reverse proxy, the address that proxy names in its header.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::state::AppState;

/// The client's address as text ("" when unknown, e.g. a router called in-process).
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        let address = peer.map(|peer| {
            client_address(
                peer,
                &parts.headers,
                &state.config.client_ip_header,
                &state.config.trusted_proxies,
            )
        });
        Ok(ClientAddress(
            address.map(|a| a.to_string()).unwrap_or_default(),
        ))
    }
}

/// The peer, unless it is a trusted proxy: then the last address in the proxy's header
/// that is not itself a trusted proxy (the one the outermost trusted proxy saw). Anything
/// a client wrote into the header before reaching our proxies is ignored.
pub fn client_address(
    peer: IpAddr,
    headers: &HeaderMap,
    header: &axum::http::HeaderName,
    trusted: &[IpNet],
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut named: Vec<IpAddr> = Vec::new();
    for value in headers.get_all(header) {
        let Ok(text) = value.to_str() else {
            return peer;
        };
        for part in text.split(',') {
            match parse_address(part.trim()) {
                Some(ip) => named.push(ip),
                None => return peer,
            }
        }
    }
    named
        .into_iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .unwrap_or(peer)
}

/// "1.2.3.4", "1.2.3.4:5678", "2001:db8::1" or "[2001:db8::1]:443".
fn parse_address(text: &str) -> Option<IpAddr> {
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderName, HeaderValue};

    fn resolve(peer: &str, forwarded: &[&str], trusted: &[&str]) -> String {
        let mut headers = HeaderMap::new();
        for f in forwarded {
            headers.append("x-forwarded-for", HeaderValue::from_str(f).unwrap());
        }
        let trusted: Vec<IpNet> = trusted.iter().map(|t| t.parse().unwrap()).collect();
        client_address(
            peer.parse().unwrap(),
            &headers,
            &HeaderName::from_static("x-forwarded-for"),
            &trusted,
        )
        .to_string()
    }

    #[test]
    fn the_header_is_believed_only_from_a_trusted_proxy() {
        assert_eq!(resolve("203.0.113.9", &["10.1.1.1"], &[]), "203.0.113.9");
        assert_eq!(
            resolve("203.0.113.9", &["10.1.1.1"], &["127.0.0.1/32"]),
            "203.0.113.9"
        );
        assert_eq!(
            resolve("127.0.0.1", &["198.51.100.7"], &["127.0.0.1/32"]),
            "198.51.100.7"
        );
    }

    #[test]
    fn what_a_client_wrote_before_our_proxies_is_ignored() {
        // the client sent "1.1.1.1" itself; our proxy appended the address it saw
        assert_eq!(
            resolve(
                "10.0.0.2",
                &["1.1.1.1, 198.51.100.7, 10.0.0.3"],
                &["10.0.0.0/8"]
            ),
            "198.51.100.7"
        );
        assert_eq!(
            resolve(
                "10.0.0.2",
                &["1.1.1.1", "198.51.100.7:5000"],
                &["10.0.0.0/8"]
            ),
            "198.51.100.7"
        );
    }

    #[test]
    fn a_missing_or_garbled_header_leaves_the_peer() {
        assert_eq!(resolve("10.0.0.2", &[], &["10.0.0.0/8"]), "10.0.0.2");
        assert_eq!(
            resolve("10.0.0.2", &["not an address"], &["10.0.0.0/8"]),
            "10.0.0.2"
        );
        assert_eq!(
            resolve("10.0.0.2", &["[2001:db8::1]:443"], &["10.0.0.0/8"]),
            "2001:db8::1"
        );
    }
}

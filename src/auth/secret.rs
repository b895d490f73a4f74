//! Secrets: the random values behind session and visitor cookies (the database keeps
//! only their hash), and the deployment's key that binds form tokens to them.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A random 32-byte value: a session's or a visitor's secret.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Secret([u8; 32]);

impl Secret {
    pub fn random() -> Self {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Secret(bytes)
    }

    pub fn from_hex(text: &str) -> Option<Self> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text, &mut bytes).ok()?;
        Some(Secret(bytes))
    }

    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    /// What the database keeps of a session secret.
    pub fn hash(self) -> [u8; 32] {
        Sha256::digest(self.0).into()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The key that binds form tokens to a session or visitor, shared by every server process
/// of a deployment (it is kept in the database).
#[derive(Clone)]
pub struct FormKey([u8; 64]);

impl FormKey {
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        Some(FormKey(bytes.try_into().ok()?))
    }

    /// The secret that a request's form tokens are made from.
    pub fn form_secret(&self, purpose: &[u8], secret: Secret) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new(&self.0.into());
        mac.update(purpose);
        mac.update(&secret.0);
        mac.finalize().into_bytes().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_round_trip_through_their_cookie_text_and_hash_to_something_else() {
        let secret = Secret::random();
        assert_eq!(Secret::from_hex(&secret.to_hex()), Some(secret));
        assert_ne!(secret.hash(), secret.0);
        assert_ne!(Secret::random(), secret);
        assert_eq!(Secret::from_hex("not hex"), None);
        assert_eq!(Secret::from_hex("abcd"), None, "too short");
    }

    #[test]
    fn form_secrets_differ_by_key_purpose_and_secret() {
        let key = FormKey([7; 64]);
        let other_key = FormKey([8; 64]);
        let secret = Secret([1; 32]);
        let a = key.form_secret(b"session", secret);
        assert_eq!(a, key.form_secret(b"session", secret));
        assert_ne!(a, key.form_secret(b"visitor", secret));
        assert_ne!(a, other_key.form_secret(b"session", secret));
        assert_ne!(a, key.form_secret(b"session", Secret([2; 32])));
    }
}

//! Argon2id password hashing, run off the async threads. Unknown logins are checked
//! against a dummy hash so that timing does not tell which logins exist.

use std::sync::LazyLock;

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// The shortest password accepted when one is set.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// At most one hash per core runs at once; more logins wait their turn instead of filling
/// the blocking pool and the memory (each hash takes about 19 MiB, returned to the system
/// afterwards by the allocator, see `main.rs`).
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    tokio::sync::Semaphore::new(cores)
});

/// A turn to hash: held while a password is checked.
pub struct HashingTurn {
    _permit: tokio::sync::SemaphorePermit<'static>,
}

/// Waits for a turn to hash.
pub async fn turn() -> anyhow::Result<HashingTurn> {
    Ok(HashingTurn {
        _permit: HASHING.acquire().await.context("hashing closed")?,
    })
}

static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("dummy password that nobody has").unwrap_or_default());

/// Hashes a password with argon2id (default parameters), blocking the calling thread.
pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let hash = Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("could not hash a password: {e}"))?;
    Ok(hash.to_string())
}

/// Hashes a password on the blocking pool.
pub async fn hash(password: String) -> anyhow::Result<String> {
    let _permit = HASHING.acquire().await.context("hashing closed")?;
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .context("the hashing task failed")?
}

/// Checks a password against a stored hash, or against a dummy hash when there is none,
/// taking the same time either way. The caller holds a turn.
pub async fn verify(
    _turn: &HashingTurn,
    password: String,
    stored: Option<String>,
) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let hash_text = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let Ok(hash) = PasswordHash::new(&hash_text) else {
            return false;
        };
        let ok = Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok();
        ok && known
    })
    .await
    .context("the verification task failed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_nothing_else() {
        let stored = hash("mật khẩu đúng".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        let turn = turn().await.unwrap();
        assert!(
            verify(&turn, "mật khẩu đúng".into(), Some(stored.clone()))
                .await
                .unwrap()
        );
        assert!(
            !verify(&turn, "mật khẩu sai".into(), Some(stored))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn an_unknown_login_never_verifies_even_with_the_dummy_password() {
        let turn = turn().await.unwrap();
        assert!(
            !verify(&turn, "dummy password that nobody has".into(), None)
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn a_corrupt_stored_hash_is_a_failed_login_not_a_crash() {
        let turn = turn().await.unwrap();
        assert!(
            !verify(&turn, "x".into(), Some("not a hash".into()))
                .await
                .unwrap()
        );
    }
}

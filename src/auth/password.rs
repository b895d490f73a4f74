//! Argon2id password hashing, run off the async threads. Unknown logins are checked
//! against a dummy hash so that timing does not tell which logins exist.

use std::sync::LazyLock;

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// Where one's password is changed: the only page open to an account that must choose
/// one (see `web::account`).
pub const CHANGE_PATH: &str = "/account/password";

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

/// How a one-time password's hash starts. One-time passwords are random (about 59 bits),
/// made when an administrator draws the list to hand out, and good only for choosing a
/// password of one's own; a salted SHA-256 of them is stored, since an import makes tens
/// of thousands at once, which argon2id would take minutes for.
const ONE_TIME_PREFIX: &str = "$one-time-sha256$";

/// What an account that has no password yet stores: nothing verifies against it.
pub const NO_PASSWORD_YET: &str = "!";
/// How long a one-time password logs in after its list is drawn.
pub const ONE_TIME_DAYS: i32 = 30;

/// The letters of one-time passwords: no 0/o, 1/l/i, to be read aloud and typed on a phone.
const ONE_TIME_LETTERS: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A new one-time password and what is stored for it.
pub fn new_one_time() -> (String, String) {
    use rand::RngCore;
    let mut random = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut random);
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let password = one_time_text(&random);
    let stored = one_time_hash(&password, &salt);
    (password, stored)
}

/// Three groups of four letters.
fn one_time_text(random: &[u8; 12]) -> String {
    let mut out = String::with_capacity(14);
    for (i, byte) in random.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        // 256 is not a multiple of 31: the first letters come a little more often, which
        // costs a fraction of a bit.
        out.push(char::from(
            ONE_TIME_LETTERS[usize::from(*byte) % ONE_TIME_LETTERS.len()],
        ));
    }
    out
}

fn one_time_hash(password: &str, salt: &[u8; 16]) -> String {
    use sha2::Digest;
    let mut hasher = sha2::Sha256::new();
    hasher.update(salt);
    hasher.update(password.trim().to_lowercase().as_bytes());
    format!(
        "{ONE_TIME_PREFIX}{}${}",
        hex::encode(salt),
        hex::encode(hasher.finalize())
    )
}

/// Whether `password` is the one-time password stored as `stored`.
pub fn is_one_time(password: &str, stored: &str) -> bool {
    use subtle::ConstantTimeEq;
    let Some((salt, _)) = stored
        .strip_prefix(ONE_TIME_PREFIX)
        .and_then(|rest| rest.split_once('$'))
    else {
        return false;
    };
    let mut bytes = [0u8; 16];
    if hex::decode_to_slice(salt, &mut bytes).is_err() {
        return false;
    }
    let expected = one_time_hash(password, &bytes);
    stored.len() == expected.len() && bool::from(stored.as_bytes().ct_eq(expected.as_bytes()))
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
        if hash_text.starts_with(ONE_TIME_PREFIX) {
            // The same time as any other check: the dummy hash is verified too.
            if let Ok(dummy) = PasswordHash::new(&DUMMY_HASH) {
                let _ = Argon2::default().verify_password(password.as_bytes(), &dummy);
            }
            return is_one_time(&password, &hash_text);
        }
        let Ok(hash) = PasswordHash::new(&hash_text) else {
            // No password yet: the same time as a wrong one.
            if let Ok(dummy) = PasswordHash::new(&DUMMY_HASH) {
                let _ = Argon2::default().verify_password(password.as_bytes(), &dummy);
            }
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
    async fn a_one_time_password_verifies_itself_only_and_reads_clearly() {
        let (password, stored) = new_one_time();
        assert_eq!(password.len(), 14);
        assert!(
            password
                .chars()
                .all(|c| c == '-' || c.is_ascii_alphanumeric())
        );
        assert!(!password.contains(['0', 'o', '1', 'l', 'i']));
        let (other, other_stored) = new_one_time();
        assert_ne!(password, other);
        assert!(!is_one_time(&password, &other_stored), "salted apart");
        // Typed with capitals or spaces around it on a phone, it still works.
        assert!(is_one_time(
            &format!(" {} ", password.to_uppercase()),
            &stored
        ));
        let turn = turn().await.expect("turn");
        assert!(
            verify(&turn, password.clone(), Some(stored.clone()))
                .await
                .expect("verify")
        );
        assert!(
            !verify(&turn, format!("{password}x"), Some(stored.clone()))
                .await
                .expect("verify")
        );
        assert!(
            !verify(&turn, String::new(), Some(stored))
                .await
                .expect("verify")
        );
        assert!(
            !verify(&turn, password, Some(NO_PASSWORD_YET.into()))
                .await
                .expect("verify")
        );
    }

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

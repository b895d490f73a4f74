//! Who is asking: passwords, sessions, CSRF and the client's address. What they may do
//! is decided in `domain::access`.

pub mod client;
pub mod csrf;
pub mod password;
pub mod secret;
pub mod session;

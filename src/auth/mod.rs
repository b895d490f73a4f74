//! Who is asking and what they may do: passwords, sessions, CSRF, the client's address
//! and the one permission function.

pub mod client;
pub mod csrf;
pub mod password;
pub mod permission;
pub mod session;

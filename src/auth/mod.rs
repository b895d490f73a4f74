//! Who is asking and what they may do: passwords, sessions, CSRF and the one permission
//! function.

pub mod csrf;
pub mod password;
pub mod permission;
pub mod session;

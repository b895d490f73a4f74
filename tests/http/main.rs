//! HTTP-level tests: the real application over a fresh PostgreSQL database per test.

mod auth;
mod browser;
mod cluster;
mod common;
mod crawl;
mod dashboard;
mod exports;
mod generate;
mod hardening;
pub mod imports;
mod input;
mod organisations;
mod permissions;
mod rate;
mod review;
mod rules;
mod workflow;
mod year_end;

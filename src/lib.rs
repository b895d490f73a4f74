//! Pledge register: yearly personal plans, cell review and approval, and (later)
//! collective plans, commitments and year-end ratings, for party organisations
//! following Directive 05-CT/TW.

#![cfg_attr(test, allow(clippy::unwrap_used))]

#[macro_use]
pub mod i18n;

pub mod auth;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod importer;
pub mod pdf;
pub mod run;
pub mod scoring;
pub mod server;
pub mod spreadsheet;
pub mod state;
pub mod web;
pub mod workflow;

pub use web::build_app;

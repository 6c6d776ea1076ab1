//! Integration tests: the real iced app, and real slapd and SMTP servers on
//! loopback (started once per run by `scripts/test-servers`).

mod abuse;
mod active_directory;
mod app_id;
mod certificates;
mod concurrency;
mod config_file;
mod connection_test;
mod crash_runs;
mod directories;
mod directory_cli;
mod directory_engine;
mod disk_faults;
mod gui_admin_center;
mod gui_first_window;
mod gui_object_editor;
mod gui_published;
mod gui_queue_history;
mod gui_settings;
mod gui_tasks;
mod hostile_server;
mod in_doubt;
mod ldap_faults;
mod ldap_test_server;
mod mailer;
mod notifications_e2e;
mod packaging;
mod published_ad;
mod published_stores;
mod reply_dropper;
mod secrets_scan;
mod smtp_faults;
mod smtp_test_server;
mod store_cli;
mod support;
mod window;

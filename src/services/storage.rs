//! Where a store's History and notification queue are kept: this desk's own
//! SQLite file (`notification_queue`), or the organisation's PostgreSQL
//! database that every desk following the store shares (`postgres`).

pub mod postgres;

//! dirdesk: a desktop Admin Center and object editor for Active Directory and
//! LDAP directories that tells users about the changes they make.

// Reading a large directory allocates and frees millions of small strings;
// mimalloc does that at about half the cost of the system allocator (see
// BENCHMARKS.md, case 1). Without transparent huge pages: the kernel zeroes
// 2 MiB at a time for them, which cost more than it saved and raised peak
// memory by a quarter. Set here so the app, the benches and the tests all run
// on the allocator users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod cli;
pub mod domain;
pub mod environment;
pub mod gui;
pub mod i18n;
pub mod services;

#[cfg(test)]
mod fuzz;

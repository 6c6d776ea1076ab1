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

/// Gives the memory a finished piece of work freed back to the system now:
/// mimalloc keeps freed pages a while for reuse, which after a bulk edit's
/// 100,000 changes is tens of megabytes the digest would be built beside.
pub fn return_freed_memory() {
    // SAFETY: mi_collect walks only mimalloc's own heaps and may be called
    // from any thread at any time.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_collect(true)
    }
}

pub mod cli;
pub mod domain;
pub mod environment;
pub mod gui;
pub mod i18n;
pub mod services;

#[cfg(test)]
mod fuzz;

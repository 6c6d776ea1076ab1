//! The machine-wide configuration: a read-only file an administrator (or
//! Intune, Group Policy, Ansible, an MDM) installs so that dirdesk starts
//! already pointing at the company directory, for every user of the
//! computer. Its stores are shown to everyone and cannot be removed; what a
//! desk learns about them (last check, published settings followed) is kept
//! in the user's own file. dirdesk never writes it.

use std::path::Path;

use crate::fl;
use crate::services::config_file::Config;

/// Adds the stores of the machine-wide files to `config`, marked managed.
/// The machine file decides how to connect (type, servers, security, CA,
/// base DN, how people sign in); a store the user's file already holds
/// (same id) keeps what this desk learnt or chose there: its service
/// account, last check, notifications and the published settings it follows
/// (which win over both). A damaged file is named in
/// `config.machine_problems` and its stores are left out.
pub fn merge(config: &mut Config, files: &[std::path::PathBuf]) {
    // The files come most important first: a store one of them added is not
    // changed by a later one.
    let mut added = std::collections::HashSet::new();
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                config.machine_problems.push(problem(path, &e.to_string()));
                continue;
            }
        };
        let machine = match Config::parse(&text, path) {
            Ok(machine) => machine,
            Err(error) => {
                config
                    .machine_problems
                    .push(problem(path, &error.to_string()));
                continue;
            }
        };
        for mut store in machine.stores {
            if !added.insert(store.id.clone()) {
                continue;
            }
            match config.stores.iter_mut().find(|s| s.id == store.id) {
                Some(own) => {
                    if own.published.is_none() {
                        own.store_type = store.store_type;
                        own.servers = store.servers;
                        own.security = store.security;
                        own.ca_file = store.ca_file;
                        own.base_dn = store.base_dn;
                        own.login_attribute = store.login_attribute;
                        own.login_dn_template = store.login_dn_template;
                    }
                    own.managed = Some(path.clone());
                }
                None => {
                    store.managed = Some(path.clone());
                    config.stores.push(store);
                }
            }
        }
    }
}

fn problem(path: &Path, detail: &str) -> String {
    fl!(
        "machine-config-problem",
        path = path.display().to_string(),
        detail = detail
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{IdentityStore, StoreId, StoreType};

    fn file(dir: &Path, name: &str, base_dn: &str) -> std::path::PathBuf {
        let mut store = IdentityStore::new(StoreId("corp".into()), "Corp", StoreType::GenericLdap);
        store.base_dn = base_dn.into();
        let config = Config {
            stores: vec![store],
            ..Config::default()
        };
        let path = dir.join(name);
        std::fs::write(&path, toml::to_string(&config).expect("toml")).expect("write");
        path
    }

    #[test]
    fn the_most_important_file_decides_and_the_users_own_choices_stay() {
        let dir = tempfile::tempdir().expect("dir");
        let first = file(dir.path(), "first.toml", "dc=first,dc=test");
        let second = file(dir.path(), "second.toml", "dc=second,dc=test");
        let mut mine =
            IdentityStore::new(StoreId("corp".into()), "My name", StoreType::GenericLdap);
        mine.base_dn = "dc=mine,dc=test".into();
        mine.service_account = Some("cn=svc,dc=first,dc=test".into());
        let mut config = Config {
            stores: vec![mine],
            ..Config::default()
        };
        merge(&mut config, &[first.clone(), second]);
        let store = &config.stores[0];
        assert_eq!(config.stores.len(), 1);
        assert_eq!(store.base_dn, "dc=first,dc=test");
        assert_eq!(store.managed.as_deref(), Some(first.as_path()));
        assert_eq!(store.name, "My name");
        assert_eq!(
            store.service_account.as_deref(),
            Some("cn=svc,dc=first,dc=test")
        );
    }
}

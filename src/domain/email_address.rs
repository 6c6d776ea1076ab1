//! Email addresses as admins type them and directories hold them. Checked
//! strictly, because a value that reaches a mail header must not be able to
//! add a header or a recipient.

/// Whether `address` is a plain `local@domain` address: ASCII, no spaces,
/// no quotes or angle brackets, a domain made of dot-separated labels.
pub fn is_valid(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(atext));
    let domain_ok = !domain.is_empty()
        && domain.len() <= 253
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// Splits a ";"-separated list (as the To: and CC: fields take it), trimming
/// spaces and skipping empty entries. Returns the addresses, or every entry
/// that is not a valid address.
pub fn parse_list(list: &str) -> Result<Vec<String>, Vec<String>> {
    let entries: Vec<String> = list
        .split([';', ','])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_owned)
        .collect();
    let bad: Vec<String> = entries.iter().filter(|e| !is_valid(e)).cloned().collect();
    if bad.is_empty() {
        Ok(entries)
    } else {
        Err(bad)
    }
}

/// The list as the To: and CC: fields show it.
pub fn join_list(addresses: &[String]) -> String {
    addresses.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for a in [
            "alice@example.test",
            "first.last+tag@mail.example.test",
            "x_y-z@a-b.example.test",
        ] {
            assert!(is_valid(a), "{a}");
        }
    }

    #[test]
    fn rejects_anything_that_could_smuggle_headers_or_recipients() {
        for a in [
            "",
            "alice",
            "alice@",
            "@example.test",
            "alice@example",
            "alice@@example.test",
            "al ice@example.test",
            "alice@example.test\r\nBcc: eve@evil.test",
            "alice@example.test>, eve@evil.test",
            "\"alice\"@example.test",
            "Alice <alice@example.test>",
            ".alice@example.test",
            "alice..x@example.test",
            "alice@-example.test",
            "alice@example..test",
            "zoë@example.test",
        ] {
            assert!(!is_valid(a), "{a:?} must be refused");
        }
    }

    #[test]
    fn lists_are_split_on_semicolons_and_report_every_bad_entry() {
        assert_eq!(
            parse_list(" a@example.test; b@example.test ;; "),
            Ok(vec![
                "a@example.test".to_owned(),
                "b@example.test".to_owned()
            ])
        );
        assert_eq!(
            parse_list("a@example.test; nope; also bad@"),
            Err(vec!["nope".to_owned(), "also bad@".to_owned()])
        );
        assert_eq!(parse_list(""), Ok(vec![]));
        assert_eq!(
            join_list(&["a@x.test".into(), "b@y.test".into()]),
            "a@x.test; b@y.test"
        );
    }
}

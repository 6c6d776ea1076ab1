//! Range retrieval (MS-ADTS 3.1.1.3.1.3.3): Active Directory returns a big
//! multi-valued attribute in parts, `member;range=0-1499`, and the client
//! asks for the rest, `member;range=1500-*`, until a part ends in `*`.

/// One part of an attribute as the server returned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    /// The attribute's own name (`member`).
    pub attribute: &'a str,
    pub low: u64,
    /// `None`: the last part (`*`).
    pub high: Option<u64>,
}

/// The part an attribute description names, if it is one (`member;range=0-1499`).
pub fn part(description: &str) -> Option<Part<'_>> {
    let (attribute, options) = description.split_once(';')?;
    let range = options.split(';').find_map(|o| {
        o.strip_prefix("range=")
            .or_else(|| o.strip_prefix("Range="))
    })?;
    let (low, high) = range.split_once('-')?;
    Some(Part {
        attribute,
        low: low.parse().ok()?,
        high: match high {
            "*" => None,
            high => Some(high.parse().ok()?),
        },
    })
}

/// What to ask for to get the values from `low` on (`member;range=1500-*`).
pub fn from(attribute: &str, low: u64) -> String {
    format!("{attribute};range={low}-*")
}

/// What to ask for to get the first `size` values (`member;range=0-1499`).
pub fn first(attribute: &str, size: u64) -> String {
    format!("{attribute};range=0-{}", size.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_read_as_the_server_names_them() {
        assert_eq!(
            part("member;range=0-1499"),
            Some(Part {
                attribute: "member",
                low: 0,
                high: Some(1499)
            })
        );
        assert_eq!(
            part("member;range=1500-*"),
            Some(Part {
                attribute: "member",
                low: 1500,
                high: None
            })
        );
        assert_eq!(part("member"), None);
        assert_eq!(part("member;binary"), None);
        assert_eq!(part("member;range=x-1"), None);
        assert_eq!(from("member", 1500), "member;range=1500-*");
        assert_eq!(first("member", 1500), "member;range=0-1499");
    }
}

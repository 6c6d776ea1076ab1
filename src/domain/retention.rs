//! How long the organisation's History is kept, as the History node offers
//! it: 30, 60 or 90 days, 6 months, 1, 2 or 5 years, or all of it.

use crate::fl;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Keep {
    Days30,
    Days60,
    Days90,
    Months6,
    Year1,
    Years2,
    Years5,
    All,
}

impl Keep {
    pub const ALL: [Keep; 8] = [
        Keep::Days30,
        Keep::Days60,
        Keep::Days90,
        Keep::Months6,
        Keep::Year1,
        Keep::Years2,
        Keep::Years5,
        Keep::All,
    ];

    /// The word the command line takes (`--keep 90-days`).
    pub fn code(self) -> &'static str {
        match self {
            Keep::Days30 => "30-days",
            Keep::Days60 => "60-days",
            Keep::Days90 => "90-days",
            Keep::Months6 => "6-months",
            Keep::Year1 => "1-year",
            Keep::Years2 => "2-years",
            Keep::Years5 => "5-years",
            Keep::All => "all",
        }
    }

    /// As a PostgreSQL interval; `None`: everything is kept.
    pub fn interval(self) -> Option<&'static str> {
        Some(match self {
            Keep::Days30 => "30 days",
            Keep::Days60 => "60 days",
            Keep::Days90 => "90 days",
            Keep::Months6 => "6 months",
            Keep::Year1 => "1 year",
            Keep::Years2 => "2 years",
            Keep::Years5 => "5 years",
            Keep::All => return None,
        })
    }

    pub fn label(self) -> String {
        match self {
            Keep::Days30 => fl!("keep-days", count = 30),
            Keep::Days60 => fl!("keep-days", count = 60),
            Keep::Days90 => fl!("keep-days", count = 90),
            Keep::Months6 => fl!("keep-months", count = 6),
            Keep::Year1 => fl!("keep-years", count = 1),
            Keep::Years2 => fl!("keep-years", count = 2),
            Keep::Years5 => fl!("keep-years", count = 5),
            Keep::All => fl!("keep-all"),
        }
    }
}

impl std::fmt::Display for Keep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

impl std::str::FromStr for Keep {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        Keep::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| {
                let codes: Vec<&str> = Keep::ALL.iter().map(|k| k.code()).collect();
                fl!("keep-unknown", text = text, choices = codes.join(", "))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_from_its_word_and_only_all_keeps_everything() {
        for keep in Keep::ALL {
            assert_eq!(keep.code().parse::<Keep>(), Ok(keep));
            assert_eq!(keep.interval().is_none(), keep == Keep::All);
        }
        let wrong = "3-weeks".parse::<Keep>().expect_err("not offered");
        assert!(
            wrong.contains("3-weeks") && wrong.contains("90-days"),
            "{wrong}"
        );
    }
}

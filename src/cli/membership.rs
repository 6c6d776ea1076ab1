//! `dirdesk join | leave`: joining or leaving a group yourself, signed in
//! as yourself; prints the change and who was told, as `edit` does.

use std::process::ExitCode;

use clap::Args;

use super::directory::{SignInArgs, print_notes, print_outcome, print_record, sign_in};
use super::{Failure, runtime};
use crate::environment::Folders;
use crate::fl;
use crate::services::editing::{self, OwnMembership};
use crate::services::ldap::ChangeFailure;
use crate::services::notify;

#[derive(Debug, Args)]
pub struct MembershipArgs {
    #[command(flatten)]
    sign_in: SignInArgs,
    /// The group's DN.
    dn: String,
}

pub fn run(
    args: MembershipArgs,
    change: OwnMembership,
    folders: &Folders,
) -> Result<ExitCode, Failure> {
    let rt = runtime()?;
    let mut session = sign_in(&args.sign_in, folders, &rt)?;
    let saved = rt.block_on(editing::change_own_membership(
        &mut session,
        folders,
        &args.dn,
        change,
    ));
    print_notes(&saved);
    let result = match saved.result {
        Ok(notify::Saved { record, outcome }) => {
            print_record(&record);
            outcome
                .map(|outcome| {
                    print_outcome(&outcome);
                    ExitCode::SUCCESS
                })
                .map_err(Failure::from)
        }
        // Already as asked: nothing to do, and nothing wrong.
        Err(ChangeFailure::NothingToChange) => {
            println!(
                "{}",
                match change {
                    OwnMembership::Join => fl!("cli-already-member", dn = args.dn.as_str()),
                    OwnMembership::Leave => fl!("cli-not-a-member", dn = args.dn.as_str()),
                }
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(failure) => Err(failure.into()),
    };
    rt.block_on(session.sign_out());
    result
}

//! The Kerberos context of a sealed connection. On Unix it is asked for
//! with sequence and replay detection besides confidentiality, so that a
//! sealed buffer dropped, replayed or reordered on the way is an error, not
//! a silently shorter answer (cross-krb5 asks for mutual authentication
//! only); Windows goes through cross-krb5's SSPI.

/// Where the context setup stands after the server's token.
pub enum Step {
    /// Send this token and wait for the next.
    Continue(Vec<u8>),
    /// Established; a last token for the server, if any.
    Established(Option<Vec<u8>>),
}

#[cfg(unix)]
pub use unix::Context;

#[cfg(unix)]
mod unix {
    use libgssapi::context::{ClientCtx, CtxFlags, SecurityContext};
    use libgssapi::credential::{Cred, CredUsage};
    use libgssapi::name::Name;
    use libgssapi::oid::{GSS_MECH_KRB5, GSS_NT_KRB5_PRINCIPAL, OidSet};

    use super::Step;

    /// What the sealed connection needs from the context.
    const NEEDED: CtxFlags = CtxFlags::GSS_C_MUTUAL_FLAG
        .union(CtxFlags::GSS_C_SEQUENCE_FLAG)
        .union(CtxFlags::GSS_C_REPLAY_FLAG)
        .union(CtxFlags::GSS_C_CONF_FLAG)
        .union(CtxFlags::GSS_C_INTEG_FLAG);

    pub struct Context(ClientCtx);

    impl Context {
        /// A context for `spn` (`ldap/host`) with the person's ticket, and
        /// the first token for the server. Reads the credential cache:
        /// call it off the async threads.
        pub fn start(spn: &str) -> Result<(Context, Vec<u8>), String> {
            let text = |e: libgssapi::error::Error| e.to_string();
            let mut mechs = OidSet::new().map_err(text)?;
            mechs.add(&GSS_MECH_KRB5).map_err(text)?;
            let cred =
                Cred::acquire(None, None, CredUsage::Initiate, Some(&mechs)).map_err(text)?;
            let target = Name::new(spn.as_bytes(), Some(&GSS_NT_KRB5_PRINCIPAL))
                .and_then(|name| name.canonicalize(Some(&GSS_MECH_KRB5)))
                .map_err(text)?;
            let mut context = ClientCtx::new(Some(cred), target, NEEDED, Some(&GSS_MECH_KRB5));
            let token = context
                .step(None, None)
                .map_err(text)?
                .ok_or("GSSAPI gave no first token")?;
            Ok((Context(context), token.to_vec()))
        }

        pub fn step(&mut self, token: &[u8]) -> Result<Step, String> {
            let next = self.0.step(Some(token), None).map_err(|e| e.to_string())?;
            if !self.0.is_complete() {
                return next
                    .map(|t| Step::Continue(t.to_vec()))
                    .ok_or_else(|| "GSSAPI gave no next token".to_owned());
            }
            let granted = self.0.flags().map_err(|e| e.to_string())?;
            if !granted.contains(NEEDED) {
                return Err(format!(
                    "the Kerberos context lacks {:?}",
                    NEEDED.difference(granted)
                ));
            }
            Ok(Step::Established(next.map(|t| t.to_vec())))
        }

        pub fn wrap(&mut self, encrypt: bool, message: &[u8]) -> Result<Vec<u8>, String> {
            (self.0.wrap(encrypt, message))
                .map(|b| b.to_vec())
                .map_err(|e| e.to_string())
        }

        pub fn unwrap(&mut self, message: &[u8]) -> Result<Vec<u8>, String> {
            (self.0.unwrap(message))
                .map(|b| b.to_vec())
                .map_err(|e| e.to_string())
        }
    }
}

#[cfg(not(unix))]
pub use windows::Context;

#[cfg(not(unix))]
mod windows {
    use cross_krb5::{ClientCtx, InitiateFlags, K5Ctx, PendingClientCtx};

    use super::Step;

    pub enum Context {
        Pending(Option<PendingClientCtx>),
        Ready(ClientCtx),
    }

    impl Context {
        pub fn start(spn: &str) -> Result<(Context, Vec<u8>), String> {
            let (pending, token) = ClientCtx::new(InitiateFlags::empty(), None, spn, None)
                .map_err(|e| format!("{e:#}"))?;
            Ok((Context::Pending(Some(pending)), token.to_vec()))
        }

        pub fn step(&mut self, token: &[u8]) -> Result<Step, String> {
            let Context::Pending(pending) = self else {
                return Err("the Kerberos context is already established".into());
            };
            let pending = pending.take().ok_or("the Kerberos context failed")?;
            match pending.step(token).map_err(|e| format!("{e:#}"))? {
                cross_krb5::Step::Finished((context, last)) => {
                    let last = last.map(|t| t.to_vec());
                    *self = Context::Ready(context);
                    Ok(Step::Established(last))
                }
                cross_krb5::Step::Continue((next, token)) => {
                    *self = Context::Pending(Some(next));
                    Ok(Step::Continue(token.to_vec()))
                }
            }
        }

        fn ready(&mut self) -> Result<&mut ClientCtx, String> {
            match self {
                Context::Ready(context) => Ok(context),
                Context::Pending(_) => Err("the Kerberos context is not established".into()),
            }
        }

        pub fn wrap(&mut self, encrypt: bool, message: &[u8]) -> Result<Vec<u8>, String> {
            (self.ready()?.wrap(encrypt, message))
                .map(|b| b.to_vec())
                .map_err(|e| format!("{e:#}"))
        }

        pub fn unwrap(&mut self, message: &[u8]) -> Result<Vec<u8>, String> {
            (self.ready()?.unwrap(message))
                .map(|b| b.to_vec())
                .map_err(|e| format!("{e:#}"))
        }
    }
}

//! The Notifications page's screen tests.
use super::*;
use crate::domain::StoreId;
use crate::domain::StoreType;

fn state() -> State {
    let mut store = IdentityStore::new(StoreId("store-1".into()), "Corp", StoreType::GenericLdap);
    store.notifications.smtp_server = "smtp.example.test".into();
    store.notifications.from = "dirdesk@example.test".into();
    State::new(store)
}

#[test]
fn the_smtp_password_never_shows_in_debug_output() {
    let mut state = state();
    state.update(Message::UseAuthenticationToggled(true));
    state.update(Message::UsernameChanged("mailer".into()));
    let typed = Message::PasswordChanged("hunter2-smtp".to_owned().into());
    assert!(!format!("{typed:?}").contains("hunter2"));
    state.update(typed);
    assert!(!format!("{state:?}").contains("hunter2"), "{state:?}");
    let action = state.update(Message::SavePressed);
    let shown = format!("{action:?}");
    assert!(shown.contains("Save"), "{shown}");
    assert!(!shown.contains("hunter2"), "{shown}");
}

#[test]
fn authentication_without_encryption_is_saved_only_when_chosen() {
    let mut state = state();
    state.update(Message::SecuritySelected(SmtpSecurity::None));
    state.update(Message::UseAuthenticationToggled(true));
    state.update(Message::UsernameChanged("mailer".into()));
    let shows =
        |state: &State, label: String| iced_test::simulator(state.view()).find(label).is_ok();
    assert!(shows(&state, fl!("smtp-unencrypted-warning")));
    assert!(shows(&state, fl!("label-smtp-allow-unencrypted-auth")));
    assert!(matches!(state.update(Message::SavePressed), Action::None));
    assert!(
        state
            .errors
            .iter()
            .any(|(field, _)| *field == Field::SmtpUsername),
        "{:?}",
        state.errors
    );
    state.update(Message::AllowUnencryptedAuthenticationToggled(true));
    match state.update(Message::SavePressed) {
        Action::Save { settings, .. } => {
            assert!(settings.allow_unencrypted_authentication);
            assert!(settings.authenticates_unencrypted());
        }
        other => panic!("{other:?}"),
    }
    // Choosing encryption again drops the permission with the need for it.
    state.update(Message::SecuritySelected(SmtpSecurity::StartTls));
    match state.update(Message::SavePressed) {
        Action::Save { settings, .. } => assert!(!settings.allow_unencrypted_authentication),
        other => panic!("{other:?}"),
    }
}

#[test]
fn save_is_only_possible_after_a_change_and_sends_the_settings() {
    let mut s = state();
    assert!(!s.is_dirty());
    assert!(matches!(s.update(Message::SavePressed), Action::None));
    s.update(Message::AlsoNotifyToggled(
        AlsoNotifyBox::LoggedInUsers,
        true,
    ));
    assert!(s.is_dirty());
    match s.update(Message::SavePressed) {
        Action::Save { settings, typed } => {
            assert!(settings.also_notify.logged_in_users);
            assert!(typed.password.is_none() && typed.client_secret.is_none());
            let _ = s.saved(*settings);
        }
        other => panic!("{other:?}"),
    }
    assert!(!s.is_dirty());
    assert!(s.saved_notice);
    s.update(Message::SavedNoticeExpired);
    assert!(!s.saved_notice);
}

#[test]
fn field_errors_are_shown_next_to_their_fields() {
    let mut s = state();
    s.update(Message::ToChanged("a@example.test; nope".into()));
    s.update(Message::PortChanged("x".into()));
    assert!(matches!(s.update(Message::SavePressed), Action::None));
    assert!(s.error(Field::To).is_some_and(|e| e.contains("nope")));
    assert!(s.error(Field::SmtpPort).is_some());
    assert!(s.error(Field::Cc).is_none());
}

#[test]
fn ssl_moves_the_default_port() {
    let mut s = state();
    s.update(Message::SecuritySelected(SmtpSecurity::Ssl));
    assert_eq!(s.port, "465");
    s.update(Message::PortChanged("2465".into()));
    s.update(Message::SecuritySelected(SmtpSecurity::StartTls));
    assert_eq!(s.port, "2465", "a chosen port stays");
}

#[test]
fn the_test_dialog_opens_sends_and_shows_the_answer() {
    let mut s = state();
    s.update(Message::TestServerPressed);
    s.update(Message::TestAddressChanged("me@example.test".into()));
    assert!(matches!(s.update(Message::TestOkPressed), Action::Run(_)));
    s.update(Message::TestFinished(Ok("250 OK".into())));
    assert_eq!(
        s.test.as_ref().and_then(|t| t.answer.clone()),
        Some(Ok("250 OK".into()))
    );
    assert!(s.close_dialog());
}

/// The article's Basic / OAuth 2.0 choice: OAuth shows Token Endpoint,
/// Client ID, Client Secret and Scope; an http:// endpoint and a missing
/// Client ID are shown at their fields; Save carries the settings and the
/// typed Client Secret (never shown in Debug); Basic again saves Basic.
#[test]
fn oauth_2_shows_its_fields_checks_them_and_saves_the_secret_apart() {
    let mut state = state();
    state.update(Message::UseAuthenticationToggled(true));
    let shows = |state: &State, label: &str| {
        iced_test::simulator(state.view())
            .find(label.to_owned())
            .is_ok()
    };
    assert!(!shows(&state, "Token Endpoint"), "only with OAuth 2.0");
    state.update(Message::AuthMethodSelected(SmtpAuthMethod::OAuth2));
    for label in ["Token Endpoint", "Client ID", "Client Secret", "Scope"] {
        assert!(shows(&state, label), "{label}");
    }
    state.update(Message::TokenEndpointChanged(
        "http://login.example.test/token".into(),
    ));
    assert!(matches!(state.update(Message::SavePressed), Action::None));
    let fields: Vec<Field> = state.errors.iter().map(|(f, _)| *f).collect();
    assert!(fields.contains(&Field::OAuthTokenEndpoint), "{fields:?}");
    assert!(fields.contains(&Field::OAuthClientId), "{fields:?}");
    assert!(shows(&state, &fl!("invalid-oauth-client-id-empty")));
    state.update(Message::TokenEndpointChanged(
        "https://login.example.test/tenant/oauth2/v2.0/token".into(),
    ));
    state.update(Message::ClientIdChanged(" app-1 ".into()));
    state.update(Message::ScopeChanged(
        "https://outlook.office365.com/.default".into(),
    ));
    state.update(Message::ClientSecretChanged(
        "s3cret-client".to_owned().into(),
    ));
    let action = state.update(Message::SavePressed);
    assert!(!format!("{action:?}").contains("s3cret"), "{action:?}");
    let Action::Save { settings, typed } = action else {
        panic!("saved: {:?}", state.errors)
    };
    assert!(settings.uses_oauth());
    assert_eq!(settings.oauth.client_id, "app-1");
    assert_eq!(
        typed.client_secret.map(|s| s.expose_secret().to_owned()),
        Some("s3cret-client".to_owned())
    );
    // Back to Basic: saved as Basic (a username is needed again).
    state.update(Message::AuthMethodSelected(SmtpAuthMethod::Basic));
    state.update(Message::UsernameChanged("mailer".into()));
    let Action::Save { settings, .. } = state.update(Message::SavePressed) else {
        panic!("saved: {:?}", state.errors)
    };
    assert_eq!(settings.smtp_auth_method, SmtpAuthMethod::Basic);
}

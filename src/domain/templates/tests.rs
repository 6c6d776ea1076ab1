//! The templates' own rules: every built-in one checks clean, problems are
//! placed, values stay inert whatever a template says.

use super::*;

fn custom(html: &str) -> Template {
    CustomTemplate {
        html: Some(html.into()),
        ..CustomTemplate::default()
    }
    .over(builtin(EmailKind::Change, "en"))
}

fn hostile() -> Value {
    let mut record = context::sample_record("Demo");
    record.object_name = "<script>alert(1)</script>\r\nBcc: eve@evil.test".into();
    let recipient = crate::domain::recipients::Recipient {
        address: "alice@example.test".into(),
        name: Some("Alice".into()),
        language: None,
        reasons: vec![crate::domain::recipients::Reason::LoggedInUser],
    };
    change_context(
        &crate::i18n::loader_for(None),
        &record,
        &recipient,
        &jiff::tz::TimeZone::UTC,
    )
}

#[test]
fn every_built_in_template_checks_clean_in_every_language() {
    for kind in EmailKind::ALL {
        for lang in LANGUAGES {
            let template = builtin(kind, lang);
            assert!(!template.subject.is_empty() && !template.html.is_empty());
            assert_eq!(check(kind, lang, &template), Vec::new(), "{kind:?} {lang}");
        }
    }
    // The German one is written in German, not in message ids.
    let german = builtin(EmailKind::Change, "de");
    assert!(german.html.contains("Geändert von"), "{}", german.html);
    assert!(
        german.subject.contains("{{ object.name }}"),
        "{}",
        german.subject
    );
}

#[test]
fn a_syntax_error_is_placed_by_line_and_column() {
    let template = custom("<p>Hello</p>\n<p>{{ object.name </p>\n");
    let problems = check(EmailKind::Change, "en", &template);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert_eq!(
        (problem.part, problem.line),
        (Part::Html, Some(2)),
        "{problem}"
    );
    assert!(problem.column.is_some(), "{problem}");
    assert!(
        problem.to_string().starts_with("HTML, line 2, column "),
        "{problem}"
    );
}

#[test]
fn an_unknown_tag_is_named_where_it_is_used() {
    let template = custom("<p>Hello</p>\n\n  <b>{{ object.nmae }}</b>\n");
    let problems = check(EmailKind::Change, "en", &template);
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["HTML, line 3, column 9: unknown tag “object.nmae”"]
    );
    // A field of a loop's own variable is caught by the trial render.
    let template = custom("{% for change in changes %}\n{{ change.atribute }}{% endfor %}");
    let problems = check(EmailKind::Change, "en", &template);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, Some(2), "{}", problems[0]);
    // The Test email has no object.
    let test = Template {
        text: "{{ object.name }}".into(),
        ..builtin(EmailKind::Test, "en")
    };
    assert_eq!(check(EmailKind::Test, "en", &test).len(), 1);
}

#[test]
fn markup_in_values_stays_inert_whatever_the_template_says() {
    for html in [
        "<h1>{{ object.name }}</h1>",
        "<h1>{{ object.name | safe }}</h1>",
        "{% autoescape false %}<h1>{{ object.name }}</h1>{% endautoescape %}",
        "{% set x %}<i>{{ object.name }}</i>{% endset %}<h1>{{ x }}</h1>",
        "{% filter upper %}<h1>{{ object.name }}</h1>{% endfilter %}",
        "<h1>{{ '<b>' ~ object.name }}</h1>",
    ] {
        let email = render(&custom(html), &hostile()).expect(html);
        let lower = email.html.to_lowercase();
        assert!(!lower.contains("<script"), "{html}: {}", email.html);
        assert!(lower.contains("&lt;script&gt;"), "{html}: {}", email.html);
        assert!(!email.html.contains('\r'), "{html}");
    }
    // The author's own markup in the template stays markup.
    let email = render(&custom("<h1>{{ object.name }}</h1>"), &hostile()).unwrap();
    assert!(email.html.starts_with("<h1>&lt;script"), "{}", email.html);
}

#[test]
fn the_subject_is_one_line_whatever_the_template_writes() {
    let template = Template {
        subject: "Changed:\n{{ object.name }}\r\nBcc: x@evil.test".into(),
        ..builtin(EmailKind::Change, "en")
    };
    let email = render(&template, &hostile()).unwrap();
    assert!(!email.subject.contains(['\r', '\n']), "{:?}", email.subject);
    assert!(
        email.subject.starts_with("Changed: <script>"),
        "{:?}",
        email.subject
    );
}

#[test]
fn a_template_that_would_run_forever_is_stopped() {
    let template =
        custom("{% for a in range(10000) %}{% for b in range(10000) %}.{% endfor %}{% endfor %}");
    let started = std::time::Instant::now();
    let problems = check(EmailKind::Change, "en", &template);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].detail.contains("fuel"), "{}", problems[0]);
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn reset_gives_back_the_built_in_bytes() {
    let mut templates = Templates::default();
    let built_in = builtin(EmailKind::Change, "de");
    templates.put(
        EmailKind::Change,
        "de",
        CustomTemplate {
            subject: Some("Neu: {{ object.name }}".into()),
            ..CustomTemplate::default()
        },
    );
    assert_eq!(
        templates.effective(EmailKind::Change, "de").subject,
        "Neu: {{ object.name }}"
    );
    assert_eq!(
        templates.effective(EmailKind::Change, "de").html,
        built_in.html
    );
    assert_eq!(
        templates.effective(EmailKind::Change, "en"),
        builtin(EmailKind::Change, "en")
    );
    templates.reset(EmailKind::Change, "de");
    assert!(templates.is_empty());
    assert_eq!(templates.effective(EmailKind::Change, "de"), built_in);
}

#[test]
fn templates_survive_the_config_file_and_the_published_text() {
    let mut templates = Templates::default();
    templates.put(
        EmailKind::Change,
        "de",
        CustomTemplate {
            html: Some("<p>\"Hallo\"\n{{ object.name }}</p>\n".into()),
            ..CustomTemplate::default()
        },
    );
    let toml_text = toml::to_string(&templates).unwrap();
    assert_eq!(toml::from_str::<Templates>(&toml_text).unwrap(), templates);
    let json = serde_json::to_string(&templates).unwrap();
    assert_eq!(serde_json::from_str::<Templates>(&json).unwrap(), templates);
}

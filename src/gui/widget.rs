//! Small pieces the screens share: a modal dialog, a labelled form field,
//! a page title, a field error and a choice among several.

use iced::widget::{
    button, center, column, container, mouse_area, opaque, radio, row, space, stack, text,
};
use iced::{Color, Element, Fill, Length};

/// `base` with `dialog` shown above it; clicks outside send `on_blur`.
pub fn modal<'a, Message: Clone + 'a>(
    base: impl Into<Element<'a, Message>>,
    dialog: impl Into<Element<'a, Message>>,
    on_blur: Message,
) -> Element<'a, Message> {
    let shade = mouse_area(center(opaque(
        container(dialog)
            .padding(20)
            .max_width(520)
            .style(container::rounded_box),
    )))
    .on_press(on_blur);
    let backdrop = container(opaque(shade))
        .width(Fill)
        .height(Fill)
        .style(|_theme| container::Style {
            background: Some(
                Color {
                    a: 0.6,
                    ..Color::BLACK
                }
                .into(),
            ),
            ..container::Style::default()
        });
    stack![base.into(), backdrop].into()
}

/// A page's heading.
pub fn title<'a, Message: 'a>(label: String) -> Element<'a, Message> {
    text(label).size(24).into()
}

/// A field with its label above and, when there is one, its error below.
pub fn field<'a, Message: 'a>(
    label: String,
    input: impl Into<Element<'a, Message>>,
    error: Option<String>,
) -> Element<'a, Message> {
    let mut col = column![text(label).size(14), input.into()]
        .spacing(4)
        .width(Length::Fill);
    if let Some(error) = error {
        col = col.push(text(error).size(13).style(text::danger));
    }
    col.into()
}

/// `base` with a question that must be answered: a destructive `confirm`
/// button and a `cancel` one (also what a click outside or Esc means).
pub fn confirm<'a, Message: Clone + 'a>(
    base: impl Into<Element<'a, Message>>,
    question: String,
    explanation: String,
    (cancel_label, cancel): (String, Message),
    (confirm_label, confirm): (String, Message),
) -> Element<'a, Message> {
    modal(
        base,
        column![
            text(question).size(18),
            text(explanation),
            row![
                space::horizontal(),
                button(text(cancel_label))
                    .style(button::secondary)
                    .on_press(cancel.clone()),
                button(text(confirm_label))
                    .style(button::danger)
                    .on_press(confirm),
            ]
            .spacing(8),
        ]
        .spacing(12),
        cancel,
    )
}

/// One of a set of choices: a radio button and its label, both clickable
/// (the label is ordinary text, so it can be found and read like any other).
pub fn choice<'a, V, Message>(
    label: String,
    value: V,
    selected: Option<V>,
    on_select: impl Fn(V) -> Message + 'a,
) -> Element<'a, Message>
where
    V: Copy + Eq + 'a,
    Message: Clone + 'a,
{
    let message = on_select(value);
    button(
        row![
            radio("", value, selected, on_select).spacing(0),
            text(label)
        ]
        .spacing(4)
        .align_y(iced::Center),
    )
    .padding([2, 0])
    .style(button::text)
    .on_press(message)
    .into()
}

/// The messages for `field` among a form's field errors, joined.
pub fn field_error<F: PartialEq>(errors: &[(F, String)], field: F) -> Option<String> {
    let messages: Vec<&str> = errors
        .iter()
        .filter(|(f, _)| *f == field)
        .map(|(_, m)| m.as_str())
        .collect();
    (!messages.is_empty()).then(|| messages.join(" "))
}

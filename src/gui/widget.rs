//! Small pieces the screens share: a modal dialog, a labelled form field,
//! a page title and a field error.

use iced::widget::{center, column, container, mouse_area, opaque, stack, text};
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

//! The smallest iced window, built with the same iced features as dirdesk:
//! the baseline for "app start to first frame" in `scripts/bench`.

use iced::Element;

fn view(_: &()) -> Element<'_, ()> {
    iced::widget::text("minimal").into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_: &mut (), _: ()| {}, view)
        .title("minimal iced window")
        .run()
}

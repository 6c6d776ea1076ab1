//! The Admin Center window as its user meets it, without a display: clicks
//! in iced_test's simulator, and the window's own tasks (keychain, queue,
//! directory, mail) run to their end with every message they produce fed
//! back to the app — as iced's runtime does in the running window.

use dirdesk::environment::Folders;
use dirdesk::gui::{App, Message};
use iced::Task;
use iced::futures::StreamExt;
use iced::futures::stream::SelectAll;
use iced_runtime::Action;
use iced_test::simulator;

pub struct Window {
    pub app: App,
}

impl Window {
    /// The window as `dirdesk` opens it, its start-up work done.
    pub async fn open(folders: Folders) -> Window {
        let (app, boot) = dirdesk::gui::window::boot(folders);
        let mut window = Window { app };
        window.run(boot).await;
        window
    }

    /// Hands `message` to the app and runs the work it asks for.
    pub async fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task).await;
    }

    /// Runs `task` and everything its messages lead to, until no work is
    /// left. Tasks run side by side, as in the window. What needs a real
    /// window (focus, file dialogs, the clipboard) does nothing here.
    pub async fn run(&mut self, task: Task<Message>) {
        let mut running = SelectAll::new();
        running.extend(iced_runtime::task::into_stream(task));
        while let Some(action) = running.next().await {
            if let Action::Output(message) = action {
                let next = self.app.update(message);
                running.extend(iced_runtime::task::into_stream(next));
            }
        }
    }

    /// Clicks what `selector` finds and runs what the click asks for.
    pub async fn click<S>(&mut self, selector: S)
    where
        S: iced_test::Selector + Send + Clone + std::fmt::Debug,
        S::Output: iced_test::selector::Bounded + Clone + Send + Sync + 'static,
    {
        let messages: Vec<Message> = {
            let mut ui = simulator(self.app.view());
            ui.click(selector.clone())
                .unwrap_or_else(|e| panic!("{selector:?} is on screen: {e:?}"));
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message).await;
        }
    }

    /// Signs `login` in to the Object Editor (the first store), as they do:
    /// the node, their name and password, "Sign in".
    pub async fn sign_in_to_editor(&mut self, login: &str) {
        use dirdesk::gui::screen::editor;
        self.click("Object Editor").await;
        for message in [
            editor::Message::LoginChanged(login.into()),
            editor::Message::PasswordChanged(format!("{login}-secret").into()),
        ] {
            self.send(Message::Editor(message)).await;
        }
        self.click("Sign in").await;
    }

    pub fn shows(&self, label: &str) -> bool {
        simulator(self.app.view()).find(label).is_ok()
    }

    /// Whether any text on screen contains `part`.
    pub fn shows_containing(&self, part: &str) -> bool {
        crate::support::shows_containing(self.app.view(), part)
    }
}

"""Reference app for tuibench: Header, Label "Position", a focused Input, Footer."""
# Vendored from the team's shared tools (tools/tuibench), unchanged: the baseline.
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input, Label


class RefInput(App):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Label("Position")
        yield Input(id="pos")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()


if __name__ == "__main__":
    RefInput().run()

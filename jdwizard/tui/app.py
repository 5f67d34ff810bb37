"""The wizard: a step list on the left, the current step's form on the right."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events, on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, OptionList

from jdwizard import places, uilang
from jdwizard.drafts import Draft
from jdwizard.drafttext import DraftText
from jdwizard.errors import JDError
from jdwizard.findings import Finding
from jdwizard.heap import give_back_big_blocks
from jdwizard.keys import both
from jdwizard.model import Document, copy_document
from jdwizard.session import Session
from jdwizard.steps import STEPS, step_for_place, step_state
from jdwizard.tui import css_cache as css_cache_module
from jdwizard.tui.background import InThread, ticket
from jdwizard.tui.blank import BlankSwitcher
from jdwizard.tui.control_pictures import ControlPictures
from jdwizard.tui.debounce import Debounce, Throttle
from jdwizard.tui.editing import EditingMixin
from jdwizard.tui.messages import (
    Edited,
    ImportRequested,
    JumpTo,
    LanguageChosen,
    PresetChosen,
    Unparsed,
)
from jdwizard.tui.recovery import RecoveryMixin
from jdwizard.tui.saving import SavingMixin
from jdwizard.tui.settle import OneKeyAtATime, freeze_heap
from jdwizard.tui.widgets.footer import Footer
from jdwizard.tui.widgets.overview import Overview
from jdwizard.tui.widgets.step_list import StepList
from jdwizard.uilang import t

if TYPE_CHECKING:
    from jdwizard.tui.steps.base import StepForm
    from jdwizard.tui.widgets.preview import Preview

FORMS = {
    "start": ("start", "StartForm"), "position": ("position", "PositionForm"),
    "subordination": ("subordination", "SubordinationForm"),
    "qualifications": ("qualifications", "QualificationsForm"),
    "duties": ("duties", "DutiesForm"), "rights": ("clauses", "RightsForm"),
    "liability": ("clauses", "LiabilityForm"), "conditions": ("conditions", "ConditionsForm"),
    "signoff": ("signoff", "SignoffForm"), "review": ("review", "ReviewForm"),
}
"""Each step's form, by module and class: imported when the step is first shown, so that
the first screen does not wait for forms nobody has opened yet."""


def _commands() -> Any:
    """The palette's commands: loaded when the palette first opens."""
    return importlib.import_module("jdwizard.tui.commands")


def form_class(key: str) -> type[StepForm]:
    module, name = FORMS[key]
    form: type[StepForm] = getattr(importlib.import_module(f"jdwizard.tui.steps.{module}"), name)
    return form
PREVIEW_MODES = ("off", "beside", "full")
STEP_KEYS = Binding.Group("Steps", compact=True)
MAIN_SCREEN_ACTIONS = frozenset(
    {"save", "quit", "next_step", "previous_step", "toggle_preview", "help", "focus_steps",
     "export"}
)
DRAFT_DELAY = 0.5
"""Seconds from a change to its draft on disk: well within the promised second."""
CHECK_PAUSE = 0.3
"""Seconds after the last change before the findings and step marks are refreshed."""


class MainScreen(Screen[Any]):
    """The wizard's screen, where a step opened at start is built with the screen."""

    _resumed = False
    BLANK = True  # covered by the step list, the forms and the footer (tui/blank.py)
    AUTO_FOCUS = ""
    """Nothing focused for us: the app focuses what opens first (on_mount). Textual's
    default focused the step list first, then the form took the focus: a focus and a
    blur restyled, and laid out the keys for, before the first frame (14 M instructions
    of --section duties)."""

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles a resumed screen's every widget, for a theme changed while it
        # was covered. At the first resume nothing was covered, and each widget was
        # styled as it was mounted: restyling a form built with the screen cost 20-25 ms.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _compositor_refresh(self) -> None:
        # Textual's, but not drawn while the app holds its updates: the frame would be
        # thrown away (App._display). A step opened at start is built in the app's
        # mount, which Textual runs in a batch, while the screen lays itself out for its
        # first resize: 6-7 ms of drawing for nothing. The repaint is kept for after.
        if self.app._batch_count:
            self._repaint_required = True
            return
        super()._compositor_refresh()


class WizardApp(OneKeyAtATime, SavingMixin, RecoveryMixin, EditingMixin, App[list[str]]):
    """Returns the paths it wrote."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    TITLE = "jdwizard"
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it without ClassVar)
        (0, "-narrow"), (76, "-normal")
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", priority=True, id="help", key_display="F1", show=False),
        Binding("ctrl+s,f2", "save", "Save", priority=True, id="save", key_display="^s"),
        Binding("f3", "toggle_preview", "View", priority=True, id="preview",
                key_display="F3"),
        Binding("f7,ctrl+pageup", "previous_step", "Back", priority=True, id="back",
                key_display="F7", group=STEP_KEYS),
        Binding("f8,ctrl+pagedown", "next_step", "Next", priority=True, id="next",
                key_display="F8", group=STEP_KEYS),
        Binding("ctrl+q,f10", "quit", "Quit", priority=True, id="quit", key_display="^q",
                show=False),
        Binding("escape", "focus_steps", "Steps", show=False),
        # A letter, so not a priority key: a text field takes it first. It is offered
        # on the Review step only, where nothing is typed (check_action).
        Binding(both("e"), "export", "Export", id="export"),
    ]
    COMMANDS: ClassVar = App.COMMANDS | {lambda: _commands().GoToCommands,
                                         lambda: _commands().ActionCommands}

    def __init__(self, doc: Document, path: Path | None, *, start: bool = False,
                 section: str | None = None, session: Session | None = None,
                 pending: Draft | None = None, cursor_blink: bool = False,
                 preview: bool = False, css_cache: Path | None = None,
                 keep_document: Callable[[Document], None] | None = None,
                 original: Callable[[], Document] | None = None) -> None:
        super().__init__()
        self.css_cache = (None if css_cache is None
                          else css_cache_module.install(self, css_cache))
        """Textual's CSS as parsed in an earlier run (jdwizard.tui.css_cache); None parses."""
        # Textual's own filters (NO_COLOR) live in this list; ours runs after them.
        self._filters.append(ControlPictures())
        self.doc = doc
        self.session = session
        """Drafts, lock and the file on disk; None runs without autosave (tests)."""
        self.pending = pending
        self.cursor_blink = cursor_blink
        self.preview_at_start = preview
        self._draft_due = Throttle(self, DRAFT_DELAY, self.write_draft)
        self._draft_text = DraftText()
        self._preview: Preview | None = None
        self.started = not start
        """Whether a preset (or the blank page) has been chosen for this document."""
        self.chosen: Document | None = None
        """The document as its preset gave it, to tell whether starting over loses work."""
        self.path = path
        self.opened: Path | None = path if path is not None and path.exists() else None
        self._saved = copy_document(doc) if self.opened and original is None else None
        self._saved_from = original if self.opened else None
        """Makes `saved` when it is first asked for: the document as the file's cache
        gave it (doc_cache.Loaded.again), made after the first frame, not copied before."""
        self.keep_document = keep_document
        """Keeps the file's document for the next start (jdwizard.doc_cache), given it
        after the first frame; None when there is nothing to keep."""
        self.step_keys = [s.key for s in STEPS if start or s.key != "start"]
        self.first_place = section if section and section not in FORMS else ""
        """A place to focus at start ("final.items"), where --section named a part of a step."""
        if self.first_place:
            section = step_for_place(self.first_place).key
        self.first_step = "start" if start else (section or "")
        """The step to open at start; "" shows the overview beside the step list."""
        self.focus_form_first = start or section is not None
        self.opening = bool(self.first_step)
        """Until the first frame of the step opened at start: a form builds only what may
        show on that frame, and the rest after it (StepForm.after_first_frame)."""
        self.holding_keys = self.opening
        """Until the keys of the step opened at start are shown: the footer lays out no
        keys before them (the step list's, focused first)."""
        self.numbers: dict[str, str] = {}
        """Clause numbers by place, as the document will print them; set by refresh_checks."""
        self.findings: list[Finding] = []
        self.unparsed: dict[str, str] = {}
        """Fields whose text is not a value (a date that does not parse), by place: the
        document keeps the old value, so the checks cannot see them."""
        self.preview_mode = "off"
        self.written: list[str] = []
        self._checks_due = Debounce(self, CHECK_PAUSE, self._check_after_pause)
        self._checks: InThread[tuple[int, list[Finding], dict[str, str]]] = InThread(
            self, self._check_now, self._show_checks)
        self._checks_shown = 0
        """The ticket of the findings shown (background.ticket): none older replaces them."""
        self.current = ""
        self.footer: Footer

    # --- layout ------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen(id="_default")

    @property
    def main_screen(self) -> Screen[Any]:
        """The wizard's screen, under any dialog open over it."""
        return self.screen_stack[0]

    def compose(self) -> ComposeResult:
        self._take_breakpoint()
        # The step list, the forms and (once shown) the preview side by side, in the
        # screen's own row (MainScreen): a row of their own was one more container to
        # lay out and draw under them on every frame (tui/blank.py).
        yield StepList(with_start="start" in self.step_keys)
        opening_at_a_step = bool(self.first_step)
        with BlankSwitcher(id="forms", initial=None if opening_at_a_step else "overview"):
            # The overview shows until a step is first chosen: opened at a step, it
            # would never show (a widget less to build for the first frame).
            if not opening_at_a_step:
                yield Overview(id="overview")
        self.footer = Footer()
        yield self.footer

    def _take_breakpoint(self) -> None:
        """The screen's width class (HORIZONTAL_BREAKPOINTS) before any widget is styled:
        Textual sets it at the screen's first resize, restyling every widget built by
        then (some 20 ms for the Position form)."""
        width = self.size.width
        chosen = max((b for b in self.HORIZONTAL_BREAKPOINTS if b[0] <= width), default=None)
        for _, name in self.HORIZONTAL_BREAKPOINTS:
            self.screen.set_class(chosen is not None and name == chosen[1], name)

    async def on_mount(self) -> None:
        self.sub_title = str(self.path) if self.path else t("new document")
        if self.first_step:
            # Built at once: the screen's width class is set before anything is styled,
            # and its first resume restyles nothing (MainScreen).
            form = await self.show_step(self.first_step, focus=False)
            if self.first_place:
                self.opening = False  # the place may be in what a form leaves for later
                await form.after_first_frame()
                form.focus_place(self.first_place)
                self.call_later(self._show_first_keys)  # the focus moves in that turn
            else:
                # The focus and its keys before the first layout: the first frame shows
                # the form with its keys, and nothing is laid out and drawn again for them.
                form.focus_first(at_once=True)
                self._show_first_keys()
        else:
            # The marks and findings follow a frame later: not needed to draw.
            self.call_after_refresh(self._after_first_frame)
        if not self.focus_form_first:
            self.query_one(StepList).focus()
        self._catch_hangups()
        if self.preview_at_start:
            self.action_toggle_preview()
        if self.session is not None and self.session.holder is not None:
            self._offer_read_only(self.session.holder.describe())
        elif self.pending is not None:
            self._offer_restore(self.pending)

    def _show_first_keys(self) -> None:
        """Show the keys of the step opened at start, then what follows the first frame."""
        self.holding_keys = False
        self.footer.show_keys_now()
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        if self.opening:
            self.opening = False
            for form in self.forms():
                await form.after_first_frame()  # its fields composed before the marks
        self.refresh_checks()
        self.keep_parsed_css()
        saved = self.saved  # made now, not at the first key, when its check asks
        if self.keep_document is not None and saved is not None:
            self.keep_document(saved)
        self.keep_document = None
        give_back_big_blocks()
        freeze_heap()
        gc.enable()  # off from the start (jdwizard.wizard), for the first frame

    def keep_parsed_css(self) -> None:
        """Write the CSS parsed so far to the cache, if any of it is new there."""
        if self.css_cache is not None:
            self.css_cache.save()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # No blinking cursor by default: a blink redraws the screen twice a second,
        # traffic that a slow link pays for while nobody types.
        # (Inputs and text areas both have it; naming them would load TextArea at start.)
        widget = event.widget
        if hasattr(widget, "cursor_blink"):
            widget.cursor_blink = self.cursor_blink
        # Textual scrolls a focused widget into view before a new one (a row just
        # added) has been laid out; once it has, it must be in view.
        self.call_after_refresh(self._keep_in_view, widget)

    def _keep_in_view(self, widget: Widget) -> None:
        if self.focused is not widget or widget.screen.can_view_entire(widget):
            return
        scroller = next((w for w in widget.ancestors
                         if isinstance(w, Widget) and w.allow_vertical_scroll), None)
        # A list taller than the form keeps its own cursor row in view.
        room = scroller.scrollable_content_region.height if scroller else widget.outer_size.height
        if widget.outer_size.height <= room:
            widget.scroll_visible(animate=False)

    def heading_of(self, key: str) -> str:
        """The heading of the document's part that a step edits ("" for the top)."""
        from jdwizard.output.layout import build_sections

        wanted = {"subordination": "general", "qualifications": "general",
                  "duties": "duties", "rights": "rights", "liability": "liability",
                  "conditions": "conditions"}.get(key)
        for number, section in enumerate(build_sections(self.doc, self.doc.language), 1):
            if section.key == wanted:
                return f"## {number}. "
        return ""

    def render_document(self) -> str:
        from jdwizard.output.markdown import render

        return render(self.doc)

    def number_of(self, place: str) -> str:
        return self.numbers.get(place, "")

    def form(self, key: str) -> StepForm | None:
        found = self.query(f"#step-{key}")
        return cast("StepForm", found.first()) if found else None

    def forms(self) -> list[StepForm]:
        """The step forms built so far (each is built when its step is first shown)."""
        return [cast("StepForm", w) for w in self.query(".step-form")]

    async def show_step(self, key: str, focus: bool = True) -> StepForm:
        if key == "review":  # the findings it lists must not be a pause behind
            self.refresh_checks()
        form = self.form(key)
        if form is None:
            form = form_class(key)(self.doc, self.number_of)
            await self.query_one("#forms", ContentSwitcher).mount(form)
        self.query_one("#forms", ContentSwitcher).current = form.id
        self.current = key
        self.refresh_bindings()  # the footer offers Export on the Review step only
        self.query_one(StepList).show_step(key)
        if self._preview is not None:
            self._preview.show_heading(self.heading_of(key))
        form.show_findings(self.findings)
        if focus:
            form.focus_first()
        return form

    async def go_to(self, key: str) -> None:
        await self.show_step(key)

    @on(OptionList.OptionSelected, "#steps")
    async def step_chosen(self, event: OptionList.OptionSelected) -> None:
        await self.show_step(event.option.id or "position")

    async def action_next_step(self) -> None:
        await self._move(1)

    async def action_previous_step(self) -> None:
        await self._move(-1)

    async def _move(self, step: int) -> None:
        if self.current == "start" and step > 0 and not self.started:
            start = self.form("start")
            if start is not None and start.advance():
                return
        if self.current not in self.step_keys:  # the overview: on to the first step
            if step > 0:
                await self.show_step(self.step_keys[0])
            return
        index = self.step_keys.index(self.current) + step
        if 0 <= index < len(self.step_keys):
            await self.show_step(self.step_keys[index])

    def action_focus_steps(self) -> None:
        if self.preview_mode == "beside":  # the step list makes room for the preview there
            self.set_preview_mode("off")
        self.query_one(StepList).focus()

    def action_help(self) -> None:
        from jdwizard.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    # --- the interface's language --------------------------------------------------

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            from jdwizard.tui.commands import Palette

            self.push_screen(Palette(placeholder=t("Search for commands…"),
                                     id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from jdwizard.tui.commands import Palette

        self.push_screen(Palette(providers=[ThemeProvider],
                                 placeholder=t("Search for themes…")))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # Textual's own, in the interface's language; "Keys" opens the wizard's help,
        # which names every key in that language (Textual's key panel would not).
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand(t("Keys"), t("Every key of the wizard (F1)"),
                                    self.action_help)
            else:
                yield SystemCommand(t(command.title), t(command.help), command.callback,
                                    command.discover)

    def action_help_quit(self) -> None:
        # ctrl+c, out of habit: Textual's hint, in the interface's language.
        self.notify(t("Press [b]ctrl+q[/b] to quit"), title=t("Do you want to quit?"))

    @on(LanguageChosen)
    async def language_chosen(self, event: LanguageChosen) -> None:
        """The document's language was switched in the start step: the interface follows
        (unless --ui-lang or JDWIZARD_UI_LANG chose it)."""
        before = uilang.current()
        uilang.follow_document(event.language)
        if uilang.current() != before:
            await self.retranslate()

    async def retranslate(self) -> None:
        """Show every word anew in the interface's language."""
        if self.path is None:
            self.sub_title = t("new document")
        self.query_one(StepList).retitle()
        for form in list(self.forms()):
            if form.key != self.current:
                await form.remove()  # built anew, in the new language, when next shown
        current = self.form(self.current)
        if current is not None:
            current.retranslate()
        for overview in self.query(Overview):
            overview.retranslate()
        self.refresh_checks()
        self.refresh_bindings()  # the footer is drawn anew

    @property
    def preview(self) -> Preview:
        """The document beside the form, made the first time it is asked for."""
        if self._preview is None:
            from jdwizard.tui.widgets.preview import Preview

            self._preview = Preview(self.render_document, id="preview")
            self._preview.heading = self.heading_of(self.current)
            forms = self.query_one("#forms")
            self.main_screen.mount(self._preview, after=forms)
        return self._preview

    def action_toggle_preview(self) -> None:
        index = PREVIEW_MODES.index(self.preview_mode) + 1
        self.set_preview_mode(PREVIEW_MODES[index % len(PREVIEW_MODES)])

    def set_preview_mode(self, mode: str) -> None:
        self.preview_mode = mode
        for name in PREVIEW_MODES:
            self.main_screen.set_class(name == mode, f"-preview-{name}")
        self.preview.display = mode != "off"
        self.query_one("#forms").display = mode != "full"
        if mode == "full":
            self.preview.focus()  # so the arrow keys scroll the document
        elif mode == "off" and self.focused is None:
            self.action_focus_steps()

    # --- changes -----------------------------------------------------------------

    @property
    def saved(self) -> Document | None:
        """The document as it is in its file, to tell whether there is anything to save."""
        if self._saved_from is not None:
            self._saved, self._saved_from = self._saved_from(), None
        return self._saved

    @saved.setter
    def saved(self, doc: Document | None) -> None:
        self._saved, self._saved_from = doc, None

    @property
    def dirty(self) -> bool:
        # Before a preset is chosen there is nothing of the user's to lose.
        return self.started and (self.saved is None or self.doc != self.saved)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The app's keys are priority keys, so that they work while typing; over a
        # dialog they must give way to the dialog's own (ctrl+s there keeps, F1 closes).
        if isinstance(self.screen, ModalScreen) and action in MAIN_SCREEN_ACTIONS:
            return False
        if action == "export":  # the key; the palette offers Export on every step
            return self.current == "review"
        return True

    def on_edited(self, event: Edited) -> None:
        if self._preview is not None:
            self._preview.changed()
        if self.session is not None:
            self._draft_due.poke()
        self._checks_due.poke()

    def write_draft(self) -> None:
        if self.session is not None and self.dirty:
            try:
                self.session.autosave(self.doc, self._draft_text.text(self.doc))
            except JDError as exc:
                self.notify(t("Draft not saved: {reason}", reason=exc), severity="warning")

    def on_unparsed(self, event: Unparsed) -> None:
        if event.problem:
            self.unparsed[event.place] = event.problem
        else:
            self.unparsed.pop(event.place, None)
        self._checks_due.poke()

    def _check_after_pause(self) -> None:
        """Typing paused: the checks run in a thread, their marks shown once done."""
        self._checks.start()

    def _check_now(self) -> tuple[int, list[Finding], dict[str, str]]:
        """The findings and clause numbers of the document now, with their ticket."""
        from jdwizard.checks import check_document
        from jdwizard.output.layout import clause_numbers

        number = ticket()
        return number, check_document(self.doc), clause_numbers(self.doc)

    def refresh_checks(self) -> None:
        """The findings and the marks of the document now, at once."""
        self._show_checks(self._check_now())

    def _show_checks(self, checked: tuple[int, list[Finding], dict[str, str]]) -> None:
        from jdwizard.checks import ERROR

        number, found, numbers = checked
        if number < self._checks_shown:  # checked before the ones shown
            return
        self._checks_shown = number
        typed = [Finding(place, ERROR, problem) for place, problem in self.unparsed.items()]
        self.findings = typed + found
        states = {s.key: step_state(s, self.doc, self.findings)
                  for s in STEPS if s.key not in ("start", "review")}
        self.query_one(StepList).show_states(states)
        for overview in self.query(Overview):
            if overview.display:
                overview.show(self.doc, self.findings, states)
        renumber, self.numbers = numbers != self.numbers, numbers
        for form in self.forms():
            form.show_findings(self.findings)
            if renumber:
                form.renumber()

    @on(PresetChosen)
    async def start_chosen(self, event: PresetChosen) -> None:
        # Handled here, not in a worker: keys typed ahead reach the new step only once
        # this handler is done (settle.OneKeyAtATime), which a worker would not wait for.
        from jdwizard import presets

        await self._start_over_with(presets.new_document(event.preset, event.language))

    @on(ImportRequested)
    def import_chosen(self, event: ImportRequested) -> None:
        from jdwizard.tui.screens.import_source import ImportScreen

        async def imported(doc: Document | None) -> None:
            if doc is not None:
                await self._start_over_with(doc)

        self.push_screen(ImportScreen(event.kind), imported)

    async def _start_over_with(self, doc: Document) -> None:
        """Start from a preset's or a source's document, asking first if work would go."""
        if self.started and self.doc != self.chosen:
            from jdwizard.tui.screens.confirm import ConfirmScreen

            async def answer(start_over: bool | None) -> None:
                if start_over:
                    await self._start_from(doc)

            question = t("Start over from this preset? The changes made so far are lost.")
            self.push_screen(ConfirmScreen(question, t("Start over"), t("Keep the changes")),
                             answer)
            return
        await self._start_from(doc)

    async def _start_from(self, doc: Document) -> None:
        before = uilang.current()
        await self.replace_document(doc)
        self.started = True
        self.chosen = copy_document(self.doc)
        uilang.follow_document(doc.language)  # a standard is Russian, O*NET English
        if uilang.current() != before:
            await self.retranslate()
        await self.show_step("position")

    async def replace_document(self, doc: Document) -> None:
        """Put another document in the wizard: every form is built anew for it."""
        self.doc = doc
        self.unparsed.clear()  # the fields that held the text go with their forms
        for form in list(self.forms()):
            if form.key != "start":
                await form.remove()
        if self._preview is not None:
            self._preview.changed()
        self.refresh_checks()
        if self.current not in ("start", ""):
            await self.show_step(self.current)

    @on(JumpTo)
    async def jump(self, event: JumpTo) -> None:
        place = places.nearest(event.place)
        form = await self.show_step(step_for_place(place).key, focus=False)
        if place:
            self.call_after_refresh(form.focus_place, place)

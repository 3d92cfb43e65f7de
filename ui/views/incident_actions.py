"""The actions on one incident, shared by the detail pane, the context menu and the menu bar.

``IncidentActions.set_incident(record)`` enables exactly the workflow steps the
service allows from the record's status (``workflow.allowed_next``) and names
them as ``workflow.action_label`` does, translated; triggering one opens its dialog and, after
a successful write, emits ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop_app.private_temp import PrivateTempFolder
from desktop_app.records import IncidentRecord
from desktop_app.services import Services
from desktop_app.services.errors import ServiceError
from desktop_app.services.workflow import TRANSITIONS, allowed_next
from ui import ops, prompts
from ui.models.formatting import action_name

# Every status some step can lead to, in the order the buttons appear.
TARGETS = ("called_out", "in_progress", "waiting_parts", "resolved", "closed", "cancelled")
assert set(TARGETS) >= {t for targets in TRANSITIONS.values() for t in targets}


class IncidentActions(QObject):
    changed = Signal(int)  # incident id after a write
    deleted = Signal(int)
    calledOut = Signal(int)

    def __init__(self, services: Services, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.services = services
        self._parent = parent_widget
        self.incident: IncidentRecord | None = None
        # Where opened attachments are copied for the viewer: private to this run, gone at exit.
        self.temp_folder = PrivateTempFolder()
        self.writing = False  # a note, attachment or delete in flight

        def make(text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        self.steps: dict[str, QAction] = {}
        for target in TARGETS:
            action = QAction(action_name("new", target), self)
            action.triggered.connect(lambda _checked=False, t=target: self.step(t))
            self.steps[target] = action
        self.edit = make(self.tr("&Edit incident..."), self.edit_incident)
        self.note = make(self.tr("Add &note..."), self.add_note)
        self.cost = make(self.tr("Add &cost..."), self.add_cost)
        self.attach = make(self.tr("Add &attachment..."), self.add_attachment)
        self.delete = make(self.tr("&Delete incident..."), self.delete_incident)
        self.set_incident(None)

    def all_actions(self) -> list[QAction]:
        return [*self.steps.values(), self.note, self.cost, self.attach, self.edit, self.delete]

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.steps.values():
            if action.isEnabled():
                menu.addAction(action)
        menu.addSeparator()
        for action in (self.note, self.cost, self.attach):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.edit)
        menu.addAction(self.delete)

    def set_incident(self, incident: IncidentRecord | None) -> None:
        self.incident = incident
        writable = incident is not None and not self.services.read_only  # read-only: no edits
        allowed = allowed_next(incident.status) if incident and writable else ()
        for target, action in self.steps.items():
            action.setEnabled(target in allowed)
            action.setVisible(target in allowed)
            if incident is not None and target in allowed:
                action.setText(action_name(incident.status, target))
        for action in (self.edit, self.note, self.cost, self.attach, self.delete):
            action.setEnabled(writable)

    # -- what the actions do --------------------------------------------------------------
    def _done(self, incident_id: int, saved: IncidentRecord | None = None) -> None:
        # ``saved``: the record the write returned, so there is no need to read it again.
        self.incident = saved if saved is not None else self.services.incidents.get(incident_id)
        self.set_incident(self.incident)
        self.changed.emit(incident_id)

    def step(self, target: str) -> None:
        if (self.incident is None or target not in allowed_next(self.incident.status)
                or self.services.read_only):
            return
        from ui.dialogs.step_dialog import StepDialog, read_step_form  # loaded when first opened

        incident, services = self.incident, self.services

        def show(vendors: list[Any] | None) -> None:
            dialog = StepDialog(services, incident, target, self._parent, vendors=vendors)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._done(incident.id, dialog.saved)
                if target == "called_out" and dialog.print_form:
                    self.calledOut.emit(incident.id)

        ops.open_form(self._parent, services, lambda: read_step_form(services, target), show, self._refused)

    def edit_incident(self) -> None:
        if self.incident is None or self.services.read_only:
            return
        from ui.dialogs.incident_dialog import IncidentDialog, read_incident_form

        incident_id, services = self.incident.id, self.services

        def show(found: tuple[Any, Any]) -> None:
            # As stored now, not as the page last read it: the form and its version are current.
            current, choices = found
            dialog = IncidentDialog(services, current, self._parent, choices=choices)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._done(incident_id, dialog.saved)

        ops.open_form(self._parent, services, lambda: read_incident_form(services, incident_id), show,
                      self._refused)

    def _refused(self, sentence: str) -> None:
        prompts.show_error(self._parent, self.tr("FixDesk"), sentence)

    def add_note(self) -> None:
        if self.incident is None:
            return
        text = prompts.ask_text(self._parent, self.tr("Add note - %s") % self.incident.ref,
                                self.tr("Note (phone call, what the vendor said, ...):"))
        if text is None or not text.strip():
            return
        incident_id, author, workflow = self.incident.id, self.services.author(), self.services.workflow
        self._write(lambda: workflow.add_note(incident_id, text, author=author), incident_id)

    def add_cost(self) -> None:
        if self.incident is None:
            return
        from ui.dialogs.cost_dialog import CostDialog, read_cost_form

        incident, services = self.incident, self.services

        def show(form: Any) -> None:
            dialog = CostDialog(services, incident, self._parent, form=form)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._done(incident.id, dialog.incident_after)

        ops.open_form(self._parent, services, lambda: read_cost_form(services, incident), show, self._refused)

    def add_attachment(self) -> None:
        if self.incident is None:
            return
        path = prompts.choose_open_file(
            self._parent, self.tr("Attach a file to %s") % self.incident.ref,
            self.tr("Photos, PDFs and documents (*.png *.jpg *.jpeg *.pdf *.txt *.doc *.docx);;"
                    "All files (*)"))
        if not path:
            return
        incident_id, author, costs = self.incident.id, self.services.author(), self.services.costs
        self._write(lambda: costs.attach(incident_id, path, author=author), incident_id)

    def open_attachment(self, attachment_id: int) -> Path | None:
        """Copy the stored file to this run's private folder and hand it to the system viewer."""
        try:
            filename, data = self.services.costs.attachment_data(attachment_id)
        except ServiceError as err:
            prompts.show_error(self._parent, self.tr("Open attachment"), str(err))
            return None
        try:
            target = self.temp_folder.write(str(attachment_id), filename, data)
        except OSError as exc:
            prompts.show_error(self._parent, self.tr("Open attachment"),
                               self.tr("Cannot make a copy of %s to open (%s).") % (filename, exc.strerror))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def delete_incident(self) -> None:
        if self.incident is None:
            return
        ref, incident_id = self.incident.ref, self.incident.id
        if not prompts.confirm(self._parent, self.tr("Delete incident"),
                               self.tr("Delete %s with its timeline, costs and attachments? "
                                       "This cannot be undone.") % ref):
            return
        incidents = self.services.incidents

        def gone(_none: object) -> None:
            if self.incident is not None and self.incident.id == incident_id:
                self.set_incident(None)
            self.deleted.emit(incident_id)

        self._write(lambda: incidents.delete(incident_id), incident_id, gone)

    def _write(self, work: Callable[[], object], incident_id: int,
               then: Callable[[object], None] | None = None) -> None:
        """A write on the shown incident through the one worker seam (off the GUI thread on a
        database server); one at a time, so a second click while it is in flight does nothing.
        Unless ``then`` says otherwise, the incident is read back on the same trip."""
        if self.writing:
            return
        incidents = self.services.incidents

        def write_and_read() -> object:
            work()
            if then is not None:
                return None
            try:
                return incidents.get(incident_id)
            except ServiceError:  # gone meanwhile: the write itself is done
                return None

        def settle() -> None:
            self.writing = False
            self._parent.unsetCursor()

        def written(result: object) -> None:
            settle()
            if then is not None:
                then(result)
            elif result is not None and self.incident is not None and self.incident.id == incident_id:
                self._done(incident_id, result)  # type: ignore[arg-type]
            else:
                self.changed.emit(incident_id)  # the page reads it again

        def refused(err: ServiceError) -> None:
            settle()
            prompts.show_error(self._parent, self.tr("FixDesk"), str(err))

        self.writing = True
        self._parent.setCursor(Qt.CursorShape.BusyCursor)  # on a server the answer takes a moment
        try:
            ops.write(self._parent, self.services, write_and_read, written, refused)
        except BaseException:
            settle()
            raise

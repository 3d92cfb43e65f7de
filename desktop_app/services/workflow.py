"""The incident workflow: which status may follow which, and what each step records.

new -> called_out -> in_progress -> (waiting_parts <-> in_progress) -> resolved -> closed,
cancelled from any open state, and reopening (resolved/closed -> in_progress).
Every step is one transaction that moves the status, stamps its time and writes
a timeline event; a refused step changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from desktop_app.i18n import QT_TRANSLATE_NOOP, Labels, language, translate
from desktop_app.models import INCIDENT_STATUSES, Incident, IncidentEvent, Vendor
from desktop_app.services.base import Service, changed_by_words, this_host
from desktop_app.services.errors import Conflict, Refused, ValidationError
from desktop_app.services.incidents import STATUS_LABELS, IncidentRecord, IncidentService
from desktop_app.services.refs import resolve
from desktop_app.services.validate import long_text, parse_datetime, text_line, text_long
from desktop_app.timeutil import format_local, now_utc

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("called_out", "cancelled"),
    "called_out": ("in_progress", "cancelled"),
    "in_progress": ("waiting_parts", "resolved", "cancelled"),
    "waiting_parts": ("in_progress", "cancelled"),
    "resolved": ("closed", "in_progress"),
    "closed": ("in_progress",),
    "cancelled": (),
}

# Words a user sees for each step (buttons, menu items).
ACTION_LABELS = Labels("Action", {
    "called_out": QT_TRANSLATE_NOOP("Action", "Call out vendor"),
    "in_progress": QT_TRANSLATE_NOOP("Action", "Engineer arrived"),
    "waiting_parts": QT_TRANSLATE_NOOP("Action", "Waiting for parts"),
    "resolved": QT_TRANSLATE_NOOP("Action", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Action", "Close"),
    "cancelled": QT_TRANSLATE_NOOP("Action", "Cancel incident"),
})


# "INC-2026-0042 was <words> by Sam on RECEPTION-PC a moment ago."
STEP_WORDS = Labels("StepDone", {
    "called_out": QT_TRANSLATE_NOOP("StepDone", "{ref} was called out {who}."),
    "in_progress": QT_TRANSLATE_NOOP("StepDone", "{ref} was moved to in progress {who}."),
    "waiting_parts": QT_TRANSLATE_NOOP("StepDone", "{ref} was put on waiting for parts {who}."),
    "resolved": QT_TRANSLATE_NOOP("StepDone", "{ref} was resolved {who}."),
    "closed": QT_TRANSLATE_NOOP("StepDone", "{ref} was closed {who}."),
    "cancelled": QT_TRANSLATE_NOOP("StepDone", "{ref} was cancelled {who}."),
    "new": QT_TRANSLATE_NOOP("StepDone", "{ref} was reopened as new {who}."),
})


def _in_sentence(label: str) -> str:
    """A status inside a sentence: English lower-cases it, German keeps it as shown (quoted)."""
    return label.lower() if language() == "en" else label


def _naive(value: Any) -> dt.datetime | None:
    if isinstance(value, str):  # some backends hand back text
        return dt.datetime.fromisoformat(value)
    return value


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def action_label(current: str, target: str) -> str:
    if target == "in_progress" and current in ("resolved", "closed"):
        return translate("Action", "Reopen")
    if target == "in_progress" and current == "waiting_parts":
        return translate("Action", "Parts arrived")
    return ACTION_LABELS[target]


class WorkflowService(Service):
    def __init__(self, db: pw.Database, incidents: IncidentService) -> None:
        super().__init__(db)
        self.incidents = incidents

    def _last_event_time(self, incident: Incident) -> dt.datetime:
        """When the previous workflow step happened.

        Only status events count: notes, costs and edits are stamped when they
        were typed, and a step back-dated to before them is still in order.
        """
        last = (IncidentEvent.select(pw.fn.MAX(IncidentEvent.at))
                .where((IncidentEvent.incident == incident) & (IncidentEvent.kind == "status"))
                .scalar())
        if isinstance(last, str):  # some backends hand back text for aggregates
            last = dt.datetime.fromisoformat(last)
        return max(last or incident.opened_at, incident.opened_at)

    def _step_time(self, incident: Incident, at: Any) -> dt.datetime:
        now = now_utc()
        previous = self._last_event_time(incident)
        if at in (None, ""):
            # "Now", but never before a step stamped a few seconds ahead (clock slack).
            return max(now, previous)
        try:
            when = parse_datetime(QT_TRANSLATE_NOOP("Field", "Time"), at)
        except ValidationError as err:
            raise ValidationError("at", err.message) from None
        assert when is not None
        if when > now + dt.timedelta(minutes=1):
            raise ValidationError("at", translate("Workflow", "Time {time} is in the future.")
                                  .format(time=format_local(when)))
        if when < previous and when >= previous.replace(second=0, microsecond=0):
            # A time typed to the minute, in the same minute as the previous step (which has
            # seconds): the step came after it, as recorded.
            return previous
        if when < previous:
            raise ValidationError(
                "at", translate("Workflow", "Time {time} is before the previous step ({previous}).")
                .format(time=format_local(when), previous=format_local(previous))
            )
        return when

    def transition(self, incident_id: int, to: str, *, at: Any = None, note: str = "",
                   author: str = "", cause: str | None = None, resolution: str | None = None,
                   vendor: Any = None, vendor_ref: str | None = None,
                   expected_version: int | None = None) -> IncidentRecord:
        """Move the incident on by one step, in one transaction that holds the incident
        locked from reading its status to writing the new one: two PCs pressing the same
        step record it once, and of resolve and cancel pressed together exactly one wins
        (the other is refused with who did what).  ``expected_version`` as in ``update``."""
        if to not in INCIDENT_STATUSES:
            raise ValidationError("status", translate("Workflow", "Status {status} is not one of: {allowed}.")
                                  .format(status=to, allowed=", ".join(INCIDENT_STATUSES)))
        if vendor_ref is not None:
            vendor_ref = text_line(QT_TRANSLATE_NOOP("Field", "Vendor's job reference"), vendor_ref,
                                   "vendor_ref")
        with self._writing():
            row = self.incidents.lock(incident_id, expected_version)
            current = row.status
            if to not in allowed_next(current):
                raise self._refused(row, current, to)
            when = self._step_time(row, at)
            before = dict(row.__data__)
            text = self._apply(row, current, to, when, vendor, vendor_ref, cause, resolution)
            changes = {k: v for k, v in row.__data__.items() if before.get(k) != v}
            changes["status"] = to
            row.__data__.update(before)  # _stamp writes the changes and puts them back
            self._stamp(row, changes, author)
            note = text_long(QT_TRANSLATE_NOOP("Field", "The note"), note, "note")
            IncidentEvent.create(incident=row, at=when, kind="status", from_status=current,
                                 to_status=to, author=author, host=this_host(),
                                 text=text + (f" - {note}" if note else ""))
        return self.incidents.get(incident_id)

    def _refused(self, row: Incident, current: str, to: str) -> Refused:
        """Why a step cannot be taken.  When the latest step (someone else's, a moment ago,
        from another PC perhaps) is what stands in the way, it names who took it."""
        last = (IncidentEvent.select().where((IncidentEvent.incident == row)
                                             & (IncidentEvent.kind == "status")
                                             & (IncidentEvent.to_status == current))
                .order_by(IncidentEvent.at.desc(), IncidentEvent.id.desc()).first())
        if last is not None and last.from_status and to in allowed_next(last.from_status):
            words = changed_by_words(last.author, last.host, _naive(last.at))
            template = STEP_WORDS.get(current, "{ref} was " + current + " {who}.")
            return Conflict(template.format(ref=row.ref, who=words),
                            self.incidents.get(row.id), changed_by=last.author,
                            changed_host=last.host, changed_at=last.at)
        return Refused(self._refusal(row.ref, current, to))

    @staticmethod
    def _refusal(ref: str, current: str, to: str) -> str:
        now_label = _in_sentence(STATUS_LABELS[current])
        if current == "cancelled":
            return (translate("Workflow", "{ref} was cancelled; a cancelled incident cannot be moved to "
                                          "{status}.")
                    .format(ref=ref, status=_in_sentence(STATUS_LABELS[to])))
        if to == "closed":
            return (translate("Workflow", "{ref} is {status}; only a resolved incident can be closed.")
                    .format(ref=ref, status=now_label))
        if to == "resolved" and current in ("new", "called_out"):
            return (translate("Workflow", "{ref} is {status}; record the engineer's arrival before "
                                          "resolving it.").format(ref=ref, status=now_label))
        options = ", ".join(allowed_next(current)) or translate("Workflow", "none")
        return (translate("Workflow", "{ref} cannot go from {current} to {target} (allowed next: {options}).")
                .format(ref=ref, current=current, target=to, options=options))

    def _apply(self, row: Incident, current: str, to: str, when: dt.datetime, vendor: Any,
               vendor_ref: str | None, cause: str | None, resolution: str | None) -> str:
        """Stamp the step's time and fields; return the timeline text."""
        if to == "called_out":
            if vendor not in (None, ""):
                row.vendor = resolve(Vendor, vendor, "vendor", "vendor")
            if row.vendor_id is None:
                raise ValidationError("vendor", translate("Workflow",
                                                          "Choose a vendor to call out for {ref}.")
                                      .format(ref=row.ref))
            if vendor_ref:
                row.vendor_ref = vendor_ref  # cleaned above
            supplier = Vendor.get_by_id(row.vendor_id)
            row.called_out_at = when
            row.response_due_at = (when + dt.timedelta(hours=supplier.response_hours)
                                   if supplier.response_hours else None)
            # Timeline text stays as written, in the language of whoever took the step.
            if row.response_due_at:
                return (translate("Timeline", "Called out {vendor}, response due {due}")
                        .format(vendor=supplier.name, due=format_local(row.response_due_at)))
            return translate("Timeline", "Called out {vendor}").format(vendor=supplier.name)
        if to == "in_progress":
            if current == "called_out":
                row.arrived_at = when
                return translate("Timeline", "Engineer arrived")
            if current == "waiting_parts":
                return translate("Timeline", "Parts arrived, work resumed")
            row.resolved_at = None
            row.closed_at = None
            return translate("Timeline", "Reopened")
        if to == "waiting_parts":
            return translate("Timeline", "Waiting for parts")
        if to == "resolved":
            if cause is not None:
                row.cause = text_long(QT_TRANSLATE_NOOP("Field", "Cause"), cause, "cause")
            if resolution is not None:
                row.resolution = text_long(QT_TRANSLATE_NOOP("Field", "Resolution"), resolution, "resolution")
            row.resolved_at = when
            if row.resolution:
                return translate("Timeline", "Resolved: {resolution}").format(resolution=row.resolution)
            return translate("Timeline", "Resolved")
        if to == "closed":
            row.closed_at = when
            return translate("Timeline", "Closed")
        row.cancelled_at = when
        return translate("Timeline", "Cancelled")

    def add_note(self, incident_id: int, text: str, *, kind: str = "note", author: str = "",
                 at: Any = None, expected_version: int | None = None) -> None:
        body = long_text("", text)
        if not body:
            raise ValidationError("text", translate("Workflow", "The note is empty."))
        if kind not in ("note", "call", "email", "callout"):
            raise ValidationError("kind", translate("Workflow", "Note kind {kind} is not one of: note, call, "
                                                                "email, callout.").format(kind=kind))
        body = text_long(QT_TRANSLATE_NOOP("Field", "The note"), body, "text")
        with self._writing():
            row = self.incidents.lock(incident_id, expected_version)
            when = now_utc() if at in (None, "") else self._step_time(row, at)
            IncidentEvent.create(incident=row, at=when, kind=kind, text=body, author=author,
                                 host=this_host())
            self._stamp(row, None, author)

"""Vendors page: the address book of companies that fix things, their people, rates and record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.records import IncidentFilter, IncidentRecord, VendorRecord
from desktop_app.services import Services
from desktop_app.stats_records import VendorCard
from ui import ops
from ui.models.formatting import decimal, duration, money, percent
from ui.models.vendors_model import VendorsTableModel
from ui.views.assets_page import day
from ui.views.register_page import RegisterPanel

if TYPE_CHECKING:
    from ui.dialogs.vendor_dialog import VendorChoices, VendorDialog

HISTORY_ROWS = 25


class VendorsPage(RegisterPanel):
    # Scorecards read so far (cleared on refresh) and their worker; class defaults, since the
    # panel's own __init__ may already show a vendor before this class's __init__ runs.
    _cards: dict[int, VendorCard | None] | None = None
    _reads: ops.Reads | None = None

    def __init__(self, services: Services, parent: QWidget | None = None,
                 defer_load: bool = False) -> None:
        super().__init__(services, VendorsTableModel(services), parent, defer_load)
        self.setObjectName("VendorsPage")
        self.new_action.setText(self.tr("&New vendor…"))
        self.model: VendorsTableModel

    def noun(self) -> str:
        return self.tr("vendor")

    def search_hint(self) -> str:
        return self.tr("Search name, e-mail, phone, account…")

    def read_form(self, record: VendorRecord | None) -> tuple[VendorRecord | None, VendorChoices]:
        from ui.dialogs.vendor_dialog import VendorChoices  # loaded when first opened, not with the page

        current = self.services.vendors.get(record.id) if record else None
        return current, VendorChoices.read(self.services, current.id if current else None)

    def make_dialog(self, found: tuple[VendorRecord | None, VendorChoices]) -> VendorDialog:
        from ui.dialogs.vendor_dialog import VendorDialog

        return VendorDialog(self.services, found[0], self, choices=found[1])

    def delete_record(self, record_id: int) -> None:
        self.services.vendors.delete(record_id)  # its portal password goes with it

    def archive_record(self, record_id: int, archived: bool) -> None:
        self.services.vendors.archive(record_id, archived)

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No vendors match this search.")
        return self.tr("No vendors yet.\nClick “New vendor” to add the company you call when "
                       "something breaks.")

    def _hours(self, value: float | None) -> str:
        return "" if value is None else self.tr("%1 hours").replace("%1", decimal(value))

    def detail_read(self, v: VendorRecord) -> tuple[int, list[IncidentRecord]]:
        """How many incidents the vendor has had, and the newest of them."""
        flt = IncidentFilter(vendor_id=v.id)
        count = self.services.incidents.count(flt)
        # Newest logged first, by reference: the primary key orders them without a sort, where
        # the opening time would make a busy vendor's history sort all its incidents.
        return count, (self.services.incidents.page(flt, sort="ref", limit=HISTORY_ROWS) if count else [])

    def detail_html(self, v: VendorRecord, found: tuple[int, list[IncidentRecord]]) -> str:
        h = self.html()
        currency = self.model.currency
        kind = self.model.columns[1].text(v)
        parts = [
            h.heading(v.name, kind + (" · " + self.tr("archived") if v.archived else "")),
            h.fields([
                (self.tr("Phone"), v.phone),
                (self.tr("Other phone"), v.phone_alt),
                (self.tr("E-mail"), v.email),
                (self.tr("Website"), v.website),
                (self.tr("Account number"), v.account_number),
                (self.tr("Support hours"), v.support_hours),
            ]),
            h.section(self.tr("Promise and rates")),
            h.fields([
                (self.tr("Response time"), self._hours(v.response_hours) or self.tr("not promised")),
                (self.tr("Call-out fee"), money(v.callout_fee, currency) or self.tr("not recorded")),
                (self.tr("Hourly rate"), money(v.hourly_rate, currency) or self.tr("not recorded")),
                (self.tr("Minimum charge"), money(v.minimum_charge, currency) or self.tr("not recorded")),
            ]),
        ]
        if v.portal_url or v.portal_user:
            parts += [h.section(self.tr("Portal")), h.fields([
                (self.tr("Portal URL"), v.portal_url),
                (self.tr("User name"), v.portal_user),
                # The password is not looked up here: reading the keyring on every row
                # click can be slow or pop up an unlock prompt. The dialog reads it.
            ])]
        parts.append(h.section(self.tr("Contacts")))
        if v.contacts:
            parts.append(h.entries([(c.name, (c.role, c.phone, c.email)) for c in v.contacts]))
        else:
            parts.append(h.note(self.tr("No named contacts.")))
        if v.notes:
            parts += [h.section(self.tr("Notes")), h.note(v.notes)]
        parts.append(self._scorecard_html(v, currency))
        parts.append(self._history_html(*found, currency))
        return "".join(parts)

    def _scorecard_html(self, v: VendorRecord, currency: str) -> str:
        """The vendor's record over the last 12 months (the same figures as ``fixdesk stats``),
        read on a worker (a busy vendor has thousands of incidents) and shown when it is back."""
        h = self.html()
        out = [h.section(self.tr("Scorecard, last 12 months"))]
        if self._cards is None:
            self._cards = {}
        if v.id not in self._cards:
            self._read_card(v.id)
            out.append(h.note(self.tr("Adding up…"), h.muted))
            return "".join(out)
        card = self._cards[v.id]
        if card is None:
            out.append(h.note(self.tr("No incidents for this vendor in the last 12 months.")))
            return "".join(out)
        median = "" if card.response_median_minutes is None else duration(int(card.response_median_minutes))
        out.append(h.fields([
            (self.tr("Call-outs"), card.callouts),
            (self.tr("Median response"), median or self.tr("no arrivals recorded")),
            (self.tr("Promises broken"), card.breaches),
            (self.tr("On time"), percent(card.on_time_rate)),
            (self.tr("First-time fix"), percent(card.first_time_fix_rate)),
            (self.tr("Repeat call-outs"), card.repeat_callouts),
            (self.tr("Spend"), money(card.spend, currency)),
        ], skip_empty=False))
        return "".join(out)

    def _read_card(self, vendor_id: int) -> None:
        if self._reads is None:  # the page's worker on a shared database; one of its own on a file
            self._reads = self.reads if self.reads is not None else ops.Reads(self.services, self)
        stats = self.services.stats
        # The selection moving on replaces the read: only the vendor shown is added up.
        self._reads.request("card", lambda: stats.vendor_card(vendor_id),
                            lambda card: self._card_read(vendor_id, card))

    def _card_read(self, vendor_id: int, card: VendorCard | None) -> None:
        if self._cards is None:
            self._cards = {}
        self._cards[vendor_id] = card
        if self.current_id() == vendor_id:
            self.show_detail_again()  # fill the pane with the figures now known

    def card_pending(self) -> bool:
        return self._reads is not None and self._reads.pending("card")

    def refresh(self) -> None:
        self._cards = {}  # a write anywhere may change the figures
        if self._reads is not None:
            self._reads.forget("card")  # added up before the write
        super().refresh()

    def stop(self) -> None:
        super().stop()
        if self._reads is not None and self._reads is not self.reads:
            self._reads.stop(wait_ms=10_000)

    def _history_html(self, count: int, incidents: list[IncidentRecord], currency: str) -> str:
        h = self.html()
        out = [h.section(self.tr("Incident history"))]
        if count == 0:
            out.append(h.note(self.tr("This vendor has not been called out yet.")))
            return "".join(out)
        out.append(h.note(self.tr("%n incident(s) on record.", "", count)))
        out.append(h.table(
            [self.tr("Ref"), self.tr("Opened"), self.tr("Title"), self.tr("Asset"), self.tr("Cost")],
            [(i.ref, day(i.opened_at), i.title, i.asset_tag, money(i.total_cost, currency))
             for i in incidents],
            right=(4,), wrap=(2,)))
        if count > len(incidents):
            out.append(h.note(self.tr("Showing the newest %1.").replace("%1", str(len(incidents)))))
        return "".join(out)

"""Keeping the window current while other PCs (or the command line) change the database.

``LiveUpdates`` wraps a core change feed (desktop_app/changes.py): SQLite is polled on a
timer (``PRAGMA data_version`` costs microseconds), PostgreSQL's LISTEN socket is watched
with a QSocketNotifier so news arrives the moment it is sent.  A burst of changes is folded
into one ``changed`` signal.  When the server goes away, ``lost`` carries one sentence and
the feed retries every few seconds until ``restored``.

``ChangedElsewhereNote`` is the line an open edit dialog shows when its record changed (or
went) on another computer meanwhile: a note, never a modal box, and the typing stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.changes import ChangeFeed, ConnectionLost, open_feed
from desktop_app.services.errors import NotFound, ServiceError

POLL_MS = 700  # SQLite: how often to ask; other PCs' changes show within about a second
SAFETY_POLL_MS = 5000  # PostgreSQL: the socket says when; the timer notices a silent drop
RETRY_MS = 3000
SETTLE_MS = 120  # a burst of writes (an import, a workflow step's rows) refreshes once


class LiveUpdates(QObject):
    changed = Signal(object)  # frozenset of table names ("*": some table)
    lost = Signal(str)
    restored = Signal()

    def __init__(self, db: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: set[str] = set()
        self.is_lost = False
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._emit)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        try:
            self._attach(open_feed(db))
        except ConnectionLost as exc:
            sentence = str(exc)
            QTimer.singleShot(0, lambda: self._lose(sentence))

    def _attach(self, feed: ChangeFeed) -> None:
        self._feed = feed
        fd = feed.fileno()
        if fd is not None:
            self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.check)
            self._poll.start(SAFETY_POLL_MS)
        else:
            self._poll.start(POLL_MS)

    def _detach_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def check(self) -> None:
        if self._feed is None or self.is_lost:
            return
        try:
            tables = self._feed.changes()
        except ConnectionLost as exc:
            self._lose(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a dropped SQLite/PG connection mid-poll
            from desktop_app.changes import is_connection_error

            if is_connection_error(exc):
                self._lose(str(exc))
                return
            raise
        if tables:
            self._pending |= tables
            if not self._settle.isActive():
                self._settle.start()

    def _emit(self) -> None:
        tables, self._pending = frozenset(self._pending), set()
        if tables:
            self.changed.emit(tables)

    def _lose(self, sentence: str) -> None:
        if self.is_lost:
            return
        self.is_lost = True
        self._detach_notifier()
        self._poll.stop()
        self._retry.start()
        self.lost.emit(sentence)

    def connection_failed(self, exc: BaseException) -> None:
        """The window's own query failed for want of a connection: show it and start retrying."""
        from desktop_app.changes import lost_sentence

        self._lose(lost_sentence(self._db))

    def retry(self) -> None:
        if not self.is_lost:
            return
        try:
            if self._feed is None:
                feed = open_feed(self._db)
            else:
                self._feed.reconnect()
                feed = self._feed
        except ConnectionLost:
            return  # still gone: the timer tries again
        self.is_lost = False
        self._retry.stop()
        self._attach(feed)
        self.restored.emit()
        self.changed.emit(frozenset({"*"}))  # whatever happened meanwhile

    def stop(self) -> None:
        for timer in (self._poll, self._settle, self._retry):
            timer.stop()
        self._detach_notifier()
        if self._feed is not None:
            self._feed.close()
            self._feed = None


class ChangedElsewhereNote(QLabel):
    """Hidden until ``check()`` finds the record different from when the dialog opened."""

    def __init__(self, noun: str, fetch: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhere")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #3d2e00; border: 1px solid #e0b94f; padding: 4px;")
        self._noun = noun
        self._fetch = fetch
        try:
            self._seen: object = fetch()
        except ServiceError:
            self._seen = None
        self.hide()

    def check(self) -> None:
        if self._seen is None:
            return
        try:
            now = self._fetch()
        except NotFound:
            self.setText(self.tr("This %s was deleted on another computer while you were editing it; "
                                 "it can no longer be saved.") % self._noun)
            self.show()
            return
        except ServiceError:
            return
        if now != self._seen:
            self.setText(self.tr("This %s was changed on another computer while you were editing it. "
                                 "What you typed is kept; check it before saving.") % self._noun)
            self.show()

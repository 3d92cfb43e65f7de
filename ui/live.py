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

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.changes import (
    ANY,
    ChangeFeed,
    ConnectionLost,
    is_connection_error,
    lost_sentence,
    needs_listener,
    open_feed,
    reset_connection,
)
from desktop_app.services.errors import NotFound, ServiceError

POLL_MS = 700  # SQLite: how often to ask; other PCs' changes show within about a second
SAFETY_POLL_MS = 5000  # PostgreSQL: the socket says when; the timer notices a silent drop
RETRY_MS = 3000
SETTLE_MS = 120  # a burst of writes (an import, a workflow step's rows) refreshes once


class LiveUpdates(QObject):
    changed = Signal(object)  # frozenset of table names ("*": some table)
    lost = Signal(str)
    restored = Signal()
    _opened = Signal(object)  # from the opening thread: a ChangeFeed, or a ConnectionLost sentence

    def __init__(self, db: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: set[str] = set()
        self.is_lost = False
        self._stopped = False
        self._opening = False
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._emit)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        self._opened.connect(self._feed_opened)
        if needs_listener(db):
            self._open_listener()
        else:
            self._attach(open_feed(db))  # a pragma on the window's own connection: instant

    def listening(self) -> bool:
        """Hearing changes now (a server's listening connection opens a moment after the window)."""
        return self._feed is not None and not self.is_lost

    # -- the listening connection, opened off the GUI thread -----------------------------------
    def _open_listener(self) -> None:
        """Opening a connection takes several round trips (longer while the server is away):
        done on a thread, so a slow link never holds up the window."""
        if self._opening:
            return
        self._opening = True
        threading.Thread(target=self._open_in_background, name="fixdesk-listen", daemon=True).start()

    def _open_in_background(self) -> None:
        try:
            feed: object = open_feed(self._db)
        except ConnectionLost as exc:
            feed = str(exc)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._opened.emit(feed)

    def _feed_opened(self, feed: object) -> None:
        self._opening = False
        if self._stopped:
            if not isinstance(feed, str):
                feed.close()  # type: ignore[attr-defined]
            return
        if isinstance(feed, str):
            self._lose(feed)
            return
        if self.is_lost:  # the server is back: the window's own connection is opened afresh
            try:
                reset_connection(self._db)
            except ConnectionLost:
                feed.close()  # type: ignore[attr-defined]
                return  # gone again: the timer tries once more
            self.is_lost = False
            self._retry.stop()
            if self._feed is not None:
                self._feed.close()
            self._attach(feed)  # type: ignore[arg-type]
            self.restored.emit()
            self.changed.emit(frozenset({ANY}))  # whatever happened meanwhile
            return
        self._attach(feed)  # type: ignore[arg-type]

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

    # -- hearing changes -----------------------------------------------------------------------
    def check(self) -> None:
        if self._feed is None or self.is_lost:
            return
        try:
            tables = self._feed.changes()
        except ConnectionLost as exc:
            self._lose(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a dropped connection mid-poll
            if is_connection_error(exc):
                self._lose(lost_sentence(self._db))
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

    # -- losing the server and finding it again ------------------------------------------------
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
        self._lose(lost_sentence(self._db))

    def retry(self) -> None:
        if self.is_lost and needs_listener(self._db):
            self._open_listener()

    def stop(self) -> None:
        self._stopped = True
        for timer in (self._poll, self._settle, self._retry):
            timer.stop()
        self._detach_notifier()
        if self._feed is not None:
            self._feed.close()
            self._feed = None


class ChangedElsewhereNote(QLabel):
    """Hidden until ``check()`` finds the record different from when the dialog opened."""

    def __init__(self, noun: str, fetch: Callable[[], object], parent: QWidget | None = None,
                 seen: object = None) -> None:
        """``seen`` is the record as the dialog was filled from it (read just before it opened);
        without it, it is read here."""
        super().__init__(parent)
        self.setObjectName("changedElsewhere")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #3d2e00; border: 1px solid #e0b94f; padding: 4px;")
        self._noun = noun
        self._fetch = fetch
        self._seen: object = seen
        if seen is None:
            try:
                self._seen = fetch()
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

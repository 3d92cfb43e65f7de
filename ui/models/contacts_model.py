"""An editable table of a vendor's named contacts, used inside the vendor dialog.

Edits stay in memory until the dialog's OK: the vendor service then merges the
changed, added and removed rows (one by one) in the same transaction as the vendor itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.records import ContactRecord

Index = QModelIndex | QPersistentModelIndex
KEYS = ("name", "role", "phone", "email")


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, contacts: tuple[ContactRecord, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail"))
        self._rows: list[dict[str, Any]] = [
            {"id": c.id, "name": c.name, "role": c.role, "phone": c.phone, "email": c.email}
            for c in contacts
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][KEYS[index.column()]]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][KEYS[index.column()]] = str(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def add(self, name: str = "", role: str = "", phone: str = "", email: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"id": None, "name": name, "role": role, "phone": phone, "email": email})
        self.endInsertRows()
        return row

    def add_stored(self, contact_id: int, values: dict[str, Any]) -> None:
        """A contact someone else saved meanwhile, shown as stored (it has an id)."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"id": contact_id, **{k: values.get(k, "") for k in KEYS}})
        self.endInsertRows()

    def replace_row(self, row: int, values: dict[str, Any]) -> None:
        self._rows[row].update({k: values.get(k, "") for k in KEYS})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(KEYS) - 1))

    def rows(self) -> list[dict[str, Any]]:
        """Every row as shown, blank ones too, each with its id (None: not stored yet)."""
        return [dict(r) for r in self._rows]

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def contacts(self) -> list[dict[str, Any]]:
        """What the service takes: rows left completely blank are dropped, not refused."""
        out = []
        for row in self._rows:
            if not any(str(row[k]).strip() for k in KEYS):
                continue
            entry = {k: row[k] for k in KEYS}
            if row["id"]:
                entry["id"] = row["id"]
            out.append(entry)
        return out

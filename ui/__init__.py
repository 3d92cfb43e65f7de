"""FixDesk's PySide6 user interface. Importing this package builds nothing."""

"""Dialogs for the FixDesk window."""

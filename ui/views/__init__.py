"""Pages for the FixDesk window."""

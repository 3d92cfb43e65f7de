"""Qt table models for the FixDesk window."""

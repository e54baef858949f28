"""Local history in SQLite: minute aggregates, events, day summaries, calibrations."""

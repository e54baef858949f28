"""Reports made from the history: weekly CSV, JSON and HTML exports."""

"""Native notifications with a fallback chain: plyer -> the tray's own balloon -> the log."""

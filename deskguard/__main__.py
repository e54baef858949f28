"""``python -m deskguard`` runs the command line."""

from deskguard.cli import main

raise SystemExit(main())

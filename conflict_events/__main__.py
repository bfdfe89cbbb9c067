"""``python -m conflict_events`` runs the command line."""

from conflict_events.cli import main

if __name__ == "__main__":
    main()

"""Entry point of ``python -m moderation.scoring``: see ``moderation.scoring.cli``."""

from __future__ import annotations

import sys

from moderation.scoring.cli import main

if __name__ == "__main__":
    sys.exit(main())

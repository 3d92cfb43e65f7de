"""Entry point of the packaged FixDesk: the same `fixdesk` command as a source install.

No arguments opens the window; `--self-test` and every subcommand work as from source.
"""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m newsweave.store.migrations revision -m MESSAGE DATABASE_URL`: autogenerate a
revision against a database that is at head (see the package docstring)."""

import sys

from newsweave.store.migrations import main

sys.exit(main())

"""`python -m align.cli`: the same as the `align` command."""

from align.cli import main

main()

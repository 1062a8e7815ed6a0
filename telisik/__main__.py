"""`python -m telisik` runs the command-line interface."""

from telisik.cli import main

main()

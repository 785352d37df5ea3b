"""`python -m balkanscope` runs the CLI."""

from .cli import main

main()

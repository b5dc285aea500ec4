"""``python -m kaodian``."""

from .cli import main

main()

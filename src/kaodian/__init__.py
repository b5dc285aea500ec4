"""kaodian（考点）: turn Chinese political-theory study material into quizzes and flashcards.

Public API: ``extract_text`` / ``extract_paths`` (pipeline), the dataclasses of
``kaodian.model`` and ``load_bank`` / ``dump_bank``.
"""

__version__ = "0.1.0"

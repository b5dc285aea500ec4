"""Self-test: the terminal quiz, the wrong-answer book (错题本), its stats, and the offline quiz page.

book      the SQLite wrong-answer book
terminal  the quiz loop (``kaodian quiz``)
stats     progress from the book (``kaodian stats``)
webpage   one self-contained HTML quiz (``kaodian web-quiz``)

Answer checking, shared with the paper's key, is ``kaodian.answers`` (mirrored in page.js).
"""

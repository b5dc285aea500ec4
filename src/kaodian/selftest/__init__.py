"""Self-test: the terminal quiz, the wrong-answer book (错题本), its stats, and the offline quiz page.

checking  answer checking (mirrored in page.js)
book      the SQLite wrong-answer book
terminal  the quiz loop (``kaodian quiz``)
stats     progress from the book (``kaodian stats``)
webpage   one self-contained HTML quiz (``kaodian web-quiz``)
"""

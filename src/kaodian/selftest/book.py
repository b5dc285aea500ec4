"""The wrong-answer book (错题本): every answer a learner gives, in SQLite.

One file per user, by default ``$XDG_DATA_HOME/kaodian/book.sqlite3``
(``~/.local/share/kaodian/book.sqlite3``).  Answers are keyed by the question's
stable id, so a rebuilt bank keeps its history, and each question's last
version is stored with it, so ``--review`` works without the bank.

The answer log is append-only; everything else (right/wrong counts, the streak
of right answers, whether a question is in the book) is derived from it.  A
question enters the book when answered wrong and leaves it once answered right
twice in a row.

Two sessions on the same file at once are safe: WAL journal, a busy timeout,
and each answer written in its own short transaction.  A file that is not a
SQLite database, is corrupted, or belongs to another program is refused with
a clear error before anything is written to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from ..bank import question_from_dict, question_to_dict
from ..errors import KaodianError
from ..fileio import os_reason
from ..model import Question
from ..questions.identity import answer_key, near_in_length, small_edit

SCHEMA_VERSION = 1
# Marks the file as ours in the SQLite header (PRAGMA application_id); "KDBK".
APPLICATION_ID = 0x4B44424B
# Answered right this many times in a row, a question leaves the book.
STREAK_TO_LEAVE = 2
# Milliseconds a writer waits for another session's transaction; each of ours
# lasts well under a millisecond, so 10 s only matters for a stuck process.
BUSY_TIMEOUT_MS = 10_000

_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE kaodian_book (
    schema_version INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE questions (
    question_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    document TEXT NOT NULL,
    article TEXT NOT NULL,
    stem TEXT NOT NULL,
    body TEXT NOT NULL,          -- the question as bank JSON, for review without the bank
    updated_at TEXT NOT NULL
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id TEXT NOT NULL REFERENCES questions (question_id),
    answered_at TEXT NOT NULL,
    session TEXT NOT NULL,
    mode TEXT NOT NULL,          -- quiz | review
    response TEXT NOT NULL,
    correct INTEGER NOT NULL,    -- 1 right, 0 wrong
    overridden INTEGER NOT NULL DEFAULT 0  -- 1: marked right afterwards with !!
);
CREATE INDEX answers_by_question ON answers (question_id, id);
"""


def content(d: dict) -> str:
    """What a question (``question_to_dict`` data) asks, without its id and its sentence's offsets: the same
    text for the same question after a paragraph was inserted above it (``Book.follow``; the quiz page keeps a
    hash of it).  The offsets move with every insertion; the sentence itself stays."""
    source = d.get("source")
    if isinstance(source, dict):
        d = {**d, "source": {k: v for k, v in source.items() if k not in ("start", "end")}}
    return json.dumps({k: v for k, v in d.items() if k != "id"}, ensure_ascii=False, sort_keys=True)


def gist(d: dict) -> tuple[str, str, str]:
    """A question's (``question_to_dict`` data) kind, answer and source sentence: what pairs a record with the
    question when its sentence had a small edit as well as a move (``Book.follow``; ``anki_identity.gist_of``)."""
    source = d.get("source") if isinstance(d.get("source"), dict) else {}
    kind = str(d.get("kind", ""))
    # (a choice's correct options by their text and a true/false's verdict with its statement: identity.answer_key)
    key = answer_key(kind, [str(a) for a in d.get("answer") or ()], [str(o) for o in d.get("options") or ()],
                     str(d.get("stem", "")))
    return kind, key, str(source.get("sentence", ""))


def _targets(stored: dict[str, dict], questions: Iterable[Question]) -> dict[str, str]:
    """The id each stored question (id -> its stored version) is asked under now: the question that asks it word
    for word (``content``), else one of its kind and answer whose sentence is its own up to a small edit (a typo
    fixed and a paragraph inserted above in one edit: ``similar``), the closest, the same id first among equals,
    then the first; a stored question asked nowhere has none."""
    asked: dict[str, str] = {}
    by_answer: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for q in questions:
        d = question_to_dict(q)
        asked.setdefault(content(d), q.id)
        g = gist(d)
        group = by_answer.setdefault(g[:2], [])
        group.append((len(group), q.id, g[2]))
    # (by length, for near_in_length; each keeps its place n, the tie-break among equals)
    lengths = {k: sorted(((len(s), n, qid, s) for n, qid, s in v)) for k, v in by_answer.items()}
    out = {}
    for old, body in stored.items():
        if (new := asked.get(content(body))) is None:
            g = gist(body)
            group = [((n, qid), s) for _len, n, qid, s in lengths.get(g[:2], ())]
            near = [(d, qid != old, n, qid) for (n, qid), s in near_in_length(group, g[2])
                    if (d := small_edit(g[2], s)) is not None]
            new = min(near)[-1] if near else None
        if new is not None:
            out[old] = new
    return out


def default_path() -> Path:
    """Where the book lives when ``--db`` is not given."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kaodian" / "book.sqlite3"


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class QuestionState:
    """What the log says about one question."""

    question_id: str
    kind: str
    document: str
    article: str
    stem: str
    answers: int
    right: int
    wrong: int
    streak: int  # right answers in a row at the end of the log

    @property
    def in_book(self) -> bool:
        """Answered wrong at least once and not yet right twice in a row since."""
        return self.wrong > 0 and self.streak < STREAK_TO_LEAVE


class Book:
    """An open wrong-answer book.  Use ``Book.open(path)``; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, now: Callable[[], str]) -> None:
        self.path = path
        self._conn = conn
        self._now = now

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, now: Callable[[], str] = _utc_now) -> "Book":
        """Open (creating when missing) the book at ``path``, or at ``default_path()``.

        Raises KaodianError E701 (not a kaodian book), E702 (corrupted),
        E703 (written by a newer version), E704 (cannot be opened or created).
        Nothing is written to a file that fails these checks.
        """
        p = Path(path) if path is not None else default_path()
        _check_header(p)
        try:
            if path is None:
                p.parent.mkdir(parents=True, exist_ok=True)  # the user's data folder, ours to create
            elif not p.parent.is_dir():
                # like every output file: its folder must exist (see fileio)
                raise KaodianError("E704", path=p, reason=f"所在文件夹 {p.parent} 不存在")
            if not exists(p):
                _create_new(p, now)
            conn = sqlite3.connect(p, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except OSError as e:
            raise KaodianError("E704", path=p, reason=os_reason(e)) from None
        except sqlite3.Error as e:
            raise KaodianError("E704", path=p, reason=str(e)) from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _validate_or_create(p, conn, now)
            conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL never corrupts the file; a power cut may lose the last answers only.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except KaodianError:
            conn.close()
            raise
        except sqlite3.DatabaseError as e:
            conn.close()
            raise KaodianError("E702", path=p, reason=str(e)) from None
        return cls(p, conn, now)

    def close(self) -> None:
        """Close the connection (every answer is already committed)."""
        self._conn.close()

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------

    def record(self, q: Question, response: str, correct: bool, *, session: str, mode: str = "quiz") -> int:
        """Log one answer (and store the question's current version); return the answer's id."""
        now = self._now()
        body = json.dumps(question_to_dict(q), ensure_ascii=False, sort_keys=True)
        with self._write() as c:
            c.execute(
                "INSERT INTO questions (question_id, kind, document, article, stem, body, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET kind = excluded.kind, document = excluded.document,"
                " article = excluded.article, stem = excluded.stem, body = excluded.body,"
                " updated_at = excluded.updated_at",
                (q.id, q.kind, q.source.document, q.source.article, q.stem, body, now),
            )
            cur = c.execute(
                "INSERT INTO answers (question_id, answered_at, session, mode, response, correct)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (q.id, now, session, mode, response, int(correct)),
            )
            return int(cur.lastrowid)

    def follow(self, questions: Iterable[Question]) -> int:
        """Move the records of questions that a rebuilt bank asks under another id to that id; return how many
        moved.

        A list or a statement is identified by its ordinal in its section: a paragraph inserted above (or
        deleted) moves it to another id, whose record belonged to another question.  A record follows the
        question whose every field but its id and offsets is its stored version's (``content``), else the
        question of its kind and answer whose sentence is its own up to a small edit (``_targets``).  A record
        whose new id another record holds that stays (its question is still asked there, edited) does not
        move; a record in the way whose question the bank no longer asks at all is set aside under an id of
        its own, so review without the bank still finds it.  Of two records of one question, the one answered
        last moves."""
        bodies: dict[str, dict] = {}
        last: dict[str, int] = dict(self._read("SELECT question_id, MAX(id) FROM answers GROUP BY question_id"))
        for qid, body in self._read("SELECT question_id, body FROM questions"):
            try:
                bodies[qid] = json.loads(body)
                content(bodies[qid])
            except (TypeError, ValueError, AttributeError):
                bodies.pop(qid, None)
        targets = _targets(bodies, questions)
        moves: dict[str, str] = {}
        for old in sorted(bodies, key=lambda q: -last.get(q, 0)):  # the last answered first: it wins a target
            new = targets.get(old, old)
            if new != old and new not in moves.values():
                moves[old] = new
        aside = {old: f"{old}~{hashlib.sha1(content(bodies[old]).encode('utf-8')).hexdigest()[:8]}" for old in bodies
                 if old not in targets and old not in moves and old in moves.values()}
        while True:  # drop the moves onto a record that stays, until none is left
            kept = {o: n for o, n in moves.items() if n not in bodies or n in moves or n in aside}
            if kept == moves:
                break
            moves = kept
        aside = {o: a for o, a in aside.items() if o in moves.values()}
        moves.update(aside)
        if not moves:
            return 0
        spare = {old: f"{old}\x1fmoving" for old in moves}  # through a spare id: a chain a→b, b→c moves as one
        with self._write() as c:
            c.execute("PRAGMA defer_foreign_keys = ON")  # an answer's question is renamed beside it
            for pairs in ([(o, spare[o]) for o in sorted(moves)], [(spare[o], moves[o]) for o in sorted(moves)]):
                for src, dst in pairs:
                    body = json.dumps({**bodies[src.split("\x1f")[0]], "id": dst}, ensure_ascii=False, sort_keys=True)
                    c.execute("UPDATE questions SET question_id = ?, body = ? WHERE question_id = ?", (dst, body, src))
                    c.execute("UPDATE answers SET question_id = ? WHERE question_id = ?", (dst, src))
        return len(moves) - len(aside)

    def override(self, answer_id: int) -> None:
        """Mark a logged answer right (the learner's typo override ``!!``)."""
        with self._write() as c:
            c.execute("UPDATE answers SET correct = 1, overridden = 1 WHERE id = ?", (answer_id,))

    def _write(self) -> "_Transaction":
        return _Transaction(self._conn, self.path)

    # -- reading ---------------------------------------------------------

    def states(self, ids: Iterable[str] | None = None) -> dict[str, QuestionState]:
        """The state of every question answered so far (or of ``ids`` among them), by id."""
        wanted = set(ids) if ids is not None else None
        meta = {
            r[0]: r[1:]
            for r in self._read("SELECT question_id, kind, document, article, stem FROM questions")
            if wanted is None or r[0] in wanted
        }
        counts: dict[str, list[int]] = {}
        for qid, correct in self._read("SELECT question_id, correct FROM answers ORDER BY question_id, id"):
            if qid not in meta:
                continue
            c = counts.setdefault(qid, [0, 0, 0])  # right, wrong, streak
            if correct:
                c[0] += 1
                c[2] += 1
            else:
                c[1] += 1
                c[2] = 0
        return {
            qid: QuestionState(qid, *meta[qid], answers=c[0] + c[1], right=c[0], wrong=c[1], streak=c[2])
            for qid, c in counts.items()
        }

    def state(self, qid: str) -> QuestionState | None:
        """The state of one question, None when never answered."""
        return self.states([qid]).get(qid)

    def in_book(self) -> list[str]:
        """Ids of the questions in the book, most recently answered first."""
        last = {qid: i for qid, i in self._read("SELECT question_id, MAX(id) FROM answers GROUP BY question_id")}
        ids = [s.question_id for s in self.states().values() if s.in_book]
        return sorted(ids, key=lambda qid: -last[qid])

    def stored_questions(self, ids: Iterable[str]) -> list[Question]:
        """The last stored version of each question of ``ids`` (in that order; unknown ids skipped)."""
        bodies = dict(self._read("SELECT question_id, body FROM questions"))
        out = []
        for i in ids:
            if i in bodies:
                try:
                    out.append(question_from_dict(json.loads(bodies[i])))
                except (TypeError, ValueError) as e:  # json.JSONDecodeError is a ValueError
                    raise KaodianError("E702", path=self.path, reason=f"题目 {i} 的记录无法读取：{e}") from None
        return out

    def answer_rows(self) -> list[tuple]:
        """Every logged answer: (id, question_id, session, mode, response, correct, overridden)."""
        return self._read(
            "SELECT id, question_id, session, mode, response, correct, overridden FROM answers ORDER BY id"
        )

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as e:
            raise KaodianError("E702", path=self.path, reason=str(e)) from None


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT: takes the write lock up front, so two sessions
    wait for each other (busy timeout) instead of failing half-way."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise KaodianError("E704", path=self.path, reason=str(e)) from None
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error as e:
                self.conn.execute("ROLLBACK")
                raise KaodianError("E704", path=self.path, reason=str(e)) from None
        self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
            raise KaodianError("E702", path=self.path, reason=str(exc)) from None


def exists(p: Path) -> bool:
    """Whether there is a file (or folder) at ``p``; E704 when its folder cannot even be looked into."""
    try:
        p.lstat()
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False
    except OSError as e:  # PermissionError on the default folder, a broken mount …
        raise KaodianError("E704", path=p, reason=os_reason(e)) from None
    return True


def _check_header(p: Path) -> None:
    """Refuse, before SQLite touches it, a path that is a folder or a file of another format (an empty file too)."""
    if not exists(p):
        return
    if p.is_dir():
        raise KaodianError("E704", path=p, reason="这是一个文件夹")
    try:
        with p.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as e:
        raise KaodianError("E704", path=p, reason=os_reason(e)) from None
    if not head:
        # SQLite would quietly make a database of it: only kaodian makes a book, in a new file
        raise KaodianError("E701", path=p, reason="空文件，不是 SQLite 数据库文件")
    if head != _SQLITE_MAGIC[: len(head)]:
        raise KaodianError("E701", path=p, reason="不是 SQLite 数据库文件")
    if len(head) < len(_SQLITE_MAGIC):
        raise KaodianError("E702", path=p, reason="文件被截断")


def _create_new(p: Path, now: Callable[[], str]) -> None:
    """Make a new book whole: in a temporary file beside ``p``, then linked into place.

    ``p`` is never an empty file, which ``_check_header`` refuses (another
    program's empty file is no book); a book that another session made in the
    meantime is kept.  Raises OSError or sqlite3.Error.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".new", dir=p.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            _validate_or_create(Path(tmp), conn, now)
        finally:
            conn.close()
        try:
            os.link(tmp, p)  # fails when p exists: the other session's book stays
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not p.exists():
                os.replace(tmp, p)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _validate_or_create(p: Path, conn: sqlite3.Connection, now: Callable[[], str]) -> None:
    """Check that an existing database is a sound kaodian book; create the schema in an empty one."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise KaodianError("E702", path=p, reason="；".join(str(r[0]) for r in rows[:3]))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables:
        _check_ours(p, conn, tables)
        return
    # Empty database: create the schema, unless another session did it meanwhile.
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    conn.execute(stmt)
            conn.execute("INSERT INTO kaodian_book (schema_version, created_at) VALUES (?, ?)", (SCHEMA_VERSION, now()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    _check_ours(p, conn, {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")})


def _check_ours(p: Path, conn: sqlite3.Connection, tables: set[str]) -> None:
    if "kaodian_book" not in tables:
        shown = "、".join(sorted(tables)[:5])
        raise KaodianError("E701", path=p, reason=f"这是别的程序的数据库，含有表 {shown}")
    row = conn.execute("SELECT max(schema_version) FROM kaodian_book").fetchone()
    version = row[0] if row else None
    if version is None:
        raise KaodianError("E702", path=p, reason="缺少结构版本记录")
    if version > SCHEMA_VERSION:
        raise KaodianError("E703", path=p, found=version, supported=SCHEMA_VERSION)
    missing = {"questions", "answers"} - tables
    if missing:
        raise KaodianError("E702", path=p, reason=f"缺少表 {'、'.join(sorted(missing))}")

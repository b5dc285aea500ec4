"""What a newcomer-tester met (session 16): a page or a Word file piped in, a UTF-8 copy cut inside its
last character, English-only input to extract, the empty folder a failed build left, and （无题） standing
for a missing title in deck names and on the self-test page."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kaodian.cli import main
from kaodian.export.anki import deck_path
from kaodian.ingest import decode_text, read_stdin
from kaodian.model import Question, QuestionSource
from kaodian.selftest.webpage import default_title

CORPUS = Path(__file__).parent / "corpus"
TEXT = "某某学习材料\n我们要坚持和发展某某理论，推进某某事业取得新的成就，这是全党的共同任务。\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(list(args))
    out, err = capsys.readouterr()
    return e.value.code, out, err


@pytest.mark.parametrize("name", ["party-school-opening-speech.html", "hongtou-tongzhi-2023.docx"])
def test_a_page_or_a_word_file_piped_in_reads_as_the_file_does(monkeypatch, name):
    data = (CORPUS / name).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    piped = read_stdin()
    assert "<" not in piped.text[:200] and piped.kind == Path(name).suffix.lstrip(".")


def test_a_utf8_copy_cut_inside_its_last_character_is_read():
    data = TEXT.encode("utf-8")
    assert decode_text(data[:-2], "x.txt") == TEXT[:-2]  # (…任务。 cut inside 。: the text before it)


def test_english_only_input_to_extract_is_an_error_that_says_so(tmp_path, capsys):
    src = tmp_path / "eng.txt"
    src.write_text("This is an English text. First, we do this; second, that.\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(src))
    assert (code, out) == (1, "") and err.startswith(f"错误 [E312] {src}: 文件里没有中文")


def test_a_build_that_writes_nothing_leaves_no_empty_folder(tmp_path, capsys):
    src = tmp_path / "eng.txt"
    src.write_text("This is an English text.\n", encoding="utf-8")
    code, _, _ = run(capsys, "build", str(src), "-o", str(tmp_path / "out"), "--paper", "none")
    assert code == 1 and not (tmp_path / "out").exists()


def _q(article: str) -> Question:
    return Question("q-1", "cloze", "某某______。", ("甲",), "", QuestionSource("材料/某某访谈.txt", article, None, "某某甲。", 0, 4))


def test_a_missing_title_names_no_deck_and_no_page():
    assert deck_path(_q("（无题）"), "考点", 3) == "考点::某某访谈"
    assert default_title([_q("（无题）")]) == "某某访谈 · 自测"
    assert default_title([_q("某某讲话")]) == "某某讲话"




def test_a_list_whose_items_say_several_sentences_is_no_passage_for_one_cloze():
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    text = ("某某市关于激励干部担当作为的讲话\n同志们：今年的干部工作，重点要做好以下三个方面。一要正确区分干部的失误和错误。"
            "认真落实上级提出的容错要求，正确分析干部在工作中出现的差错的性质，保护那些敢作敢为的干部。二要完善容错纠错机制。"
            "我市已经出台有关规定，下一步要在重点任务领域研究具体实施细则，充分激发干部的积极性。三要营造良好的政治生态。"
            "各级党组织要带头讲规矩，形成风清气正的良好氛围。\n")
    bank = generate([extract_text(text, "x.txt")]).questions
    assert not any("二要" in q.stem for q in bank if q.kind == "cloze")

"""A wrong option that puts another verb on a key's own object is right in the genre too
(questions/arguable.py restates; session 17, task choice: 推进现代化建设 beside 参加社会主义现代化建设).
Invented options."""

from __future__ import annotations

from kaodian.questions.arguable import restates


def test_another_verb_on_a_keys_object_restates_it():
    assert restates(["参加乡村振兴建设", "守护绿水青山"], "推动乡村振兴建设") == "参加乡村振兴建设"
    assert restates(["坚持人民当家作主", "坚持依法治国"], "保障人民当家作主") == "坚持人民当家作主"


def test_another_object_does_not():
    assert restates(["坚持人民当家作主", "坚持依法治国"], "坚持从严治党") is None
    assert restates(["参加乡村振兴建设"], "推动城市更新") is None

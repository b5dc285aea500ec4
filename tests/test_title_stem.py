"""single_fit.title_sentence: a title is no stem of a single choice (session 13's blind review: 题干只是一行标题，缺少语境).
The text is invented for the test."""


def test_a_title_is_no_stem_of_a_single_choice():
    from kaodian.pipeline import extract_text
    from kaodian.questions import generate

    text = ("2030年“三个提升”专题教育宣讲提纲\n\n"
            "开展“三个提升”专题教育，要坚持“两个维护”，树牢“四个意识”，增强“四个自信”。\n\n"
            "全体党员要做到“两个维护”，坚持“三个提升”，把握“四个全面”，践行“两个务必”。\n")
    bank = generate([extract_text(text, "提纲.txt")], seed=0)
    singles = [q for q in bank.questions if q.kind == "single"]
    assert not [q for q in singles if q.source.sentence.startswith("2030年")]

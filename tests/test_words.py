"""The shared reading of titles and names (words.Text, Context.text): the rules that
read words (GC105, GC106, GC108, GC406, GC608) see exactly what the word functions
give, once a run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from goalcheck import index, infer, vocabulary, words
from goalcheck.load import load

ROOT = Path(__file__).resolve().parent.parent
TITLES = ["Reduce AHT from 420 to 380 seconds", "Hire 2 PMs", "Programme 12: land $40m, 85% NPS",
          "Q2: Cut repeat contacts within 7 days for programme 5007", "N3 new logos by TBD",
          "CSAT +17% and paid TMAU +26%", "Phase 2 ~3x 10-15 5th", "", "  ", "r&d - ... 'x'",
          "Grow the team to plan (pending Director hires)", "ſtraße K 1.2m $X x% ?? xx%"]


@pytest.mark.parametrize("title", TITLES)
def test_a_reading_is_what_the_word_functions_give(title):
    reading = words.Text(title)
    assert list(reading.tokens) == words.tokens(title)
    assert reading.key == words.title_key(title)
    assert reading.content == words.content_words(title)
    assert reading.numbers == tuple(t for t in words.tokens(title) if words.is_number(t))


def test_every_sample_title_reads_the_same_through_the_context():
    model = load(str(ROOT / "sample_orgs" / "meridian-software"))
    vocab = vocabulary.default()
    ctx = index.build(model, infer.infer(model, vocab), vocab, date(2026, 12, 1))
    for goal in model.goals:
        reading = ctx.title(goal)
        assert reading is ctx.text(goal.title)  # one reading a text, whoever asks
        assert list(reading.tokens) == words.tokens(goal.title)
        assert reading.key == words.title_key(goal.title)


@pytest.mark.parametrize("token", ["40", "1.2m", "$40k", "85%", "2x", "4+", "+17%", "~3", "10-15", "5th",
                                   "-3", "٣", "n3", "$x", "x%", "tbd", "xx%", "??", "nps", "x-ray", "", "$"])
def test_number_and_placeholder_tests_keep_their_patterns(token):
    assert words.is_number(token) == bool(words._NUMBER.match(token))
    assert words.is_placeholder(token) == bool(words._PLACEHOLDER.match(token))


@pytest.mark.parametrize("title, key", [("Land 12 logos from 40 to 25", "land logos from to"),
                                        ("N3 new logos by TBD", "new logos by"),
                                        ("Launch programme 12 in $40m", "launch programme 12 in")])
def test_a_title_key_drops_amounts_and_placeholders_and_keeps_labels(title, key):
    assert words.Text(title).key == key

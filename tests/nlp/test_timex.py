"""Time expressions resolved against an article's date, keeping their precision."""

import datetime as dt

import pytest

from kg.nlp.timex import find_time_expressions, resolve

SEPT_2025 = dt.date(2025, 9, 15)


@pytest.mark.parametrize("expr, anchor, expected", [
    ("two years ago", SEPT_2025, "2023"),
    ("last March", SEPT_2025, "2025-03"),
    ("last November", SEPT_2025, "2024-11"),
    ("next year", dt.date(2023, 6, 1), "2024"),
    ("by 2027", None, "2027"),
    ("by the end of 2025", None, "2025"),
    ("by mid-2026", None, "2026-06"),
    ("in the second half of 2026", None, "2026-12"),
    ("Q3 2025", None, "2025-09"),
    ("fiscal 2025", None, "2025"),
    ("within five years", dt.date(2023, 5, 1), "2028"),
    ("within 18 months", dt.date(2024, 1, 10), "2025-07"),
    ("March 14, 2025", None, "2025-03-14"),
    ("14 March 2025", None, "2025-03-14"),
    ("last year", None, None),
    ("by the end of the decade", dt.date(2024, 2, 1), "2029"),
    ("the current quarter", dt.date(2024, 7, 18), "2024-09"),
    ("this fiscal year", SEPT_2025, "2025"),
    ("in FY26", None, "2026"),
    ("in the third quarter", dt.date(2024, 8, 28), "2024"),  # year only: fiscal calendars vary
    ("in the first quarter", dt.date(2025, 11, 3), "2026"),
])
def test_resolve(expr, anchor, expected):
    assert resolve(expr, anchor) == expected


def test_expressions_are_found_with_their_prepositions():
    found = [t for _, _, t in find_time_expressions(
        "She predicted in 2023 that by the end of 2026 it would stop, she said last March.")]
    assert found == ["in 2023", "by the end of 2026", "last March"]


def test_durations_are_dates_only_after_in_within_or_over():
    assert [t for _, _, t in find_time_expressions("it will happen within two years")] == ["within two years"]
    assert not find_time_expressions("up 16% from a year earlier")
    assert not find_time_expressions("a year earlier, revenue was lower")


def test_an_expression_starts_at_a_word_start():
    # "again this year" holds no "in this year"; a hyphen still lets a month start ("mid-April")
    assert [t for _, _, t in find_time_expressions("Revenue would double again this year.")] == ["this year"]
    assert [t for _, _, t in find_time_expressions("It tapped debt markets again before March.")] == ["before March"]
    assert [t for _, _, t in find_time_expressions("It sat in 32nd place by mid-April.")] == ["April"]


def test_sentences_without_any_time_word_are_skipped_cheaply_and_correctly():
    assert find_time_expressions("Nvidia shares fell sharply after the announcement.") == ()
    assert [t for _, _, t in find_time_expressions("Shares fell in March 2025.")] == ["in March 2025"]


@pytest.mark.parametrize("text, expected", [
    ("In a March note, Delphine Marchais had told clients that the startup would raise more.", ["2025-03"]),
    ("It may be late, she said.", []),
])
def test_a_bare_capitalised_month_is_the_latest_one_up_to_the_article(text, expected):
    anchor = dt.date(2025, 6, 24)
    assert [resolve(e, anchor) for _, _, e in find_time_expressions(text)] == expected


def test_a_forecast_made_in_a_month_later_in_the_year_was_made_last_year(extract_text):
    ex = extract_text("In November, Dana Okafor of Harrowgate Research predicted that Nvidia would top $4 trillion "
                      "by June.", date="2025-09-15")
    assert [(p.made, p.target_date) for p in ex.predictions] == [("2024-11", "2025-06")]


def test_a_bare_month_is_the_last_one_when_said_and_the_next_one_as_a_deadline():
    anchor = dt.date(2025, 8, 28)
    assert resolve("October", anchor) == "2024-10"  # "an October note"
    assert resolve("October", anchor, forward=True) == "2025-10"  # "revenue in the October quarter"
    assert resolve("June", anchor, forward=True) == "2026-06"


@pytest.mark.parametrize("expr, anchor, expected", [
    ("last spring", "2025-08-19", "2025"),  # the spring just gone
    ("last spring", "2025-02-10", "2024"),
    ("next summer", "2025-03-01", "2025"),  # the summer still to come
    ("next summer", "2025-08-19", "2026"),
    ("last fall", "2025-12-05", "2025"),
    ("this autumn", "2025-02-10", "2025"),
])
def test_a_season_is_the_one_just_gone_or_the_one_to_come(expr, anchor, expected):
    assert resolve(expr, dt.date.fromisoformat(anchor)) == expected

from __future__ import annotations

import pytest

from generator.core.periods import PeriodError, Quarter, parse_quarter, parse_year, quarter_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024/25 Q2", Quarter(2024, 2)),
        ("2024-25 Q2", Quarter(2024, 2)),
        ("Q2 2024/25", Quarter(2024, 2)),
        ("q2 2024-25", Quarter(2024, 2)),
        ("2024-25-Q2", Quarter(2024, 2)),
        ("2024/2025 Q4", Quarter(2024, 4)),
        ("  2023/24   Q1 ", Quarter(2023, 1)),
        ("1999/00 Q3", Quarter(1999, 3)),
    ],
)
def test_it_reads_every_accepted_form(text: str, expected: Quarter) -> None:
    assert parse_quarter(text) == expected


@pytest.mark.parametrize(
    "text", ["2024/26 Q2", "2024/25 Q5", "2024/25 Q0", "Q2", "2024 Q2", "July 2024", "", "24/25 Q2"]
)
def test_it_refuses_what_is_not_a_quarter(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_quarter(text)


@pytest.mark.parametrize(
    ("quarter", "short", "long", "months", "slug"),
    [
        (Quarter(2024, 2), "Q2 24/25", "Quarter 2 2024/25", "July to September 2024", "2024-25-Q2"),
        (Quarter(2023, 4), "Q4 23/24", "Quarter 4 2023/24", "January to March 2024", "2023-24-Q4"),
        (Quarter(1999, 1), "Q1 99/00", "Quarter 1 1999/00", "April to June 1999", "1999-00-Q1"),
    ],
)
def test_it_labels_quarters(
    quarter: Quarter, short: str, long: str, months: str, slug: str
) -> None:
    from generator.content.period_words import quarter_long, quarter_months, quarter_short

    assert (quarter.short, quarter.long, quarter.slug) == (short, long, slug)
    # The editions' words for a quarter, from the message catalogue.
    assert (quarter_short(quarter), quarter_long(quarter), quarter_months(quarter)) == (
        short,
        long,
        months,
    )


@pytest.mark.parametrize(
    ("quarter", "steps", "expected"),
    [
        (Quarter(2024, 2), -1, Quarter(2024, 1)),
        (Quarter(2024, 1), -1, Quarter(2023, 4)),
        (Quarter(2023, 4), 1, Quarter(2024, 1)),
        (Quarter(2024, 2), -4, Quarter(2023, 2)),
    ],
)
def test_it_steps_across_year_ends(quarter: Quarter, steps: int, expected: Quarter) -> None:
    assert quarter.shift(steps) == expected


def test_quarters_order_by_time() -> None:
    assert sorted([Quarter(2024, 1), Quarter(2022, 4), Quarter(2023, 2)]) == [
        Quarter(2022, 4),
        Quarter(2023, 2),
        Quarter(2024, 1),
    ]
    assert len(quarter_range(Quarter(2022, 1), Quarter(2024, 2))) == 10


@pytest.mark.parametrize(
    ("text", "year"), [("2024/25", 2024), ("2024-25", 2024), ("2019/2020", 2019)]
)
def test_it_reads_financial_years(text: str, year: int) -> None:
    assert parse_year(text) == year


@pytest.mark.parametrize(
    ("year", "quarter", "message"),
    [
        (1990, 1, None),
        (2100, 4, None),
        (1989, 4, "financial year 1989 is out of range"),
        (2101, 1, "financial year 2101 is out of range"),
        (2024, 0, "quarter must be 1 to 4, not 0"),
        (2024, 5, "quarter must be 1 to 4, not 5"),
    ],
)
def test_the_range_of_a_quarter(year: int, quarter: int, message: str | None) -> None:
    if message is None:
        assert Quarter(year, quarter).year == year
    else:
        with pytest.raises(PeriodError, match=f"^{message}$"):
            Quarter(year, quarter)


def test_a_quarter_is_not_before_itself() -> None:
    assert not Quarter(2024, 2) < Quarter(2024, 2)
    assert Quarter(2024, 2) <= Quarter(2024, 2)
    assert sorted([Quarter(2024, 2), Quarter(2024, 1), Quarter(2024, 2)]) == [
        Quarter(2024, 1),
        Quarter(2024, 2),
        Quarter(2024, 2),
    ]


@pytest.mark.parametrize(
    ("call", "text", "message"),
    [
        (
            parse_quarter,
            "July 2024",
            "'July 2024' is not a financial-year quarter; write it as '2024/25 Q2', "
            "'2024-25 Q2' or 'Q2 2024/25'",
        ),
        (parse_quarter, "2024/26 Q2", "the years 2024 and 26 are not consecutive"),
        (parse_year, "2024", "'2024' is not a financial year; write it as '2024/25'"),
        (parse_year, "2024/2026", "the years 2024 and 2026 are not consecutive"),
    ],
)
def test_a_period_refused_says_how_to_write_it(call, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PeriodError) as caught:
        call(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(("text", "year"), [(" 2024 /25 ", 2024), ("2024 - 2025", 2024)])
def test_a_year_with_spaces_is_read(text: str, year: int) -> None:
    assert parse_year(text) == year

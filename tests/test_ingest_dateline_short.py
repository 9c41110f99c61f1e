"""Datelines with an abbreviated month: with a year after it ("Lagos, 3 fev. 2025 –" had left
"Lagos, 3 fev." as a sentence of its own and "2025 –" opening the next), or alone on their
line with the agency's credit. Every line is invented; each case failed on the code before."""

from __future__ import annotations

import pytest

from test_ingest_clean import reasons, run

BODY = "The harbour board approved a new breakwater for the port of Quillan on Monday evening."
BODY2 = "Divers will survey the seabed in April before the first concrete blocks are laid there."
BODY3 = "The work is expected to last two years and to cost the board about nine million euros."


@pytest.mark.parametrize(
    ("text", "dateline", "published", "first"),
    [
        # an abbreviated month and a year: the whole dateline goes, not "Lagos, 3 fev." alone
        (
            f"Lagos, 3 fev. 2025 – Dois pescadores foram resgatados ao largo da costa algarvia. {BODY}",
            "Lagos, 3 fev. 2025",
            "2025-02-03",
            "Dois pescadores",
        ),
        # a dateline on a line of its own, with the agency's credit and a dash
        (
            f"TARBES/LOURDES, 4 Mar. (AIP) –\n\n{BODY}",
            "TARBES/LOURDES, 4 Mar.",
            None,
            "The harbour board",
        ),
        (f"LUGO, 9 Oct. 2025\n\n{BODY}", "LUGO, 9 Oct. 2025", "2025-10-09", "The harbour board"),
    ],
)
def test_dateline_with_short_month(text: str, dateline: str, published: str | None, first: str) -> None:
    a = run(f"{text}\n\n{BODY2}\n\n{BODY3}", title="Breakwater approved for Quillan port")
    assert a.dateline == dateline
    assert a.published == published
    assert a.paragraphs[0].startswith(first)
    assert "dateline" in reasons(a)


def test_a_weekday_and_a_date_alone_on_a_line_names_no_place() -> None:
    # "Sunday, May 4" had become the dateline "Sunday, May 4" with the place "Sunday"
    article = run(f"Sunday, May 4\n\n{BODY}\n\n{BODY2}")
    assert article.dateline is None or "Sunday" not in article.dateline

"""Layout in Debian's Chromium over the fake store (no models): a 5,000-character word must
not widen any page, a 390 px phone gets the summary near the top, tables that scroll inside
their box and quotes at full width, and a right-to-left override in an outlet name must not
reorder what follows it on the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from e2e.conftest import LiveServer
from e2e.support import FakeStore, seeded_store
from newsweave.model import Article
from newsweave.serve.app import create_app

pytestmark = pytest.mark.browser

LONG_WORD = "x" * 5000
RLO_OUTLET = "\u202eTsoP kramdleV"  # displays "Veldmark PosT" and would reverse what follows
PHONE = {"width": 390, "height": 844}


def _store() -> FakeStore:
    store = seeded_store()
    common = {"published": "2031-06-02", "lang": "en"}
    store.put_event(
        "ev-long",
        [
            Article(id="long-1", title=f"Long {LONG_WORD}", outlet=f"Outlet{LONG_WORD}",
                    text=f"A tram stopped. {LONG_WORD} was written on the wall.", **common),
        ],
        "longword",
    )  # fmt: skip
    store.put_event(
        "ev-rtl",
        [
            Article(id="rtl-1", title="Tram stops in Lindmark", outlet=RLO_OUTLET,
                    text="A tram stopped in Lindmark.", **common),
            Article(id="rtl-2", title="Lindmark tram halted", outlet="Lindmark Post",
                    text="The tram in Lindmark stopped.", **common),
        ],
        "rtlword",
    )  # fmt: skip
    return store


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with LiveServer(create_app(store=_store())) as live:
        yield live


def _widths(page: Any) -> tuple[int, int]:
    return page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, PHONE])
def test_a_5000_character_word_does_not_widen_the_page(
    server: LiveServer, browser: Any, viewport: dict
) -> None:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    try:
        for path in ("/", "/events/ev-long", "/articles/long-1", "/events/ev-ferry"):
            page.goto(server.url + path)
            scroll, client = _widths(page)
            assert scroll <= client + 1, (path, viewport["width"], scroll)
    finally:
        context.close()


def test_phone_layout(server: LiveServer, browser: Any, screenshots: Any) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(server.url + "/events/ev-ferry")
        page.screenshot(path=screenshots / "phone-event.png", full_page=True)
        # the summary is on the first screens, not below the report list
        top = page.evaluate("document.getElementById('summary').getBoundingClientRect().top")
        assert top < 1.2 * PHONE["height"], top
        # tables scroll inside their box: the page itself is not wider than the phone
        scroll, client = _widths(page)
        assert scroll <= client + 1, scroll
        for box in page.locator(".scroll").all():
            assert box.bounding_box()["width"] <= PHONE["width"]
        # a quote's wording gets (nearly) the full width, not a narrow middle column
        wording = page.locator("table.variants td.wording").first
        wording.scroll_into_view_if_needed()
        assert wording.bounding_box()["width"] >= 0.7 * PHONE["width"]
    finally:
        context.close()


def _x(page: Any, selector: str) -> float:
    return page.locator(selector).first.bounding_box()["x"]


def test_right_to_left_override_stays_inside_the_outlet_name(server: LiveServer, page: Any) -> None:
    # events list: the outlets line keeps its left-to-right order
    page.goto(server.url + "/")
    line = page.locator("li.event", has=page.locator('a[href="/events/ev-rtl"]')).locator(
        ".outlets"
    )
    links = line.locator("a")
    assert links.count() == 2
    first, second = (links.nth(i).bounding_box()["x"] for i in range(2))
    assert first < second, (first, second)
    # the event's report list: outlet, then title, then date, left to right
    page.goto(server.url + "/events/ev-rtl")
    page.locator("details.reports summary").click()
    item = page.locator("ol.reports li", has_text="Tram stops in Lindmark")
    outlet_x = item.locator("b").bounding_box()["x"]
    date_x = item.locator(".date").bounding_box()["x"]
    assert outlet_x < date_x, (outlet_x, date_x)
    # the dossier's Outlets line: the other outlet's text stays readable left to right
    dd = page.locator(".dossier-head .meta dd", has_text="Lindmark Post")
    assert "Lindmark Post" in dd.inner_text()
    box = page.evaluate(
        """() => {
          const dd = [...document.querySelectorAll('.dossier-head .meta dd')]
            .find(e => e.textContent.includes('Lindmark Post'));
          const text = dd.firstChild.textContent;
          const at = text.indexOf('Lindmark Post');
          const r = document.createRange();
          const node = dd.firstChild;
          r.setStart(node, at); r.setEnd(node, at + 1);
          const l = r.getBoundingClientRect().x;
          r.setStart(node, at + 12); r.setEnd(node, at + 13);
          return [l, r.getBoundingClientRect().x];
        }"""
    )
    assert box[0] < box[1], box  # "L" left of the final "t": not reversed


def test_api_docs_render_offline(server: LiveServer, page: Any) -> None:
    """Swagger UI comes from this server: nothing else is requested, and it renders."""
    foreign: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(server.url):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "newsweave" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock").count() >= 5  # the operations are listed
    assert not foreign and not errors, (foreign, errors)

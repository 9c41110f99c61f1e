"""Full-text search behind one small interface: FTS5 on SQLite, a portable LIKE scan elsewhere.

A PostgreSQL backend adds its own implementation (tsvector columns + GIN) and picks it in
`for_dialect`; the store only ever calls the five methods below.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, Select, and_, literal_column, or_, select, text

from newsweave.store.postgres import TS_CONFIG, tsvector_ddl
from newsweave.store.schema import articles, facts

_TOKEN = re.compile(r"\w+", re.UNICODE)


def query_terms(query: str) -> list[str]:
    """The words of a user query; operators and quotes are dropped, so nothing can inject syntax."""
    return _TOKEN.findall(query)


class FullText(Protocol):
    def create(self, conn: Connection) -> None: ...
    def add_articles(self, conn: Connection, rows: Sequence[tuple[int, str, str]]) -> None: ...
    def replace_facts(
        self, conn: Connection, old: Sequence[int], new: Sequence[tuple[int, str]]
    ) -> None: ...
    def article_matches(self, query: str) -> Select:  # selects article pks
        ...
    def fact_matches(self, query: str) -> Select:  # selects fact pks
        ...


class SQLiteFTS5:
    """FTS5 virtual tables, created with raw DDL (SQLite only).

    Articles are indexed contentless (the text is already in `articles.data`; this halves the
    file); facts keep their content so a rebuilt dossier can delete its old rows.
    """

    def create(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "title, body, content='', tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5("
            "body, tokenize='unicode61 remove_diacritics 2')"
        )

    def add_articles(self, conn: Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        if rows:
            conn.exec_driver_sql(
                "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)", list(rows)
            )

    def replace_facts(
        self, conn: Connection, old: Sequence[int], new: Sequence[tuple[int, str]]
    ) -> None:
        if old:
            conn.exec_driver_sql("DELETE FROM facts_fts WHERE rowid = ?", [(pk,) for pk in old])
        if new:
            conn.exec_driver_sql("INSERT INTO facts_fts(rowid, body) VALUES (?, ?)", list(new))

    @staticmethod
    def _match(query: str) -> str:
        # each word quoted: FTS5 reads them as plain terms, all required
        return " ".join('"' + t + '"' for t in query_terms(query))

    def article_matches(self, query: str) -> Select:
        return (
            select(literal_column("rowid"))
            .select_from(text("articles_fts"))
            .where(text("articles_fts MATCH :q").bindparams(q=self._match(query)))
        )

    def fact_matches(self, query: str) -> Select:
        return (
            select(literal_column("rowid"))
            .select_from(text("facts_fts"))
            .where(text("facts_fts MATCH :q").bindparams(q=self._match(query)))
        )


class LikeSearch:
    """Any SQL database: every word must occur in the title, text or fact (a scan; fine for
    small stores, and the place where a PostgreSQL backend plugs in tsvector instead)."""

    def create(self, conn: Connection) -> None:
        pass

    def add_articles(self, conn: Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        pass

    def replace_facts(
        self, conn: Connection, old: Sequence[int], new: Sequence[tuple[int, str]]
    ) -> None:
        pass

    def article_matches(self, query: str) -> Select:
        terms = query_terms(query)
        return select(articles.c.pk).where(
            and_(
                *(
                    or_(articles.c.title.ilike(f"%{t}%"), articles.c.data.ilike(f"%{t}%"))
                    for t in terms
                )
            )
            if terms
            else articles.c.pk.is_(None)
        )

    def fact_matches(self, query: str) -> Select:
        terms = query_terms(query)
        return select(facts.c.pk).where(
            and_(*(facts.c.text.ilike(f"%{t}%") for t in terms)) if terms else facts.c.pk.is_(None)
        )


class PostgresFTS:
    """`store.fts.FullText` for PostgreSQL: generated `tsvector` columns with GIN indexes on
    articles (title + text) and facts, so inserts need no extra statements."""

    def create(self, conn: Connection) -> None:
        # articles.data is the Article JSON: index its text, not its keys
        for ddl in (
            *tsvector_ddl("articles", ["title", "(data::jsonb ->> 'text')"]),
            *tsvector_ddl("facts", ["text"]),
        ):
            conn.execute(text(ddl))

    def add_articles(self, conn: Connection, rows: Sequence[tuple[int, str, str]]) -> None:
        pass  # generated column

    def replace_facts(
        self, conn: Connection, old: Sequence[int], new: Sequence[tuple[int, str]]
    ) -> None:
        pass  # generated column

    @staticmethod
    def _where(table: str, query: str) -> Any:
        terms = query_terms(query)  # words only: no tsquery syntax reaches the server
        q = " & ".join(terms) if terms else "nothing_matches_this"
        return text(f"{table}.search @@ to_tsquery('{TS_CONFIG}', :q)").bindparams(q=q)

    def article_matches(self, query: str) -> Any:
        return select(articles.c.pk).where(self._where("articles", query))

    def fact_matches(self, query: str) -> Any:
        return select(facts.c.pk).where(self._where("facts", query))


def for_dialect(name: str) -> FullText:
    if name == "sqlite":
        return SQLiteFTS5()
    if name == "postgresql":
        return PostgresFTS()
    return LikeSearch()

"""Feed state for `newsweave watch` and the history of every event's dossier.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a store created from the models before revisions existed already has them (see
    # migrations.upgrade: such a store is stamped 0001 and brought forward)
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "feeds" not in existing:
        _feeds()
    if "dossier_versions" not in existing:
        _versions()


def _feeds() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_poll", sa.String(length=32), nullable=True),
        sa.Column("last_success", sa.String(length=32), nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("next_poll", sa.String(length=32), nullable=True),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("polls", sa.Integer(), nullable=False),
        sa.Column("full", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )


def _versions() -> None:
    op.create_table(
        "dossier_versions",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=32), nullable=False),
        sa.Column("built", sa.String(length=32), nullable=False),
        sa.Column("n_articles", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("dossier_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_versions_built"), ["built"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dossier_versions_event_id"), ["event_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_versions_event_id"))
        batch_op.drop_index(batch_op.f("ix_dossier_versions_built"))
    op.drop_table("dossier_versions")
    op.drop_table("feeds")

"""A `{ sql = ... }` backfill as the fill trigger runs it: its references to the row's columns
rewritten to NEW.col (no whole-row tuple built per insert), and phase 0 compiling that same text.

The rewrite must never change what a name means: a column of an inner relation stays the inner
one, a name it cannot settle keeps the whole expression in the row-subquery form.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tenantmig import api
from tenantmig.errors import ManifestError
from tenantmig.examples import telehealth
from tenantmig.expressions import fill_expression, parse_expression
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings

TABLES = {"organizations": ["public.organizations"], "messages": ["public.messages"],
          "elsewhere": ["other.elsewhere"]}
COLUMNS = {"public.organizations": {"id", "slug"},
           "public.messages": {"id", "clinic_slug", "Clinic Slug", "organizations"}}


def _fill(text: str):
    return fill_expression(parse_expression(text, TABLES), "messages", COLUMNS["public.messages"], COLUMNS.get)


@pytest.mark.parametrize("text, expected", [
    ("(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug)",
     "(SELECT o.id FROM public.organizations AS o WHERE o.slug = new.clinic_slug)"),
    # unqualified: `id` is the inner relation's (it hides the row's id), `clinic_slug` the row's
    ("(SELECT id FROM organizations WHERE slug = clinic_slug)",
     "(SELECT id FROM public.organizations AS organizations WHERE slug = new.clinic_slug)"),
    ('(SELECT o.id FROM organizations o WHERE o.slug = "Clinic Slug")',
     '(SELECT o.id FROM public.organizations AS o WHERE o.slug = new."Clinic Slug")'),
    # a column named like a table: the row's column, not the relation's whole row
    ("(SELECT organizations.id FROM organizations WHERE organizations.slug = organizations)",
     "(SELECT organizations.id FROM public.organizations AS organizations WHERE organizations.slug = new.organizations)"),
    # an inner relation named like the table hides it
    ("(SELECT m.id FROM messages AS messages JOIN messages AS m ON m.id = messages.id)",
     "(SELECT m.id FROM public.messages AS messages INNER JOIN public.messages AS m ON m.id = messages.id)"),
])
def test_references_to_the_row_become_fields_of_new(text, expected):
    fill = _fill(text)
    assert fill.over_row and fill.text == expected
    assert fill.assign('"client_id"') == f'NEW."client_id" := ({expected});'


@pytest.mark.parametrize("text", [
    "(SELECT e.id FROM elsewhere e WHERE e.slug = clinic_slug)",  # columns of `elsewhere` unknown: may hide clinic_slug
    "(SELECT o.id FROM organizations o WHERE o.slug = (messages).clinic_slug)",  # the whole row
    "(SELECT o.id FROM organizations o WHERE ROW(messages.*) IS NOT NULL)",
    "(SELECT o.id FROM organizations AS new WHERE new.slug = clinic_slug)",  # PL/pgSQL would find NEW ambiguous
    "(WITH x AS (SELECT clinic_slug) SELECT o.id FROM organizations o, x WHERE o.slug = x.clinic_slug)",
    # ORDER BY a bare name: the output column `clinic_slug`, not the row's
    "(SELECT o.id AS clinic_slug FROM organizations o ORDER BY clinic_slug LIMIT 1)",
])
def test_what_cannot_be_settled_keeps_the_row_subquery(text):
    fill = _fill(text)
    assert not fill.over_row
    assert fill.text == parse_expression(text, TABLES)
    assert fill.assign('"client_id"').endswith('FROM (SELECT (NEW).*) AS "messages";')


SLUGGED = """
ALTER TABLE messages ADD COLUMN "Clinic Slug" text, ADD COLUMN organizations text;
UPDATE messages SET "Clinic Slug" = clinic_slug WHERE id % 2 = 0;
UPDATE messages SET organizations = clinic_slug WHERE id % 2 = 1;
"""
EXAMPLE_SQL = 'backfill = { sql = "(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug)" }'
QUOTED_SQL = ("backfill = { sql = '(SELECT o.id FROM organizations o "
              "WHERE o.slug = coalesce(messages.\"Clinic Slug\", organizations))' }")
HARBOR = dict((slug, uid) for uid, slug in telehealth.TENANTS)["harbor"]


def _use_expression(settings: api.Settings, line: str) -> None:
    path = Path(settings.manifest_path)
    text = path.read_text()
    assert EXAMPLE_SQL in text
    path.write_text(text.replace(EXAMPLE_SQL, line))


def test_trigger_runs_the_rewritten_expression_phase_0_compiled(database_url, role_prefix, tmp_path, conn):
    """A quoted column and a column named like a table: phase 0 accepts the expression, the trigger
    installs exactly the text phase 0 compiled, and unchanged code's inserts get their tenant from it."""
    settings = example_settings(database_url, role_prefix, tmp_path, rows=60)
    conn.execute(SLUGGED)
    _use_expression(settings, QUOTED_SQL)
    advance_to(settings, 1)
    source = conn.execute("SELECT prosrc FROM pg_proc WHERE proname = 'fill_public_messages' "
                          "AND pronamespace = 'tenantmig'::regnamespace").fetchone()[0]
    assert 'new."Clinic Slug"' in source and "new.organizations" in source, source
    assert "(NEW).*" not in source
    with psycopg.connect(libpq_url(database_url), user=f"{role_prefix}app_user", autocommit=True) as app:
        ids = [app.execute(f"INSERT INTO messages (clinic_slug, sender, body, {column}) "
                           f"VALUES ('no such clinic', 'x', 'y', 'harbor') RETURNING id")
               .fetchone()[0] for column in ('"Clinic Slug"', "organizations")]
    keys = [str(k) for (k,) in conn.execute("SELECT client_id FROM messages WHERE id = ANY(%s) ORDER BY id", (ids,))]
    assert keys == [HARBOR, HARBOR]


def test_phase_0_refuses_what_the_trigger_could_not_run(database_url, role_prefix, tmp_path, conn):
    """Phase 0 compiles the rewritten text over a row as the trigger sees it: a text where the key is a
    uuid, or a column the table lacks, is refused before phase 1, not at the first insert."""
    settings = example_settings(database_url, role_prefix, tmp_path, rows=60)
    for line, why in (("backfill = { sql = 'messages.clinic_slug' }", "of type text"),
                      ("backfill = { sql = '(SELECT o.id FROM organizations o WHERE o.slug = slug_of_clinic)' }",
                       "slug_of_clinic")):
        _use_expression(settings, line)
        with pytest.raises(ManifestError, match=why):
            api.advance(settings, 0)
        Path(settings.manifest_path).write_text(Path(settings.manifest_path).read_text().replace(line, EXAMPLE_SQL))

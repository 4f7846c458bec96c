"""Names in messages, spelled as SQL would quote them: `public."PageView"`, `public.orders`.

A message that prints public.PageView names a table that does not exist (PostgreSQL folds the
unquoted name to public.pageview), so a DBA pasting it into psql is misled. Quoting only where
needed, as PostgreSQL's quote_ident does, keeps ordinary names as they always read.
"""

from __future__ import annotations

import re

from pglast.keywords import COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS

_PLAIN = re.compile(r"^[a-z_][a-z0-9_$]*$")
# quote_ident quotes every keyword but the unreserved ones.
_KEYWORDS = frozenset(RESERVED_KEYWORDS) | frozenset(COL_NAME_KEYWORDS) | frozenset(TYPE_FUNC_NAME_KEYWORDS)


def ident(name: str) -> str:
    """One identifier as quote_ident would print it."""
    if _PLAIN.match(name) and name not in _KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def table(qualified: str) -> str:
    """A 'schema.name' as SQL would print it (split at the first dot, as manifest.qualified joins)."""
    schema, dot, name = qualified.partition(".")
    return f"{ident(schema)}.{ident(name)}" if dot else ident(schema)


def column(qualified: str, column_name: str) -> str:
    """table.column as SQL would print it."""
    return f"{table(qualified)}.{ident(column_name)}"


def relation(name: str) -> str:
    """A probe's or statement's object as SQL would print it. A function signature or a name PostgreSQL
    already printed (regclass, regprocedure text, which quote where needed) is left as it came."""
    if "(" in name or '"' in name:
        return name
    return table(name)

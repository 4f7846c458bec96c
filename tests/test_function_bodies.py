"""What a function body names through the search_path (no server): the probes' reading of bodies."""

from __future__ import annotations

import pytest

from tenantmig.probes.bodies import named_relations, path_resolved_names


def plpgsql(body: str, declare: str = "") -> str:
    return (f"CREATE OR REPLACE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            f"{declare}BEGIN\n{body}\nEND $fn$")


def test_pagilas_last_updated_names_nothing_through_the_path():
    """An assignment's `=` is not an operator: `NEW.x = CURRENT_TIMESTAMP` resolves no name."""
    body = plpgsql("NEW.last_update = CURRENT_TIMESTAMP;\nRETURN NEW;")
    assert path_resolved_names("plpgsql", body) == []
    assert path_resolved_names("plpgsql", plpgsql("NEW.last_update := CURRENT_TIMESTAMP; RETURN NEW;")) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("NEW.updated_at := now(); RETURN NEW;", "function now"),
    ("NEW.total := NEW.a + NEW.b; RETURN NEW;", "operator +"),
    ("IF NEW.a IS DISTINCT FROM OLD.a THEN RETURN NULL; END IF; RETURN NEW;", "operator ="),
    ("INSERT INTO audit VALUES (NEW.id); RETURN NEW;", "relation audit"),
    ("NEW.kind := CASE NEW.code WHEN 1 THEN 'a' ELSE 'b' END; RETURN NEW;", "operator ="),
    ("CASE NEW.code WHEN 1 THEN RETURN NEW; ELSE RETURN NULL; END CASE;", "operator ="),
    ("NEW.label := NEW.label COLLATE mine; RETURN NEW;", "collation mine"),
    ("IF NEW.id IN (SELECT o.id FROM public.orders o) THEN RETURN NEW; END IF; RETURN NULL;", "operator ="),
    ("NEW.x := NEW.y::money_amount; RETURN NEW;", "type money_amount"),
    ("NEW.n := (SELECT count(*) FROM public.t); RETURN NEW;", "function count"),
])
def test_each_kind_of_name_the_path_decides_is_found(body, expected):
    assert expected in path_resolved_names("plpgsql", plpgsql(body))


def test_each_name_is_said_once():
    body = plpgsql("CASE NEW.a WHEN 1 THEN NEW.b := now(); END CASE; CASE NEW.c WHEN 2 THEN NEW.b := now(); "
                   "END CASE; RETURN NEW;", "DECLARE x shade; y shade;\n")
    assert path_resolved_names("plpgsql", body) == ["type shade", "operator =", "function now"]


def test_schema_qualified_names_are_not_the_paths():
    body = plpgsql("NEW.updated_at := pg_catalog.now(); "
                   "NEW.total := NEW.a OPERATOR(pg_catalog.+) NEW.b; "
                   "INSERT INTO public.audit VALUES (NEW.id); RETURN NEW;")
    assert path_resolved_names("plpgsql", body) == []


def test_a_declared_variables_type_counts_unless_it_is_a_builtin_keyword_type():
    assert path_resolved_names("plpgsql", plpgsql("RETURN NEW;", "DECLARE n integer; t timestamptz;\n")) == \
        ["type timestamptz"]
    assert path_resolved_names("plpgsql", plpgsql("RETURN NEW;", "DECLARE n integer; b boolean;\n")) == []
    assert "type shade" in path_resolved_names("plpgsql", plpgsql("RETURN NEW;", "DECLARE c shade;\n"))


def test_an_assignment_target_with_a_subscript_is_read_apart_from_its_value():
    body = plpgsql("arr[1] := 2; RETURN NEW;", "DECLARE arr pg_catalog.int4[];\n")
    assert path_resolved_names("plpgsql", body) == []


def test_dynamic_sql_cannot_be_judged():
    assert path_resolved_names("plpgsql", plpgsql("EXECUTE 'SELECT 1'; RETURN NEW;")) is None
    assert path_resolved_names("plpgsql", plpgsql(
        "FOR r IN EXECUTE 'SELECT 1' LOOP END LOOP; RETURN NEW;", "DECLARE r record;\n")) is None
    # Reading relations still works on what the body shows.
    assert named_relations("plpgsql", plpgsql("EXECUTE 'SELECT 1'; INSERT INTO public.a VALUES (1); RETURN NEW;")) \
        == [("public", "a")]


def test_sql_bodies_and_other_languages():
    assert path_resolved_names("sql", "SELECT $1 + 1") == ["operator +"]
    assert path_resolved_names("sql", "SELECT pg_catalog.lower($1)") == []
    assert path_resolved_names("c", "whatever") is None
    assert path_resolved_names("plpgsql", "CREATE FUNCTION broken(") is None


def test_relations_leave_out_ctes_and_keep_their_schema():
    body = plpgsql("WITH recent AS (SELECT 1) INSERT INTO public.log SELECT * FROM recent, notes; RETURN NEW;")
    assert named_relations("plpgsql", body) == [("public", "log"), (None, "notes")]

"""The table operations (tenantmig.ops.tables) as they render, with no server: each one's SQL, lock and
lint exemptions, names that need quoting, and undo that gives back exactly what was done."""

from __future__ import annotations

import pytest

from tenantmig.db import BRIEF
from tenantmig.lint import GUARDED_ADD, IDEMPOTENT, RECREATED_ADD
from tenantmig.ops import NotReversible, undo
from tenantmig.ops import bookkeeping
from tenantmig.ops.access import DropFunction, Function
from tenantmig.ops.tables import (ADD_FOREIGN_KEY, BUILD, DROP_FOREIGN_KEY, AddColumn, Analyze, AddConstraintAsDefined,
                                  AddForeignKey, AddNotNullCheck, AddUniqueUsingIndex, AttachIndex, CreateIndex,
                                  CreateIndexAsDefined, CreateMembershipsTable, CreateTenantsTable, CreateTrigger,
                                  DropColumn, DropConstraint, DropIndex, DropNotNull, DropTable,
                                  DropTrigger, SetNotNull, TriggerFunction, ValidateConstraint)

# Every name here needs quoting: a space, capitals, a dot inside a name, a double quote.
TABLE = 'My Schema.Line.Item "A"'
Q_TABLE = '"My Schema"."Line.Item ""A"""'
PARENT = "public.Order"
Q_PARENT = '"public"."Order"'


def sql(op) -> list[str]:
    return [s.sql for s in op.statements()]


RENDERED = [
    (AddColumn(TABLE, "Org Id", "uuid"),
     [f'ALTER TABLE {Q_TABLE} ADD COLUMN IF NOT EXISTS "Org Id" uuid']),
    (DropColumn(TABLE, 'say "hi"', "a column"),
     [f'ALTER TABLE {Q_TABLE} DROP COLUMN IF EXISTS "say ""hi"""']),
    (SetNotNull(TABLE, "Org Id"),
     [f'ALTER TABLE {Q_TABLE} ALTER COLUMN "Org Id" SET NOT NULL']),
    (DropNotNull(TABLE, "Org Id", "why"),
     [f'ALTER TABLE {Q_TABLE} ALTER COLUMN "Org Id" DROP NOT NULL']),
    (AddForeignKey(TABLE, "fk.1", ("Org Id",), PARENT, ("Id",)),
     [f'ALTER TABLE {Q_TABLE} ADD CONSTRAINT "fk.1" FOREIGN KEY ("Org Id") REFERENCES {Q_PARENT} ("Id") NOT VALID']),
    (AddForeignKey(TABLE, "fk", ("Org Id", "order"), PARENT, ("Org Id", "Id"), on_update="c", on_delete="n",
                   delete_set=("order",), match_full=True, deferrable="DEFERRABLE INITIALLY DEFERRED"),
     [f'ALTER TABLE {Q_TABLE} ADD CONSTRAINT "fk" FOREIGN KEY ("Org Id", "order") REFERENCES {Q_PARENT} '
      '("Org Id", "Id") MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL ("order") DEFERRABLE INITIALLY DEFERRED '
      'NOT VALID']),
    (AddNotNullCheck(TABLE, "nn", "Org Id"),
     [f'ALTER TABLE {Q_TABLE} ADD CONSTRAINT "nn" CHECK ("Org Id" IS NOT NULL) NOT VALID']),
    (AddUniqueUsingIndex(TABLE, "uq A", "DEFERRABLE"),
     [f'ALTER TABLE {Q_TABLE} ADD CONSTRAINT "uq A" UNIQUE USING INDEX "uq A" DEFERRABLE']),
    (AddConstraintAsDefined(TABLE, "Old", "FOREIGN KEY (a) REFERENCES other(id)"),
     [f'ALTER TABLE {Q_TABLE} ADD CONSTRAINT "Old" FOREIGN KEY (a) REFERENCES other(id) NOT VALID']),
    (ValidateConstraint(TABLE, 'c"1', "a scan"),
     [f'ALTER TABLE {Q_TABLE} VALIDATE CONSTRAINT "c""1"']),
    (DropConstraint(TABLE, "fk.1", "ours"),
     [f'ALTER TABLE {Q_TABLE} DROP CONSTRAINT IF EXISTS "fk.1"']),
    (CreateIndex(TABLE, "Ix", ("Org Id",)),
     [f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "Ix" ON {Q_TABLE} ("Org Id")']),
    (CreateIndex(TABLE, "Ix", ("Org Id", "Id"), unique=True),
     [f'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Ix" ON {Q_TABLE} ("Org Id", "Id")']),
    (CreateIndex(TABLE, "Ix", ("Org Id",), only=True),
     [f'CREATE INDEX IF NOT EXISTS "Ix" ON ONLY {Q_TABLE} ("Org Id")']),
    (CreateIndexAsDefined(TABLE, "tk", "code, lower(label)) WHERE active", lead=("Org Id",)),
     [f'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "tk" ON {Q_TABLE} USING btree ("Org Id", code, '
      'lower(label)) WHERE active']),
    (AttachIndex("public.part 1", PARENT, "Ix Parent", "Ix 1"),
     ['ALTER INDEX "public"."Ix Parent" ATTACH PARTITION "public"."Ix 1"']),
    (DropIndex(TABLE, "Ix"),
     ['DROP INDEX CONCURRENTLY IF EXISTS "My Schema"."Ix"']),
    (DropIndex(TABLE, "Ix", concurrently=False),
     ['DROP INDEX IF EXISTS "My Schema"."Ix"']),
    (CreateTrigger(TABLE, "fill A", "BEFORE", ("INSERT", "UPDATE"), ("tenantmig", "fill_A"), update_of=("Order Id",)),
     [f'CREATE OR REPLACE TRIGGER "fill A" BEFORE INSERT OR UPDATE OF "Order Id" ON {Q_TABLE} FOR EACH ROW '
      'EXECUTE FUNCTION "tenantmig"."fill_A"()']),
    (CreateTrigger(PARENT, "follow", "AFTER", ("UPDATE",), ("tenantmig", "follow_Order"), when="OLD.k <> NEW.k"),
     [f'CREATE OR REPLACE TRIGGER "follow" AFTER UPDATE ON {Q_PARENT} FOR EACH ROW WHEN (OLD.k <> NEW.k) '
      'EXECUTE FUNCTION "tenantmig"."follow_Order"()']),
    (DropTrigger(TABLE, "fill A"),
     [f'DROP TRIGGER IF EXISTS "fill A" ON {Q_TABLE}']),
    (DropFunction(Function("tenantmig", 'fill "A"'), "ours"),
     ['DROP FUNCTION IF EXISTS "tenantmig"."fill ""A"""()']),
    (CreateTenantsTable("public.Organization", "Id", "uuid"),
     ['CREATE TABLE IF NOT EXISTS "public"."Organization" ("Id" uuid PRIMARY KEY, name text, created_at timestamptz '
      "NOT NULL DEFAULT now())"]),
    (CreateMembershipsTable("public.Member Ship", "User Id", "Org Id", "uuid", "public.Organization", "Id"),
     ['CREATE TABLE IF NOT EXISTS "public"."Member Ship" ("User Id" bigint NOT NULL, "Org Id" uuid NOT NULL '
      'REFERENCES "public"."Organization" ("Id"), PRIMARY KEY ("User Id", "Org Id"))']),
    (DropTable("public.Organization", "ours"),
     ['DROP TABLE IF EXISTS "public"."Organization"']),
    (Analyze(TABLE), [f"ANALYZE {Q_TABLE}"]),
]


@pytest.mark.parametrize("op, expected", RENDERED, ids=[type(op).__name__ for op, _ in RENDERED])
def test_an_operation_renders_its_sql_with_every_name_quoted(op, expected):
    assert sql(op) == expected


def test_a_trigger_function_is_invoker_with_a_pinned_search_path_and_a_tag_its_body_lacks():
    body = "\nBEGIN\n  -- $fn$ in a comment\n  RETURN NEW;\nEND\n"
    (statement,) = TriggerFunction(("tenantmig", "fill_Line Item"), body).statements()
    assert statement.sql == (
        'CREATE OR REPLACE FUNCTION "tenantmig"."fill_Line Item"() RETURNS trigger\n'
        "LANGUAGE plpgsql SECURITY INVOKER\n"
        "SET search_path = pg_catalog, pg_temp\n"
        f"AS $fn1${body}$fn1$")
    assert statement.lock == "none (function)" and statement.table is None


def test_locks_exemptions_and_transactions_are_the_statements_own():
    (add,) = AddForeignKey(TABLE, "fk", ("a",), PARENT, ("id",)).statements()
    assert (add.table, add.lock, add.squawk_ignore, add.transactional) == (TABLE, ADD_FOREIGN_KEY, (GUARDED_ADD,), True)
    (build,) = CreateIndex(TABLE, "ix", ("a",)).statements()
    assert (build.lock, build.transactional) == (BUILD, False)
    (validate,) = ValidateConstraint(TABLE, "fk", "a scan").statements()
    assert validate.long and validate.squawk_ignore == (IDEMPOTENT,)
    # A scan under a lock writers pass: never cut off by statement_timeout half-way.
    assert Analyze(TABLE).statements()[0].long
    (drop,) = AddForeignKey(TABLE, "fk", ("a",), PARENT, ("id",), what="our key").reverse().statements()
    assert drop.lock == DROP_FOREIGN_KEY
    assert drop.squawk_ignore[0][0] == "ban-drop-constraint" and drop.squawk_ignore[0][1].startswith("our key, ")
    (check_drop,) = AddNotNullCheck(TABLE, "nn", "a").reverse().statements()
    assert check_drop.lock == BRIEF
    # Offline SQL puts the lock and each exemption's reason right above the statement squawk reads.
    assert AddNotNullCheck(TABLE, "nn", "a").sql().splitlines() == [
        f"-- lock: {BRIEF}", f"-- {GUARDED_ADD[0]} is off here: {GUARDED_ADD[1]}", f"-- squawk-ignore {GUARDED_ADD[0]}",
        f'ALTER TABLE {Q_TABLE} ADD CONSTRAINT "nn" CHECK ("a" IS NOT NULL) NOT VALID']
    # Not one of tenantmig's (scoped keys rebuild the application's own): no exemption claimed.
    assert DropConstraint(TABLE, "theirs", None).statements()[0].squawk_ignore == ()


REVERSIBLE = [
    AddColumn(TABLE, "Org Id", "uuid", what="the key column"),
    SetNotNull(TABLE, "Org Id", why_undone="undoes it"),
    AddForeignKey(TABLE, "fk", ("Org Id",), PARENT, ("Id",), what="the tenant key", on_update="c"),
    AddNotNullCheck(TABLE, "nn", "Org Id"),
    CreateIndex(TABLE, "ix", ("Org Id",)),
    CreateIndex(TABLE, "ix", ("Org Id",), only=True),
    CreateIndexAsDefined(TABLE, "tk", "code)", lead=("Org Id",)),
    TriggerFunction(("tenantmig", "fill"), "BEGIN RETURN NEW; END"),
    CreateTrigger(TABLE, "fill", "BEFORE", ("INSERT",), ("tenantmig", "fill")),
    CreateTenantsTable("public.Organization", "Id", "uuid"),
    CreateMembershipsTable("public.m", "u", "t", "uuid", "public.Organization", "Id"),
]


def _named(op) -> str:
    return type(op).__name__ + ("_only" if getattr(op, "only", False) else "")


@pytest.mark.parametrize("op", REVERSIBLE, ids=_named)
def test_reversed_twice_is_the_original_and_the_reverse_drops_what_it_made(op):
    back = op.reverse()
    assert back.reverse() == op
    assert type(back) is not type(op)
    # The undo names the same object on the same table.
    (made,), (dropped,) = op.statements(), back.statements()
    assert made.table == dropped.table or dropped.table is None


def test_the_reverse_of_each_creation_is_the_matching_drop():
    assert sql(AddColumn(TABLE, "k", "uuid").reverse()) == [f'ALTER TABLE {Q_TABLE} DROP COLUMN IF EXISTS "k"']
    assert sql(SetNotNull(TABLE, "k").reverse()) == [f'ALTER TABLE {Q_TABLE} ALTER COLUMN "k" DROP NOT NULL']
    assert sql(CreateIndex(TABLE, "ix", ("k",)).reverse()) == ['DROP INDEX CONCURRENTLY IF EXISTS "My Schema"."ix"']
    # A partitioned (ON ONLY) index cannot be dropped CONCURRENTLY.
    assert sql(CreateIndex(TABLE, "ix", ("k",), only=True).reverse()) == ['DROP INDEX IF EXISTS "My Schema"."ix"']
    assert sql(CreateTrigger(TABLE, "t", "BEFORE", ("INSERT",), ("tenantmig", "f")).reverse()) == [
        f'DROP TRIGGER IF EXISTS "t" ON {Q_TABLE}']
    assert sql(TriggerFunction(("tenantmig", "f"), "x").reverse()) == ['DROP FUNCTION IF EXISTS "tenantmig"."f"()']
    assert sql(CreateTenantsTable("public.O", "id", "uuid").reverse()) == ['DROP TABLE IF EXISTS "public"."O"']


def test_undo_reverses_each_operation_last_first():
    column = AddColumn(TABLE, "k", "uuid")
    key = AddForeignKey(TABLE, "fk", ("k",), PARENT, ("id",))
    assert undo([column, key]) == [key.reverse(), column.reverse()]
    assert [sql(op)[0].split(" IF EXISTS ")[0] for op in undo([column, key])] == [
        f"ALTER TABLE {Q_TABLE} DROP CONSTRAINT", f"ALTER TABLE {Q_TABLE} DROP COLUMN"]
    assert undo(undo([column, key])) == [column, key]


@pytest.mark.parametrize("op", [
    DropTrigger(TABLE, "t"), DropFunction(Function("tenantmig", "f"), "ours"), DropConstraint(TABLE, "c", None),
    DropIndex(TABLE, "ix"), DropTable("public.t", "ours"), DropColumn(TABLE, "k", "ours"),
    ValidateConstraint(TABLE, "c", "scan"), AttachIndex(TABLE, PARENT, "a", "b"), AddUniqueUsingIndex(TABLE, "u"),
    AddConstraintAsDefined(TABLE, "c", "CHECK (true)"), Analyze(TABLE),
], ids=lambda op: type(op).__name__)
def test_what_was_not_made_from_its_creation_has_no_derived_undo(op):
    with pytest.raises(NotReversible):
        op.reverse()


def test_a_foreign_key_recreated_goes_back_to_not_valid_in_one_unit():
    key = AddForeignKey(TABLE, "fk", ("k",), PARENT, ("id",), what="the tenant key")
    drop, add = key.recreated()
    assert drop == key.reverse()
    assert sql(add) == sql(key)
    # Safe without IF NOT EXISTS for another reason than the first add: it was just dropped.
    assert add.statements()[0].squawk_ignore == (RECREATED_ADD,)


def test_the_bookkeeping_tables_live_in_the_tenantmig_schema():
    assert bookkeeping.LEDGER.lstrip().startswith("CREATE SCHEMA IF NOT EXISTS tenantmig;")
    assert "CREATE TABLE IF NOT EXISTS tenantmig.moves" in bookkeeping.MOVES
    assert "CREATE TABLE IF NOT EXISTS tenantmig.manifests" in bookkeeping.MANIFESTS
    assert bookkeeping.stand_in_function("current_tenant", "bigint") == (
        "CREATE FUNCTION tenantmig.current_tenant() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT NULL::bigint'")

"""Shared worlds: what many tests read is built once and rolled back, each test in a savepoint.

Building the page tree in six languages, the extranet cast or the demo site costs seconds and
thousands of queries; most tests only read such a world and write a little of their own. So a
world is registered here with its builder (`world("page_tree")`), and each worker process keeps
a stack of open transactions, one per world, in the order of registration:

- before a test's own transaction begins, the stack is settled to exactly the worlds the test
  asks for (through its fixtures): worlds it does not ask for are rolled back, missing ones are
  built, those already open are kept; so a test never sees a world it did not ask for, and
  consecutive tests (within a module and across modules) share what they have in common;
- each test then runs in a savepoint on top (pytest-django's `db`), so whatever it writes is
  gone afterwards, and it gets a deep copy of the world's objects (as Django's `setUpTestData`
  does), so what it changes in memory is gone too.

Tests that must commit (browser journeys against a live server, races between connections)
cannot run inside an open transaction: the stack is emptied before them, they build their own
world, and their modules are marked `django_db(transaction=True, serialized_rollback=True)`. Such
a test ends by emptying the database; `baseline_restore` then loads what the migrations made
(Wagtail's root page and site, the root collection, content types, permissions, locales), so the
next test starts where every test starts.

Module-scoped fixtures of a test module may open their own rolled-back transaction with
`world_once`; a world pushed on top of one is rolled back at the end of the test that needed it.
"""

import contextlib
import copy
import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction

# The worlds in the order their transactions nest; a world's needs are registered before it.
REGISTRY: dict[str, "World"] = {}


@dataclass(frozen=True)
class World:
    name: str
    build: Callable[..., object]
    needs: tuple[str, ...]


def world(name: str, *, needs: tuple[str, ...] = ()):
    """Register the decorated builder as the world `name`; it is called with the values of the
    worlds it `needs`, as keyword arguments."""

    def register(build):
        unknown = [need for need in needs if need not in REGISTRY]
        if unknown:
            raise ValueError(f"World {name!r} needs {unknown}, which are not registered yet.")
        REGISTRY[name] = World(name=name, build=build, needs=needs)
        return build

    return register


def worlds_of(item: pytest.Item) -> list[str]:
    """The worlds a test asks for through its fixtures, with what they need, in nesting order."""
    wanted = {name for name in REGISTRY if name in getattr(item, "fixturenames", ())}
    pending = list(wanted)
    while pending:
        for need in REGISTRY[pending.pop()].needs:
            if need not in wanted:
                wanted.add(need)
                pending.append(need)
    return [name for name in REGISTRY if name in wanted]


@dataclass
class _Layer:
    name: str
    atomic: transaction.Atomic
    value: object
    depth: int  # the connection's nesting of atomic blocks with this layer open
    borrowed: bool  # opened on top of a transaction that is not the stack's own


class WorldStack:
    """One worker's open worlds, innermost last."""

    def __init__(self, django_db_blocker):
        self.blocker = django_db_blocker
        self.layers: list[_Layer] = []

    def value(self, name: str):
        return next((layer.value for layer in self.layers if layer.name == name), None)

    def keep_only(self, names: list[str]) -> None:
        """Roll back every open world that is not part of `names`' shared beginning."""
        kept = 0
        while (
            kept < min(len(self.layers), len(names))
            and self.layers[kept].name == names[kept]
            and not self.layers[kept].borrowed
        ):
            kept += 1
        self.drop_to(kept)

    def settle(self, names: list[str]) -> None:
        """Open exactly the worlds `names` (in nesting order), keeping those already open."""
        self.keep_only(names)
        for name in names[len(self.layers) :]:
            self._push(REGISTRY[name])

    def drop_to(self, size: int) -> None:
        if len(self.layers) <= size:
            return
        with self.blocker.unblock():
            while len(self.layers) > size:
                layer = self.layers.pop()
                if len(connection.atomic_blocks) != layer.depth:
                    raise RuntimeError(
                        f"A transaction opened inside the world {layer.name!r} is still open, so "
                        "the world cannot be rolled back."
                    )
                transaction.set_rollback(True)
                layer.atomic.__exit__(None, None, None)
        cache.clear()

    def close(self) -> None:
        """At the end of the session: roll back every open world. Should the connection still
        hold a transaction opened inside one (once seen after a worker's last test), it is
        closed instead, which discards it: the test database is destroyed right after."""
        try:
            self.drop_to(0)
        except RuntimeError:
            with self.blocker.unblock():
                connection.close()
            self.layers.clear()

    def drop_borrowed(self) -> None:
        borrowed = next((i for i, layer in enumerate(self.layers) if layer.borrowed), None)
        if borrowed is not None:
            self.drop_to(borrowed)

    def _push(self, definition: World) -> None:
        below = self.layers[-1].depth if self.layers else 0
        with self.blocker.unblock():
            borrowed = len(connection.atomic_blocks) != below
            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                value = definition.build(**{need: self.value(need) for need in definition.needs})
            except BaseException as error:
                atomic.__exit__(type(error), error, error.__traceback__)
                raise
            depth = len(connection.atomic_blocks)
        self.layers.append(_Layer(definition.name, atomic, value, depth, borrowed))
        cache.clear()


STACK = pytest.StashKey[WorldStack]()


def shared(request: pytest.FixtureRequest, name: str, **needs):
    """The test's own copy of the world `name`, or, for a test that commits, a world built for
    it alone from the fixtures' `needs`."""
    stack = request.config.stash[STACK]
    value = stack.value(name)
    if value is None:
        if not commits(request.node):
            raise RuntimeError(f"The world {name!r} is not open for {request.node.nodeid}.")
        return REGISTRY[name].build(**needs)
    return copy.deepcopy(value)


# Modules with a world of their own ----------------------------------------------------------------


@contextlib.contextmanager
def world_once(django_db_blocker):
    """Open the database for a module-scoped fixture and roll back what it built at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            cache.clear()


# Tests that commit --------------------------------------------------------------------------------


def uses_database(item: pytest.Item) -> bool:
    """Whether a test can reach the database at all (a test that cannot, cannot see a world
    either, so the open worlds stay open across it)."""
    return item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


def commits(item: pytest.Item) -> bool:
    """Whether a test runs on committed data (a transactional test that empties the database)."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


# The rows the migrations made, table by table: (column names, rows).
_BASELINE: dict[str, tuple[list[str], list[tuple]]] = {}


def _tables() -> list[str]:
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def _stored(value):
    # PostgreSQL hands JSON columns back as Python objects; they go back in as JSON text.
    return json.dumps(value) if isinstance(value, dict) else value


def baseline_remember(django_db_blocker) -> None:
    """Keep the rows of the freshly migrated test database, read once at the start of the
    session. Django's own serialized copy is then emptied: the database already holds those rows
    when a committing test begins, and `baseline_restore` puts them back after it."""
    if _BASELINE:
        return
    quote = connection.ops.quote_name
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        for table in _tables():
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 (own tables)
            rows = [tuple(_stored(value) for value in row) for row in cursor.fetchall()]
            if rows:
                _BASELINE[table] = ([column[0] for column in cursor.description], rows)
    connection._test_serialized_contents = "[]"


def database_empty() -> None:
    """Delete every row, table by table, with the foreign keys checked at commit. On PostgreSQL
    this takes a fraction of Django's flush, which truncates every table (about 200 files made
    anew) where a test wrote to a few dozen."""
    quote = connection.ops.quote_name
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        probes = ", ".join(f"EXISTS (SELECT 1 FROM {quote(table)})" for table in tables)  # noqa: S608
        cursor.execute(f"SELECT {probes}")
        filled = [
            table for table, has_rows in zip(tables, cursor.fetchone(), strict=True) if has_rows
        ]
        for table in filled:
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 (own tables)


def leave_emptying_to_baseline_restore() -> None:
    """Django ends a committing test by flushing the database; with `serialized_rollback` (which
    every committing test here has, see `baseline_restore`) that is left to `baseline_restore`,
    which empties the database faster and fills it again in one go."""
    from django.test.testcases import TransactionTestCase  # noqa: PLC0415 (Django's internals)

    flush = TransactionTestCase._fixture_teardown

    def _fixture_teardown(self):
        if not self.serialized_rollback:
            flush(self)

    TransactionTestCase._fixture_teardown = _fixture_teardown


def baseline_restore(item: pytest.Item, django_db_blocker) -> None:
    """After a test that committed, empty the database and load what the migrations made; the
    sequences go on counting, so that new rows never take the loaded rows' keys."""
    marker = item.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("serialized_rollback")) or not _BASELINE:
        raise pytest.UsageError(
            f"{item.nodeid} commits: mark its module "
            "pytest.mark.django_db(transaction=True, serialized_rollback=True), so that the "
            "database is put back for the tests after it."
        )
    quote = connection.ops.quote_name
    ContentType.objects.clear_cache()
    with django_db_blocker.unblock():
        database_empty()
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, (columns, rows) in _BASELINE.items():
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                insert = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"  # noqa: S608
                cursor.executemany(insert, rows)
    ContentType.objects.clear_cache()


# Order --------------------------------------------------------------------------------------------


def group_by_worlds(items: list[pytest.Item]) -> None:
    """Within each module, run the tests that share worlds one after another (in the order the
    random shuffle gave their first test), so each world is built as few times as possible. The
    files about the demo data (`test_seed*.py`, one worker's share, see `xdist_scheduler`) are
    grouped as one: a test between them that does not ask for the demo site would roll it back,
    and the next file would build it again."""
    first_seen: dict[tuple, int] = {}
    scopes: dict[object, int] = {}
    for index, item in enumerate(items):
        scope = _scope(item)
        scopes.setdefault(scope, index)
        first_seen.setdefault((scope, tuple(worlds_of(item))), index)
    items.sort(
        key=lambda item: (
            _scope(item) not in _LONGEST and _path(item) not in _LONGEST,
            scopes[_scope(item)],
            first_seen[(_scope(item), tuple(worlds_of(item)))],
        )
    )


# The units that take longest (the demo site's files, the 320-px journey through every page):
# first, so that a worker takes them at the start and the other does the rest meanwhile,
# instead of one of them starting one last while the other waits.
_LONGEST = {"seeded", "tests/test_browser_reflow.py"}


def _path(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0]


def _is_about_demo_data(path: str) -> bool:
    return path.rsplit("/", 1)[-1].startswith("test_seed")


def _scope(item: pytest.Item) -> object:
    return (
        "seeded"
        if _is_about_demo_data(item.nodeid.split("::", 1)[0])
        else item.getparent(pytest.Module)
    )


def xdist_scheduler(config, log):
    """With `--dist loadfile`, files go to the workers whole, so module fixtures are built once;
    the files about the demo data (`test_seed*.py`) go to one worker together, so that the demo
    site is built once."""
    # A hook of pytest-xdist's: only called, and only importable, when xdist runs the tests.
    from xdist.scheduler import LoadFileScheduling  # noqa: PLC0415

    class WorldScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return "seeded" if _is_about_demo_data(path) else path

    return WorldScheduling(config, log)

"""Plain writes for the few hot paths where the ORM's own cost is most of a request, sent to the
database together.

- `QuerySet.bulk_create` prepares every object and value through several layers: for the ten
  answers of a questionnaire submission it took about 1.3 ms of CPU, against 0.2 ms for the same
  rows written here. The values still go through each field's `get_db_prep_save`, as the ORM's
  do, so UUIDs, dates and JSON are stored the same way on PostgreSQL and SQLite. No signals are
  sent (nothing listens for these rows) and no primary key is read back.
- On PostgreSQL, `PlainWrites.send` sends all statements as one query string in one round trip.
  Outside a transaction the server runs such a string as one implicit transaction: all of it or
  none (PostgreSQL's "multiple statements in a simple Query message"). That replaces the round
  trips of BEGIN, each statement and COMMIT. Inside a caller's transaction it gets a savepoint,
  so that a failure leaves the caller's transaction usable, unless the caller says the
  transaction is its own (`savepoint=False`: a failure rolls all of it back anyway). SQLite
  takes one statement per call: there they run one after another inside `transaction.atomic`.
"""

from django.db import connections, router, transaction

# Below SQLite's smallest limit of variables per statement (999) for any of our tables.
ROWS_PER_STATEMENT = 100


class PlainWrites:
    """Statements collected for one database and sent together by `send`, all or none."""

    def __init__(self, model):
        self.using = router.db_for_write(model)
        self.connection = connections[self.using]
        self.statements: list[tuple[str, list]] = []

    def insert(self, model, fields: list[str], rows: list[tuple]) -> None:
        """Insert `rows` (values in the order of `fields`, model field names) into `model`'s
        table, in as few statements as SQLite's limits allow."""
        connection = self.connection
        quote = connection.ops.quote_name
        model_fields = [model._meta.get_field(name) for name in fields]
        columns = ", ".join(quote(field.column) for field in model_fields)
        placeholders = "(" + ", ".join(["%s"] * len(model_fields)) + ")"
        # Table and column names come from the model, quoted; every value is a parameter.
        into = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES "  # noqa: S608
        for start in range(0, len(rows), ROWS_PER_STATEMENT):
            chunk = rows[start : start + ROWS_PER_STATEMENT]
            params = [
                field.get_db_prep_save(value, connection)
                for row in chunk
                for field, value in zip(model_fields, row, strict=True)
            ]
            self.statements.append((into + ", ".join([placeholders] * len(chunk)), params))

    def delete(self, model, field: str, value) -> None:
        """Delete the rows of `model` whose `field` equals `value`: one plain DELETE, without
        the ORM's collector, so no cascades and no signals (only for models nothing points to)."""
        connection = self.connection
        quote = connection.ops.quote_name
        model_field = model._meta.get_field(field)
        # Table and column names come from the model, quoted; the value is a parameter.
        sql = f"DELETE FROM {quote(model._meta.db_table)} WHERE {quote(model_field.column)} = %s"  # noqa: S608
        self.statements.append((sql, [model_field.get_db_prep_value(value, connection)]))

    def update(self, model, values: dict, field: str, value) -> None:
        """Set `values` (model field names) on the rows of `model` whose `field` equals
        `value` (`update_statement`)."""
        self.statements.append(update_statement(self.connection, model, values, field, value))

    def send(self, *, savepoint: bool = True) -> int:
        """Run the statements, all or none; returns the row count of the last one."""
        statements, self.statements = self.statements, []
        if not statements:
            return 0
        connection = self.connection
        if connection.vendor == "postgresql":
            sql = "; ".join(sql for sql, _params in statements)
            params = [param for _sql, statement_params in statements for param in statement_params]
            # psycopg2's row count after several statements is the last one's.
            if connection.in_atomic_block:
                with (
                    transaction.atomic(using=self.using, savepoint=savepoint),
                    connection.cursor() as cursor,
                ):
                    cursor.execute(sql, params)
                    return cursor.rowcount
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.rowcount
        with (
            transaction.atomic(using=self.using, savepoint=savepoint),
            connection.cursor() as cursor,
        ):
            for sql, params in statements:
                cursor.execute(sql, params)
            return cursor.rowcount


def update_statement(connection, model, values: dict, field: str, value) -> tuple[str, list]:
    """A plain UPDATE of `model`'s rows whose `field` equals `value`, setting `values` (model
    field names), as SQL and parameters; the caller runs it (and reads its row count)."""
    quote = connection.ops.quote_name
    meta = model._meta
    assignments = [(meta.get_field(name), new) for name, new in values.items()]
    key = meta.get_field(field)
    columns = ", ".join(f"{quote(target.column)} = %s" for target, _new in assignments)
    # Table and column names come from the model, quoted; every value is a parameter.
    sql = f"UPDATE {quote(meta.db_table)} SET {columns} WHERE {quote(key.column)} = %s"  # noqa: S608
    params = [target.get_db_prep_save(new, connection) for target, new in assignments]
    return sql, [*params, key.get_db_prep_save(value, connection)]

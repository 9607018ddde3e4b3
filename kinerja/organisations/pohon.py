"""Walking the satker tree upwards in one small query.

The tree's ORM helper (django-tree-queries) builds the path of every satker in the table to
answer for one of them, and compiling its query costs more in Python than running it; a page
view asks for its satker's path to check access, so that was most of a cached page's time.
"""

from django.db import connection

from kinerja.organisations.models import Satker


def jalur_ke_akar(satker_id: int) -> list[int]:
    """The satker's id, then its parent's, up to the root's; [] when there is no such satker."""
    table = connection.ops.quote_name(Satker._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH RECURSIVE jalur(id, parent_id, kedalaman) AS (
                SELECT id, parent_id, 0 FROM {table} WHERE id = %s
                UNION ALL
                SELECT induk.id, induk.parent_id, jalur.kedalaman + 1
                FROM {table} induk JOIN jalur ON induk.id = jalur.parent_id
            )
            SELECT id FROM jalur ORDER BY kedalaman
            """,  # noqa: S608 - the table name from the model, the id a parameter
            [satker_id],
        )
        return [row[0] for row in cursor.fetchall()]

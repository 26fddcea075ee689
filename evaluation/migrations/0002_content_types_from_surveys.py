"""The content types of goals and sent reports move from `surveys` to `evaluation` with their
rows kept (renamed, not replaced), so that their ids stay: the permissions on them (and so the
network manager's group), admin log entries and anything else that refers to a content type keep
working. On a new database there is nothing to rename yet: the content types are made after the
migrations, already under `evaluation`."""

from django.db import migrations

MODELS = ["goal", "sentreport"]


def _relabel(apps, schema_editor, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    for model in MODELS:
        # Should both exist (made under the new label before this ran), the new one stays and
        # the old one is left to `remove_stale_contenttypes`.
        if not content_types.filter(app_label=new, model=model).exists():
            content_types.filter(app_label=old, model=model).update(app_label=new)


def forwards(apps, schema_editor):
    _relabel(apps, schema_editor, "surveys", "evaluation")


def backwards(apps, schema_editor):
    _relabel(apps, schema_editor, "evaluation", "surveys")


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("evaluation", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

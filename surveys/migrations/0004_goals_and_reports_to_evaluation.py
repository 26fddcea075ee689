"""Goals and sent reports now belong to the app `evaluation`. Only Django's idea of the models
moves (state only): the tables `surveys_goal` and `surveys_sentreport` stay as they are, with
every row, and `evaluation.0001_initial` takes them over."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('surveys', '0003_reports_goals_targets'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='Goal'),
                migrations.DeleteModel(name='SentReport'),
            ],
            database_operations=[],
        ),
    ]

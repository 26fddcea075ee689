"""Goals and sent reports, taken over from `surveys` (see `surveys.0004`): the models are created
in Django's state only, on the tables that `surveys` made and that keep their names and rows."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('members', '0002_directorypage_district_extranetpage_and_more'),
        ('surveys', '0004_goals_and_reports_to_evaluation'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Goal',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('impact', 'Impact goal'), ('action', 'Action goal')], max_length=10, verbose_name='kind')),
                        ('number', models.PositiveSmallIntegerField(verbose_name='number')),
                        ('statement', models.TextField(verbose_name='statement')),
                        ('target_description', models.CharField(blank=True, help_text='The indicator in words, e.g. “at least three network meetings”.', max_length=300, verbose_name='target')),
                        ('metric', models.CharField(blank=True, choices=[('network_meetings', 'Network meetings held'), ('module_sessions', 'Module sessions held'), ('modules_held', 'Qualification modules held'), ('participants', 'Participants (attendance)'), ('organisations', 'Organisations taking part in the network'), ('initiatives', 'Joint initiatives'), ('cooperations', 'Cooperations with local institutions'), ('module_rating', 'Mean module rating')], help_text="A figure computed from the data, counted from the start of the project to the end of the goal's phase. Leave empty for a goal that is assessed by hand.", max_length=30, verbose_name='measured by')),
                        ('target', models.DecimalField(blank=True, decimal_places=1, help_text='The value the figure must reach.', max_digits=8, null=True, verbose_name='target value')),
                        ('assessment', models.CharField(blank=True, choices=[('met', 'Met'), ('on_track', 'On track'), ('at_risk', 'At risk'), ('missed', 'Missed')], help_text='For goals without a figure, e.g. as found in the effectiveness dialogue.', max_length=10, verbose_name='assessment')),
                        ('assessment_note', models.TextField(blank=True, help_text='What the assessment rests on: where and when it was made, by whom.', verbose_name='note on the assessment')),
                        ('phase', models.ForeignKey(blank=True, help_text='The phase by whose end an action goal is to be reached.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='goals', to='members.projectphase', verbose_name='project phase')),
                    ],
                    options={
                        'verbose_name': 'goal',
                        'verbose_name_plural': 'goals',
                        'db_table': 'surveys_goal',
                        'ordering': ['kind', 'number'],
                        'constraints': [models.UniqueConstraint(fields=('kind', 'number'), name='goal_number_per_kind'), models.CheckConstraint(condition=models.Q(('kind', 'impact'), ('phase__isnull', False), _connector='OR'), name='action_goal_has_phase')],
                    },
                ),
                migrations.CreateModel(
                    name='SentReport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('scope', models.CharField(choices=[('phase', 'Interim report of a phase'), ('final', 'Final report')], max_length=10, verbose_name='report')),
                        ('sent_at', models.DateTimeField(verbose_name='sent at')),
                        ('figures', models.JSONField()),
                        ('pdf', models.BinaryField()),
                        ('phase', models.ForeignKey(blank=True, help_text='Empty for the final report over all phases.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='sent_reports', to='members.projectphase', verbose_name='project phase')),
                        ('sent_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='sent by')),
                    ],
                    options={
                        'verbose_name': 'sent report',
                        'verbose_name_plural': 'sent reports',
                        'db_table': 'surveys_sentreport',
                        'ordering': ['phase__number'],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('phase__isnull', False)), fields=('phase',), name='report_sent_once'), models.UniqueConstraint(condition=models.Q(('scope', 'final')), fields=('scope',), name='final_report_sent_once'), models.CheckConstraint(condition=models.Q(models.Q(('phase__isnull', True), ('scope', 'final')), models.Q(('phase__isnull', False), ('scope', 'phase')), _connector='OR'), name='report_scope_matches_phase')],
                    },
                ),
            ],
        ),
    ]

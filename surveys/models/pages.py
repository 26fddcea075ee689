"""Questionnaires as Wagtail pages, and the page that holds them in each language.

Responses always belong to the questionnaire in the default language (`.original`), whichever
language it was filled in, and are keyed by block ids: every translation feeds one result.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.forms.utils import ErrorList
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import StreamBlockValidationError
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

from home.routing import page_view
from home.translations import DefaultLanguageOriginalMixin
from members.access import private_response

from ..blocks import StepStreamBlock
from ..panels import ResponsesPanel
from ..questions import build_steps, condition_problems

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class SurveyIndexPage(Page):
    """ "Befragungen": holds the questionnaires of one language and lists the open ones."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["surveys.QuestionnairePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questionnaires")
        verbose_name_plural = _("questionnaire indexes")

    def route(self, request, path_components):
        # Every step of every participant comes this way: one query for the questionnaire with
        # its own table joined, instead of Wagtail's page row and then its specific row.
        if path_components:
            child = QuestionnairePage.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["questionnaires"] = [
            questionnaire
            for questionnaire in QuestionnairePage.objects.child_of(self).live().public()
            if questionnaire.is_open(now) and questionnaire.access == Access.OPEN_LINK
        ]
        return context


class Access(models.TextChoices):
    OPEN_LINK = "open", _("Open link: anyone with the link or QR code")
    CODES = "codes", _("Single-use codes")
    MEMBERS = "members", _("Members of the network only (login)")


class QuestionnairePage(DefaultLanguageOriginalMixin, RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    steps = StreamField(StepStreamBlock(), verbose_name=_("steps"))
    closing_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after the answers are sent."),
    )

    module = models.ForeignKey(
        "events.QualificationModule",
        verbose_name=_("qualification module"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questionnaires",
        help_text=_("When the questionnaire evaluates a qualification module."),
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questionnaires",
        help_text=_("When the questionnaire evaluates one event."),
    )
    opens_at = models.DateTimeField(_("open from"), null=True, blank=True)
    closes_at = models.DateTimeField(_("open until"), null=True, blank=True)
    access = models.CharField(
        _("who may answer"), max_length=10, choices=Access.choices, default=Access.OPEN_LINK
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_(
            "Anonymous responses keep no code, account, IP address or time finer than the day. "
            "Participants are told before the first question."
        ),
    )

    content_panels = Page.content_panels + [
        ResponsesPanel(),
        FieldPanel("intro"),
        FieldPanel("steps"),
        FieldPanel("closing_text"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("access"),
                FieldPanel("anonymous"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("module"),
                FieldPanel("event"),
            ],
            heading=_("Questionnaire"),
        ),
    ] + Page.settings_panels
    # How it is answered is the same in every language; only the texts are translated.
    override_translatable_fields = [
        SynchronizedField("module"),
        SynchronizedField("event"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("access"),
        SynchronizedField("anonymous"),
    ]
    parent_page_types = ["surveys.SurveyIndexPage"]
    subpage_types: list[str] = []
    # Reached by its link, QR code or the module's page, not by the site search or the sitemap.
    search_fields: list = []
    # A form with a session: never served from the anonymous page cache.
    cache_anonymous_views = False
    preview_modes = [("", _("All steps"))]

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    # Facts --------------------------------------------------------------------------------------

    def step_specs(self):
        original = self.original
        if original.pk == self.pk:
            return build_steps(original.steps)
        return build_steps(original.steps, self.steps, language=self.locale.language_code)

    def is_open(self, now=None) -> bool:
        return self.state(now) == "open"

    def state(self, now=None) -> str:
        """ "open", "not_yet" or "closed", by the default-language version's dates."""
        original = self.original
        now = now or timezone.now()
        if original.opens_at and now < original.opens_at:
            return "not_yet"
        if original.closes_at and now >= original.closes_at:
            return "closed"
        return "open"

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The questionnaire must close after it opens.")
        if self.event_id and self.module_id and self.event.module_id not in (None, self.module_id):
            errors["event"] = _("This event belongs to another qualification module.")
        if not self.anonymous and self.access == Access.OPEN_LINK:
            errors["anonymous"] = _(
                "A named questionnaire needs codes or a login: with an open link nobody can be "
                "named."
            )
        if errors:
            raise ValidationError(errors)
        if self.locale_id and self.locale_id == Locale.get_default().pk:
            problems = condition_problems(self.steps)
            if self.pk:
                problems += page_view("surveys.orphaned_answer_problems")(self)
            if problems:
                # One error carrying every message, as the StreamField widget shows only one.
                raise ValidationError(
                    {"steps": StreamBlockValidationError(non_block_errors=ErrorList(problems))}
                )

    # Routes -------------------------------------------------------------------------------------

    @path("")
    def intro_route(self, request):
        return page_view("surveys.questionnaire_intro")(request, page=self)

    @re_path(r"^schritt/(?P<step>[\w-]+)/$")
    def step_route(self, request, step):
        return page_view("surveys.questionnaire_step")(request, page=self, step=step)

    @path("weiter/")
    def resume_route(self, request):
        return page_view("surveys.questionnaire_resume")(request, page=self)

    @path("gespeichert/")
    def saved_route(self, request):
        return page_view("surveys.questionnaire_saved")(request, page=self)

    @path("danke/")
    def thanks_route(self, request):
        return page_view("surveys.questionnaire_thanks")(request, page=self)

    def serve(self, request, *args, **kwargs):
        # Sessions, codes and answers: nothing here may be kept by a shared cache.
        return private_response(super().serve(request, *args, **kwargs))

    def get_sitemap_urls(self, request=None):
        return []

    def serve_preview(self, request, mode_name):
        return page_view("surveys.questionnaire_preview")(request, page=self)

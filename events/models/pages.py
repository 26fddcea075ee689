"""The calendar (one per language, below the home page) and the events in it.

An event is a Wagtail page so that editors and translators use the tools they know. Registrations
and attendance always belong to the event in the default language (`EventPage.original`): every
translation shows and fills the same places.

A members-only event carries a Wagtail view restriction to the network's groups, kept in step by
a signal, so that lists, feeds, search and the sitemap, which ask for public pages, never show
it to others; the page checks membership itself as well.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.routing import page_view
from home.translations import DefaultLanguageOriginalMixin
from members.access import is_network_member, login_redirect, private_response
from members.models import TargetGroup

from ..blocks import RegistrationQuestionsBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class EventKind(models.TextChoices):
    NETWORK_MEETING = "network_meeting", _("Network meeting")
    MODULE_SESSION = "module_session", _("Qualification module session")
    OFFERING = "offering", _("Offering of a member organisation")
    OTHER = "other", _("Other event")


class EventIndexPage(RoutablePageMixin, Page):
    """The calendar of its language: upcoming and past events as a list or by month, filters,
    and the qualification modules. Its feed and the registration links are Django views
    (`events.urls`), since Wagtail's page URLs take no dots."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("calendar")
        verbose_name_plural = _("calendars")

    @path("")
    def upcoming_route(self, request):
        return page_view("events.calendar_list")(request, page=self, past=False)

    @path("vergangen/")
    def past_route(self, request):
        return page_view("events.calendar_list")(request, page=self, past=True)

    @re_path(r"^monat/(?P<year>\d{4})-(?P<month>\d{2})/$")
    def month_route(self, request, year, month):
        return page_view("events.calendar_month")(
            request, page=self, year=int(year), month=int(month)
        )

    @path("module/")
    def modules_route(self, request):
        return page_view("events.module_list")(request, page=self)

    @path("module/<int:number>/")
    def module_route(self, request, number):
        return page_view("events.module_detail")(request, page=self, number=number)


class EventPage(DefaultLanguageOriginalMixin, RoutablePageMixin, Page):
    """One event: a network meeting, a module session, a member organisation's offering or
    another event. Lives in a calendar; its registration form is posted to `anmelden/`."""

    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    teaser = models.TextField(
        _("teaser"), max_length=400, blank=True, help_text=_("One or two sentences for lists.")
    )
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)

    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.TextField(_("address"), max_length=400, blank=True)
    district = models.ForeignKey(
        "members.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility = models.TextField(
        _("accessibility"),
        max_length=600,
        blank=True,
        help_text=_("Step-free access, toilets, hearing loop, childcare …"),
    )

    organiser = models.ForeignKey(
        "members.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Leave empty when the network itself organises the event."),
    )
    module = models.ForeignKey(
        "events.QualificationModule",
        verbose_name=_("qualification module"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        help_text=_("For sessions of a qualification module."),
    )
    languages = ParentalManyToManyField(
        "members.SpokenLanguage",
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="+",
    )
    target_group = models.CharField(
        _("target group"),
        max_length=30,
        choices=TargetGroup.choices,
        blank=True,
        help_text=_("Leave empty when the event is for everyone."),
    )
    field_of_cooperation = models.ForeignKey(
        "members.FieldOfCooperation",
        verbose_name=_("field of cooperation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    minutes_page = models.ForeignKey(
        "members.MinutesPage",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For network meetings: the minutes in the extranet."),
    )

    members_only = models.BooleanField(
        _("members only"),
        default=False,
        help_text=_("Only members of the network see this event and may register."),
    )
    registration_required = models.BooleanField(
        _("registration"), default=True, help_text=_("Participants register for this event.")
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. Beyond it, people join the waiting list."),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts."),
    )
    # Translated with the page; the answers are keyed by the block ids, alike in every language.
    registration_questions = StreamField(
        RegistrationQuestionsBlock(),
        verbose_name=_("registration questions"),
        blank=True,
        help_text=_(
            "Asked in the registration form: interpreting, childcare, accessibility needs, food. "
            "Only the network management sees the answers."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("module"),
                FieldPanel("organiser"),
            ],
            heading=_("Event"),
        ),
        FieldPanel("teaser"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("district"),
                FieldPanel("accessibility"),
            ],
            heading=_("Venue"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("target_group"),
                FieldPanel("field_of_cooperation"),
            ],
            heading=_("For whom"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("members_only"),
                FieldPanel("registration_required"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
            ],
            heading=_("Access and registration"),
        ),
        FieldPanel("registration_questions"),
        FieldPanel("minutes_page"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
        index.FilterField("members_only"),
    ]
    # Facts of the event are the same in every language; only its texts are translated.
    override_translatable_fields = [
        SynchronizedField("venue_address"),
        SynchronizedField("module"),
        SynchronizedField("field_of_cooperation"),
        SynchronizedField("minutes_page"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    # A registration form and live places: never served from the anonymous page cache.
    cache_anonymous_views = False

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"], name="event_start")]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.kind == EventKind.MODULE_SESSION and not self.module_id:
            errors["module"] = _("Choose the module this session belongs to.")
        if self.kind == EventKind.OFFERING and not self.organiser_id:
            errors["organiser"] = _("Choose the organisation that offers this.")
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            errors["registration_deadline"] = _("Registration must close before the event ends.")
        if errors:
            raise ValidationError(errors)

    # Facts --------------------------------------------------------------------------------------

    @property
    def is_members_only(self) -> bool:
        """The default-language version decides, so a translation not yet synchronised after a
        change never shows more than the original."""
        return self.original.members_only

    @property
    def registration_closes(self) -> datetime.datetime:
        return self.registration_deadline or self.start

    def registration_open(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.registration_required and now < self.registration_closes

    def is_past(self, now: datetime.datetime | None = None) -> bool:
        return self.end < (now or timezone.now())

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.start)

    @property
    def local_end(self) -> datetime.datetime:
        return timezone.localtime(self.end)

    @property
    def single_day(self) -> bool:
        return self.local_start.date() == self.local_end.date()

    @property
    def organiser_name(self) -> str:
        return self.organiser.name if self.organiser_id else settings.WAGTAIL_SITE_NAME

    # Routes -------------------------------------------------------------------------------------

    @path("")
    def event_route(self, request):
        return page_view("events.event_detail")(request, page=self)

    @path("anmelden/")
    def register_route(self, request):
        return page_view("events.event_register")(request, page=self)

    def serve(self, request, *args, **kwargs):
        if self.is_members_only:
            if not is_network_member(request.user):
                return login_redirect(request)
            return private_response(super().serve(request, *args, **kwargs))
        return super().serve(request, *args, **kwargs)

"""Reads that the directory, the extranet, the exports and later the reports share."""

import datetime

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.locales import active_locale
from home.text_language import TextInLanguage, text_in, text_with_fallback

from .access import can_edit_organisation, can_see_internal, is_network_manager, is_network_member
from .models import (
    VISIBILITY,
    Cooperation,
    District,
    ExtranetPage,
    FieldOfCooperation,
    Invitation,
    JointInitiative,
    Membership,
    MinutesPage,
    ModuleMaterialsPage,
    Organisation,
    ProfileChange,
    SpokenLanguage,
    Visibility,
)

# The public fields whose filling makes a profile complete (name and slug always are).
COMPLETENESS_FIELDS = [
    "logo",
    "short_description",
    "description",
    "founding_year",
    "legal_form",
    "street_address",
    "district",
    "languages",
    "fields_of_cooperation",
    "target_groups",
    "contact_name",
    "public_email",
    "public_phone",
    "website",
    "offerings",
]


def organisations_listed() -> QuerySet[Organisation]:
    """Organisations that chose to appear in the public directory."""
    return Organisation.objects.filter(is_listed=True)


def _localized_fields(organisations: QuerySet) -> QuerySet:
    return organisations.select_related("district", "logo").prefetch_related(
        "languages",
        Prefetch(
            "fields_of_cooperation",
            queryset=FieldOfCooperation.objects.select_related("locale"),
        ),
        "translations",
        "offerings",
    )


def directory_search(
    *, query: str = "", field: str = "", language: str = "", district: str = ""
) -> QuerySet[Organisation]:
    """Listed organisations matching every given filter (they combine), by name or any of their
    texts in any language."""
    organisations = organisations_listed()
    if field:
        organisations = organisations.filter(fields_of_cooperation__slug=field)
    if language:
        organisations = organisations.filter(languages__code=language)
    if district:
        organisations = organisations.filter(district__slug=district)
    if query:
        organisations = organisations.filter(
            Q(name__icontains=query)
            | Q(short_description__icontains=query)
            | Q(description__icontains=query)
            | Q(translations__short_description__icontains=query)
            | Q(translations__description__icontains=query)
            | Q(offerings__title__icontains=query)
        )
    return _localized_fields(organisations.distinct().order_by("name"))


def directory_filter_options() -> dict:
    """What the directory's filters offer: only values some listed organisation has."""
    listed = organisations_listed()
    default_locale = Locale.get_default()
    fields = FieldOfCooperation.objects.filter(
        locale=default_locale, organisations__in=listed
    ).distinct()
    return {
        "fields": [(field.slug, field.localized.name) for field in fields],
        "languages": [
            (language.code, language.name)
            for language in SpokenLanguage.objects.filter(organisations__in=listed).distinct()
        ],
        "districts": [
            (district.slug, district.name)
            for district in District.objects.filter(organisations__in=listed).distinct()
        ],
    }


def organisation_listed(slug: str) -> Organisation | None:
    return _localized_fields(organisations_listed().filter(slug=slug)).first()


def organisation_texts(organisation: Organisation, language: str | None = None) -> dict:
    """The short and long description in `language`, each falling back to German on its own (a
    Turkish short description does not hide the German long one); each value knows the language
    it is in, so the page marks a German fallback with `lang="de"`."""
    language = language or get_language()
    translated = next(
        (t for t in organisation.translations.all() if t.language_code == language), None
    )
    return {
        field: text_with_fallback(
            {
                language: getattr(translated, field, ""),
                settings.LANGUAGE_CODE: getattr(organisation, field),
            },
            language,
        )
        for field in ("short_description", "description")
    }


def image_alt(image) -> TextInLanguage:
    """An image's alternative text in the visitor's language, else the German one, marked so."""
    return image.alt_in() if image else text_in("", settings.LANGUAGE_CODE)


def profile_completeness(organisation: Organisation) -> dict:
    """How many of the public profile's fields are filled, and which are missing."""
    missing = []
    for name in COMPLETENESS_FIELDS:
        if name in ("languages", "fields_of_cooperation", "offerings"):
            filled = getattr(organisation, name).exists()
        else:
            filled = bool(getattr(organisation, name))
        if not filled:
            field = (
                Organisation._meta.get_field(name)
                if name != "offerings"
                else Organisation._meta.get_field("offerings").related_model._meta
            )
            missing.append(
                str(field.verbose_name_plural if name == "offerings" else field.verbose_name)
            )
    total = len(COMPLETENESS_FIELDS)
    done = total - len(missing)
    return {"percent": round(100 * done / total), "done": done, "total": total, "missing": missing}


def fields_visible_to(*, user, organisation: Organisation) -> set[Visibility]:
    levels = {Visibility.PUBLIC}
    if is_network_member(user):
        levels.add(Visibility.NETWORK)
    if can_see_internal(user, organisation):
        levels.add(Visibility.ORGANISATION)
    if is_network_manager(user):
        levels.add(Visibility.MANAGER)
    return levels


def field_names(levels: set[Visibility]) -> list[str]:
    return [name for name, level in VISIBILITY.items() if level in levels]


def user_organisations(user) -> list[Membership]:
    if not user.is_authenticated:
        return []
    return list(
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def member_directory() -> QuerySet[Organisation]:
    """Every member organisation with its contact persons, for members of the network."""
    contacts = Membership.objects.filter(role="contact").select_related("user")
    return (
        Organisation.objects.select_related("district")
        .prefetch_related(Prefetch("memberships", queryset=contacts, to_attr="contacts"))
        .order_by("name")
    )


def organisation_members(organisation: Organisation) -> QuerySet[Membership]:
    return organisation.memberships.select_related("user").order_by(
        "-role", "user__last_name", "user__first_name", "user__username"
    )


def invitations_open(organisation: Organisation) -> QuerySet[Invitation]:
    return organisation.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).select_related("invited_by")


def profile_history(organisation: Organisation | None = None) -> QuerySet[ProfileChange]:
    changes = ProfileChange.objects.select_related("user", "organisation")
    if organisation is not None:
        changes = changes.filter(organisation=organisation)
    return changes


def organisations_stale(now: datetime.datetime | None = None) -> QuerySet[Organisation]:
    """Profiles never confirmed, or last confirmed longer ago than the confirmation period."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=settings.PROFILE_CONFIRMATION_DAYS)
    return (
        Organisation.objects.filter(Q(confirmed_at__isnull=True) | Q(confirmed_at__lte=limit))
        .annotate(contact_count=Count("memberships", filter=Q(memberships__role="contact")))
        .order_by("confirmed_at", "name")
    )


def initiatives() -> QuerySet[JointInitiative]:
    return JointInitiative.objects.prefetch_related("partners").select_related(
        "field_of_cooperation"
    )


def cooperations() -> QuerySet[Cooperation]:
    return Cooperation.objects.prefetch_related("organisations").select_related(
        "institution", "field_of_cooperation"
    )


def extranet_root(locale: Locale | None = None) -> ExtranetPage | None:
    """The extranet's start page in the active language, else in the default language."""
    pages = ExtranetPage.objects.live()
    return (
        pages.filter(locale=locale or active_locale()).first()
        or pages.filter(locale=Locale.get_default()).first()
    )


def extranet_navigation(request) -> list[dict]:
    """The extranet's own menu: its start page, its sections and the member tools."""
    root = extranet_root()
    items = []
    if root is not None:
        items.append({"title": root.title, "url": root.get_url(request), "key": "dashboard"})
        for child in root.get_children().live().only("title", "url_path", "path", "slug"):
            items.append({"title": child.title, "url": child.get_url(request), "key": child.slug})
    items.append(
        {
            "title": gettext("Member directory"),
            "url": reverse("members:directory"),
            "key": "members",
        }
    )
    items.append(
        {
            "title": gettext("Initiatives and cooperations"),
            "url": reverse("members:initiatives"),
            "key": "initiatives",
        }
    )
    # Other apps' tools (events: "My events"), registered with the `extranet_navigation` hook.
    for hook in hooks.get_hooks("extranet_navigation"):
        items.extend(hook(request=request))
    if is_network_manager(request.user):
        items.append(
            {
                "title": gettext("Network overview"),
                "url": reverse("members:network_overview"),
                "key": "overview",
            }
        )
    items.append(
        {"title": gettext("My account"), "url": reverse("members:account"), "key": "account"}
    )
    return items


def minutes_latest(*, locale: Locale, limit: int = 3) -> list[MinutesPage]:
    return list(
        MinutesPage.objects.live().filter(locale=locale).order_by("-meeting_date", "-pk")[:limit]
    )


def materials_latest(*, locale: Locale, limit: int = 5) -> list[ModuleMaterialsPage]:
    return list(
        ModuleMaterialsPage.objects.live()
        .filter(locale=locale)
        .order_by("-last_published_at", "-pk")[:limit]
    )


def dashboard_panels(*, request, extranet: Page) -> list[dict]:
    """The dashboard's panels: this app's own (minutes, materials, profile completeness), then
    those other apps register with the `extranet_dashboard_panels` hook. Each panel is a dict
    with `template`, `order` and the template's context."""
    panels = [
        {
            "order": 20,
            "template": "members/panels/minutes.html",
            "minutes": minutes_latest(locale=extranet.locale),
        },
        {
            "order": 30,
            "template": "members/panels/materials.html",
            "materials": materials_latest(locale=extranet.locale),
        },
        {
            "order": 10,
            "template": "members/panels/profiles.html",
            "profiles": [
                {"membership": m, "completeness": profile_completeness(m.organisation)}
                for m in user_organisations(request.user)
            ],
        },
    ]
    for hook in hooks.get_hooks("extranet_dashboard_panels"):
        panels.extend(hook(request=request, locale=extranet.locale))
    return sorted(panels, key=lambda panel: panel["order"])


def minutes_by_date(days: list[datetime.date]) -> dict[datetime.date, MinutesPage]:
    """The minutes (default language) of the meetings held on `days`, by meeting date: the
    reports link each meeting they count to its minutes."""
    found = MinutesPage.objects.live().filter(
        locale=Locale.get_default(), meeting_date__in=set(days)
    )
    return {page.meeting_date: page for page in found.order_by("meeting_date", "pk")}


# Profiles and accounts -----------------------------------------------------------------------


# Fields no one edits through the extranet: the slug is the directory's stable address.
NOT_EDITABLE_IN_EXTRANET = {"slug"}


def editable_fields(user, organisation: Organisation) -> list[str]:
    """The profile fields `user` may change: none unless they may edit the organisation; the
    manager's notes only for the network manager."""
    if not can_edit_organisation(user, organisation):
        return []
    levels = {Visibility.PUBLIC, Visibility.NETWORK, Visibility.ORGANISATION}
    if is_network_manager(user):
        levels.add(Visibility.MANAGER)
    return [
        name
        for name, level in VISIBILITY.items()
        if level in levels and name not in NOT_EDITABLE_IN_EXTRANET
    ]


def user_language(user) -> str:
    profile = UserProfile.get_for_user(user)
    languages = {code for code, _name in settings.LANGUAGES}
    return profile.preferred_language if profile.preferred_language in languages else "de"


def account_sections(user) -> list[dict]:
    """Settings other apps keep for an account (participation: the e-mail digest), each a dict
    with `title`, `text`, `link` and `url`, registered with the `account_sections` hook."""
    return [section for hook in hooks.get_hooks("account_sections") for section in hook(user=user)]


def is_staff_account(user) -> bool:
    return user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")

"""What the weekly digest tells one member: what is new for them since the last digest, in
their language. Reads only; `services.digests_send` sends and remembers when.

- minutes of network meetings published since;
- events published since that are still ahead;
- proposals made since, and answers given since to proposals of the member's organisations;
- questionnaires opened since that the member may still answer;
- open agreements of the member's organisations that came into the week ahead since.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from events.models import EventPage
from home.public_address import public_url
from members.models import Membership, MinutesPage
from members.selectors import user_language
from surveys.selectors import questionnaires_open_for_member

from .models import Agreement, AgreementStatus, DigestSetting, Proposal

UNSUBSCRIBE_SALT = "participation.digest.unsubscribe"
FIRST_DIGEST_DAYS = 7
AGREEMENTS_AHEAD_DAYS = 7


@dataclass
class Digest:
    language: str
    since: datetime.datetime
    minutes: list = field(default_factory=list)
    events: list = field(default_factory=list)
    proposals: list = field(default_factory=list)
    answers: list = field(default_factory=list)
    questionnaires: list = field(default_factory=list)
    agreements: list = field(default_factory=list)

    def is_empty(self) -> bool:
        return not any(
            (
                self.minutes,
                self.events,
                self.proposals,
                self.answers,
                self.questionnaires,
                self.agreements,
            )
        )


def last_digest(user) -> datetime.datetime | None:
    setting = DigestSetting.objects.filter(user=user).first()
    return setting.last_sent_at if setting else None


def digest_for(user, *, now: datetime.datetime | None = None) -> Digest:
    now = now or timezone.now()
    language = user_language(user)
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    last = last_digest(user)
    since = last or now - datetime.timedelta(days=FIRST_DIGEST_DAYS)
    organisations = Membership.objects.filter(user=user).values("organisation")
    today = timezone.localdate(now)
    # Agreements are news when their date comes into the week ahead: those that were already
    # in it at the last digest were told then.
    ahead = datetime.timedelta(days=AGREEMENTS_AHEAD_DAYS)
    told_until = timezone.localdate(last) + ahead if last else today - datetime.timedelta(days=1)
    return Digest(
        language=language,
        since=since,
        minutes=list(
            MinutesPage.objects.live()
            .filter(locale=locale, last_published_at__gt=since)
            .order_by("-meeting_date")
        ),
        events=list(
            EventPage.objects.live()
            .filter(locale=locale, first_published_at__gt=since, start__gt=now)
            .order_by("start")
        ),
        proposals=list(
            Proposal.objects.filter(created_at__gt=since)
            .exclude(author=user)
            .select_related("process")
            .prefetch_related("process__translations")
            .order_by("created_at")
        ),
        answers=list(
            Proposal.objects.filter(answered_at__gt=since, organisation__in=organisations)
            .select_related("process")
            .prefetch_related("process__translations")
            .order_by("answered_at")
        ),
        questionnaires=[
            page
            for page in questionnaires_open_for_member(user, locale)
            if page.first_published_at and page.first_published_at > since
        ],
        agreements=list(
            Agreement.objects.filter(
                organisation__in=organisations,
                status=AgreementStatus.OPEN,
                due_on__gt=max(told_until, today - datetime.timedelta(days=1)),
                due_on__lte=today + ahead,
            )
            .select_related("group")
            .prefetch_related("group__translations")
            .order_by("due_on")
        ),
    )


def unsubscribe_token(user) -> str:
    """A signed token naming the account: the one-click unsubscribe link needs no login."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_pk_from_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def unsubscribe_url(user, language: str) -> str:
    with translation.override(language):
        return public_url(
            reverse("participation:digest_unsubscribe", args=[unsubscribe_token(user)])
        )


def digest_recipients():
    """Active members of an organisation with an e-mail address who have not turned it off."""
    return (
        get_user_model()
        .objects.filter(is_active=True, memberships__isnull=False)
        .exclude(email="")
        .exclude(digest_setting__enabled=False)
        .distinct()
        .order_by("pk")
    )


def network_name() -> str:
    return settings.WAGTAIL_SITE_NAME

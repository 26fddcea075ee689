"""The public site's part of the data inventory (see `home.privacy`), with the framework's own
records of people: accounts, sessions, login attempts and the admin's history."""

from django.utils.translation import gettext_lazy as _

from .privacy import DataInventory, LegalBasis, PersonalData

PAGE_FIELDS = ("intro", "body")

INVENTORY = DataInventory(
    personal=[
        PersonalData(
            model="auth.User",
            fields=(
                "username",
                "first_name",
                "last_name",
                "email",
                "password",
                "last_login",
                "date_joined",
            ),
            description=_("Accounts: user name, name, e-mail address, password (encrypted)"),
            purpose=_("Logging in to the extranet and the administration"),
            legal_basis=LegalBasis.CONTRACT,
            retention=_("Until the account is deleted (members can delete their own)"),
        ),
        PersonalData(
            model="sessions.Session",
            fields=("session_key", "session_data", "expire_date"),
            description=_("Sessions of logged-in people (a cookie that is needed for logging in)"),
            purpose=_("Staying logged in from one page to the next"),
            legal_basis=LegalBasis.CONTRACT,
            retention=_("Until logging out, or after two hours without activity"),
        ),
        PersonalData(
            model="axes.AccessLog",
            fields=("username", "ip_address", "user_agent", "attempt_time", "logout_time"),
            description=_("Login history: user name, IP address, browser, time"),
            purpose=_("Protecting accounts against break-ins"),
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            retention=_("%(days)s days"),
            retention_days_setting="LOGIN_HISTORY_RETENTION_DAYS",
        ),
        PersonalData(
            model="axes.AccessAttempt",
            fields=("username", "ip_address", "user_agent", "attempt_time"),
            description=_("Failed logins: user name, IP address, browser, time"),
            purpose=_("Protecting accounts against break-ins"),
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            retention=_("%(days)s days"),
            retention_days_setting="LOGIN_HISTORY_RETENTION_DAYS",
        ),
        PersonalData(
            model="wagtailcore.Revision",
            fields=("user", "created_at"),
            description=_("Who changed a page or entry in the administration, and when"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("As long as the page or entry exists"),
        ),
        PersonalData(
            model="home.SiteImage",
            fields=("uploaded_by_user",),
            description=_("Who uploaded an image"),
            purpose=_("Editorial responsibility and review"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("As long as the page or entry exists"),
        ),
        PersonalData(
            model="home.ImprintSettings",
            fields=("representative",),
            description=_("The name of the body's legal representative"),
            purpose=_("The imprint the law requires"),
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            retention=_("While the person holds the office"),
        ),
        PersonalData(
            model="home.RecoveryCodeDevice",
            fields=("user", "name", "confirmed"),
            description=_(
                "Second factor for the administration: the key of the authenticator app and "
                "the recovery codes (these only as a fingerprint)"
            ),
            purpose=_("Protecting accounts against break-ins"),
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            retention=_("Until the account is deleted (members can delete their own)"),
        ),
        PersonalData(
            model="home.RecoveryCode",
            fields=("device", "digest"),
            description=_(
                "Second factor for the administration: the key of the authenticator app and "
                "the recovery codes (these only as a fingerprint)"
            ),
            purpose=_("Protecting accounts against break-ins"),
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            retention=_("Until the account is deleted (members can delete their own)"),
        ),
        PersonalData(
            model="otp_totp.TOTPDevice",
            fields=("user", "name", "key", "created_at", "last_used_at"),
            description=_(
                "Second factor for the administration: the key of the authenticator app and "
                "the recovery codes (these only as a fingerprint)"
            ),
            purpose=_("Protecting accounts against break-ins"),
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            retention=_("Until the account is deleted (members can delete their own)"),
        ),
        PersonalData(
            model="django_tasks_database.DBTaskResult",
            fields=("args_kwargs", "enqueued_at", "finished_at"),
            description=_("E-mails waiting to be sent, and sent ones: address and text"),
            purpose=_("Sending e-mails again when the mail server refused them"),
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            retention=_("30 days after sending"),
        ),
        PersonalData(
            model="home.PreparedDownload",
            fields=("requested_by", "requested_at", "params", "file"),
            description=_(
                "Reports and exports prepared for a member of staff: who asked for which one, "
                "when, with which filters, and the file"
            ),
            purpose=_("Handing a long report or export to the person who asked for it"),
            legal_basis=LegalBasis.PUBLIC_TASK,
            retention=_("24 hours"),
        ),
    ],
    not_personal={
        # What the scheduler and the worker did, and when they were last seen.
        "home.JobRun": ("job", "started_at", "finished_at", "result", "message"),
        "home.Heartbeat": ("process", "beat_at"),
        # How far a prepared download got (its person and file are above).
        "home.PreparedDownload": (
            "id",
            "kind",
            "language",
            "started_at",
            "finished_at",
            "status",
            "attempts",
            "error",
            "filename",
            "content_type",
        ),
        # The office's and the topics' names in other languages.
        "home.ContactTranslation": (
            "contact",
            "language_code",
            "organisation_name",
            "office_hours",
            "sort_order",
        ),
        "home.TopicTranslation": ("tag", "language_code", "name"),
        "home.ImageAltText": ("image", "language_code", "text"),
        "home.SiteImage": (
            "collection",
            "title",
            "file",
            "width",
            "height",
            "created_at",
            "focal_point_x",
            "focal_point_y",
            "focal_point_width",
            "focal_point_height",
            "file_size",
            "file_hash",
            "description",
            "tags",
        ),
        "home.SiteRendition": (
            "filter_spec",
            "file",
            "width",
            "height",
            "focal_point_key",
            "image",
        ),
        "home.HomePage": PAGE_FIELDS,
        "home.StandardPage": PAGE_FIELDS,
        "home.ImprintPage": PAGE_FIELDS,
        "home.PrivacyPage": PAGE_FIELDS,
        "home.NewsIndexPage": ("intro",),
        "home.NewsPage": ("date", "teaser", "image", "body", "tags", "related_organisations"),
        "home.NewsPageTag": ("tag", "content_object"),
        # Copies of what the public pages and profiles show.
        "home.SearchDocument": ("source", "object_id", "language", "title", "body"),
        "home.FooterSettings": (
            "site",
            "imprint_page",
            "privacy_page",
            "accessibility_page",
            "easy_language_page",
        ),
        # The office's contact details, not a person's.
        "home.ContactSettings": (
            "site",
            "organisation_name",
            "address",
            "phone",
            "email",
            "office_hours",
            "facebook_url",
            "instagram_url",
            "mastodon_url",
            "youtube_url",
        ),
        "home.ImprintSettings": ("site", "responsible_body", "address", "email", "phone"),
        "home.AccessibilityStatementPage": (
            "intro",
            "compliance_status",
            "non_accessible_content",
            "statement_date",
            "review_date",
            "assessment",
            "feedback_contact",
            "feedback_email",
            "feedback_phone",
            "enforcement_body",
            "enforcement_url",
            "body",
        ),
    },
)

"""Forms of the calendar, the registration and the extranet's event tools."""

from django import forms
from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from members.models import District, FieldOfCooperation, SpokenLanguage, TargetGroup

from .questions import form_field

ATTENDANCE_COUNT_MAX = 10_000


class CalendarFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    field = forms.ChoiceField(label=_("Field of cooperation"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    def __init__(self, *args, options: dict, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + list(options["kinds"])
        self.fields["organisation"].choices = everything + options["organisations"]
        self.fields["field"].choices = everything + options["fields"]
        self.fields["language"].choices = everything + options["languages"]


class QuestionsMixin:
    """Adds the event's registration questions (`events.questions`) before the consent."""

    def add_questions(self, questions) -> None:
        self.questions = list(questions)
        for question in self.questions:
            self.fields[question.field_name] = form_field(question)
        if "consent" in self.fields:
            self.order_fields([name for name in self.fields if name != "consent"] + ["consent"])

    def answers(self) -> dict:
        return {q.key: self.cleaned_data.get(q.field_name) for q in self.questions}


class PublicRegistrationForm(QuestionsMixin, forms.Form):
    """A visitor without an account; the place is given once the e-mail address is confirmed."""

    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send you a link to confirm your registration."),
    )
    organisation_name = forms.CharField(
        label=_("Organisation"), max_length=200, required=False, help_text=_("Optional.")
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name, e-mail address and organisation are stored to organise this "
            "event and deleted afterwards, as the privacy policy describes."
        ),
        error_messages={"required": _("Please agree, or we cannot register you.")},
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.add_questions(questions)


class MemberRegistrationForm(QuestionsMixin, forms.Form):
    """A member registers themselves, or a named person of their organisation."""

    FOR_SELF = "self"
    FOR_OTHER = "other"

    for_whom = forms.ChoiceField(
        label=_("Who is coming?"),
        choices=[(FOR_SELF, _("I am")), (FOR_OTHER, _("Someone else from my organisation"))],
        widget=forms.RadioSelect,
        initial=FOR_SELF,
    )
    name = forms.CharField(label=_("Name of the person"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Their e-mail"),
        max_length=254,
        required=False,
        help_text=_("Optional: they then receive the confirmation and the reminder."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation of the person"), queryset=None, required=False, empty_label=None
    )

    def __init__(self, *args, organisations, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.add_questions(questions)
        self.fields["organisation"].queryset = organisations
        if not organisations.exists():
            del self.fields["organisation"]
        elif organisations.count() > 1:
            # Several to choose from (the network manager): no silent default.
            self.fields["organisation"].empty_label = "—"

    def clean(self):
        data = super().clean()
        if data.get("for_whom") == self.FOR_OTHER:
            if not data.get("name", "").strip():
                self.add_error("name", _("Please give the name of the person you register."))
            if "organisation" in self.fields and not data.get("organisation"):
                self.add_error("organisation", _("Choose the organisation."))
        return data


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class LocalisedChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.localized.name


class OfferingForm(forms.Form):
    """An organisation's own offering, proposed from the extranet."""

    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None, empty_label=None)
    title = forms.CharField(label=_("Title"), max_length=200)
    start = forms.DateTimeField(label=_("Start"), widget=DateTimeInput())
    end = forms.DateTimeField(label=_("End"), widget=DateTimeInput())
    teaser = forms.CharField(
        label=_("Short description"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One or two sentences for the calendar."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    venue_name = forms.CharField(label=_("Venue"), max_length=200)
    venue_address = forms.CharField(
        label=_("Address"), max_length=400, widget=forms.Textarea(attrs={"rows": 2})
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.order_by("name"), required=False
    )
    accessibility = forms.CharField(
        label=_("Accessibility"),
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Step-free access, toilets, hearing loop, childcare …"),
    )
    target_group = forms.ChoiceField(
        label=_("Target group"),
        choices=[("", _("Everyone"))] + list(TargetGroup.choices),
        required=False,
    )
    field_of_cooperation = LocalisedChoice(
        label=_("Field of cooperation"), queryset=None, required=False
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages spoken"),
        queryset=SpokenLanguage.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    registration_required = forms.BooleanField(label=_("Participants register"), required=False)
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=100_000, required=False)
    members_only = forms.BooleanField(label=_("Only for members of the network"), required=False)
    overlap_seen = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["field_of_cooperation"].queryset = FieldOfCooperation.objects.filter(
            locale=Locale.get_default()
        ).order_by("sort_order", "name")

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The offering cannot end before it starts."))
        return data

    def event_fields(self) -> dict:
        """The cleaned data as the event page's fields."""
        data = self.cleaned_data
        paragraphs = [p.strip() for p in data["description"].split("\n\n") if p.strip()]
        return {
            "title": data["title"],
            "start": data["start"],
            "end": data["end"],
            "teaser": data["teaser"],
            "description": "".join(
                "<p>" + escape(p).replace("\n", "<br/>") + "</p>" for p in paragraphs
            ),
            "venue_name": data["venue_name"],
            "venue_address": data["venue_address"],
            "district": data["district"],
            "accessibility": data["accessibility"],
            "target_group": data["target_group"],
            "field_of_cooperation": data["field_of_cooperation"],
            "registration_required": data["registration_required"],
            "capacity": data["capacity"],
            "members_only": data["members_only"],
        }


class AttendanceCountsForm(forms.Form):
    walk_ins = forms.IntegerField(
        label=_("Walk-ins (came without registering)"),
        min_value=0,
        max_value=ATTENDANCE_COUNT_MAX,
        initial=0,
    )
    guests = forms.IntegerField(
        label=_("Accompanying guests"), min_value=0, max_value=ATTENDANCE_COUNT_MAX, initial=0
    )


class WalkInForm(forms.Form):
    """A person who came without a place on the door list and gives their name."""

    name = forms.CharField(label=_("Name"), max_length=200)
    organisation = forms.ModelChoiceField(
        label=_("Member organisation"), queryset=None, required=False, help_text=_("Optional.")
    )
    organisation_name = forms.CharField(
        label=_("Other organisation"), max_length=200, required=False, help_text=_("Optional.")
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        required=False,
        help_text=_("Optional: for the certificate and the link to the questionnaire."),
    )
    language = forms.ChoiceField(label=_("Language of e-mails and certificate"))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["language"].choices = list(settings.LANGUAGES)
        self.fields["language"].initial = settings.LANGUAGE_CODE


class RegistrantsMessageForm(forms.Form):
    """The network manager's message to an event's registrants."""

    audience = forms.ChoiceField(
        label=_("To"),
        choices=[
            ("registered", _("Everyone with a place")),
            ("waiting", _("Everyone with a place or on the waiting list")),
            ("attended", _("Everyone marked present")),
        ],
        widget=forms.RadioSelect,
        initial="registered",
    )
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Sent as you write it; the greeting, the event and the reason for the mail are added "
            "in each person's language."
        ),
    )

    def clean_subject(self):
        # One line: a line break in a mail header would be refused by the mail library.
        return " ".join(self.cleaned_data["subject"].split())


class CheckinForm(forms.Form):
    """An admission code, typed or scanned into the field at the door."""

    code = forms.CharField(
        label=_("Admission code"),
        max_length=300,
        help_text=_("As on the participant's registration page, e.g. 123-K7QMX2PA."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

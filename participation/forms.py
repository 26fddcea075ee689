"""Forms of the proposals in the extranet. A form offers only the organisations its user
belongs to; the services check again."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from events.models import EventPage
from home.uploads import file_content_validate
from members.models import JointInitiative, Organisation

from .models import AgreementStatus, DatePollOption, PollAnswer, ProposalStatus
from .models.proposals import COMMENT_MAX, TEXT_MAX
from .selectors import SORTS
from .services import AgreementDraft


def language_choices():
    """Each language named in itself, so everyone finds their own."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class OrganisationChoiceMixin:
    """An `organisation` field with the user's own organisations, hidden when there is one."""

    def _organisation_field(self, organisations):
        self.organisations = {str(organisation.pk): organisation for organisation in organisations}
        only_one = len(self.organisations) == 1
        field = forms.ChoiceField(
            label=_("On behalf of"),
            choices=[(pk, organisation.name) for pk, organisation in self.organisations.items()],
            # A member of one organisation acts for it without choosing.
            required=not only_one,
        )
        if only_one:
            field.widget = forms.HiddenInput()
            field.initial = next(iter(self.organisations))
        self.fields["organisation"] = field

    def clean_organisation(self):
        chosen = self.cleaned_data["organisation"] or self.fields["organisation"].initial
        return self.organisations.get(chosen)


User = get_user_model()


class ProposalForm(OrganisationChoiceMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(
        label=_("Your proposal"), max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 8})
    )
    language = forms.ChoiceField(
        label=_("Language of your text"),
        help_text=_("Write in the language you prefer; others see which one it is."),
    )
    document = forms.FileField(
        label=_("Document (optional)"),
        required=False,
        help_text=_("PDF, Word, OpenDocument, Excel, PowerPoint, text or ZIP."),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        self.fields["language"].initial = (get_language() or settings.LANGUAGE_CODE)[:2]
        if organisations:
            self._organisation_field(organisations)

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if not upload:
            return None
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise forms.ValidationError(
                _("This file type is not accepted. Accepted: %(extensions)s."),
                params={"extensions": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)},
            )
        if upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("The file is too large (at most %(size)s)."),
                params={"size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)},
            )
        file_content_validate(upload)
        return upload


class CommentForm(OrganisationChoiceMixin, forms.Form):
    text = forms.CharField(
        label=_("Your comment"), max_length=COMMENT_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )
    language = forms.ChoiceField(label=_("Language of your text"))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        self.fields["language"].initial = (get_language() or settings.LANGUAGE_CODE)[:2]
        if organisations:
            self._organisation_field(organisations)


class SupportForm(OrganisationChoiceMixin, forms.Form):
    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self._organisation_field(organisations)


class EventChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.start:%d.%m.%Y})"


class AnswerForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ProposalStatus.choices)
    reason = forms.CharField(
        label=_("Reason"), max_length=3000, widget=forms.Textarea(attrs={"rows": 5})
    )
    outcome_event = EventChoice(
        label=_("Outcome: a module session or event"), required=False, queryset=EventPage.objects
    )
    outcome_initiative = forms.ModelChoiceField(
        label=_("Outcome: a joint initiative"),
        required=False,
        queryset=JointInitiative.objects.order_by("title"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome_event"].queryset = EventPage.objects.filter(
            locale=Locale.get_default()
        ).order_by("-start")


class HideCommentForm(forms.Form):
    reason = forms.CharField(label=_("Reason for hiding"), max_length=500)


class ProposalListForm(forms.Form):
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("support", _("Most supported")), ("new", _("Newest"))],
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All"))] + ProposalStatus.choices
    )

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        sort = data.get("sort") or "support"
        return {"sort": sort if sort in SORTS else "support", "status": data.get("status") or ""}


class PollAnswerForm(OrganisationChoiceMixin, forms.Form):
    """One yes/maybe/no choice per proposed date, for the user's organisation."""

    def __init__(self, *args, poll, organisations, initial_answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        initial_answers = initial_answers or {}
        self.options = list(poll.options.all())
        for option in self.options:
            self.fields[f"option_{option.pk}"] = forms.ChoiceField(
                label=date_format(timezone.localtime(option.start), "DATETIME_FORMAT"),
                choices=PollAnswer.choices,
                widget=forms.RadioSelect,
                required=False,
                initial=initial_answers.get(option.pk),
            )
        self._organisation_field(organisations)

    def answers(self) -> dict[int, str]:
        return {
            option.pk: self.cleaned_data[f"option_{option.pk}"]
            for option in self.options
            if self.cleaned_data.get(f"option_{option.pk}")
        }


class PollDecideForm(forms.Form):
    option = forms.ModelChoiceField(label=_("Date"), queryset=DatePollOption.objects.none())

    def __init__(self, *args, poll, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].queryset = poll.options.all()


# Working groups -----------------------------------------------------------------------------


class PersonChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class AgreementForm(forms.Form):
    """One agreement: what, who (an organisation of the group, optionally a person), by when.
    Left empty in the minutes' form, it is skipped."""

    what = forms.CharField(label=_("What"), max_length=1000)
    organisation = forms.ModelChoiceField(
        label=_("Who (organisation)"), queryset=Organisation.objects.none()
    )
    owner = PersonChoice(
        label=_("Who (person, optional)"), required=False, queryset=User.objects.none()
    )
    due_on = forms.DateField(
        label=_("By when"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, group, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = group.organisations.order_by("name")
        self.fields["owner"].queryset = people

    def draft(self) -> AgreementDraft:
        data = self.cleaned_data
        return AgreementDraft(
            what=data["what"],
            organisation=data["organisation"],
            due_on=data["due_on"],
            owner=data.get("owner"),
        )


AgreementFormSet = forms.formset_factory(AgreementForm, extra=3, max_num=10, validate_max=True)


class MinutesForm(forms.Form):
    meeting_date = forms.DateField(
        label=_("Meeting date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    text = forms.CharField(
        label=_("Minutes"), max_length=10000, widget=forms.Textarea(attrs={"rows": 10})
    )


class AgreementStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=AgreementStatus.choices)


class GroupDocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    document = forms.FileField(label=_("Document"))

    clean_document = ProposalForm.clean_document


class DigestSettingForm(forms.Form):
    enabled = forms.BooleanField(
        label=_("Send me a weekly e-mail with what is new for me"),
        required=False,
        help_text=_("Only when there is something new; in the language of your account."),
    )

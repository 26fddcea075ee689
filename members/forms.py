"""Forms of the directory and the extranet. Which profile fields a form offers is decided by
`selectors.editable_fields`; the form never offers a field its user may not change."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.validators import URLValidator
from django.template.loader import render_to_string
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.models import Locale

from home.mail import queue_mail

from .models import (
    VISIBILITY,
    Cooperation,
    FieldOfCooperation,
    JointInitiative,
    LocalInstitution,
    Organisation,
    Role,
    TargetGroup,
    Visibility,
)

MAX_SOCIAL_LINKS = 6
MAX_OFFERINGS = 12
QUERY_MAX_LENGTH = 100


class FieldOfCooperationChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.localized.name


def fields_of_cooperation():
    return FieldOfCooperation.objects.filter(locale=Locale.get_default())


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=QUERY_MAX_LENGTH)
    field = forms.ChoiceField(label=_("Field of cooperation"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)

    def __init__(self, *args, options: dict, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["field"].choices = everything + options["fields"]
        self.fields["language"].choices = everything + options["languages"]
        self.fields["district"].choices = everything + options["districts"]


class SocialLinksField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        lines = [line.strip() for line in (value or "").splitlines() if line.strip()]
        validate = URLValidator(schemes=["https", "http"])
        for line in lines:
            try:
                validate(line)
            except forms.ValidationError as error:
                raise forms.ValidationError(
                    _("“%(link)s” is not a web address (https://…)."), params={"link": line}
                ) from error
        if len(lines) > MAX_SOCIAL_LINKS:
            raise forms.ValidationError(
                _("At most %(count)d links, please."), params={"count": MAX_SOCIAL_LINKS}
            )
        return lines

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value


VISIBILITY_HELP = {
    Visibility.PUBLIC: _("Everyone can read these in the public directory."),
    Visibility.NETWORK: _("Only logged-in members of the network can read these."),
    Visibility.ORGANISATION: _(
        "Only your organisation's members and the network manager can read these."
    ),
    Visibility.MANAGER: _("Only the network manager reads and writes these."),
}


class OrganisationProfileForm(forms.ModelForm):
    """The whole profile in one form, grouped by who may read each field."""

    logo_upload = WagtailImageField(
        label=_("New logo"),
        required=False,
        help_text=_("PNG, JPEG or WebP, at most 10 MB."),
    )
    social_links = SocialLinksField(
        label=_("Social media links"), required=False, help_text=_("One web address per line.")
    )
    target_groups = forms.MultipleChoiceField(
        label=_("Target groups"),
        choices=TargetGroup.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    fields_of_cooperation = FieldOfCooperationChoice(
        label=_("Fields of cooperation"),
        queryset=FieldOfCooperation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Organisation
        fields = [name for name in VISIBILITY if name != "logo"]
        widgets = {
            "languages": forms.CheckboxSelectMultiple,
            "short_description": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "board_members": forms.Textarea(attrs={"rows": 4}),
            "manager_notes": forms.Textarea(attrs={"rows": 4}),
            "founding_year": forms.NumberInput(attrs={"min": 1800, "max": 2100}),
        }

    def __init__(self, *args, editable: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        for name in list(self.fields):
            if name not in editable and name != "logo_upload":
                del self.fields[name]
        if "logo" not in editable:
            del self.fields["logo_upload"]
        if "fields_of_cooperation" in self.fields:
            self.fields["fields_of_cooperation"].queryset = fields_of_cooperation()
        self.languages = [
            (code, get_language_info(code)["name_local"])
            for code, _name in settings.LANGUAGES
            if code != settings.LANGUAGE_CODE
        ]
        texts = {t.language_code: t for t in self.instance.translations.all()}
        for code, _name in self.languages:
            existing = texts.get(code)
            self.fields[f"short_description_{code}"] = forms.CharField(
                label=_("Short description"),
                required=False,
                max_length=500,
                widget=forms.Textarea(attrs={"rows": 2, "lang": code, "dir": "auto"}),
                initial=existing.short_description if existing else "",
            )
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Description"),
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 5, "lang": code, "dir": "auto"}),
                initial=existing.description if existing else "",
            )
        self.offerings = OfferingFormSet(
            data=self.data if self.is_bound else None,
            initial=[
                {"title": o.title, "schedule": o.schedule, "location": o.location}
                for o in self.instance.offerings.all()
            ],
            prefix="offerings",
        )

    def groups(self) -> list[dict]:
        """The profile's fields by who may read them, for the template's fieldsets."""
        groups = []
        for level in (
            Visibility.PUBLIC,
            Visibility.NETWORK,
            Visibility.ORGANISATION,
            Visibility.MANAGER,
        ):
            names = [name for name, seen in VISIBILITY.items() if seen == level]
            if level == Visibility.PUBLIC:
                names = [("logo_upload" if name == "logo" else name) for name in names]
            bound = [self[name] for name in names if name in self.fields]
            if bound:
                groups.append(
                    {
                        "level": str(level),
                        "label": level.label,
                        "help": VISIBILITY_HELP[level],
                        "fields": bound,
                    }
                )
        return groups

    def translation_groups(self) -> list[dict]:
        return [
            {
                "code": code,
                "name": name,
                "fields": [self[f"short_description_{code}"], self[f"description_{code}"]],
            }
            for code, name in self.languages
        ]

    def is_valid(self):
        valid = super().is_valid()
        return self.offerings.is_valid() and valid

    def profile_data(self) -> dict:
        names = [name for name in VISIBILITY if name in self.fields]
        return {name: self.cleaned_data[name] for name in names}

    def translations_data(self) -> dict:
        return {
            code: {
                "short_description": self.cleaned_data.get(f"short_description_{code}", ""),
                "description": self.cleaned_data.get(f"description_{code}", ""),
            }
            for code, _name in self.languages
        }

    def offerings_data(self) -> list[dict]:
        return [
            {key: form.cleaned_data[key] for key in ("title", "schedule", "location")}
            for form in self.offerings.forms
            if form.cleaned_data
            and form.cleaned_data.get("title")
            and not form.cleaned_data.get("DELETE")
        ]


class OfferingForm(forms.Form):
    title = forms.CharField(label=_("What"), max_length=200, required=False)
    schedule = forms.CharField(label=_("When"), max_length=200, required=False)
    location = forms.CharField(label=_("Where"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        if (data.get("schedule") or data.get("location")) and not data.get("title"):
            self.add_error("title", _("Please say what is offered."))
        if data.get("title") and not data.get("schedule"):
            self.add_error("schedule", _("Please say when it takes place."))
        return data


OfferingFormSet = forms.formset_factory(
    OfferingForm, extra=2, max_num=MAX_OFFERINGS, validate_max=True, can_delete=True
)


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("E-mail or user name"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)

    def __init__(self, *args, roles: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [(r, Role(r).label) for r in roles]
        if len(roles) == 1:
            self.fields["role"].initial = roles[0]


class AccountCreateForm(forms.Form):
    """The new account an invitation makes: the e-mail comes from the invitation."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            candidate = get_user_model()(
                username=self.email,
                email=self.email,
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class AccountSettingsForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    language = forms.ChoiceField(
        label=_("Language of the extranet and of e-mails"),
        choices=[
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ],
    )


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class _PartnersChoice(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple


class JointInitiativeForm(forms.ModelForm):
    partners = _PartnersChoice(
        label=_("Further partner organisations"),
        queryset=Organisation.objects.all(),
        required=False,
    )
    field_of_cooperation = forms.ModelChoiceField(
        label=_("Field of cooperation"), queryset=FieldOfCooperation.objects.none(), required=False
    )

    class Meta:
        model = JointInitiative
        fields = [
            "title",
            "description",
            "partners",
            "field_of_cooperation",
            "start_date",
            "end_date",
            "status",
            "outcome",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partners"].queryset = Organisation.objects.exclude(pk=organisation.pk)
        self.fields["field_of_cooperation"].queryset = fields_of_cooperation()
        self.fields["field_of_cooperation"].label_from_instance = lambda obj: obj.localized.name


class CooperationForm(forms.ModelForm):
    organisations = _PartnersChoice(
        label=_("Further member organisations"),
        queryset=Organisation.objects.all(),
        required=False,
    )
    institution = forms.ModelChoiceField(
        label=_("Local institution"), queryset=LocalInstitution.objects.all(), required=False
    )
    new_institution = forms.CharField(
        label=_("…or a new institution"),
        required=False,
        max_length=200,
        help_text=_("Its name, if it is not in the list yet."),
    )
    new_institution_kind = forms.ChoiceField(
        label=_("Kind of the new institution"),
        choices=LocalInstitution.Kind.choices,
        required=False,
    )
    field_of_cooperation = forms.ModelChoiceField(
        label=_("Field of cooperation"), queryset=FieldOfCooperation.objects.none(), required=False
    )

    class Meta:
        model = Cooperation
        # The institution is chosen or created by the service, not set by the model form.
        fields = [
            "organisations",
            "field_of_cooperation",
            "description",
            "start_date",
            "end_date",
            "status",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, organisation: Organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = Organisation.objects.exclude(pk=organisation.pk)
        self.fields["field_of_cooperation"].queryset = fields_of_cooperation()
        self.fields["field_of_cooperation"].label_from_instance = lambda obj: obj.localized.name

    def clean(self):
        data = super().clean()
        if not data.get("institution") and not data.get("new_institution"):
            self.add_error("institution", _("Choose an institution or name a new one."))
        return data


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's password reset, its mail handed to the worker like every other."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        html = (
            render_to_string(html_email_template_name, context)
            if html_email_template_name
            else None
        )
        queue_mail(
            subject,
            render_to_string(email_template_name, context),
            from_email,
            [to_email],
            html_message=html,
        )

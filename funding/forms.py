"""The forms of the funding pages: a booking with its receipt, the assistant's hours of a month,
and the finance system's CSV file."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from events.models import EventPage, QualificationModule

from .models import BudgetLine, Expense

RECEIPT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]


def _max_size(upload, label) -> None:
    if upload and upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
        raise forms.ValidationError(
            _("%(label)s is larger than %(size)s MB.")
            % {"label": label, "size": settings.WAGTAILDOCS_MAX_UPLOAD_SIZE // (1024 * 1024)}
        )


class ExpenseForm(forms.ModelForm):
    receipt_file = forms.FileField(
        label=_("Receipt"),
        required=False,
        validators=[FileExtensionValidator(RECEIPT_EXTENSIONS)],
        help_text=_(
            "PDF or image. Only the network management and the Evaluation group can open it."
        ),
    )

    class Meta:
        model = Expense
        fields = ["line", "booked_on", "amount", "share", "payee", "purpose", "event", "module"]
        widgets = {"booked_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        self.fields["event"].queryset = EventPage.objects.filter(locale=default).order_by("-start")
        self.fields["module"].queryset = QualificationModule.objects.filter(
            locale=default
        ).order_by("number")
        self.fields["amount"].help_text = _("In euros; a negative amount books a correction.")

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount == 0:
            raise forms.ValidationError(_("Enter an amount other than zero."))
        return amount

    def clean_receipt_file(self):
        upload = self.cleaned_data.get("receipt_file")
        _max_size(upload, _("The receipt"))
        return upload


class HoursForm(forms.Form):
    month = forms.DateField(
        label=_("Month"),
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )
    hours = forms.DecimalField(
        label=_("Hours"), max_digits=5, decimal_places=2, min_value=Decimal("0.25")
    )
    payee = forms.CharField(label=_("Assistant (payee)"), max_length=200)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file from the finance system"),
        validators=[FileExtensionValidator(["csv", "txt"])],
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        _max_size(upload, _("The file"))
        return upload


class ExpenseFilterForm(forms.Form):
    """The filters of the list of bookings: a line of the plan (by its code) and a year."""

    line = forms.ModelChoiceField(
        label=_("Line"),
        queryset=BudgetLine.objects.order_by("code"),
        to_field_name="code",
        required=False,
        empty_label=_("All lines"),
        error_messages={"invalid_choice": _("Choose a line of the financing plan.")},
    )
    year = forms.TypedChoiceField(
        label=_("Year"),
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": _("Choose one of the years listed.")},
    )

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years"))] + [
            (str(year), str(year)) for year in years
        ]


def assistant_line() -> BudgetLine | None:
    """The plan's line that books hours (the one with an hourly rate)."""
    return BudgetLine.objects.filter(hourly_rate__isnull=False).order_by("code").first()

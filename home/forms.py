"""Forms the admin uses in place of Wagtail's defaults."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .media_access import move_allowed
from .uploads import file_content_validate

MOVE_REFUSED = _(
    "Only the network management may move files out of a restricted collection into a less "
    "restricted one."
)


class CollectionMoveGuard(forms.ModelForm):
    """Refuses to move a document or image out of a restricted (members-only) collection into a
    less restricted one, unless the user belongs to the network management (home.media_access)."""

    def __init__(self, *args, **kwargs):
        self.move_user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        self.original_collection = self.instance.collection if self.instance.pk else None

    def clean_collection(self):
        collection = self.cleaned_data.get("collection")
        if not move_allowed(self.move_user, self.original_collection, collection):
            raise forms.ValidationError(MOVE_REFUSED)
        return collection


class DocumentForm(CollectionMoveGuard, BaseDocumentForm):
    """Wagtail's document form, which also checks that the file's content matches its extension
    (settings.WAGTAILDOCS_DOCUMENT_FORM_BASE), and guards moves out of restricted collections."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            file_content_validate(uploaded)
        return uploaded


class ImageForm(CollectionMoveGuard, BaseImageForm):
    """Wagtail's image form, guarding moves out of restricted collections
    (settings.WAGTAILIMAGES_IMAGE_FORM_BASE)."""


class SecondFactorCodeForm(forms.Form):
    """A code from the authenticator app, or (where `recovery` is allowed) a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, *args, recovery: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["code"]
        if recovery:
            field.help_text = _(
                "The six digits from your authenticator app, or one of your recovery codes."
            )
        else:
            field.help_text = _("The six digits your authenticator app shows now.")
            field.widget.attrs["inputmode"] = "numeric"

"""Forms the admin uses in place of Wagtail's defaults."""

from wagtail.documents.forms import BaseDocumentForm

from .uploads import file_content_validate


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, which also checks that the file's content matches its extension
    (settings.WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            file_content_validate(uploaded)
        return uploaded

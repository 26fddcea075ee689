"""The data inventory: every model field that holds personal data, with its purpose, legal basis
and retention period, kept in the code beside the models. The privacy notice is built from it
(`PrivacyPage`), so it cannot go stale: `unclassified_fields` names every field of the
project's models that is in neither the inventory nor its list of fields without personal
data, and a test fails on any (tests/home/test_privacy.py).

Each app keeps its part in its own `privacy.py` and registers it through a hook, as `home` does
for its own models below:

    @hooks.register("register_data_inventory")
    def data_inventory():
        return INVENTORY
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


class LegalBasis(models.TextChoices):
    CONSENT = "6-1-a", _("Consent (Art. 6(1)(a) GDPR)")
    CONTRACT = "6-1-b", _("A service you asked for (Art. 6(1)(b) GDPR)")
    LEGAL_OBLIGATION = "6-1-c", _("A legal obligation (Art. 6(1)(c) GDPR)")
    PUBLIC_TASK = "6-1-e", _("The city's public task (Art. 6(1)(e) GDPR)")
    LEGITIMATE_INTERESTS = "6-1-f", _("Legitimate interests: a secure site (Art. 6(1)(f) GDPR)")


@dataclass(frozen=True)
class PersonalData:
    """Fields of one model that hold personal data, and why they are kept. `retention` may name
    a number of days as `%(days)s`, read from the setting `retention_days_setting`."""

    model: str  # "app_label.ModelName"
    fields: tuple[str, ...]
    description: str  # what the fields hold, in words a visitor understands
    purpose: str
    legal_basis: LegalBasis
    retention: str
    retention_days_setting: str = ""

    def retention_text(self) -> str:
        if self.retention_days_setting:
            return str(self.retention) % {"days": getattr(settings, self.retention_days_setting)}
        return str(self.retention)


@dataclass(frozen=True)
class DataInventory:
    personal: list[PersonalData] = field(default_factory=list)
    # "app_label.ModelName" -> the fields that hold no personal data.
    not_personal: dict[str, tuple[str, ...]] = field(default_factory=dict)


def data_inventory() -> DataInventory:
    """Every app's inventory, in the order the apps registered them."""
    personal: list[PersonalData] = []
    not_personal: dict[str, tuple[str, ...]] = {}
    for hook in hooks.get_hooks("register_data_inventory"):
        inventory = hook()
        personal += inventory.personal
        not_personal |= inventory.not_personal
    return DataInventory(personal=personal, not_personal=not_personal)


def project_models() -> list[type[models.Model]]:
    """The concrete models of the project's own apps (not Django's, Wagtail's or libraries')."""
    base = Path(settings.BASE_DIR).resolve()
    own = [
        config
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base)
        and ".venv" not in Path(config.path).resolve().relative_to(base).parts
    ]
    return [model for config in own for model in config.get_models()]


def own_field_names(model: type[models.Model]) -> set[str]:
    """The fields a model itself declares (a page's own, not Wagtail's `Page` fields), without
    its primary key and the link to a parent model."""
    return {
        model_field.name
        for model_field in model._meta.local_fields + model._meta.local_many_to_many
        if not model_field.primary_key
        and not getattr(model_field.remote_field, "parent_link", False)
    }


def unclassified_fields(inventory: DataInventory | None = None) -> list[str]:
    """ "app_label.ModelName.field" of every field of the project's models that the inventory
    neither lists as personal data nor as free of it."""
    inventory = inventory or data_inventory()
    classified: dict[str, set[str]] = {}
    for entry in inventory.personal:
        classified.setdefault(entry.model, set()).update(entry.fields)
    for label, names in inventory.not_personal.items():
        classified.setdefault(label, set()).update(names)
    missing = []
    for model in project_models():
        known = classified.get(model._meta.label, set())
        missing += [
            f"{model._meta.label}.{name}" for name in sorted(own_field_names(model) - known)
        ]
    return missing


def unknown_fields(inventory: DataInventory | None = None) -> list[str]:
    """Entries that name a model or field that does not exist (renamed or removed)."""
    inventory = inventory or data_inventory()
    named = [(entry.model, entry.fields) for entry in inventory.personal]
    named += list(inventory.not_personal.items())
    unknown = []
    for label, names in named:
        try:
            model = apps.get_model(label)
        except LookupError:
            unknown.append(label)
            continue
        existing = {model_field.name for model_field in model._meta.get_fields()}
        unknown += [f"{label}.{name}" for name in names if name not in existing]
    return unknown


def privacy_notice_rows() -> list[dict]:
    """What the privacy notice lists: per kind of personal data what it is, its purpose, legal
    basis and retention, in the active language."""
    rows = []
    for entry in data_inventory().personal:
        rows.append(
            {
                "data": str(entry.description),
                "purpose": str(entry.purpose),
                "legal_basis": entry.legal_basis.label,
                "retention": entry.retention_text(),
            }
        )
    return rows

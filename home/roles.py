"""The staff roles of the Wagtail admin, as groups with permissions, and the editorial workflow.

Only the network's staff get admin accounts: the network manager, editors, reviewers and
translators. Member organisations work in the extranet, never here. `roles_ensure()` is
idempotent; `manage.py setup_roles` and `seed_demo` call it. Run it again after adding a language
(its translators' group is tied to that language's home page).

Media: the network manager holds the image and document permissions on the root collection, so
on every collection. The other staff groups hold them only on unrestricted collections below
the root (the public collection "Öffentlich" and its unrestricted siblings such as "Logos"), never
on the root or on a collection that has a view restriction or contains one (the members-only
"Extranet"): permissions on a collection reach every collection below it. Running `roles_ensure()`
again takes back such grants from older installations.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

NETWORK_MANAGERS = "Netzwerkmanagement"
EDITORS = "Redaktion"
REVIEWERS = "Freigabe"
# Read-only access to the reports and exports, e.g. for an external evaluator of the funder.
EVALUATORS = "Evaluation"
TRANSLATORS_PREFIX = "Übersetzung"
# The collection below the root for the website's images and documents, which all staff manage.
PUBLIC_COLLECTION_NAME = "Öffentlich"
MEDIA_APPS = ("wagtailimages", "wagtaildocs")
WORKFLOW_NAME = "Redaktionelle Freigabe"
# Wagtail's installer creates these two; we give them German names.
WAGTAIL_DEFAULT_NAMES = {EDITORS: "Editors", REVIEWERS: "Moderators"}

PAGE_PERMISSIONS = {
    NETWORK_MANAGERS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
    EDITORS: ["add_page", "change_page"],
    REVIEWERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MEDIA_PERMISSIONS = ["add", "change", "choose", "delete"]
# The network's own data (organisations, modules, goals …) is managed by the network manager.
MANAGED_APPS = ["members", "events", "surveys", "participation", "evaluation", "funding"]


def translators_group_name(language_code: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        language = str(get_language_info(language_code)["name_translated"])
    return f"{TRANSLATORS_PREFIX} – {language}"


def _group(name: str) -> Group:
    group = Group.objects.filter(name=name).first()
    if group is None and name in WAGTAIL_DEFAULT_NAMES:
        group = Group.objects.filter(name=WAGTAIL_DEFAULT_NAMES[name]).first()
        if group is not None:
            group.name = name
            group.save(update_fields=["name"])
    return group or Group.objects.create(name=name)


def _model_permissions(*codenames_by_app: tuple[str, str]) -> list[Permission]:
    permissions = []
    for app_label, codename in codenames_by_app:
        permissions.extend(
            Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def _grant_pages(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_media(group: Group, collection: Collection) -> None:
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in MEDIA_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def public_collection_ensure() -> Collection:
    """The public collection for the website's media (created below the root if missing)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PUBLIC_COLLECTION_NAME).first()
    return collection or root.add_child(instance=Collection(name=PUBLIC_COLLECTION_NAME))


def _collections_not_for_staff(root: Collection) -> set[int]:
    """The root, every restricted collection, every collection above one (a grant there would
    reach it) and every collection below one (restricted by it as well)."""
    unsafe = {root.pk}
    for restricted in Collection.objects.filter(view_restrictions__isnull=False).distinct():
        unsafe.update(restricted.get_ancestors(inclusive=True).values_list("pk", flat=True))
        unsafe.update(restricted.get_descendants().values_list("pk", flat=True))
    return unsafe


def _staff_media_collections(root: Collection) -> list[Collection]:
    """The collections the staff groups other than the network manager get media permissions
    on: the public collection and every other collection right below the root that is not
    restricted and contains no restricted collection."""
    public_collection_ensure()
    unsafe = _collections_not_for_staff(root)
    return [collection for collection in root.get_children() if collection.pk not in unsafe]


def _revoke_media(group: Group, collection_ids: set[int]) -> None:
    GroupCollectionPermission.objects.filter(
        group=group,
        collection_id__in=collection_ids,
        permission__content_type__app_label__in=MEDIA_APPS,
    ).delete()


def _root_media_publish(root: Collection) -> None:
    """Media kept directly in the (unrestricted) root moves to the public collection, so the staff,
    who no longer hold permissions on the root, still find the website's images and documents."""
    if root.view_restrictions.exists():
        return
    public = public_collection_ensure()
    for model in (get_image_model(), get_document_model()):
        model.objects.filter(collection=root).update(collection=public)


def _staff_media(group: Group, root: Collection, collections: list[Collection]) -> None:
    _revoke_media(group, _collections_not_for_staff(root))
    for collection in collections:
        _grant_media(group, collection)


@transaction.atomic
def roles_ensure() -> dict[str, Group]:
    """Create or complete the staff groups and the editorial workflow. Returns groups by name."""
    root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    admin_access = _model_permissions(("wagtailadmin", "access_admin"))
    submit_translation = _model_permissions(("wagtail_localize", "submit_translation"))
    staff_collections = _staff_media_collections(root_collection)
    _root_media_publish(root_collection)
    groups = {}

    for name in (NETWORK_MANAGERS, EDITORS, REVIEWERS):
        group = _group(name)
        group.permissions.add(*admin_access, *submit_translation)
        _grant_pages(group, root, PAGE_PERMISSIONS[name])
        if name == NETWORK_MANAGERS:
            _grant_media(group, root_collection)
        else:
            _staff_media(group, root_collection, staff_collections)
        groups[name] = group

    # Evaluators only open the admin to read the reports: no pages, media or data to change.
    evaluators = _group(EVALUATORS)
    evaluators.permissions.add(*admin_access)
    _revoke_media(evaluators, set(Collection.objects.values_list("pk", flat=True)))
    groups[EVALUATORS] = evaluators

    managers = groups[NETWORK_MANAGERS]
    managers.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=MANAGED_APPS),
        *Permission.objects.filter(
            content_type__app_label="home",
            codename__in=["change_footersettings", "change_contactsettings"],
        ),
        *Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=["add_locale", "change_locale"]
        ),
    )

    # Translators edit only the page tree of their own language; what they change goes through
    # the same review as everyone's, so they never publish on their own.
    default_language = settings.LANGUAGE_CODE
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == default_language:
            continue
        group = _group(translators_group_name(code))
        group.permissions.add(*admin_access, *submit_translation)
        locale = Locale.objects.filter(language_code=code).first()
        home = Page.objects.filter(depth=2, locale=locale).first() if locale else None
        if home is not None:
            _grant_pages(group, home, ["add_page", "change_page"])
        _staff_media(group, root_collection, staff_collections)
        groups[group.name] = group

    _ensure_workflow(root, [groups[REVIEWERS], groups[NETWORK_MANAGERS]])
    return groups


def _ensure_workflow(root: Page, approvers: list[Group]) -> Workflow:
    """One review step before anything is published, for every page tree: by the reviewers or
    the network manager (who also approves the offerings member organisations propose)."""
    workflow = (
        Workflow.objects.filter(name=WORKFLOW_NAME).first()
        or Workflow.objects.filter(name="Moderators approval").first()
        or Workflow.objects.create(name=WORKFLOW_NAME)
    )
    if workflow.name != WORKFLOW_NAME or not workflow.active:
        workflow.name = WORKFLOW_NAME
        workflow.active = True
        workflow.save()
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Freigabe durch die Redaktionsleitung")
        # Saved directly: the workflow's own `workflow_tasks` relation only keeps it in memory
        # until the workflow itself is saved again.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if task.name == "Moderators approval":
        task.name = "Freigabe durch die Redaktionsleitung"
        task.save(update_fields=["name"])
    task.groups.add(*approvers)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow

"""The directory's pages and the extranet's views. Thin: they check access (members.access),
call services for writes and selectors for reads, and render."""

import json
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from home.mail import mails_failed
from home.pagination import page_number
from home.public_address import address_parse, public_host, public_url
from home.throttle import throttle

from . import access, exports, forms, selectors, services
from .models import Cooperation, Invitation, JointInitiative, Membership, Organisation, Visibility

DIRECTORY_PAGE_SIZE = 24


def _base_url(request) -> str:
    return public_url("/")


# Public directory -----------------------------------------------------------------------------


def directory(request, *, page):
    options = selectors.directory_filter_options()
    form = forms.DirectoryFilterForm(request.GET or None, options=options)
    filters = {"query": "", "field": "", "language": "", "district": ""}
    status = 200
    if form.is_bound:
        if form.is_valid():
            data = form.cleaned_data
            filters = {
                "query": " ".join(data["q"].split()),
                "field": data["field"],
                "language": data["language"],
                "district": data["district"],
            }
        else:
            status = 400
    organisations = selectors.directory_search(**filters) if status == 200 else []
    paginator = Paginator(organisations, DIRECTORY_PAGE_SIZE)
    current = paginator.page(min(page_number(request.GET.get("page")), paginator.num_pages))
    cards = [
        {"organisation": organisation, "texts": selectors.organisation_texts(organisation)}
        for organisation in current
    ]
    query = request.GET.copy()
    query.pop("page", None)
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "cards": cards,
            "pages": current,
            "filtered": any(filters.values()),
            "invalid": status == 400,
            "count": paginator.count,
            "query_string": query.urlencode(),
        },
    )
    response.status_code = status
    return response


def directory_profile(request, *, page, slug):
    organisation = selectors.organisation_listed(slug)
    if organisation is None:
        raise Http404
    return page.render(
        request,
        template="members/organisation_profile.html",
        context_overrides={
            "organisation": organisation,
            "texts": selectors.organisation_texts(organisation),
            "logo_alt": selectors.image_alt(organisation.logo),
            "translation_subpath": f"{organisation.slug}/",
            "page_description": organisation.short_description,
        },
    )


# Access decorators ----------------------------------------------------------------------------


def members_only(view):
    """Members of the network only; anyone else gets the login page. Responses are private and
    never cached."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not access.is_network_member(request.user):
            return access.login_redirect(request)
        return access.private_response(view(request, *args, **kwargs))

    return wrapper


def login_required_private(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return access.login_redirect(request)
        return access.private_response(view(request, *args, **kwargs))

    return wrapper


def _organisation_for_editing(request, slug) -> Organisation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not access.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    return organisation


def _render(request, template, context, status=200):
    return render(request, template, context, status=status)


# Accounts -------------------------------------------------------------------------------------


class LoginView(auth_views.LoginView):
    template_name = "members/login.html"
    authentication_form = forms.LoginForm

    def get_success_url(self):
        user = self.request.user
        language = selectors.user_language(user)
        if access.is_network_member(user):
            return self.get_redirect_url() or _extranet_url(language)
        with translation.override(language):
            return self.get_redirect_url() or reverse("members:account")

    def form_valid(self, form):
        response = super().form_valid(form)
        access.private_response(response)
        return response


def _extranet_url(language: str) -> str:
    locale = Locale.objects.filter(language_code=language).first()
    root = selectors.extranet_root(locale=locale)
    return root.url if root is not None else reverse("members:account")


@require_POST
def logout_view(request):
    logout(request)
    messages.success(request, _("You are logged out."))
    return redirect(reverse("members:login"))


class PasswordResetView(auth_views.PasswordResetView):
    form_class = forms.QueuedPasswordResetForm
    template_name = "members/password_reset.html"
    email_template_name = "members/emails/password_reset.txt"
    subject_template_name = "members/emails/password_reset_subject.txt"
    success_url = reverse_lazy("members:password_reset_done")

    def post(self, request, *args, **kwargs):
        # Each request mails whoever owns the address: limited per address and per sender.
        throttle(request, "password_reset", by="ip")
        throttle(request, "password_reset", by="email", value=request.POST.get("email"))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        # The link in the mail follows the public address, not the host this request came by.
        scheme, _host, _port = address_parse(settings.PUBLIC_URL)
        self.extra_email_context = {"protocol": scheme, "domain": public_host()}
        response = super().form_valid(form)
        if mails_failed(self.request):
            # Only an existing account gets a mail, so only then can it fail.
            form.add_error(
                None, _("The e-mail could not be sent just now. Please try again later.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=503)
        return response


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "members/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "members/password_reset_confirm.html"
    success_url = reverse_lazy("members:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "members/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "members/password_change.html"
    success_url = reverse_lazy("members:account")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


def invitation(request, token):
    """Accept an invitation: a logged-in user joins with one click; anyone else creates an
    account. Unknown, used and expired links get a page that says so (410 Gone for the latter)."""
    try:
        found = services.invitation_find(token)
    except services.InvitationError as error:
        return _invitation_problem(request, error)
    account_form = None
    if request.method == "POST":
        try:
            if request.user.is_authenticated:
                membership = services.invitation_accept(token=token, user=request.user)
            else:
                account_form = forms.AccountCreateForm(request.POST, email=found.email)
                if not account_form.is_valid():
                    return access.private_response(
                        _render(
                            request,
                            "members/invitation.html",
                            {"invitation": found, "form": account_form},
                            status=400,
                        )
                    )
                data = account_form.cleaned_data
                membership = services.invitation_accept(
                    token=token,
                    account={
                        "first_name": data["first_name"],
                        "last_name": data["last_name"],
                        "password": data["password1"],
                    },
                )

                login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
        except services.InvitationError as error:
            return _invitation_problem(request, error)
        messages.success(
            request,
            _("Welcome! You are now a member of %(organisation)s.")
            % {"organisation": membership.organisation.name},
        )
        return redirect(_extranet_url(selectors.user_language(membership.user)))
    if not request.user.is_authenticated:
        account_form = forms.AccountCreateForm(email=found.email)
    return access.private_response(
        _render(request, "members/invitation.html", {"invitation": found, "form": account_form})
    )


def _invitation_problem(request, error: services.InvitationError):
    code = error.code
    status = (
        410
        if code in ("used", "expired", "withdrawn")
        else (409 if code == "account_exists" else 404)
    )
    return access.private_response(
        _render(
            request,
            "members/invitation_problem.html",
            {"message": error.message, "code": code},
            status=status,
        )
    )


@login_required_private
def account(request):
    user = request.user
    initial = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "language": selectors.user_language(user),
    }
    if request.method == "POST":
        form = forms.AccountSettingsForm(request.POST, initial=initial)
        if form.is_valid():
            user.first_name = form.cleaned_data["first_name"]
            user.last_name = form.cleaned_data["last_name"]
            user.save(update_fields=["first_name", "last_name"])
            language = form.cleaned_data["language"]
            services.user_language_set(user=user, language=language)
            with translation.override(language):
                messages.success(request, _("Your settings have been saved."))
                return redirect(reverse("members:account"))
        status = 400
    else:
        form = forms.AccountSettingsForm(initial=initial)
        status = 200
    return _render(
        request,
        "members/account.html",
        {
            "form": form,
            "memberships": selectors.user_organisations(user),
            "is_staff_account": selectors.is_staff_account(user),
            "account_sections": selectors.account_sections(user),
        },
        status=status,
    )


@login_required_private
def account_export(request):
    data = exports.personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="meine-daten.json"'
    return response


@login_required_private
def account_delete(request):
    user = request.user
    if selectors.is_staff_account(user):
        return _render(request, "members/account_delete.html", {"staff": True}, status=403)
    form = forms.AccountDeleteForm(request.POST or None, user=user)
    if request.method == "POST":
        if form.is_valid():
            logout(request)
            services.account_delete(user=user)
            messages.success(request, _("Your account has been deleted."))
            return redirect(reverse("members:login"))
        return _render(request, "members/account_delete.html", {"form": form}, status=400)
    return _render(request, "members/account_delete.html", {"form": form})


# Extranet: the network ---------------------------------------------------------------------


@members_only
def member_directory(request):
    return _render(
        request,
        "members/member_directory.html",
        {"organisations": selectors.member_directory(), "nav_key": "members"},
    )


@members_only
def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    levels = selectors.fields_visible_to(user=request.user, organisation=organisation)
    can_edit = access.can_edit_organisation(request.user, organisation)
    return _render(
        request,
        "members/organisation_detail.html",
        {
            "organisation": organisation,
            "texts": selectors.organisation_texts(organisation),
            "show_network": Visibility.NETWORK in levels,
            "show_internal": Visibility.ORGANISATION in levels,
            "show_manager": Visibility.MANAGER in levels,
            "can_edit": can_edit,
            "members": selectors.organisation_members(organisation) if can_edit else None,
            "completeness": selectors.profile_completeness(organisation) if can_edit else None,
            "nav_key": "members",
        },
    )


@members_only
def organisation_edit(request, slug):
    organisation = _organisation_for_editing(request, slug)
    editable = selectors.editable_fields(request.user, organisation)
    form = forms.OrganisationProfileForm(
        request.POST or None, request.FILES or None, instance=organisation, editable=editable
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                change = services.update_profile(
                    user=request.user,
                    organisation=organisation,
                    data=form.profile_data(),
                    translations=form.translations_data(),
                    offerings=form.offerings_data(),
                    logo_file=form.cleaned_data.get("logo_upload"),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if change is None:
                    messages.info(request, _("Nothing was changed; the profile is confirmed."))
                else:
                    messages.success(request, _("The profile has been saved."))
                return redirect(reverse("members:organisation", kwargs={"slug": organisation.slug}))
        organisation.refresh_from_db()
        return _render(
            request,
            "members/organisation_edit.html",
            {"organisation": organisation, "form": form, "nav_key": "members"},
            status=400,
        )
    return _render(
        request,
        "members/organisation_edit.html",
        {"organisation": organisation, "form": form, "nav_key": "members"},
    )


@members_only
@require_POST
def organisation_confirm(request, slug):
    organisation = _organisation_for_editing(request, slug)
    services.profile_confirm(user=request.user, organisation=organisation)
    messages.success(request, _("Thank you! The profile is confirmed as correct."))
    return redirect(reverse("members:organisation", kwargs={"slug": organisation.slug}))


def _visible_changes(changes, levels):
    allowed = {str(level) for level in levels}
    result = []
    for change in changes:
        items = [item for item in change.changes if item.get("visibility", "public") in allowed]
        if items or not change.changes:
            result.append({"change": change, "items": items})
    return result


@members_only
def organisation_history(request, slug):
    organisation = _organisation_for_editing(request, slug)
    levels = selectors.fields_visible_to(user=request.user, organisation=organisation)
    paginator = Paginator(selectors.profile_history(organisation), 25)
    current = paginator.page(min(page_number(request.GET.get("page")), paginator.num_pages))
    return _render(
        request,
        "members/organisation_history.html",
        {
            "organisation": organisation,
            "changes": _visible_changes(current, levels),
            "pages": current,
            "nav_key": "members",
        },
    )


@members_only
def organisation_members(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    roles = access.invitable_roles(request.user, organisation)
    if not roles:
        raise PermissionDenied
    form = forms.InvitationForm(
        request.POST or None, roles=roles, initial={"language": translation.get_language()}
    )
    status = 200
    if request.method == "POST":
        # An invitation mails any address: a stolen or careless account may not send thousands.
        throttle(request, "invitation", by="user")
        if form.is_valid():
            try:
                services.invitation_create(
                    by=request.user,
                    organisation=organisation,
                    email=form.cleaned_data["email"],
                    role=form.cleaned_data["role"],
                    language=form.cleaned_data["language"],
                    base_url=_base_url(request),
                )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                if mails_failed(request):
                    messages.error(
                        request,
                        _("The invitation to %(email)s could not be sent. Please try again later.")
                        % {"email": form.cleaned_data["email"]},
                    )
                else:
                    messages.success(
                        request,
                        _("The invitation has been sent to %(email)s.")
                        % {"email": form.cleaned_data["email"]},
                    )
                return redirect(request.path)
        status = 400
    return _render(
        request,
        "members/organisation_members.html",
        {
            "organisation": organisation,
            "members": selectors.organisation_members(organisation),
            "invitations": selectors.invitations_open(organisation),
            "form": form,
            "is_manager": access.is_network_manager(request.user),
            "nav_key": "members",
        },
        status=status,
    )


@members_only
@require_POST
def membership_remove(request, slug, pk):
    organisation = get_object_or_404(Organisation, slug=slug)
    membership = get_object_or_404(Membership, pk=pk, organisation=organisation)
    services.membership_remove(by=request.user, membership=membership)
    messages.success(
        request,
        _("%(name)s has been removed.")
        % {"name": membership.user.get_full_name() or membership.user.get_username()},
    )
    if membership.user_id == request.user.pk:
        return redirect(reverse("members:account"))
    return redirect(reverse("members:organisation_members", kwargs={"slug": slug}))


@members_only
@require_POST
def invitation_withdraw(request, slug, pk):
    organisation = get_object_or_404(Organisation, slug=slug)
    found = get_object_or_404(Invitation, pk=pk, organisation=organisation)
    services.invitation_withdraw(by=request.user, invitation=found)
    messages.success(request, _("The invitation has been withdrawn."))
    return redirect(reverse("members:organisation_members", kwargs={"slug": slug}))


@members_only
def organisation_export(request, slug):
    organisation = _organisation_for_editing(request, slug)
    data = exports.organisation_data(organisation=organisation, user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{organisation.slug}.json"'
    return response


# Extranet: joint initiatives and cooperations ----------------------------------------------


@members_only
def initiatives(request):
    return _render(
        request,
        "members/initiatives.html",
        {
            "initiatives": selectors.initiatives(),
            "cooperations": selectors.cooperations(),
            "editable": [
                m.organisation for m in selectors.user_organisations(request.user) if m.is_contact
            ],
            "nav_key": "initiatives",
        },
    )


def _initiative_save(request, organisation, form) -> str:
    services.initiative_save(
        by=request.user,
        organisation=organisation,
        initiative=form.save(commit=False),
        partners=list(form.cleaned_data["partners"]),
    )
    return _("The joint initiative has been saved.")


def _cooperation_save(request, organisation, form) -> str:
    services.cooperation_save(
        by=request.user,
        organisation=organisation,
        cooperation=form.save(commit=False),
        organisations=list(form.cleaned_data["organisations"]),
        institution=form.cleaned_data.get("institution"),
        new_institution={
            "name": form.cleaned_data.get("new_institution"),
            "kind": form.cleaned_data.get("new_institution_kind"),
        },
    )
    return _("The cooperation has been saved.")


# The kinds of joint work an organisation records: its model, the relation that names the
# organisations taking part, its form, and the save that returns the confirmation message.
JOINT_WORK = {
    "initiative": {
        "model": JointInitiative,
        "partners": "partners",
        "form": forms.JointInitiativeForm,
        "save": _initiative_save,
    },
    "cooperation": {
        "model": Cooperation,
        "partners": "organisations",
        "form": forms.CooperationForm,
        "save": _cooperation_save,
    },
}


@members_only
def joint_work_edit(request, slug, pk=None, *, kind):
    """Record or change a joint initiative or a cooperation (`kind`, given by the URL) on behalf
    of the organisation `slug`; an existing one only for one of its organisations or for the
    network manager."""
    spec = JOINT_WORK[kind]
    organisation = _organisation_for_editing(request, slug)
    instance = get_object_or_404(spec["model"], pk=pk) if pk else spec["model"]()
    if pk and not (
        access.is_network_manager(request.user)
        or getattr(instance, spec["partners"]).filter(pk=organisation.pk).exists()
    ):
        raise PermissionDenied
    form = spec["form"](request.POST or None, instance=instance, organisation=organisation)
    if request.method == "POST":
        if form.is_valid():
            messages.success(request, spec["save"](request, organisation, form))
            return redirect(reverse("members:initiatives"))
        status = 400
    else:
        status = 200
    return _render(
        request,
        "members/initiative_form.html",
        {"form": form, "organisation": organisation, "kind": kind, "nav_key": "initiatives"},
        status=status,
    )


# Extranet: the network manager -------------------------------------------------------------


@members_only
def network_overview(request):
    """For the network manager: every profile change, and the profiles due for confirmation."""
    if not access.is_network_manager(request.user):
        raise PermissionDenied
    paginator = Paginator(selectors.profile_history(), 50)
    current = paginator.page(min(page_number(request.GET.get("page")), paginator.num_pages))
    return _render(
        request,
        "members/network_overview.html",
        {
            "changes": _visible_changes(current, set(Visibility)),
            "pages": current,
            "stale": selectors.organisations_stale(),
            "nav_key": "overview",
        },
    )

"""The calendar's pages, registration and its links, and the extranet's event tools. Thin: they
check access, validate a form, call a service or a selector, and render."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.models import Locale

from home.mail import mails_failed
from home.pagination import page_number
from home.public_address import public_url
from home.throttle import throttle
from members import access
from members.models import Membership, Organisation, Role
from members.views import members_only

from . import (
    certificates,
    checkin,
    exports,
    feeds,
    forms,
    questions,
    selectors,
    services,
    sign_in_sheets,
)
from .models import CalendarFeed, EventPage, QualificationModule, RegistrationStatus

PAGE_SIZE = 20


def _private_if_member(request, response):
    """Members see members-only events in lists: such a page is theirs alone."""
    if access.is_network_member(request.user):
        access.private_response(response)
    return response


# Calendar ------------------------------------------------------------------------------------


def _filters(request) -> tuple[forms.CalendarFilterForm, selectors.CalendarFilters, bool]:
    keys = ("kind", "organisation", "field", "language")
    bound = any(request.GET.get(key) for key in keys)
    form = forms.CalendarFilterForm(
        request.GET if bound else None, options=selectors.filter_options()
    )
    if not bound:
        return form, selectors.CalendarFilters(), True
    if not form.is_valid():
        return form, selectors.CalendarFilters(), False
    return form, selectors.CalendarFilters(**{key: form.cleaned_data[key] for key in keys}), True


def _query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def calendar_list(request, *, page, past: bool):
    form, filters, valid = _filters(request)
    if valid:
        events = (selectors.events_past if past else selectors.events_upcoming)(
            index=page, viewer=request.user, filters=filters
        )
    else:
        events = EventPage.objects.none()
    paginator = Paginator(events, PAGE_SIZE)
    current = paginator.page(min(page_number(request.GET.get("page")), paginator.num_pages))
    today = timezone.localdate()
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "invalid": not valid,
            "filtered": filters.any(),
            "events": current,
            "past": past,
            "count": paginator.count,
            "query_string": _query_without_page(request),
            "month_url": page.url
            + page.reverse_subpage(
                "month_route", kwargs={"year": f"{today.year:04d}", "month": f"{today.month:02d}"}
            ),
        },
    )
    if not valid:
        response.status_code = 400
    return _private_if_member(request, response)


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def calendar_month(request, *, page, year: int, month: int):
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise Http404
    form, filters, valid = _filters(request)
    weeks = (
        selectors.month_weeks(
            index=page, viewer=request.user, filters=filters, year=year, month=month
        )
        if valid
        else []
    )
    query = _query_without_page(request)

    def month_url(y, m):
        url = page.url + page.reverse_subpage(
            "month_route", kwargs={"year": f"{y:04d}", "month": f"{m:02d}"}
        )
        return f"{url}?{query}" if query else url

    response = page.render(
        request,
        template="events/event_month.html",
        context_overrides={
            "form": form,
            "invalid": not valid,
            "weeks": weeks,
            "has_events": any(day["events"] for week in weeks for day in week),
            "month": datetime.date(year, month, 1),
            "previous_url": month_url(*_month_shift(year, month, -1)),
            "next_url": month_url(*_month_shift(year, month, 1)),
            "today": timezone.localdate(),
        },
    )
    if not valid:
        response.status_code = 400
    return _private_if_member(request, response)


def module_list(request, *, page):
    modules = selectors.modules_for_locale(page.locale)
    return page.render(
        request,
        template="events/module_list.html",
        context_overrides={"modules": modules},
    )


def module_detail(request, *, page, number: int):
    module = QualificationModule.objects.filter(locale=page.locale, number=number).first()
    if module is None:
        raise Http404
    sessions = selectors.module_sessions(module=module, viewer=request.user, locale=page.locale)
    now = timezone.now()
    links = []
    for hook in hooks.get_hooks("qualification_module_links"):
        links.extend(hook(request=request, module=module))
    materials = None
    if module.materials_page_id and access.is_network_member(request.user):
        materials = module.materials_page.localized
    response = page.render(
        request,
        template="events/module_detail.html",
        context_overrides={
            "module": module,
            "upcoming": [event for event in sessions if event.end >= now],
            "past": [event for event in sessions if event.end < now],
            "materials": materials,
            "links": links,
        },
    )
    return _private_if_member(request, response)


def calendar_feed(request):
    """The public events of the active language's calendar, for subscribing."""
    calendar = selectors.calendar_for_locale(Locale.get_active())
    if calendar is None:
        raise Http404
    return feeds.ics_response(
        name=calendar.title,
        events=selectors.events_for_public_feed(locale=calendar.locale),
        request=request,
        filename=f"{calendar.slug}.ics",
    )


# Event and registration ------------------------------------------------------------------------


def _member_organisations(user):
    if access.is_network_manager(user):
        return Organisation.objects.order_by("name")
    return Organisation.objects.filter(memberships__user=user).order_by("name")


def _registration_form(request, page, data=None):
    asked = questions.event_questions(page, translation.get_language())
    if access.is_network_member(request.user):
        return forms.MemberRegistrationForm(
            data, organisations=_member_organisations(request.user), questions=asked
        )
    return forms.PublicRegistrationForm(data, questions=asked)


def _render_event(request, page, *, form=None, error: str = "", status: int = 200):
    event = page.original
    user = request.user
    is_member = access.is_network_member(user)
    # The admin previews events that are not saved yet: nothing to count for them.
    saved = event.pk is not None
    context = {
        "places": selectors.event_places(event) if page.registration_required and saved else None,
        "registration_open": page.registration_open(),
        "form": form or _registration_form(request, page),
        "is_member": is_member,
        "is_manager": access.is_network_manager(user),
        "own_registration": selectors.user_registration(event=event, user=user) if saved else None,
        "registration_error": error,
        "module": page.module.localized if page.module_id else None,
        "minutes": page.minutes_page.localized if page.minutes_page_id and is_member else None,
        "calendar": page.get_parent().specific if page.pk else None,
        "texts": {field: page.text_in_language(field) for field in ("teaser", "description")},
    }
    if context["own_registration"] is not None:
        context["own_registration_url"] = reverse(
            "events:registration", args=[services.registration_token(context["own_registration"])]
        )
    response = page.render(request, context_overrides=context)
    response.status_code = status
    if is_member or request.method == "POST":
        access.private_response(response)
    return response


def event_detail(request, *, page):
    return _render_event(request, page)


def event_register(request, *, page):
    if request.method != "POST":
        return redirect(page.url)
    if not access.is_network_member(request.user):
        # A visitor's registration mails text of their choosing to the address they type.
        throttle(request, "event_registration", by="ip")
        throttle(request, "event_registration", by="email", value=request.POST.get("email"))
    form = _registration_form(request, page, request.POST)
    if not form.is_valid():
        return _render_event(request, page, form=form, status=400)
    data = form.cleaned_data
    language = translation.get_language()
    try:
        if isinstance(form, forms.MemberRegistrationForm):
            for_other = data["for_whom"] == form.FOR_OTHER
            if for_other:
                organisation = data.get("organisation")
            else:
                # Oneself counts for one's own organisation (none for the network manager).
                membership = Membership.objects.filter(user=request.user).first()
                organisation = membership.organisation if membership else None
            registration = services.registration_member(
                event=page,
                by=request.user,
                name=data["name"] if for_other else "",
                email=data["email"] if for_other else "",
                organisation=organisation,
                language=language,
                answers=form.answers(),
            )
        else:
            registration = services.registration_request(
                event=page,
                name=data["name"],
                email=data["email"],
                organisation_name=data["organisation_name"],
                language=language,
                consent=data["consent"],
                answers=form.answers(),
            )
    except services.RegistrationError as error:
        status = 400 if error.code == "consent" else 409
        return _render_event(request, page, form=form, error=error.message, status=status)
    if registration.status == RegistrationStatus.PENDING:
        # Without the mail there is no link to confirm with: the page must not claim it was sent.
        mail_failed = mails_failed(request) > 0
        return access.private_response(
            render(
                request,
                "events/registration_pending.html",
                {"page": page, "registration": registration, "mail_failed": mail_failed},
                status=503 if mail_failed else 200,
            )
        )
    if registration.status == RegistrationStatus.WAITING:
        messages.warning(request, _("The event is full: you are on the waiting list."))
    else:
        messages.success(request, _("The registration is done."))
    return redirect("events:registration", token=services.registration_token(registration))


def event_ics(request, pk):
    event = get_object_or_404(EventPage.objects.live(), pk=pk)
    if event.is_members_only and not access.is_network_member(request.user):
        raise Http404
    return feeds.ics_response(
        name=event.title,
        events=[event],
        request=request,
        filename=f"{event.slug}.ics",
        private=event.is_members_only,
    )


def _registration_and_page(token):
    """The registration a link's token names, and its event in the active language."""
    registration = services.registration_from_token(token)
    if registration is None:
        return None, None
    return registration, selectors.event_in_language(registration.event, translation.get_language())


def _invalid_link(request):
    response = render(request, "events/registration_invalid.html", {}, status=404)
    return access.private_response(response)


def _admission(registration, page) -> dict | None:
    """The admission code and its QR code, for whoever holds a place or waits, until the end."""
    holds = registration.status in (RegistrationStatus.REGISTERED, RegistrationStatus.WAITING)
    if not holds or registration.anonymised_at or page.end < timezone.now():
        return None
    return {
        "code": checkin.admission_code(registration),
        "qr": checkin.qr_svg(
            checkin.admission_url(registration), title=_("QR code of your admission code")
        ),
    }


def _render_registration(
    request, page, registration, token: str, *, error: str = "", status: int = 200
):
    context = {
        "page": page,
        "registration": registration,
        # The link's own token: a fresh one would differ with the second it is signed in.
        "token": token,
        "waiting_position": selectors.waiting_position(registration),
        "can_cancel": registration.is_active and page.start > timezone.now(),
        "certificate": registration.has_certificate,
        "admission": _admission(registration, page),
        "error": error,
        "is_member": access.is_network_member(request.user),
    }
    response = render(request, "events/registration_detail.html", context, status=status)
    return access.private_response(response)


def registration_detail(request, token):
    registration, page = _registration_and_page(token)
    if registration is None:
        return _invalid_link(request)
    return _render_registration(request, page, registration, token)


def registration_confirm(request, token):
    """GET shows the page with the button (mail scanners open links); POST confirms."""
    registration, page = _registration_and_page(token)
    if registration is None:
        return _invalid_link(request)
    if request.method != "POST":
        return _render_registration(request, page, registration, token)
    try:
        registration = services.registration_confirm(registration=registration)
    except services.RegistrationError as error:
        return _render_registration(
            request, page, registration, token, error=error.message, status=409
        )
    if registration.status == RegistrationStatus.WAITING:
        messages.warning(request, _("The event is full: you are on the waiting list."))
    else:
        messages.success(request, _("Thank you: your registration is confirmed."))
    return redirect("events:registration", token=token)


def registration_accept(request, token):
    """The person moved up from the waiting list confirms the offered place. GET shows the
    page with the button (mail scanners open links); POST confirms."""
    registration, page = _registration_and_page(token)
    if registration is None:
        return _invalid_link(request)
    if request.method != "POST":
        return _render_registration(request, page, registration, token)
    try:
        services.offer_accept(registration=registration)
    except services.RegistrationError as error:
        registration.refresh_from_db()
        return _render_registration(
            request, page, registration, token, error=error.message, status=409
        )
    messages.success(request, _("Thank you: the place is yours."))
    return redirect("events:registration", token=token)


def registration_cancel(request, token):
    registration, page = _registration_and_page(token)
    if registration is None:
        return _invalid_link(request)
    if request.method != "POST":
        return _render_registration(request, page, registration, token)
    try:
        services.registration_cancel(registration=registration)
    except services.RegistrationError as error:
        return _render_registration(
            request, page, registration, token, error=error.message, status=409
        )
    messages.success(request, _("Your registration has been cancelled."))
    return redirect("events:registration", token=token)


def _certificate_unavailable(request, page, registration):
    """Why there is no certificate, in the visitor's language: gone with the personal data
    (410), or not (yet) earned (404)."""
    if registration.anonymised_at:
        reason, status = "removed", 410
    elif page.start > timezone.now():
        reason, status = "not_started", 404
    else:
        reason, status = "not_present", 404
    response = render(
        request,
        "events/certificate_unavailable.html",
        {
            "page": page,
            "reason": reason,
            "retention_days": settings.EVENT_REGISTRATION_RETENTION_DAYS,
        },
        status=status,
    )
    return access.private_response(response)


def registration_certificate(request, token):
    registration, page = _registration_and_page(token)
    if registration is None:
        return _invalid_link(request)
    if not registration.has_certificate:
        return _certificate_unavailable(request, page, registration)
    response = HttpResponse(
        certificates.certificate_pdf(registration), content_type="application/pdf"
    )
    filename = certificates.certificate_filename(registration)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return access.private_response(response)


# Extranet ------------------------------------------------------------------------------------


def _event_for_manager(request, pk) -> EventPage:
    if not access.is_network_manager(request.user):
        raise PermissionDenied
    return get_object_or_404(EventPage, pk=pk).original


def _personal_feed_url(request) -> str:
    feed, _created = CalendarFeed.objects.get_or_create(user=request.user)
    return public_url(reverse("events:personal_feed", args=[feed.token]))


@members_only
def my_events(request):
    user = request.user
    language = translation.get_language()
    registrations = [
        {
            "registration": r,
            "event": selectors.event_in_language(r.event, language),
            "url": reverse("events:registration", args=[services.registration_token(r)]),
        }
        for r in selectors.registrations_of_user(user)
    ]
    offerings = [
        {"event": event, "status": selectors.offering_status(event)}
        for event in selectors.offerings_of_user(user)
    ]
    can_submit = (
        access.is_network_manager(user) or user.memberships.filter(role=Role.CONTACT).exists()
    )
    calendar = selectors.calendar_for_locale(Locale.get_active())
    return render(
        request,
        "events/my_events.html",
        {
            "registrations": registrations,
            "offerings": offerings,
            "can_submit": can_submit,
            "feed_url": _personal_feed_url(request),
            "calendar": calendar,
            "manager_events": selectors.events_needing_attendance()
            if access.is_network_manager(user)
            else [],
            "nav_key": "events",
        },
    )


@members_only
def offering_submit(request):
    user = request.user
    if access.is_network_manager(user):
        organisations = Organisation.objects.order_by("name")
    else:
        organisations = Organisation.objects.filter(
            memberships__user=user, memberships__role=Role.CONTACT
        ).order_by("name")
    if not organisations.exists():
        raise PermissionDenied
    form = forms.OfferingForm(request.POST or None, organisations=organisations)
    overlaps = []
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            overlaps = list(
                selectors.offerings_overlapping(
                    start=data["start"],
                    end=data["end"],
                    district_id=data["district"].pk if data["district"] else None,
                    target_group=data["target_group"],
                )
            )
            if overlaps and not data["overlap_seen"]:
                # Shown once before submitting; submitting again means "we have seen it".
                form.data = form.data.copy()
                form.data["overlap_seen"] = "on"
                status = 200
            else:
                try:
                    event = services.offering_submit(
                        by=user,
                        organisation=data["organisation"],
                        fields=form.event_fields(),
                        languages=data["languages"],
                    )
                except ValidationError as error:
                    for message in error.messages:
                        form.add_error(None, message)
                    status = 400
                else:
                    messages.success(
                        request,
                        _("Thank you: “%(title)s” goes to the network manager for approval.")
                        % {"title": event.title},
                    )
                    return redirect("events:my_events")
        else:
            status = 400
    return render(
        request,
        "events/offering_form.html",
        {"form": form, "overlaps": overlaps, "nav_key": "events"},
        status=status,
    )


def _door_search(registrations, query: str):
    """The door list narrowed to the people whose name or organisation contains `query`."""
    words = query.casefold().split()
    if not words:
        return registrations
    return [
        r
        for r in registrations
        if all(w in f"{r.name} {r.organisation_label}".casefold() for w in words)
    ]


def _render_attendance(
    request,
    event,
    *,
    form=None,
    walk_in_form=None,
    checkin_form=None,
    error: str = "",
    status: int = 200,
):
    counts = selectors.attendance_for_event(event)
    form = form or forms.AttendanceCountsForm(
        initial={"walk_ins": counts["walk_ins"], "guests": counts["guests"]}
    )
    walk_in_form = walk_in_form or forms.WalkInForm(
        organisations=Organisation.objects.order_by("name")
    )
    everyone = selectors.door_list(event)
    query = request.GET.get("q", "").strip()[:100]
    registrations = _door_search(everyone, query)
    reader = questions.AnswerReader(questions.event_questions(event, translation.get_language()))
    for registration in registrations:
        registration.answer_pairs = reader.pairs(registration)
    return render(
        request,
        "events/attendance.html",
        {
            "event": event,
            "started": event.start <= timezone.now(),
            "registrations": registrations,
            # The manager prints them for people who gave no e-mail address.
            "certificates": [
                (r, services.registration_token(r)) for r in registrations if r.has_certificate
            ],
            "query": query,
            "listed_count": len(everyone),
            "checkin_form": checkin_form or forms.CheckinForm(),
            "checkin_open": event.start - services.CHECKIN_OPENS_BEFORE <= timezone.now(),
            "form": form,
            "walk_in_form": walk_in_form,
            "counts": counts,
            "error": error,
            "nav_key": "events",
        },
        status=status,
    )


@members_only
def attendance(request, pk):
    event = _event_for_manager(request, pk)
    if request.method != "POST":
        return _render_attendance(request, event)
    form = forms.AttendanceCountsForm(request.POST)
    listed = {r.pk for r in selectors.door_list(event)}
    try:
        present = {int(value) for value in request.POST.getlist("present")} & listed
        # A searched list saves only the people it showed; the others keep their marks.
        shown = {int(value) for value in request.POST.getlist("listed")}
    except ValueError:
        present = None
    else:
        if request.POST.get("shown_only"):
            listed &= shown
    if not form.is_valid() or present is None:
        return _render_attendance(request, event, form=form, status=400)
    try:
        result = services.attendance_record(
            by=request.user,
            event=event,
            present=present,
            listed=listed,
            walk_ins=form.cleaned_data["walk_ins"],
            guests=form.cleaned_data["guests"],
        )
    except services.RegistrationError as error:
        return _render_attendance(request, event, form=form, error=error.message, status=409)
    messages.success(request, _("Attendance saved."))
    if result.from_waiting_list:
        messages.info(
            request,
            _("Marked present and so registered (they leave the waiting list): %(names)s")
            % {"names": ", ".join(r.name or _("(removed)") for r in result.from_waiting_list)},
        )
    if result.reinstated:
        messages.info(
            request,
            _("Marked present, so their cancellation is undone: %(names)s")
            % {"names": ", ".join(r.name or _("(removed)") for r in result.reinstated)},
        )
    return redirect("events:attendance", pk=event.pk)


def _checked_in_message(request, registration, already: bool) -> None:
    name = registration.name or _("(removed)")
    if already:
        messages.info(request, _("%(name)s was already checked in.") % {"name": name})
    else:
        messages.success(request, _("%(name)s is checked in.") % {"name": name})


@require_POST
@members_only
def checkin_typed(request, pk):
    """The admission code typed (or scanned into the field) on the door list."""
    event = _event_for_manager(request, pk)
    checkin_form = forms.CheckinForm(request.POST)
    if not checkin_form.is_valid():
        return _render_attendance(request, event, checkin_form=checkin_form, status=400)
    registration = checkin.registration_from_code(checkin_form.cleaned_data["code"])
    if registration is None or registration.event_id != event.pk:
        checkin_form.add_error(
            "code",
            _("This code is not valid.")
            if registration is None
            else _("This code is for another event: %(event)s.")
            % {"event": registration.event.title},
        )
        return _render_attendance(request, event, checkin_form=checkin_form, status=400)
    try:
        registration, already = services.registration_check_in(
            by=request.user, registration=registration
        )
    except services.RegistrationError as error:
        return _render_attendance(
            request, event, checkin_form=checkin_form, error=error.message, status=409
        )
    _checked_in_message(request, registration, already)
    return redirect("events:attendance", pk=event.pk)


@members_only
def checkin_scan(request, code):
    """Where the QR code leads: the person and one button to check them in (GET changes
    nothing, since phones and mail scanners open links ahead)."""
    if not access.is_network_manager(request.user):
        raise PermissionDenied
    registration = checkin.registration_from_code(code)
    context = {"registration": registration, "code": code, "nav_key": "events"}
    if registration is None:
        context["error"] = _("This code is not valid.")
        return render(request, "events/checkin_scan.html", context, status=400)
    event = registration.event.original
    context["event"] = selectors.event_in_language(event, translation.get_language())
    if request.method == "POST":
        try:
            registration, already = services.registration_check_in(
                by=request.user, registration=registration
            )
        except services.RegistrationError as error:
            context["error"] = error.message
            return render(request, "events/checkin_scan.html", context, status=409)
        _checked_in_message(request, registration, already)
        return redirect("events:attendance", pk=event.pk)
    return render(request, "events/checkin_scan.html", context)


@members_only
def sign_in_sheet(request, pk):
    event = _event_for_manager(request, pk)
    response = HttpResponse(sign_in_sheets.sign_in_sheet_pdf(event), content_type="application/pdf")
    filename = sign_in_sheets.sign_in_sheet_filename(event)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return access.private_response(response)


@require_POST
@members_only
def walk_in_add(request, pk):
    event = _event_for_manager(request, pk)
    walk_in_form = forms.WalkInForm(
        request.POST, organisations=Organisation.objects.order_by("name")
    )
    if not walk_in_form.is_valid():
        return _render_attendance(request, event, walk_in_form=walk_in_form, status=400)
    data = walk_in_form.cleaned_data
    try:
        registration, created = services.walk_in_add(
            by=request.user,
            event=event,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            organisation_name=data["organisation_name"],
            language=data["language"],
        )
    except services.RegistrationError as error:
        return _render_attendance(
            request, event, walk_in_form=walk_in_form, error=error.message, status=409
        )
    if created:
        messages.success(
            request, _("%(name)s has been added and marked present.") % {"name": registration.name}
        )
    else:
        messages.success(
            request,
            _("%(name)s was already registered with this e-mail address and is now marked present.")
            % {"name": registration.name},
        )
    return redirect("events:attendance", pk=event.pk)


@members_only
def registrants_message(request, pk):
    event = _event_for_manager(request, pk)
    form = forms.RegistrantsMessageForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            sent = services.registrants_message(
                by=request.user,
                event=event,
                audience=data["audience"],
                subject=data["subject"],
                body=data["body"],
            )
            failed = mails_failed(request)
            if failed:
                messages.warning(
                    request,
                    _("%(failed)s of %(sent)s e-mails could not be sent; the mail server is down.")
                    % {"failed": failed, "sent": sent},
                )
            else:
                messages.success(
                    request, _("The message has gone to %(count)s people.") % {"count": sent}
                )
            return redirect("events:attendance", pk=event.pk)
        status = 400
    counts = {
        audience: services.audience_registrations(event, audience).count()
        for audience in (
            services.Audience.REGISTERED,
            services.Audience.WAITING,
            services.Audience.ATTENDED,
        )
    }
    return render(
        request,
        "events/registrants_message.html",
        {"event": event, "form": form, "counts": counts, "nav_key": "events"},
        status=status,
    )


@members_only
def participants_export(request, pk, extension):
    if extension not in {"csv", "xlsx"}:
        raise Http404
    event = _event_for_manager(request, pk)
    registrations = selectors.participants(event)
    reader = questions.AnswerReader(questions.event_questions(event, translation.get_language()))
    if extension == "xlsx":
        return exports.participants_xlsx(event, registrations, reader)
    return exports.participants_csv(event, registrations, reader)


def personal_feed(request, token):
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    locale = Locale.get_active()
    return feeds.ics_response(
        name=_("My events"),
        events=selectors.events_for_personal_feed(user=feed.user, locale=locale),
        request=request,
        filename="meine-veranstaltungen.ics",
        private=True,
    )


@require_POST
@members_only
def personal_feed_renew(request):
    feed, _created = CalendarFeed.objects.get_or_create(user=request.user)
    feed.renew()
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect("events:my_events")

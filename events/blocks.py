"""The registration questions an event asks, defined per event in the admin and translated with
the page (wagtail-localize keeps each block's id in every language, so the answers of all
languages' versions are keyed alike, as the questionnaires' are).

These blocks define form fields and are never rendered on a page, so they have no template;
`events/questions.py` turns them into the registration form's fields and reads the answers.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    # Empty, not None, when left out: wagtail-localize cannot extract None for translation.
    help_text = blocks.CharBlock(label=_("Help text"), max_length=300, required=False, default="")
    required = blocks.BooleanBlock(label=_("An answer is required"), required=False, default=False)


class InterpretingQuestionBlock(QuestionBlock):
    class Meta:
        icon = "globe"
        label = _("Interpreting")
        description = _("Asks into which of the spoken languages the person needs interpreting.")
        preview_value = {"question": "Brauchen Sie eine Verdolmetschung? In welche Sprache?"}


class ChildcareQuestionBlock(QuestionBlock):
    class Meta:
        icon = "group"
        label = _("Childcare")
        description = _("Asks for how many children the person needs childcare.")
        preview_value = {"question": "Für wie viele Kinder brauchen Sie eine Kinderbetreuung?"}


class AccessibilityQuestionBlock(QuestionBlock):
    class Meta:
        icon = "user"
        label = _("Accessibility needs")
        description = _("A free text for what the person needs to take part without barriers.")
        preview_value = {"question": "Was brauchen Sie, um barrierefrei teilzunehmen?"}


class FoodQuestionBlock(QuestionBlock):
    class Meta:
        icon = "tick-inverse"
        label = _("Food")
        description = _("Asks for the person's diet (vegetarian, vegan, halal, kosher …).")
        preview_value = {"question": "Wie sollen wir beim Essen für Sie planen?"}


class TextQuestionBlock(QuestionBlock):
    class Meta:
        icon = "edit"
        label = _("Other question (free text)")
        description = _("Any other short question, e.g. about allergies.")
        preview_value = {"question": "Haben Sie Allergien?"}


class RegistrationQuestionsBlock(blocks.StreamBlock):
    interpreting = InterpretingQuestionBlock()
    childcare = ChildcareQuestionBlock()
    accessibility = AccessibilityQuestionBlock()
    food = FoodQuestionBlock()
    text = TextQuestionBlock()

    class Meta:
        label = _("Registration questions")

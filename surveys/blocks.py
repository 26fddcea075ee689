"""The blocks editors build questionnaires from: steps, and in each step its questions.

Every question's answers are stored against the block's id, which wagtail-localize keeps when it
translates the page, so every language feeds the same results. Choices and matrix items are
list items with ids of their own for the same reason.

The structure (types, choices, scales, conditions, required flags) is always read from the
default-language questionnaire; a translation only lends its texts. Fields that are structure,
not text (a question's code, a condition), are therefore not offered to translators.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StructureCharBlock(blocks.CharBlock):
    """A short text that is structure rather than content: never sent for translation."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class ConditionPartBlock(blocks.StructBlock):
    """One more "question … has the answer …" of a condition on several questions."""

    question = StructureCharBlock(label=_("question with code"), required=False, max_length=20)
    answer = StructureCharBlock(label=_("has the answer"), required=False, max_length=200)

    class Meta:
        label = _("and the question")


class ConditionBlock(blocks.StructBlock):
    question = StructureCharBlock(
        label=_("only if the question with code"),
        required=False,
        max_length=20,
        help_text=_("Leave empty to always show it. The code of an earlier question, e.g. F2."),
    )
    # Not "value": wagtail-localize reads a nested raw "value" key as the struct itself.
    answer = StructureCharBlock(
        label=_("has the answer"),
        required=False,
        max_length=200,
        help_text=_(
            "A choice exactly as written in the German questionnaire, “ja” or “nein”, or a "
            "number on the scale."
        ),
    )
    also = blocks.ListBlock(
        ConditionPartBlock(),
        label=_("further questions"),
        default=[],
        help_text=_(
            "More questions of earlier steps and their answers, for a condition on "
            "several questions."
        ),
    )
    match = blocks.ChoiceBlock(
        label=_("with several questions"),
        choices=[("all", _("all of them must hold")), ("any", _("one of them is enough"))],
        default="all",
        required=False,
    )

    class Meta:
        label = _("Condition")
        form_classname = "questionnaire-condition"


class QuestionBlock(blocks.StructBlock):
    """Common base: `kind` names the question type in forms, storage and reports."""

    kind = ""
    text = blocks.CharBlock(label=_("question"), max_length=500)
    help_text = blocks.CharBlock(label=_("help text"), required=False, max_length=500)
    code = StructureCharBlock(
        label=_("code"),
        required=False,
        max_length=20,
        help_text=_("A short name, e.g. F3, that conditions of later questions refer to."),
    )
    required = blocks.BooleanBlock(label=_("required"), required=False, default=True)
    condition = ConditionBlock()

    def clean(self, value):
        value = super().clean(value)
        low, high = value.get("min_value"), value.get("max_value")
        if low is not None and high is not None and low >= high:
            raise blocks.StructBlockValidationError(
                block_errors={"max_value": ValidationError(_("Must be greater than the minimum."))}
            )
        return value


def _choices_block() -> blocks.ListBlock:
    return blocks.ListBlock(
        blocks.CharBlock(label=_("choice"), max_length=200),
        label=_("choices"),
        min_num=2,
        max_num=30,
    )


class RatingQuestionBlock(QuestionBlock):
    kind = "rating"
    min_value = blocks.IntegerBlock(label=_("from"), default=1, min_value=0, max_value=10)
    max_value = blocks.IntegerBlock(label=_("to"), default=5, min_value=1, max_value=10)
    low_label = blocks.CharBlock(label=_("label of the lowest value"), required=False)
    high_label = blocks.CharBlock(label=_("label of the highest value"), required=False)
    faces = blocks.BooleanBlock(
        label=_("show as faces"),
        required=False,
        help_text=_("For participants who read little: faces from sad to happy (up to 5 steps)."),
    )

    class Meta:
        label = _("Rating scale")
        icon = "pick"


class MatrixQuestionBlock(QuestionBlock):
    kind = "matrix"
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("statement to rate"), max_length=300),
        label=_("statements"),
        min_num=1,
        max_num=30,
    )
    min_value = blocks.IntegerBlock(label=_("from"), default=1, min_value=0, max_value=10)
    max_value = blocks.IntegerBlock(label=_("to"), default=5, min_value=1, max_value=10)
    low_label = blocks.CharBlock(label=_("label of the lowest value"), required=False)
    high_label = blocks.CharBlock(label=_("label of the highest value"), required=False)

    class Meta:
        label = _("Matrix (several statements on one scale)")
        icon = "table"


class SingleChoiceQuestionBlock(QuestionBlock):
    kind = "single_choice"
    choices = _choices_block()

    class Meta:
        label = _("Single choice")
        icon = "radio-full"


class MultipleChoiceQuestionBlock(QuestionBlock):
    kind = "multiple_choice"
    choices = _choices_block()
    allow_other = blocks.BooleanBlock(label=_("offer “other” with a text field"), required=False)

    class Meta:
        label = _("Multiple choice")
        icon = "tasks"


class YesNoQuestionBlock(QuestionBlock):
    kind = "yes_no"

    class Meta:
        label = _("Yes or no")
        icon = "success"


class ShortTextQuestionBlock(QuestionBlock):
    kind = "short_text"
    required = blocks.BooleanBlock(label=_("required"), required=False, default=False)

    class Meta:
        label = _("Short text")
        icon = "pilcrow"


class LongTextQuestionBlock(QuestionBlock):
    kind = "long_text"
    required = blocks.BooleanBlock(label=_("required"), required=False, default=False)

    class Meta:
        label = _("Long text")
        icon = "doc-full"


class NumberQuestionBlock(QuestionBlock):
    kind = "number"
    min_value = blocks.IntegerBlock(label=_("smallest number"), required=False)
    max_value = blocks.IntegerBlock(label=_("largest number"), required=False)

    class Meta:
        label = _("Number")
        icon = "order"


class RankingQuestionBlock(QuestionBlock):
    kind = "ranking"
    choices = _choices_block()

    class Meta:
        label = _("Ranking (put the choices in order)")
        icon = "list-ol"


class DateQuestionBlock(QuestionBlock):
    kind = "date"
    earliest = blocks.DateBlock(label=_("earliest date"), required=False)
    latest = blocks.DateBlock(label=_("latest date"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("earliest") and value.get("latest") and value["earliest"] > value["latest"]:
            raise blocks.StructBlockValidationError(
                block_errors={"latest": ValidationError(_("Must not be before the earliest."))}
            )
        return value

    class Meta:
        label = _("Date")
        icon = "date"


class RecommendationQuestionBlock(QuestionBlock):
    kind = "recommendation"
    low_label = blocks.CharBlock(
        label=_("label of 0"), required=False, default="sehr unwahrscheinlich"
    )
    high_label = blocks.CharBlock(
        label=_("label of 10"), required=False, default="sehr wahrscheinlich"
    )

    class Meta:
        label = _("Recommendation (0 to 10)")
        icon = "pick"


class QuestionStreamBlock(blocks.StreamBlock):
    rating = RatingQuestionBlock()
    matrix = MatrixQuestionBlock()
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    yes_no = YesNoQuestionBlock()
    short_text = ShortTextQuestionBlock()
    long_text = LongTextQuestionBlock()
    number = NumberQuestionBlock()
    recommendation = RecommendationQuestionBlock()
    ranking = RankingQuestionBlock()
    date = DateQuestionBlock()

    class Meta:
        min_num = 1
        label = _("Questions")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=2000)
    condition = ConditionBlock()
    questions = QuestionStreamBlock()

    class Meta:
        label = _("Step")
        icon = "list-ol"


class StepStreamBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        min_num = 1

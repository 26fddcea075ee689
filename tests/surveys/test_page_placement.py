"""Where questionnaires may live: the allowed parents and children of each page type (every
other page type refused), and one "Befragungen" page per home page."""

import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from surveys.models import QuestionnairePage, SurveyIndexPage
from tests.placement import allowed_children, allowed_parents, name, page_types

PLACEMENT = {
    SurveyIndexPage: ({HomePage}, {QuestionnairePage}),
    QuestionnairePage: ({SurveyIndexPage}, set()),
}


def test_every_surveys_page_type_has_its_placement_tested():
    assert {model for model in page_types() if model._meta.app_label == "surveys"} == set(PLACEMENT)


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_a_surveys_page_lives_only_under_its_parents(model):
    parents, _children = PLACEMENT[model]
    assert allowed_parents(model) == parents


@pytest.mark.parametrize("model", PLACEMENT, ids=name)
def test_a_surveys_page_holds_only_its_children(model):
    _parents, children = PLACEMENT[model]
    assert allowed_children(model) == children


def test_one_survey_index_per_home_page_and_no_global_limit():
    assert SurveyIndexPage.max_count is None
    assert SurveyIndexPage.max_count_per_parent == 1
    assert QuestionnairePage.max_count is None
    assert QuestionnairePage.max_count_per_parent is None


def test_a_home_page_with_a_survey_index_takes_no_second(survey_index, page_tree):
    assert not SurveyIndexPage.can_create_at(page_tree.home)
    assert not SurveyIndexPage.can_create_at(page_tree.translated(page_tree.home, "ar"))
    assert not QuestionnairePage.can_create_at(page_tree.home)


def test_the_survey_index_takes_questionnaires_and_nothing_else(survey_index, page_tree):
    assert QuestionnairePage.can_create_at(survey_index)
    assert not SurveyIndexPage.can_create_at(survey_index)
    assert not StandardPage.can_create_at(survey_index)
    assert not QuestionnairePage.can_create_at(page_tree.about)
    assert not SurveyIndexPage.can_create_at(page_tree.about)
    assert not SurveyIndexPage.can_create_at(Page.get_first_root_node())


def test_a_new_home_page_takes_a_survey_index(page_tree):
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Neu", slug="neu"))

    assert SurveyIndexPage.can_create_at(home)

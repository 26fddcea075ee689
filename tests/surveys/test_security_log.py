"""A refused questionnaire code is logged with the reason and a shortened address, never with the
code itself or anything answered with it."""

import logging

import pytest
from django.test import Client

from surveys import services
from surveys.factories import steps_data

from .test_codes import STEPS, answer_with_code


@pytest.fixture
def coded(publish_questionnaire):
    return publish_questionnaire(access="codes", steps=steps_data(STEPS))


def test_a_refused_code_is_logged_without_the_code_or_its_answers(coded, caplog):
    code = services.codes_generate(questionnaire=coded, count=1).codes.get().code
    assert answer_with_code(Client(), coded, code)["Location"].endswith("/danke/")

    with caplog.at_level(logging.INFO, logger="surveys.security"):
        refused = Client(REMOTE_ADDR="198.51.100.23").get(coded.url, {"code": code})
        Client(REMOTE_ADDR="2001:db8:1234:5678::9").get(coded.url, {"code": "ZZZZ-ZZZZ"})

    assert refused.status_code == 409
    messages = [r.getMessage() for r in caplog.records if r.name == "surveys.security"]
    assert len(messages) == 2, messages
    assert "refused (used)" in messages[0] and "198.51.100.0/24" in messages[0]
    assert "refused (unknown)" in messages[1] and "2001:db8:1234::/48" in messages[1]
    logged = "\n".join(messages)
    assert "198.51.100.23" not in logged and "5678" not in logged
    assert code not in logged and code.replace("-", "") not in logged and "ZZZZ" not in logged
    assert "Wie zufrieden" not in logged

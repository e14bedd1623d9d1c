"""The overlap and duplicate messages' fast path gives the general path's text, word for word."""

from __future__ import annotations

import random

import pytest

from lekp_plugin.core.validation import messages


def general(code, params, lang, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(messages, "_pair_text", lambda *_a: None)
        return messages.render(code, params, lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pair_messages_fast_path_equals_general_path(lang, monkeypatch):
    rnd = random.Random(15)
    for _ in range(3000):
        code = rnd.choice(["LEKP-O001", "LEKP-O002"])
        params = {"other_id": rnd.choice(["a0000000-0000-4000-8000-000000000001", None, "", "x"]),
                  "other_source": rnd.choice(["batch", "reference"]),
                  "iou": rnd.choice([round(rnd.random(), 4), 1, 0.0, 0.99995, 0.00005])}
        if code == "LEKP-O001":
            params.update(overlap=rnd.choice([round(rnd.uniform(0, 5000), 2), 0.1, 1234567.89, 3, 0.005,
                                              None, "12"]),
                          unit=rnd.choice(["m2", "m", "stuks", "parsec"]))
        assert messages.render(code, params, lang) == general(code, params, lang, monkeypatch), params

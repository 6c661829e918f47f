"""The model-name grammar and name cleaning."""

import pytest

from kg.nlp.entities import model_short_forms
from kg.nlp.kb import default_kb, name_key
from kg.nlp.names import clean_org_name, clean_person_name, model_name_regex


@pytest.fixture(scope="module")
def grammar():
    kb = default_kb()
    return model_name_regex(kb.stems, kb.variants)


@pytest.mark.parametrize("text, name", [
    ("Google said Gemini 2.5 Flash-Lite is cheaper.", "Gemini 2.5 Flash-Lite"),
    ("Alibaba's Qwen3-235B-A22B-Instruct leads.", "Qwen3-235B-A22B-Instruct"),
    ("Anthropic shipped Claude Opus 4.1 today.", "Claude Opus 4.1"),
    ("OpenAI's o4-mini is fast.", "o4-mini"),
    ("Meta's Llama-3.3-70B-Instruct is open.", "Llama-3.3-70B-Instruct"),
    ("Mistral released Magistral Medium 1.2.", "Magistral Medium 1.2"),
    ("A future Gemini 3 Flash-Lite was teased.", "Gemini 3 Flash-Lite"),
    ("the api name gpt-4o-mini-2024-07-18 works", "gpt-4o-mini-2024-07-18"),
])
def test_versioned_model_names_including_unseen_versions(grammar, text, name):
    assert name in [m.group() for m in grammar.finditer(text)]


def test_grammar_does_not_fire_on_plain_words(grammar):
    assert [m.group() for m in grammar.finditer("Gemini users and Claude fans met in 2025.")] == []


def test_spellings_meet_on_one_key():
    assert name_key("GPT\u20115") == name_key("gpt-5") == name_key("GPT 5") == name_key("GPT-5's")
    kb = default_kb()
    assert kb.lookup("gpt-4o").name == "GPT-4o"


@pytest.mark.parametrize("raw, clean", [
    ("Analyst Dana Okafor", "Dana Okafor"),
    ("Chief Executive Officer Sam Altman's", "Sam Altman"),
    ("co-founder Jack Clark", "Jack Clark"),
])
def test_titles_and_possessives_do_not_leak_into_person_names(raw, clean):
    assert clean_person_name(raw) == clean

def test_org_names_lose_determiners_and_legal_suffixes():
    assert clean_org_name("the Microsoft Corporation's") == "Microsoft"
    assert clean_org_name("Nvidia Corp.") == "Nvidia"


def test_model_short_forms():
    assert model_short_forms("Claude Sonnet 4.5") == ["Sonnet 4.5"]
    assert model_short_forms("DeepSeek-R1") == ["R1"]
    assert model_short_forms("Llama 4 Maverick") == ["4 Maverick", "Maverick"]


def test_instruct_variants_are_models_of_their_own(nlp):
    doc = nlp("Alibaba released Qwen2.5-Coder-32B-Instruct alongside the base Qwen2.5-Coder-32B.")
    assert {s.kb_id_ for s in doc.spans["kg_entities"]} >= {"Qwen2.5-Coder-32B-Instruct", "Qwen2.5-Coder-32B"}

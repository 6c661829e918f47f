"""Numbers with units, normalised to base units."""

import pytest

from kg.nlp.numbers import find_quantities


@pytest.mark.parametrize("text, expected", [
    ("raised $12 billion", [(12e9, "USD")]),
    ("a €450 million round", [(450e6, "EUR")]),
    ("$3.1B at a $61B valuation", [(3.1e9, "USD"), (61e9, "USD")]),
    ("raised $2.5bn", [(2.5e9, "USD")]),
    ("EUR 300m from investors", [(300e6, "EUR")]),
    ("about 1.4 trillion dollars", [(1.4e12, "USD")]),
    ("£45m from existing investors", [(45e6, "GBP")]),
    ("adding US$63.4bil to its value", [(63.4e9, "USD")]),
    ("NT$868.46 billion in sales", [(868.46e9, "TWD")]),
    ("a RM2.5bil data centre", [(2.5e9, "MYR")]),
    ("between $2 billion and $3 billion", [((2e9, 3e9), "USD")]),
    ("capex of $64-72 billion", [((64e9, 72e9), "USD")]),
    ("$66 billion to $72 billion", [((66e9, 72e9), "USD")]),
    ("raised its plans by $8 billion to $93 billion", [(8e9, "USD"), (93e9, "USD")]),
    ("shares fell 9%", [(9.0, "%")]),
    ("a 12 per cent drop", [(12.0, "%")]),
    ("up 3 percentage points", [(3.0, "points")]),
    ("beats it by four points", [(4.0, "points")]),
    ("1,420 Elo", [(1420.0, "Elo")]),
    ("671 billion parameters", [(671e9, "parameters")]),
    ("288 billion active parameters", [(288e9, "parameters")]),
    ("14.8 trillion tokens", [(14.8e12, "tokens")]),
    ("2.788 million H800 GPU hours", [(2.788e6, "GPU-hours")]),
    ("2.1 million H100-hours", [(2.1e6, "GPU-hours")]),
    ("7.38 million H100 hours", [(7.38e6, "GPU-hours")]),
    ("40,000 TPU v5p hours", [(40000, "GPU-hours")]),
    ("16,000 of Nvidia's H100 GPUs", [(16000.0, "GPUs")]),
    ("3.8 x 10^25 FLOP", [(3.8e25, "FLOP")]),
    ("3.8e25 FLOPs", [(3.8e25, "FLOP")]),
    ("1 gigawatt of capacity", [(1.0, "GW")]),
    ("a fifth of the compute", [(20.0, "%")]),
    ("ten times the compute", [(10.0, "x")]),
    ("from 0.6 billion to 32 billion parameters", [((0.6e9, 32e9), "parameters")]),
    ("ranging from eight billion to over 400 billion parameters", [((8e9, 400e9), "parameters")]),
    ("revenue of 1.8 billion USD", [(1.8e9, "USD")]),
    ("capex is expected at 175 billion to 185 billion USD", [((175e9, 185e9), "USD")]),
    ("between 60 and 65 billion dollars", [((60e9, 65e9), "USD")]),
    ("a profit of 8.08 trillion won ($5.6 billion)", [(8.08e12, "KRW"), (5.6e9, "USD")]),
    ("its dividend rose to 1,500 won a share", [(1500.0, "KRW")]),
    ("net profit climbed to T$398.3 billion", [(398.3e9, "TWD")]),
    ("gives Mistral an 11.7 billion-euro valuation", [(11.7e9, "EUR")]),
    ("helped fuel a $500-billion gain in AI stocks", [(500e9, "USD")]),
    ("1 billion, 4 billion, 12 billion and 27 billion parameters",
     [(1e9, "parameters"), (4e9, "parameters"), (12e9, "parameters"), (27e9, "parameters")]),
    # a range written with the sign on both ends
    ("scored between 1% and 1.3% on the test", [((1.0, 1.3), "%")]),
    ("prices to rise a further 55% to 60% in the quarter", [((55.0, 60.0), "%")]),
    ("its share fell from 95% to 50%", [(95.0, "%"), (50.0, "%")]),
    ("on GPQA Diamond it trails o1, 71.5% to 75.7%", [(71.5, "%"), (75.7, "%")]),
    # a target or a price moved from one figure to another is two figures, not a range
    ("raised the price target from $40 to $45", [(40.0, "USD"), (45.0, "USD")]),
    ("could raise its revenue target from $104 billion to $125 billion", [(104e9, "USD"), (125e9, "USD")]),
    ("up from $60 billion to $65 billion", [((60e9, 65e9), "USD")]),
    # a chip family between the count and its unit
    ("now runs about 18,000 Blackwell GPUs", [(18000.0, "GPUs")]),
    # a parameter count told without its unit, after one with it
    ("17 billion active parameters drawn from 128 experts, about 400 billion in total",
     [(17e9, "parameters"), (128.0, None), (400e9, "parameters")]),
    ("with 288 billion active parameters and close to two trillion in total", [(288e9, "parameters"), (2e12, "parameters")]),
    ("a model with a trillion parameters in total and 32 billion active", [(1e12, "parameters"), (32e9, "parameters")]),
    ("trained on 100,000 Huawei Ascend chips", [(100000.0, "GPUs")]),
])
def test_values_and_units(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_quantity_offsets_point_at_the_figure():
    text = "Revenue was $22.1 billion, up 265%."
    [money, percent] = find_quantities(text)
    assert text[money.start:money.end] == "$22.1 billion"
    assert text[percent.start:percent.end] == "265%"


@pytest.mark.parametrize("text,value", [
    ("its 14-billion-parameter language model", 14e9),
    ("a 1.5-billion parameter model", 1.5e9),
    ("at the same 14B size", 14e9),
    ("a 70B model", 70e9),
])
def test_parameter_counts_written_as_adjectives(text, value):
    [q] = find_quantities(text)
    assert (q.value, q.unit) == (value, "parameters")


def test_a_money_amount_with_a_scale_letter_is_not_a_parameter_count():
    [q] = find_quantities("raised $14B in funding")
    assert (q.value, q.unit) == (14e9, "USD")


@pytest.mark.parametrize("text,active", [
    ("It has about 117 billion parameters in total but activates roughly 5.1 billion per token.", 5.1e9),
    ("It has about 21 billion parameters, of which 3.6 billion are active.", 3.6e9),
])
def test_active_parameter_counts_inherit_the_unit(text, active):
    assert [(q.value, q.unit) for q in find_quantities(text)][-1] == (active, "parameters")


def test_a_bare_count_without_parameters_nearby_stays_unitless():
    assert [q.unit for q in find_quantities("Revenue was 5 billion and 3 billion were used.")] == [None, None]


@pytest.mark.parametrize("text, value", [
    ("It costs five cents per million input tokens.", 0.05),
    ("Forty-two cents. That is the new price.", 0.42),
    ("a fee of 40 cents", 0.4),
])
def test_cents_are_dollars(text, value):
    money = [q for q in find_quantities(text) if q.kind == "money"]
    assert [(q.value, q.unit) for q in money] == [(value, "USD")]


def test_two_prices_joined_by_and_are_no_range():
    assert [q.value for q in find_quantities("Sonnet 4 is $3 and $15.") if q.kind == "money"] == [3.0, 15.0]
    assert [q.value for q in find_quantities("between $2 billion and $3 billion")] == [(2e9, 3e9)]


def test_a_bare_count_after_one_with_a_unit_keeps_it_within_a_sentence():
    from kg.nlp.numbers import find_quantities
    assert [q.unit for q in find_quantities("It has 400 billion parameters in total and 17 billion active.")] == \
        ["parameters", "parameters"]
    assert [q.unit for q in find_quantities("It has 400 billion parameters. Sales were 17 billion.")] == ["parameters", None]
    # a count that names its own noun is not in the unit of the one before
    assert [q.unit for q in find_quantities("It has 17 billion active parameters and a 10 million-token context "
                                            "window.")][0] == "parameters"
    assert [q.unit for q in find_quantities("It has 17 billion active parameters and a 10 million-token context "
                                            "window.")][1] != "parameters"
    assert [q.unit for q in find_quantities("It has 17 billion parameters and reached 2 million users.")][1] is None


@pytest.mark.parametrize("text", ["The team won 5 games.", "Korea won 3 medals and 2 cups."])
def test_the_verb_won_after_a_small_number_is_no_currency(text):
    assert [q for q in find_quantities(text) if q.kind == "money"] == []


@pytest.mark.parametrize("text, expected", [
    ("OpenAI will deploy six gigawatts of AMD's Instinct GPUs.", [(6.0, "GW")]),
    ("The largest models are nearing two trillion parameters.", [(2e12, "parameters")]),
    ("It was trained on fifteen trillion tokens.", [(15e12, "tokens")]),
    ("Meta shipped its eight billion and 70 billion parameter models.", [(8e9, "parameters"), (70e9, "parameters")]),
])
def test_counts_written_in_words_keep_their_unit(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", ["A model that runs on one GPU.", "It delivers twice the throughput on the same eight-GPU node."])
def test_a_small_word_count_of_chips_is_no_compute_figure(text):
    assert [q for q in find_quantities(text) if q.unit == "GPUs"] == []


def test_pence_are_pence_sterling():
    from kg.nlp.numbers import find_quantities
    assert [(q.value, q.unit, q.kind) for q in find_quantities("a target of 480 pence, from 450.5 pence")] == \
        [(480.0, "GBX", "money"), (450.5, "GBX", "money")]
    assert "GBX" not in [q.unit for q in find_quantities("It streams at 1080p and 60 frames")]


def test_a_chip_name_written_with_a_hyphen_is_no_count():
    got = [(q.value, q.unit) for q in find_quantities("trained on roughly 15,000 Nvidia H-100 GPUs, and 8 A-100 chips")]
    assert got == [(15000.0, "GPUs"), (8.0, "GPUs")]


def test_a_currency_named_with_its_country():
    got = [(q.value, q.unit) for q in find_quantities("revenue of 86.1 trillion Korean won ($60.5 billion) and "
                                                       "3 trillion Japanese yen")]
    assert got == [(86.1e12, "KRW"), (60.5e9, "USD"), (3e12, "JPY")]


@pytest.mark.parametrize("text, value, unit", [
    ("a processor delivering 780 TFLOPS in BF16", 7.8e14, "FLOP/s"),
    ("up to 20 petaflops of FP4", 2e16, "FLOP/s"),
    ("a 1.2 exaFLOPS system", 1.2e18, "FLOP/s"),
    ("with 288GB of HBM3e memory", 2.88e11, "bytes"),
    ("8 TB/s of bandwidth", 8e12, "bytes/s"),
    ("a rack drawing 145 kW", 145, "kW"),
    ("served at 969 tokens per second", 969, "tokens/s"),
])
def test_hardware_specs_are_read_in_base_units(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text) if q.unit is not None] == [(value, unit)]


def test_storage_without_a_memory_word_is_no_spec():
    assert all(q.unit is None for q in find_quantities("storing 5 TB of data"))


@pytest.mark.parametrize("text, values", [
    ("its quarterly revenue has surged from $7 billion to $57 billion", [7e9, 57e9]),
    ("plans ranging from $10 to $20 a month", [(10.0, 20.0)]),
    ("raised its forecast to between $13 billion and $14 billion, from $10 billion to $11 billion previously",
     [(13e9, 14e9), (10e9, 11e9)]),
])
def test_from_one_figure_to_another_is_two_figures_but_an_old_range_stays_a_range(text, values):
    assert [q.value for q in find_quantities(text) if q.kind == "money"] == values


@pytest.mark.parametrize("text, value", [
    ("with nearly 600,000 AI GPUs by the end of the year", 600000),
    ("including 350,000 x NVIDIA H100 AI GPUs", 350000),
    ("trained on 8,192 TPUv4 chips", 8192),
    ("trained on 3,500 Nvidia \u201cHopper\u201d H100 GPUs", 3500),
    ("on 16,384 H100 80GB GPUs", 16384),
    ("using 2,048 Nvidia H800 graphics cards", 2048),
    ("powered by 200,000 Nvidia H100/H200 GPUs", 200000),
    ("to deploy roughly 200,000 NVIDIA Corp. (NASDAQ:NVDA) GB300 GPUs across Europe", 200000),
])
def test_chip_counts_with_words_between_the_number_and_the_chips(text, value):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, "GPUs")]


def test_power_written_against_its_unit_is_read():
    found = [(q.value, q.unit) for q in find_quantities("a 50MW installation that is scalable to 90MW, and a 1.2GW site")]
    assert found == [(50.0, "MW"), (90.0, "MW"), (1.2, "GW")]
    assert [q.unit for q in find_quantities("a 300MWh battery and a 5M context")] == []

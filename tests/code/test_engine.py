"""Argument assignment: active, passive, possessive, reported speech, apposition, coordination,
several events per sentence, complements of requests/refusals, self-events dropped."""

from __future__ import annotations

import pytest


def _pairs(events, typ):
    return {(a, r) for t, a, r, m in events if t == typ and m == "asserted"}


def test_active_voice(code):
    assert _pairs(code("Russia attacked Ukraine."), "ASSAULT") == {("RUS", "UKR")}
    assert _pairs(code("Ukraine attacked Russia."), "ASSAULT") == {("UKR", "RUS")}


def test_passive_voice_swaps_actor_and_recipient(code):
    assert _pairs(code("Serbia was visited by the Chinese President Xi Jinping."), "CONSULT") == {
        ("CHN", "SRB")
    }
    assert _pairs(code("Republika Srpska was sanctioned by the United States."), "SANCTION") == {
        ("USA", "BIH.RS")
    }


def test_possessive_meeting_with(code):
    got = code("Dodik's meeting with Putin was criticised by the US Embassy in Sarajevo.")
    assert ("BIH.RS", "RUS") in _pairs(got, "CONSULT") or ("RUS", "BIH.RS") in _pairs(
        got, "CONSULT"
    )
    assert ("USA", "BIH.RS") not in _pairs(got, "CONSULT")


def test_reported_speech_speaker_is_the_actor(code):
    assert _pairs(
        code(
            "US Secretary of State Antony Blinken urged Serbian President Aleksandar Vučić to de-escalate."
        ),
        "REQUEST",
    ) == {("USA", "SRB")}
    assert _pairs(code("According to Moscow, Kosovo provoked and attacked Serbia."), "ASSAULT") == {
        ("XKX", "SRB")
    }


def test_according_to_speaker_used_when_no_subject(code):
    assert ("RUS", "NATO") in _pairs(
        code("According to the Kremlin, the decision was condemned as a threat to NATO."), "ACCUSE"
    )


def test_apposition_is_one_actor(code):
    got = code("The US envoy for the Western Balkans, Gabriel Escobar, praised Kosovo.")
    assert _pairs(got, "SUPPORT") == {("USA", "XKX")}


def test_coordinated_actors_give_one_event_each(code):
    got = code("The United States and the European Union condemned Russia.")
    assert _pairs(got, "ACCUSE") == {("USA", "RUS"), ("EU", "RUS")}


def test_symmetric_coordinated_subjects_pair_up(code):
    got = code("Kosovo and Serbia agreed on the implementation annex.")
    assert _pairs(got, "AGREE") in ({("XKX", "SRB")}, {("SRB", "XKX")})
    got = code("Talks between Serbia and Kosovo resumed in Brussels.")
    assert _pairs(got, "CONSULT") in ({("XKX", "SRB")}, {("SRB", "XKX")})


def test_several_events_in_one_sentence(code):
    got = code("Vučić met Putin in Moscow and signed an agreement on gas.")
    assert _pairs(got, "CONSULT") == {("SRB", "RUS")}
    assert _pairs(got, "SUPPORT") == {("SRB", "RUS")}


def test_coordinated_verb_keeps_the_subject(code):
    got = code("Blinken spoke with Vučić by phone and urged him to withdraw the troops.")
    assert _pairs(got, "REQUEST") == {("USA", "SRB")}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The German chancellor spoke with Vučić in Berlin and urged him to leave Kosovo."),
        (
            "sr",
            "Nemački kancelar razgovarao je sa Vučićem u Berlinu i pozvao ga da napusti Kosovo.",
        ),
        ("ru", "Канцлер Германии встретился с Вучичем в Берлине и призвал его покинуть Косово."),
        (
            "mk",
            "Германскиот канцелар разговараше со Вучиќ во Берлин и го повика да го напушти Косово.",
        ),
    ],
)
def test_object_pronoun_of_a_coordinated_verb_is_the_previous_object(code, lang, text):
    got = code("Kurti je stigao u Tiranu.\n" + text if lang == "sr" else text, lang)
    assert _pairs(got, "REQUEST") == {("DEU", "SRB")}


@pytest.mark.parametrize(
    "lang,text,typ",
    [
        ("sr", "Dodik je Putinu zahvalio na podršci u Savetu bezbednosti UN-a.", "SUPPORT"),
        ("hr", "Kina je Crnoj Gori odobrila kredit od Europske unije.", "AID"),
        ("ru", "Москва Белграду поставила оружие в обход Евросоюза.", "AID"),
        ("mk", "Русија на Србија ѝ испорача оружје и покрај ставот на ЕУ.", "AID"),
    ],
)
def test_argument_right_before_the_verb_after_the_subject_is_its_object(code, lang, text, typ):
    want = {"sr": ("BIH.RS", "RUS"), "hr": ("CHN", "MNE")}.get(lang, ("RUS", "SRB"))
    assert _pairs(code(text, lang), typ) == {want}


def test_complement_of_request_or_refusal_is_not_asserted(code):
    got = code("The European Union urged Serbia to impose sanctions on Russia.")
    assert _pairs(got, "SANCTION") == set()
    assert ("SANCTION", "SRB", "RUS", "hypothetical") in got or (
        "SANCTION",
        "EU",
        "RUS",
        "hypothetical",
    ) in got
    got = code("Serbia refused to impose sanctions on Russia.")
    assert _pairs(got, "REJECT") == {("SRB", "RUS")}
    assert _pairs(got, "SANCTION") == set()


def test_self_events_and_non_polities_are_dropped(code):
    assert _pairs(code("Serbia criticised Belgrade."), "ACCUSE") == set()
    assert code("Journalists criticised the opposition.") == set()


def test_hyphenated_pair_before_a_noun(code):
    assert _pairs(code("Prices rose after the Russia-Ukraine war began."), "ASSAULT") == {
        ("RUS", "UKR")
    }


def test_trigger_inside_an_actor_name_is_ignored(pack):
    from balkanscope.code import extract_text

    evs = extract_text("The UN Security Council met.", None, "en", pack)
    assert all(e["type"] != "CONSULT" or e["recipient_polity"] for e in evs)


def test_stages_are_registered_in_order():
    from balkanscope.registry import coders

    names = list(coders)
    assert names[:7] == [
        "triggers", "units", "arguments", "judgements", "modality", "date", "confidence"
    ]  # fmt: skip
    for name in names:
        st = coders.get(name)
        assert st.reads and st.writes


def test_joint_signing_by_a_group_pairs_up(code):
    assert _pairs(
        code("The agreement was signed by Serbia and Kosovo in Brussels."), "SUPPORT"
    ) in (
        {("SRB", "XKX")},
        {("XKX", "SRB")},
    )


def test_passive_recipient_after_the_agent(code):
    got = code("Serbia did not join the sanctions imposed by the EU on Russia.")
    assert ("SANCTION", "EU", "RUS", "asserted") in got


def test_object_noun_of_a_verb_takes_no_actor_from_the_verb(code):
    assert _pairs(code("The US Embassy condemned the attack on Kosovo police."), "ASSAULT") == set()


def test_arguments_after_a_coordinated_second_verb_belong_to_it(code):
    got = code("Borrell condemned the violence and spoke with Kurti by phone.")
    assert _pairs(got, "ACCUSE") == set()
    assert _pairs(got, "CONSULT") == {("EU", "XKX")}


def test_quoted_source_stays_apart_from_the_subject(code):
    got = code("According to the Kremlin, Putin and Vučić discussed gas supplies by phone.")
    assert _pairs(got, "CONSULT") in ({("RUS", "SRB")}, {("SRB", "RUS")})


def test_verb_final_order_for_turkish(code):
    assert ("REQUEST", "TUR", "ALB") in {
        (t, a, r) for t, a, r, _ in code("Erdoğan, Arnavutluk'tan adım atmasını talep etti.", "tr")
    }


def test_what_the_accused_is_said_to_have_done_is_an_allegation(code):
    got = code("Kosovo accused Serbia of attacking the Kosovo police and Russia.")
    assert ("ACCUSE", "XKX", "SRB", "asserted") in got
    assert not {(a, r) for t, a, r, m in got if t == "ASSAULT" and m == "asserted"}
    got = code("Kosovo condemned the Russian aggression against Ukraine.")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in got


def test_verbal_events_do_not_take_a_place_as_recipient(code):
    assert _pairs(code("Serbia ordered combat readiness in northern Kosovo."), "REQUEST") == set()


def test_relative_clause_units_are_not_the_subject(code):
    got = code(
        "The EU, which wants to limit the influence of Russia on Serbia, urged Kosovo to act."
    )
    assert _pairs(got, "REQUEST") == {("EU", "XKX")}


def test_allegation_content_is_not_asserted_whoever_its_subject(code):
    """The alleged deed keeps the accuser as its (carried) subject, yet stays hypothetical."""
    got = code(
        "Hrvatska je optužila Srbiju da je financirala i organizirala napad na granici.", "hr"
    )
    assert ("ACCUSE", "HRV", "SRB", "asserted") in got
    assert not {(t, m) for t, a, r, m in got if t in {"AID", "ASSAULT"} and m == "asserted"}
    got = code("Shqipëria akuzoi Serbinë se kishte financuar sulmin.", "sq")
    assert ("ACCUSE", "ALB", "SRB", "asserted") in got
    assert not {(t, m) for t, a, r, m in got if t in {"AID", "ASSAULT"} and m == "asserted"}


def test_demonym_after_the_verb_describing_the_object_is_not_an_argument(code):
    got = code(
        "Rusija je Srbiji prošle godine isporučila borbene avione, ruske lovce MiG-29.", "sr"
    )
    assert _pairs(got, "AID") == {("RUS", "SRB")}
    # a demonym of another polity after the verb is still the object
    got = code(
        "Njemačka je Srbiji odobrila kredit, a Rusija je pozvala srpske vlasti da odbiju.", "sr"
    )
    assert ("RUS", "SRB") in _pairs(got, "REQUEST")


def test_what_is_talked_about_is_not_an_argument(code):
    for text, lang in [
        ("Serbia and Hungary talked about Ukraine.", "en"),
        ("Srbija i Mađarska razgovarale su o Ukrajini.", "sr"),
    ]:
        got = code(text, lang)
        assert {frozenset(p) for p in _pairs(got, "CONSULT")} == {frozenset({"SRB", "HUN"})}


def test_the_with_unit_is_the_partner_of_a_symmetric_event(code):
    got = code("Serbia discussed Russian gas deliveries with Hungary.")
    assert _pairs(got, "CONSULT") == {("SRB", "HUN")}


def test_a_name_never_swallows_the_coordinator(code):
    """Whatever span the recogniser gives "Вучич и", the conjunction joins two arguments."""
    got = code("Вучич и Путин в Москве обсудили поставки российского газа Сербии.", "ru")
    assert {frozenset(p) for p in _pairs(got, "CONSULT")} == {frozenset({"SRB", "RUS"})}


def test_turkish_participle_suffix_does_not_mark_the_final_verb(code):
    got = code("Arnavutluk, inşa edilecek hastane için Türkiye'den yardım istedi.", "tr")
    assert ("REQUEST", "ALB", "TUR", "asserted") in got


def test_turkish_complement_before_a_request_is_not_asserted(code):
    got = code("Kosova, ABD'den yeni yaptırımlar talep etti.", "tr")
    assert ("REQUEST", "XKX", "USA", "asserted") in got
    assert not [t for t, _, _, m in got if t == "SANCTION" and m == "asserted"]


def test_a_unit_after_for_or_against_is_never_the_subject(code):
    got = code("Za članstvo Crne Gore u EU zalagala se najviše Hrvatska.", "hr")
    assert _pairs(got, "SUPPORT") == {("HRV", "MNE")}


def test_nominal_trigger_takes_its_arguments_from_its_relative_clause(code):
    """The relative clause's first unit acts on the next one; the main verb keeps its own
    arguments and its negation does not reach the clause ("did not join the sanctions that the
    EU imposed": the sanctions were imposed)."""
    for text, lang in [
        ("Hrvatska se nije pridružila sankcijama koje je Evropska unija uvela Rusiji.", "hr"),
        ("Србија је одбила да се придружи санкцијама које је Европска унија увела Русији.", "sr"),
        ("Сербия не присоединилась к санкциям, которые Евросоюз ввёл против России.", "ru"),
        ("Serbia refused to join the sanctions that the European Union imposed on Russia.", "en"),
        ("Serbia nuk iu bashkua sanksioneve të cilat Bashkimi Evropian vendosi ndaj Rusisë.", "sq"),
        ("Србија не се приклучи на санкциите кои Европската унија ги воведе против Русија.", "mk"),
    ]:
        got = code(text, lang)
        assert _pairs(got, "SANCTION") == {("EU", "RUS")}, text
    got = code(
        "Србија је одбила да се придружи санкцијама које је Европска унија увела Русији.", "sr"
    )
    assert ("REJECT", "SRB", "EU", "asserted") in got
    # the clause's own negation still counts
    got = code("Serbia joined the sanctions which the European Union did not impose on Russia.")
    assert ("SANCTION", "EU", "RUS", "negated") in got


def test_a_complementizer_after_a_verbal_trigger_opens_no_relative_clause(code):
    """ "that"/"që" are also complementizers: after a request they open its complement, whose
    first unit is no actor of the request."""
    for text, lang in [
        ("The United States demanded that Serbia withdraw its troops from Kosovo.", "en"),
        ("Shtetet e Bashkuara kërkuan që Serbia të tërheqë trupat nga Kosova.", "sq"),
    ]:
        assert _pairs(code(text, lang), "REQUEST") == {("USA", "SRB")}, text


def test_a_trigger_noun_before_its_negated_verb_is_negated(code):
    """Free word order fronts the object noun ("sankcije ... nije uveo") or puts the event noun
    as subject of a negated verb ("Визит ... не состоялся")."""
    for text, lang, event in [
        ("Vašington sankcije Srbiji ipak nije uveo.", "sr", ("SANCTION", "USA", "SRB")),
        ("Визит Путина в Белград так и не состоялся.", "ru", ("CONSULT", "RUS", "SRB")),
        ("Shtetet e Bashkuara sanksione Serbisë nuk i vendosën.", "sq", ("SANCTION", "USA", "SRB")),
        ("ABD, Sırbistan'a yaptırım uygulamadı.", "tr", ("SANCTION", "USA", "SRB")),
        ("Русија санкции на Србија не воведе.", "mk", ("SANCTION", "RUS", "SRB")),
    ]:
        got = code(text, lang)
        assert (*event, "negated") in got and (*event, "asserted") not in got, text


def test_a_negator_after_the_trigger_that_belongs_elsewhere_does_not_negate(code):
    for text, lang, event in [
        # another clause, a relative clause, a contrast after a comma, "not only"
        (
            "Hrvatska je uvela sankcije Rusiji, a Srbija to nije učinila.",
            "hr",
            ("SANCTION", "HRV", "RUS"),
        ),
        (
            "Rusija je uvela sankcije Crnoj Gori koje nisu ukinute.",
            "sr",
            ("SANCTION", "RUS", "MNE"),
        ),
        ("Vučić je posetio Moskvu, ne Brisel.", "sr", ("CONSULT", "SRB", "RUS")),
        ("Putin je posetio Beograd ne samo zbog gasa.", "sr", ("CONSULT", "RUS", "SRB")),
        ("The EU imposed sanctions on Russia, not on Serbia.", "en", ("SANCTION", "EU", "RUS")),
        ("Serbia not only signed an agreement with Kosovo.", "en", ("SUPPORT", "SRB", "XKX")),
    ]:
        assert (*event, "asserted") in code(text, lang), text


def test_a_demonym_qualifying_a_named_actor_of_another_polity_is_no_argument(code):
    """ "the Serbian member of the BiH Presidency, Milorad Dodik" names Dodik (BIH.RS), not
    Serbia; a named actor of the demonym's own polity changes nothing."""
    for text, lang in [
        (
            "Ministarstvo finansija SAD uvelo je sankcije srpskom članu Predsjedništva BiH Miloradu Dodiku.",
            "bs",
        ),
        (
            "The US Treasury imposed sanctions on the Serbian member of the Presidency, Milorad Dodik.",
            "en",
        ),
        (
            "SHBA vendosën sanksione ndaj anëtarit serb të Presidencës së BeH-së Milorad Dodik.",
            "sq",
        ),
    ]:
        assert _pairs(code(text, lang), "SANCTION") == {("USA", "BIH.RS")}, text
    got = code("Ruski ambasador u BiH Igor Kalabuhov kritikovao je Sarajevo.", "sr")
    assert _pairs(got, "ACCUSE") == {("RUS", "BIH")}
    # a comma that opens a new clause is no apposition
    got = code("Srbija kupuje ruske sisteme, a američka ambasada je kritikovala Beograd.", "sr")
    assert ("USA", "SRB") in _pairs(got, "ACCUSE")


def test_the_target_of_a_condemned_attack_is_not_the_recipient_of_the_condemnation(code):
    """What is condemned is the attack: its victim is no target of the condemnation; its
    attacker is, when the text names one."""
    for text, lang in [
        ("The US Embassy condemned the attack on the Kosovo police.", "en"),
        ("Ambasada e SHBA-së e dënoi sulmin ndaj policisë së Kosovës.", "sq"),
        ("Амбасада САД осудила је напад на косовску полицију.", "sr"),
        ("Посольство США осудило нападение на косовскую полицию.", "ru"),
        ("Амбасадата на САД го осуди нападот врз косовската полиција.", "mk"),
    ]:
        got = code(text, lang)
        assert not {(a, r) for t, a, r, m in got if t in {"ACCUSE", "ASSAULT"}}, text
    got = code("The EU condemned the Russian attack on Ukraine.")
    assert _pairs(got, "ACCUSE") == {("EU", "RUS")}
    assert _pairs(got, "ASSAULT") == {("RUS", "UKR")}
    # the doer named after the noun (a case ending or a genitive word) stays the recipient
    for text, lang, actor in [
        ("Albania condemned the aggression of Russia against Ukraine.", "en", "ALB"),
        ("Crna Gora je osudila agresiju Rusije na Ukrajinu.", "sr", "MNE"),
        ("Северна Македонија ја осуди агресијата на Русија врз Украина.", "mk", "MKD"),
        ("Shqipëria dënoi agresionin e Rusisë ndaj Ukrainës.", "sq", "ALB"),
    ]:
        assert _pairs(code(text, lang), "ACCUSE") == {(actor, "RUS")}, text
    # a refused or threatened event is about its target ("refused to impose sanctions on X")
    assert _pairs(code("Serbia refused to impose sanctions on Russia."), "REJECT") == {
        ("SRB", "RUS")
    }
    # the parties of a welcomed agreement stay its recipients
    got = code("Albania welcomed the agreement between Serbia and Kosovo.")
    assert {r for t, a, r, m in got if t == "SUPPORT"} == {"SRB", "XKX"}


def test_turkish_genitive_names_the_doer_of_an_event_noun(code):
    """ "Rusya'nın Ukrayna'ya saldırısı" (Russia's attack on Ukraine): the genitive suffix marks
    the doer, the unit between it and the noun the target; the verb judging the attack is
    addressed to the doer, never to the target."""
    got = code("Arnavutluk, Rusya'nın Ukrayna'ya saldırısını kınadı.", "tr")
    assert _pairs(got, "ASSAULT") == {("RUS", "UKR")}
    assert _pairs(got, "ACCUSE") == {("ALB", "RUS")}
    # the judging verb's subject is not the attacker
    got = code("ABD Büyükelçiliği Kosova polisine yönelik saldırıyı kınadı.", "tr")
    assert _pairs(got, "ASSAULT") == set()
    # the doer of a noun that is no verb's object acts on the clause's first argument
    got = code("Türk askerleri, NATO'nun talebi üzerine Kosova'ya ulaştı.", "tr")
    assert _pairs(got, "REQUEST") == {("NATO", "TUR")}


def test_a_group_after_a_symmetric_noun_pairs_up_only_after_between(code):
    """English has no post-verbal subjects, so a group after "negotiations on the accession of"
    names each candidate's side of talks with someone unnamed, not talks among them."""
    assert code("Talks between Serbia and Kosovo resumed in Brussels.") == {
        ("CONSULT", "SRB", "XKX", "asserted")
    }
    assert code("Negotiations on the accession of Serbia, Albania and Montenegro stalled.") == set()
    # Where subjects may follow the verb, the group after it is the pair itself.
    assert code("Razgovarali su Srbija i Kosovo.", "sr") == {("CONSULT", "SRB", "XKX", "asserted")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Serb protesters attacked KFOR soldiers in Zvečan."),
        ("sr", "Srpski demonstranti napali su vojnike Kfora u Zvečanu."),
        ("sq", "Protestues serbë sulmuan ushtarët e KFOR-it në Zveçan."),
        ("tr", "Sırp protestocular Zveçan'da KFOR askerlerine saldırdı."),
        ("ru", "Сербские демонстранты напали на солдат КФОР в Звечане."),
    ],
)
def test_a_demonym_qualifying_a_group_of_people_is_no_state(code, lang, text):
    """Protesters, citizens or a community are no polity (annotation rule 2): "Serb
    protesters" is not Serbia, so the attack has no state actor."""
    assert not any(a == "SRB" for _, a, _, _ in code(text, lang))
    state = {"en": "Serbian troops attacked KFOR soldiers in Zvečan."}.get(lang)
    if state:
        assert ("ASSAULT", "SRB", "NATO", "asserted") in code(state, lang)


def test_arguments_stay_in_the_trigger_clause(code):
    """A colon or semicolon ends the clause: what follows is another statement."""
    assert code("Lavrov visited Belgrade; Bulgaria and Montenegro closed their airspace.") == {
        ("CONSULT", "RUS", "SRB", "asserted")
    }
    assert code("Russia protested: Bulgaria and Montenegro closed their airspace.") == set()


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        (
            "en",
            "The EU spokesman said that Russia's ambassador behaved in an unacceptable way.",
            ("ACCUSE", "EU", "RUS", "asserted"),
        ),
        (
            "sr",
            "Portparol EU ocenio je da se ruski ambasador ponaša neprihvatljivo.",
            ("ACCUSE", "EU", "RUS", "asserted"),
        ),
        # the object before the verb is judged ("called the ambassador's threats dangerous")
        (
            "bs",
            "Ambasada SAD-a je prijetnje ruskog ambasadora nazvala neprihvatljivim.",
            ("ACCUSE", "USA", "RUS", "asserted"),
        ),
        # a demonym before the verb does not join the complement's subject
        (
            "bs",
            "Američke vlasti navode da Dodik podriva Dejtonski sporazum.",
            ("ACCUSE", "USA", "BIH.RS", "asserted"),
        ),
        (
            "ru",
            "Лавров заявил, что действия Приштины являются грубым нарушением резолюции.",
            ("ACCUSE", "RUS", "XKX", "asserted"),
        ),
        (
            "sq",
            "Kurti tha se veprimet e Serbisë janë të papranueshme.",
            ("ACCUSE", "XKX", "SRB", "asserted"),
        ),
        (
            "tr",
            "Erdoğan, Yunanistan'ın adımlarını kabul edilemez olarak nitelendirdi.",
            ("ACCUSE", "TUR", "GRC", "asserted"),
        ),
    ],
)
def test_a_negative_judgement_is_the_speakers_criticism(code, lang, text, event):
    assert event in code(text, lang)


def test_a_neutral_statement_is_no_judgement_and_a_judged_claim_is_not_asserted(code):
    """Without a negative word a report is no criticism, and what it reports stays as it is;
    what a criticism says the judged party did is the speaker's claim."""
    assert code("The EU spokesman said that Russia's ambassador met the Serbian president.") \
        == {("CONSULT", "RUS", "SRB", "asserted")}  # fmt: skip
    got = code("Vučić je izjavio da je Priština prekršila sporazum i napala Srbe.", "sr")
    assert ("ACCUSE", "SRB", "XKX", "asserted") in got
    assert not any(m == "asserted" and a == "XKX" for _, a, _, m in got)


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The Hungarian minister said that Serbia's stance had been constructive.",
         ("SUPPORT", "HUN", "SRB", "asserted")),
        ("sr", "Orban je ocenio da je Srbija pokazala veliko prijateljstvo prema Mađarskoj.",
         ("SUPPORT", "HUN", "SRB", "asserted")),
        ("ru", "Лавров заявил, что позиция Белграда была конструктивной.",
         ("SUPPORT", "RUS", "SRB", "asserted")),
    ],
)  # fmt: skip
def test_a_positive_judgement_is_the_speakers_praise(code, lang, text, event):
    assert event in code(text, lang)


def test_a_negated_positive_word_is_no_praise(code):
    got = code("The Hungarian minister said that Serbia's stance had not been constructive.")
    assert not any(t == "SUPPORT" for t, *_ in got)


def test_turkish_passive_agent_precedes_its_postposition(code):
    """ "tarafından" (by) follows its agent in verb-final Turkish."""
    assert code("Sırbistan, Rusya tarafından eleştirildi.", "tr") == {
        ("ACCUSE", "RUS", "SRB", "asserted")
    }
    assert code("Rusya Sırbistan'ı eleştirdi.", "tr") == {("ACCUSE", "RUS", "SRB", "asserted")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hungary would, as it announced, block the sanctions against Russia."),
        ("sr", "Mađarska bi ih, kako je najavila, blokirala vetom Rusiji."),
    ],
)
def test_a_short_parenthetical_does_not_cut_the_modal_scope(code, lang, text):
    assert code(text, lang) == {("REJECT", "HUN", "RUS", "hypothetical")}


def test_an_event_noun_with_its_object_then_its_agent(code):
    """ "the non-recognition of Kosovo by Belgrade and Sarajevo": the agents act on the object."""
    got = code("This includes the non-recognition of Kosovo by Belgrade and Sarajevo.")
    assert got == {("REJECT", "SRB", "XKX", "asserted"), ("REJECT", "BIH", "XKX", "asserted")}
    assert code("The invasion of Ukraine by Russia was condemned.") == {
        ("ASSAULT", "RUS", "UKR", "asserted")
    }


def test_a_passive_judgement_is_its_agents_and_the_agent_is_not_the_nouns(code):
    """The agent after a judgement verb is the speaker; a noun with its doer before it ("Dodik's
    meeting") does not take that agent as its own."""
    got = code("Dodik's meeting with Putin was interpreted by the US Embassy as an absurd attempt.")
    assert got == {
        ("CONSULT", "BIH.RS", "RUS", "asserted"),
        ("ACCUSE", "USA", "BIH.RS", "asserted"),
    }


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The talks between Serbia and Kosovo were mediated by the European Union."),
        (
            "en",
            "Kurti and Vučić met in Ohrid.\nThe meeting was mediated by Josep Borrell of the EU.",
        ),
        ("en", "NATO supports the Belgrade-Pristina EU-brokered agreement."),
        ("sr", "Kurti i Vučić sastali su se u Ohridu.\nSastanak je posredovao Josep Borel iz EU."),
        (
            "sq",
            "Kurti dhe Vuçiq u takuan në Ohër.\nTakimi u ndërmjetësua nga përfaqësuesi i BE-së.",
        ),
        ("ru", "Переговоры между Белградом и Приштиной при посредничестве Евросоюза продолжились."),
    ],
)
def test_a_mediator_consults_each_party(code, lang, text):
    got = {frozenset(p) for p in _pairs(code(text, lang), "CONSULT")}
    assert {frozenset(("EU", "SRB")), frozenset(("EU", "XKX"))} <= got


@pytest.mark.parametrize(
    "lang,text,typ,want",
    [
        ("en", "Russia delivered Russian drones to Serbia last year.", "AID", ("RUS", "SRB")),
        (
            "sr",
            "Kineske firme gradile su, uz kredite kineske banke, i deonice srpskog autoputa.",
            "COOPERATE",
            ("CHN", "SRB"),
        ),  # fmt: skip
        ("sq", "Turqia dërgoi dronë turq në Kosovë.", "AID", ("TUR", "XKX")),
    ],
)
def test_a_demonym_of_the_actors_own_polity_after_the_verb_is_no_object(
    code, lang, text, typ, want
):
    assert _pairs(code(text, lang), typ) == {want}


@pytest.mark.parametrize(
    "lang,text,typ,want",
    [
        ("ru", "Ещё в марте Москва запрашивала у Белграда разъяснения.", "REQUEST", ("RUS", "SRB")),
        ("sr", "U junu Srbija je potpisala sporazum sa Rusijom.", "SUPPORT", ("SRB", "RUS")),
        ("sr", "U ponedeljak Vučić je posetio Moskvu.", "CONSULT", ("SRB", "RUS")),
        ("en", "In 2019 Serbia signed an agreement with Russia.", "SUPPORT", ("SRB", "RUS")),
    ],
)
def test_a_preposition_before_a_date_marks_no_place(code, lang, text, typ, want):
    assert _pairs(code(text, lang), typ) == {want}


@pytest.mark.parametrize(
    "text,typ,want",
    [
        (
            "NATO, Priştine'yi ve Belgrad'ı AB arabuluculuğundaki diyaloğa dönmeye çağırdı.",
            "REQUEST",
            {("NATO", "XKX"), ("NATO", "SRB")},
        ),  # fmt: skip
        (
            "Rusya, Sırbistan'ı AB üyeliği konusundaki tutumu nedeniyle eleştirdi.",
            "ACCUSE",
            {("RUS", "SRB")},
        ),  # fmt: skip
        (
            "Vučić, Sırbistan'a taşınacak elektrik için Türkiye'nin yardımını istedi.",
            "REQUEST",
            {("SRB", "TUR")},
        ),  # fmt: skip
    ],
)
def test_verb_final_object_carries_a_case_suffix_a_bare_name_qualifies_a_noun(
    code, text, typ, want
):
    """Turkish (the only verb-final language of the pack): "AB arabuluculuğundaki" (EU-mediated)
    and "AB üyeliği" (EU membership) qualify nouns; the case-marked name is the object."""
    assert _pairs(code(text, "tr"), typ) == want


@pytest.mark.parametrize(
    "lang,text",
    [
        ("ru", "Захарова заявила, что Евросоюз поддержал Приштину."),
        ("sr", "Zaharova je izjavila da je Evropska unija podržala Prištinu."),
        ("mk", "Захарова изјави дека Европската унија ја поддржа Приштина."),
    ],
)
def test_the_subject_of_a_said_that_clause_is_no_quoted_source(code, lang, text):
    """ "заявила, что ЕС ...": the complement's subject is not the speaker quoted after "said"
    ("заявил Лавров"), nor the object of the speaker's clause."""
    assert _pairs(code(text, lang), "SUPPORT") == {("EU", "XKX")}


def test_a_group_judged_in_a_said_that_clause_is_judged_whole(code):
    got = code(
        "Лавров заявил, что сочувствует Белграду, Скопье и Подгорице, которые действуют недопустимо.",
        "ru",
    )
    assert {("RUS", "SRB"), ("RUS", "MKD"), ("RUS", "MNE")} <= _pairs(got, "ACCUSE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Kurti and Vučić agreed in Ohrid.\nThe prime minister of North Macedonia welcomed the agreement."),
        ("sq", "Kurti dhe Vuçiq ranë dakord në Ohër.\nKryeministri i Maqedonisë së Veriut e përshëndeti marrëveshjen."),
        ("mk", "Курти и Вучиќ се договорија во Охрид.\nПремиерот на Северна Македонија го поздрави договорот."),
    ],
)  # fmt: skip
def test_a_title_of_a_named_country_is_no_pronoun(code, lang, text):
    """ "the prime minister of North Macedonia" is that country's, not the previous subject."""
    assert ("MKD", "SRB") in _pairs(code(text, lang), "SUPPORT")


@pytest.mark.parametrize(
    "lang,text,typ,want",
    [
        ("en", "Russia is spreading disinformation, arming Serbia, and increasing its influence.",
         "AID", ("RUS", "SRB")),
        ("sr", "Kineske kompanije gradile su, uz kredite kineske banke, i deonice srpskog autoputa.",
         "AID", ("CHN", "SRB")),
        ("sq", "Kurti dhe Vuçiq ranë dakord në Ohër.\nKryeministri i Maqedonisë së Veriut, vendi i "
         "të cilit priti takimin, e përshëndeti marrëveshjen.", "SUPPORT", ("MKD", "XKX")),
    ],
)  # fmt: skip
def test_a_comma_ends_the_event_noun_a_verb_takes_as_object(code, lang, text, typ, want):
    """The actor of a verb is not the actor of the event noun right after it ("condemned the
    attack"), but a comma between them separates two events of the same actor."""
    assert want in _pairs(code(text, lang), typ)


@pytest.mark.parametrize(
    "lang,text,want",
    [
        ("sr", "Портпарол Беле куће Џон Кирби оценио је да је распоређивање српске артиљерије "
         "„веома дестабилизујуће“ и позвао Београд да повуче снаге.", ("USA", "SRB")),
        ("en", "White House spokesman John Kirby said the deployment of Serbian artillery near the "
         "line was very destabilising and urged Belgrade to withdraw the forces.", ("USA", "SRB")),
        ("ru", "Лавров заявил, что размещение албанских сил недопустимо, и призвал Приштину "
         "отвести войска.", ("RUS", "XKX")),
    ],
)  # fmt: skip
def test_a_verb_after_and_ends_a_judgements_complement(code, lang, text, want):
    assert _pairs(code(text, lang), "REQUEST") == {want}


def test_a_complement_with_its_own_subject_keeps_its_coordinated_verb(code):
    got = code("Lavrov je ocenio da je Priština prekršila sporazum i napala srpsku policiju.", "sr")
    assert _pairs(got, "ASSAULT") == set()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("sr", "Blinken je zatražio da odgovorni za napad na kosovsku policiju budu privedeni pravdi "
         "i podržao odluku NATO-a."),
        ("en", "Blinken demanded that those responsible for the attack be brought to justice and "
         "welcomed the decision of NATO."),
        ("ru", "Блинкен потребовал, чтобы виновные в нападении на косовскую полицию были наказаны, "
         "и поддержал решение НАТО."),
    ],
)  # fmt: skip
def test_a_verb_of_the_same_form_after_and_ends_a_requests_complement(code, lang, text):
    assert _pairs(code(text, lang), "SUPPORT") == {("USA", "NATO")}


def test_a_noun_after_and_stays_in_a_requests_complement(code):
    got = code("The EU called for an end to the war and sanctions on Russia.")
    assert _pairs(got, "SANCTION") == set()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Vučić's visit to Moscow drew sharp criticism from the European Union."),
        ("ru", "Участие Вучича в параде в Москве вызвало резкую критику Евросоюза."),
        ("sr", "Odluka Srbije izazvala je oštre kritike Evropske unije."),
        ("mk", "Одлуката на Србија предизвика критики од ЕУ."),
        ("sq", "Vendimi i Serbisë shkaktoi kritika nga BE."),
    ],
)
def test_criticism_drawn_by_the_subject_comes_from_the_unit_after_it(code, lang, text):
    assert _pairs(code(text, lang), "ACCUSE") == {("EU", "SRB")}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Hungary at the meeting of the EU in Brussels vetoed sanctions against Russia."),
        ("sq", "Hungaria në takimin e BE-së në Bruksel bllokoi sanksionet ndaj Rusisë."),
    ],
)
def test_a_name_after_of_qualifies_a_noun_and_is_no_subject(code, lang, text):
    assert _pairs(code(text, lang), "REJECT") == {("HUN", "RUS")}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("sr", "Vučić je u razgovoru sa Blinkenom odbacio optužbe Prištine."),
        ("ru", "Лавров в беседе с Блинкеном отверг обвинения Киева."),
    ],
)
def test_a_with_object_before_a_verb_is_no_noun_modifier(code, lang, text):
    """ "align with EU sanctions" is English noun compounding; "sa Blinkenom odbacio" is not."""
    assert not any(a == "USA" for a, _ in _pairs(code(text, lang), "REJECT"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("sr", "Vučić je tokom krize na severu Kosova naredio podizanje borbene gotovosti vojske."),
        ("en", "During the crisis in northern Kosovo, Vučić ordered the deployment of troops to the "
         "border with Kosovo."),
        ("sq", "Gjatë krizës në Kosovë, Vuçiq urdhëroi vendosjen e trupave në kufi me Kosovën."),
    ],
)  # fmt: skip
def test_an_order_with_no_addressee_is_the_ordered_act(code, lang, text):
    got = code(text, lang)
    assert _pairs(got, "MOBILIZE") == {("SRB", "XKX")}
    assert _pairs(got, "REQUEST") == set()


def test_an_order_to_a_named_party_stays_a_request(code):
    got = code("Moscow ordered Belgrade to deploy troops to the border with Kosovo.")
    assert _pairs(got, "REQUEST") == {("RUS", "SRB")}
    assert _pairs(got, "MOBILIZE") == set()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("sq", "Presidenti serb e mohoi përfshirjen e shtetit serb dhe po atë natë fajësoi Kurtin "
         "për tensionet."),
        ("sr", "Srpski predsednik je porekao umešanost srpske države i iste noći optužio Kurtija za "
         "tenzije."),
        ("en", "The Serbian president denied any involvement of the Serbian state and later that "
         "night blamed Kurti for the tensions."),
    ],
)  # fmt: skip
def test_a_verb_a_few_words_after_and_ends_a_refusals_complement(code, lang, text):
    assert _pairs(code(text, lang), "ACCUSE") == {("SRB", "XKX")}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Talks between Serbia and Kosovo lasted twelve hours, and the EU welcomed the "
         "agreement of the two sides."),
        ("sr", "Pregovori Srbije i Kosova trajali su dvanaest sati, a EU je pozdravila dogovor "
         "dveju strana."),
    ],
)  # fmt: skip
def test_the_two_sides_are_the_pair_just_named(code, lang, text):
    assert _pairs(code(text, lang), "SUPPORT") == {("EU", "SRB"), ("EU", "XKX")}


def test_what_follows_a_verb_final_request_is_no_complement(code):
    got = code(
        "Türk lider, Sırbistan ile Kosova arasındaki sorunların diyalogla çözülmesi çağrısında "
        "bulundu ve iki taraf arasında varılan uzlaşıyı memnuniyetle karşıladı.",
        "tr",
    )
    assert _pairs(got, "SUPPORT") == {("TUR", "SRB"), ("TUR", "XKX")}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("bs", "Ambasada SAD-a je prijetnje ruskog ambasadora nazvala opasnim i neprihvatljivim te "
         "poručila da stoji uz BiH."),
        ("hr", "Veleposlanstvo SAD-a je izjavu ruskog veleposlanika nazvalo neprihvatljivom i "
         "poručilo da podržava BiH."),
    ],
)  # fmt: skip
def test_with_no_that_clause_the_object_before_a_judgement_verb_is_judged(code, lang, text):
    got = _pairs(code(text, lang), "ACCUSE")
    assert ("USA", "RUS") in got and ("USA", "BIH") not in got


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The non-recognition of Kosovo not only by Serbia, but also by some EU members "
         "(Spain, Greece and Slovakia) remains a problem."),
        ("sr", "Nepriznavanje Kosova od strane Srbije, ali i od strane nekih članica EU (Španije, "
         "Grčke i Slovačke) ostaje problem."),
    ],
)  # fmt: skip
def test_later_agents_and_the_list_naming_them_are_agents(code, lang, text):
    want = {("SRB", "XKX"), ("ESP", "XKX"), ("GRC", "XKX"), ("SVK", "XKX")}
    assert _pairs(code(text, lang), "REJECT") == want


@pytest.mark.parametrize(
    "text",
    [
        "Ahtisaari, an envoy of the UN and a mediator for negotiations between Belgrade and "
        "Pristina, had a plan.",
        "The EU hosted talks between Serbia and Kosovo in Brussels.",
    ],
)
def test_talks_between_a_pair_have_the_pair_as_parties_whatever_the_subject(code, text):
    """(Only where the lexicon has a `between` list: English.)"""
    assert ("SRB", "XKX") in _pairs(code(text), "CONSULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("hr", "Povjerenica za koheziju Elisa Ferreira pohvalila je Hrvatsku."),
        ("sr", "Komesar za proširenje Oliver Varhelji pohvalio je Albaniju."),
        ("mk", "Комесар за проширување Жозеп Борел ја пофали Албанија."),
    ],
)
def test_a_for_phrase_after_the_opening_title_is_no_oblique(code, lang, text):
    """ "Commissioner for cohesion X": the name after "za" is the subject, not a "for" object."""
    got = _pairs(code(text, lang), "SUPPORT")
    assert len(got) == 1 and next(iter(got))[0] == "EU"


@pytest.mark.parametrize(
    "text",
    [
        "The United States put pressure on the actors in which Russian influence is felt.",
        "The EU criticised the parties whose leaders Russia supports.",
    ],
)
def test_relative_clause_of_the_object_names_no_recipient(code, text):
    """A name in a relative clause qualifying the trigger's own object is that clause's
    argument, not the recipient."""
    assert not any(r == "RUS" for _t, _a, r, _m in code(text)), code(text)


def test_complement_that_still_names_the_recipient(code):
    got = code("The United States demanded that Serbia withdraw its troops.")
    assert ("REQUEST", "USA", "SRB", "asserted") in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The ceasefire prevented Russia from attacking Ukraine."),
        ("sr", "Primirje je sprečilo da Rusija napadne Ukrajinu."),
        ("ru", "Перемирие предотвратило нападение России на Украину."),
    ],
)
def test_a_prevented_act_did_not_happen(code, lang, text):
    got = {m for t, a, r, m in code(text, lang) if (t, a, r) == ("ASSAULT", "RUS", "UKR")}
    assert got == {"hypothetical"}

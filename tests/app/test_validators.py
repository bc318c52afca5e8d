"""BSN (elfproef), KvK, postcode, IBAN and e-mail validation with Dutch messages."""

import pytest

from app.validators import check_bsn, check_email, check_iban, check_kvk, check_postcode


@pytest.mark.parametrize(
    "value, expected",
    [
        ("999993653", "999993653"),
        ("111222333", "111222333"),
        ("9999 93653", "999993653"),
        ("12345672", "012345672"),  # 8 digits: a leading zero is added
    ],
)
def test_valid_bsn(value, expected):
    assert check_bsn(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        ("999993654", "elfproef"),
        ("123456789", "elfproef"),
        ("000000000", "elfproef"),
        ("12345", "9 cijfers"),
        ("abcdefghi", "9 cijfers"),
        ("", "9 cijfers"),
    ],
)
def test_invalid_bsn(value, message):
    with pytest.raises(ValueError, match=message):
        check_bsn(value)


def test_kvk():
    assert check_kvk("6954 6479") == "69546479"
    for bad in ("1234567", "123456789", "1234567a", ""):
        with pytest.raises(ValueError, match="precies 8 cijfers"):
            check_kvk(bad)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("8471ab", "8471 AB"),
        ("8471 AB", "8471 AB"),
        (" 9201 xz ", "9201 XZ"),
    ],
)
def test_valid_postcode(value, expected):
    assert check_postcode(value) == expected


@pytest.mark.parametrize("value", ["0471 AB", "847 AB", "8471 A", "8471 ABC", "ABCD 12", "1234 SS"])
def test_invalid_postcode(value):
    with pytest.raises(ValueError, match="postcode|Deze postcode"):
        check_postcode(value)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"),
        ("nl91abna0417164300", "NL91ABNA0417164300"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    ],
)
def test_valid_iban(value, expected):
    assert check_iban(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        ("NL92 ABNA 0417 1643 00", "controlegetal"),
        ("NL91 ABNA 0417 1643", "18 tekens"),
        ("12345", "IBAN in zoals"),
    ],
)
def test_invalid_iban(value, message):
    with pytest.raises(ValueError, match=message):
        check_iban(value)


def test_email():
    assert check_email(" Piet@Voorbeeld.nl ") == "Piet@voorbeeld.nl"
    for bad in ("piet", "piet@", "@voorbeeld.nl", "piet@@voorbeeld.nl"):
        with pytest.raises(ValueError, match="geldig e-mailadres"):
            check_email(bad)
    with pytest.raises(ValueError, match="te lang"):
        check_email("a" * 300 + "@voorbeeld.nl")


def test_wtforms_wrapper_normalises_and_reports(app):
    from flask_wtf import FlaskForm
    from wtforms import StringField

    from app.validators import BSN, Postcode

    class Form(FlaskForm):
        bsn = StringField("BSN", validators=[BSN()])
        postcode = StringField("Postcode", validators=[Postcode()])

    with app.test_request_context(method="POST", data={"bsn": "999993654", "postcode": "8471ab"}):
        form = Form()
        assert not form.validate()
        assert "elfproef" in form.bsn.errors[0]
        assert form.postcode.data == "8471 AB"

"""Validators for Dutch identifiers used in every form: BSN, KvK, postcode, IBAN, e-mail, phone.

Each `check_*` function returns the normalised value or raises `ValueError` with a Dutch
message; the WTForms wrappers at the bottom turn that into a field error.
"""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email
from wtforms.validators import ValidationError

_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
# Letter combinations PostNL never issues.
_POSTCODE_BANNED_LETTERS = {"SA", "SD", "SS"}


def check_bsn(value: str) -> str:
    """A burgerservicenummer: 9 digits (8 with a leading zero added) passing the elfproef."""
    digits = re.sub(r"[\s.\-]", "", value or "")
    if len(digits) == 8:
        digits = "0" + digits
    if not re.fullmatch(r"[0-9]{9}", digits):
        raise ValueError("Een BSN bestaat uit 9 cijfers.")
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    if total % 11 != 0 or digits == "000000000":
        raise ValueError("Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.")
    return digits


def check_kvk(value: str) -> str:
    """A KvK number: exactly 8 digits."""
    digits = re.sub(r"[\s.]", "", value or "")
    if not re.fullmatch(r"[0-9]{8}", digits):
        raise ValueError("Een KvK-nummer bestaat uit precies 8 cijfers.")
    return digits


def check_postcode(value: str) -> str:
    """A Dutch postcode, normalised to `1234 AB`."""
    match = _POSTCODE.fullmatch((value or "").strip())
    if not match:
        raise ValueError("Vul een postcode in zoals 8471 AB (4 cijfers en 2 letters).")
    letters = match.group(2).upper()
    if letters in _POSTCODE_BANNED_LETTERS:
        raise ValueError(
            "Deze postcode bestaat niet (de letters SA, SD en SS worden niet gebruikt)."
        )
    return f"{match.group(1)} {letters}"


def check_iban(value: str) -> str:
    """An IBAN with a valid mod-97 check, normalised without spaces in capitals."""
    iban = re.sub(r"\s", "", value or "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", iban):
        raise ValueError("Vul een IBAN in zoals NL91 ABNA 0417 1643 00.")
    if iban.startswith("NL") and not re.fullmatch(r"NL[0-9]{2}[A-Z]{4}[0-9]{10}", iban):
        raise ValueError(
            "Een Nederlands IBAN heeft 18 tekens: NL, 2 cijfers, 4 letters, 10 cijfers."
        )
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    if int(number) % 97 != 1:
        raise ValueError("Dit IBAN klopt niet (controlegetal onjuist). Controleer de tekens.")
    return iban


def check_email(value: str) -> str:
    """An e-mail address (syntax only, no DNS look-up), normalised."""
    value = (value or "").strip()
    if len(value) > 254:
        raise ValueError("Dit e-mailadres is te lang (maximaal 254 tekens).")
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValueError("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.") from None


def check_phone(value: str) -> str:
    """A phone number: Dutch (10 digits from 0, or +31/0031 and 9 digits; `(0)` after the country
    code is left out) or another country's (+ and 8 to 15 digits). Returned with its spaces
    tidied, as the user wrote it."""
    text = " ".join((value or "").split())
    if len(text) > 20:
        raise ValueError("Dit telefoonnummer is te lang (maximaal 20 tekens).")
    if not re.fullmatch(r"\+?[0-9 ()\-.]+", text):
        raise ValueError("Vul een telefoonnummer in zoals 0561 123 456 of +31 6 1234 5678.")
    digits = re.sub(r"[^0-9]", "", text.replace("(0)", ""))
    international = text.startswith("+") or digits.startswith("00")
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if digits.startswith("31"):
            if len(digits) != 11:
                raise ValueError(
                    "Een Nederlands nummer heeft na +31 nog 9 cijfers, zoals +31 6 1234 5678."
                )
        elif not 8 <= len(digits) <= 15:
            raise ValueError("Een buitenlands nummer heeft na de + 8 tot 15 cijfers.")
        return text
    if not digits.startswith("0") or len(digits) != 10:
        raise ValueError("Een Nederlands telefoonnummer heeft 10 cijfers, zoals 0561 123 456.")
    return text


class _Check:
    """Wrap a `check_*` function as a WTForms validator that also normalises the data."""

    def __init__(self, check):
        self.check = check
        self.field_flags = {}

    def __call__(self, form, field):
        if field.data in (None, ""):
            return
        try:
            field.data = self.check(field.data)
        except ValueError as error:
            raise ValidationError(str(error)) from None


def BSN():  # noqa: N802 - reads like the WTForms validators it sits beside
    return _Check(check_bsn)


def KvK():  # noqa: N802
    return _Check(check_kvk)


def Postcode():  # noqa: N802
    return _Check(check_postcode)


def IBAN():  # noqa: N802
    return _Check(check_iban)


def EmailAddress():  # noqa: N802
    return _Check(check_email)


def Phone():  # noqa: N802
    return _Check(check_phone)

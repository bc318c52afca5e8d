"""Pages that later issues build, stated honestly: what will be here, nothing pretending to work."""

from flask_babel import lazy_gettext as _l

PLANNED = {
    "employer": {
        "kandidaten": (
            _l("Kandidaten"),
            _l("Hier ziet u straks de kandidaten die een jobhunter aan u voorstelt, zonder naam of "
               "medische gegevens, en kunt u ze uitnodigen voor een gesprek."),
        ),
        "plaatsingen": (
            _l("Plaatsingen"),
            _l("Hier meldt u straks dat een kandidaat bij u begint of stopt, en ziet u welke "
               "werkvoucher of werkgeverscheque eraan komt."),
        ),
        "subsidies": (
            _l("Subsidies"),
            _l("Hier rekent u straks uit welke regelingen u kunt krijgen: loonkostensubsidie, "
               "LKV, no-riskpolis, werkvoucher, jobcoach en proefplaatsing."),
        ),
    },
    "jobhunter": {
        "plaatsingen": (
            _l("Plaatsingen en nazorg"),
            _l("Hier komen straks de plaatsingen, de nazorgtaken na 2 en 6 weken, de werkvouchers "
               "en de uitstroompremies."),
        ),
        "campagne": (
            _l("Werkgeverscampagne"),
            _l("Hier komt straks het jaarlijkse actieplan met doelen (10 gesprekken met nieuwe "
               "werkgevers) en resultaten."),
        ),
        "monitor": (
            _l("Monitor"),
            _l("Hier komt straks de jaarlijkse monitor met grafieken en export naar CSV en Excel."),
        ),
    },
    "procurement": {
        "beoordelen": (
            _l("Beoordelen"),
            _l("Hier komen straks de ingediende SROI-activiteiten van leveranciers, met bewijs, "
               "om goed of af te keuren."),
        ),
        "rapportages": (
            _l("Rapportages"),
            _l("Hier komen straks de jaarrapportages per opdrachtgever, met export naar CSV, Excel "
               "en PDF."),
        ),
    },
}

"""Money and measures as newsrooms print them worldwide: currency signs and codes
before an amount ("$US640m", "Sh1.2 billion", "R2.4bn", "GH¢2.5 million") and
units written against the digits ("214mm", "90km/h", "3.5kg").

Data and the regular-expression pieces built from it; ``figures`` uses them.
"""

from __future__ import annotations

import re

# fmt: off
# Signs and codes written before an amount -> the currency's name.
CURRENCIES = {
    "$": "US dollars", "US$": "US dollars", "$US": "US dollars", "USD": "US dollars",
    "A$": "Australian dollars", "AU$": "Australian dollars", "$A": "Australian dollars",
    "AUD": "Australian dollars", "NZ$": "New Zealand dollars", "$NZ": "New Zealand dollars",
    "NZD": "New Zealand dollars", "C$": "Canadian dollars", "CA$": "Canadian dollars",
    "CAD": "Canadian dollars", "HK$": "Hong Kong dollars", "HKD": "Hong Kong dollars",
    "S$": "Singapore dollars", "SG$": "Singapore dollars", "SGD": "Singapore dollars",
    "NT$": "New Taiwan dollars", "R$": "reais", "BRL": "reais", "Z$": "Zimbabwe dollars",
    "€": "euros", "EUR": "euros", "£": "pounds", "GBP": "pounds", "¥": "yen", "JPY": "yen",
    "CNY": "yuan", "RMB": "yuan", "₹": "rupees", "Rs": "rupees", "Rs.": "rupees", "INR": "rupees",
    "PKR": "rupees", "LKR": "rupees", "₦": "naira", "NGN": "naira", "₱": "pesos", "PHP": "pesos",
    "Php": "pesos", "MXN": "pesos", "₩": "won", "KRW": "won", "₺": "lira", "TL": "lira",
    "TRY": "lira", "₽": "roubles", "RUB": "roubles", "₴": "hryvnias", "UAH": "hryvnias",
    "₪": "shekels", "ILS": "shekels", "₫": "dong", "VND": "dong", "฿": "baht", "THB": "baht",
    "৳": "taka", "Tk": "taka", "BDT": "taka", "RM": "ringgit", "MYR": "ringgit",
    "Rp": "rupiah", "IDR": "rupiah", "GH¢": "cedis", "GH₵": "cedis", "₵": "cedis",
    "GHS": "cedis", "Sh": "shillings", "KSh": "Kenyan shillings", "Ksh": "Kenyan shillings",
    "KES": "Kenyan shillings", "TSh": "Tanzanian shillings", "TZS": "Tanzanian shillings",
    "USh": "Ugandan shillings", "UGX": "Ugandan shillings", "Shs": "shillings",
    "Shs.": "shillings", "UShs": "Ugandan shillings", "KShs": "Kenyan shillings",
    "TShs": "Tanzanian shillings", "ZAR": "rand", "Dh": "dirhams",
    "AED": "dirhams", "SAR": "riyals", "QAR": "riyals", "EGP": "Egyptian pounds",
    "PLN": "zlotys", "SEK": "Swedish kronor", "NOK": "Norwegian kroner", "DKK": "Danish kroner",
    "ISK": "Icelandic kronur", "CHF": "Swiss francs", "MZN": "meticais", "CZK": "koruny",
    "HUF": "forints", "RON": "lei", "KWD": "dinars", "ETB": "birr", "XOF": "CFA francs",
    "XAF": "CFA francs", "CFA": "CFA francs", "ZMW": "kwacha", "MWK": "kwacha",
    # Dollars and other currencies as the Caribbean, the Pacific, southern Africa and
    # the Gulf print them before the digits.
    "J$": "Jamaican dollars", "JA$": "Jamaican dollars", "TT$": "Trinidad and Tobago dollars",
    "EC$": "East Caribbean dollars", "Bds$": "Barbados dollars", "BZ$": "Belize dollars",
    "G$": "Guyana dollars", "FJ$": "Fijian dollars", "N$": "Namibian dollars",
    "OMR": "rials", "NRs": "rupees", "E£": "Egyptian pounds", "TSh.": "Tanzanian shillings",
    # Codes and signs of Latin America, Asia, the Middle East, Africa and eastern Europe
    # as their newsrooms print them ("S/ 25" soles, "RD$", "Nu.", "ZiG150 000").
    "ARS": "Argentine pesos", "AR$": "Argentine pesos", "CLP": "Chilean pesos",
    "CLP$": "Chilean pesos", "COP": "Colombian pesos", "COL$": "Colombian pesos",
    "MX$": "Mexican pesos", "Mex$": "Mexican pesos", "RD$": "Dominican pesos",
    "DOP": "Dominican pesos", "UYU": "Uruguayan pesos", "PEN": "soles", "S/": "soles",
    "S/.": "soles", "BOB": "bolivianos", "Bs": "bolivianos", "PYG": "guaraníes",
    "₲": "guaraníes", "GTQ": "quetzales", "HNL": "lempiras", "NIO": "córdobas",
    "CRC": "colones", "₡": "colones", "VES": "bolívares", "JMD": "Jamaican dollars",
    "TTD": "Trinidad and Tobago dollars", "XCD": "East Caribbean dollars",
    "TWD": "New Taiwan dollars", "NPR": "Nepalese rupees", "MMK": "kyats", "Ks": "kyats",
    "KHR": "riels", "៛": "riels", "LAK": "kip", "₭": "kip", "MNT": "tugriks", "₮": "tugriks",
    "KZT": "tenge", "₸": "tenge", "UZS": "soums", "KGS": "soms", "AZN": "manats",
    "₼": "manats", "GEL": "lari", "₾": "lari", "AMD": "drams", "֏": "drams",
    "AFN": "afghanis", "BTN": "ngultrum", "Nu.": "ngultrum", "MVR": "rufiyaa", "Rf": "rufiyaa",
    "IRR": "rials", "IQD": "dinars", "JOD": "dinars", "LBP": "Lebanese pounds",
    "BHD": "dinars", "TND": "dinars", "DZD": "dinars", "MAD": "dirhams", "Dhs": "dirhams",
    "LYD": "dinars", "SDG": "Sudanese pounds", "RWF": "Rwandan francs",
    "BIF": "Burundian francs", "CDF": "Congolese francs", "GNF": "Guinean francs",
    "AOA": "kwanzas", "NAD": "Namibian dollars", "BWP": "pula", "MUR": "rupees",
    "MGA": "ariary", "GMD": "dalasis", "SLE": "leones", "Le": "leones", "LRD": "Liberian dollars",
    "L$": "Liberian dollars", "Br": "birr", "ZWG": "ZiG", "ZiG": "ZiG", "ZWL": "Zimbabwe dollars",
    "FJD": "Fijian dollars", "PGK": "kina", "BGN": "leva", "RSD": "dinars", "MKD": "denars",
    "BAM": "marks", "MDL": "lei", "BYN": "roubles", "₨": "rupees", "﷼": "rials",
    "Rwf": "Rwandan francs", "Frw": "Rwandan francs", "FRw": "Rwandan francs",
    # Jordan's and Kuwait's papers write the dinar "JD" and "KD" against the digits
    "JD": "dinars", "FCFA": "CFA francs",
    # Bhutan's ngultrum as Kuensel prints it, without the stop: "Nu 186M"
    "Nu": "ngultrum",
    # Macau's pataca: "MOP320 million", "MOP$3,500"
    "MOP": "patacas", "MOP$": "patacas",
    # the dollars, francs and guilders of island territories as their papers print
    # them: "CI$18.5m" (Cayman), "SI$" (Solomon Islands), "WS$" (Samoan tala),
    # "BD$" (Bermuda), "SRD" (Suriname), "XPF" (CFP francs), "ANG"/"XCG" (guilders)
    "CI$": "Cayman Islands dollars", "KYD": "Cayman Islands dollars",
    "SI$": "Solomon Islands dollars", "SBD": "Solomon Islands dollars", "WS$": "tala",
    "WST": "tala", "BD$": "Bermuda dollars", "BMD": "Bermuda dollars",
    "BSD": "Bahamian dollars", "SRD": "Suriname dollars", "XPF": "CFP francs",
    "ANG": "guilders", "XCG": "Caribbean guilders", "AWG": "florins",
    # Egypt's pound as its English-language papers print it: "LE15", "L.E. 200"
    "LE": "Egyptian pounds", "L.E.": "Egyptian pounds",
}
# Signs central Europe prints after the digits: "2.4bn Kč", "12,000 zł", "300 Ft".
SIGNS_AFTER = {"Kč": "koruny", "zł": "zlotys", "Ft": "forints", "kn": "kuna"}
CURRENCIES.update(SIGNS_AFTER)
# One letter that is a currency only with a scale or thousands: "R2.4bn", "R45,000"
# (rand), "P5 billion" (Philippine pesos), "N5bn" (naira); "R34" is a road.
SHY_CURRENCIES = {"R": "rand", "P": "pesos", "N": "naira",
                  # Zambia's and Malawi's kwacha, Papua New Guinea's kina: "K4.2 million"
                  "K": "kwacha or kina",
                  # two capitals that are also models and codes ("MK7", "SR 520"): the same
                  "MK": "kwacha", "QR": "riyals", "KD": "dinars", "BD": "dinars", "RO": "rials",
                  # Lesotho's maloti and Eswatini's emalangeni: "M25 000", "E4.5 million"
                  "M": "maloti", "E": "emalangeni",
                  # Vanuatu's vatu: "VT120 million"; Guatemala's quetzal: "Q2.3 million"
                  "VT": "vatu", "Q": "quetzales",
                  # the Saudi riyal and the Seychelles rupee: "SR2.3 billion", "SR4"
                  "SR": "riyals or rupees"}
# fmt: on

_SIGNS = sorted(CURRENCIES, key=len, reverse=True)
CURRENCY = "|".join(re.escape(sign) for sign in _SIGNS)
SHY_CURRENCY = "|".join(sorted(SHY_CURRENCIES, key=len, reverse=True))
# A currency's code printed after the amount: "1 800 FCFA", "8.50 EUR", "12,000 zł".
_CODES = [c for c in _SIGNS if re.fullmatch(r"[A-Z]{3}", c)] + list(SIGNS_AFTER)
CURRENCY_AFTER = re.compile(r"\s?(?P<code>F\s?CFA|" + "|".join(_CODES) + r")\b")

# Units against the digits ("214mm", "40km", "90km/h", "50MW") -> the unit's name.
# Not "m" alone: "£4.1m" and "1.5m people" are millions, "a 5m wall" is left alone.
UNIT_SUFFIXES = {
    "mm": "millimetres",
    "cm": "centimetres",
    "km": "kilometres",
    "km/h": "kilometres per hour",
    "kph": "kilometres per hour",
    "kmh": "kilometres per hour",
    "mph": "miles per hour",
    "km²": "square kilometres",
    "km2": "square kilometres",
    "sq km": "square kilometres",
    "m²": "square metres",
    "sqm": "square metres",
    "kg": "kilograms",
    "mg": "milligrams",
    "ml": "millilitres",
    "ha": "hectares",
    "ft": "feet",
    "lb": "pounds (weight)",
    "lbs": "pounds (weight)",
    "oz": "ounces",
    "kW": "kilowatts",
    "MW": "megawatts",
    "GW": "gigawatts",
    "kWh": "kilowatt hours",
    "MWh": "megawatt hours",
    "GWh": "gigawatt hours",
    "TWh": "terawatt hours",
    "GB": "gigabytes",
    "TB": "terabytes",
    "pc": "percent",  # "a 2pc rise" in British papers
}
UNIT_SUFFIX = "|".join(re.escape(u) for u in sorted(UNIT_SUFFIXES, key=len, reverse=True))

# Units of two words, or abbreviated, after a space: "12 sq km", "1.2 billion cubic
# metres", "7.2 pc".
MEASURE_AFTER = re.compile(
    r"\s+(?P<unit>(?:sq\.?|square)\s+(?:km|kilomet(?:re|er)s?|mi|miles?|m|met(?:re|er)s|ft|feet)|"
    r"cubic\s+(?:met(?:re|er)s|m|feet|ft|kilomet(?:re|er)s)|pc|"
    # a concentration: "2 parts per million"
    r"parts?\s+per\s+(?:million|billion|thousand))\b"
)


def measure_name(printed: str) -> str:
    """ "sq km" -> "square kilometres", "cubic metres" -> "cubic metres", "pc" -> "percent"."""
    words = printed.replace(".", "").split()
    if words == ["pc"]:
        return "percent"
    if words[0] in ("part", "parts"):
        return "parts per " + words[-1]
    kind = "square" if words[0] in ("sq", "square") else "cubic"
    size = words[-1]
    name = {"km": "kilometres", "mi": "miles", "m": "metres", "ft": "feet"}.get(size, size)
    name = name.replace("meter", "metre").replace("kilometer", "kilometre")
    return f"{kind} {name if name.endswith(('s', 'feet')) else name + 's'}"


def currency_name(sign: str) -> str:
    sign = sign.strip()
    return CURRENCIES.get(sign) or CURRENCIES.get(sign.rstrip(".")) or SHY_CURRENCIES[sign]

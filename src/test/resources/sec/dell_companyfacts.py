#!/usr/bin/env python3
"""Writes dell-companyfacts.json: an SEC XBRL company-facts document in the real shape, holding
Dell's reported figures from ../shared/reference-data (each value names its source id there).

Only figures the reference data gives are used. Accession numbers and filing dates the reference
data lacks are placeholders (accession sequence 9000NN), listed in README.md. Run it from this
folder: python3 dell_companyfacts.py > dell-companyfacts.json
"""
import json

M = 1_000_000

# filing key: (accession, form, fy, fp, filed); fy/fp name the FILING, as in the real API
FILINGS = {
    "q1fy24": ("0001571996-23-900001", "10-Q", 2024, "Q1", "2023-06-12"),  # placeholder
    "q2fy24": ("0001571996-23-900002", "10-Q", 2024, "Q2", "2023-09-11"),  # placeholder
    "q3fy24": ("0001571996-23-000046", "10-Q", 2024, "Q3", "2023-12-08"),  # EDGAR header of the filing
    "k_fy24": ("0001571996-24-900003", "10-K", 2024, "FY", "2024-03-25"),  # placeholder
    "q1fy25": ("0001571996-24-900004", "10-Q", 2025, "Q1", "2024-06-10"),  # placeholder
    "q2fy25": ("0001571996-24-900005", "10-Q", 2025, "Q2", "2024-09-09"),  # placeholder
    "q3fy25": ("0001571996-24-900006", "10-Q", 2025, "Q3", "2024-12-09"),  # placeholder
    "k_fy25": ("0001571996-25-000034", "10-K", 2025, "FY", "2025-03-25"),  # accession: S_10K25_R62; date placeholder
    "q1fy26": ("0001571996-25-900007", "10-Q", 2026, "Q1", "2025-06-10"),  # filed: S_R42_Q1FY26; accession placeholder
}

# periods: (start, end, calendar frame)
P = {
    "Q2FY23": ("2022-04-30", "2022-07-29", "CY2022Q2"),
    "Q3FY23": ("2022-07-30", "2022-10-28", "CY2022Q3"),
    "Q1FY24": ("2023-02-04", "2023-05-05", "CY2023Q1"),
    "Q2FY24": ("2023-05-06", "2023-08-04", "CY2023Q2"),
    "Q3FY24": ("2023-08-05", "2023-11-03", "CY2023Q3"),
    "Q4FY24": ("2023-11-04", "2024-02-02", "CY2023Q4"),
    "FY24": ("2023-02-04", "2024-02-02", "CY2023"),
    "Q1FY25": ("2024-02-03", "2024-05-03", "CY2024Q1"),
    "Q2FY25": ("2024-05-04", "2024-08-02", "CY2024Q2"),
    "Q3FY25": ("2024-08-03", "2024-11-01", "CY2024Q3"),
    "9MFY25": ("2024-02-03", "2024-11-01", None),
    "Q4FY25": ("2024-11-02", "2025-01-31", "CY2024Q4"),
    "FY25": ("2024-02-03", "2025-01-31", "CY2024"),
    "Q1FY26": ("2025-02-01", "2025-05-02", "CY2025Q1"),
}

OLD_REVENUE = "RevenueFromContractWithCustomerExcludingAssessedTax"
NEW_REVENUE = "Revenues"

# (concept, filing, period, value in millions or dollars per share)   source id in the reference data
ROWS = [
    # 10-Q Q1 FY2024
    (OLD_REVENUE, "q1fy24", "Q1FY24", 20922),        # S_PR_Q1FY25_FN (D63)
    ("OperatingIncomeLoss", "q1fy24", "Q1FY24", 1069),  # S_PR_Q1FY25_FN as originally reported
    ("NetIncomeLoss", "q1fy24", "Q1FY24", 578),      # S_PR_Q1FY25_DFN as originally reported
    ("EarningsPerShareDiluted", "q1fy24", "Q1FY24", "0.79"),  # S_PR_Q1FY25_DFN
    ("NetCashProvidedByUsedInOperatingActivities", "q1fy24", "Q1FY24", 1777),  # D63
    # 10-Q Q2 FY2024, with the prior-year column as printed in the Q2 FY2024 release
    (OLD_REVENUE, "q2fy24", "Q2FY24", 22934),        # S_PR_Q2FY24_IR
    ("OperatingIncomeLoss", "q2fy24", "Q2FY24", 1165),  # S_PR_Q2FY24_IR
    ("NetIncomeLoss", "q2fy24", "Q2FY24", 455),      # S_PR_Q2FY24_IR
    ("EarningsPerShareDiluted", "q2fy24", "Q2FY24", "0.63"),  # S_PR_Q2FY24_IR
    (OLD_REVENUE, "q2fy24", "Q2FY23", 26425),        # S_PR_Q2FY24_IR prior-year column
    ("OperatingIncomeLoss", "q2fy24", "Q2FY23", 1270),
    ("NetIncomeLoss", "q2fy24", "Q2FY23", 506),
    ("EarningsPerShareDiluted", "q2fy24", "Q2FY23", "0.68"),
    # 10-Q Q3 FY2024
    (OLD_REVENUE, "q3fy24", "Q3FY24", 22251),        # S_PR_Q3FY24_IR
    ("OperatingIncomeLoss", "q3fy24", "Q3FY24", 1486),  # S_PR_Q3FY24_IR
    ("NetIncomeLoss", "q3fy24", "Q3FY24", 1004),     # S_PR_Q3FY24_IR
    ("EarningsPerShareDiluted", "q3fy24", "Q3FY24", "1.36"),  # S_PR_Q3FY24_IR
    (OLD_REVENUE, "q3fy24", "Q3FY23", 24721),        # S_PR_Q3FY24_IR prior-year column
    ("OperatingIncomeLoss", "q3fy24", "Q3FY23", 1762),
    ("NetIncomeLoss", "q3fy24", "Q3FY23", 241),
    ("EarningsPerShareDiluted", "q3fy24", "Q3FY23", "0.33"),
    # 10-K FY2024: the fiscal year only, as first reported
    (OLD_REVENUE, "k_fy24", "FY24", 88425),          # S_PR_Q4FY24_IR full_year_FY2024
    ("OperatingIncomeLoss", "k_fy24", "FY24", 5211),  # S_PR_Q4FY24_IR
    ("EarningsPerShareDiluted", "k_fy24", "FY24", "4.36"),  # S_PR_Q4FY24_IR
    # 10-Q Q1 FY2025 (its prior-year column: fy 2025, fp Q1 for a FY2024 period)
    (OLD_REVENUE, "q1fy25", "Q1FY25", 22244),        # S_PR_Q1FY25_FN
    ("OperatingIncomeLoss", "q1fy25", "Q1FY25", 920),  # as originally reported
    ("NetIncomeLoss", "q1fy25", "Q1FY25", 955),      # as originally reported
    ("EarningsPerShareDiluted", "q1fy25", "Q1FY25", "1.32"),  # as originally reported
    ("NetCashProvidedByUsedInOperatingActivities", "q1fy25", "Q1FY25", 1043),  # D63
    (OLD_REVENUE, "q1fy25", "Q1FY24", 20922),        # prior-year column
    ("OperatingIncomeLoss", "q1fy25", "Q1FY24", 1069),
    ("NetIncomeLoss", "q1fy25", "Q1FY24", 578),
    ("EarningsPerShareDiluted", "q1fy25", "Q1FY24", "0.79"),
    ("NetCashProvidedByUsedInOperatingActivities", "q1fy25", "Q1FY24", 1777),
    # 10-Q Q2 FY2025
    (OLD_REVENUE, "q2fy25", "Q2FY25", 25026),        # S_PR_Q2FY25_NATIVO
    ("OperatingIncomeLoss", "q2fy25", "Q2FY25", 1342),  # S_10K25_R62 "As Reported"
    ("NetIncomeLoss", "q2fy25", "Q2FY25", 841),      # S_10K25_R62 "As Reported"
    ("EarningsPerShareDiluted", "q2fy25", "Q2FY25", "1.17"),  # S_PR_Q2FY25_NATIVO
    (OLD_REVENUE, "q2fy25", "Q2FY24", 22934),        # prior-year column
    ("EarningsPerShareDiluted", "q2fy25", "Q2FY24", "0.63"),  # S_REPORTIFY_Q2FY25
    # 10-Q Q3 FY2025, with nine-month figures
    (OLD_REVENUE, "q3fy25", "Q3FY25", 24366),        # S_PR_Q3FY25_NATIVO
    ("OperatingIncomeLoss", "q3fy25", "Q3FY25", 1668),  # S_PR_Q3FY25_NATIVO
    ("NetIncomeLoss", "q3fy25", "Q3FY25", 1127),     # S_PR_Q3FY25_NATIVO
    ("EarningsPerShareDiluted", "q3fy25", "Q3FY25", "1.58"),  # S_PR_Q3FY25_NATIVO
    (OLD_REVENUE, "q3fy25", "9MFY25", 71636),        # S_PR_Q3FY25_NATIVO nine_months_FY2025
    ("OperatingIncomeLoss", "q3fy25", "9MFY25", 3930),  # S_PR_Q3FY25_NATIVO
    (OLD_REVENUE, "q3fy25", "Q3FY24", 22251),        # prior-year column
    ("OperatingIncomeLoss", "q3fy25", "Q3FY24", 1486),
    ("NetIncomeLoss", "q3fy25", "Q3FY24", 1004),
    ("EarningsPerShareDiluted", "q3fy25", "Q3FY24", "1.36"),
    # 10-K FY2025: revenue under another concept from here on; the fiscal years; the revised
    # quarters of its schedule of consolidated statements of income (S_10K25_R62)
    (NEW_REVENUE, "k_fy25", "FY25", 95567),          # derived: 22244 + 25026 + 24366 + 23931 (release: $95.6 billion, D41)
    (NEW_REVENUE, "k_fy25", "FY24", 88425),          # S_PR_Q4FY24_IR (revenue was not revised)
    ("OperatingIncomeLoss", "k_fy25", "FY25", 6237),  # S_10K25_R62
    ("OperatingIncomeLoss", "k_fy25", "FY24", 5411),  # S_10K25_R62 revised
    ("EarningsPerShareDiluted", "k_fy25", "FY25", "6.38"),  # S_PR_Q4FY25_ENINVS ; S_10K25_R62
    ("EarningsPerShareDiluted", "k_fy25", "FY24", "4.60"),  # S_10K25_R62 revised
]
R62 = {  # quarter: (operating income, net income, diluted EPS), revised, S_10K25_R62
    "Q1FY24": (1131, 632, "0.86"), "Q2FY24": (1194, 482, "0.66"),
    "Q3FY24": (1539, 1050, "1.42"), "Q4FY24": (1547, 1208, "1.66"),
    "Q1FY25": (965, 992, "1.37"), "Q2FY25": (1392, 882, "1.23"),
    "Q3FY25": (1721, 1170, "1.64"), "Q4FY25": (2159, 1532, "2.15"),
}
for period, (oi, ni, eps) in R62.items():
    ROWS += [("OperatingIncomeLoss", "k_fy25", period, oi), ("NetIncomeLoss", "k_fy25", period, ni),
             ("EarningsPerShareDiluted", "k_fy25", period, eps)]
ROWS += [
    # 10-Q Q1 FY2026 and its prior-year column (revised basis)
    (NEW_REVENUE, "q1fy26", "Q1FY26", 23378),        # S_R42_Q1FY26
    ("OperatingIncomeLoss", "q1fy26", "Q1FY26", 1165),  # S_R42_Q1FY26
    ("EarningsPerShareDiluted", "q1fy26", "Q1FY26", "1.37"),  # S_PR_Q1FY26_OF
    (NEW_REVENUE, "q1fy26", "Q1FY25", 22244),        # S_R42_Q1FY26 prior-year column
    ("OperatingIncomeLoss", "q1fy26", "Q1FY25", 965),  # S_R42_Q1FY26
    ("EarningsPerShareDiluted", "q1fy26", "Q1FY25", "1.37"),  # S_PR_Q1FY26_OF
]

LABELS = {
    OLD_REVENUE: ("Revenue from Contract with Customer, Excluding Assessed Tax",
                  "Amount, excluding tax collected from customer, of revenue from satisfaction of performance obligation."),
    NEW_REVENUE: ("Revenues", "Amount of revenue recognized from goods sold, services rendered and other activities."),
    "OperatingIncomeLoss": ("Operating Income (Loss)", "The net result for the period of deducting operating expenses from operating revenues."),
    "NetIncomeLoss": ("Net Income (Loss) Attributable to Parent", "The portion of profit or loss for the period attributable to the parent."),
    "EarningsPerShareDiluted": ("Earnings Per Share, Diluted", "The amount of net income or loss for the period per each share of common stock and dilutive common stock equivalents."),
    "NetCashProvidedByUsedInOperatingActivities": ("Net Cash Provided by (Used in) Operating Activities", "Amount of cash inflow (outflow) from operating activities."),
}

from decimal import Decimal

facts = {}
for concept, filing, period, value in ROWS:
    accn, form, fy, fp, filed = FILINGS[filing]
    start, end, frame = P[period]
    per_share = concept.startswith("EarningsPerShare")
    unit = "USD/shares" if per_share else "USD"
    val = Decimal(value) if per_share else value * M
    facts.setdefault(concept, {}).setdefault(unit, []).append(
        {"start": start, "end": end, "val": val, "accn": accn, "fy": fy, "fp": fp, "form": form,
         "filed": filed, "_frame": frame})

for units in facts.values():
    for items in units.values():
        # the SEC gives a calendar frame to one fact per period: here the latest filed
        latest = {}
        for f in items:
            key = (f["start"], f["end"])
            if key not in latest or f["filed"] > latest[key]["filed"]:
                latest[key] = f
        for f in items:
            frame = f.pop("_frame")
            if latest[(f["start"], f["end"])] is f and frame:
                f["frame"] = frame
        items.sort(key=lambda f: (f["end"], f["start"], f["filed"]))


def dump(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, dict):
        return "{" + ",".join(json.dumps(k) + ":" + dump(v) for k, v in o.items()) + "}"
    if isinstance(o, list):
        return "[" + ",".join(dump(v) for v in o) + "]"
    return json.dumps(o)


doc = {
    "cik": 1571996,
    "entityName": "Dell Technologies Inc.",
    "facts": {
        "dei": {},
        "us-gaap": {c: {"label": LABELS[c][0], "description": LABELS[c][1], "units": facts[c]}
                    for c in sorted(facts)},
    },
}
print(dump(doc))

package org.kzcz.relations.trade.web;

/**
 * Example responses shown in Swagger UI, taken from the seeded figures: the series for
 * {@code country=KZ&partner=CZ&indicator=TURNOVER&from=2023&to=2024&reporter=KZ} (trimmed
 * to three points), the balance for {@code year=2023&reporter=KZ} and the comparison for
 * {@code year=2022&indicator=TURNOVER}.
 */
final class TradeExamples {

	/** Series, JSON. */
	static final String SERIES_JSON = """
			{
			  "request": {
			    "country": "KZ",
			    "partner": "CZ",
			    "indicators": [
			      "TURNOVER"
			    ],
			    "from": 2023,
			    "to": 2024,
			    "reporter": "KZ",
			    "jumpThreshold": 50,
			    "decimals": 1
			  },
			  "points": [
			    {
			      "indicator": "TURNOVER",
			      "period": {
			        "kind": "YEAR",
			        "start": "2023-01-01",
			        "end": "2023-12-31",
			        "cumulative": false,
			        "label": "2023",
			        "partial": false
			      },
			      "value": 626.8,
			      "valueQualifier": "EXACT",
			      "currency": "USD",
			      "scale": "MILLION",
			      "unit": "USD",
			      "reporter": {
			        "country": "KZ",
			        "stated": true,
			        "agency": "state-revenue-committee-of-kazakhstan",
			        "agencyName": "State Revenue Committee of Kazakhstan"
			      },
			      "derived": false,
			      "derivation": null,
			      "change": {
			        "basis": "STATED",
			        "previousPeriod": {
			          "kind": "YEAR",
			          "start": "2022-01-01",
			          "end": "2022-12-31",
			          "cumulative": false,
			          "label": "2022",
			          "partial": false
			        },
			        "previousValue": 422.4,
			        "previousDerived": true,
			        "absolute": 204.4,
			        "percent": 48.4,
			        "stated": [
			          {
			            "source": "astana-times-foreign-ministers-2024",
			            "percent": 48.4,
			            "text": "+48.4%"
			          },
			          {
			            "source": "kazinform-vassilenko-prague-2024",
			            "percent": 48.4,
			            "text": "+48.4%"
			          }
			        ],
			        "reason": null
			      },
			      "otherReporters": [],
			      "flags": [],
			      "sources": [
			        {
			          "id": "astana-times-foreign-ministers-2024",
			          "title": "Foreign Ministers of Kazakhstan, Czech Republic Ready to Expand Ties",
			          "self": "/api/v1/sources/astana-times-foreign-ministers-2024"
			        },
			        {
			          "id": "kazinform-vassilenko-prague-2024",
			          "title": "Kazinform: Deputy Foreign Minister Roman Vassilenko's working visit to Prague",
			          "self": "/api/v1/sources/kazinform-vassilenko-prague-2024"
			        }
			      ]
			    },
			    {
			      "indicator": "TURNOVER",
			      "period": {
			        "kind": "PARTIAL_YEAR",
			        "start": "2024-01-01",
			        "end": "2024-07-31",
			        "cumulative": false,
			        "label": "Jan-Jul 2024",
			        "partial": true
			      },
			      "value": 275.3,
			      "valueQualifier": "EXACT",
			      "currency": "USD",
			      "scale": "MILLION",
			      "unit": "USD",
			      "reporter": {
			        "country": "KZ",
			        "stated": true,
			        "agency": "state-revenue-committee-of-kazakhstan",
			        "agencyName": "State Revenue Committee of Kazakhstan"
			      },
			      "derived": false,
			      "derivation": null,
			      "change": {
			        "basis": "NONE",
			        "previousPeriod": {
			          "kind": "PARTIAL_YEAR",
			          "start": "2023-01-01",
			          "end": "2023-07-31",
			          "cumulative": false,
			          "label": "Jan-Jul 2023",
			          "partial": true
			        },
			        "previousValue": null,
			        "previousDerived": false,
			        "absolute": null,
			        "percent": null,
			        "stated": [],
			        "reason": "no comparable period: no PARTIAL_YEAR figure for Jan-Jul 2023 from reporter KZ in USD"
			      },
			      "otherReporters": [],
			      "flags": [],
			      "sources": [
			        {
			          "id": "kazinform-vassilenko-prague-2024",
			          "title": "Kazinform: Deputy Foreign Minister Roman Vassilenko's working visit to Prague",
			          "self": "/api/v1/sources/kazinform-vassilenko-prague-2024"
			        }
			      ]
			    },
			    {
			      "indicator": "TURNOVER",
			      "period": {
			        "kind": "YEAR",
			        "start": "2024-01-01",
			        "end": "2024-12-31",
			        "cumulative": false,
			        "label": "2024",
			        "partial": false
			      },
			      "value": 619,
			      "valueQualifier": "EXACT",
			      "currency": "USD",
			      "scale": "MILLION",
			      "unit": "USD",
			      "reporter": {
			        "country": "KZ",
			        "stated": true
			      },
			      "derived": false,
			      "derivation": null,
			      "change": {
			        "basis": "COMPUTED",
			        "previousPeriod": {
			          "kind": "YEAR",
			          "start": "2023-01-01",
			          "end": "2023-12-31",
			          "cumulative": false,
			          "label": "2023",
			          "partial": false
			        },
			        "previousValue": 626.8,
			        "previousDerived": false,
			        "absolute": -7.8,
			        "percent": -1.2,
			        "stated": [],
			        "reason": null
			      },
			      "otherReporters": [],
			      "flags": [],
			      "sources": [
			        {
			          "id": "dyussenbayev-interview-2025",
			          "title": "Bakyt Dyussenbayev: Kazakhstan's courage could be an inspiration",
			          "self": "/api/v1/sources/dyussenbayev-interview-2025"
			        }
			      ]
			    }
			  ]
			}
			""";

	/** Series, CSV. */
	static final String SERIES_CSV = """
			indicator,periodKind,periodStart,periodEnd,periodLabel,periodPartial,periodCumulative,value,valueQualifier,currency,scale,unit,reporterCountry,reporterStated,reporterAgency,derived,derivationKind,derivationRule,changeBasis,changePreviousPeriodStart,changePreviousPeriodEnd,changePreviousValue,changePreviousDerived,changeAbsolute,changePercent,changeStated,changeReason,otherReporters,flags,sources
			TURNOVER,YEAR,2023-01-01,2023-12-31,2023,false,false,626.8,EXACT,USD,MILLION,USD,KZ,true,state-revenue-committee-of-kazakhstan,false,,,STATED,2022-01-01,2022-12-31,422.4,true,204.4,48.4,"astana-times-foreign-ministers-2024: 48.4% ""+48.4%""; kazinform-vassilenko-prague-2024: 48.4% ""+48.4%\""",,,,astana-times-foreign-ministers-2024; kazinform-vassilenko-prague-2024
			TURNOVER,PARTIAL_YEAR,2024-01-01,2024-07-31,Jan-Jul 2024,true,false,275.3,EXACT,USD,MILLION,USD,KZ,true,state-revenue-committee-of-kazakhstan,false,,,NONE,2023-01-01,2023-07-31,,false,,,,no comparable period: no PARTIAL_YEAR figure for Jan-Jul 2023 from reporter KZ in USD,,,kazinform-vassilenko-prague-2024
			TURNOVER,YEAR,2024-01-01,2024-12-31,2024,false,false,619,EXACT,USD,MILLION,USD,KZ,true,,false,,,COMPUTED,2023-01-01,2023-12-31,626.8,false,-7.8,-1.2,,,,,dyussenbayev-interview-2025
			""";

	/** Balance, JSON. */
	static final String BALANCE_JSON = """
			{
			  "request": {
			    "country": "KZ",
			    "partner": "CZ",
			    "indicators": [
			      "EXPORTS",
			      "IMPORTS",
			      "TURNOVER",
			      "BALANCE"
			    ],
			    "from": 2023,
			    "to": 2023,
			    "reporter": "KZ",
			    "jumpThreshold": 50,
			    "decimals": 1
			  },
			  "rows": [
			    {
			      "reporter": {
			        "country": "KZ",
			        "stated": true,
			        "agency": "state-revenue-committee-of-kazakhstan",
			        "agencyName": "State Revenue Committee of Kazakhstan"
			      },
			      "period": {
			        "kind": "YEAR",
			        "start": "2023-01-01",
			        "end": "2023-12-31",
			        "cumulative": false,
			        "label": "2023",
			        "partial": false
			      },
			      "currency": "USD",
			      "scale": "MILLION",
			      "exports": {
			        "value": 147.7,
			        "valueQualifier": "EXACT",
			        "derived": false,
			        "derivation": null,
			        "change": {
			          "basis": "STATED",
			          "previousPeriod": {
			            "kind": "YEAR",
			            "start": "2022-01-01",
			            "end": "2022-12-31",
			            "cumulative": false,
			            "label": "2022",
			            "partial": false
			          },
			          "previousValue": 123.7,
			          "previousDerived": true,
			          "absolute": 24.0,
			          "percent": 19.4,
			          "stated": [
			            {
			              "source": "kazinform-vassilenko-prague-2024",
			              "percent": 19.4,
			              "text": "an increase of 19.4%"
			            }
			          ],
			          "reason": null
			        }
			      },
			      "imports": {
			        "value": 479.1,
			        "valueQualifier": "EXACT",
			        "derived": false,
			        "derivation": null,
			        "change": {
			          "basis": "STATED",
			          "previousPeriod": {
			            "kind": "YEAR",
			            "start": "2022-01-01",
			            "end": "2022-12-31",
			            "cumulative": false,
			            "label": "2022",
			            "partial": false
			          },
			          "previousValue": 298.5,
			          "previousDerived": true,
			          "absolute": 180.6,
			          "percent": 60.5,
			          "stated": [
			            {
			              "source": "kazinform-vassilenko-prague-2024",
			              "percent": 60.5,
			              "text": "an increase of 60.5%"
			            }
			          ],
			          "reason": null
			        }
			      },
			      "turnover": {
			        "value": 626.8,
			        "valueQualifier": "EXACT",
			        "derived": false,
			        "derivation": null,
			        "change": {
			          "basis": "STATED",
			          "previousPeriod": {
			            "kind": "YEAR",
			            "start": "2022-01-01",
			            "end": "2022-12-31",
			            "cumulative": false,
			            "label": "2022",
			            "partial": false
			          },
			          "previousValue": 422.4,
			          "previousDerived": true,
			          "absolute": 204.4,
			          "percent": 48.4,
			          "stated": [
			            {
			              "source": "astana-times-foreign-ministers-2024",
			              "percent": 48.4,
			              "text": "+48.4%"
			            },
			            {
			              "source": "kazinform-vassilenko-prague-2024",
			              "percent": 48.4,
			              "text": "+48.4%"
			            }
			          ],
			          "reason": null
			        }
			      },
			      "balance": {
			        "value": -331.4,
			        "valueQualifier": "EXACT",
			        "derived": true,
			        "derivation": {
			          "kind": "EXPORTS_MINUS_IMPORTS",
			          "rule": "EXPORTS - IMPORTS = 147.7 - 479.1"
			        },
			        "change": {
			          "basis": "COMPUTED",
			          "previousPeriod": {
			            "kind": "YEAR",
			            "start": "2022-01-01",
			            "end": "2022-12-31",
			            "cumulative": false,
			            "label": "2022",
			            "partial": false
			          },
			          "previousValue": -174.8,
			          "previousDerived": true,
			          "absolute": -156.6,
			          "percent": -89.6,
			          "stated": [],
			          "reason": null
			        }
			      },
			      "coverageRatio": {
			        "value": 30.8,
			        "valueQualifier": "EXACT",
			        "derived": true,
			        "derivation": {
			          "kind": "EXPORTS_OVER_IMPORTS",
			          "rule": "EXPORTS / IMPORTS x 100"
			        },
			        "change": {
			          "basis": "COMPUTED",
			          "previousPeriod": {
			            "kind": "YEAR",
			            "start": "2022-01-01",
			            "end": "2022-12-31",
			            "cumulative": false,
			            "label": "2022",
			            "partial": false
			          },
			          "previousValue": 41.4,
			          "previousDerived": true,
			          "absolute": -10.6,
			          "percent": null,
			          "stated": [],
			          "reason": "the change of a ratio is given in percentage points (absolute)"
			        }
			      },
			      "flags": [
			        {
			          "code": "JUMP",
			          "severity": "WARNING",
			          "message": "a source states a change of +60.5% on 2022, beyond the 50% threshold"
			        },
			        {
			          "code": "JUMP",
			          "severity": "WARNING",
			          "message": "changed by -89.6% on 2022, beyond the 50% threshold"
			        }
			      ],
			      "sources": [
			        {
			          "id": "astana-times-foreign-ministers-2024",
			          "title": "Foreign Ministers of Kazakhstan, Czech Republic Ready to Expand Ties",
			          "self": "/api/v1/sources/astana-times-foreign-ministers-2024"
			        },
			        {
			          "id": "kazinform-vassilenko-prague-2024",
			          "title": "Kazinform: Deputy Foreign Minister Roman Vassilenko's working visit to Prague",
			          "self": "/api/v1/sources/kazinform-vassilenko-prague-2024"
			        }
			      ]
			    }
			  ]
			}
			""";

	/** Balance, CSV. */
	static final String BALANCE_CSV = """
			reporterCountry,reporterStated,reporterAgency,periodKind,periodStart,periodEnd,periodLabel,periodPartial,periodCumulative,currency,scale,exportsValue,exportsValueQualifier,exportsDerived,exportsDerivation,exportsChangeBasis,exportsChangePreviousPeriodStart,exportsChangePreviousPeriodEnd,exportsChangePreviousValue,exportsChangePreviousDerived,exportsChangeAbsolute,exportsChangePercent,exportsChangeStated,exportsChangeReason,importsValue,importsValueQualifier,importsDerived,importsDerivation,importsChangeBasis,importsChangePreviousPeriodStart,importsChangePreviousPeriodEnd,importsChangePreviousValue,importsChangePreviousDerived,importsChangeAbsolute,importsChangePercent,importsChangeStated,importsChangeReason,turnoverValue,turnoverValueQualifier,turnoverDerived,turnoverDerivation,turnoverChangeBasis,turnoverChangePreviousPeriodStart,turnoverChangePreviousPeriodEnd,turnoverChangePreviousValue,turnoverChangePreviousDerived,turnoverChangeAbsolute,turnoverChangePercent,turnoverChangeStated,turnoverChangeReason,balanceValue,balanceValueQualifier,balanceDerived,balanceDerivation,balanceChangeBasis,balanceChangePreviousPeriodStart,balanceChangePreviousPeriodEnd,balanceChangePreviousValue,balanceChangePreviousDerived,balanceChangeAbsolute,balanceChangePercent,balanceChangeStated,balanceChangeReason,coverageRatioValue,coverageRatioValueQualifier,coverageRatioDerived,coverageRatioDerivation,coverageRatioChangeBasis,coverageRatioChangePreviousPeriodStart,coverageRatioChangePreviousPeriodEnd,coverageRatioChangePreviousValue,coverageRatioChangePreviousDerived,coverageRatioChangeAbsolute,coverageRatioChangePercent,coverageRatioChangeStated,coverageRatioChangeReason,flags,sources
			KZ,true,state-revenue-committee-of-kazakhstan,YEAR,2023-01-01,2023-12-31,2023,false,false,USD,MILLION,147.7,EXACT,false,,STATED,2022-01-01,2022-12-31,123.7,true,24.0,19.4,"kazinform-vassilenko-prague-2024: 19.4% ""an increase of 19.4%\""",,479.1,EXACT,false,,STATED,2022-01-01,2022-12-31,298.5,true,180.6,60.5,"kazinform-vassilenko-prague-2024: 60.5% ""an increase of 60.5%\""",,626.8,EXACT,false,,STATED,2022-01-01,2022-12-31,422.4,true,204.4,48.4,"astana-times-foreign-ministers-2024: 48.4% ""+48.4%""; kazinform-vassilenko-prague-2024: 48.4% ""+48.4%\""",,-331.4,EXACT,true,EXPORTS - IMPORTS = 147.7 - 479.1,COMPUTED,2022-01-01,2022-12-31,-174.8,true,-156.6,-89.6,,,30.8,EXACT,true,EXPORTS / IMPORTS x 100,COMPUTED,2022-01-01,2022-12-31,41.4,true,-10.6,,,the change of a ratio is given in percentage points (absolute),"JUMP (WARNING): a source states a change of +60.5% on 2022, beyond the 50% threshold; JUMP (WARNING): changed by -89.6% on 2022, beyond the 50% threshold",astana-times-foreign-ministers-2024; kazinform-vassilenko-prague-2024
			""";

	/** Comparison, JSON. */
	static final String COMPARISON_JSON = """
			{
			  "request": {
			    "country": "KZ",
			    "partner": "CZ",
			    "indicators": [
			      "TURNOVER"
			    ],
			    "from": 2022,
			    "to": 2022,
			    "jumpThreshold": 50,
			    "decimals": 1
			  },
			  "groups": [
			    {
			      "indicator": "TURNOVER",
			      "period": {
			        "kind": "YEAR",
			        "start": "2022-01-01",
			        "end": "2022-12-31",
			        "cumulative": false,
			        "label": "2022",
			        "partial": false
			      },
			      "referenceReporter": "KZ",
			      "reporters": [
			        "KZ",
			        "CZ"
			      ],
			      "figures": [
			        {
			          "reporter": {
			            "country": "KZ",
			            "stated": true,
			            "agency": "state-revenue-committee-of-kazakhstan",
			            "agencyName": "State Revenue Committee of Kazakhstan"
			          },
			          "value": 422.4,
			          "valueQualifier": "EXACT",
			          "currency": "USD",
			          "scale": "MILLION",
			          "derived": true,
			          "derivation": {
			            "kind": "IMPLIED_BY_STATED_CHANGE",
			            "rule": "previous = value / (1 + rate / 100) = 626.8 / (1 + 48.4 / 100), from the 2023 value and the change astana-times-foreign-ministers-2024 states"
			          },
			          "gap": null,
			          "sources": [
			            {
			              "id": "astana-times-foreign-ministers-2024",
			              "title": "Foreign Ministers of Kazakhstan, Czech Republic Ready to Expand Ties",
			              "self": "/api/v1/sources/astana-times-foreign-ministers-2024"
			            },
			            {
			              "id": "kazinform-vassilenko-prague-2024",
			              "title": "Kazinform: Deputy Foreign Minister Roman Vassilenko's working visit to Prague",
			              "self": "/api/v1/sources/kazinform-vassilenko-prague-2024"
			            }
			          ]
			        },
			        {
			          "reporter": {
			            "country": "CZ",
			            "stated": false
			          },
			          "value": 28,
			          "valueQualifier": "APPROXIMATE",
			          "currency": "CZK",
			          "scale": "BILLION",
			          "derived": true,
			          "derivation": {
			            "kind": "MIRRORED",
			            "rule": "stored as CZ's TURNOVER with KZ (reported by CZ), read from KZ's side as TURNOVER"
			          },
			          "gap": {
			            "against": "KZ",
			            "currency": "CZK",
			            "scale": "BILLION",
			            "difference": null,
			            "ratio": null,
			            "percent": null,
			            "beyondRounding": false,
			            "note": "no figure from KZ in CZK to compare with; currencies are not converted"
			          },
			          "sources": [
			            {
			              "id": "pilsen-region-ambassador-visit-2024",
			              "title": "Ambassador of Kazakhstan visited the headquarters of the Pilsen Region",
			              "self": "/api/v1/sources/pilsen-region-ambassador-visit-2024"
			            }
			          ]
			        },
			        {
			          "reporter": {
			            "country": "CZ",
			            "stated": false
			          },
			          "value": 1.3,
			          "valueQualifier": "ALMOST",
			          "currency": "USD",
			          "scale": "BILLION",
			          "derived": true,
			          "derivation": {
			            "kind": "MIRRORED",
			            "rule": "stored as CZ's TURNOVER with KZ (reported by CZ), read from KZ's side as TURNOVER"
			          },
			          "gap": {
			            "against": "KZ",
			            "currency": "USD",
			            "scale": "MILLION",
			            "difference": 877.6,
			            "ratio": 3.1,
			            "percent": 207.8,
			            "beyondRounding": true,
			            "note": "uses a derived value (KZ: IMPLIED_BY_STATED_CHANGE); uses a value the source qualifies (ALMOST)"
			          },
			          "sources": [
			            {
			              "id": "pilsen-region-ambassador-visit-2024",
			              "title": "Ambassador of Kazakhstan visited the headquarters of the Pilsen Region",
			              "self": "/api/v1/sources/pilsen-region-ambassador-visit-2024"
			            }
			          ]
			        }
			      ],
			      "flags": [
			        {
			          "code": "REPORTERS_DIFFER",
			          "severity": "WARNING",
			          "message": "CZ reports 1.3 BILLION USD (ALMOST) (mirrored) and KZ reports 422.4 MILLION USD (implied by a stated rate) for TURNOVER 2022: 3.1 times as much; both are shown, neither is preferred"
			        }
			      ]
			    }
			  ]
			}
			""";

	/** Comparison, CSV. */
	static final String COMPARISON_CSV = """
			indicator,periodKind,periodStart,periodEnd,periodLabel,periodPartial,periodCumulative,referenceReporter,reporterCountry,reporterStated,reporterAgency,value,valueQualifier,currency,scale,derived,derivationKind,derivationRule,gapAgainst,gapScale,gapDifference,gapRatio,gapPercent,gapBeyondRounding,gapNote,flags,sources
			TURNOVER,YEAR,2022-01-01,2022-12-31,2022,false,false,KZ,KZ,true,state-revenue-committee-of-kazakhstan,422.4,EXACT,USD,MILLION,true,IMPLIED_BY_STATED_CHANGE,"previous = value / (1 + rate / 100) = 626.8 / (1 + 48.4 / 100), from the 2023 value and the change astana-times-foreign-ministers-2024 states",,,,,,,,"REPORTERS_DIFFER (WARNING): CZ reports 1.3 BILLION USD (ALMOST) (mirrored) and KZ reports 422.4 MILLION USD (implied by a stated rate) for TURNOVER 2022: 3.1 times as much; both are shown, neither is preferred",astana-times-foreign-ministers-2024; kazinform-vassilenko-prague-2024
			TURNOVER,YEAR,2022-01-01,2022-12-31,2022,false,false,KZ,CZ,false,,28,APPROXIMATE,CZK,BILLION,true,MIRRORED,"stored as CZ's TURNOVER with KZ (reported by CZ), read from KZ's side as TURNOVER",KZ,BILLION,,,,false,no figure from KZ in CZK to compare with; currencies are not converted,"REPORTERS_DIFFER (WARNING): CZ reports 1.3 BILLION USD (ALMOST) (mirrored) and KZ reports 422.4 MILLION USD (implied by a stated rate) for TURNOVER 2022: 3.1 times as much; both are shown, neither is preferred",pilsen-region-ambassador-visit-2024
			TURNOVER,YEAR,2022-01-01,2022-12-31,2022,false,false,KZ,CZ,false,,1.3,ALMOST,USD,BILLION,true,MIRRORED,"stored as CZ's TURNOVER with KZ (reported by CZ), read from KZ's side as TURNOVER",KZ,MILLION,877.6,3.1,207.8,true,uses a derived value (KZ: IMPLIED_BY_STATED_CHANGE); uses a value the source qualifies (ALMOST),"REPORTERS_DIFFER (WARNING): CZ reports 1.3 BILLION USD (ALMOST) (mirrored) and KZ reports 422.4 MILLION USD (implied by a stated rate) for TURNOVER 2022: 3.1 times as much; both are shown, neither is preferred",pilsen-region-ambassador-visit-2024
			""";

	/** A 400 problem. */
	static final String PROBLEM_JSON = """
			{
			  "type": "/problems/invalid-parameter",
			  "title": "Invalid parameter",
			  "status": 400,
			  "detail": "Parameter 'country' is not a known country code: 'XX'",
			  "instance": "/api/v1/trade/series",
			  "errors": [{"name": "country", "message": "is not a known country code: 'XX'"}]
			}""";

	private TradeExamples() {
	}

}

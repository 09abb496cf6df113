package io.cablestream.query.rest;

/** Example documents of the HTTP API, shown in the OpenAPI description at {@code /q/openapi} and in Swagger UI. */
final class ApiExamples {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    static final String HIT = """
            {"id": "07MOSCOW3804", "subject": "RUSSIA: NUCLEAR FUEL TALKS", "created": "2007-08-02T14:37:00Z",
             "origin": "Embassy Moscow", "classification": "CONFIDENTIAL", "caveats": ["NOFORN"],
             "tags": ["PREL", "ENRG", "RS"],
             "snippet": "… Rosatom offered <mark>nuclear</mark> fuel to the embassy …"}""";

    static final String SEARCH_PAGE = """
            {"total": 1204,
             "hits": [""" + HIT + """
            ],
             "nextCursor": "MC4tLjExODYwNTIyMDAwMDAuMDdNT1NDT1czODA0",
             "facets": {"tag": {"dimension": "tag", "distinct": 212, "values": [
                 {"value": "PREL", "label": "External Political Relations", "count": 811},
                 {"value": "ENRG", "label": "Energy and Power", "count": 402}]},
               "year": {"dimension": "year", "distinct": 6, "values": [{"value": "2007", "count": 390, "label": null}]}}}
            """;

    static final String CABLE = """
            {"cable": {"referenceId": "07MOSCOW3804", "contentHash": "sha256:9f2c…", "importId": "import-1",
               "created": "2007-08-02T14:37:00Z", "classification": {"level": "CONFIDENTIAL", "caveats": ["NOFORN"]},
               "origin": "Embassy Moscow", "tags": ["PREL", "ENRG", "RS"], "subject": "RUSSIA: NUCLEAR FUEL TALKS",
               "references": [{"label": "A", "referenceId": "07MOSCOW3511", "text": "MOSCOW 3511"}],
               "paragraphs": [{"number": 1, "marking": "C", "heading": null, "text": "Summary: Rosatom offered …"}],
               "body": "1. (C) Summary: Rosatom offered nuclear fuel …"},
             "annotations": {"tags": {"enricher": "tags", "version": "1", "data": [
               {"code": "PREL", "kind": "subject", "meaning": "External Political Relations", "known": true}]}},
             "enrichedAt": "2026-11-29T10:15:00Z"}""";

    static final String EXPORT_NDJSON = """
            {"cable": {"referenceId": "07MOSCOW3804", "subject": "RUSSIA: NUCLEAR FUEL TALKS", "…": "…"}, "annotations": {}}
            {"cable": {"referenceId": "07MOSCOW3511", "subject": "RUSSIA: ENERGY DIALOGUE", "…": "…"}, "annotations": {}}
            """;

    static final String EXPORT_CSV = """
            id,created,classification,caveats,origin,tags,countries,subject,references,body
            07MOSCOW3804,2007-08-02T14:37:00Z,CONFIDENTIAL,NOFORN,Embassy Moscow,PREL ENRG RS,Russia,\
            RUSSIA: NUCLEAR FUEL TALKS,07MOSCOW3511,"1. (C) Summary: Rosatom offered nuclear fuel …"
            """;

    static final String REFERENCES = """
            [{"label": "A", "referenceId": "07MOSCOW3511", "text": "MOSCOW 3511", "cable": {"id": "07MOSCOW3511",
               "subject": "RUSSIA: ENERGY DIALOGUE", "created": "2007-07-20T09:00:00Z", "origin": "Embassy Moscow",
               "classification": "SECRET", "tags": ["ENRG"], "snippet": null}},
             {"label": "B", "referenceId": null, "text": "STATE 98765 (NOT A CABLE ID)", "cable": null}]""";

    static final String VERSIONS = """
            [{"number": 1, "contentHash": "sha256:4b1e…", "importId": "cablegate-2010", "enrichedAt": "2026-11-01T08:00:00Z",
              "subject": "RUSSIA: NUCLEAR FUEL TALKS", "current": false},
             {"number": 2, "contentHash": "sha256:9f2c…", "importId": "cablegate-2011", "enrichedAt": "2026-11-29T10:15:00Z",
              "subject": "RUSSIA: NUCLEAR FUEL TALKS", "current": true}]""";

    static final String DIFF = """
            {"id": "07MOSCOW3804",
             "from": {"number": 1, "contentHash": "sha256:4b1e…", "importId": "cablegate-2010",
               "enrichedAt": "2026-11-01T08:00:00Z", "subject": "RUSSIA: NUCLEAR FUEL TALKS", "current": false},
             "to": {"number": 2, "contentHash": "sha256:9f2c…", "importId": "cablegate-2011",
               "enrichedAt": "2026-11-29T10:15:00Z", "subject": "RUSSIA: NUCLEAR FUEL TALKS", "current": true},
             "hunks": [{"oldStart": 4, "oldLines": 4, "newStart": 4, "newLines": 4, "lines": [
               {"op": " ", "text": "2. (C) The Deputy Minister opened the meeting."},
               {"op": "-", "text": "3. (C) Rosatom offered fuel for [REDACTED]."},
               {"op": "+", "text": "3. (C) Rosatom offered fuel for the Bushehr plant."},
               {"op": " ", "text": "4. (C) Comment: …"}]}]}""";

    static final String LISTING = """
            {"dimension": "tag", "distinct": 212, "values": [
              {"value": "PREL", "label": "External Political Relations", "count": 811},
              {"value": "PGOV", "label": "Internal Governmental Affairs", "count": 640}]}""";

    static final String HISTOGRAM = """
            {"interval": "month", "buckets": [{"key": "2007-07", "count": 31}, {"key": "2007-08", "count": 0},
              {"key": "2007-09", "count": 44}], "undated": 2}""";

    static final String STATS = """
            {"cables": 251287, "versions": 251640, "undated": 12, "earliest": "1966-12-28T14:00:00Z",
             "latest": "2010-02-28T23:55:00Z",
             "distinct": {"tag": 4132, "country": 265, "origin": 274, "classification": 6, "year": 45, "month": 371,
               "person": 0, "organization": 0},
             "classifications": [{"value": "CONFIDENTIAL", "label": null, "count": 97070}],
             "top": {"tag": [{"value": "PREL", "label": "External Political Relations", "count": 123456}],
               "origin": [{"value": "Embassy Baghdad", "label": null, "count": 6677}],
               "country": [{"value": "Iraq", "label": null, "count": 9001}]}}""";

    static final String IMPORT_PROGRESS = """
            {"importId": "7f8a0c1e-2b6d-4c1a-9a51-0e4b3f2d9c10", "indexed": 48211}""";

    static final String IMPORT_STATUS = """
            {"importId": "imp-3c1f", "name": "cables.csv", "via": "http", "status": "processing",
             "openedAt": "2026-11-29T06:00:00Z", "closedAt": "2026-11-29T06:01:10Z", "updatedAt": "2026-11-29T06:02:00Z",
             "received": 80000, "accepted": 79990, "duplicate": 0, "rejected": 10, "bytes": 532880015,
             "parsed": 79990, "parseFailed": 0, "enriched": 41200, "enrichFailed": 0, "indexed": 40950, "indexFailed": 0,
             "completed": 40950, "percent": 51, "ratePerSecond": 820.0, "etaSeconds": 48,
             "files": [{"name": "cables.csv", "received": 80000, "accepted": 79990, "duplicate": 0, "rejected": 10,
                        "bytes": 532880015, "finished": true, "failure": null}],
             "rejections": [{"source": {"name": "cables.csv", "position": "line 1416"},
                             "reason": "CSV record has 4 columns, expected 8"}],
             "notes": []}""";

    static final String IMPORTS = "[" + IMPORT_STATUS + "]";

    static final String INGEST_UNAVAILABLE = """
            {"type": "https://cablestream.io/problems/ingest-unavailable", "title": "Import progress unavailable",
             "status": 502, "detail": "ingest-service at http://ingest-service:8080 cannot be reached             (java.net.ConnectException); check that it is running and that cablestream.query.ingest-service.url             points to it", "instance": "/imports"}""";

    static final String ORIGINAL = """
            VZCZCXRO4242
            PP RUEHDBU
            DE RUEHMO #3804/01 2141437
            ZNY CCCCC ZZH
            P 021437Z AUG 07
            FM AMEMBASSY MOSCOW
            TO RUEHC/SECSTATE WASHDC PRIORITY 4242
            …""";

    static final String LIVE = """
            event: subscribed
            data: {"q":"tag:PREL AND nuclear"}

            event: cable
            data: {"id":"07MOSCOW3804","subject":"RUSSIA: NUCLEAR FUEL TALKS","created":"2007-08-02T14:37:00Z",\
            "origin":"Embassy Moscow","classification":"CONFIDENTIAL","caveats":["NOFORN"],"tags":["PREL"],"snippet":"… <mark>nuclear</mark> …"}
            """;

    static final String INVALID_QUERY = """
            {"type": "https://cablestream.io/problems/invalid-query", "title": "Invalid search request", "status": 400,
             "detail": "Cannot parse 'subject:(fuel AND': Encountered \\"<EOF>\\" at line 1, column 17.",
             "instance": "/cables"}""";

    static final String NOT_FOUND = """
            {"type": "https://cablestream.io/problems/cable-not-found", "title": "Cable not found", "status": 404,
             "detail": "No cable with reference ID '99NOWHERE1' is indexed", "instance": "/cables/99NOWHERE1"}""";

    private ApiExamples() {
    }
}

#!/usr/bin/env python3
"""Writes 1,000,000 generated search_item rows for the search benchmark (docs/benchmarks.md, "Search").

The rows go straight into the index, not through the modules: the benchmark measures the query. Words are drawn
from the public pages' real texts in each language (content_page_text), so their frequencies are those of real
prose; units are the loaded demo's chapters. Usage, against the application's database with the demo loaded:
    scripts/search-bench-data.py | psql -h localhost -p PORT -U postgres -d postgres
"""
import datetime
import random
import re
import subprocess
import sys
import uuid

PSQL = sys.argv[1:] or ["psql", "-h", "localhost", "-p", "5432", "-U", "postgres", "-d", "postgres"]
ROWS = 1_000_000
START = datetime.datetime(2016, 1, 1, tzinfo=datetime.timezone.utc)
rng = random.Random(2026)


def query(sql):
    return subprocess.run(PSQL + ["-AtF", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout


words = {}
for line in query("SELECT language, translate(body, E'\\n\\t\\r', '   ') FROM content_page_text").split("\n"):
    if "\t" in line:
        language, body = line.split("\t", 1)
        words.setdefault(language, []).extend(w for w in re.split(r"[^\w]+", body.lower()) if len(w) > 1 and not w.isdigit())
units = [line.split("\t") for line in query(
    "SELECT id, array_to_string(path, ',') FROM units WHERE level = 'CHAPTER' AND status <> 'MERGED'").split("\n") if line]
configs = {"en": "english", "es": "spanish", "fr": "french", "de": "german"}
types = ["blogs.post", "forums.topic"] + ["forums.reply"] * 6 + ["comments.comment"] * 2
languages = ["en", "en", "es", "fr", "de"]

out = sys.stdout
out.write("\\timing on\nCREATE UNLOGGED TABLE bench_search (type text, id uuid, unit_id uuid, units uuid[], visibility text, "
          "state text, language text, config regconfig, title text, body text, created_at timestamptz);\n"
          "COPY bench_search FROM STDIN;\n")
for i in range(ROWS):
    language = languages[(i // 7) % 5]
    vocabulary = words[language]
    kind = types[i % 10]
    title = " ".join(rng.choice(vocabulary) for _ in range(4 + i % 5)) if kind in ("blogs.post", "forums.topic") else ""
    body = " ".join(rng.choice(vocabulary) for _ in range(15 + i % 46))
    unit, path = units[i % len(units)]
    visibility = "PUBLIC" if i % 10 < 8 else ("MEMBERS" if i % 10 == 8 else "UNIT")
    state = "HIDDEN" if i % 50 == 0 else "PUBLISHED"
    created = (START + datetime.timedelta(minutes=5 * i)).isoformat()
    out.write("\t".join([kind, str(uuid.UUID(int=rng.getrandbits(128), version=4)), unit, "{" + path + "}", visibility,
                         state, language, configs[language], title, body, created]) + "\n")
out.write("\\.\n"
          "INSERT INTO search_item (type, id, root_type, root_id, unit_id, units, author_id, visibility, state, root_state, "
          "language, config, title, root_title, body, path, created_at, document) "
          "SELECT type, id, type, id, unit_id, units, NULL, visibility, state, state, language, config, title, title, body, "
          "'/bench/' || id, created_at, setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'B') "
          "FROM bench_search;\n"
          "DROP TABLE bench_search;\nVACUUM ANALYZE search_item;\n"
          "SELECT count(*), pg_size_pretty(pg_total_relation_size('search_item')) FROM search_item;\n")

-- Fills search_item with 1,000,000 generated rows for the search benchmark (docs/benchmarks.md, "Search"). The rows
-- are written straight into the index, not through the modules: the benchmark measures the query, not the writing.
-- Words are drawn from the public pages' real texts in each language (content_page_text), so their frequencies are
-- those of real prose; units are the chapters of the loaded demo. Run against a database with the demo loaded:
--   psql -h localhost -p <port> -U postgres -d postgres -f scripts/search-bench-data.sql
\timing on
CREATE TEMP TABLE bench_words AS
    SELECT language, array_agg(word) AS words
    FROM (SELECT language, word FROM content_page_text, regexp_split_to_table(lower(body), '[^[:alpha:]]+') AS word
          WHERE length(word) > 1) tokens
    GROUP BY language;
CREATE TEMP TABLE bench_units AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, path FROM units WHERE level = 'CHAPTER' AND status <> 'MERGED';

DO $$
DECLARE
    chunk int;
BEGIN
    FOR chunk IN 0..9 LOOP
        INSERT INTO search_item (type, id, root_type, root_id, unit_id, units, author_id, visibility, state, root_state,
                                 language, config, title, root_title, body, path, created_at, document)
        SELECT d.type, d.id, d.type, d.id, u.id, u.path, NULL, d.visibility, d.state, d.state, d.language,
               d.config, d.title, d.title, d.body, '/bench/' || d.id, d.created_at,
               setweight(to_tsvector(d.config, d.title), 'A') || setweight(to_tsvector(d.config, d.body), 'B')
        FROM (
            SELECT g.i, gen_random_uuid() AS id,
                   (ARRAY['blogs.post', 'forums.topic', 'forums.reply', 'forums.reply', 'forums.reply',
                          'forums.reply', 'forums.reply', 'forums.reply', 'comments.comment', 'comments.comment'])[1 + g.i % 10] AS type,
                   CASE WHEN g.i % 10 < 8 THEN 'PUBLIC' WHEN g.i % 10 = 8 THEN 'MEMBERS' ELSE 'UNIT' END AS visibility,
                   CASE WHEN g.i % 50 = 0 THEN 'HIDDEN' ELSE 'PUBLISHED' END AS state,
                   l.language, l.config,
                   CASE WHEN g.i % 10 < 2 THEN (SELECT array_to_string(ARRAY(
                            SELECT w.words[1 + floor(random() * cardinality(w.words))::int]
                            FROM generate_series(1, 4 + g.i % 5)), ' ')) ELSE '' END AS title,
                   (SELECT array_to_string(ARRAY(
                            SELECT w.words[1 + floor(random() * cardinality(w.words))::int]
                            FROM generate_series(1, 15 + g.i % 46)), ' ')) AS body,
                   timestamptz '2016-01-01' + (g.i * interval '5 minutes') AS created_at
            FROM generate_series(chunk * 100000 + 1, chunk * 100000 + 100000) AS g(i)
            CROSS JOIN LATERAL (SELECT (ARRAY['en', 'en', 'es', 'fr', 'de'])[1 + (g.i / 7) % 5] AS language) pick
            CROSS JOIN LATERAL (SELECT pick.language,
                                       (CASE pick.language WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish'
                                            WHEN 'fr' THEN 'french' ELSE 'german' END)::regconfig AS config) l
            JOIN bench_words w ON w.language = l.language
        ) d
        JOIN bench_units u ON u.n = 1 + d.i % (SELECT count(*) FROM bench_units);
        RAISE NOTICE 'chunk % written', chunk;
    END LOOP;
END $$;
ANALYZE search_item;
SELECT count(*) AS rows, pg_size_pretty(pg_total_relation_size('search_item')) AS size FROM search_item;

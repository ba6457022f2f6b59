-- A branch cannot have two regions of one name: regions get a match key (Text.matchKey: case, accents and spaces
-- ignored) and a unique index per parent, so a double submit makes one region. A removed region is archived: it
-- keeps its audit log, and its name is free again.

-- existing regions: the same key as Text.matchKey for Latin scripts (NFKD, combining marks removed, spaces folded)
UPDATE units SET match_key = lower(regexp_replace(regexp_replace(normalize(btrim(name), NFKD), '[\u0300-\u036f]', '', 'g'), '\s+', ' ', 'g'))
WHERE level = 'REGION';

-- duplicates made before this rule keep their rows and get a number: "Bavaria (2)"
WITH numbered AS (
    SELECT id, row_number() OVER (PARTITION BY parent_id, match_key ORDER BY created_at, id) AS n
    FROM units WHERE level = 'REGION' AND status <> 'ARCHIVED')
UPDATE units u SET name = u.name || ' (' || numbered.n || ')', match_key = u.match_key || ' (' || numbered.n || ')'
FROM numbered WHERE numbered.id = u.id AND numbered.n > 1;

CREATE UNIQUE INDEX units_one_region_per_name ON units (parent_id, match_key)
    WHERE level = 'REGION' AND status <> 'ARCHIVED';

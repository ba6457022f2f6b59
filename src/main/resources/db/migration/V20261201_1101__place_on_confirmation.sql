-- Members are placed in a branch and chapter only once their address is confirmed (issue 6, item 6), and branch
-- admins can hide a provisional chapter from public pages.

-- A provisional chapter that an admin hid: listed nowhere public, its page found only by its members and admins
ALTER TABLE units ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT false;

-- Unconfirmed sign-ups placed before this change leave their chapters; they are placed when they confirm
DELETE FROM unit_memberships m USING member p
WHERE p.id = m.member_id AND p.email_verified_at IS NULL AND p.deleted_at IS NULL;
DELETE FROM member_placements pl USING member p
WHERE p.id = pl.member_id AND p.email_verified_at IS NULL AND p.deleted_at IS NULL;

WITH direct AS (
    SELECT unit_id, count(*) AS n FROM unit_memberships WHERE until IS NULL GROUP BY unit_id),
residents AS (
    SELECT a.id, count(*) AS n FROM unit_memberships m JOIN units c ON c.id = m.unit_id
    CROSS JOIN LATERAL unnest(c.path) AS a(id)
    WHERE m.until IS NULL AND m.kind = 'RESIDENCE' AND c.level = 'CHAPTER' GROUP BY a.id)
UPDATE units u SET member_count = CASE WHEN u.level = 'CHAPTER' THEN coalesce(d.n, 0) ELSE coalesce(r.n, 0) END
FROM units x LEFT JOIN direct d ON d.unit_id = x.id LEFT JOIN residents r ON r.id = x.id
WHERE x.id = u.id AND u.level <> 'INTERNATIONAL';

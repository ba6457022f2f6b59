-- When the end of a role's term was announced (RoleEnded), so that each holder is told once that it ended
ALTER TABLE unit_roles ADD COLUMN end_announced_at TIMESTAMP WITH TIME ZONE;
-- terms that ended before this change are not announced any more
UPDATE unit_roles SET end_announced_at = ends_at WHERE ends_at IS NOT NULL AND ends_at <= now();
CREATE INDEX unit_roles_end_unannounced ON unit_roles (ends_at) WHERE end_announced_at IS NULL AND ends_at IS NOT NULL;

-- Governing rules as data: every version of every rule in every unit, never updated or deleted.
CREATE TABLE governing_rule (
    id          uuid PRIMARY KEY,
    rule_key    text        NOT NULL,
    unit_id     uuid        NOT NULL,
    version     integer     NOT NULL CHECK (version > 0),
    value       jsonb       NOT NULL,
    status      text        NOT NULL CHECK (status IN ('INTERIM', 'RATIFIED')),
    since       timestamptz NOT NULL,
    set_by      uuid,
    decided_by  text,
    note        text        NOT NULL DEFAULT '',
    UNIQUE (rule_key, unit_id, version)
);

CREATE INDEX governing_rule_set_by ON governing_rule (set_by) WHERE set_by IS NOT NULL;

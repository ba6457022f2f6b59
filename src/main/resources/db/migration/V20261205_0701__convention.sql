-- Toward the founding convention: chapters' meeting records, members' self-declared gender, the dashboard's daily
-- snapshots and the one-time notice that every precondition is met.

-- An admin's dated record that a chapter met (until the organizing module brings events).
CREATE TABLE convention_meeting (
    id          uuid PRIMARY KEY,
    chapter_id  uuid        NOT NULL REFERENCES units (id),
    met_on      date        NOT NULL,
    note        text        NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
    recorded_by uuid,
    recorded_at timestamptz NOT NULL,
    UNIQUE (chapter_id, met_on)
);
CREATE INDEX convention_meeting_by_recorder ON convention_meeting (recorded_by) WHERE recorded_by IS NOT NULL;

-- Optional and private: only ever counted in aggregates of at least five people.
CREATE TABLE member_gender (
    member_id   uuid PRIMARY KEY,
    gender      text        NOT NULL CHECK (gender IN ('WOMAN', 'MAN', 'ANOTHER', 'UNSAID')),
    declared_at timestamptz NOT NULL
);
-- the dashboard joins the women to current memberships
CREATE INDEX member_gender_women ON member_gender (member_id) WHERE gender = 'WOMAN';

-- Where the organization stood each day (the last computation of the day), for the trend.
CREATE TABLE convention_snapshot (
    day              date PRIMARY KEY,
    members          bigint      NOT NULL,
    counted_chapters integer     NOT NULL,
    countries        integer     NOT NULL,
    continents       integer     NOT NULL,
    met              integer     NOT NULL,
    all_met          boolean     NOT NULL,
    taken_at         timestamptz NOT NULL
);

-- Members and the committee are told once per version of the preconditions (0: the default) that all are met.
CREATE TABLE convention_ready (
    rule_version integer PRIMARY KEY,
    met_at       timestamptz NOT NULL
);

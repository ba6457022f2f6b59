-- A notification for a whole audience (a poll's roll, a unit's members): one row written in the sender's
-- transaction, expanded afterwards by a db-scheduler task into one notification per member, a batch per
-- transaction. The cursor is the last member id of the last committed batch (audiences are listed in member id
-- order), so a crash resumes after it: nobody twice, nobody left out.
CREATE TABLE notification_fanout (
    id              uuid PRIMARY KEY,
    audience        text                     NOT NULL,
    audience_key    text                     NOT NULL,
    -- members of the audience not to tell (the author; those the sender told with a notification of their own)
    except_members  uuid[]                   NOT NULL DEFAULT '{}',
    kind            text                     NOT NULL,
    link            text,
    parameters      jsonb                    NOT NULL DEFAULT '[]',
    unit_id         uuid,
    unit_name       text,
    thread_type     text,
    thread_id       uuid,
    created_at      timestamp with time zone NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    cursor_member   uuid,
    expanded        int                      NOT NULL DEFAULT 0,
    attempts        int                      NOT NULL DEFAULT 0,
    last_error      text,
    done_at         timestamp with time zone
);
-- the task's work: what is waiting, oldest first
CREATE INDEX notification_fanout_waiting_idx ON notification_fanout (next_attempt_at) WHERE done_at IS NULL;

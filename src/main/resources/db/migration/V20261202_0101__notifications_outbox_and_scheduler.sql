-- db-scheduler's table: recurring jobs (and any later one-time task), claimed through the database so that each
-- runs on one node at a time
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- Every email the site sends, written in the transaction that causes it and sent afterwards. A row is addressed
-- to a member (the address and language are looked up when it is sent) or, for the few messages to an address
-- that is not a confirmed member yet, to that address in a language. Once sent, the address, the link and the
-- parameters are cleared: the row only says what kind of message went to whom and when.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    member_id       uuid,
    address         text,
    language        text,
    kind            text                     NOT NULL,
    link            text,
    parameters      jsonb                    NOT NULL DEFAULT '[]',
    created_at      timestamp with time zone NOT NULL,
    attempts        int                      NOT NULL DEFAULT 0,
    next_attempt_at timestamp with time zone NOT NULL,
    last_error      text,
    sent_at         timestamp with time zone,
    given_up_at     timestamp with time zone,
    CONSTRAINT notification_has_recipient
        CHECK (member_id IS NOT NULL OR address IS NOT NULL OR sent_at IS NOT NULL OR given_up_at IS NOT NULL)
);
CREATE INDEX notification_pending_idx ON notification (next_attempt_at)
    WHERE sent_at IS NULL AND given_up_at IS NULL;
CREATE INDEX notification_member_idx ON notification (member_id);

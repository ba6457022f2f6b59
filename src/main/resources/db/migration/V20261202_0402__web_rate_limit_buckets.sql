-- The rate limits' token buckets (Bucket4j's PostgreSQL backend), shared by every application node: a limit of 20
-- logins per 10 minutes is 20 whatever the number of nodes. Keyed by what is limited ("login-ip:1.2.3.4"); a bucket
-- that has refilled is removed (expires_at, in epoch milliseconds as Bucket4j writes it).
CREATE TABLE rate_limit_bucket (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);

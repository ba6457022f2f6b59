-- The international's audit log is the whole log, newest first
CREATE INDEX unit_audit_by_time ON unit_audit (at DESC, id DESC);

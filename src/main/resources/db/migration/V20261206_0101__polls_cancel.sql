-- Cancelling a poll (docs/polls.md "Cancelling"): a cancelled poll is closed with outcome CANCELLED, uncounted. Who
-- cancelled it (null once they are erased, or when the unit was archived), why (an admin's reason; null for an
-- archived unit, whose reason is said in the reader's language) and when.
ALTER TABLE polls ADD COLUMN cancel_cause  text CHECK (cancel_cause IN ('ADMIN', 'UNIT_ARCHIVED'));
ALTER TABLE polls ADD COLUMN cancel_reason text;
ALTER TABLE polls ADD COLUMN cancelled_by  uuid;
CREATE INDEX polls_cancelled_by ON polls (cancelled_by) WHERE cancelled_by IS NOT NULL;

-- The poll's log grows beyond erasures: a merged chapter's poll moving to the surviving chapter names the chapter it
-- came from (a unit id, shown by name).
ALTER TABLE poll_roll_changes ADD COLUMN detail uuid;

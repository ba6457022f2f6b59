-- A branch's admins delete a never-founded chapter nobody lives in (spam) for good. The moderation and convention
-- modules kept foreign keys to its row, so the deletion failed as soon as anyone had flagged its spam, a moderator had
-- acted there or an admin had recorded a meeting. Like every other module's rows kept by unit, theirs now follow the
-- units module's ChapterDeleted event after the commit (moderation moves its history to the branch, convention
-- deletes the meetings) instead of holding the chapter's row in place.
ALTER TABLE moderation_flag DROP CONSTRAINT moderation_flag_unit_id_fkey;
ALTER TABLE moderation_queue DROP CONSTRAINT moderation_queue_unit_id_fkey;
ALTER TABLE moderation_log DROP CONSTRAINT moderation_log_unit_id_fkey;
ALTER TABLE moderation_suspension DROP CONSTRAINT moderation_suspension_unit_id_fkey;
ALTER TABLE moderation_appeal DROP CONSTRAINT moderation_appeal_unit_id_fkey;
ALTER TABLE convention_meeting DROP CONSTRAINT convention_meeting_chapter_id_fkey;

-- Mentions (@displayName) are resolved to members by name, ignoring case.
CREATE INDEX member_display_name_lower_idx ON member (lower(display_name)) WHERE deleted_at IS NULL;

-- Who was told of a mention in which item, so an edit does not tell them again.
CREATE TABLE content_mention (
    content_ref TEXT NOT NULL,
    member_id   UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    notified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (content_ref, member_id)
);
CREATE INDEX content_mention_member_idx ON content_mention (member_id);

-- A category's topics filtered by the language they are written in, keyset-paged like the unfiltered list, and the
-- probe of which languages a category has (docs/forums.md, "Languages").
CREATE INDEX forum_topic_category_language_idx
    ON forum_topic (category_id, language, pinned DESC, last_activity_at DESC, id DESC);

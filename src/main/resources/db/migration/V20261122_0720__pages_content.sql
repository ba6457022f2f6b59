-- Public pages (vision, mission, commitments, history, questions and answers): one text per language, each
-- change kept as an immutable revision. The current text is a copy of its latest revision, so that readers
-- get it with one primary-key lookup and editors are checked against its version (optimistic locking).

CREATE TABLE content_page (
    slug       TEXT PRIMARY KEY CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    position   INT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE content_page_text (
    slug       TEXT NOT NULL REFERENCES content_page (slug),
    language   TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 60000),
    version    INT NOT NULL CHECK (version > 0),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (slug, language)
);

CREATE TABLE content_page_revision (
    slug          TEXT NOT NULL,
    language      TEXT NOT NULL,
    version       INT NOT NULL CHECK (version > 0),
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    note          TEXT,
    -- the editor; both become null when their account is deleted (the only change a revision allows)
    author_id     UUID,
    author_name   TEXT,
    restored_from INT,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (slug, language, version),
    FOREIGN KEY (slug, language) REFERENCES content_page_text (slug, language)
);

CREATE INDEX content_page_revision_author_idx ON content_page_revision (author_id) WHERE author_id IS NOT NULL;

CREATE FUNCTION content_page_revision_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.author_id IS NULL AND NEW.author_name IS NULL
            AND (NEW.slug, NEW.language, NEW.version, NEW.title, NEW.body, NEW.note, NEW.restored_from,
                 NEW.created_at)
            IS NOT DISTINCT FROM (OLD.slug, OLD.language, OLD.version, OLD.title, OLD.body, OLD.note,
                 OLD.restored_from, OLD.created_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'page revisions are immutable (% on %/%/%)', TG_OP, OLD.slug, OLD.language, OLD.version;
END
$$;

CREATE TRIGGER content_page_revision_immutable
    BEFORE UPDATE OR DELETE ON content_page_revision
    FOR EACH ROW EXECUTE FUNCTION content_page_revision_is_immutable();

INSERT INTO content_page (slug, position) VALUES
    ('vision', 1), ('mission', 2), ('commitments', 3), ('history', 4), ('questions', 5);

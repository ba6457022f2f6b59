-- The sign-ups still waiting to confirm their address, found by the country they said they live in: a unit's
-- admins see those of their own country only (the figures no longer read them at all).
CREATE INDEX member_pending_country_idx ON member (country_code, joined_at)
    WHERE email_verified_at IS NULL AND deleted_at IS NULL;

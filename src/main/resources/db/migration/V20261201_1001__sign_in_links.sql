-- A one-time sign-in link, emailed to the owner of an account whose password logins are paused after many
-- wrong guesses, so that someone guessing cannot lock the owner out.
ALTER TABLE member_token DROP CONSTRAINT member_token_purpose_check;
ALTER TABLE member_token ADD CONSTRAINT member_token_purpose_check
    CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL', 'SIGN_IN'));

-- A member suspended by an admin of their branch (or above) cannot sign in and is listed nowhere until reinstated
ALTER TABLE member ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;

-- Roles are data: a module may declare its own (a treasurer, an event organizer). The stored names stay as they
-- were; any upper-case name is accepted, and the application accepts only the roles some module declares.
ALTER TABLE unit_roles DROP CONSTRAINT unit_roles_role_check;
ALTER TABLE unit_roles ADD CONSTRAINT unit_roles_role_name CHECK (role ~ '^[A-Z][A-Z0-9_]{0,63}$');

-- Additive changes only.
CREATE TABLE invoices (id bigint PRIMARY KEY);
ALTER TABLE invoices ADD COLUMN total numeric NOT NULL;
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN note text;
ALTER TABLE users DROP CONSTRAINT users_note_check;
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ALTER COLUMN email SET DEFAULT '';

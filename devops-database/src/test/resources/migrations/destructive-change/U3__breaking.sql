-- An undo script drops what its migration created: that is its purpose.
DROP TABLE invoices;
ALTER TABLE users DROP COLUMN active;

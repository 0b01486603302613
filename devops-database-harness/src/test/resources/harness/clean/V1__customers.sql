-- Customers, safe to run twice.
CREATE TABLE IF NOT EXISTS customers (
  id bigint PRIMARY KEY,
  email text NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS customers_email_lower ON customers (lower(email));

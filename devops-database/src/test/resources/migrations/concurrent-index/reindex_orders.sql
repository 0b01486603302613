-- A script that opens its own transaction cannot build an index concurrently.
BEGIN;
CREATE INDEX orders_region ON orders (region);
COMMIT;

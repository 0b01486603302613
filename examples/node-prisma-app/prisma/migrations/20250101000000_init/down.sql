-- Revert the init migration.
DROP TABLE IF EXISTS "orders";

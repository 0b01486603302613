-- Undo V1.
DROP TABLE IF EXISTS orders;

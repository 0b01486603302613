-- Read without its folder (text handed over directly): the undo script cannot be looked for.
CREATE TABLE IF NOT EXISTS person (id int PRIMARY KEY);

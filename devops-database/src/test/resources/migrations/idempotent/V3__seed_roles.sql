-- A versioned file under a seed path part is seed data: its inserts are still judged, its DDL is not.
CREATE TABLE roles (name text PRIMARY KEY);
INSERT INTO roles (name) VALUES ('admin');
INSERT INTO roles (name) VALUES ('viewer') ON CONFLICT (name) DO NOTHING;

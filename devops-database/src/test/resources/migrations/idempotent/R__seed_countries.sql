-- Seed data is applied again whenever it changes.
INSERT INTO countries (code, name) VALUES ('FR', 'France');
INSERT INTO countries (code, name) VALUES ('DE', 'Germany') ON CONFLICT (code) DO NOTHING;
INSERT INTO countries (code, name) SELECT 'IT', 'Italy' WHERE NOT EXISTS (SELECT 1 FROM countries WHERE code = 'IT');

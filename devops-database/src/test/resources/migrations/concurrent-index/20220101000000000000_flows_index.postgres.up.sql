CREATE INDEX flows_network_id_idx ON flows (network_id);

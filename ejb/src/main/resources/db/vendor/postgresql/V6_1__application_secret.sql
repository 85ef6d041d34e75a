-- PostgreSQL: the key of the requesters' address hashes, from two random UUIDs (gen_random_uuid
-- draws on the server's strong random source; 244 random bits).
INSERT INTO application_secret (name, secret)
VALUES ('archive-request-address',
        replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

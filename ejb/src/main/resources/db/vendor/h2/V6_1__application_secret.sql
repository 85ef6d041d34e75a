-- H2: the key of the requesters' address hashes, 32 random bytes from H2's secure generator.
INSERT INTO application_secret (name, secret)
VALUES ('archive-request-address', RAWTOHEX(SECURE_RAND(32)));

-- One database and one role per service, and Keycloak's; the same names as the Kubernetes manifests.
-- Local passwords for a laptop only (the compose file's defaults); never reuse them.
CREATE ROLE programme LOGIN PASSWORD 'programme';
CREATE ROLE registration LOGIN PASSWORD 'registration';
CREATE ROLE budget LOGIN PASSWORD 'budget';
CREATE ROLE evaluation LOGIN PASSWORD 'evaluation';
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE programme OWNER programme;
CREATE DATABASE registration OWNER registration;
CREATE DATABASE budget OWNER budget;
CREATE DATABASE evaluation OWNER evaluation;
CREATE DATABASE keycloak OWNER keycloak;

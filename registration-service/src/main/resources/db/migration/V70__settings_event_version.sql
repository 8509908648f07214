-- The version of fr.assises.registration-settings.changed.v1: one more with every change of a congress's settings,
-- so budget-service keeps the newest fees and categories whatever order or how often it receives them.
alter table registration_settings add column event_version bigint not null default 0;

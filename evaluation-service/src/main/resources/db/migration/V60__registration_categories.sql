-- The names of a congress's registration categories (fee categories), as registration-service last published them
-- (fr.assises.registration-settings.changed.v1, replaced whole by each newer version): the results print
-- « Élu », never « ELU ». Committee's names of categories, no person in them.
create table registration_category (
    congress_id uuid not null,
    code        text not null,
    label_fr    text not null,
    label_en    text not null,
    primary key (congress_id, code)
);

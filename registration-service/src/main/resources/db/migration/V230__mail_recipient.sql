-- A mail may be addressed to someone other than the registration's participant: an overdue invoice's reminder goes
-- to the paying organisation's accounting address given on the invoice. Null: the registration's own address, read
-- when the mail is sent (as before).
alter table mail_outbox add column recipient varchar(254);

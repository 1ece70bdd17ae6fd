-- The firm a person works for (identity), and who trains each course (course)
alter table user_account add column organization varchar(200);
create index ix_user_account_organization on user_account (organization);

alter table course add column trainers varchar(4000) not null default '';

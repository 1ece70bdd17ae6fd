-- The certificate layout of a course, from course.yaml (owner: course), as JSON
alter table course add column certificate varchar(4000) not null default '{}';

-- The quizzes a module offers, as the course outline shows them (owner: course; the quizzes themselves: quiz)
create table module_quiz (
    module_id bigint       not null references course_module (id) on delete cascade,
    position  int          not null,
    quiz_key  varchar(80)  not null,
    graded    boolean      not null,
    titles    varchar(4000) not null,
    primary key (module_id, position)
);

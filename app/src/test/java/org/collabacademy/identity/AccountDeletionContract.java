package org.collabacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.TestAccounts;
import org.collabacademy.TinyCourse;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.certificate.Certificates;
import org.collabacademy.certificate.Verification;
import org.collabacademy.course.ContentImport;
import org.collabacademy.course.CourseReader;
import org.collabacademy.course.TestContent;
import org.collabacademy.directory.Area;
import org.collabacademy.directory.EntryKind;
import org.collabacademy.directory.Organizations;
import org.collabacademy.directory.ProfileForm;
import org.collabacademy.directory.SizeBand;
import org.collabacademy.directory.Structure;
import org.collabacademy.directory.Visibility;
import org.collabacademy.forum.Discussions;
import org.collabacademy.quiz.QuizTaking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** "Delete my account" on H2 and PostgreSQL: who the person was is gone; posts, records and certificates stay anonymous. */
abstract class AccountDeletionContract {

    @Autowired AccountDeletion deletion;
    @Autowired AccountService accountService;
    @Autowired TestAccounts accounts;
    @Autowired CourseReader reader;
    @Autowired QuizTaking quizzes;
    @Autowired ContentImport contentImport;
    @Autowired Certificates certificates;
    @Autowired Discussions discussions;
    @Autowired Organizations organizations;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @TempDir
    Path content;

    private String course;
    private String marker;

    @BeforeEach
    void importCourse() {
        course = TestContent.withTinyCourse(content, "deletion");
        TestContent.importFolder(contentImport, content);
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void deleting_my_account_erases_who_i_was_and_keeps_posts_records_and_certificates_anonymous() {
        UserSummary me = accounts.create("leaving");
        accounts.signIn(me.email());
        TinyCourse.complete(reader, quizzes, course, Language.ENGLISH);
        String code = certificates.mine().getFirst().code();
        long thread = discussions.moduleThread(course, "first");
        discussions.reply(thread, "My last words " + marker);
        organizations.create(new ProfileForm("Leaving Firm " + marker, "RU", "Moscow", "", "25", SizeBand.SMALL, 2001, "",
                Visibility.PUBLIC, Map.of(), Set.of(), me.displayName(), me.email(), "+7 495 000 0000"));
        organizations.addEntry(EntryKind.OFFER, Area.TRAINING, Structure.INFORMAL_NETWORK, "Welding courses " + marker);
        long statements = count("select count(*) from xapi_statement where learner_id = ?", me.id());

        deletion.deleteMine(TestAccounts.PASSWORD);
        accounts.signOut();

        var row = jdbc.queryForMap("select email, display_name, organization, enabled, deleted_at from user_account where id = ?", me.id());
        assertThat(row.get("email")).isEqualTo("deleted-" + me.id() + "@deleted.invalid");
        assertThat(row.get("display_name")).isEqualTo("");
        assertThat(row.get("organization")).isNull();
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(row.get("deleted_at")).isNotNull();
        assertThatThrownBy(() -> users.loadUserByUsername(me.email())).isInstanceOf(UsernameNotFoundException.class);
        assertThat(count("select count(*) from user_account_role where user_account_id = ?", me.id())).isZero();

        // nothing that names the person is left anywhere
        assertThat(count("select count(*) from enrolment where learner_email = ? or learner_name = ?", me.email(), me.displayName())).isZero();
        assertThat(count("select count(*) from certificate where learner_name = ?", me.displayName())).isZero();
        assertThat(count("select count(*) from forum_profile where email = ? or display_name = ?", me.email(), me.displayName())).isZero();
        assertThat(count("select count(*) from organization where contact_email = ?", me.email())).isZero();
        assertThat(count("select count(*) from organization_member where user_id = ?", me.id())).isZero();
        assertThat(count("select count(*) from forum_subscription where user_id = ?", me.id())).isZero();
        assertThat(count("select count(*) from event_publication where serialized_event like ?", "%" + me.email() + "%"))
                .as("no recorded event keeps the e-mail").isZero();

        // what stays is pseudonymous: the post under a blank name ("deleted user" in the views), the records, the certificate
        UserSummary reader2 = accounts.create("reader");
        accounts.signIn(reader2.email());
        reader.open(course, "first", "welcome", Language.ENGLISH);
        var post = discussions.posts(thread, 1, 100).stream().filter(p -> p.html().contains(marker)).findFirst().orElseThrow();
        assertThat(post.authorName()).isEmpty();
        assertThat(post.authorHandle()).doesNotContain("leaving");
        assertThat(count("select count(*) from xapi_statement where learner_id = ?", me.id())).isEqualTo(statements).isPositive();
        Verification verification = certificates.verify(code, "192.0.2.7");
        assertThat(verification.status()).hasToString("VALID");
        assertThat(verification.name()).isEmpty();

        // the address is free for a new account
        accounts.signOut();
        assertThat(accountService.signUp(new SignUp("Came Back", me.email(), TestAccounts.PASSWORD, "", Language.ENGLISH)).id()).isNotEqualTo(me.id());
    }

    @Test
    void a_wrong_password_deletes_nothing() {
        UserSummary me = accounts.create("hesitant");
        accounts.signIn(me.email());
        assertThatThrownBy(() -> deletion.deleteMine("not my password"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("account.delete.wrong-password"));
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, me.id())).isEqualTo(me.email());
        assertThat(users.loadUserByUsername(me.email()).isEnabled()).isTrue();
    }

    @Test
    void nobody_signed_in_deletes_nothing() {
        assertThatThrownBy(() -> deletion.deleteMine(TestAccounts.PASSWORD)).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private long count(String sql, Object... arguments) {
        Long found = jdbc.queryForObject(sql, Long.class, arguments);
        return found == null ? 0 : found;
    }
}

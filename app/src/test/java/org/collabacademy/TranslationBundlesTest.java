package org.collabacademy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collabacademy.base.Language;
import org.collabacademy.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in all four languages, and every key the code uses exists. */
class TranslationBundlesTest {

    /** Literal keys in the code: getTranslation("…"), @Menu(title = "…"), InvalidInput/Problem keys and "{…}" validation messages. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "getTranslation\\(\"([a-z0-9.-]+[a-z0-9])\"|title = \"([a-z0-9.-]+)\"|(?:InvalidInput|Problem)\\(\"[a-zA-Z]+\", \"([a-z0-9.-]+)\"|\"\\{([a-z0-9.-]+)}\"|entry\\([^,]+, \"([a-z0-9.-]+)\"\\)");

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_bundle_has_exactly_the_keys_of_the_english_one(Language language) throws IOException {
        Properties english = bundle(Language.ENGLISH);
        Properties other = bundle(language);
        assertThat(new TreeSet<>(other.stringPropertyNames()))
                .as("keys of the %s bundle", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : other.stringPropertyNames()) {
            String value = other.getProperty(key);
            assertThat(value).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(value)).as("placeholders of %s in %s", key, language).isEqualTo(placeholders(english.getProperty(key)));
            if (value.contains("{0}") || value.contains("{1}")) {
                new MessageFormat(value); // throws on a broken pattern
                assertThat(value).as("%s in %s: a lone apostrophe hides placeholders", key, language).doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    @Test
    void every_key_used_in_the_code_is_in_the_bundles() throws IOException {
        Properties english = bundle(Language.ENGLISH);
        Set<String> used = keysUsedInCode();
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (org.collabacademy.quiz.AttemptStatus status : org.collabacademy.quiz.AttemptStatus.values()) {
            used.add("quiz.status." + status.name());
        }
        for (org.collabacademy.progress.ProgressViews.StatusFilter status : org.collabacademy.progress.ProgressViews.StatusFilter.values()) {
            used.add("trainer.status." + status.name());
        }
        for (org.collabacademy.certificate.CertificateStatus status : org.collabacademy.certificate.CertificateStatus.values()) {
            used.add("certificates.status." + status.name());
        }
        forumKeys(used);
        directoryKeys(used);
        used.add("quiz.true");
        used.add("quiz.false");
        for (org.collabacademy.course.ImportReport.Status status : org.collabacademy.course.ImportReport.Status.values()) {
            used.add("content.status." + status.name());
        }
        for (String pillar : new String[] {"learn", "discuss", "partner"}) {
            used.add("landing." + pillar + ".title");
            used.add("landing." + pillar + ".text");
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    /** Keys the directory builds from enum values and SME types. */
    private static void directoryKeys(Set<String> used) {
        for (var area : org.collabacademy.directory.Area.values()) {
            used.add("directory.area." + area.name());
        }
        for (var structure : org.collabacademy.directory.Structure.values()) {
            used.add("directory.structure." + structure.name());
        }
        for (var size : org.collabacademy.directory.SizeBand.values()) {
            used.add("directory.size." + size.name());
        }
        for (var visibility : org.collabacademy.directory.Visibility.values()) {
            used.add("directory.visibility." + visibility.name());
        }
        for (var kind : org.collabacademy.directory.EntryKind.values()) {
            used.add("directory.kind." + kind.name());
        }
        for (var status : org.collabacademy.directory.InterestStatus.values()) {
            used.add("directory.status." + status.name());
        }
        for (var status : org.collabacademy.directory.MembershipStatus.values()) {
            used.add("directory.member-status." + status.name());
        }
        for (String type : new String[] {"regional-market-leader", "national-outlet", "international-supplier", "one-dimension-endangered", "risk-avoiding"}) {
            used.add("directory.sme." + type);
        }
    }

    /** Keys the forum builds from enum values. */
    private static void forumKeys(Set<String> used) {
        for (var level : org.collabacademy.forum.Level.values()) {
            used.add("forum.level." + level.name());
        }
        for (var mode : org.collabacademy.forum.EmailMode.values()) {
            used.add("forum.email." + mode.name());
        }
        for (var category : org.collabacademy.forum.PlaceCategory.values()) {
            used.add("forum.category." + category.name());
            if (category != org.collabacademy.forum.PlaceCategory.COURSE) {
                used.add("forum.category-heading." + category.name());
            }
        }
        for (var access : org.collabacademy.forum.PlaceAccess.values()) {
            used.add("forum.access." + access.name());
        }
        for (var status : org.collabacademy.forum.MemberStatus.values()) {
            used.add("forum.member-status." + status.name());
            used.add("forum.joined." + status.name());
        }
        for (var reaction : org.collabacademy.forum.Reaction.values()) {
            used.add("forum.reaction." + reaction.name());
        }
        for (var reason : org.collabacademy.forum.NotificationReason.values()) {
            used.add("forum.notification." + reason.name());
            used.add("forum.mail.subject." + reason.name());
        }
        for (var action : org.collabacademy.forum.ModerationAction.values()) {
            used.add("forum.action." + action.name());
        }
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            keys.add(matcher.group(group));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d}").matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    static Properties bundle(Language language) throws IOException {
        String name = language == Language.ENGLISH ? "translations.properties" : "translations_" + language.tag() + ".properties";
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

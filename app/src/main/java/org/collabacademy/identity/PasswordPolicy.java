package org.collabacademy.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharactersRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * The password rules, in the spirit of NIST SP 800-63B: long enough, not a well-known password,
 * no long runs or sequences, not the e-mail address. No forced mix of character classes.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** Passay's error codes, mapped to our translation keys. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(LengthRule.ERROR_CODE_MIN, "password.too-short"),
            Map.entry(LengthRule.ERROR_CODE_MAX, "password.too-long"),
            Map.entry(UsernameRule.ERROR_CODE, "password.contains-email"),
            Map.entry(UsernameRule.ERROR_CODE_REVERSED, "password.contains-email"),
            Map.entry(DictionaryRule.ERROR_CODE, "password.too-common"),
            Map.entry(DictionaryRule.ERROR_CODE_REVERSED, "password.too-common"),
            Map.entry(EnglishSequenceData.Alphabetical.getErrorCode(), "password.sequence"),
            Map.entry(EnglishSequenceData.Numerical.getErrorCode(), "password.sequence"),
            Map.entry(EnglishSequenceData.USQwerty.getErrorCode(), "password.sequence"),
            Map.entry(RepeatCharactersRule.ERROR_CODE, "password.repeats"));

    private final PasswordValidator validator;

    public PasswordPolicy() {
        validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords())),
                new RepeatCharactersRule(4, 1),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 6, false));
    }

    /** The translation key of the first rule the password breaks, if any. */
    public Optional<String> check(String password, String email) {
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        PasswordData data = new PasswordData(localPart.length() >= 3 ? localPart : "", password);
        RuleResult result = validator.validate(data);
        if (result.isValid()) {
            return Optional.empty();
        }
        return result.getDetails().stream()
                .map(d -> MESSAGES.getOrDefault(d.getErrorCode(), "password.weak"))
                .findFirst();
    }

    private static ArrayWordList commonPasswords() {
        try (var reader = new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8)) {
            return WordLists.createFromReader(new java.io.Reader[] {reader}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords is missing from the jar", e);
        }
    }

    static List<String> ruleKeys() {
        return List.copyOf(MESSAGES.values());
    }
}

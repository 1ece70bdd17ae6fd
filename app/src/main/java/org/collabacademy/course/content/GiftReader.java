package org.collabacademy.course.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.Question.Choice;
import org.collabacademy.course.content.Question.Pair;
import org.collabacademy.course.content.QuestionType;
import org.jspecify.annotations.Nullable;

/**
 * Reads questions written in Moodle's GIFT format, so that trainers can bring existing question banks.
 * Whatever it cannot represent is reported with its line, never dropped silently.
 */
final class GiftReader {

    private static final Pattern NUMERIC_TOLERANCE = Pattern.compile("#\\s*(-?[0-9.]+)\\s*(?::\\s*([0-9.]+))?\\s*");
    private static final Pattern NUMERIC_RANGE = Pattern.compile("#\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9.]+)%");

    private final CourseFiles files;
    private final Language language;
    private final Problems problems;

    GiftReader(CourseFiles files, Language language, Problems problems) {
        this.files = files;
        this.language = language;
        this.problems = problems;
    }

    List<Question> read(String moduleFolder, Located<String> reference, String quizFile) {
        String path = moduleFolder + "/" + reference.value();
        if (!files.exists(path)) {
            problems.add(quizFile, reference.line(), "GIFT file '" + reference.value() + "' does not exist");
            return List.of();
        }
        String display = files.display(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(files.bytes(path).orElseThrow())).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            problems.add(display, 1, "the file is not UTF-8 text");
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        for (Block block : blocks(text)) {
            question(block, display).ifPresent(questions::add);
        }
        return questions;
    }

    /** A question's lines, without comments, and the line it starts on. */
    private record Block(String text, int line) {
    }

    private List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current.toString(), start));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            }
            current.append(line).append('\n');
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current.toString(), start));
        }
        return blocks;
    }

    private Optional<Question> question(Block block, String display) {
        String source = block.text().strip();
        if (source.startsWith("$CATEGORY:")) {
            problems.add(display, block.line(), "GIFT categories ($CATEGORY) are not supported; put each category's questions in its own quiz");
            return Optional.empty();
        }
        String title = null;
        if (source.startsWith("::")) {
            int end = unescapedIndex(source, "::", 2);
            if (end < 0) {
                problems.add(display, block.line(), "the question title '::' is not closed");
                return Optional.empty();
            }
            title = unescape(source.substring(2, end)).strip();
            source = source.substring(end + 2).strip();
        }
        Matcher format = Pattern.compile("^\\[(\\w+)]").matcher(source);
        if (format.find()) {
            String name = format.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("plain") && !name.equals("markdown") && !name.equals("moodle")) {
                problems.add(display, block.line(), "the text format [" + format.group(1) + "] is not supported (use [plain] or [markdown])");
                return Optional.empty();
            }
            source = source.substring(format.end()).strip();
        }
        int open = unescapedIndex(source, "{", 0);
        if (open < 0) {
            problems.add(display, block.line(), "a question without answers (a description) is not supported");
            return Optional.empty();
        }
        int close = unescapedIndex(source, "}", open);
        if (close < 0) {
            problems.add(display, block.line(), "the answers '{' are not closed with '}'");
            return Optional.empty();
        }
        if (!source.substring(close + 1).isBlank()) {
            problems.add(display, block.line(), "answers in the middle of the text (missing-word questions) are not supported");
            return Optional.empty();
        }
        String questionText = unescape(source.substring(0, open)).strip();
        String answers = source.substring(open + 1, close).strip();
        String key = title == null ? "gift-line-" + block.line() : slug(title, block.line());
        if (questionText.isEmpty()) {
            problems.add(display, block.line(), "the question has no text");
            return Optional.empty();
        }
        String generalFeedback = "";
        int general = unescapedIndex(answers, "####", 0);
        if (general >= 0) {
            generalFeedback = unescape(answers.substring(general + 4)).strip();
            answers = answers.substring(0, general).strip();
        }
        Map<Language, String> text = Map.of(language, questionText);
        Map<Language, String> feedback = generalFeedback.isEmpty() ? Map.of() : Map.of(language, generalFeedback);
        if (answers.isEmpty()) {
            problems.add(display, block.line(), "essay questions ({}) are not supported: they need a person to grade them");
            return Optional.empty();
        }
        if (answers.matches("(?is)(T|TRUE|F|FALSE)\\s*(#.*)?")) {
            return trueFalse(key, text, feedback, answers, display, block.line());
        }
        if (answers.startsWith("#")) {
            return numeric(key, text, feedback, answers, display, block.line());
        }
        List<Entry> entries = entries(answers);
        if (entries.isEmpty()) {
            problems.add(display, block.line(), "no answers found between { and }");
            return Optional.empty();
        }
        Set<String> texts = new HashSet<>();
        for (Entry entry : entries) {
            if (!texts.add(entry.text())) {
                problems.add(display, block.line(), "two answers have the same text '" + entry.text() + "'");
                return Optional.empty();
            }
        }
        if (entries.stream().anyMatch(e -> e.text().contains("->"))) {
            List<Pair> pairs = new ArrayList<>();
            if (entries.stream().anyMatch(e -> !e.feedback().isEmpty())) {
                problems.add(display, block.line(), "feedback on matching pairs (#...) is not supported; use the general feedback (####)");
                return Optional.empty();
            }
            Set<String> lefts = new HashSet<>();
            Set<String> rights = new HashSet<>();
            for (Entry entry : entries) {
                int arrow = entry.text().indexOf("->");
                if (arrow < 0 || !entry.correct()) {
                    problems.add(display, block.line(), "every matching answer must read '=left -> right'");
                    return Optional.empty();
                }
                String left = entry.text().substring(0, arrow).strip();
                String right = entry.text().substring(arrow + 2).strip();
                if (!lefts.add(left) || !rights.add(right)) {
                    problems.add(display, block.line(), "two pairs have the same left or right side ('" + left + " -> " + right + "')");
                    return Optional.empty();
                }
                pairs.add(new Pair("p" + (pairs.size() + 1), Map.of(language, left), Map.of(language, right)));
            }
            return Optional.of(question(key, QuestionType.MATCHING, text, feedback, List.of(), pairs, List.of(), null, 0));
        }
        boolean anyWrong = entries.stream().anyMatch(e -> !e.correct());
        if (!anyWrong) {
            if (entries.stream().anyMatch(e -> e.weight() != null)) {
                problems.add(display, block.line(), "partial credit for short answers (=%50%) is not supported");
                return Optional.empty();
            }
            if (entries.stream().anyMatch(e -> !e.feedback().isEmpty())) {
                problems.add(display, block.line(), "feedback on short answers (#...) is not supported; use the general feedback (####)");
                return Optional.empty();
            }
            return Optional.of(question(key, QuestionType.SHORT_ANSWER, text, feedback, List.of(), List.of(),
                    entries.stream().map(Entry::text).toList(), null, 0));
        }
        long right = entries.stream().filter(Entry::correct).count();
        boolean weighted = entries.stream().anyMatch(e -> e.weight() != null);
        QuestionType type = weighted || right != 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
        // Without weights, multiple response follows the documented partial-credit rule (each wrong tick takes 1 / wrong choices);
        // with weights, each choice earns its %weight% as in Moodle (= alone means 100 %, ~ alone nothing).
        long wrong = entries.size() - right;
        List<Choice> choices = new ArrayList<>();
        for (Entry entry : entries) {
            double weight = entry.weight() != null ? entry.weight() / 100 : weighted ? (entry.correct() ? 1 : 0)
                    : entry.correct() ? 1.0 / Math.max(1, right) : type == QuestionType.MULTIPLE ? -1.0 / wrong : 0;
            choices.add(new Choice("c" + (choices.size() + 1), Map.of(language, entry.text()), weight > 0, weight,
                    entry.feedback().isEmpty() ? Map.of() : Map.of(language, entry.feedback()), Map.of()));
        }
        if (choices.stream().noneMatch(Choice::correct)) {
            problems.add(display, block.line(), "no answer is marked right (with = or a positive %weight%)");
            return Optional.empty();
        }
        return Optional.of(question(key, type, text, feedback, choices, List.of(), List.of(), null, 0));
    }

    /**
     * {@code {T}} or {@code {T#wrong#right}}: as in Moodle, the first feedback is shown for the wrong answer, the
     * second for the right one.
     */
    private Optional<Question> trueFalse(String key, Map<Language, String> text, Map<Language, String> feedback,
                                         String answers, String display, int line) {
        boolean truth = Character.toUpperCase(answers.charAt(0)) == 'T';
        List<String> comments = new ArrayList<>();
        int hash = unescapedIndex(answers, "#", 0);
        while (hash >= 0) {
            int next = unescapedIndex(answers, "#", hash + 1);
            comments.add(unescape(answers.substring(hash + 1, next < 0 ? answers.length() : next)).strip());
            hash = next;
        }
        if (comments.size() > 2) {
            problems.add(display, line, "a true/false question takes at most two feedbacks: {T#if wrong#if right}");
            return Optional.empty();
        }
        Map<Language, String> ifWrong = comments.isEmpty() || comments.get(0).isEmpty() ? Map.of() : Map.of(language, comments.get(0));
        Map<Language, String> ifRight = comments.size() < 2 || comments.get(1).isEmpty() ? Map.of() : Map.of(language, comments.get(1));
        return Optional.of(question(key, QuestionType.TRUE_FALSE, text, feedback, List.of(
                new Choice("true", Map.of(), truth, truth ? 1 : 0, truth ? ifRight : ifWrong, Map.of()),
                new Choice("false", Map.of(), !truth, truth ? 0 : 1, truth ? ifWrong : ifRight, Map.of())), List.of(), List.of(), null, 0));
    }

    private Optional<Question> numeric(String key, Map<Language, String> text, Map<Language, String> feedback,
                                       String answers, String display, int line) {
        Matcher range = NUMERIC_RANGE.matcher(answers);
        Matcher tolerance = NUMERIC_TOLERANCE.matcher(answers);
        try {
            if (range.matches()) {
                double low = Double.parseDouble(range.group(1));
                double high = Double.parseDouble(range.group(2));
                return Optional.of(question(key, QuestionType.NUMERIC, text, feedback, List.of(), List.of(), List.of(), (low + high) / 2, Math.abs(high - low) / 2));
            }
            if (tolerance.matches()) {
                double value = Double.parseDouble(tolerance.group(1));
                double margin = tolerance.group(2) == null ? 0 : Double.parseDouble(tolerance.group(2));
                return Optional.of(question(key, QuestionType.NUMERIC, text, feedback, List.of(), List.of(), List.of(), value, margin));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(display, line, "numeric answers must read {#value}, {#value:tolerance} or {#low..high}; several weighted numeric answers are not supported");
        return Optional.empty();
    }

    private static Question question(String key, QuestionType type, Map<Language, String> text, Map<Language, String> feedback,
                                     List<Choice> choices, List<Pair> pairs, List<String> accepted, @Nullable Double number, double tolerance) {
        return new Question(key, type, text, 1, choices, pairs, accepted, number, tolerance, null, null, feedback);
    }

    private record Entry(boolean correct, String text, @Nullable Double weight, String feedback) {
    }

    /** Splits {@code =right#why ~%50%half ~wrong} into its answers, honouring backslash escapes. */
    private static List<Entry> entries(String answers) {
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < answers.length()) {
            char c = answers.charAt(i);
            if (c != '=' && c != '~') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < answers.length() && !((answers.charAt(end) == '=' || answers.charAt(end) == '~') && answers.charAt(end - 1) != '\\'
                    && !(answers.charAt(end) == '=' && end + 1 < answers.length() && answers.charAt(end + 1) == '>'))) {
                end++;
            }
            String body = answers.substring(i + 1, end).strip();
            Double weight = null;
            Matcher matcher = WEIGHT.matcher(body);
            if (matcher.find()) {
                weight = Double.parseDouble(matcher.group(1));
                body = body.substring(matcher.end());
            }
            String feedback = "";
            int hash = unescapedIndex(body, "#", 0);
            if (hash >= 0) {
                feedback = unescape(body.substring(hash + 1)).strip();
                body = body.substring(0, hash);
            }
            entries.add(new Entry(c == '=', unescape(body).strip(), weight, feedback));
            i = end;
        }
        return entries;
    }

    private static int unescapedIndex(String text, String token, int from) {
        int at = text.indexOf(token, from);
        while (at > 0 && text.charAt(at - 1) == '\\') {
            at = text.indexOf(token, at + 1);
        }
        return at;
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\([~=#{}:\\\\])", "$1").replace("\\n", "\n");
    }

    private static String slug(String title, int line) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "gift-line-" + line : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}

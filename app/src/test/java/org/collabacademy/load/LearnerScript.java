package org.collabacademy.load;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What one simulated learner does, with a pause to read or think between steps: the catalog, the course,
 * the first module and three of its pages, the module's quiz from start to graded submission, then the
 * module's discussion thread, where every {@code replyEvery}-th learner posts a reply.
 */
final class LearnerScript {

    static final String COURSE = "courses/collaborate-to-compete";
    static final String MODULE = COURSE + "/examples-of-collaborations";
    static final String QUIZ = MODULE + "/quiz/check-your-understanding";
    static final String THREAD = "discuss/collaborate-to-compete/examples-of-collaborations";
    static final String EMPTY = "benchmark/empty";
    static final String SHELL = "benchmark/shell";

    private final Duration thinkMin;
    private final Duration thinkMax;
    private final Duration rampUp;
    private final int replyEvery;

    /**
     * Learners start at random moments within {@code rampUp} (at least one think time), so that all of a level are
     * then at work together: a thousand starting within ten seconds would measure a burst of page loads instead.
     */
    LearnerScript(Duration thinkMin, Duration thinkMax, Duration rampUp, int replyEvery) {
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.rampUp = rampUp;
        this.replyEvery = replyEvery;
    }

    /** From {@code --think 5-10} (seconds), {@code --ramp-up 60} (seconds) and {@code --reply-every 10}. */
    static LearnerScript fromOptions(java.util.Map<String, String> options) {
        String[] think = options.getOrDefault("think", "5-10").split("-");
        return new LearnerScript(seconds(think[0]), seconds(think[think.length - 1]),
                seconds(options.getOrDefault("ramp-up", "60")),
                Integer.parseInt(options.getOrDefault("reply-every", "10")));
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    }

    /** The moment, within the ramp-up, at which a learner starts the script. */
    long startDelayMillis() {
        long within = Math.max(1, Math.max(rampUp.toMillis(), thinkMax.toMillis()));
        return ThreadLocalRandom.current().nextLong(within);
    }

    @Override
    public String toString() {
        return String.format("think times %s-%s s, learners start within %s s (--ramp-up)",
                thinkMin.toMillis() / 1000.0, thinkMax.toMillis() / 1000.0, rampUp.toMillis() / 1000.0);
    }

    void learn(UidlClient learner, int number) throws InterruptedException {
        learner.open("courses", "open catalog");
        think();
        learner.follow(COURSE, "open course");
        think();
        learner.follow(MODULE, "open module");
        for (int page = 0; page < 3; page++) {
            think();
            learner.click("pager-next", "next page");
        }
        think();
        learner.follow(QUIZ, "open quiz");
        think();
        learner.click("quiz-start", "start attempt");
        for (NodeTree.Node input : learner.tree().byIdPrefix("answer-")) {
            JsonNode answer = answerFor(learner.tree(), input);
            if (answer != null) {
                think();
                learner.setValue(input, answer, "answer");
            }
        }
        think();
        learner.click("attempt-submit", "submit");
        learner.confirm("submit-confirm", "confirm submit");
        if (learner.tree().byId("review-score").isEmpty()) {
            throw new LoadFailure("the graded attempt's review did not open");
        }
        think();
        learner.follow(THREAD, "open thread");
        if (replyEvery > 0 && number % replyEvery == 0) {
            think();
            String reply = "Learner " + number + " under load: sharing a supplier with a neighbour firm worked for us.";
            learner.click("reply-open", "open composer");
            learner.setValue(learner.tree().byId("composer-text").orElseThrow(() -> new LoadFailure("no reply composer")),
                    JsonNodeFactory.instance.stringNode(reply), "type reply");
            learner.click("composer-send", "send reply");
            if (!shows(learner, reply)) {
                throw new LoadFailure("the reply did not appear in the thread: "
                        + learner.tree().byId("composer-text").map(t -> t.property("errorMessage")).orElse(""));
            }
        }
    }

    /** Whether a post the thread shows holds {@code text} (each post is one element, {@code post-n}, of HTML). */
    private static boolean shows(UidlClient learner, String text) {
        return learner.tree().byIdPrefix("post-").stream().anyMatch(n -> n.attributes.get("id").matches("post-\\d+")
                && n.property("innerHTML").contains(text));
    }

    /** The first option of a choice, the first match of each pair, a number for a text field; null for ordering lists. */
    private static JsonNode answerFor(NodeTree tree, NodeTree.Node input) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (input.tag) {
            case "vaadin-radio-group", "vaadin-select" -> firstOption(tree, input).map(json::stringNode).orElse(null);
            case "vaadin-checkbox-group" -> firstOption(tree, input).map(v -> (JsonNode) json.arrayNode().add(v)).orElse(null);
            case "vaadin-text-field" -> json.stringNode("42");
            default -> null;
        };
    }

    private static java.util.Optional<String> firstOption(NodeTree tree, NodeTree.Node input) {
        return tree.descendants(input).stream().map(n -> n.property("value")).filter(v -> !v.isEmpty()).findFirst();
    }

    private void think() throws InterruptedException {
        long min = thinkMin.toMillis();
        long max = Math.max(min, thinkMax.toMillis());
        Thread.sleep(min + ThreadLocalRandom.current().nextLong(max - min + 1));
    }
}

package org.collabacademy.xapi;

import com.google.gson.JsonObject;
import gov.adlnet.xapi.model.Account;
import gov.adlnet.xapi.model.Activity;
import gov.adlnet.xapi.model.ActivityDefinition;
import gov.adlnet.xapi.model.Agent;
import gov.adlnet.xapi.model.Context;
import gov.adlnet.xapi.model.ContextActivities;
import gov.adlnet.xapi.model.Result;
import gov.adlnet.xapi.model.Score;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.Verb;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collabacademy.base.Language;
import org.collabacademy.base.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds statements with ADL's xAPI model. Learners appear only as an account on the app's home page
 * (their account number, never their e-mail); activities have stable IRIs under the configured base.
 */
@Component
class StatementFactory {

    private final PublicUrl publicUrl;

    StatementFactory(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The base of every activity IRI: {@code <public URL>/xapi/activities}. */
    String activityBase() {
        return publicUrl.of("/xapi/activities");
    }

    /** What a statement is about, with its type and names per language. */
    record Target(String id, String type, Map<Language, String> names) {
    }

    String courseIri(String course) {
        return activityBase() + "/courses/" + course;
    }

    String moduleIri(String course, String module) {
        return courseIri(course) + "/modules/" + module;
    }

    String pageIri(String course, String module, String page) {
        return moduleIri(course, module) + "/pages/" + page;
    }

    /** An offer or search in the partner directory. */
    String directoryEntryIri(long entryId) {
        return activityBase() + "/directory/entries/" + entryId;
    }

    /** {@code quizAddress} is {@code course/module/quiz}. */
    String quizIri(String quizAddress) {
        String[] parts = quizAddress.split("/", 3);
        return moduleIri(parts[0], parts[1]) + "/quizzes/" + parts[2];
    }

    Statement statement(UUID id, long learnerId, String verb, Target target, @Nullable UUID registration,
                        List<Target> parents, List<Target> grouping, @Nullable Result result, Instant at) {
        Account account = new Account();
        account.setHomePage(publicUrl.url());
        account.setName(String.valueOf(learnerId));
        Agent actor = new Agent();
        actor.setAccount(account);

        HashMap<String, String> display = new HashMap<>();
        display.put("en-US", verb.substring(verb.lastIndexOf('/') + 1));
        Statement statement = new Statement(actor, new Verb(verb, display), activity(target));
        statement.setId(id.toString());
        statement.setTimestamp(DateTimeFormatter.ISO_INSTANT.format(at));
        Context context = new Context();
        if (registration != null) {
            context.setRegistration(registration.toString());
        }
        ContextActivities activities = new ContextActivities();
        if (!parents.isEmpty()) {
            activities.setParent(new ArrayList<>(parents.stream().map(StatementFactory::activity).toList()));
        }
        if (!grouping.isEmpty()) {
            activities.setGrouping(new ArrayList<>(grouping.stream().map(StatementFactory::activity).toList()));
        }
        context.setContextActivities(activities);
        context.setPlatform("CollabAcademy");
        statement.setContext(context);
        if (result != null) {
            statement.setResult(result);
        }
        return statement;
    }

    /** A scored result: scaled 0-1, raw and range 0-100, success, completion and ISO 8601 duration. */
    static Result scored(double percent, @Nullable Boolean success, Instant started, Instant ended) {
        Score score = new Score();
        score.setScaled((float) (Math.max(0, Math.min(100, percent)) / 100));
        score.setRaw((float) percent);
        score.setMin(0);
        score.setMax(100);
        Result result = new Result();
        result.setScore(score);
        result.setSuccess(success);
        result.setCompletion(true);
        result.setDuration(duration(started, ended));
        return result;
    }

    static Result completion() {
        Result result = new Result();
        result.setCompletion(true);
        return result;
    }

    static Result response(List<String> values) {
        Result result = new Result();
        result.setResponse(String.join("[,]", values));
        return result;
    }

    Result profile(@Nullable String profile, Map<String, Integer> scores, Instant started, Instant ended) {
        Result result = completion();
        result.setDuration(duration(started, ended));
        JsonObject extensions = new JsonObject();
        if (profile != null) {
            extensions.addProperty(activityBase() + XapiProfile.SME_TYPE_EXTENSION, profile);
        }
        JsonObject values = new JsonObject();
        scores.forEach(values::addProperty);
        extensions.add(activityBase() + XapiProfile.SCORES_EXTENSION, values);
        result.setExtensions(extensions);
        return result;
    }

    /** ISO 8601 duration with whole seconds ("PT12M3S"). */
    static String duration(Instant started, Instant ended) {
        Duration duration = Duration.between(started, ended);
        return (duration.isNegative() ? Duration.ZERO : duration).withNanos(0).toString();
    }

    private static Activity activity(Target target) {
        ActivityDefinition definition = new ActivityDefinition();
        definition.setType(target.type());
        if (!target.names().isEmpty()) {
            HashMap<String, String> names = new HashMap<>();
            target.names().forEach((language, name) -> names.put(language.tag(), name));
            definition.setName(names);
        }
        return new Activity(target.id(), definition);
    }
}

package org.collabacademy.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementRulesTest {

    private static final String VALID = """
            {"id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0","actor":{"objectType":"Agent","account":{"homePage":"https://a.example","name":"7"}},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en-US":"passed"}},
             "object":{"id":"https://a.example/xapi/activities/q","definition":{"name":{"en":"Q"},"type":"http://adlnet.gov/expapi/activities/assessment"}},
             "result":{"score":{"scaled":0.8,"raw":80,"min":0,"max":100},"success":true,"completion":true,"duration":"PT2M3S"},
             "context":{"registration":"ec531277-b57b-4c15-8d91-d292c5b2b8f7","contextActivities":{"parent":[{"id":"https://a.example/m"}]}},
             "timestamp":"2026-11-22T10:00:00Z"}
            """;

    @Test
    void a_well_formed_statement_has_no_problem() {
        assertThat(StatementRules.check(VALID)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"id\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"|\"id\":\"not-a-uuid\"|id: must be a UUID",
            "{\"objectType\":\"Agent\",\"account\"|{\"objectType\":\"Agent\",\"mbox\":\"mailto:x@example.org\",\"account\"|actor: must have exactly one inverse functional identifier",
            "\"homePage\":\"https://a.example\"|\"homePage\":\"no iri\"|actor.account.homePage: must be an absolute IRI",
            "\"scaled\":0.8|\"scaled\":1.8|result.score.scaled: must be between -1 and 1",
            "\"raw\":80|\"raw\":180|result.score.raw: must be between min and max",
            "\"duration\":\"PT2M3S\"|\"duration\":\"2 minutes\"|result.duration: must be an ISO 8601 duration",
            "\"timestamp\":\"2026-11-22T10:00:00Z\"|\"timestamp\":\"yesterday\"|timestamp: must be an ISO 8601 timestamp",
            "{\"en-US\":\"passed\"}|{\"not a tag!\":\"passed\"}|verb.display: 'not a tag!' is not an RFC 5646 language tag",
            "\"registration\":\"ec531277-b57b-4c15-8d91-d292c5b2b8f7\"|\"registration\":\"42\"|context.registration: must be a UUID",
            "\"success\":true|\"success\":\"yes\"|result.success: must be true or false",
            "\"timestamp\"|\"colour\":\"red\",\"timestamp\"|colour: is not an xAPI property here"
    })
    void each_broken_rule_names_the_property(String from, String to, String problem) {
        assertThat(StatementRules.check(VALID.replace(from, to))).anySatisfy(p -> assertThat(p).startsWith(problem));
    }

    @Test
    void garbage_is_refused_politely() {
        assertThat(StatementRules.check("{not json")).containsExactly("statement: not valid JSON");
        assertThat(StatementRules.check("[]")).containsExactly("statement: must be a JSON object");
    }
}

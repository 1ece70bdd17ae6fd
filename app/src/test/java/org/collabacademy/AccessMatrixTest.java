package org.collabacademy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Who may do what, written down: which role opens which route (src/test/resources/security/route-access.csv)
 * and which rule guards each application service method (service-access.csv). A new route or method
 * without a row, or a changed rule, fails here until the table says so too, so access changes are
 * always reviewed. Set {@code -Daccess.write=true} to rewrite the tables from the code (then review the diff).
 */
class AccessMatrixTest {

    private static final Path ROUTES = Path.of("src/test/resources/security/route-access.csv");
    private static final Path SERVICES = Path.of("src/test/resources/security/service-access.csv");

    /** The roles as accounts hold them: every account is a learner. */
    private static final List<String> ROLE_NAMES = List.of("anonymous", "learner", "moderator", "trainer", "admin");
    private static final List<Set<String>> ROLES = List.of(Set.of(), Set.of("LEARNER"), Set.of("LEARNER", "MODERATOR"),
            Set.of("LEARNER", "TRAINER"), Set.of("LEARNER", "ADMIN"));

    @Test
    void every_route_opens_for_exactly_the_roles_the_table_lists() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        TreeMap<String, String> actual = new TreeMap<>();
        for (Class<?> view : annotated(Route.class)) {
            String route = "/" + view.getAnnotation(Route.class).value();
            List<String> cells = new ArrayList<>();
            for (Set<String> roles : ROLES) {
                Principal principal = roles.isEmpty() ? null : () -> "someone";
                cells.add(checker.hasAccess(view, principal, roles::contains) ? "yes" : "no");
            }
            actual.put(route, String.join(",", cells));
        }
        compare(ROUTES, "route," + String.join(",", ROLE_NAMES), actual);
    }

    @Test
    void every_service_method_is_guarded_by_the_rule_the_table_lists() {
        TreeMap<String, String> actual = new TreeMap<>();
        for (Class<?> service : annotated(Service.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
                String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(";"));
                actual.put(service.getSimpleName() + "#" + method.getName() + "(" + parameters + ")",
                        rule == null ? "NONE" : "\"" + rule.value().replace("\"", "'") + "\"");
            }
        }
        compare(SERVICES, "method,rule", actual);
    }

    private static void compare(Path table, String header, TreeMap<String, String> actual) {
        List<String> lines = new ArrayList<>(List.of(header));
        actual.forEach((key, value) -> lines.add(key + "," + value));
        try {
            if (Boolean.getBoolean("access.write")) {
                Files.createDirectories(table.getParent());
                Files.write(table, lines, StandardCharsets.UTF_8);
            }
            List<String> expected = Files.exists(table) ? Files.readAllLines(table, StandardCharsets.UTF_8) : List.of();
            assertThat(lines).as("%s differs from the code: a new or changed route or method needs its row (review, then -Daccess.write=true)", table)
                    .containsExactlyElementsOf(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("org.collabacademy").stream()
                .<Class<?>>map(c -> ClassUtils.resolveClassName(c.getBeanClassName(), null))
                .filter(c -> c.getName().startsWith("org.collabacademy") && !c.getName().contains("Test"))
                .sorted(java.util.Comparator.comparing(Class::getName)).collect(Collectors.<Class<?>>toList());
    }
}

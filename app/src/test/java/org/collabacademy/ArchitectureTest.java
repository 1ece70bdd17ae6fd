package org.collabacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The architecture described in STYLE.md, as rules that fail the build when broken. */
class ArchitectureTest {

    private static final String ROOT = "org.collabacademy";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void feature_modules_respect_their_boundaries() {
        ApplicationModules.of(CollabAcademyApplication.class).verify();
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void views_call_only_their_own_features_services() {
        classes().that().resideInAPackage(ROOT + ".*.ui..")
                .should(new ArchCondition<>("call only the services of their own feature (and base)") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        String feature = featureOf(view);
                        view.getDirectDependenciesFromSelf().stream()
                                .map(d -> d.getTargetClass())
                                .filter(target -> target.getPackageName().startsWith(ROOT + "."))
                                .filter(target -> !featureOf(target).equals(feature) && !featureOf(target).equals("base"))
                                .filter(ArchitectureTest::isBean)
                                .forEach(target -> events.add(SimpleConditionEvent.violated(view,
                                        view.getName() + " (feature " + feature + ") calls " + target.getName())));
                    }
                })
                .check(CLASSES);
    }

    /** Services, components and repositories: what a view must not reach in another feature (records and types it may use). */
    private static boolean isBean(JavaClass type) {
        return type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(org.springframework.stereotype.Component.class)
                || type.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                || type.isAssignableTo(Repository.class);
    }

    @Test
    void views_and_repositories_are_not_public() {
        classes().that().areAnnotatedWith(Route.class).should().notBePublic().check(CLASSES);
        classes().that().areInterfaces().and().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void every_public_service_method_states_who_may_call_it() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().areDeclaredInClassesThat(DescribedPredicate.describe("not a framework callback",
                        (JavaClass c) -> !c.isAssignableTo(org.springframework.security.core.userdetails.UserDetailsService.class)))
                // only @PreAuthorize is enforced on services (JSR-250 method security is off, see SecurityConfiguration)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void no_view_is_open_without_an_access_annotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .check(CLASSES);
    }

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), ROOT.length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}

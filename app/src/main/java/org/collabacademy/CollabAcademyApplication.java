package org.collabacademy;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.Arrays;
import org.collabacademy.course.content.ValidateContentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The CollabAcademy application: one jar with the web UI, its services and its database migrations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "base")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/collabacademy.css")
@Meta(name = "theme-color", content = "#1f5f8b")
// server push: new forum replies appear for everyone who has the thread open
@Push
public class CollabAcademyApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateContentCommand.NAME)) {
            // a command for trainers' own content repositories: no web server, no database
            System.exit(ValidateContentCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(CollabAcademyApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("CollabAcademy");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}

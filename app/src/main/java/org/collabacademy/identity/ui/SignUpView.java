package org.collabacademy.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.identity.AccountService;
import org.collabacademy.identity.PasswordPolicy;
import org.collabacademy.identity.SignUp;

/** Creating an account. The service checks everything; its problems appear next to their fields. */
@Route("signup")
@AnonymousAllowed
class SignUpView extends Main implements HasDynamicTitle {

    private final TextField name = new TextField(getTranslation("signup.name"));
    private final EmailField email = new EmailField(getTranslation("signup.email"));
    private final PasswordField password = new PasswordField(getTranslation("signup.password"));
    private final TextField organization = new TextField(getTranslation("signup.organization"));
    private final Select<Language> language = new Select<>();
    private final Map<String, HasValidation> fields = Map.of(
            "displayName", name, "email", email, "password", password, "organization", organization, "language", language);

    SignUpView(AccountService accounts) {
        addClassNames("narrow-page", "sign-up");
        name.setId("sign-up-name");
        name.setMaxLength(SignUp.MAX_NAME);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setId("sign-up-email");
        email.setMaxLength(SignUp.MAX_EMAIL);
        password.setId("sign-up-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        organization.setId("sign-up-organization");
        organization.setMaxLength(SignUp.MAX_ORGANIZATION);
        organization.setHelperText(getTranslation("signup.organization.help"));
        organization.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.ORGANIZATION);
        language.setId("sign-up-language");
        language.setLabel(getTranslation("signup.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(UI.getCurrent().getLocale()).orElse(Language.ENGLISH));
        for (HasValidation field : fields.values()) {
            field.setManualValidation(true);
        }

        Button create = new Button(getTranslation("signup.submit"), e -> submit(accounts));
        create.setId("sign-up-submit");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        FormLayout form = new FormLayout(name, email, password, organization, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        RouterLink signIn = new RouterLink(getTranslation("signup.have-account"), SignInView.class);
        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.lead")), form, create, new Paragraph(signIn));
    }

    private void submit(AccountService accounts) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            accounts.signUp(new SignUp(name.getValue(), email.getValue(), password.getValue(), organization.getValue(), language.getValue()));
            UI.getCurrent().navigate(SignInView.class, QueryParameters.of("registered", ""));
        } catch (InvalidInput rejected) {
            for (InvalidInput.Problem problem : rejected.problems()) {
                HasValidation field = fields.getOrDefault(problem.field(), name);
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}

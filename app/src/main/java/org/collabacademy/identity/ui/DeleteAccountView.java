package org.collabacademy.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.identity.AccountDeletion;

/** "Delete my account": says what goes and what stays, suggests downloading the data first, asks for the password. */
@Route("account/delete")
@PermitAll
class DeleteAccountView extends Main implements HasDynamicTitle {

    private final PasswordField password = new PasswordField(getTranslation("account.delete.password"));

    DeleteAccountView(AccountDeletion deletion, AuthenticationContext authentication) {
        addClassNames("narrow-page", "delete-account");
        UnorderedList what = new UnorderedList();
        for (String key : new String[] {"account.delete.what.account", "account.delete.what.posts", "account.delete.what.records",
                "account.delete.what.certificates", "account.delete.what.directory"}) {
            what.add(new ListItem(getTranslation(key)));
        }
        what.setId("delete-consequences");
        Anchor myData = new Anchor("/account/my-data.json", getTranslation("account.delete.download-first"));
        myData.getElement().setAttribute("download", true);
        myData.getElement().setAttribute("router-ignore", true);
        password.setId("delete-password");
        password.setManualValidation(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        Button delete = new Button(getTranslation("account.delete.submit"), e -> confirm(deletion, authentication));
        delete.setId("delete-submit");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        add(new H1(getTranslation("account.delete.title")), new Paragraph(getTranslation("account.delete.lead")), what,
                new Paragraph(myData), password, new Paragraph(delete));
    }

    private void confirm(AccountDeletion deletion, AuthenticationContext authentication) {
        ConfirmDialog sure = new ConfirmDialog(getTranslation("account.delete.title"), getTranslation("account.delete.final"),
                getTranslation("account.delete.submit"), e -> delete(deletion, authentication));
        sure.setConfirmButtonTheme("error primary");
        sure.setCancelable(true);
        sure.setCancelText(getTranslation("action.cancel"));
        sure.setId("delete-confirm");
        sure.open();
    }

    private void delete(AccountDeletion deletion, AuthenticationContext authentication) {
        password.setInvalid(false);
        try {
            deletion.deleteMine(password.getValue());
            authentication.logout();
        } catch (InvalidInput refused) {
            password.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey()));
            password.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.delete.title");
    }
}

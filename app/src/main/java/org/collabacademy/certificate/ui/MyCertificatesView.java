package org.collabacademy.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.certificate.CertificateStatus;
import org.collabacademy.certificate.CertificateView;
import org.collabacademy.certificate.Certificates;

/** The learner's certificates, each downloadable again at any time. */
@Route("certificates")
@Menu(title = "nav.certificates", order = 7, icon = "vaadin:diploma")
@PermitAll
class MyCertificatesView extends Main implements HasDynamicTitle {

    MyCertificatesView(Certificates certificates) {
        addClassNames("wide-page", "my-certificates");
        add(new H1(getTranslation("certificates.title")));
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("certificates.none"));
            none.setId("certificates-none");
            add(none);
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (CertificateView certificate : mine) {
            Section card = new Section(new H2(certificate.courseTitle()));
            card.addClassName("module-card");
            card.setId("certificate-" + certificate.code());
            card.add(new Paragraph(getTranslation("certificates.completed-on", date.format(certificate.completedAt()))),
                    new Paragraph(getTranslation("certificates.code", certificate.code())));
            if (certificate.status() == CertificateStatus.VALID) {
                Anchor download = new Anchor("/certificates/" + certificate.code() + ".pdf", getTranslation("certificates.download"));
                download.getElement().setAttribute("router-ignore", true);
                download.getElement().setAttribute("download", true);
                download.setId("download-" + certificate.code());
                Anchor verify = new Anchor("/verify/" + certificate.code(), getTranslation("certificates.verify-link"));
                verify.getElement().setAttribute("router-link", true);
                card.add(new Paragraph(download), new Paragraph(verify));
            } else {
                card.add(new Paragraph(getTranslation("certificates.status." + certificate.status().name())));
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title");
    }
}

package org.collabacademy.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.collabacademy.base.Announcements;
import org.collabacademy.base.SignedIn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells learners, once, that a new certificate is ready (shown by the shell on the next page). */
@Component
class CertificateAnnouncements implements Announcements {

    private final CertificateRepository certificates;
    private final I18NProvider translations;

    CertificateAnnouncements(CertificateRepository certificates, I18NProvider translations) {
        this.certificates = certificates;
        this.translations = translations;
    }

    @Override
    @Transactional
    public List<String> takeForCurrentUser(Locale locale) {
        return SignedIn.current().map(me -> certificates.findByLearnerIdAndAnnouncedFalse(me.userId()).stream().map(certificate -> {
            certificate.announce();
            return translations.getTranslation("certificate.announcement", locale, certificate.courseTitle());
        }).toList()).orElse(List.of());
    }
}

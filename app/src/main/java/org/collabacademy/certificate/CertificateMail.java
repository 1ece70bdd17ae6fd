package org.collabacademy.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.collabacademy.base.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Announces a new certificate by e-mail when mail is configured (SPRING_MAIL_HOST). Runs after the
 * completion has committed, from the event publication registry, so a slow or failing mail server never
 * holds up the learner and a pending mail survives a restart.
 */
@Component
class CertificateMail {

    private static final Logger log = LoggerFactory.getLogger(CertificateMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final I18NProvider translations;
    private final PublicUrl publicUrl;
    private final String from;

    CertificateMail(ObjectProvider<JavaMailSender> mail, I18NProvider translations, PublicUrl publicUrl,
                    @Value("${collabacademy.mail.from}") String from) {
        this.mail = mail;
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(CertificateIssued issued) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || issued.learnerEmail().isEmpty()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(issued.language());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(issued.learnerEmail());
        message.setSubject(translations.getTranslation("certificate.mail.subject", locale, issued.courseTitle()));
        message.setText(translations.getTranslation("certificate.mail.text", locale, issued.learnerName(), issued.courseTitle(),
                publicUrl.of("/certificates"), publicUrl.of("/verify/" + issued.code())));
        sender.send(message);
        log.info("Announced certificate {} by e-mail", issued.code());
    }
}

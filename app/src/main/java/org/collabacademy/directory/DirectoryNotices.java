package org.collabacademy.directory;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.collabacademy.base.Announcements;
import org.collabacademy.base.SignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's news for one person, kept in the step's own transaction and shown once by the shell on the
 * next page they open (an interest received, accepted or declined, a new message, a new match of a saved search).
 */
@Component
class DirectoryNotices implements Announcements {

    private final DirectoryNoticeRepository notices;
    private final I18NProvider translations;
    private final Clock clock;

    DirectoryNotices(DirectoryNoticeRepository notices, I18NProvider translations, Clock clock) {
        this.notices = notices;
        this.translations = translations;
        this.clock = clock;
    }

    @EventListener
    void on(DirectoryEvents.Notice notice) {
        notices.save(new DirectoryNotice(notice.userId(), notice.message(), notice.argument(), notice.link(), clock.instant()));
    }

    @Override
    @Transactional
    public List<String> takeForCurrentUser(Locale locale) {
        return SignedIn.current().map(me -> notices.findByUserIdAndShownFalseOrderByCreatedAt(me.userId()).stream().map(notice -> {
            notice.show();
            String argument = notice.argument().isEmpty() ? translations.getTranslation("directory.a-firm", locale) : notice.argument();
            return translations.getTranslation(notice.message(), locale, argument);
        }).toList()).orElse(List.of());
    }
}

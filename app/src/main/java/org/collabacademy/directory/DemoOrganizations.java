package org.collabacademy.directory;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode: a few hundred generated firms in the directory, so that search and suggestions have something to find. */
@Component
@Profile("demo")
@Order(7)
class DemoOrganizations implements ApplicationRunner {

    static final int FIRMS = 300;

    private final OrganizationRepository organizations;
    private final PartnerEntryRepository entries;
    private final Clock clock;

    DemoOrganizations(OrganizationRepository organizations, PartnerEntryRepository entries, Clock clock) {
        this.organizations = organizations;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organizations.count() > 0) {
            return;
        }
        for (OrganizationGenerator.Firm firm : OrganizationGenerator.firms(FIRMS, 2026)) {
            Organization org = organizations.save(new Organization(firm.profile(), clock.instant()));
            org.verify(firm.verified());
            StringBuilder text = new StringBuilder();
            for (OrganizationGenerator.GeneratedEntry entry : firm.entries()) {
                entries.save(new PartnerEntry(org.id(), entry.kind(), entry.area(), entry.structure(), entry.text(), clock.instant()));
                text.append(entry.text()).append(' ');
            }
            org.index(text.toString());
        }
    }
}

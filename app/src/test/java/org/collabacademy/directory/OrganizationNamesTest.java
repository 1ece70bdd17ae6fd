package org.collabacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    private static boolean same(String a, String b) {
        return OrganizationNames.sameFirm(OrganizationNames.normalize(a), OrganizationNames.normalize(b));
    }

    @Test
    void spelling_variants_legal_forms_and_typos_are_one_firm() {
        assertThat(same("Müller Metallbau GmbH", "Mueller-Metallbau")).isTrue();
        assertThat(same("OOO Uralmash Service", "Uralmash-Service")).isTrue();
        assertThat(same("Haustechnik Pichler GmbH", "Haustechnik Pichlr")).isTrue();
        assertThat(same("Talleres García S.L.", "talleres garcia")).isTrue();
    }

    @Test
    void different_trades_and_numbers_are_different_firms() {
        assertThat(same("Müller Metallbau", "Müller Holzbau")).isFalse();
        assertThat(same("Plant 1 Ekaterinburg", "Plant 2 Ekaterinburg")).isFalse();
        assertThat(same("Neva Marine", "Neva Machines")).isFalse();
    }
}

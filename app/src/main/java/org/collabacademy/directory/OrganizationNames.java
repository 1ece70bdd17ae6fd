package org.collabacademy.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Organization names compared as people mean them: without legal forms, accents, punctuation and case, so
 * that "Müller Metallbau GmbH" and "Mueller-Metallbau" are recognised as the same firm.
 */
final class OrganizationNames {

    /** Names at most this far apart (edits per character) in one country are taken for one firm. */
    static final double SAME_FIRM = 0.1;

    private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "mbh", "ag", "kg", "ohg", "ug", "eg", "ev", "ltd", "limited", "llc", "inc",
            "plc", "llp", "sa", "sl", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "oao", "zao", "ooo", "pao", "ao", "ip",
            "ооо", "оао", "зао", "пао", "ао", "ип", "co", "company", "corp", "corporation", "kft", "sro", "doo", "lda");
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private OrganizationNames() {
    }

    static String normalize(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace(".", ""), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder normalized = new StringBuilder();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                normalized.append(word);
            }
        }
        String result = normalized.toString();
        return result.length() > 160 ? result.substring(0, 160) : result;
    }

    /** The same name but for a typo or a spelling variant; names with different numbers ("Plant 1", "Plant 2") are different firms. */
    static boolean sameFirm(String normalizedA, String normalizedB) {
        if (normalizedA.equals(normalizedB)) {
            return true;
        }
        if (!normalizedA.replaceAll("\\D", "").equals(normalizedB.replaceAll("\\D", ""))) {
            return false;
        }
        int longest = Math.max(normalizedA.length(), normalizedB.length());
        return longest > 0 && DISTANCE.apply(normalizedA, normalizedB) <= Math.floor(longest * SAME_FIRM);
    }
}

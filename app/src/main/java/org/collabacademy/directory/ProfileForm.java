package org.collabacademy.directory;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a member enters for their organization's profile (checked by {@link Organizations} before anything is saved). */
public record ProfileForm(String name, String country, String region, String cluster, String nace, SizeBand sizeBand,
                          @Nullable Integer founded, String website, Visibility visibility, Map<String, String> descriptions,
                          Set<String> competences, String contactName, String contactEmail, String contactPhone) {
}

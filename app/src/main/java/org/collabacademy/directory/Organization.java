package org.collabacademy.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A firm's profile in the directory. Contact details are kept apart and disclosed only by {@link Disclosure}. */
@Entity
@Table(name = "organization")
class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private String normalizedName;
    private String country;
    private String region;
    private String cluster;
    private String nace;

    @Enumerated(EnumType.STRING)
    private SizeBand sizeBand;

    private @Nullable Integer founded;
    private String website;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private boolean verified;
    private boolean suspended;
    private boolean showProfile;
    private @Nullable String smeType;
    private @Nullable Integer readiness;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String searchText;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_description", joinColumns = @JoinColumn(name = "organization_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "text")
    private Map<String, String> descriptions = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_competence", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "competence")
    private Set<String> competences = new LinkedHashSet<>();

    protected Organization() {
        this.name = "";
        this.normalizedName = "";
        this.country = "";
        this.region = "";
        this.cluster = "";
        this.nace = "";
        this.sizeBand = SizeBand.SMALL;
        this.website = "";
        this.visibility = Visibility.PUBLIC;
        this.contactName = "";
        this.contactEmail = "";
        this.contactPhone = "";
        this.searchText = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Organization(ProfileForm form, Instant now) {
        this();
        this.createdAt = now;
        apply(form, now);
    }

    /** Takes over an already checked form. */
    void apply(ProfileForm form, Instant now) {
        this.name = form.name();
        this.normalizedName = OrganizationNames.normalize(form.name());
        this.country = form.country();
        this.region = form.region();
        this.cluster = form.cluster();
        this.nace = form.nace();
        this.sizeBand = form.sizeBand();
        this.founded = form.founded();
        this.website = form.website();
        this.visibility = form.visibility();
        this.contactName = form.contactName();
        this.contactEmail = form.contactEmail();
        this.contactPhone = form.contactPhone();
        this.descriptions.clear();
        this.descriptions.putAll(form.descriptions());
        this.competences.clear();
        this.competences.addAll(form.competences());
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("organization not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String country() {
        return country;
    }

    String region() {
        return region;
    }

    String cluster() {
        return cluster;
    }

    String nace() {
        return nace;
    }

    SizeBand sizeBand() {
        return sizeBand;
    }

    @Nullable Integer founded() {
        return founded;
    }

    String website() {
        return website;
    }

    Visibility visibility() {
        return visibility;
    }

    boolean verified() {
        return verified;
    }

    boolean suspended() {
        return suspended;
    }

    boolean showProfile() {
        return showProfile;
    }

    @Nullable String smeType() {
        return smeType;
    }

    @Nullable Integer readiness() {
        return readiness;
    }

    Map<String, String> descriptions() {
        return descriptions;
    }

    Set<String> competences() {
        return competences;
    }

    Contact contact() {
        return new Contact(contactName, contactEmail, contactPhone, website);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void verify(boolean verified) {
        this.verified = verified;
    }

    void suspend(boolean suspended) {
        this.suspended = suspended;
    }

    /** The SME type and readiness from the collaboration profile, shown only when the owner opts in. */
    void shareProfile(boolean show, @Nullable String smeType, @Nullable Integer readiness) {
        this.showProfile = show;
        this.smeType = show ? smeType : null;
        this.readiness = show ? readiness : null;
    }

    /** What search matches: never the contacts, and not the name of an anonymous profile. */
    void index(String entriesText) {
        this.searchText = searchText(name, visibility, region, cluster, descriptions.values(), competences, entriesText);
    }

    static String searchText(String name, Visibility visibility, String region, String cluster, java.util.Collection<String> descriptions,
                             java.util.Collection<String> competences, String entriesText) {
        StringBuilder text = new StringBuilder();
        if (visibility != Visibility.ANONYMOUS) {
            text.append(name).append(' ');
        }
        text.append(region).append(' ').append(cluster).append(' ');
        descriptions.forEach(d -> text.append(d).append(' '));
        competences.forEach(c -> text.append(c).append(' '));
        text.append(entriesText);
        String all = text.toString().strip();
        return all.length() > 20_000 ? all.substring(0, 20_000) : all;
    }
}

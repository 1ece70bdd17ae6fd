package org.collabacademy.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic demo organizations: small and medium-sized firms in the regions and clusters of the course's
 * examples (Moscow, St. Petersburg, Ekaterinburg, Styria, Bavaria, Catalonia, northern Portugal, Finland), with
 * sectors, competences, and offers and seeks in every collaboration area. The same seed gives the same firms.
 */
public final class OrganizationGenerator {

    /** A generated firm: its profile and its offers and seeks. */
    public record Firm(ProfileForm profile, List<GeneratedEntry> entries, boolean verified) {
    }

    public record GeneratedEntry(EntryKind kind, Area area, Structure structure, String text) {
    }

    private record Place(String country, String region, String cluster, String[] first, String[] second, String[] forms) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("RU", "Moscow", "Moscow industrial cluster", new String[] {"Stolitsa", "Mosprom", "Tekhno", "Avtomatika", "Promsnab", "Energo"},
                    new String[] {"Service", "Engineering", "Systems", "Trade", "Tools", "Logistics"}, new String[] {"OOO", "AO"}),
            new Place("RU", "Saint Petersburg", "St. Petersburg industrial cluster", new String[] {"Neva", "Baltika", "Petro", "Ladoga", "Admiral", "Severo"},
                    new String[] {"Marine", "Machines", "Electro", "Composites", "Design", "Metal"}, new String[] {"OOO", "AO"}),
            new Place("RU", "Sverdlovsk Oblast", "Ekaterinburg industrial cluster", new String[] {"Ural", "Iset", "Malakhit", "Sinara", "Kamen", "Uralmet"},
                    new String[] {"Forge", "Instruments", "Metalworks", "Castings", "Repair", "Profile"}, new String[] {"OOO", "AO"}),
            new Place("AT", "Styria", "Styrian automotive cluster", new String[] {"Pichler", "Gruber", "Steiner", "Hofer", "Leitner", "Pölzl"},
                    new String[] {"Haustechnik", "Metallbau", "Kunststofftechnik", "Elektronik", "Werkzeugbau", "Logistik"}, new String[] {"GmbH", "KG"}),
            new Place("DE", "Bavaria", "Bavarian mechatronics network", new String[] {"Huber", "Wagner", "Bauer", "Maier", "Schmid", "Brandl"},
                    new String[] {"Präzisionstechnik", "Holzbau", "Antriebstechnik", "Sensorik", "Maschinenbau", "Druck"}, new String[] {"GmbH", "GmbH & Co. KG"}),
            new Place("ES", "Catalonia", "Catalan packaging cluster", new String[] {"Puig", "Ferrer", "Vidal", "Soler", "Roca", "Serra"},
                    new String[] {"Envases", "Talleres", "Logística", "Diseño", "Plásticos", "Automatismos"}, new String[] {"S.L.", "S.A."}),
            new Place("PT", "Norte", "Portuguese textile cluster", new String[] {"Ferreira", "Costa", "Oliveira", "Martins", "Sousa", "Pereira"},
                    new String[] {"Têxteis", "Malhas", "Confeções", "Acabamentos", "Design", "Calçado"}, new String[] {"Lda", "S.A."}),
            new Place("FI", "Pirkanmaa", "Tampere manufacturing network", new String[] {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen"},
                    new String[] {"Konepaja", "Automaatio", "Puutuote", "Teräs", "Ohjelmisto", "Kuljetus"}, new String[] {"Oy", "Ab"}));

    private static final String[] NACE = {"10", "16", "22", "25", "27", "28", "29", "33", "43", "46", "49", "62", "71", "74", "85"};

    private static final Map<Area, String[]> TEXTS = Map.of(
            Area.TRAINING, new String[] {"joint training for welders and machine operators", "shared trainer for safety and quality courses",
                    "apprentice exchange between workshops", "online lessons on new software for our staff"},
            Area.PRODUCT_DEVELOPMENT, new String[] {"co-development of a lightweight housing in composites", "design partner for a new product line",
                    "prototype testing with our laboratory equipment", "sensor integration for connected products"},
            Area.CUSTOMER_SERVICE, new String[] {"joint after-sales service and spare parts", "installation and maintenance on customer sites abroad",
                    "shared hotline and service technicians", "turnkey offers together with installers"},
            Area.MARKET_DEVELOPMENT, new String[] {"shared stand at trade fairs", "joint export agent for Scandinavia", "common catalogue and web shop",
                    "entering the German market together"},
            Area.PURCHASING, new String[] {"joint purchasing of steel and aluminium", "pooled energy contracts", "shared purchasing of packaging material",
                    "common tools and machine purchase"},
            Area.LOGISTICS, new String[] {"shared truck tours to the capital", "joint warehouse near the port", "combined shipments to customers abroad",
                    "pooling transport for small batches"},
            Area.RESEARCH, new String[] {"applied research with the university", "testing new materials in our lab", "joint funding application for R&D",
                    "energy efficiency study together"},
            Area.OTHER, new String[] {"sharing a quality manager", "joint bid for a large public contract", "common IT and accounting services",
                    "mentoring for young firms"});

    private static final String[] COMPETENCES = {"welding", "cnc machining", "laser cutting", "composites", "injection moulding", "pcb assembly",
            "industrial design", "software", "automation", "quality management", "logistics", "export", "training", "textiles", "woodworking",
            "packaging", "maintenance", "energy efficiency", "testing laboratory", "3d printing"};

    private OrganizationGenerator() {
    }

    /** {@code count} firms from {@code seed}; names stay unique within a country by a running number where needed. */
    public static List<Firm> firms(int count, long seed) {
        Random random = new Random(seed);
        List<Firm> firms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            firms.add(firm(random, i));
        }
        return firms;
    }

    static Firm firm(Random random, int index) {
        Place place = PLACES.get(random.nextInt(PLACES.size()));
        String base = pick(random, place.first()) + " " + pick(random, place.second());
        String form = pick(random, place.forms());
        String name = (form.equals("OOO") || form.equals("AO") ? form + " " + base : base + " " + form) + (index >= 36 ? " " + (index + 1) : "");
        int roll = random.nextInt(10);
        Visibility visibility = roll < 8 ? Visibility.PUBLIC : roll == 8 ? Visibility.CLUSTER : Visibility.ANONYMOUS;
        Set<String> competences = new LinkedHashSet<>();
        for (int c = 0; c < 2 + random.nextInt(3); c++) {
            competences.add(pick(random, COMPETENCES));
        }
        SizeBand size = SizeBand.values()[Math.min(2, random.nextInt(4))];
        String slug = base.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        String domain = (slug.isEmpty() ? "firm" : slug) + (index + 1) + ".example";
        ProfileForm profile = new ProfileForm(name, place.country(), place.region(), place.cluster(), pick(random, NACE), size,
                1960 + random.nextInt(64), "https://www." + domain, visibility,
                Map.of("en", "A " + size.name().toLowerCase() + " firm in " + place.region() + " working in " + String.join(", ", competences) + "."),
                competences, "Contact person " + (index + 1), "contact@" + domain, "+" + (10 + random.nextInt(89)) + " " + (1000000 + random.nextInt(8999999)));
        List<GeneratedEntry> entries = new ArrayList<>();
        for (int e = 0; e < 1 + random.nextInt(3); e++) {
            Area area = Area.values()[random.nextInt(Area.values().length)];
            entries.add(new GeneratedEntry(random.nextBoolean() ? EntryKind.OFFER : EntryKind.SEEK, area,
                    Structure.values()[random.nextInt(Structure.values().length)], pick(random, TEXTS.get(area))));
        }
        return new Firm(profile, entries, random.nextInt(10) < 3);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

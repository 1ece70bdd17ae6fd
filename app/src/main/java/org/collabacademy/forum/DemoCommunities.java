package org.collabacademy.forum;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: communities of practice like those of the RUSMECO project (industrial clusters of Moscow,
 * St. Petersburg and Ekaterinburg, and two topics), each with a welcome thread, and a first wiki post in the
 * library. Created once; administrators create real ones in the app.
 */
@Component
@Profile("demo")
@Order(6)
class DemoCommunities implements ApplicationRunner {

    private record Seed(String title, PlaceCategory category, PlaceAccess access, String description) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("Moscow industrial cluster", PlaceCategory.CLUSTER, PlaceAccess.OPEN,
                    "Machine builders, suppliers and service firms of the Moscow region comparing notes on joint bids and shared training."),
            new Seed("St. Petersburg industrial cluster", PlaceCategory.CLUSTER, PlaceAccess.OPEN,
                    "Shipbuilding and engineering firms around St. Petersburg working on supplier partnerships."),
            new Seed("Ekaterinburg industrial cluster", PlaceCategory.CLUSTER, PlaceAccess.MEMBERS_ONLY,
                    "Metalworking and equipment firms of the Urals; members only, ask to join."),
            new Seed("Innovation management", PlaceCategory.TOPIC, PlaceAccess.OPEN,
                    "Developing new products and services together: methods, agreements and lessons learned."),
            new Seed("Value chains", PlaceCategory.TOPIC, PlaceAccess.OPEN,
                    "Joint purchasing, logistics and supplier-customer partnerships along the value chain."));

    private final PlaceRepository places;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final Clock clock;

    DemoCommunities(PlaceRepository places, ThreadRepository threads, PostRepository posts, Clock clock) {
        this.places = places;
        this.threads = threads;
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (places.findAll().stream().anyMatch(p -> p.kind() == PlaceKind.COMMUNITY)) {
            return;
        }
        for (Seed seed : SEEDS) {
            String key = seed.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
            Place place = places.save(new Place(key, PlaceKind.COMMUNITY, seed.category(), seed.title(), seed.description(), null,
                    seed.access(), clock.instant()));
            ForumThread welcome = thread(place, "Welcome: introduce your firm",
                    "Tell the others who you are: your firm, what it does well, and what you would like to do together with other firms.");
            welcome.pin(true);
        }
        Place innovation = places.findByPlaceKey("innovation-management").orElseThrow();
        ForumThread lessons = thread(innovation, "Lessons learned: developing a product with a partner",
                """
                What we learned from joint product development (edit this wiki post and add yours):

                1. Write on **one page** who brings what, who owns the results and how income is shared.
                2. Name one coordinator and keep a simple timetable.
                3. Share information in small, safe steps; use an NDA where needed.
                """);
        lessons.makeWiki();
    }

    private ForumThread thread(Place place, String title, String text) {
        ForumThread thread = threads.save(new ForumThread(place.id(), title, null, false, null, clock.instant()));
        posts.save(new Post(thread.id(), thread.nextNumber(clock.instant()), null, PostText.render(text, "text"), clock.instant()));
        return thread;
    }
}

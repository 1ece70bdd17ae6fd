package org.collabacademy.authoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.collabacademy.authoring.AuthoringViews.AuthoredCourse;
import org.collabacademy.authoring.AuthoringViews.CourseSettings;
import org.collabacademy.authoring.AuthoringViews.DiffLine;
import org.collabacademy.authoring.AuthoringViews.DraftText;
import org.collabacademy.authoring.AuthoringViews.FileChange;
import org.collabacademy.authoring.AuthoringViews.ImportPreview;
import org.collabacademy.authoring.AuthoringViews.ModuleOutline;
import org.collabacademy.authoring.AuthoringViews.ModuleSettings;
import org.collabacademy.authoring.AuthoringViews.Outline;
import org.collabacademy.authoring.AuthoringViews.PageOutline;
import org.collabacademy.authoring.AuthoringViews.Preview;
import org.collabacademy.authoring.AuthoringViews.QuizFile;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.ContentVersion;
import org.collabacademy.course.CoursePublishing;
import org.collabacademy.course.CoursePublishing.PublishedCourse;
import org.collabacademy.course.Publication;
import org.collabacademy.course.content.ContentArchive;
import org.collabacademy.course.content.ContentLinks;
import org.collabacademy.course.content.ContentProblem;
import org.collabacademy.course.content.CourseFolder;
import org.collabacademy.course.content.CourseReading;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's work on a course in the app. The draft is a course folder kept in the database: forms
 * change its manifests, editors its pages and quizzes, and publishing hands the folder to the course
 * feature, which checks it exactly as the importer checks files. Learners see nothing of a draft.
 */
@Service
public class Authoring {

    static final int TEXT_BYTES = 512 * 1024;
    static final int IMAGE_BYTES = 5 * 1024 * 1024;
    private static final Set<String> EDITABLE = Set.of(".md", ".yaml", ".gift");

    private final DraftRepository drafts;
    private final CourseAuthors authors;
    private final CoursePublishing publishing;
    private final EditingPresence presence;
    private final Clock clock;
    private final Cache<String, PendingImport> pendingImports = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(30)).maximumSize(50).build();

    private record PendingImport(long userId, String courseKey, ContentArchive.Unpacked unpacked) {
    }

    Authoring(DraftRepository drafts, CourseAuthors authors, CoursePublishing publishing, EditingPresence presence, Clock clock) {
        this.drafts = drafts;
        this.authors = authors;
        this.publishing = publishing;
        this.presence = presence;
        this.clock = clock;
    }

    // ---- the courses I author -------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuthoredCourse> myCourses(Language language) {
        List<PublishedCourse> published = publishing.courses();
        List<Draft> all = drafts.findAll();
        List<AuthoredCourse> mine = new ArrayList<>();
        for (String key : authors.editable(published, all.stream().map(Draft::courseKey).toList())) {
            Optional<PublishedCourse> online = published.stream().filter(c -> c.key().equals(key)).findFirst();
            Optional<Draft> draft = all.stream().filter(d -> d.courseKey().equals(key)).findFirst();
            Map<String, byte[]> files = draft.map(Draft::contents).orElse(Map.of());
            String title = draft.map(d -> titleOf(files, language))
                    .orElseGet(() -> online.map(c -> c.titlesByLanguageTag().getOrDefault(language.tag(), c.titlesByLanguageTag().values().stream()
                            .findFirst().orElse(key))).orElse(key));
            boolean changed = draft.isPresent() && !online.map(c -> c.fingerprint().equals(CourseFolder.fingerprint(files))).orElse(false);
            mine.add(new AuthoredCourse(key, title.isBlank() ? key : title, online.map(PublishedCourse::version).orElse(0), changed,
                    online.map(PublishedCourse::filesWaiting).orElse(false), authors.isOwner(key)));
        }
        return mine;
    }

    /** Starts a new course with one module and one page; the signed-in trainer owns it. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String create(String courseId, String title, Language language, String moduleTitle, String pageTitle) {
        String id = courseId.strip();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (!id.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            problems.add(new InvalidInput.Problem("id", "authoring.id-format"));
        } else if (drafts.findByCourseKey(id).isPresent() || publishing.course(id).isPresent()) {
            problems.add(new InvalidInput.Problem("id", "authoring.id-taken", id));
        }
        if (title.isBlank()) {
            problems.add(new InvalidInput.Problem("title", "authoring.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Manifest course = Manifest.empty();
        course.set("id", id);
        course.setTexts("title", Map.of(language, title));
        course.setTexts("summary", Map.of(language, title));
        course.set("default-language", language.tag());
        course.set("languages", new ArrayList<>(List.of(language.tag())));
        course.set("modules", new ArrayList<>());
        Draft draft = new Draft(id, id, 0, clock.instant(), me().displayName());
        draft.write("course.yaml", course.bytes(), clock.instant(), me().displayName());
        drafts.save(draft);
        authors.makeOwner(id);
        addModule(draft, "first-module", moduleTitle, language);
        addPage(draft, "01-first-module", "introduction", pageTitle);
        return id;
    }

    // ---- the draft's outline and its manifests ----------------------------------------------------

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public Outline outline(String courseKey, Language language) {
        Draft draft = draft(courseKey);
        Map<String, byte[]> files = draft.contents();
        Manifest course = manifest(files, draft.folder(), "course.yaml");
        Language defaultLanguage = defaultLanguage(course);
        List<Language> languages = languages(course, defaultLanguage);
        List<ModuleOutline> modules = new ArrayList<>();
        for (String folder : course.strings("modules")) {
            if (!files.containsKey(folder + "/module.yaml")) {
                continue;
            }
            Manifest module = manifest(files, draft.folder(), folder + "/module.yaml");
            List<PageOutline> pages = new ArrayList<>();
            for (Object entry : module.list("pages")) {
                String id = entry instanceof Map<?, ?> map ? String.valueOf(map.get("page")) : String.valueOf(entry);
                boolean required = !(entry instanceof Map<?, ?> map && Boolean.FALSE.equals(map.get("required")));
                String path = folder + "/" + id + ".md";
                Set<Language> present = EnumSet.noneOf(Language.class);
                for (Language each : languages) {
                    PageOutline probe = new PageOutline(id, path, "", required, Set.of());
                    if (files.containsKey(probe.pathIn(each, defaultLanguage))) {
                        present.add(each);
                    }
                }
                String title = Optional.ofNullable(files.get(path)).map(PageTitles::of).orElse(id);
                pages.add(new PageOutline(id, path, title, required, present));
            }
            List<QuizFile> quizzes = new ArrayList<>();
            if (module.get("quiz") != null) {
                quizzes.add(new QuizFile(folder + "/" + module.text("quiz"), true));
            }
            module.strings("self-assessments").forEach(file -> quizzes.add(new QuizFile(folder + "/" + file, false)));
            modules.add(new ModuleOutline(folder, module.text("id"), pick(module.texts("title", defaultLanguage), language, defaultLanguage),
                    moduleSettings(module, defaultLanguage), pages, quizzes));
        }
        Optional<PublishedCourse> online = online(courseKey);
        boolean changed = !online.map(c -> c.fingerprint().equals(CourseFolder.fingerprint(files))).orElse(false);
        return new Outline(courseKey, draft.folder(), defaultLanguage, languages, draft.basedOn(), changed,
                online.map(PublishedCourse::filesWaiting).orElse(false), draft.updatedBy(), draft.updatedAt(),
                courseSettings(course, defaultLanguage, languages), modules, check(draft.folder(), files).problems());
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void saveCourseSettings(String courseKey, CourseSettings settings) {
        Draft draft = draft(courseKey);
        Manifest course = manifest(draft.contents(), draft.folder(), "course.yaml");
        Language defaultLanguage = defaultLanguage(course);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (settings.titles().getOrDefault(defaultLanguage, "").isBlank()) {
            problems.add(new InvalidInput.Problem("title", "authoring.required"));
        }
        if (settings.summaries().getOrDefault(defaultLanguage, "").isBlank()) {
            problems.add(new InvalidInput.Problem("summary", "authoring.required"));
        }
        if (!settings.color().isBlank() && !settings.color().matches("#[0-9a-fA-F]{6}")) {
            problems.add(new InvalidInput.Problem("color", "authoring.color-format"));
        }
        List<String> trainers = words(settings.trainers());
        trainers.stream().filter(t -> !t.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).findFirst()
                .ifPresent(bad -> problems.add(new InvalidInput.Problem("trainers", "authoring.email-format", bad)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        course.setTexts("title", settings.titles());
        course.setTexts("summary", settings.summaries());
        List<Object> languages = new ArrayList<>(List.of(defaultLanguage.tag()));
        settings.languages().stream().filter(l -> l != defaultLanguage).forEach(l -> languages.add(l.tag()));
        course.set("languages", languages);
        setOrRemove(course, "topics", words(settings.topics()));
        setOrRemove(course, "trainers", trainers);
        Map<String, Object> certificate = course.get("certificate") instanceof Map<?, ?> existing
                ? new LinkedHashMap<>(stringKeys(existing)) : new LinkedHashMap<>();
        Manifest layout = Manifest.empty();
        layout.setTexts("issuer", settings.issuer());
        layout.setTexts("signer-title", settings.signerTitle());
        certificate.remove("issuer");
        certificate.remove("signer-title");
        Optional.ofNullable(layout.get("issuer")).ifPresent(v -> certificate.put("issuer", v));
        Optional.ofNullable(layout.get("signer-title")).ifPresent(v -> certificate.put("signer-title", v));
        putOrRemove(certificate, "signer", settings.signer().strip());
        putOrRemove(certificate, "color", settings.color().strip());
        if (certificate.isEmpty()) {
            course.remove("certificate");
        } else {
            course.set("certificate", certificate);
        }
        write(draft, "course.yaml", course.bytes());
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void saveModuleSettings(String courseKey, String moduleFolder, ModuleSettings settings) {
        Draft draft = draft(courseKey);
        Language defaultLanguage = defaultLanguage(manifest(draft.contents(), draft.folder(), "course.yaml"));
        Manifest module = manifest(draft.contents(), draft.folder(), moduleFolder + "/module.yaml");
        if (settings.titles().getOrDefault(defaultLanguage, "").isBlank()) {
            throw new InvalidInput("title", "authoring.required");
        }
        if (settings.estimatedMinutes() < 1 || settings.estimatedMinutes() > 600) {
            throw new InvalidInput("minutes", "authoring.minutes-range");
        }
        module.setTexts("title", settings.titles());
        module.setTexts("summary", settings.summaries());
        Map<String, Object> objectives = new LinkedHashMap<>();
        settings.objectives().forEach((language, text) -> {
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                objectives.put(language.tag(), new ArrayList<>(lines));
            }
        });
        if (objectives.isEmpty()) {
            module.remove("objectives");
        } else {
            module.set("objectives", objectives);
        }
        module.set("estimated-minutes", settings.estimatedMinutes());
        write(draft, moduleFolder + "/module.yaml", module.bytes());
    }

    // ---- structure: modules and pages ------------------------------------------------------------

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String addModule(String courseKey, String moduleId, String title) {
        Draft draft = draft(courseKey);
        Language defaultLanguage = defaultLanguage(manifest(draft.contents(), draft.folder(), "course.yaml"));
        return addModule(draft, moduleId.strip(), title, defaultLanguage);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void moveModule(String courseKey, String moduleFolder, int by) {
        Draft draft = draft(courseKey);
        Manifest course = manifest(draft.contents(), draft.folder(), "course.yaml");
        move(course.list("modules"), moduleFolder, by);
        write(draft, "course.yaml", course.bytes());
    }

    /** Removes a module and every file in its folder (pages, translations, quizzes, images). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void removeModule(String courseKey, String moduleFolder) {
        Draft draft = draft(courseKey);
        Manifest course = manifest(draft.contents(), draft.folder(), "course.yaml");
        course.list("modules").removeIf(m -> String.valueOf(m).equals(moduleFolder));
        write(draft, "course.yaml", course.bytes());
        draft.contents().keySet().stream().filter(p -> p.startsWith(moduleFolder + "/")).toList()
                .forEach(p -> draft.delete(p, clock.instant(), me().displayName()));
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String addPage(String courseKey, String moduleFolder, String pageId, String title) {
        return addPage(draft(courseKey), moduleFolder, pageId.strip(), title);
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void movePage(String courseKey, String moduleFolder, String pageId, int by) {
        Draft draft = draft(courseKey);
        Manifest module = manifest(draft.contents(), draft.folder(), moduleFolder + "/module.yaml");
        List<Object> pages = module.list("pages");
        int index = pageIndex(pages, pageId);
        int target = Math.max(0, Math.min(pages.size() - 1, index + by));
        if (index >= 0 && target != index) {
            pages.add(target, pages.remove(index));
            write(draft, moduleFolder + "/module.yaml", module.bytes());
        }
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void setRequired(String courseKey, String moduleFolder, String pageId, boolean required) {
        Draft draft = draft(courseKey);
        Manifest module = manifest(draft.contents(), draft.folder(), moduleFolder + "/module.yaml");
        List<Object> pages = module.list("pages");
        int index = pageIndex(pages, pageId);
        if (index >= 0) {
            pages.set(index, required ? pageId : new LinkedHashMap<>(Map.of("page", pageId, "required", false)));
            write(draft, moduleFolder + "/module.yaml", module.bytes());
        }
    }

    /** Removes a page and its translations. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void removePage(String courseKey, String moduleFolder, String pageId) {
        Draft draft = draft(courseKey);
        Manifest module = manifest(draft.contents(), draft.folder(), moduleFolder + "/module.yaml");
        List<Object> pages = module.list("pages");
        int index = pageIndex(pages, pageId);
        if (index >= 0) {
            pages.remove(index);
            write(draft, moduleFolder + "/module.yaml", module.bytes());
        }
        String prefix = moduleFolder + "/" + pageId + ".";
        draft.contents().keySet().stream().filter(p -> p.startsWith(prefix) && p.endsWith(".md")
                        && p.substring(prefix.length()).matches("([a-z]{2}\\.)?md"))
                .toList().forEach(p -> draft.delete(p, clock.instant(), me().displayName()));
    }

    /** Adds the module's graded quiz (a starting quiz with one question) and returns its path. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String addQuiz(String courseKey, String moduleFolder, String title) {
        Draft draft = draft(courseKey);
        Language defaultLanguage = defaultLanguage(manifest(draft.contents(), draft.folder(), "course.yaml"));
        Manifest module = manifest(draft.contents(), draft.folder(), moduleFolder + "/module.yaml");
        if (module.get("quiz") != null) {
            throw new InvalidInput("quiz", "authoring.quiz-exists");
        }
        module.set("quiz", "quiz.yaml");
        write(draft, moduleFolder + "/module.yaml", module.bytes());
        String path = moduleFolder + "/quiz.yaml";
        write(draft, path, QuizTemplates.newQuiz(title, defaultLanguage));
        return path;
    }

    // ---- texts: pages, quizzes, manifests ---------------------------------------------------------

    /** A draft file's text to edit; also tells who else has it open. An absent file reads as empty, revision 0. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public DraftText open(String courseKey, String path) {
        Draft draft = draft(courseKey);
        requireEditable(path);
        List<String> others = presence.open(courseKey, path, me().userId(), me().displayName());
        return draft.file(path)
                .map(f -> new DraftText(path, new String(f.data(), StandardCharsets.UTF_8), f.revision(), f.updatedBy(), f.updatedAt(), others))
                .orElseGet(() -> new DraftText(path, "", 0, "", draft.updatedAt(), others));
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public void close(String courseKey, String path) {
        SignedIn.current().ifPresent(me -> presence.close(courseKey, path, me.userId()));
    }

    /**
     * Saves a text read at {@code revision}. When someone saved the file since, nothing is written and
     * the refusal names them: the later save never silently replaces the earlier one.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public DraftText save(String courseKey, String path, String text, int revision) {
        Draft draft = draft(courseKey);
        requireEditable(path);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > TEXT_BYTES) {
            throw new InvalidInput("text", "authoring.text-too-large", TEXT_BYTES / 1024);
        }
        Optional<DraftFile> current = draft.file(path);
        int currentRevision = current.map(DraftFile::revision).orElse(0);
        if (currentRevision != revision) {
            throw new InvalidInput("text", "authoring.conflict", current.map(DraftFile::updatedBy).orElse("?"),
                    current.map(DraftFile::updatedAt).orElse(clock.instant()));
        }
        if (current.isPresent() && java.util.Arrays.equals(current.get().data(), bytes)) {
            DraftFile same = current.get();
            return new DraftText(path, text, same.revision(), same.updatedBy(), same.updatedAt(), List.of());
        }
        DraftFile saved = draft.write(path, bytes, clock.instant(), me().displayName());
        drafts.saveAndFlush(draft);
        presence.open(courseKey, path, me().userId(), me().displayName());
        return new DraftText(path, text, saved.revision(), saved.updatedBy(), saved.updatedAt(), List.of());
    }

    /** Renders a page's text as the reader will, with the problems publishing would report for it. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Preview preview(String courseKey, String path, String text, Language language) {
        Draft draft = draft(courseKey);
        Map<String, byte[]> files = new TreeMap<>(draft.contents());
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        CourseFolder.PagePreview preview = CourseFolder.inMemory(draft.folder(), files).previewPage(path, language);
        return preview.text() == null ? new Preview("", "", preview.problems())
                : new Preview(preview.text().title(), preview.text().html(), preview.problems());
    }

    /** The problems publishing would report for one file if it had this text (for quizzes and manifests). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ContentProblem> check(String courseKey, String path, String text) {
        Draft draft = draft(courseKey);
        Map<String, byte[]> files = new TreeMap<>(draft.contents());
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return problemsOf(draft.folder(), files, path);
    }

    /** The importer's problems for one file of a course folder. */
    static List<ContentProblem> problemsOf(String folder, Map<String, byte[]> files, String path) {
        String display = folder + "/" + path;
        return check(folder, files).problems().stream().filter(p -> p.file().equals(display)).toList();
    }

    /**
     * Adds an uploaded image to a module's {@code images/} folder and returns the Markdown that shows it.
     * The bytes must be what the name says (PNG, JPEG, GIF or WebP), and at most 5 MB.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String upload(String courseKey, String moduleFolder, String fileName, byte[] bytes) {
        Draft draft = draft(courseKey);
        String name = Images.safeName(fileName);
        Images.check(name, bytes, IMAGE_BYTES);
        String path = moduleFolder + "/images/" + name;
        write(draft, path, bytes);
        return "![" + name.substring(0, name.lastIndexOf('.')) + "](images/" + name + ")";
    }

    /** A draft's image or attachment, for the preview; only the course's authors get it. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<byte[]> file(String courseKey, String path) {
        authors.requireAuthor(courseKey);
        return drafts.findByCourseKey(courseKey).flatMap(d -> d.file(path)).map(DraftFile::data);
    }

    // ---- publishing, versions, rollback -------------------------------------------------------------

    /** Publishes the draft as a new content version, or refuses with the importer's problems and writes nothing. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public Publication publish(String courseKey, String note) {
        Draft draft = draft(courseKey);
        if (note.length() > 500) {
            throw new InvalidInput("note", "authoring.note-too-long");
        }
        Publication publication = publishing.publish(courseKey, draft.folder(), draft.contents(), me().displayName(), note.strip());
        if (publication.published()) {
            draft.publishedAs(publication.version());
        }
        return publication;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ContentVersion> versions(String courseKey) {
        authors.requireAuthor(courseKey);
        return publishing.history(courseKey);
    }

    /** Compares one file between two versions; version 0 is the draft. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public List<DiffLine> compare(String courseKey, String path, int from, int to) {
        Draft draft = draft(courseKey);
        return Changes.lines(text(filesOf(draft, from).get(path)), text(filesOf(draft, to).get(path)));
    }

    /** The files that differ between two versions (0 is the draft), with lines added and removed. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public List<FileChange> changes(String courseKey, int from, int to) {
        Draft draft = draft(courseKey);
        return Changes.between(filesOf(draft, from), filesOf(draft, to));
    }

    /** Puts an earlier version back online as a new version (the history keeps everything) and into the draft. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public Publication rollback(String courseKey, int version, String note) {
        Draft draft = draft(courseKey);
        Map<String, byte[]> files = filesOf(draft, version);
        if (files.isEmpty()) {
            throw new InvalidInput("version", "authoring.no-such-version", version);
        }
        Publication publication = publishing.publish(courseKey, draft.folder(), files, me().displayName(), note);
        if (publication.published()) {
            draft.replaceAll(files, publication.version(), clock.instant(), me().displayName());
        }
        return publication;
    }

    /** Throws the draft's changes away: it becomes the version online again. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void discardChanges(String courseKey) {
        Draft draft = draft(courseKey);
        Map<String, byte[]> online = published(courseKey).orElse(Map.of());
        if (!online.isEmpty()) {
            draft.replaceAll(online, draft.basedOn(), clock.instant(), me().displayName());
        }
    }

    // ---- files and app together ----------------------------------------------------------------------

    /** The draft as a course-content zip (one folder, as in course-content/). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public byte[] export(String courseKey) {
        Draft draft = draft(courseKey);
        return ContentArchive.zip(draft.folder(), draft.contents());
    }

    /**
     * Checks an uploaded zip as the importer would and compares it with the draft; nothing changes until
     * {@link #confirmImport} is called with the preview's token.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public ImportPreview previewImport(String fileName, byte[] zip) {
        ContentArchive.Unpacked unpacked = ContentArchive.unzip(fileName, zip);
        if (!unpacked.isValid()) {
            return new ImportPreview("", "", false, List.of(), unpacked.problems());
        }
        CourseReading reading = check(unpacked.folder(), unpacked.files());
        String courseKey = reading.courseId();
        if (!reading.isValid() || courseKey == null) {
            return new ImportPreview("", courseKey == null ? "" : courseKey, false, List.of(), reading.problems());
        }
        boolean exists = drafts.findByCourseKey(courseKey).isPresent() || online(courseKey).isPresent();
        Map<String, byte[]> before = Map.of();
        if (exists) {
            before = draft(courseKey).contents();
        }
        String token = UUID.randomUUID().toString();
        pendingImports.put(token, new PendingImport(me().userId(), courseKey, unpacked));
        return new ImportPreview(token, courseKey, !exists, Changes.between(before, unpacked.files()), List.of());
    }

    /** Takes a previewed zip into the draft (creating the course's draft when it is new); publish it next. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public String confirmImport(String token) {
        PendingImport pending = pendingImports.getIfPresent(token);
        if (pending == null || pending.userId() != me().userId()) {
            throw new InvalidInput("file", "authoring.import-expired");
        }
        pendingImports.invalidate(token);
        Optional<Draft> existing = drafts.findByCourseKey(pending.courseKey());
        Draft draft;
        if (existing.isPresent() || online(pending.courseKey()).isPresent()) {
            draft = draft(pending.courseKey());
        } else {
            draft = drafts.save(new Draft(pending.courseKey(), pending.unpacked().folder(), 0, clock.instant(), me().displayName()));
            authors.makeOwner(pending.courseKey());
        }
        draft.replaceAll(pending.unpacked().files(), draft.basedOn(), clock.instant(), me().displayName());
        return pending.courseKey();
    }

    /** What the content folder would change in a course that was edited in the app (status HELD), file by file. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public List<FileChange> folderChanges(String courseKey) {
        authors.requireAuthor(courseKey);
        Map<String, byte[]> folder = publishing.folderFiles(courseKey).orElse(Map.of());
        return folder.isEmpty() ? List.of() : Changes.between(published(courseKey).orElse(Map.of()), folder);
    }

    /** Publishes the content folder's version of the course; the draft follows it. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public Publication acceptFolder(String courseKey) {
        Draft draft = draft(courseKey);
        Publication publication = publishing.acceptFolder(courseKey, me().displayName());
        if (publication.published()) {
            publishing.folderFiles(courseKey).ifPresent(files -> draft.replaceAll(files, publication.version(), clock.instant(), me().displayName()));
        }
        return publication;
    }

    // ---- internals -------------------------------------------------------------------------------------

    /** The draft of a course the signed-in trainer may edit; the first time, a copy of the version online. */
    Draft draft(String courseKey) {
        authors.requireAuthor(courseKey);
        return drafts.findByCourseKey(courseKey).orElseGet(() -> {
            Map<String, byte[]> files = published(courseKey).orElseThrow(() -> new InvalidInput("course", "authoring.no-such-course", courseKey));
            PublishedCourse online = online(courseKey).orElseThrow();
            Draft draft = new Draft(courseKey, online.folder(), online.version(), clock.instant(), me().displayName());
            files.forEach((path, data) -> draft.write(path, data, clock.instant(), me().displayName()));
            return drafts.save(draft);
        });
    }

    /** The source of the version online: its stored archive, or (for versions imported before archives were kept) the folder. */
    private Optional<Map<String, byte[]>> published(String courseKey) {
        return publishing.files(courseKey, Optional.empty()).filter(ContentArchive.Unpacked::isValid).map(ContentArchive.Unpacked::files)
                .or(() -> publishing.folderFiles(courseKey));
    }

    private Map<String, byte[]> filesOf(Draft draft, int version) {
        if (version == 0) {
            return draft.contents();
        }
        return publishing.files(draft.courseKey(), Optional.of(version)).filter(ContentArchive.Unpacked::isValid)
                .map(ContentArchive.Unpacked::files).orElse(Map.of());
    }

    private Optional<PublishedCourse> online(String courseKey) {
        return publishing.course(courseKey);
    }

    static CourseReading check(String folder, Map<String, byte[]> files) {
        return CourseFolder.inMemory(folder, files).read((id, fingerprint) -> ContentLinks.forDraft(id));
    }

    private String addModule(Draft draft, String moduleId, String title, Language defaultLanguage) {
        Manifest course = manifest(draft.contents(), draft.folder(), "course.yaml");
        if (!moduleId.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new InvalidInput("id", "authoring.id-format");
        }
        if (title.isBlank()) {
            throw new InvalidInput("title", "authoring.required");
        }
        List<Object> modules = course.list("modules");
        String folder = String.format("%02d-%s", modules.size() + 1, moduleId);
        boolean taken = draft.contents().keySet().stream().anyMatch(p -> p.startsWith(folder + "/"))
                || modules.stream().anyMatch(m -> String.valueOf(m).replaceFirst("^\\d+-", "").equals(moduleId));
        if (taken) {
            throw new InvalidInput("id", "authoring.id-taken", moduleId);
        }
        Manifest module = Manifest.empty();
        module.set("id", moduleId);
        module.setTexts("title", Map.of(defaultLanguage, title));
        module.set("estimated-minutes", 10);
        module.set("pages", new ArrayList<>());
        modules.add(folder);
        write(draft, "course.yaml", course.bytes());
        write(draft, folder + "/module.yaml", module.bytes());
        return folder;
    }

    private String addPage(Draft draft, String moduleFolder, String pageId, String title) {
        if (!pageId.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new InvalidInput("id", "authoring.id-format");
        }
        if (title.isBlank()) {
            throw new InvalidInput("title", "authoring.required");
        }
        Manifest module = manifest(draft.contents(), draft.folder(), moduleFolder + "/module.yaml");
        List<Object> pages = module.list("pages");
        if (pageIndex(pages, pageId) >= 0 || draft.file(moduleFolder + "/" + pageId + ".md").isPresent()) {
            throw new InvalidInput("id", "authoring.id-taken", pageId);
        }
        pages.add(pageId);
        write(draft, moduleFolder + "/module.yaml", module.bytes());
        String path = moduleFolder + "/" + pageId + ".md";
        write(draft, path, ("# " + title.strip() + "\n\n").getBytes(StandardCharsets.UTF_8));
        return path;
    }

    void write(Draft draft, String path, byte[] data) {
        draft.write(path, data, clock.instant(), me().displayName());
    }

    static Manifest manifest(Map<String, byte[]> files, String folder, String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new InvalidInput("file", "authoring.manifest-missing", folder + "/" + path);
        }
        return Manifest.parse(folder + "/" + path, bytes);
    }

    private static void requireEditable(String path) {
        boolean plain = !path.startsWith("/") && !path.contains("..") && !path.contains("\\") && path.matches("[A-Za-z0-9._/-]+");
        if (!plain || EDITABLE.stream().noneMatch(path::endsWith)) {
            throw new InvalidInput("file", "authoring.not-editable", path);
        }
    }

    private static int pageIndex(List<Object> pages, String pageId) {
        for (int i = 0; i < pages.size(); i++) {
            Object entry = pages.get(i);
            String id = entry instanceof Map<?, ?> map ? String.valueOf(map.get("page")) : String.valueOf(entry);
            if (id.equals(pageId)) {
                return i;
            }
        }
        return -1;
    }

    private static void move(List<Object> list, String item, int by) {
        int index = list.stream().map(String::valueOf).toList().indexOf(item);
        int target = Math.max(0, Math.min(list.size() - 1, index + by));
        if (index >= 0 && target != index) {
            list.add(target, list.remove(index));
        }
    }

    static Language defaultLanguage(Manifest course) {
        return Language.ofTag(course.text("default-language")).orElse(Language.ENGLISH);
    }

    private static List<Language> languages(Manifest course, Language defaultLanguage) {
        List<Language> languages = new ArrayList<>(List.of(defaultLanguage));
        course.strings("languages").forEach(tag -> Language.ofTag(tag).filter(l -> !languages.contains(l)).ifPresent(languages::add));
        return List.copyOf(languages);
    }

    private static CourseSettings courseSettings(Manifest course, Language defaultLanguage, List<Language> languages) {
        Manifest certificate = course.get("certificate") instanceof Map<?, ?> map ? Manifest.of(map) : Manifest.empty();
        return new CourseSettings(course.texts("title", defaultLanguage), course.texts("summary", defaultLanguage), languages,
                String.join(", ", course.strings("topics")), String.join(", ", course.strings("trainers")),
                certificate.texts("issuer", defaultLanguage), certificate.text("signer"), certificate.texts("signer-title", defaultLanguage),
                certificate.text("color"));
    }

    private static ModuleSettings moduleSettings(Manifest module, Language defaultLanguage) {
        Map<Language, String> objectives = new LinkedHashMap<>();
        if (module.get("objectives") instanceof Map<?, ?> perLanguage) {
            perLanguage.forEach((tag, list) -> Language.ofTag(String.valueOf(tag)).ifPresent(l -> objectives.put(l,
                    list instanceof List<?> items ? String.join("\n", items.stream().map(String::valueOf).toList()) : String.valueOf(list))));
        }
        int minutes;
        try {
            minutes = Integer.parseInt(module.text("estimated-minutes"));
        } catch (NumberFormatException e) {
            minutes = 10;
        }
        return new ModuleSettings(module.texts("title", defaultLanguage), module.texts("summary", defaultLanguage), objectives, minutes);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String titleOf(Map<String, byte[]> files, Language language) {
        byte[] course = files.get("course.yaml");
        if (course == null) {
            return "";
        }
        try {
            Manifest manifest = Manifest.parse("course.yaml", course);
            return pick(manifest.texts("title", defaultLanguage(manifest)), language, defaultLanguage(manifest));
        } catch (InvalidInput unreadable) {
            return "";
        }
    }

    private static String pick(Map<Language, String> texts, Language language, Language defaultLanguage) {
        return texts.getOrDefault(language, texts.getOrDefault(defaultLanguage, ""));
    }

    private static List<String> words(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void setOrRemove(Manifest manifest, String key, List<String> values) {
        if (values.isEmpty()) {
            manifest.remove(key);
        } else {
            manifest.set(key, new ArrayList<>(values));
        }
    }

    private static void putOrRemove(Map<String, Object> map, String key, String value) {
        if (value.isEmpty()) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static SignedIn me() {
        return CourseAuthors.me();
    }
}
